/*
 * orgnames.c - the NER's list of organisation names (see orgnames.h).
 */
#include "ner/orgnames.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"

#define SEED_NAME 0x6f72676e616d65ULL
#define SEED_PREFIX 0x6f72677072656678ULL

/* Running hash of lower-cased tokens joined by blanks: the hash of the
 * tokens so far is chrHash_bytes(joined, len, seed). */
typedef struct joined {
    char s[256];
    size_t len;
} joined;

/* Appends a token; 0 when it does not fit. */
static int join(joined *j, const char *t, size_t n) {
    if (j->len + n + 1 >= sizeof j->s) return 0;
    if (j->len) j->s[j->len++] = ' ';
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        j->s[j->len++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    return 1;
}

static uint64_t key_of(const joined *j, uint64_t seed) {
    uint64_t h = chrHash_bytes(j->s, j->len, seed);
    return h ? h : 1;
}

static int has(const chrNerOrgs *o, uint64_t key) {
    if (!o->cap) return 0;
    size_t mask = o->cap - 1;
    for (size_t i = (size_t)(key ^ (key >> 32)) & mask;; i = (i + 1) & mask) {
        if (o->keys[i] == key) return 1;
        if (!o->keys[i]) return 0;
    }
}

static int put(chrNerOrgs *o, uint64_t key) {
    if (has(o, key)) return CHR_OK;
    if ((o->n + 1) * 2 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        uint64_t *keys = calloc(cap, sizeof *keys);
        if (!keys) return CHR_ENOMEM;
        for (size_t i = 0; i < o->cap; i++) {
            uint64_t k = o->keys[i];
            if (!k) continue;
            size_t j = (size_t)(k ^ (k >> 32)) & (cap - 1);
            while (keys[j]) j = (j + 1) & (cap - 1);
            keys[j] = k;
        }
        free(o->keys);
        o->keys = keys;
        o->cap = cap;
    }
    size_t j = (size_t)(key ^ (key >> 32)) & (o->cap - 1);
    while (o->keys[j]) j = (j + 1) & (o->cap - 1);
    o->keys[j] = key;
    o->n++;
    return CHR_OK;
}

/* Adds one line's name: its prefixes and the whole. */
static int add_line(chrNerOrgs *o, const char *line, const char *path, size_t lineno, char *err,
                    size_t errlen) {
    joined j = {.len = 0};
    size_t ntok = 0;
    const char *p = line;
    int rc = CHR_OK;
    for (;;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p || *p == '#' || *p == '\n' || *p == '\r') break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r') e++;
        if (!join(&j, p, (size_t)(e - p)) || ++ntok > CHR_NER_ORG_MAXLEN) {
            snprintf(err, errlen, "%s:%zu: name too long (at most %d tokens, 255 bytes)", path,
                     lineno, CHR_NER_ORG_MAXLEN);
            return CHR_EFORMAT;
        }
        rc = put(o, key_of(&j, SEED_PREFIX));
        if (rc) return rc;
        p = e;
    }
    return ntok ? put(o, key_of(&j, SEED_NAME)) : CHR_OK;
}

int chrNerOrgs_load(const char *path, chrNerOrgs *o, char *err, size_t errlen) {
    memset(o, 0, sizeof *o);
    FILE *f = fopen(path, "r");
    if (!f) return CHR_ENOTFOUND;
    char line[1024];
    size_t lineno = 0;
    int rc = CHR_OK;
    while (rc == CHR_OK && fgets(line, sizeof line, f)) {
        lineno++;
        rc = add_line(o, line, path, lineno, err, errlen);
    }
    fclose(f);
    if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory", path);
    if (rc) chrNerOrgs_release(o);
    return rc;
}

void chrNerOrgs_release(chrNerOrgs *o) {
    free(o->keys);
    memset(o, 0, sizeof *o);
}

int chrNerOrgs_write(chrModelWriter *mw, const chrNerOrgs *o) {
    if (!o->n) return CHR_OK;
    chrBuf *b = chrModelWriter_section(mw, "orgnames");
    if (!b) return CHR_ENOMEM;
    chrBuf_u64(b, o->cap);
    for (size_t i = 0; i < o->cap; i++) chrBuf_u64(b, o->keys[i]);
    return CHR_OK;
}

int chrNerOrgs_read(const chrModelFile *mf, chrNerOrgs *o, char *err, size_t errlen) {
    memset(o, 0, sizeof *o);
    chrCursor cur;
    if (chrModelFile_section(mf, "orgnames", &cur) != CHR_OK) return CHR_ENOTFOUND;
    uint64_t cap = chrCursor_u64(&cur);
    if (cur.bad || cap == 0 || (cap & (cap - 1)) || cap > (1u << 24) || cap * 8 > cur.len) {
        snprintf(err, errlen, "%s: damaged 'orgnames' section", mf->path);
        return CHR_EFORMAT;
    }
    o->keys = malloc(cap * sizeof *o->keys);
    if (!o->keys) return CHR_ENOMEM;
    o->cap = cap;
    for (size_t i = 0; i < cap; i++) {
        o->keys[i] = chrCursor_u64(&cur);
        o->n += o->keys[i] != 0;
    }
    if (cur.bad || !chrCursor_done(&cur) || o->n >= cap) {
        snprintf(err, errlen, "%s: damaged 'orgnames' section", mf->path);
        chrNerOrgs_release(o);
        return CHR_EFORMAT;
    }
    return CHR_OK;
}

size_t chrNerOrgs_match(const chrNerOrgs *o, const char *const *forms, size_t n) {
    if (!o->n) return 0;
    joined j = {.len = 0};
    size_t best = 0;
    for (size_t k = 0; k < n && k < CHR_NER_ORG_MAXLEN; k++) {
        if (!join(&j, forms[k], strlen(forms[k])) || !has(o, key_of(&j, SEED_PREFIX))) break;
        if (has(o, key_of(&j, SEED_NAME))) best = k + 1;
    }
    return best;
}
