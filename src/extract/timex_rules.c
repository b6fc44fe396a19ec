/* timex_rules.c -- the patterns of time expressions and their TIMEX3 values.
 *
 * Why it exists: this is the grammar of dates in news English, written as
 * small hand-made matchers over the word tokens of timex_lex. Each matcher
 * recognises one family (calendar dates, weekdays, years, seasons, quarters,
 * relative expressions, durations, sets, clock times) and computes its value
 * against the document date. The conventions follow TimeBank: weekdays and
 * bare months lean to the past unless the clause speaks of the future, "last
 * week" is an ISO week, "two years ago" keeps the granularity of its unit,
 * modifiers (early, late, about, more than) go into mod, not the value.
 */
#include "extract/timex_rules.h"
#include "extract/timex_cal.h"

#include <stdio.h>
#include <string.h>

/* ---- small token helpers ------------------------------------------------ */

static int W(const chrTimexCtx *c, size_t i, const char *w)
{
    return i < c->n && chrTimexLex_isWord(&c->t[i], w);
}

static int ANY(const chrTimexCtx *c, size_t i, const char *const *list)
{
    return i < c->n && chrTimexLex_isAny(&c->t[i], list);
}

static int P(const chrTimexCtx *c, size_t i, char ch)
{
    return i < c->n && c->t[i].kind == TMX_PUNCT && c->t[i].low[0] == ch;
}

/* Token i touches token i-1 (no space between). */
static int glued(const chrTimexCtx *c, size_t i)
{
    return i < c->n && i > 0 && !(c->t[i].flags & TMX_SPACE);
}

static int NUM(const chrTimexCtx *c, size_t i)
{
    return i < c->n && c->t[i].kind == TMX_NUM && !(c->t[i].flags & TMX_LONG);
}

static size_t numLen(const chrTimexCtx *c, size_t i)
{
    return c->t[i].end - c->t[i].start;
}

/* A digit run that stands alone, not part of 1,000 or 3.5 or 12:30. */
static int loneNumber(const chrTimexCtx *c, size_t i)
{
    if (!NUM(c, i))
        return 0;
    if (i > 0 && glued(c, i) && (P(c, i - 1, ',') || P(c, i - 1, '.') || P(c, i - 1, ':') ||
                                 P(c, i - 1, '$')))
        return 0;
    if (glued(c, i + 1) && (P(c, i + 1, ',') || P(c, i + 1, '.') || P(c, i + 1, ':')) &&
        NUM(c, i + 2) && glued(c, i + 2))
        return 0;
    if (W(c, i + 1, "percent") || P(c, i + 1, '%'))
        return 0;
    return 1;
}

/* ---- value formatting ---------------------------------------------------- */

static void setv(chrTimexHit *h, int type, const char *v)
{
    h->type = type;
    snprintf(h->value, sizeof h->value, "%s", v);
}

static void fmtDay(chrTimexHit *h, long days)
{
    int y, m, d;
    chrTimexCal_civil(days, &y, &m, &d);
    snprintf(h->value, sizeof h->value, "%04d-%02d-%02d", y, m, d);
    h->type = CHR_TIMEX_DATE;
}

static void fmtWeek(chrTimexHit *h, long days)
{
    int wy, wk;
    chrTimexCal_isoWeek(days, &wy, &wk);
    snprintf(h->value, sizeof h->value, "%04d-W%02d", wy, wk);
    h->type = CHR_TIMEX_DATE;
}

static void fmtMonth(chrTimexHit *h, int y, int m)
{
    snprintf(h->value, sizeof h->value, "%04d-%02d", y, m);
    h->type = CHR_TIMEX_DATE;
}

static void fmtYear(chrTimexHit *h, int y)
{
    snprintf(h->value, sizeof h->value, "%04d", y);
    h->type = CHR_TIMEX_DATE;
}

static void fmtQuarter(chrTimexHit *h, int y, int q)
{
    snprintf(h->value, sizeof h->value, "%04d-Q%d", y, q);
    h->type = CHR_TIMEX_DATE;
}

/* Unknown document date: relative values keep only their shape. */
static void fmtUnknown(chrTimexHit *h, int unit)
{
    static const char *const shapes[] = {"XXXX-XX-XXTXX:XX", "XXXX-XX-XXTXX:XX",
        "XXXX-XX-XXTXX:XX", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX-QX", "XXXX",
        "XXX", "XX", "XXXX-WXX-WE"};
    setv(h, CHR_TIMEX_DATE, unit >= TMX_U_SEC && unit <= TMX_U_WEEKEND ? shapes[unit - 1]
                                                                       : "XXXX-XX-XX");
}

/* dct shifted by k units, at the granularity of the unit. */
static void fmtShift(const chrTimexCtx *c, chrTimexHit *h, int unit, int k)
{
    if (!c->known) {
        fmtUnknown(h, unit);
        return;
    }
    int y = c->dct.year, m = c->dct.month;
    long mm;
    switch (unit) {
    case TMX_U_WEEK:
        fmtWeek(h, c->dctDays + 7L * k);
        break;
    case TMX_U_WEEKEND: {
        long sat = c->dctDays - chrTimexCal_weekday(c->dctDays) + 6 + 7L * k;
        fmtWeek(h, sat);
        strncat(h->value, "-WE", sizeof h->value - strlen(h->value) - 1);
        break;
    }
    case TMX_U_MONTH:
        mm = (long)y * 12 + (m - 1) + k;
        fmtMonth(h, (int)(mm / 12), (int)(mm % 12) + 1);
        break;
    case TMX_U_QUARTER:
        mm = (long)y * 4 + (m - 1) / 3 + k;
        fmtQuarter(h, (int)(mm / 4), (int)(mm % 4) + 1);
        break;
    case TMX_U_YEAR:
        fmtYear(h, y + k);
        break;
    case TMX_U_DECADE:
        snprintf(h->value, sizeof h->value, "%03d", (y + 10 * k) / 10);
        h->type = CHR_TIMEX_DATE;
        break;
    case TMX_U_CENTURY:
        snprintf(h->value, sizeof h->value, "%02d", (y + 100 * k) / 100);
        h->type = CHR_TIMEX_DATE;
        break;
    case TMX_U_HOUR: case TMX_U_MIN: case TMX_U_SEC:
    case TMX_U_DAY:
    default:
        fmtDay(h, c->dctDays + k);
        break;
    }
}

/* "N units ago": the year of a shift by decades or centuries is a year. */
static void fmtAgo(const chrTimexCtx *c, chrTimexHit *h, int unit, int k)
{
    if (c->known && (unit == TMX_U_DECADE || unit == TMX_U_CENTURY))
        fmtYear(h, c->dct.year + k * (unit == TMX_U_DECADE ? 10 : 100));
    else
        fmtShift(c, h, unit, k);
}

static char unitLetter(int unit)
{
    switch (unit) {
    case TMX_U_SEC: return 'S';
    case TMX_U_MIN: return 'M';
    case TMX_U_HOUR: return 'H';
    case TMX_U_DAY: return 'D';
    case TMX_U_WEEK: return 'W';
    case TMX_U_MONTH: return 'M';
    case TMX_U_QUARTER: return 'Q';
    case TMX_U_DECADE: return 'E';
    case TMX_U_CENTURY: return 'C';
    case TMX_U_WEEKEND: return 'D';
    default: return 'Y';
    }
}

/* Duration of q units (q < 0: unspecified amount). */
static void fmtDuration(chrTimexHit *h, double q, int unit)
{
    const char *t = unit == TMX_U_SEC || unit == TMX_U_MIN || unit == TMX_U_HOUR ? "T" : "";
    h->type = CHR_TIMEX_DURATION;
    if (q < 0) {
        /* TimeBank writes an unspecified number of decades in years */
        int u = unit == TMX_U_DECADE ? TMX_U_YEAR : unit;
        snprintf(h->value, sizeof h->value, "P%sX%c", t, unitLetter(u));
        return;
    }
    if (unit == TMX_U_DECADE || unit == TMX_U_CENTURY) {
        q *= unit == TMX_U_DECADE ? 10 : 100;
        unit = TMX_U_YEAR;
    }

    if (unit == TMX_U_WEEKEND) {
        q *= 2;
        unit = TMX_U_DAY;
    }
    if (q > 1e6)
        q = 1e6;
    long whole = (long)q;
    double frac = q - (double)whole;
    if (frac > 0.01) {
        /* the half of a unit in the next smaller unit */
        static const int subUnit[] = {0, 0, TMX_U_SEC, TMX_U_MIN, TMX_U_HOUR, TMX_U_DAY,
                                      TMX_U_DAY, TMX_U_MONTH, TMX_U_MONTH};
        static const double perUnit[] = {0, 0, 60, 60, 24, 7, 30, 3, 12};
        if (unit >= TMX_U_MIN && unit <= TMX_U_YEAR) {
            int su = subUnit[unit];
            long part = (long)(frac * perUnit[unit] + 0.5);
            const char *t2 = (unit == TMX_U_DAY) ? "T" : "";
            if (su == TMX_U_HOUR || su == TMX_U_MIN || su == TMX_U_SEC)
                t2 = *t ? "" : "T";
            if (whole > 0)
                snprintf(h->value, sizeof h->value, "P%s%ld%c%s%ld%c", t, whole,
                         unitLetter(unit), t2, part, unitLetter(su));
            else
                snprintf(h->value, sizeof h->value, "P%s%s%ld%c", t, t2, part, unitLetter(su));
            return;
        }
        whole = (long)(q + 0.5);
    }
    snprintf(h->value, sizeof h->value, "P%s%ld%c", t, whole, unitLetter(unit));
}

/* ---- numbers ------------------------------------------------------------- */

/* "twenty-five", "forty two": a round tens word at j-1 (value *v) takes
 * the ones word after it; returns the token after the number. */
static size_t tensOnes(const chrTimexCtx *c, size_t j, int *v)
{
    if (*v >= 20 && *v % 10 == 0) {
        size_t k = P(c, j, '-') ? j + 1 : j;
        int u = k < c->n ? chrTimexLex_smallNumber(&c->t[k]) : -1;
        if (u > 0 && u < 10) {
            *v += u;
            return k + 1;
        }
    }
    return j;
}

