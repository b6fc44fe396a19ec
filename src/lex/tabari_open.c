/*
 * tabari_open.c - one call that reads a TABARI .project and loads every
 * dictionary it names into a fresh lexicon, for `chronicle code --tabari`.
 */
#include "event/suite_tabari.h"
#include "lex/lexicon.h"
#include "lex/tabari_load.h"

int chrTabari_openProject(const char *project, int flags, chr_message_fn msg, void *ctx,
                          chr_lexicon **out) {
    *out = NULL;
    chrTabariProject p;
    int rc = chrTabari_readProject(project, &p, msg, ctx);
    if (rc) return rc;
    chrLex *lex = chrLex_new();
    if (!lex) {
        chrTabari_projectFree(&p);
        return CHR_ENOMEM;
    }
    chrTabariOpts o;
    chrTabari_optsDefault(&o);
    rc = chrTabari_loadProject(&p, lex, &o, flags, msg, ctx);
    chrTabari_projectFree(&p);
    if (rc == CHR_EFORMAT && !(flags & CHR_LEXICON_STRICT)) rc = CHR_OK; /* lines reported */
    if (rc) {
        chr_lexicon_free(lex);
        return rc;
    }
    *out = lex;
    return CHR_OK;
}
