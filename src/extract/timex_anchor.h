/* timex_anchor.h -- the date of an event, from the time expression that
 * governs its clause (module-internal).
 *
 * Why it exists: issue 8 asks that each coded event take "the date of the
 * time expression that governs its clause, else the document date". The
 * event coder knows the clause (a token range); the time-expression stage
 * has already filled doc->timex. This helper joins the two in one place so
 * the coder, the store and the tests agree on the rule:
 *
 *  1. A governing expression is a DATE or TIME whose value is a calendar
 *     value ("2016-05-13", "2016-05-13T10:00", "2016-05", "2015-Q3",
 *     "2001"); durations, sets and references (PAST_REF) never govern.
 *  2. The first governing expression inside the clause decides. When the
 *     clause has none, the one nearest the clause in its sentence decides
 *     ("He said Friday that rebels attacked the town": the attack takes
 *     Friday).
 *  3. It gives its day when its value names one. A month, quarter, season
 *     or year alone is not specific enough for an event date: then the
 *     document date is returned, and the caller can still read the coarse
 *     expression through *by (the choice: never invent a first-of-month day).
 *  4. Nothing governs: the document date (which may itself be unknown,
 *     all fields 0).
 *
 * Thread-safe; reads the document only. Pointers returned through *by point
 * into doc->timex and live as long as the document's time-expression layer.
 */
#ifndef CHR_EXTRACT_TIMEX_ANCHOR_H
#define CHR_EXTRACT_TIMEX_ANCHOR_H

#include <stddef.h>

#include "chronicle.h"
#include "core/doc.h"

/* What decided the date (return values of chrTimexAnchor_eventDate). */
enum {
    CHR_TIMEX_ANCHOR_DOC = 0,    /* no governing expression: document date */
    CHR_TIMEX_ANCHOR_DAY = 1,    /* a governing expression that names a day */
    CHR_TIMEX_ANCHOR_COARSE = 2  /* a governing month/quarter/year: document date */
};

/* The date of an event whose clause is tokens [first, end) of sentence
 * `sentence` (document token numbers; first == end means the whole
 * sentence).
 * OUT *date: the event's date. OUT *by (may be NULL): the governing
 * expression, or NULL when none.
 * Returns CHR_TIMEX_ANCHOR_DAY, _COARSE or _DOC; CHR_EINVAL when doc or
 * date is NULL, the sentence does not exist or the range is not inside it. */
int chrTimexAnchor_eventDate(const chr_doc *doc, size_t sentence, size_t first, size_t end,
                             chr_date *date, const chr_timex **by);

#endif
