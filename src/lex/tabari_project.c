/*
 * tabari_project.c - reads a TABARI .project file and loads the dictionaries
 * and options it names (see tabari_load.h). Paths inside the project are
 * relative to the project file's folder.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/tabari_load.h"
#include "core/file.h"

int chrTabari_readFile(const char *path, char **out, size_t *n) {
    int rc = chrFile_read(path, 0, out, n);
    return rc == CHR_ENOTFOUND ? CHR_EIO : rc;
}

static char *join(const char *dir, size_t dlen, const char *name, size_t nlen) {
    char *p = malloc(dlen + nlen + 2);
    if (!p) return NULL;
    memcpy(p, dir, dlen);
    if (dlen) p[dlen++] = '/';
    memcpy(p + dlen, name, nlen);
    p[dlen + nlen] = '\0';
    return p;
}

static int add(char **arr, size_t *n, char *path) {
    if (!path) return CHR_ENOMEM;
    if (*n == CHR_TABARI_MAX_FILES) {
        free(path);
        return CHR_ELIMIT;
    }
    arr[(*n)++] = path;
    return CHR_OK;
}

int chrTabari_readProject(const char *path, chrTabariProject *p, chr_message_fn msg, void *ctx) {
    memset(p, 0, sizeof *p);
    char *text;
    size_t n;
    int rc = chrTabari_readFile(path, &text, &n);
    if (rc) {
        if (msg) {
            char m[600];
            snprintf(m, sizeof m, "%s: cannot read the project file", path);
            msg(ctx, m);
        }
        return rc;
    }
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) : 0;
    unsigned line = 0;
    for (char *s = text; s && *s;) {
        char *nl = strchr(s, '\n');
        if (nl) *nl = '\0';
        line++;
        char *tag = s;
        s = nl ? nl + 1 : NULL;
        while (*tag == ' ' || *tag == '\t') tag++;
        if (*tag != '<') continue;
        char *close = strchr(tag, '>');
        if (!close) continue;
        char *v = close + 1;
        while (*v == ' ' || *v == '\t') v++;
        size_t vl = strlen(v);
        while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t' || v[vl - 1] == '\r')) vl--;
        size_t tl = (size_t)(close - tag) + 1;
        char **arr = NULL;
        size_t *cnt = NULL;
        if (!strncmp(tag, "<actorsfile>", tl)) arr = p->actors, cnt = &p->n_actors;
        else if (!strncmp(tag, "<verbsfile>", tl)) arr = p->verbs, cnt = &p->n_verbs;
        else if (!strncmp(tag, "<agentsfile>", tl)) arr = p->agents, cnt = &p->n_agents;
        else if (!strncmp(tag, "<textfile>", tl)) arr = p->text, cnt = &p->n_text;
        else if (!strncmp(tag, "<optionsfile>", tl)) {
            free(p->options);
            p->options = join(path, dlen, v, vl);
            if (!p->options) rc = CHR_ENOMEM;
            continue;
        } else continue; /* <coder>, <session ...>, <eventfile>: not needed to code */
        if (!vl) {
            if (msg) {
                char m[600];
                snprintf(m, sizeof m, "%s:%u: %.*s names no file", path, line, (int)tl, tag);
                msg(ctx, m);
            }
            continue;
        }
        int r = add(arr, cnt, join(path, dlen, v, vl));
        if (r && !rc) rc = r;
    }
    free(text);
    if (rc) chrTabari_projectFree(p);
    return rc;
}

void chrTabari_projectFree(chrTabariProject *p) {
    for (size_t k = 0; k < p->n_actors; k++) free(p->actors[k]);
    for (size_t k = 0; k < p->n_verbs; k++) free(p->verbs[k]);
    for (size_t k = 0; k < p->n_agents; k++) free(p->agents[k]);
    for (size_t k = 0; k < p->n_text; k++) free(p->text[k]);
    free(p->options);
    memset(p, 0, sizeof *p);
}

typedef int (*dict_fn)(chrLex *, const char *, const char *, size_t, int, chr_message_fn, void *);

static int load_list(char *const *paths, size_t n, dict_fn fn, chrLex *lex, int flags, chr_message_fn msg,
                     void *ctx, int *bad) {
    for (size_t k = 0; k < n; k++) {
        char *text;
        size_t len;
        int rc = chrTabari_readFile(paths[k], &text, &len);
        if (rc) {
            if (msg) {
                char m[600];
                snprintf(m, sizeof m, "%s: cannot read the dictionary", paths[k]);
                msg(ctx, m);
            }
            return rc;
        }
        rc = fn(lex, paths[k], text, len, flags, msg, ctx);
        free(text);
        if (rc == CHR_EFORMAT && !(flags & CHR_LEXICON_STRICT)) *bad = 1;
        else if (rc) return rc;
    }
    return CHR_OK;
}

int chrTabari_loadProject(const chrTabariProject *p, chrLex *lex, chrTabariOpts *o, int flags,
                          chr_message_fn msg, void *ctx) {
    int bad = 0, rc;
    chrTabari_optsDefault(o);
    /* verbs first: synsets must exist before patterns use them, and the
     * other files never refer to verbs */
    if ((rc = load_list(p->verbs, p->n_verbs, chrTabari_loadVerbs, lex, flags, msg, ctx, &bad))) return rc;
    if ((rc = load_list(p->actors, p->n_actors, chrTabari_loadActors, lex, flags, msg, ctx, &bad))) return rc;
    if ((rc = load_list(p->agents, p->n_agents, chrTabari_loadAgents, lex, flags, msg, ctx, &bad))) return rc;
    if (p->options) {
        char *text;
        size_t len;
        if ((rc = chrTabari_readFile(p->options, &text, &len))) {
            if (msg) {
                char m[600];
                snprintf(m, sizeof m, "%s: cannot read the options file", p->options);
                msg(ctx, m);
            }
            return rc;
        }
        rc = chrTabari_loadOptions(o, p->options, text, len, flags, msg, ctx);
        free(text);
        if (rc == CHR_EFORMAT && !(flags & CHR_LEXICON_STRICT)) bad = 1;
        else if (rc) return rc;
    }
    /* TABARI turns time shifting on when the verbs have <TIME> phrases */
    for (size_t b = 0; b < lex->n_blocks; b++)
        if (lex->blocks[b].noun) o->time_shift = 1;
    return bad ? CHR_EFORMAT : CHR_OK;
}
