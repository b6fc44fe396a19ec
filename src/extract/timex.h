/* timex.h -- time expressions found in raw news text and normalised to TIMEX3.
 *
 * Why it exists: an event is only useful with its date, and news dates events
 * relative to the report ("on Friday", "two years ago", "the summer of 2015").
 * This module finds such expressions directly in the document's bytes (it does
 * not need the tokenizer) and gives each a TIMEX3 type and value resolved
 * against the document date, following the TimeBank annotation conventions.
 *
 * Ownership: chrTimex_find returns an array allocated with malloc; the caller
 * frees it with free(). Nothing else is retained between calls; all functions
 * are safe to call from many threads at once.
 */
#ifndef CHR_EXTRACT_TIMEX_H
#define CHR_EXTRACT_TIMEX_H

#include <stddef.h>

enum { CHR_TIMEX_DATE = 1, CHR_TIMEX_TIME, CHR_TIMEX_DURATION, CHR_TIMEX_SET };

typedef struct {
    size_t start, end;   /* byte span [start, end) in the document text */
    int type;            /* CHR_TIMEX_* */
    char value[32];      /* TIMEX3 value: "2016-05-13", "2015-SU", "P3Y", "PAST_REF" */
    char mod[16];        /* TIMEX3 mod: "START", "MID", "END", "APPROX", ... or "" */
} chrTimex;

/* The document date; 0 in a field means unknown (then values use X digits). */
typedef struct {
    int year, month, day;
} chrTimexDate;

/* Find all time expressions in text[0, len).
 * OUT *out: malloc'ed array (NULL when *n is 0), *n: its length.
 * Returns 0, or a negative status (-1 bad arguments, -2 out of memory). */
int chrTimex_find(const char *text, size_t len, chrTimexDate dct,
                  chrTimex **out, size_t *n);

/* Normalise the expression spanning text[start, end) (for instance a span
 * given by an annotator), reading the surrounding text for tense cues.
 * OUT *res: type, value and mod; the span fields are set to start and end.
 * Returns 1 when the span was understood, 0 when not (res->value is ""),
 * negative on bad arguments. */
int chrTimex_normalize(const char *text, size_t len, size_t start, size_t end,
                       chrTimexDate dct, chrTimex *res);

/* "DATE", "TIME", "DURATION", "SET" (or "?" for an unknown type). */
const char *chrTimex_typeName(int type);

#endif
