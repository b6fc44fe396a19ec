/*
 * fuzz_eventdicts.c - arbitrary bytes as a TABARI or PETRARCH dictionary
 * file (the first byte picks the kind): users' own curated files reach
 * these loaders, so a broken one must give messages, never a crash.
 */
#include <stddef.h>
#include <stdint.h>

#include "lex/lexicon.h"
#include "lex/petrarch_load.h"
#include "lex/tabari_load.h"

static void quiet(void *ctx, const char *message) {
    (void)ctx;
    (void)message;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    chrLex *lex = chrLex_new();
    if (!lex) return 0;
    const char *text = (const char *)data + 1;
    size_t n = size - 1;
    chrTabariOpts o;
    switch (data[0] % 9) {
    case 0: chrTabari_optsDefault(&o); chrTabari_loadOptions(&o, "f.options", text, n, 0, quiet, NULL); break;
    case 1: chrTabari_loadActors(lex, "f.actors", text, n, 0, quiet, NULL); break;
    case 2: chrTabari_loadAgents(lex, "f.agents", text, n, 0, quiet, NULL); break;
    case 3: chrTabari_loadVerbs(lex, "f.verbs", text, n, 0, quiet, NULL); break;
    case 4: chrPetr_loadText(lex, "f.verbs.txt", text, n, CHR_PETR_VERBS, 0, quiet, NULL); break;
    case 5: chrPetr_loadText(lex, "f.actors.txt", text, n, CHR_PETR_ACTORS, 0, quiet, NULL); break;
    case 6: chrPetr_loadText(lex, "f.agents.txt", text, n, CHR_PETR_AGENTS, 0, quiet, NULL); break;
    case 7: chrPetr_loadText(lex, "f.discards.txt", text, n, CHR_PETR_DISCARDS, 0, quiet, NULL); break;
    default: chrPetr_loadText(lex, "f.issues.txt", text, n, CHR_PETR_ISSUES, 0, quiet, NULL); break;
    }
    for (size_t i = 0; i < lex->n_actors; i++) chrLex_actorCode(lex, (uint32_t)i, 20160520);
    chrLex_free(lex);
    return 0;
}
