/*
 * casing.h - how a word is usually written, to read all-caps text.
 *
 * Headlines and datelines ("MEXICO CITY, May 20 (Reuters) -") are set in
 * capitals, which erases the one clue a NER leans on most. The model
 * stores, for the words it saw in training, whether they are mostly
 * written lower-case, capitalised or in capitals; inside an all-caps
 * stretch each word is rewritten that way before features are made.
 */
#ifndef CHR_NER_CASING_H
#define CHR_NER_CASING_H

#include <stddef.h>
#include <stdint.h>

enum { CHR_CASE_LOWER = 0, CHR_CASE_TITLE = 1, CHR_CASE_UPPER = 2, CHR_CASE_UNKNOWN = 3 };

typedef struct chrCasing {
    uint64_t *keys; /* hash of the lower-cased word; 0 = empty */
    uint8_t *cls;   /* CHR_CASE_* */
    uint32_t *count[3]; /* training only: occurrences per class (NULL when loaded) */
    size_t cap, n;
} chrCasing;

/* The hash of the ASCII-lower-cased s[0..n) (the key of the table). */
uint64_t chrCasing_key(const char *s, size_t n);
/* Counts one occurrence of form (training). CHR_OK or CHR_ENOMEM. */
int chrCasing_count(chrCasing *c, const char *form, size_t n);
/* Turns counts into classes (a class needs a clear majority). */
void chrCasing_finish(chrCasing *c);
/* The usual case of form, CHR_CASE_UNKNOWN when not in the table. */
int chrCasing_get(const chrCasing *c, const char *form, size_t n);
/* Rewrites the ASCII letters of form[0..n) in case cls into out (n+1
 * bytes); returns out. */
char *chrCasing_apply(const char *form, size_t n, int cls, char *out);
void chrCasing_release(chrCasing *c);

#endif
