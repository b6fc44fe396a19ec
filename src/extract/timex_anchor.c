/* timex_anchor.c -- the date of an event from the time expression governing
 * its clause. The rule is documented in timex_anchor.h; this file finds the
 * expressions that fall in a byte span (binary search over doc->timex,
 * which is in text order) and reads their values.
 */
#include "extract/timex_anchor.h"
#include "extract/timex_cal.h"

/* A calendar value: it starts with a four-digit year and is not a decade
 * or century ("199", "19") nor a reference ("PAST_REF"). */
static int governs(const chr_timex *x)
{
    if (x->type != CHR_TIMEX_DATE && x->type != CHR_TIMEX_TIME)
        return 0;
    for (int k = 0; k < 4; k++)
        if (x->value[k] < '0' || x->value[k] > '9')
            return 0;
    return x->value[4] == 0 || x->value[4] == '-';
}

/* Index of the first expression ending after byte `from`. */
static size_t firstEndingAfter(const chr_timex *x, size_t n, size_t from)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x[mid].end <= from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first governing expression overlapping [s, e), or NULL. */
static const chr_timex *firstIn(const chr_doc *doc, size_t s, size_t e)
{
    for (size_t k = firstEndingAfter(doc->timex, doc->ntimex, s);
         k < doc->ntimex && doc->timex[k].start < e; k++)
        if (governs(&doc->timex[k]))
            return &doc->timex[k];
    return NULL;
}

/* The governing expression of [ss, se) nearest to the clause [cs, ce). */
static const chr_timex *nearestIn(const chr_doc *doc, size_t ss, size_t se, size_t cs,
                                  size_t ce)
{
    const chr_timex *best = NULL;
    size_t bestDist = (size_t)-1;
    for (size_t k = firstEndingAfter(doc->timex, doc->ntimex, ss);
         k < doc->ntimex && doc->timex[k].start < se; k++) {
        const chr_timex *x = &doc->timex[k];
        if (!governs(x))
            continue;
        size_t dist = x->end <= cs ? cs - x->end : x->start >= ce ? x->start - ce : 0;
        if (dist < bestDist) {
            best = x;
            bestDist = dist;
        }
    }
    return best;
}

int chrTimexAnchor_eventDate(const chr_doc *doc, size_t sentence, size_t first, size_t end,
                             chr_date *date, const chr_timex **by)
{
    if (by)
        *by = NULL;
    if (!doc || !date || sentence >= doc->nsentences)
        return CHR_EINVAL;
    const chr_sentence *sent = &doc->sentences[sentence];
    size_t sFirst = sent->first, sEnd = (size_t)sent->first + sent->count;
    if (first > end || first < sFirst || end > sEnd || sEnd > doc->ntokens)
        return CHR_EINVAL;
    if (first == end) {
        first = sFirst;
        end = sEnd;
    }
    *date = doc->date;
    if (!doc->timex || !doc->ntimex || first == end)
        return CHR_TIMEX_ANCHOR_DOC;
    size_t cs = doc->tokens[first].start, ce = doc->tokens[end - 1].end;
    const chr_timex *x = firstIn(doc, cs, ce);
    if (!x)
        x = nearestIn(doc, sent->start, sent->end, cs, ce);
    if (!x)
        return CHR_TIMEX_ANCHOR_DOC;
    if (by)
        *by = x;
    int y = 0, m = 0, d = 0, q = 0;
    if (chrTimexCal_parseValue(x->value, &y, &m, &d, &q) != TMX_CAL_DAY)
        return CHR_TIMEX_ANCHOR_COARSE;
    date->year = y;
    date->month = m;
    date->day = d;
    return CHR_TIMEX_ANCHOR_DAY;
}
