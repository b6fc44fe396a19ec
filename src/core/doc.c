/*
 * doc.c - document construction, metadata and layer arrays.
 */
#include "core/doc.h"

#include <stdlib.h>
#include <string.h>

chr_doc *chr_doc_new(const char *id, const char *text, size_t len) {
    chr_doc *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    chrArena_init(&d->arena);
    d->id = chrArena_strdup(&d->arena, id ? id : "-");
    d->text = chrArena_strndup(&d->arena, text ? text : "", text ? len : 0);
    if (!d->id || !d->text) {
        chr_doc_free(d);
        return NULL;
    }
    d->len = text ? len : 0;
    return d;
}

void chr_doc_free(chr_doc *d) {
    if (!d) return;
    chrArena_release(&d->arena);
    free(d->meta);
    free(d->tokens);
    free(d->sentences);
    free(d);
}

const char *chr_doc_id(const chr_doc *d) { return d->id; }

const char *chr_doc_text(const chr_doc *d, size_t *len) {
    if (len) *len = d->len;
    return d->text;
}

chr_date chr_doc_date(const chr_doc *d) { return d->date; }
void chr_doc_set_date(chr_doc *d, chr_date date) { d->date = date; }

int chr_doc_set_meta(chr_doc *d, const char *key, const char *value) {
    if (!key || !value) return CHR_EINVAL;
    const char *v = chrArena_strdup(&d->arena, value);
    if (!v) return CHR_ENOMEM;
    for (size_t i = 0; i < d->nmeta; i++)
        if (strcmp(d->meta[i].key, key) == 0) {
            d->meta[i].value = v;
            return CHR_OK;
        }
    if (d->nmeta == d->capmeta) {
        size_t cap = d->capmeta ? d->capmeta * 2 : 4;
        chrMeta *m = realloc(d->meta, cap * sizeof *m);
        if (!m) return CHR_ENOMEM;
        d->meta = m;
        d->capmeta = cap;
    }
    const char *k = chrArena_strdup(&d->arena, key);
    if (!k) return CHR_ENOMEM;
    d->meta[d->nmeta].key = k;
    d->meta[d->nmeta].value = v;
    d->nmeta++;
    return CHR_OK;
}

const char *chr_doc_meta(const chr_doc *d, const char *key) {
    for (size_t i = 0; i < d->nmeta; i++)
        if (strcmp(d->meta[i].key, key) == 0) return d->meta[i].value;
    return NULL;
}

int chr_doc_set_extra_json(chr_doc *d, const char *json) {
    if (!json) {
        d->extra_json = NULL;
        return CHR_OK;
    }
    d->extra_json = chrArena_strdup(&d->arena, json);
    return d->extra_json ? CHR_OK : CHR_ENOMEM;
}

const char *chr_doc_extra_json(const chr_doc *d) { return d->extra_json; }

const chr_token *chr_doc_tokens(const chr_doc *d, size_t *count) {
    if (count) *count = d->ntokens;
    return d->tokens;
}

const chr_sentence *chr_doc_sentences(const chr_doc *d, size_t *count) {
    if (count) *count = d->nsentences;
    return d->sentences;
}

size_t chr_doc_invalid_count(const chr_doc *d) { return d->ninvalid; }

/* Grows *arr (of elem-sized items) so that one more fits. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return 1;
    size_t ncap = *cap ? *cap * 2 : 64;
    void *p = realloc(*arr, ncap * elem);
    if (!p) return 0;
    *arr = p;
    *cap = ncap;
    return 1;
}

chr_token *chrDoc_pushToken(chr_doc *d) {
    if (!grow((void **)&d->tokens, &d->captokens, d->ntokens, sizeof *d->tokens)) return NULL;
    chr_token *t = &d->tokens[d->ntokens++];
    memset(t, 0, sizeof *t);
    t->head = -1;
    return t;
}

chr_sentence *chrDoc_pushSentence(chr_doc *d) {
    if (!grow((void **)&d->sentences, &d->capsentences, d->nsentences, sizeof *d->sentences))
        return NULL;
    chr_sentence *s = &d->sentences[d->nsentences++];
    memset(s, 0, sizeof *s);
    return s;
}

void chrDoc_clearTokens(chr_doc *d) {
    d->ntokens = 0;
    d->nsentences = 0;
    d->ninvalid = 0;
}
