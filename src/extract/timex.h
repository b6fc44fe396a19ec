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

#include "chronicle.h"

/* The public types serve inside the module too. */
typedef chr_timex chrTimex;
typedef chr_date chrTimexDate;

/* Find all time expressions in text[0, len).
 * OUT *out: malloc'ed array (NULL when *n is 0), *n: its length.
 * Returns CHR_OK, CHR_EINVAL or CHR_ENOMEM. */
int chrTimex_find(const char *text, size_t len, chrTimexDate dct,
                  chrTimex **out, size_t *n);

/* Normalise the expression spanning text[start, end) (for instance a span
 * given by an annotator), reading the surrounding text for tense cues.
 * OUT *res: type, value and mod; the span fields are set to start and end.
 * Returns 1 when the span was understood, 0 when not (res->value is ""),
 * CHR_EINVAL on bad arguments, CHR_ENOMEM. */
int chrTimex_normalize(const char *text, size_t len, size_t start, size_t end,
                       chrTimexDate dct, chrTimex *res);

/* "DATE", "TIME", "DURATION", "SET" (or "?" for an unknown type). */
const char *chrTimex_typeName(int type);

#endif