/* A number written in digits or words at i. *q < 0 means an unspecified
 * amount ("several", "a few"). allowA: "a"/"an" count as one.
 * Returns the token after the number, or 0. */
static size_t parseNumber(const chrTimexCtx *c, size_t i, int allowA, double *q)
{
    static const char *const vague[] = {"several", "few", "many", "some", "numerous",
                                        "multiple", NULL};
    if (i >= c->n)
        return 0;
    if (NUM(c, i) && loneNumber(c, i)) {
        *q = (double)c->t[i].num;
        size_t j = i + 1;
        /* 5 1/2 */
        if (NUM(c, j) && P(c, j + 1, '/') && glued(c, j + 1) && NUM(c, j + 2) &&
            glued(c, j + 2) && c->t[j + 2].num > 0) {
            *q += (double)c->t[j].num / (double)c->t[j + 2].num;
            j += 3;
        }
        return j;
    }
    if (W(c, i, "a") || W(c, i, "an")) {
        if (W(c, i + 1, "couple") && W(c, i + 2, "of")) {
            *q = 2;
            return i + 3;
        }
        if (W(c, i + 1, "few")) {
            *q = -1;
            return i + 2;
        }
        if (W(c, i + 1, "half")) {
            *q = 0.5;
            return i + 2;
        }
        if (W(c, i + 1, "dozen") || W(c, i + 1, "hundred") || W(c, i + 1, "thousand")) {
            *q = W(c, i + 1, "dozen") ? 12 : W(c, i + 1, "hundred") ? 100 : 1000;
            return i + 2;
        }
        if (allowA) {
            *q = 1;
            return i + 1;
        }
        return 0;
    }
    if (ANY(c, i, vague)) {
        *q = -1;
        return i + 1;
    }
    if (W(c, i, "half")) {
        *q = 0.5;
        return i + 1;
    }
    if (W(c, i, "couple") && W(c, i + 1, "of")) {
        *q = 2;
        return i + 2;
    }
    if (W(c, i, "dozens") || W(c, i, "hundreds") || W(c, i, "thousands")) {
        *q = -1;
        return W(c, i + 1, "of") ? i + 2 : i + 1;
    }
    int v = i < c->n ? chrTimexLex_smallNumber(&c->t[i]) : -1;
    if (v < 0)
        return 0;
    size_t j = tensOnes(c, i + 1, &v);
    if (W(c, j, "hundred")) {
        v *= 100;
        j++;
    }
    if (W(c, j, "thousand")) {
        v *= 1000;
        j++;
    }
    *q = v;
    if (W(c, j, "and") && W(c, j + 1, "a") && W(c, j + 2, "half")) {
        *q += 0.5;
        j += 3;
    }
    return j;
}

/* ---- tense of the clause around an expression ---------------------------- */

static int sentenceEdge(const chrTimexCtx *c, size_t i)
{
    const chrTimexTok *t = &c->t[i];
    if (t->kind != TMX_PUNCT)
        return 0;
    char ch = t->low[0];
    if (ch == '!' || ch == '?' || ch == ';')
        return 1;
    if (ch != '.')
        return 0;
    /* "Sept." or "U.S." do not end a sentence */
    if (i > 0 && c->t[i - 1].kind == TMX_WORD && glued(c, i) &&
        (c->t[i - 1].end - c->t[i - 1].start <= 2 || chrTimexLex_month(&c->t[i - 1])))
        return 0;
    return 1;
}

