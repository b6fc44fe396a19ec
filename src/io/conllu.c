/*
 * conllu.c - CoNLL-U parsing into an arena (see conllu.h).
 */
#include "io/conllu.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "core/file.h"

typedef struct growbuf {
    void *p;
    size_t n, cap;
} growbuf;

static void *gb_push(growbuf *g, size_t elem) {
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 64;
        void *np = realloc(g->p, cap * elem);
        if (!np) return NULL;
        g->p = np;
        g->cap = cap;
    }
    return (char *)g->p + elem * g->n++;
}

/* Copies a growbuf into the arena and resets it. */
static void *gb_finish(chrArena *a, growbuf *g, size_t elem, size_t *count) {
    *count = g->n;
    void *out = NULL;
    if (g->n) {
        out = chrArena_alloc(a, g->n * elem);
        if (out) memcpy(out, g->p, g->n * elem);
    }
    g->n = 0;
    return out;
}

static int parse_int(const char *s, size_t n, int *out) {
    if (n == 0 || n > 9) return 0;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

static const char *field(chrArena *a, const char *s, size_t n) {
    return chrArena_strndup(a, s, n);
}

int chrConllu_parse(const char *name, const char *text, size_t len, chrConllu *out, char *err,
                    size_t errlen) {
    memset(out, 0, sizeof *out);
    chrArena_init(&out->arena);
    chrArena *a = &out->arena;
    growbuf sents = {0}, words = {0}, ranges = {0};
    chrConlluSentence cur;
    memset(&cur, 0, sizeof cur);
    int in_sent = 0, rc = CHR_OK;
    size_t lineno = 0, pos = 0;
#define FAIL(...)                                                                  \
    do {                                                                           \
        if (err) {                                                                 \
            int k_ = snprintf(err, errlen, "%s:%zu: ", name, lineno);              \
            if (k_ > 0 && (size_t)k_ < errlen) snprintf(err + k_, errlen - (size_t)k_, __VA_ARGS__); \
        }                                                                          \
        rc = CHR_EFORMAT;                                                          \
        goto done;                                                                 \
    } while (0)
    while (pos <= len) {
        size_t end = pos;
        while (end < len && text[end] != '\n') end++;
        lineno++;
        size_t n = end - pos;
        if (n && text[pos + n - 1] == '\r') n--;
        const char *l = text + pos;
        if (n == 0) {
            if (in_sent) {
                cur.words = gb_finish(a, &words, sizeof(chrConlluWord), &cur.nwords);
                cur.ranges = gb_finish(a, &ranges, sizeof(chrConlluRange), &cur.nranges);
                chrConlluSentence *s = gb_push(&sents, sizeof cur);
                if (!s) FAIL("out of memory");
                *s = cur;
                out->nwords += cur.nwords;
                memset(&cur, 0, sizeof cur);
                in_sent = 0;
            }
        } else if (l[0] == '#') {
            if (!in_sent) {
                in_sent = 1;
                cur.line = lineno;
            }
            if (n >= 9 && memcmp(l, "# text = ", 9) == 0) cur.text = field(a, l + 9, n - 9);
            else if (n >= 12 && memcmp(l, "# sent_id = ", 12) == 0) cur.sent_id = field(a, l + 12, n - 12);
            else if (n >= 8 && memcmp(l, "# newdoc", 8) == 0) {
                const char *v = l + 8;
                size_t vn = n - 8;
                if (vn >= 6 && memcmp(v, " id = ", 6) == 0) v += 6, vn -= 6;
                else vn = 0;
                cur.newdoc_id = field(a, v, vn);
            } else if (n >= 8 && memcmp(l, "# newpar", 8) == 0) cur.newpar = 1;
        } else {
            if (!in_sent) {
                in_sent = 1;
                cur.line = lineno;
            }
            const char *f[10];
            size_t fl[10];
            size_t k = 0, st = 0;
            for (size_t i = 0; i <= n && k < 10; i++) {
                if (i == n || l[i] == '\t') {
                    f[k] = l + st;
                    fl[k] = i - st;
                    k++;
                    st = i + 1;
                }
            }
            if (k != 10) FAIL("expected 10 tab-separated columns, found %zu", k);
            const char *dash = memchr(f[0], '-', fl[0]);
            const char *dot = memchr(f[0], '.', fl[0]);
            if (dot) {
                /* an empty node: not part of basic dependencies */
            } else if (dash) {
                chrConlluRange *r = gb_push(&ranges, sizeof *r);
                if (!r) FAIL("out of memory");
                if (!parse_int(f[0], (size_t)(dash - f[0]), &r->first) ||
                    !parse_int(dash + 1, fl[0] - (size_t)(dash - f[0]) - 1, &r->last))
                    FAIL("bad multiword range '%.*s'", (int)fl[0], f[0]);
                r->form = field(a, f[1], fl[1]);
                r->misc = field(a, f[9], fl[9]);
            } else {
                int id;
                if (!parse_int(f[0], fl[0], &id) || id != (int)words.n + 1)
                    FAIL("word id '%.*s' out of sequence", (int)fl[0], f[0]);
                chrConlluWord *w = gb_push(&words, sizeof *w);
                if (!w) FAIL("out of memory");
                w->form = field(a, f[1], fl[1]);
                w->lemma = field(a, f[2], fl[2]);
                w->upos = field(a, f[3], fl[3]);
                w->xpos = field(a, f[4], fl[4]);
                w->feats = field(a, f[5], fl[5]);
                if (fl[6] == 1 && f[6][0] == '_') w->head = -1;
                else if (!parse_int(f[6], fl[6], &w->head))
                    FAIL("head '%.*s' is not a number", (int)fl[6], f[6]);
                w->deprel = field(a, f[7], fl[7]);
                w->deps = field(a, f[8], fl[8]);
                w->misc = field(a, f[9], fl[9]);
                if (!w->form || !w->misc) FAIL("out of memory");
            }
        }
        pos = end + 1;
    }
    if (in_sent && (words.n || ranges.n)) {
        cur.words = gb_finish(a, &words, sizeof(chrConlluWord), &cur.nwords);
        cur.ranges = gb_finish(a, &ranges, sizeof(chrConlluRange), &cur.nranges);
        chrConlluSentence *s = gb_push(&sents, sizeof cur);
        if (!s) FAIL("out of memory");
        *s = cur;
        out->nwords += cur.nwords;
    }
    out->sents = gb_finish(a, &sents, sizeof(chrConlluSentence), &out->nsents);
done:
    free(sents.p);
    free(words.p);
    free(ranges.p);
    return rc;
#undef FAIL
}

int chrConllu_load(const char *path, chrConllu *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    char *buf;
    size_t n;
    int rc = chrFile_read(path, 0, &buf, &n);
    if (rc != CHR_OK) {
        if (err)
            snprintf(err, errlen, "%s: cannot read: %s", path,
                     rc == CHR_ENOTFOUND ? strerror(errno) : chr_strerror(rc));
        return rc;
    }
    rc = chrConllu_parse(path, buf, n, out, err, errlen);
    free(buf);
    return rc;
}

void chrConllu_release(chrConllu *c) {
    chrArena_release(&c->arena);
    c->sents = NULL;
    c->nsents = c->nwords = 0;
}

int chrConllu_miscGet(const char *misc, const char *key, char *buf, size_t buflen) {
    size_t kl = strlen(key);
    const char *p = misc;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n > kl && memcmp(p, key, kl) == 0 && p[kl] == '=') {
            size_t vn = n - kl - 1;
            if (vn >= buflen) vn = buflen - 1;
            memcpy(buf, p + kl + 1, vn);
            buf[vn] = '\0';
            return 1;
        }
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}
