/*
 * petrarch_dir.c - chr_lexicon_load_petrarch(): every PETRARCH dictionary
 * file of a directory, each read by the loader its name calls for
 * (petrarch_load.h), in name order.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/petrarch_load.h"

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int chr_lexicon_load_petrarch(const char *dir, int flags, chr_message_fn on_message, void *ctx,
                              chr_lexicon **out) {
    if (!dir || !out) return CHR_EINVAL;
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d) {
        if (on_message) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%s: cannot open the PETRARCH dictionary directory", dir);
            on_message(ctx, buf);
        }
        return CHR_ENOTFOUND;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = CHR_OK;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || chrPetr_kindOfName(e->d_name) == CHR_PETR_UNKNOWN) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nv = realloc(names, cap * sizeof *nv);
            if (!nv) {
                rc = CHR_ENOMEM;
                break;
            }
            names = nv;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        if (!(names[n] = malloc(len))) {
            rc = CHR_ENOMEM;
            break;
        }
        snprintf(names[n++], len, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    chrLex *lex = rc == CHR_OK ? chrLex_new() : NULL;
    if (rc == CHR_OK && !lex) rc = CHR_ENOMEM;
    if (rc == CHR_OK && !n) {
        if (on_message) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%s: no PETRARCH dictionary files (names with verbs, CAMEO, actors, agents, discards or issue)", dir);
            on_message(ctx, buf);
        }
        rc = CHR_ENOTFOUND;
    }
    if (n) qsort(names, n, sizeof *names, cmp);
    int bad = 0;
    for (size_t i = 0; i < n && rc == CHR_OK; i++) {
        int frc = chrPetr_loadFile(lex, names[i], chrPetr_kindOfName(names[i]), flags, on_message, ctx);
        if (frc == CHR_EFORMAT && !(flags & CHR_LEXICON_STRICT)) bad = 1;
        else if (frc) rc = frc;
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    (void)bad;
    if (rc) {
        chrLex_free(lex);
        return rc;
    }
    *out = lex;
    return CHR_OK;
}
