/* timex_rules.h -- shared state of the time-expression rules (module-internal).
 *
 * Why it exists: the finder (timex.c) drives the rules (timex_rules.c) over
 * the tokens of one stretch of text; both need the same context and hit
 * records, declared once here.
 */
#ifndef CHR_EXTRACT_TIMEX_RULES_H
#define CHR_EXTRACT_TIMEX_RULES_H

#include "extract/timex.h"
#include "extract/timex_lex.h"

typedef struct {
    const chrTimexTok *t;
    size_t n;          /* rules may match tokens [0, n) */
    size_t nAll;       /* tokens [0, nAll) exist and may be read as context */
    chrTimexDate dct;
    int known;         /* document date fully known */
    long dctDays;      /* day number of the document date when known */
    int finance;       /* the document reports quarterly results */
    const char *text;  /* the whole document, for cues beyond the tokens */
    size_t textLen;
    /* The reference time of anaphoric expressions ("that year", "the next
     * day"): the latest specific date mentioned before, else the document
     * date. gran: 0 none, TMX_U_DAY, TMX_U_MONTH, TMX_U_QUARTER or
     * TMX_U_YEAR; the fields below it are meaningful. Set by the driver. */
    struct { int gran, y, m, d, q; } anchor;
} chrTimexCtx;

typedef struct {
    size_t end;        /* one past the last token of the expression */
    int type;
    char value[32];
    char mod[16];
    int quiet;         /* understood, but not reported by the finder (an age) */
} chrTimexHit;

/* Longest expression starting at token i; returns 1 and fills *h, or 0. */
int chrTimexRules_match(const chrTimexCtx *c, size_t i, chrTimexHit *h);

/* Makes value (a TIMEX3 value just found) the reference time of later
 * anaphoric expressions when it names a specific year, quarter, month or
 * day; other values leave the reference time as it was. */
void chrTimexRules_noteAnchor(chrTimexCtx *c, const char *value);

/* Vaguer readings ("soon", "previously", a bare "days") that the finder
 * does not report, because most of their uses are not annotated as time
 * expressions, but that a span already known to be one can take. */
int chrTimexRules_matchLoose(const chrTimexCtx *c, size_t i, chrTimexHit *h);

#endif