static int futureCue(const chrTimexTok *t, const chrTimexTok *prev)
{
    static const char *const cues[] = {"will", "shall", "next", "scheduled", "expected",
        "expects", "due", "plans", "planned", "planning", "upcoming", "coming", "tomorrow",
        "going", "intends", "hopes", "aims", "begin", "starting", "wo",
        "should", "soon", "effective", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    if (strcmp(t->low, "ll") == 0 && prev && prev->kind == TMX_PUNCT)
        return 1;
    return chrTimexLex_isAny(t, cues);
}

static int pastCue(const chrTimexTok *t, const chrTimexTok *prev)
{
    static const char *const cues[] = {"was", "were", "had", "did", "said", "told", "met",
        "began", "came", "went", "left", "took", "made", "gave", "fell", "rose", "won", "lost",
        "struck", "held", "sent", "found", "saw", "got", "became", "brought", "fled", "ago",
        "last", "earlier", "since", "knew", "thought", "spoke", "ran", "broke", "shot",
        "paid", "sold", "bought", "led", "hit", "killed", "wrote", "heard", "felt", "kept",
        "stood", "put", "set", "quit", "cut", "yesterday", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    static const char *const notPast[] = {"expected", "scheduled", "planned", "succeed",
        "proceed", "exceed", "need", "indeed", "hundred", "based", "united", "limited",
        "proposed", "related", "interested", "concerned", "red", NULL};
    static const char *const passive[] = {"is", "are", "be", "been", "being", "will", "to",
                                          "would", NULL};
    size_t len = strlen(t->low);
    if (len > 4 && t->low[len - 2] == 'e' && t->low[len - 1] == 'd' &&
        !chrTimexLex_isAny(t, notPast))
        return !(prev && chrTimexLex_isAny(prev, passive));
    return chrTimexLex_isAny(t, cues);
}

/* Tense cue of token k: +1 future, -1 past, 0 none. Phrases that look
 * past but plan ahead count as future: "set to resume", "is to open",
 * "as early as", "plan to". */
static int cueAt(const chrTimexCtx *c, size_t k)
{
    static const char *const beTo[] = {"is", "are", NULL};
    const chrTimexTok *t = &c->t[k], *prev = k > 0 ? &c->t[k - 1] : NULL;
    if (t->kind != TMX_WORD)
        return 0;
    if (chrTimexLex_isWord(t, "set") && k + 1 < c->nAll && chrTimexLex_isWord(&c->t[k + 1], "to"))
        return 1;  /* "set to resume Monday" */
    if (prev && chrTimexLex_isWord(t, "to") && chrTimexLex_isAny(prev, beTo))
        return 1;
    if (prev && chrTimexLex_isWord(t, "early") && chrTimexLex_isWord(prev, "as"))
        return 1;
    /* "postponed until Tuesday" looks ahead; a sentence opening "Until
     * Thursday, they had not..." looks back */
    if (chrTimexLex_isWord(t, "until") && !(t->flags & TMX_CAP))
        return 1;
    if (chrTimexLex_isWord(t, "plan") && k + 1 < c->nAll && chrTimexLex_isWord(&c->t[k + 1], "to"))
        return 1;
    if (futureCue(t, prev))
        return 1;
    return pastCue(t, prev) ? -1 : 0;
}

/* +1 future, -1 past, 0 no cue, for the expression at tokens [i0, i1). */
static int clauseTense(const chrTimexCtx *c, size_t i0, size_t i1)
{
    int best = 0, bestDist = 1 << 30;
    for (size_t k = i0, d = 1; k > 0 && d <= 14; d++) {
        k--;
        if (sentenceEdge(c, k) || (c->t[k + 1].flags & TMX_BREAK))
            break;
        int cue = cueAt(c, k);
        if (cue) {
            best = cue;
            bestDist = (int)d;
            break;
        }
    }
    static const char *const clauseEnd[] = {"and", "but", "which", "who", "that", "while",
                                            "when", "after", "before", "because", NULL};
    /* a cue after the expression counts at twice its distance */
    for (size_t k = i1, d = 1; k < c->nAll && d <= 8 && (int)(2 * d) < bestDist; k++, d++) {
        if (sentenceEdge(c, k) || (c->t[k].flags & TMX_BREAK) ||
            chrTimexLex_isAny(&c->t[k], clauseEnd))
            break;
        int cue = cueAt(c, k);
        if (cue)
            return cue;
    }
    return best;
}

/* Year for a yearly recurring day (month m, day d) by tense: the occurrence
 * before the document date in the past, after it in the future, the nearest
 * one otherwise. */
static int resolveYear(const chrTimexCtx *c, int m, int d, int tense, long near)
{
    int y = c->dct.year;
    long here = chrTimexCal_days(y, m, d);
    long prevOcc = here <= c->dctDays ? here : chrTimexCal_days(y - 1, m, d);
    long nextOcc = here >= c->dctDays ? here : chrTimexCal_days(y + 1, m, d);
    long back = c->dctDays - prevOcc, ahead = nextOcc - c->dctDays;
    int pick;
    if (tense > 0)
        pick = ahead < 330 ? 1 : -1;
    else if (tense < 0)
        pick = ahead <= near ? 1 : -1;
    else
        pick = 2 * ahead < back ? 1 : -1;
    long occ = pick > 0 ? nextOcc : prevOcc;
    int oy, om, od;
    chrTimexCal_civil(occ, &oy, &om, &od);
    return oy;
}

/* ---- calendar dates ------------------------------------------------------ */

static size_t yearWords(const chrTimexCtx *c, size_t i, int *y);

static int plausibleYear(const chrTimexCtx *c, size_t i)
{
    return NUM(c, i) && numLen(c, i) == 4 && c->t[i].num >= 1000 && c->t[i].num <= 2099;
}

/* Month name at i, with its optional abbreviation dot; returns the token
 * after it and the month in *m, or 0. */
static size_t monthAt(const chrTimexCtx *c, size_t i, int *m)
{
    if (i >= c->n || !(c->t[i].flags & TMX_CAP))
        return 0;
    *m = chrTimexLex_month(&c->t[i]);
    if (!*m)
        return 0;
    size_t j = i + 1;
    size_t len = c->t[i].end - c->t[i].start;
    if (P(c, j, '.') && glued(c, j) && len <= 4)
        j++;
    else if (len == 3 && *m != 5)
        return 0;  /* "Jan" without a dot is too often a name */
    return j;
}

static int dayNumber(const chrTimexCtx *c, size_t i)
{
    return NUM(c, i) && numLen(c, i) <= 2 && c->t[i].num >= 1 && c->t[i].num <= 31 &&
           !(P(c, i + 1, ':') && glued(c, i + 1)) && !W(c, i + 1, "percent") &&
           !P(c, i + 1, '%');
}

/* Skip an ordinal suffix glued to a day number ("20th"). */
static size_t afterDay(const chrTimexCtx *c, size_t j)
{
    static const char *const sfx[] = {"st", "nd", "rd", "th", NULL};
    if (ANY(c, j, sfx) && glued(c, j))
        return j + 1;
    return j;
}

/* ", 2016" or " 2016" after a date; returns the token after or 0. */
static size_t yearAfter(const chrTimexCtx *c, size_t j, int *y)
{
    size_t k = P(c, j, ',') ? j + 1 : j;
    if (plausibleYear(c, k) && loneNumber(c, k)) {
        *y = (int)c->t[k].num;
        return k + 1;
    }
    return 0;
}

static void fullDate(const chrTimexCtx *c, chrTimexHit *h, int y, int m, int d, int tense)
{
    if (d > chrTimexCal_monthDays(y ? y : 2000, m))
        d = chrTimexCal_monthDays(y ? y : 2000, m);
    if (!y) {
        if (!c->known) {
            snprintf(h->value, sizeof h->value, "XXXX-%02d-%02d", m, d);
            h->type = CHR_TIMEX_DATE;
            return;
        }
        y = resolveYear(c, m, d, tense, 75);
    }
    fmtDay(h, chrTimexCal_days(y, m, d));
}

static void monthOnly(const chrTimexCtx *c, chrTimexHit *h, int y, int m, int tense)
{
    if (!y) {
        if (!c->known) {
            snprintf(h->value, sizeof h->value, "XXXX-%02d", m);
            h->type = CHR_TIMEX_DATE;
            return;
        }
        y = m == c->dct.month ? c->dct.year : resolveYear(c, m, 15, tense, 60);
    }
    fmtMonth(h, y, m);
}

/* "this year" / "last year" / "next year" after a month: the year shift. */
static size_t relativeYear(const chrTimexCtx *c, size_t j, int *shift)
{
    if (W(c, j + 1, "year") && (W(c, j, "this") || W(c, j, "last") || W(c, j, "next"))) {
        *shift = W(c, j, "this") ? 0 : W(c, j, "last") ? -1 : 1;
        return j + 2;
    }
    return 0;
}

static size_t rMonthDate(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int m, y = 0, shift;
    size_t j = monthAt(c, i, &m);
    if (!j)
        return 0;
    if (dayNumber(c, j) && loneNumber(c, j)) {
        int d = (int)c->t[j].num;
        size_t k = afterDay(c, j + 1), e;
        if ((e = yearAfter(c, k, &y)))
            k = e;
        fullDate(c, h, y, m, d, y ? 0 : clauseTense(c, i, k));
        return k;
    }
    if (W(c, j, "of") && plausibleYear(c, j + 1)) {
        fmtMonth(h, (int)c->t[j + 1].num, m);
        return j + 2;
    }
    size_t e;
    if ((e = yearWords(c, j, &y))) {
        fmtMonth(h, y, m);
        return e;
    }
    if ((e = yearAfter(c, j, &y))) {
        fmtMonth(h, y, m);
        return e;
    }
    if ((e = relativeYear(c, j, &shift)) && c->known) {
        fmtMonth(h, c->dct.year + shift, m);
        return e;
    }
    /* "last March" is the latest March before this month, "next March" the coming one */
    if (i > 0 && c->known && (W(c, i - 1, "last") || W(c, i - 1, "this"))) {
        fmtMonth(h, c->dct.year - (W(c, i - 1, "last") && m >= c->dct.month), m);
        return j;
    }
    if (i > 0 && c->known && W(c, i - 1, "next")) {
        fmtMonth(h, c->dct.year + (m <= c->dct.month), m);
        return j;
    }
    /* a bare "May" or "March" is more often a verb or a name */
    static const char *const preps[] = {"in", "since", "until", "till", "by", "early", "late",
        "mid", "last", "next", "this", "of", "during", "before", "after", "through", "from",
        "to", "and", "or", "between", "each", "every", "for", "that", NULL};
    if ((m == 5 || m == 3 || m == 8) && !(i > 0 && ANY(c, i - 1, preps)))
        return 0;
    monthOnly(c, h, 0, m, clauseTense(c, i, j));
    return j;
}

static size_t rDayMonth(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    if (!dayNumber(c, i) || !loneNumber(c, i))
        return 0;
    size_t j = afterDay(c, i + 1);
    if (W(c, j, "of"))
        j++;
    int m, y = 0;
    size_t k = monthAt(c, j, &m), e;
    if (!k)
        return 0;
    if ((e = yearAfter(c, k, &y)))
        k = e;
    fullDate(c, h, y, m, (int)c->t[i].num, y ? 0 : clauseTense(c, i, k));
    return k;
}

/* 2016-05-20, 5/20/2016, 5/20/16 */
static size_t rNumericDate(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    if (!NUM(c, i) || (i > 0 && glued(c, i) && (P(c, i - 1, '/') || P(c, i - 1, '-'))))
        return 0;
    const chrTimexTok *t = c->t;
    if (plausibleYear(c, i) && P(c, i + 1, '-') && glued(c, i + 1) && NUM(c, i + 2) &&
        glued(c, i + 2) && P(c, i + 3, '-') && glued(c, i + 3) && NUM(c, i + 4) &&
        glued(c, i + 4)) {
        long m = t[i + 2].num, d = t[i + 4].num;
        if (m < 1 || m > 12 || d < 1 || d > 31)
            return 0;
        fullDate(c, h, (int)t[i].num, (int)m, (int)d, 0);
        return i + 5;
    }
    if (numLen(c, i) <= 2 && P(c, i + 1, '/') && glued(c, i + 1) && NUM(c, i + 2) &&
        glued(c, i + 2) && P(c, i + 3, '/') && glued(c, i + 3) && NUM(c, i + 4) &&
        glued(c, i + 4)) {
        long m = t[i].num, d = t[i + 2].num, y = t[i + 4].num;
        size_t yl = numLen(c, i + 4);
        if (m < 1 || m > 12 || d < 1 || d > 31 || (yl != 2 && yl != 4))
            return 0;
        if (yl == 2)
            y += y < 50 ? 2000 : 1900;
        fullDate(c, h, (int)y, (int)m, (int)d, 0);
        return i + 5;
    }
    return 0;
}

/* ---- weekdays ------------------------------------------------------------ */

static const char *const partsOfDay[] = {"morning", "afternoon", "evening", "night",
                                         "overnight", NULL};

/* Appends the TIMEX3 part of the day ("TMO", "TAF", "TEV", "TNI") named by
 * token j to a day value; returns 1 when token j names one. */
static int addPartOfDay(const chrTimexCtx *c, chrTimexHit *h, size_t j)
{
    static const char *const codes[] = {"TMO", "TAF", "TEV", "TNI", "TNI"};
    for (int p = 0; partsOfDay[p]; p++)
        if (W(c, j, partsOfDay[p])) {
            if (c->known && strlen(h->value) == 10)
                strncat(h->value, codes[p], sizeof h->value - strlen(h->value) - 1);
            h->type = CHR_TIMEX_TIME;
            return 1;
        }
    return 0;
}

static size_t rWeekday(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int dir = 0, set = 0;
    size_t j = i;
    if (W(c, j, "last") || W(c, j, "past") || W(c, j, "previous"))
        dir = -1, j++;
    else if (W(c, j, "next") || W(c, j, "coming"))
        dir = 1, j++;
    else if (W(c, j, "this"))
        dir = 2, j++;
    else if (W(c, j, "each") || W(c, j, "every"))
        set = 1, j++;
    if (j >= c->n || !(c->t[j].flags & TMX_CAP))
        return 0;
    int wd = chrTimexLex_weekday(&c->t[j]);
    if (!wd)
        return 0;
    j++;
    if (wd < 0 || set) {
        snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", wd < 0 ? -wd : wd);
        h->type = CHR_TIMEX_SET;
        return ANY(c, j, partsOfDay) ? j + 1 : j;
    }
    /* "Friday, Oct. 23" names its date */
    size_t k = P(c, j, ',') ? j + 1 : j, e;
    if ((e = rMonthDate(c, k, h)) && strlen(h->value) == 10)
        return e;
    if ((e = rDayMonth(c, k, h)) && strlen(h->value) == 10)
        return e;
    size_t end = ANY(c, j, partsOfDay) ? j + 1 : j;
    int evening = W(c, j, "evening");
    if (!c->known) {
        snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", wd);
        h->type = CHR_TIMEX_DATE;
        return end;
    }
    int dw = chrTimexCal_weekday(c->dctDays);
    long day;
    if (dir == 0) {
        int tense = clauseTense(c, i, end);
        if (wd == dw)
            day = c->dctDays;
        else if (tense > 0)
            day = c->dctDays + (wd - dw + 7) % 7;
        else
            day = c->dctDays - (dw - wd + 7) % 7;
    } else if (dir == -1) {
        day = c->dctDays - ((dw - wd + 7) % 7 ? (dw - wd + 7) % 7 : 7);
    } else if (dir == 1) {
        day = c->dctDays + ((wd - dw + 7) % 7 ? (wd - dw + 7) % 7 : 7);
    } else {
        day = c->dctDays - dw + wd;
    }
    fmtDay(h, day);
    if (evening) {
        strncat(h->value, "TEV", sizeof h->value - strlen(h->value) - 1);
        h->type = CHR_TIMEX_TIME;
    }
    return end;
}

/* ---- years, decades, centuries -------------------------------------------- */

/* "nineteen ninety-six", "two thousand", "two thousand and one" */
static size_t yearWords(const chrTimexCtx *c, size_t i, int *y)
{
    int hi = i < c->n ? chrTimexLex_smallNumber(&c->t[i]) : -1;
    if (hi == 2 && W(c, i + 1, "thousand")) {
        size_t j = i + 2;
        if (W(c, j, "and"))
            j++;
        double q;
        size_t e = parseNumber(c, j, 0, &q);
        if (e && q > 0 && q < 100) {
            *y = 2000 + (int)q;
            return e;
        }
        *y = 2000;
        return i + 2;
    }
    if (hi < 11 || hi > 20)
        return 0;
    size_t j = i + 1;
    if (W(c, j, "hundred"))
        j++;
    int lo = j < c->n ? chrTimexLex_smallNumber(&c->t[j]) : -1;
    if (lo < 10)
        return 0;
    j = tensOnes(c, j + 1, &lo);
    *y = hi * 100 + lo;
    return j;
}

static size_t rYear(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const preps[] = {"in", "since", "of", "by", "until", "till", "before",
        "after", "from", "during", "to", "through", "fiscal", "year", "circa", "mid", "early",
        "late", "and", "between", NULL};
    size_t j = i;
    int fiscal = 0;
    if (W(c, j, "fiscal")) {
        fiscal = 1;
        j++;
        if (W(c, j, "year"))
            j++;
    } else if (W(c, j, "the") && W(c, j + 1, "year")) {
        j += 2;
    }
    int y;
    static const char *const decades[] = {"twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties", NULL};
    for (int k = 0; decades[k]; k++)
        if (W(c, j, decades[k]) && i > 0 && W(c, i - 1, "the")) {
            snprintf(h->value, sizeof h->value, "19%d", k + 2);
            h->type = CHR_TIMEX_DATE;
            return j + 1;
        }
    size_t e = yearWords(c, j, &y);
    if (e) {
        if (j == i && !(i > 0 && ANY(c, i - 1, preps)) && !W(c, i + 1, "hundred") &&
            chrTimexLex_smallNumber(&c->t[i]) != 2 && (y < 1700 || y % 100 < 10))
            return 0;
        fmtYear(h, y);
        return e;
    }
    /* '90s */
    if (P(c, j, '\'') && NUM(c, j + 1) && glued(c, j + 1) && numLen(c, j + 1) == 2 &&
        W(c, j + 2, "s") && glued(c, j + 2) && c->t[j + 1].num % 10 == 0) {
        snprintf(h->value, sizeof h->value, "19%ld", c->t[j + 1].num / 10);
        h->type = CHR_TIMEX_DATE;
        return j + 3;
    }
    if (!plausibleYear(c, j) || !loneNumber(c, j) || (j > 0 && P(c, j - 1, '$')))
        return 0;
    y = (int)c->t[j].num;
    size_t k = j + 1;
    /* 1990s, 1990's */
    size_t s = P(c, k, '\'') && glued(c, k) ? k + 1 : k;
    if (W(c, s, "s") && glued(c, s)) {
        if (y % 100 == 0)
            snprintf(h->value, sizeof h->value, "%02d", y / 100);
        else
            snprintf(h->value, sizeof h->value, "%03d", y / 10);
        h->type = CHR_TIMEX_DATE;
        return s + 1;
    }
    if (!fiscal && y < 1800 && !(i > 0 && ANY(c, i - 1, preps)))
        return 0;
    /* a year glued to a word or a code ("A1990", "1990-A") is not a year */
    if (glued(c, k) && (c->t[k].kind == TMX_WORD || c->t[k].kind == TMX_NUM))
        return 0;
    /* 1990-91 */
    if (P(c, k, '-') && glued(c, k) && NUM(c, k + 1) && glued(c, k + 1) &&
        (numLen(c, k + 1) == 2 || numLen(c, k + 1) == 4))
        k += 2;
    fmtYear(h, y);
    return k;
}

/* "the 20th century", "the eleventh century" */
static size_t rCentury(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int n = 0;
    size_t j = i;
    if (NUM(c, j) && numLen(c, j) <= 2) {
        n = (int)c->t[j].num;
        j = afterDay(c, j + 1);
        if (j == i + 1)
            return 0;
    } else if ((n = i < c->n ? chrTimexLex_ordinal(&c->t[i]) : 0)) {
        j++;
    } else {
        return 0;
    }
    if (P(c, j, '-'))
        j++;
    if (!W(c, j, "century") || n < 1)
        return 0;
    snprintf(h->value, sizeof h->value, "%02d", n - 1);
    h->type = CHR_TIMEX_DATE;
    return j + 1;
}

/* ---- seasons, quarters, halves --------------------------------------------- */

static int seasonStart(const char *code)
{
    return code[0] == 'S' ? (code[1] == 'P' ? 3 : 6) : code[0] == 'F' ? 9 : 12;
}

static size_t rSeason(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int dir = 0;
    size_t j = i;
    /* "the summer of 2015": the article belongs to the expression */
    if (W(c, j, "the") && j + 1 < c->n && chrTimexLex_season(&c->t[j + 1], &(const char *){0}))
        return rSeason(c, j + 1, h);
    if (W(c, j, "last") || W(c, j, "past") || W(c, j, "previous"))
        dir = -1, j++;
    else if (W(c, j, "next") || W(c, j, "coming"))
        dir = 1, j++;
    else if (W(c, j, "this"))
        dir = 2, j++;
    if (dir == 2 && (W(c, j, "past") || W(c, j, "last")))
        j++;
    const char *code;
    if (j >= c->n || !chrTimexLex_season(&c->t[j], &code))
        return 0;
    j++;
    int y = 0;
    if (W(c, j, "of") && plausibleYear(c, j + 1)) {
        y = (int)c->t[j + 1].num;
        j += 2;
    } else if (W(c, j, "of")) {
        size_t e = yearWords(c, j + 1, &y);
        if (e)
            j = e;
    } else if (plausibleYear(c, j) && loneNumber(c, j)) {
        y = (int)c->t[j].num;
        j++;
    }
    if (!y) {
        /* a bare "fall" or "spring" is usually a verb or a noun */
        if (dir == 0 && !(i > 0 && (W(c, i - 1, "the") || W(c, i - 1, "this"))) &&
            strcmp(code, "SU") != 0 && strcmp(code, "WI") != 0)
            return 0;
        static const char *const before[] = {"the", "in", "early", "late", "mid", "during",
                                             "this", "last", "next", "since", "until", NULL};
        if (dir == 0 && !(i > 0 && ANY(c, i - 1, before)))
            return 0;
        if (!c->known) {
            snprintf(h->value, sizeof h->value, "XXXX-%s", code);
            h->type = CHR_TIMEX_DATE;
            return j;
        }
        int start = seasonStart(code), m = c->dct.month, cy = c->dct.year;
        int started = m >= start || (start == 12 && m <= 2);
        int ended = m >= start + 3 && start != 12;
        if (start == 12)
            ended = m >= 3 && m < 12;
        if (dir == 0) {
            int tense = clauseTense(c, i, j);
            dir = tense > 0 ? 1 : tense < 0 ? -1 : 2;
            if (dir == -1 && started && !ended)
                dir = 2;
            if (dir == 1 && started && !ended)
                dir = 2;
        }
        if (dir == 2)
            y = start == 12 && m <= 2 ? cy - 1 : cy;
        else if (dir == -1 && j > i + 1)
            y = cy - 1;  /* "last spring": TimeBank reads last year's */
        else if (dir == -1)
            y = ended ? cy : cy - 1;
        else
            y = started ? cy + 1 : cy;
        if (start == 12 && dir == -1 && m <= 2)
            y = cy - 2 + (ended ? 1 : 0);
    }
    snprintf(h->value, sizeof h->value, "%04d-%s", y, code);
    h->type = CHR_TIMEX_DATE;
    return j;
}

/* The last quarter that has ended by the document date. */
static void latestQuarter(const chrTimexCtx *c, int *y, int *q)
{
    int cq = (c->dct.month - 1) / 3 + 1;
    *y = c->dct.year;
    *q = cq - 1;
    if (*q == 0) {
        *q = 4;
        (*y)--;
    }
}

static size_t rQuarter(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    size_t j = i;
    int yshift = 0, hasYear = 0, y = 0, latest = 0, cur = 0;
    if (W(c, j, "its") || W(c, j, "a") || W(c, j, "the"))
        j++;
    if (W(c, j, "fiscal"))
        j++;
    /* this year's / last year's / 1990's / the year-ago */
    if ((W(c, j, "this") || W(c, j, "last") || W(c, j, "next")) && W(c, j + 1, "year") &&
        P(c, j + 2, '\'') && W(c, j + 3, "s")) {
        yshift = W(c, j, "this") ? 0 : W(c, j, "last") ? -1 : 1;
        hasYear = 1;
        j += 4;
    } else if (plausibleYear(c, j) && P(c, j + 1, '\'') && W(c, j + 2, "s")) {
        y = (int)c->t[j].num;
        j += 3;
    } else if (plausibleYear(c, j) && loneNumber(c, j) && j > i) {
        y = (int)c->t[j].num;
        j += 1;
    } else if (W(c, j, "year") && P(c, j + 1, '-') &&
               (W(c, j + 2, "ago") || W(c, j + 2, "earlier") || W(c, j + 2, "before"))) {
        yshift = -1;
        hasYear = 1;
        latest = 1;
        j += 3;
    } else if (W(c, j, "last") && W(c, j + 1, "year") && P(c, j + 2, '\'')) {
        return 0;
    }
    if (W(c, j, "fiscal"))
        j++;
    int q = 0, half = 0;
    const chrTimexTok *t = j < c->n ? &c->t[j] : NULL;
    if (!t)
        return 0;
    if (W(c, j, "latest") || W(c, j, "recent") || W(c, j, "past") || W(c, j, "previous") ||
        W(c, j, "just")) {
        latest = 1;
        j++;
        if (W(c, j - 1, "just") && (W(c, j, "completed") || W(c, j, "ended")))
            j++;
    } else if (W(c, j, "most") && W(c, j + 1, "recent")) {
        latest = 1;
        j += 2;
    } else if (W(c, j, "current") || W(c, j, "this")) {
        cur = 1;
        j++;
    } else if ((W(c, j, "last") || W(c, j, "latter")) && W(c, j + 1, "half")) {
        q = 2;
        j++;
    } else if (W(c, j, "final") || W(c, j, "last")) {
        q = 4;
        j++;
    } else if ((q = chrTimexLex_ordinal(t)) > 0 && q <= 4) {
        j++;
    } else if (NUM(c, j) && c->t[j].num >= 1 && c->t[j].num <= 4 && afterDay(c, j + 1) > j + 1) {
        q = (int)c->t[j].num;
        j = afterDay(c, j + 1);
    } else {
        q = 0;
    }
    if (q > 4)
        return 0;
    if (P(c, j, '-') && glued(c, j))
        j++;
    if (W(c, j, "half") && q >= 1 && q <= 2) {
        half = q;
        j++;
    } else if (W(c, j, "quarter") || (W(c, j, "period") && (latest || (hasYear && !q)) &&
                                      c->finance)) {
        j++;
    } else {
        return 0;
    }
    if (q == 0 && !latest && !cur && !(i < j && W(c, i, "the")) && !hasYear && !y)
        return 0;  /* a bare "quarter" */
    if ((W(c, j, "of") || W(c, j, "in")) && plausibleYear(c, j + 1)) {
        y = (int)c->t[j + 1].num;
        j += 2;
    } else if (plausibleYear(c, j) && loneNumber(c, j)) {
        y = (int)c->t[j].num;
        j++;
    }
    if (y && q == 0 && !half) {
        /* "the 1988 quarter": the quarter of that year we are talking about */
        int ly, lq;
        if (!c->known)
            return 0;
        latestQuarter(c, &ly, &lq);
        q = lq;
    }
    if (!y && !c->known) {
        snprintf(h->value, sizeof h->value, half ? "XXXX-H%d" : "XXXX-Q%d", half ? half : q);
        h->type = CHR_TIMEX_DATE;
        return j;
    }
    if (!y) {
        int ly, lq, cq = (c->dct.month - 1) / 3 + 1;
        latestQuarter(c, &ly, &lq);
        if (half) {
            y = c->dct.year + yshift;
        } else if (cur) {
            y = c->dct.year + yshift;
            q = cq;
        } else if (q == 0) {
            y = ly + yshift;
            q = lq;
        } else if (hasYear && latest) {
            y = ly + yshift;
        } else if (hasYear) {
            y = c->dct.year + yshift;
        } else {
            y = q <= cq ? c->dct.year : c->dct.year - 1;
        }
    }
    /* "the quarter a year ago", "the second quarter last year" */
    if (W(c, j, "a") && W(c, j + 1, "year") && (W(c, j + 2, "ago") || W(c, j + 2, "earlier")))
        y--, j += 3;
    else if (W(c, j, "last") && W(c, j + 1, "year"))
        y--, j += 2;
    snprintf(h->value, sizeof h->value, half ? "%04d-H%d" : "%04d-Q%d", y, half ? half : q);
    h->type = CHR_TIMEX_DATE;
    return j;
}

/* ---- relative expressions ---------------------------------------------------- */

/* today, yesterday, tomorrow, tonight (+ a part of the day) */
static size_t rDeictic(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int k;
    size_t j = i + 1;
    if (W(c, i, "today"))
        k = 0;
    else if (W(c, i, "yesterday"))
        k = -1;
    else if (W(c, i, "tomorrow"))
        k = 1;
    else if (W(c, i, "tonight")) {
        fmtShift(c, h, TMX_U_DAY, 0);
        return j;
    } else if (W(c, i, "the") && W(c, i + 1, "day") && W(c, i + 3, "yesterday") &&
               W(c, i + 2, "before")) {
        k = -2, j = i + 4;
    } else if (W(c, i, "the") && W(c, i + 1, "day") && W(c, i + 3, "tomorrow") &&
               W(c, i + 2, "after")) {
        k = 2, j = i + 4;
    } else {
        return 0;
    }
    fmtShift(c, h, TMX_U_DAY, k);
    return c->known && addPartOfDay(c, h, j) ? j + 1 : j;
}

/* "afternoon yesterday", "mid-afternoon Tuesday" (the modifier comes from the driver) */
static size_t rPartOfDay(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    if (!ANY(c, i, partsOfDay))
        return 0;
    chrTimexHit day;
    memset(&day, 0, sizeof day);
    size_t e = rDeictic(c, i + 1, &day);
    if (!e && i + 1 < c->n && chrTimexLex_weekday(&c->t[i + 1]) > 0)
        e = rWeekday(c, i + 1, &day);
    if (!e || strlen(day.value) < 10 || !c->known)
        return 0;
    snprintf(h->value, sizeof h->value, "%.10s", day.value);
    addPartOfDay(c, h, i);
    return e;
}

static const char *const dirLast[] = {"last", "past", "previous", "preceding", NULL};
static const char *const dirNext[] = {"next", "coming", "following", "upcoming", NULL};

/* this/last/next + a unit or a part of the day: "last week", "this morning" */
static size_t rThisUnit(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    size_t j = i;
    int the = 0;
    if (W(c, j, "the")) {
        the = 1;
        j++;
    }
    int k;
    if (ANY(c, j, dirLast))
        k = -1;
    else if (ANY(c, j, dirNext))
        k = 1;
    else if (W(c, j, "this") || W(c, j, "current") || (W(c, j, "present") && the))
        k = 0;
    else
        return 0;
    if (!the && W(c, j, "following"))
        return 0;
    j++;
    int plural, unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    if (W(c, j - 1, "past") && (unit == TMX_U_DECADE || unit == TMX_U_CENTURY))
        return 0;
    /* "the last week" is the seven days up to now */
    if (unit == TMX_U_WEEK && k == -1 && the)
        k = 0;
    if (unit && !plural && unit >= TMX_U_DAY) {
        if (unit == TMX_U_DAY) {
            if (k == 0 && !the)
                fmtShift(c, h, TMX_U_DAY, 0);
            else
                return 0;
        } else {
            fmtShift(c, h, unit, k);
        }
        return j + 1;
    }
    if (k == 0 && !the && ANY(c, j, partsOfDay)) {
        fmtShift(c, h, TMX_U_DAY, 0);
        addPartOfDay(c, h, j);
        return j + 1;
    }
    if (k == -1 && !the && W(c, j, "night")) {
        fmtShift(c, h, TMX_U_DAY, -1);
        if (c->known)
            strncat(h->value, "TNI", sizeof h->value - strlen(h->value) - 1);
        h->type = CHR_TIMEX_TIME;
        return j + 1;
    }
    return 0;
}

/* earlier/later this month, earlier in the year, earlier today */
static size_t rEarlierThis(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int early = W(c, i, "earlier");
    if (!early && !W(c, i, "later"))
        return 0;
    size_t j = i + 1;
    chrTimexHit sub;
    memset(&sub, 0, sizeof sub);
    size_t e = 0;
    if (W(c, j, "in") && W(c, j + 1, "the")) {
        int plural, unit = j + 2 < c->n ? chrTimexLex_unit(&c->t[j + 2], &plural) : 0;
        if (unit >= TMX_U_DAY && unit <= TMX_U_YEAR && !plural) {
            fmtShift(c, &sub, unit, 0);
            e = j + 3;
        }
    } else if (W(c, j, "this") || W(c, j, "today") || W(c, j, "yesterday") ||
               W(c, j, "tomorrow")) {
        e = rThisUnit(c, j, &sub);
        if (!e)
            e = rDeictic(c, j, &sub);
    } else if (j < c->n && chrTimexLex_weekday(&c->t[j]) > 0) {
        e = rWeekday(c, j, &sub);
    }
    if (!e)
        return 0;
    *h = sub;
    snprintf(h->mod, sizeof h->mod, "%s", early ? "START" : "END");
    return e;
}

/* a year ago, two weeks earlier, year-earlier, three days from now */
/* A quarter is named in the text shortly before token i. */
static int quarterNear(const chrTimexCtx *c, size_t i)
{
    enum { WINDOW = 1500 };
    if (!c->text || i >= c->nAll)
        return 0;
    size_t to = c->t[i].start, from = to > WINDOW ? to - WINDOW : 0;
    for (size_t k = from; k + 7 <= to; k++)
        if ((c->text[k] | 32) == 'q' && (c->text[k + 1] | 32) == 'u' &&
            (c->text[k + 2] | 32) == 'a' && (c->text[k + 6] | 32) == 'r')
            return 1;
    return 0;
}

static void agoValue(const chrTimexCtx *c, chrTimexHit *h, double q, int unit, int sign,
                     size_t at)
{
    if (q < 0) {
        setv(h, CHR_TIMEX_DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        return;
    }
    int k = (int)(q + 0.5) * sign;
    if (unit == TMX_U_YEAR && q == 1 && c->finance && c->known && sign < 0 &&
        quarterNear(c, at)) {
        int ly, lq;
        latestQuarter(c, &ly, &lq);
        fmtQuarter(h, ly - 1, lq);
        return;
    }
    if (unit == TMX_U_HOUR || unit == TMX_U_MIN || unit == TMX_U_SEC)
        unit = TMX_U_DAY, k = 0;
    fmtAgo(c, h, unit, k);
}

static size_t rAgo(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    /* year-ago, year-earlier (used as adjectives) */
    if (W(c, i, "year") && P(c, i + 1, '-') && glued(c, i + 1) &&
        (W(c, i + 2, "ago") || W(c, i + 2, "earlier"))) {
        agoValue(c, h, 1, TMX_U_YEAR, -1, i);
        return i + 3;
    }
    double q;
    size_t j = parseNumber(c, i, 1, &q);
    if (!j)
        return 0;
    int plural, unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    if (!unit)
        return 0;
    j++;
    if (W(c, j, "or") && W(c, j + 1, "so"))
        j += 2;
    if (W(c, j, "ago") || W(c, j, "earlier") || (W(c, j, "before") && !W(c, j + 1, "the"))) {
        if (W(c, j, "earlier") && unit == TMX_U_DAY && q == 1) {
            fmtDuration(h, 1, TMX_U_DAY);
            return j + 1;
        }
        agoValue(c, h, q, unit, -1, i);
        return j + 1;
    }
    if ((W(c, j, "from") && W(c, j + 1, "now")) || W(c, j, "hence")) {
        agoValue(c, h, q, unit, 1, i);
        return W(c, j, "hence") ? j + 1 : j + 2;
    }
    return 0;
}

/* "the year" (a span), "the full year" (this one), "the weekend" (the last one) */
static size_t rTheUnit(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const thisOne[] = {"full", "current", "entire", "whole", NULL};
    static const char *const ended[] = {"ended", "ending", "ends", "end", "to", "through",
                                        NULL};
    if (!W(c, i, "the"))
        return 0;
    size_t j = i + 1;
    int current = 0, latest = 0;
    while (ANY(c, j, thisOne) || W(c, j, "fiscal") || ANY(c, j, dirLast) || W(c, j, "latest")) {
        current |= ANY(c, j, thisOne);
        latest |= ANY(c, j, dirLast) || W(c, j, "latest");
        j++;
    }
    int plural, unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    if (!unit || plural || W(c, j + 1, "of") || P(c, j + 1, '-'))
        return 0;
    if (latest && unit != TMX_U_YEAR)
        return 0;
    if (unit == TMX_U_YEAR) {
        /* "the year ended March 31" is a span of a year; "for the year" in a
         * report is this year */
        size_t k = j + 1;
        if (W(c, k, "that") || W(c, k, "which"))
            k++;
        if (latest)
            fmtShift(c, h, TMX_U_YEAR, -1);
        else if (!current && k < c->nAll && chrTimexLex_isAny(&c->t[k], ended))
            fmtDuration(h, 1, TMX_U_YEAR);
        else
            fmtShift(c, h, TMX_U_YEAR, 0);
        return j + 1;
    }
    if (unit == TMX_U_WEEKEND) {
        int k = 0;
        if (c->known && chrTimexCal_weekday(c->dctDays) < 6 && clauseTense(c, i, j + 1) <= 0)
            k = -1;
        fmtShift(c, h, TMX_U_WEEKEND, k);
        return j + 1;
    }
    if (unit == TMX_U_WEEK && !current) {
        fmtShift(c, h, TMX_U_WEEK, 0);
        return j + 1;
    }
    return 0;
}

/* the end of the year, the beginning of this month, year-end, year's end */
static size_t rEndOf(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const edges[] = {"end", "beginning", "start", "middle", "close", NULL};
    static const char *const mods[] = {"END", "START", "START", "MID", "END"};
    size_t j = W(c, i, "the") ? i + 1 : i;
    int plural, unit;
    if ((W(c, j, "year") || W(c, j, "month")) && (P(c, j + 1, '-') || P(c, j + 1, '\'')) &&
        (W(c, j + 2, "end") || (W(c, j + 2, "s") && W(c, j + 3, "end")))) {
        fmtShift(c, h, W(c, j, "year") ? TMX_U_YEAR : TMX_U_MONTH, 0);
        snprintf(h->mod, sizeof h->mod, "END");
        return W(c, j + 2, "end") ? j + 3 : j + 4;
    }
    if ((W(c, j, "year") || W(c, j, "month")) && W(c, j + 1, "end") && j == i) {
        fmtShift(c, h, W(c, j, "year") ? TMX_U_YEAR : TMX_U_MONTH, 0);
        snprintf(h->mod, sizeof h->mod, "END");
        return j + 2;
    }
    int e = 0;
    for (int k = 0; edges[k]; k++)
        if (W(c, j, edges[k]))
            e = k + 1;
    if (!e || !W(c, j + 1, "of"))
        return 0;
    j += 2;
    if (W(c, j, "the") || W(c, j, "this"))
        j++;
    unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    if (unit < TMX_U_WEEK || unit == TMX_U_WEEKEND || plural)
        return 0;
    fmtShift(c, h, unit, 0);
    snprintf(h->mod, sizeof h->mod, "%s", mods[e - 1]);
    return j + 1;
}

/* "the week of March 6": the ISO week of a date */
static size_t rWeekOf(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    size_t j = W(c, i, "the") ? i + 1 : i;
    if (!W(c, j, "week") || !W(c, j + 1, "of"))
        return 0;
    chrTimexHit d;
    memset(&d, 0, sizeof d);
    size_t e = rMonthDate(c, j + 2, &d);
    int y, m, dd;
    if (!e || sscanf(d.value, "%4d-%2d-%2d", &y, &m, &dd) != 3 || strlen(d.value) != 10)
        return 0;
    fmtWeek(h, chrTimexCal_days(y, m, dd));
    return e;
}

/* ---- durations ---------------------------------------------------------------- */

static int moneyBefore(const chrTimexCtx *c, size_t i)
{
    static const char *const money[] = {"percent", "cents", "dollars", "million", "billion",
        "times", "barrels", "tons", "points", "share", "pounds", "yen", NULL};
    for (size_t k = i, d = 0; k > 0 && d < 3; d++) {
        k--;
        if (ANY(c, k, money) || P(c, k, '%') || P(c, k, '$') ||
            (c->t[k].kind == TMX_NUM && d == 0))
            return 1;
    }
    return 0;
}

static size_t rDuration(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    size_t j = i;
    int the = 0, span = 0;
    if (W(c, j, "the")) {
        the = 1;
        j++;
    }
    /* the past/last/next/first N units */
    if (ANY(c, j, dirLast) || ANY(c, j, dirNext) || W(c, j, "first") || W(c, j, "final") ||
        W(c, j, "coming")) {
        span = 1;
        j++;
    }
    double q;
    size_t e = parseNumber(c, j, !the && !span, &q);
    int plural, unit;
    if (!e) {
        /* the past decade, past years, recent years, coming weeks */
        unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
        if (!unit || unit == TMX_U_WEEKEND)
            return 0;
        if (span && !plural) {
            if (unit == TMX_U_YEAR && ANY(c, j - 1, dirLast)) {
                fmtShift(c, h, TMX_U_YEAR, -1);
                return j + 1;
            }
            if (unit == TMX_U_DECADE || unit == TMX_U_CENTURY) {
                fmtDuration(h, 1, unit);
                return j + 1;
            }
            return 0;
        }
        if (plural && (span || (i > 0 && W(c, i - 1, "recent")) || !the)) {
            if (!span && !(unit == TMX_U_YEAR || unit == TMX_U_DECADE ||
                           unit == TMX_U_CENTURY || unit == TMX_U_MONTH || unit == TMX_U_WEEK))
                return 0;
            if (span && ANY(c, j - 1, dirLast) && unit == TMX_U_YEAR && !the) {
                setv(h, CHR_TIMEX_DATE, "PAST_REF");
                return j + 1;
            }
            fmtDuration(h, -1, unit);
            return j + 1;
        }
        return 0;
    }
    static const char *const adjectives[] = {"more", "additional", "full", "straight",
        "consecutive", "trading", "business", "working", "calendar", "long", "extra",
        "further", "whole", "entire", "short", NULL};
    if (ANY(c, e, adjectives) && e + 1 < c->n && chrTimexLex_unit(&c->t[e + 1], &plural))
        e++;
    unit = e < c->n ? chrTimexLex_unit(&c->t[e], &plural) : 0;
    size_t k = e;
    int adjective = 0;
    if (!unit && P(c, e, '-') && glued(c, e) && e + 1 < c->n) {
        unit = chrTimexLex_unit(&c->t[e + 1], &plural);
        adjective = 1;
        k = e + 1;
    }
    if (!unit)
        return 0;
    if (unit == TMX_U_SEC && !plural && !adjective && q != 1)
        return 0;  /* "three second-quarter ..." */
    if (unit == TMX_U_QUARTER && q == 1 && !adjective)
        return 0;
    if (q >= 1000 && !plural)
        return 0;  /* "the 1988 quarter" */
    k++;
    if (W(c, k, "and") && W(c, k + 1, "a") && W(c, k + 2, "half")) {
        q += 0.5;
        k += 3;
    }
    /* an age ("a 6-year-old", "52 years old") is read, but TimeBank does
     * not annotate it, so the finder does not report it */
    if (adjective && P(c, k, '-') && W(c, k + 1, "old"))
        k += 2, h->quiet = 1;
    else if (adjective && P(c, k, '-') && W(c, k + 1, "long"))
        k += 2;
    else if (W(c, k, "old") && (W(c, k - 1, "years") || W(c, k - 1, "year")) && !adjective)
        k++, h->quiet = 1;
    /* "$5 a year" is a rate */
    if (!the && !span && (W(c, j, "a") || W(c, j, "an")) && q == 1 && moneyBefore(c, j)) {
        fmtDuration(h, 1, unit);
        h->type = CHR_TIMEX_SET;
        return k;
    }
    fmtDuration(h, q, unit);
    return k;
}

/* ---- sets ---------------------------------------------------------------------- */

static size_t rSet(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const words[] = {"daily", "nightly", "weekly", "monthly", "yearly",
        "annually", "hourly", "quarterly", "biweekly", NULL};
    static const char *const values[] = {"P1D", "P1D", "P1W", "P1M", "P1Y", "P1Y", "PT1H",
        "P3M", "P2W"};
    for (int k = 0; words[k]; k++)
        if (W(c, i, words[k])) {
            setv(h, CHR_TIMEX_SET, values[k]);
            return i + 1;
        }
    if (!(W(c, i, "every") || W(c, i, "each") || W(c, i, "per")))
        return 0;
    size_t j = i + 1;
    double q = 1;
    if (W(c, j, "other")) {
        q = 2;
        j++;
    } else {
        size_t e = parseNumber(c, j, 0, &q);
        if (e && q > 0)
            j = e;
        else
            q = 1;
    }
    int plural, unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    int m;
    size_t e;
    if (unit && unit != TMX_U_WEEKEND) {
        fmtDuration(h, q, unit);
        h->type = CHR_TIMEX_SET;
        return j + 1;
    }
    if ((e = monthAt(c, j, &m))) {
        snprintf(h->value, sizeof h->value, "XXXX-%02d", m);
        h->type = CHR_TIMEX_SET;
        return e;
    }
    return 0;
}

/* ---- references: now, recently, the future -------------------------------------- */

static size_t rReference(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const present[] = {"now", "currently", "presently", "nowadays",
                                          "current", NULL};
    static const char *const past[] = {"recently", "recent", "lately", "formerly", NULL};
    size_t j = i;
    if (W(c, j, "right") || W(c, j, "until") || W(c, j, "for") || W(c, j, "just"))
        j++;
    if (ANY(c, j, present)) {
        if (W(c, j, "current") && (W(c, j + 1, "account") || W(c, j + 1, "accounts") ||
                                   P(c, j + 1, '.') || P(c, j + 1, ',')))
            return 0;
        /* "current" next to a unit is a this-unit expression, left to rThisUnit */
        int plural;
        if (W(c, j, "current") && j + 1 < c->n && chrTimexLex_unit(&c->t[j + 1], &plural))
            return 0;
        setv(h, CHR_TIMEX_DATE, "PRESENT_REF");
        return j + 1;
    }
    if ((W(c, i, "at") && W(c, i + 1, "present")) || (W(c, i, "these") && W(c, i + 1, "days"))) {
        setv(h, CHR_TIMEX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if (j == i && ANY(c, i, past)) {
        int plural;
        if (W(c, i, "recent") && i + 1 < c->n && chrTimexLex_unit(&c->t[i + 1], &plural) &&
            plural) {
            if (W(c, i + 1, "years")) {
                setv(h, CHR_TIMEX_DATE, "PAST_REF");
                return i + 2;
            }
            fmtDuration(h, -1, chrTimexLex_unit(&c->t[i + 1], &plural));
            return i + 2;
        }
        setv(h, CHR_TIMEX_DATE, "PAST_REF");
        return i + 1;
    }
    if (W(c, i, "the") && W(c, i + 1, "past") && !(i + 2 < c->n && c->t[i + 2].kind == TMX_NUM)) {
        int plural;
        if (i + 2 < c->n && (chrTimexLex_unit(&c->t[i + 2], &plural) ||
                             chrTimexLex_smallNumber(&c->t[i + 2]) >= 0 ||
                             W(c, i + 2, "few") || W(c, i + 2, "several")))
            return 0;
        setv(h, CHR_TIMEX_DATE, "PAST_REF");
        return i + 2;
    }
    if (j == i && W(c, i, "the") && W(c, i + 1, "near") && W(c, i + 2, "future")) {
        setv(h, CHR_TIMEX_DATE, "FUTURE_REF");
        return i + 3;
    }
    if (j == i && (W(c, i, "future") || (W(c, i, "the") && W(c, i + 1, "future")))) {
        setv(h, CHR_TIMEX_DATE, "FUTURE_REF");
        return W(c, i, "the") ? i + 2 : i + 1;
    }
    return 0;
}

/* ---- clock times ------------------------------------------------------------------ */

static long anchorDays(const chrTimexCtx *c);

static size_t amPm(const chrTimexCtx *c, size_t j, int *pm)
{
    /* a.m. / p.m. / am / pm */
    if ((W(c, j, "a") || W(c, j, "p")) && P(c, j + 1, '.') && glued(c, j + 1) &&
        W(c, j + 2, "m") && glued(c, j + 2)) {
        *pm = W(c, j, "p");
        return P(c, j + 3, '.') && glued(c, j + 3) ? j + 4 : j + 3;
    }
    if (W(c, j, "am") || W(c, j, "pm")) {
        *pm = W(c, j, "pm");
        return j + 1;
    }
    return 0;
}

static size_t rClock(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst",
        "pdt", "gmt", "utc", "bst", "cet", "local", NULL};
    int hour = -1, minute = 0, pm = -1;
    size_t j;
    if (W(c, i, "noon") || W(c, i, "midday")) {
        hour = 12;
        j = i + 1;
    } else if (W(c, i, "midnight")) {
        hour = 24;
        j = i + 1;
    } else if (NUM(c, i) && numLen(c, i) <= 2 && c->t[i].num <= 24 &&
               !(i > 0 && glued(c, i) && (P(c, i - 1, '.') || P(c, i - 1, ',')))) {
        hour = (int)c->t[i].num;
        j = i + 1;
        if (P(c, j, ':') && glued(c, j) && NUM(c, j + 1) && glued(c, j + 1) &&
            numLen(c, j + 1) == 2 && c->t[j + 1].num < 60) {
            minute = (int)c->t[j + 1].num;
            j += 2;
        } else if (P(c, j, ':')) {
            return 0;
        }
        size_t e = amPm(c, j, &pm);
        if (e)
            j = e;
        else if (W(c, j, "o") && P(c, j + 1, '\'') && W(c, j + 2, "clock"))
            j += 3;
        else if (!(j > i + 1 && ANY(c, j, zones)))
            return 0;
        if (pm == 1 && hour < 12)
            hour += 12;
        if (pm == 0 && hour == 12)
            hour = 0;
    } else {
        return 0;
    }
    if (ANY(c, j, zones))
        j++;
    /* an attached day: "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon yesterday" */
    chrTimexHit day;
    memset(&day, 0, sizeof day);
    size_t k = P(c, j, ',') ? j + 1 : j, e = 0;
    if (k < c->n) {
        if (!(e = rWeekday(c, k, &day)) && !(e = rMonthDate(c, k, &day)))
            e = rDeictic(c, k, &day);
        if (e && strlen(day.value) != 10)
            e = 0;
    }
    if (!e) {
        if (hour > 24 || (hour == 0 && pm < 0 && !W(c, i, "midnight")))
            return 0;
        /* a clock time without its day happens on the day the story is at */
        if (c->anchor.gran == TMX_U_DAY)
            fmtDay(&day, anchorDays(c));
        else
            fmtShift(c, &day, TMX_U_DAY, 0);
    }
    snprintf(h->value, sizeof h->value, "%.10sT%02d:%02d", day.value, hour, minute);
    h->type = CHR_TIMEX_TIME;
    return e ? e : j;
}

/* ---- holidays ----------------------------------------------------------------------- */

static size_t rHoliday(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    int m = 0, d = 0, wd = 0, nth = 0;
    size_t j = i + 1;
    if (i >= c->n || !(c->t[i].flags & TMX_CAP))
        return 0;
    if (W(c, i, "christmas")) {
        m = 12, d = 25;
        if (W(c, j, "eve"))
            d = 24, j++;
        else if (W(c, j, "day"))
            j++;
    } else if (W(c, i, "thanksgiving")) {
        m = 11, wd = 4, nth = 4;
        if (W(c, j, "day"))
            j++;
    } else if (W(c, i, "new") && W(c, j, "year") && P(c, j + 1, '\'') && W(c, j + 2, "s") &&
               (W(c, j + 3, "day") || W(c, j + 3, "eve"))) {
        m = W(c, j + 3, "day") ? 1 : 12;
        d = m == 1 ? 1 : 31;
        j += 4;
    } else if (W(c, i, "independence") && W(c, j, "day")) {
        m = 7, d = 4, j++;
    } else if (W(c, i, "election") && W(c, j, "day")) {
        m = 11, wd = 2, nth = -1, j++;
    } else if (W(c, i, "labor") && W(c, j, "day")) {
        m = 9, wd = 1, nth = 1, j++;
    } else if (W(c, i, "halloween")) {
        m = 10, d = 31;
    } else {
        return 0;
    }
    if (!c->known) {
        setv(h, CHR_TIMEX_DATE, "XXXX-XX-XX");
        return j;
    }
    int y = 0;
    size_t e = yearAfter(c, j, &y);
    if (e)
        j = e;
    else
        y = resolveYear(c, m, d ? d : 20, clauseTense(c, i, j), 100);
    long day;
    if (d)
        day = chrTimexCal_days(y, m, d);
    else if (nth > 0)
        day = chrTimexCal_nthWeekday(y, m, wd, nth);
    else  /* the Tuesday after the first Monday */
        day = chrTimexCal_nthWeekday(y, m, 1, 1) + 1;
    fmtDay(h, day);
    return j;
}

/* ---- anaphoric expressions: "that year", "the next day" ------------------------- */

void chrTimexRules_noteAnchor(chrTimexCtx *c, const char *v)
{
    static const int gran[] = {0, TMX_U_YEAR, TMX_U_QUARTER, TMX_U_MONTH, TMX_U_DAY};
    int y = 0, m = 0, d = 0, q = 0;
    int g = chrTimexCal_parseValue(v, &y, &m, &d, &q);
    if (g == TMX_CAL_NONE)
        return;
    c->anchor.gran = gran[g];
    c->anchor.y = y;
    c->anchor.m = m;
    c->anchor.d = d;
    c->anchor.q = q;
}

static long anchorDays(const chrTimexCtx *c)
{
    return chrTimexCal_days(c->anchor.y, c->anchor.m, c->anchor.d);
}

/* The reference time's unit shifted by k, at the granularity of the unit;
 * 0 when the reference time is too vague for the unit. */
static int fmtFromAnchor(const chrTimexCtx *c, chrTimexHit *h, int unit, int k)
{
    const int g = c->anchor.gran, y = c->anchor.y;
    long mm;
    switch (unit) {
    case TMX_U_DAY:
        if (g == TMX_U_DAY) {
            fmtDay(h, anchorDays(c) + k);
            return 1;
        }
        if (g == TMX_U_MONTH && k == 0) {  /* "that same day" of a month: the day is unknown */
            snprintf(h->value, sizeof h->value, "%04d-%02d-XX", y, c->anchor.m);
            h->type = CHR_TIMEX_DATE;
            return 1;
        }
        return 0;
    case TMX_U_WEEK:
        if (g != TMX_U_DAY)
            return 0;
        fmtWeek(h, anchorDays(c) + 7L * k);
        return 1;
    case TMX_U_MONTH:
        if (g != TMX_U_DAY && g != TMX_U_MONTH)
            return 0;
        mm = (long)y * 12 + (c->anchor.m - 1) + k;
        fmtMonth(h, (int)(mm / 12), (int)(mm % 12) + 1);
        return 1;
    case TMX_U_QUARTER:
        if (g == TMX_U_YEAR || !g)
            return 0;
        mm = (long)y * 4 + (c->anchor.q - 1) + k;
        fmtQuarter(h, (int)(mm / 4), (int)(mm % 4) + 1);
        return 1;
    case TMX_U_YEAR:
        if (!g)
            return 0;
        fmtYear(h, y + k);
        return 1;
    default:
        return 0;
    }
}

/* TimeBank resolves these against the latest date the story mentioned, not
 * against the report's date: "that year", "the same day", "earlier that
 * day", "the following month", "the next morning", "the previous Friday". */
static size_t rAnaphor(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const char *const around[] = {"following", "next", "previous", "preceding", NULL};
    size_t j = i;
    const char *mod = "";
    if (W(c, j, "earlier"))
        mod = "START", j++;
    else if (W(c, j, "later"))
        mod = "END", j++;
    int k = 0, next = 0;
    if (W(c, j, "that")) {
        j += W(c, j + 1, "same") ? 2 : 1;
    } else if (W(c, j, "the") && W(c, j + 1, "same")) {
        j += 2;
    } else if (W(c, j, "the") && ANY(c, j + 1, around) && !mod[0]) {
        k = W(c, j + 1, "previous") || W(c, j + 1, "preceding") ? -1 : 1;
        next = W(c, j + 1, "next");
        j += 2;
    } else {
        return 0;
    }
    if (!c->anchor.gran || j >= c->n || (P(c, j + 1, '-') && glued(c, j + 1)))
        return 0;
    int wd = (c->t[j].flags & TMX_CAP) ? chrTimexLex_weekday(&c->t[j]) : 0;
    if (k && wd > 0) {
        if (c->anchor.gran != TMX_U_DAY)
            return 0;
        long a = anchorDays(c);
        int aw = chrTimexCal_weekday(a);
        int back = (aw - wd + 7) % 7, ahead = (wd - aw + 7) % 7;
        fmtDay(h, k < 0 ? a - (back ? back : 7) : a + (ahead ? ahead : 7));
        return j + 1;
    }
    int plural = 0, unit = ANY(c, j, partsOfDay) ? TMX_U_DAY : chrTimexLex_unit(&c->t[j], &plural);
    if (plural || unit < TMX_U_DAY || unit > TMX_U_YEAR)
        return 0;
    /* "the next year" and "the next month" mostly count from the report */
    if (next && unit != TMX_U_DAY)
        return 0;
    if (!fmtFromAnchor(c, h, unit, k))
        return 0;
    snprintf(h->mod, sizeof h->mod, "%s", mod);
    return j + 1;
}

/* ---- driver --------------------------------------------------------------------------- */

typedef size_t (*Rule)(const chrTimexCtx *, size_t, chrTimexHit *);

static const Rule rules[] = {rAnaphor, rNumericDate, rMonthDate, rDayMonth, rWeekday, rYear,
    rCentury, rSeason, rQuarter, rDeictic, rThisUnit, rEarlierThis, rAgo, rDuration, rSet,
    rReference, rClock, rHoliday, rTheUnit, rEndOf, rWeekOf, rPartOfDay};

/* The longest core expression at i. */
static size_t core(const chrTimexCtx *c, size_t i, chrTimexHit *best)
{
    size_t bestEnd = 0;
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        chrTimexHit h;
        memset(&h, 0, sizeof h);
        size_t e = rules[r](c, i, &h);
        if (e > bestEnd && e <= c->n) {
            bestEnd = e;
            *best = h;
        }
    }
    return bestEnd;
}

/* Modifier words before an expression: returns the token after them. */
static size_t modifier(const chrTimexCtx *c, size_t i, const char **mod)
{
    static const struct { const char *w1, *w2, *w3, *mod; } mods[] = {
        {"the", "end", "of", "END"}, {"the", "beginning", "of", "START"},
        {"the", "start", "of", "START"}, {"the", "middle", "of", "MID"},
        {"end", "of", NULL, "END"}, {"beginning", "of", NULL, "START"},
        {"more", "than", NULL, "MORE_THAN"}, {"less", "than", NULL, "LESS_THAN"},
        {"at", "least", NULL, "EQUAL_OR_MORE"}, {"at", "most", NULL, "EQUAL_OR_LESS"},
        {"no", "more", "than", "EQUAL_OR_LESS"}, {"up", "to", NULL, "EQUAL_OR_LESS"},
        {"early", NULL, NULL, "START"}, {"late", NULL, NULL, "END"},
        {"mid", NULL, NULL, "MID"}, {"about", NULL, NULL, "APPROX"},
        {"around", NULL, NULL, "APPROX"}, {"approximately", NULL, NULL, "APPROX"},
        {"roughly", NULL, NULL, "APPROX"}, {"nearly", NULL, NULL, "LESS_THAN"},
        {"almost", NULL, NULL, "LESS_THAN"}, {"over", NULL, NULL, "MORE_THAN"},
        {"some", NULL, NULL, "APPROX"}, {"only", NULL, NULL, ""}, {"just", NULL, NULL, ""},
    };
    for (size_t k = 0; k < sizeof mods / sizeof mods[0]; k++) {
        size_t j = i;
        if (!W(c, j, mods[k].w1))
            continue;
        j++;
        if (mods[k].w2 && !W(c, j++, mods[k].w2))
            continue;
        if (mods[k].w3 && !W(c, j++, mods[k].w3))
            continue;
        if (P(c, j, '-') && glued(c, j))
            j++;
        *mod = mods[k].mod;
        return j;
    }
    return 0;
}

int chrTimexRules_match(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    chrTimexHit best;
    memset(&best, 0, sizeof best);
    size_t end = core(c, i, &best);
    const char *mod = NULL;
    size_t j = modifier(c, i, &mod);
    if (j) {
        const char *mod2 = NULL;
        size_t j2 = modifier(c, j, &mod2);  /* "at least the past", "about early" */
        chrTimexHit h2;
        memset(&h2, 0, sizeof h2);
        size_t e2 = core(c, j2 ? j2 : j, &h2);
        if (!e2 && j2)
            e2 = core(c, j, &h2), mod2 = NULL;
        if (e2 > end) {
            best = h2;
            end = e2;
            const char *m = mod2 && *mod2 ? mod2 : mod;
            if (!best.mod[0] && m)
                snprintf(best.mod, sizeof best.mod, "%s", m);
        }
    }
    if (!end)
        return 0;
    best.end = end;
    *h = best;
    return 1;
}

/* ---- loose readings for spans known to be time expressions ---------------------- */

int chrTimexRules_matchLoose(const chrTimexCtx *c, size_t i, chrTimexHit *h)
{
    static const struct { const char *w[4]; const char *value; } refs[] = {
        {{"as", "soon", "as", "possible"}, "FUTURE_REF"},
        {{"a", "later", "date", NULL}, "FUTURE_REF"},
        {{"the", "near", "term", NULL}, "FUTURE_REF"},
        {{"the", "short", "term", NULL}, "FUTURE_REF"},
        {{"the", "long", "term", NULL}, "FUTURE_REF"},
        {{"soon", NULL, NULL, NULL}, "FUTURE_REF"},
        {{"later", NULL, NULL, NULL}, "FUTURE_REF"},
        {{"eventually", NULL, NULL, NULL}, "FUTURE_REF"},
        {{"previously", NULL, NULL, NULL}, "PAST_REF"},
        {{"earlier", NULL, NULL, NULL}, "PAST_REF"},
        {{"once", NULL, NULL, NULL}, "PAST_REF"},
        {{"formerly", NULL, NULL, NULL}, "PAST_REF"},
        {{"the", "time", NULL, NULL}, "PAST_REF"},
        {{"that", "time", NULL, NULL}, "PAST_REF"},
        {{"then", NULL, NULL, NULL}, "PAST_REF"},
        {{"already", NULL, NULL, NULL}, "PRESENT_REF"},
        {{"yet", NULL, NULL, NULL}, "PRESENT_REF"},
        {{"still", NULL, NULL, NULL}, "PRESENT_REF"},
        {{"this", "moment", NULL, NULL}, "PRESENT_REF"},
        {{"the", "moment", NULL, NULL}, "PRESENT_REF"},
    };
    memset(h, 0, sizeof *h);
    for (size_t k = 0; k < sizeof refs / sizeof refs[0]; k++) {
        size_t j = i, m = 0;
        while (m < 4 && refs[k].w[m] && W(c, j, refs[k].w[m]))
            j++, m++;
        if (m == 4 || !refs[k].w[m]) {
            setv(h, CHR_TIMEX_DATE, refs[k].value);
            h->end = j;
            return 1;
        }
    }
    /* "this crucial moment" */
    if (W(c, i, "this") && W(c, i + 2, "moment")) {
        setv(h, CHR_TIMEX_DATE, "PRESENT_REF");
        h->end = i + 3;
        return 1;
    }
    size_t j = W(c, i, "the") ? i + 1 : i;
    int plural, unit = j < c->n ? chrTimexLex_unit(&c->t[j], &plural) : 0;
    if (unit) {
        if (j > i && unit == TMX_U_DAY && !plural)
            fmtShift(c, h, TMX_U_DAY, 0);
        else
            fmtDuration(h, plural ? -1 : 1, unit);
        h->end = j + 1;
        return 1;
    }
    if (j > i && ANY(c, j, partsOfDay) && c->known) {
        fmtShift(c, h, TMX_U_DAY, 0);
        addPartOfDay(c, h, j);
        h->end = j + 1;
        return 1;
    }
    if (W(c, i, "a") && (W(c, i + 1, "while") || W(c, i + 2, "period") || W(c, i + 3, "period"))) {
        setv(h, CHR_TIMEX_DURATION, "PXX");
        h->end = i + 2;
        return 1;
    }
    return 0;
}
