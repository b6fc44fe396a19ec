/*
 * fuzz_dict.c - feeds arbitrary bytes to the loader of chronicle's dictionary
 * format, then to the whole-dictionary check and a few lookups: a broken
 * dictionary must give messages, never a crash, a hang or a leak.
 */
#include <stddef.h>
#include <stdint.h>

#include "lex/dict_load.h"
#include "lex/lexicon.h"

static void quiet(void *ctx, const char *message) {
    (void)ctx;
    (void)message;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    chrLex *lex = chrLex_new();
    if (!lex) return 0;
    chrDict_loadText(lex, "fuzz.txt", (const char *)data, size, 0, quiet, NULL);
    chrDict_check(lex, 0, quiet, NULL);
    for (size_t i = 0; i < lex->n_actors; i++) chrLex_actorCode(lex, (uint32_t)i, 20160520);
    for (size_t i = 1; i < lex->n_strs && i < 64; i++) {
        chrLex_forms(lex, (chrLexId)i);
        for (size_t t = 0; t < lex->n_combines; t++) chrLex_combine(lex, lex->combines[t].table, (chrLexId)i);
    }
    chrLex_free(lex);
    return 0;
}
