/*
 * propagate.c - document-level label consistency (propagate.h).
 *
 * The names are the document's mentions (runs as conlleval reads them);
 * each distinct word sequence gets votes per type. Then each name, the
 * longest first, is looked for where no word is labelled yet.
 */
#include "ner/propagate.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "ner/features.h"

#define MAX_NAME 6

typedef struct name {
    size_t at, len;     /* one occurrence: forms[at .. at + len) */
    unsigned votes[4];  /* per entity type */
} name;

static int same_words(const char *const *forms, size_t a, size_t b, size_t len) {
    for (size_t k = 0; k < len; k++)
        if (strcmp(forms[a + k], forms[b + k]) != 0) return 0;
    return 1;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* The same words but for the case of ASCII letters. */
static int same_letters(const char *const *forms, size_t a, size_t b, size_t len) {
    for (size_t k = 0; k < len; k++) {
        const char *x = forms[a + k], *y = forms[b + k];
        while (*x && lower((unsigned char)*x) == lower((unsigned char)*y)) x++, y++;
        if (*x || *y) return 0;
    }
    return 1;
}

/* 1 when f is capitalised, or written in lower case but usually
 * capitalised or unknown ("google"; not "us", which "US" would make
 * usually all capitals). */
static int name_like(const chrCasing *casing, const char *f) {
    if ((f[0] >= 'A' && f[0] <= 'Z') || (unsigned char)f[0] >= 0xC0) return 1;
    int cls = casing ? chrCasing_get(casing, f, strlen(f)) : CHR_CASE_LOWER;
    return cls == CHR_CASE_TITLE || cls == CHR_CASE_UNKNOWN;
}

/* 1 when every word of forms[i, i + len) starts with a capital (or a
 * digit). */
static int capitalised_words(const char *const *forms, size_t i, size_t len) {
    for (size_t k = i; k < i + len; k++) {
        const char *f = forms[k];
        if (!((f[0] >= 'A' && f[0] <= 'Z') || (unsigned char)f[0] >= 0xC0 || (f[0] >= '0' && f[0] <= '9'))) return 0;
    }
    return 1;
}

static int by_length(const void *x, const void *y) {
    const name *a = x, *b = y;
    if (a->len != b->len) return a->len > b->len ? -1 : 1;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* 1 when the name may spread: its first word capitalised or not usually
 * written in lower case, but no "The" (which starts many capitalised
 * phrases); one word not usually written in lower case. */
static int may_spread(const chrCasing *casing, const char *const *forms, const name *nm) {
    const char *f = forms[nm->at];
    /* web text writes names in lower case too ("google") */
    if (!name_like(casing, f) || strcmp(f, "The") == 0) return 0;
    if (nm->len == 1 && casing && chrCasing_get(casing, f, strlen(f)) == CHR_CASE_LOWER) return 0;
    return 1;
}

/* One more vote for type t of the name forms[at .. at + len). */
static void vote(name *names, size_t *nn, const char *const *forms, size_t at, size_t len, int t) {
    size_t k = 0;
    while (k < *nn && !(names[k].len == len && same_words(forms, names[k].at, at, len))) k++;
    if (k == *nn) {
        memset(&names[k], 0, sizeof names[k]);
        names[k].at = at;
        names[k].len = len;
        (*nn)++;
    }
    names[k].votes[t]++;
}

int chrNer_propagate(const chrCasing *casing, const char *const *forms, const uint32_t *sent,
                     uint8_t *labels, size_t n) {
    name *names = malloc((n ? n : 1) * sizeof *names);
    if (!names) return CHR_ENOMEM;
    size_t nn = 0;
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(labels[i]);
        size_t j = i + 1;
        while (t && j < n && sent[j] == sent[i] && labels[j] == CHR_NER_I(t)) j++;
        if (t && j - i <= MAX_NAME) vote(names, &nn, forms, i, j - i, t);
        i = j;
    }
    qsort(names, nn, sizeof *names, by_length);
    for (size_t k = 0; k < nn; k++) {
        const name *nm = &names[k];
        int t = 1;
        for (int u = 2; u < 4; u++)
            if (nm->votes[u] > nm->votes[t]) t = u;
        int tie = 0;
        for (int u = 1; u < 4; u++) tie |= u != t && nm->votes[u] == nm->votes[t];
        if (tie || !may_spread(casing, forms, nm)) continue;
        for (size_t i = 0; i + nm->len <= n; i++) {
            /* case aside ("Google", "GOOGLE"), but never into words
             * written in lower case: "Bank" must not make "bank" a name */
            if (!same_letters(forms, nm->at, i, nm->len) || sent[i + nm->len - 1] != sent[i] ||
                (!same_words(forms, nm->at, i, nm->len) && !capitalised_words(forms, i, nm->len)))
                continue;
            int free_run = 1;
            for (size_t q = i; q < i + nm->len; q++) free_run &= labels[q] == CHR_NER_O;
            /* a whole name only: not glued to a name before or after it */
            if (!free_run || (i > 0 && sent[i - 1] == sent[i] && labels[i - 1] != CHR_NER_O) ||
                (i + nm->len < n && sent[i + nm->len] == sent[i] && labels[i + nm->len] != CHR_NER_O))
                continue;
            for (size_t q = i; q < i + nm->len; q++)
                labels[q] = (uint8_t)(q == i ? CHR_NER_B(t) : CHR_NER_I(t));
        }
    }
    free(names);
    return CHR_OK;
}
