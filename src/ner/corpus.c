/*
 * corpus.c - reads UNER IOB2 column files for training and evaluation.
 *
 * The layout: '#' comment lines (sent_id, text, newdoc), one token per
 * line as tab-separated columns id, form, tag (more columns are ignored),
 * and a blank line after each sentence. The whole file is kept in one
 * buffer; forms point into it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "ner/ner.h"
#include "core/file.h"

static int tag_label(const char *tag, size_t n) {
    if (n == 1 && tag[0] == 'O') return CHR_NER_O;
    if (n < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return -1;
    int t;
    if (n == 5 && memcmp(tag + 2, "PER", 3) == 0) t = CHR_ENT_PER;
    else if (n == 5 && memcmp(tag + 2, "ORG", 3) == 0) t = CHR_ENT_ORG;
    else if (n == 5 && memcmp(tag + 2, "LOC", 3) == 0) t = CHR_ENT_LOC;
    else return CHR_NER_O; /* another type (MISC...): not ours */
    return tag[0] == 'B' ? CHR_NER_B(t) : CHR_NER_I(t);
}

typedef struct growing {
    void *p;
    size_t n, cap, size;
} growing;

static int push(growing *g, const void *v) {
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 1024;
        void *p = realloc(g->p, cap * g->size);
        if (!p) return CHR_ENOMEM;
        g->p = p;
        g->cap = cap;
    }
    memcpy((char *)g->p + g->n * g->size, v, g->size);
    g->n++;
    return CHR_OK;
}

static int read_all(const char *path, char **out, size_t *len, char *err, size_t errlen) {
    int rc = chrFile_read(path, 0, out, len);
    if (rc != CHR_OK)
        snprintf(err, errlen, "%s: %s", path, rc == CHR_ENOTFOUND ? "cannot open" : chr_strerror(rc));
    return rc;
}

int chrNerCorpus_load(const char *path, chrNerCorpus *c, char *err, size_t errlen) {
    memset(c, 0, sizeof *c);
    char *buf;
    size_t len;
    int rc = read_all(path, &buf, &len, err, errlen);
    if (rc) return rc;
    growing forms = {.size = sizeof(char *)}, labels = {.size = 1}, first = {.size = sizeof(size_t)},
            docs = {.size = sizeof(size_t)};
    size_t line = 0, insent = 0;
    char *p = buf, *end = buf + len;
    while (rc == CHR_OK && p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        line++;
        if (e > p && e[-1] == '\r') e[-1] = 0;
        *e = 0;
        if (*p == 0) {
            insent = 0;
        } else if (*p == '#') {
            if (strncmp(p, "# newdoc", 8) == 0 && (!docs.n || ((size_t *)docs.p)[docs.n - 1] != first.n))
                rc = push(&docs, &first.n);
        } else {
            char *t1 = strchr(p, '\t');
            char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
            char *t3 = t2 ? strchr(t2 + 1, '\t') : NULL;
            size_t tl = t2 ? (size_t)((t3 ? t3 : e) - t2 - 1) : 0;
            int lab = t2 ? tag_label(t2 + 1, tl) : -1;
            if (!t1 || !t2 || t2 == t1 + 1 || lab < 0) {
                snprintf(err, errlen, "%s:%zu: expected ID<TAB>FORM<TAB>TAG with an IOB2 tag", path,
                         line);
                rc = CHR_EFORMAT;
                break;
            }
            *t2 = 0;
            const char *form = t1 + 1;
            uint8_t l = (uint8_t)lab;
            if (!insent) {
                insent = 1;
                rc = push(&first, &forms.n);
            }
            if (rc == CHR_OK) rc = push(&forms, &form);
            if (rc == CHR_OK) rc = push(&labels, &l);
        }
        p = e + 1;
    }
    size_t zero = 0, nsents = first.n;
    if (rc == CHR_OK && (!docs.n || ((size_t *)docs.p)[0] != 0)) { /* sentences before any '# newdoc' */
        rc = push(&docs, &zero);
        if (rc == CHR_OK) memmove((size_t *)docs.p + 1, docs.p, (docs.n - 1) * sizeof(size_t));
        if (rc == CHR_OK) ((size_t *)docs.p)[0] = 0;
    }
    if (rc == CHR_OK && ((size_t *)docs.p)[docs.n - 1] == nsents) docs.n--; /* a '# newdoc' at the end */
    if (rc == CHR_OK) rc = push(&docs, &nsents);
    if (rc == CHR_OK) rc = push(&first, &forms.n);
    if (rc != CHR_OK) {
        if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory", path);
        free(forms.p);
        free(labels.p);
        free(first.p);
        free(docs.p);
        free(buf);
        return rc;
    }
    c->doc = docs.p;
    c->ndocs = docs.n - 1;
    c->forms = forms.p;
    c->labels = labels.p;
    c->first = first.p;
    c->nsents = first.n - 1;
    c->ntokens = forms.n;
    c->mem = buf;
    return CHR_OK;
}

void chrNerCorpus_release(chrNerCorpus *c) {
    free(c->forms);
    free(c->labels);
    free(c->upos);
    free(c->first);
    free(c->doc);
    free(c->mem);
    memset(c, 0, sizeof *c);
}
