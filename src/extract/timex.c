/* timex.c -- find and normalise time expressions in a document.
 *
 * Why it exists: the driver of the time-expression module. It cuts the text
 * into stretches (paragraphs, at most TMX_SEG bytes each, so memory stays
 * bounded on a 50 MB line), scans each into word tokens and lets the rules of
 * timex_rules.c claim the longest expression at each position, left to right.
 */
#include "extract/timex.h"
#include "extract/timex_cal.h"
#include "extract/timex_rules.h"

#include <stdlib.h>
#include <string.h>

enum { TMX_SEG = 16384, TMX_MAX_HITS = 1 << 24 };

const char *chrTimex_typeName(int type)
{
    switch (type) {
    case CHR_TIMEX_DATE: return "DATE";
    case CHR_TIMEX_TIME: return "TIME";
    case CHR_TIMEX_DURATION: return "DURATION";
    case CHR_TIMEX_SET: return "SET";
    default: return "?";
    }
}

static int lowerEq(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char ch = (unsigned char)s[k];
        if (ch >= 'A' && ch <= 'Z')
            ch = (unsigned char)(ch + 32);
        if (ch != (unsigned char)w[k])
            return 0;
    }
    return 1;
}

/* A report of quarterly results says "quarter"; there "a year
 * ago" means the same quarter a year before. */
static int mentionsQuarters(const char *text, size_t len)
{
    int count = 0;
    for (size_t i = 0; i + 7 <= len && count < 1; i++)
        if ((text[i] == 'q' || text[i] == 'Q') && lowerEq(text + i, "quarter", 7))
            count++;
    return count >= 1;
}

static void initCtx(chrTimexCtx *c, chrTimexDate dct, const char *text, size_t len)
{
    memset(c, 0, sizeof *c);
    c->dct = dct;
    c->known = dct.year > 0 && dct.month >= 1 && dct.month <= 12 && dct.day >= 1 &&
               dct.day <= chrTimexCal_monthDays(dct.year, dct.month);
    if (c->known)
        c->dctDays = chrTimexCal_days(dct.year, dct.month, dct.day);
    c->finance = mentionsQuarters(text, len);
    c->text = text;
    c->textLen = len;
    if (c->known) {
        c->anchor.gran = TMX_U_DAY;
        c->anchor.y = dct.year;
        c->anchor.m = dct.month;
        c->anchor.d = dct.day;
        c->anchor.q = (dct.month - 1) / 3 + 1;
    }
}

/* End of the stretch starting at from: after a blank line, or at a space
 * before TMX_SEG bytes. */
static size_t stretchEnd(const char *text, size_t len, size_t from)
{
    size_t lim = len - from > TMX_SEG ? from + TMX_SEG : len;
    for (size_t i = from; i + 1 < lim; i++)
        if (text[i] == '\n' && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < lim &&
                                                        text[i + 2] == '\n')))
            return i + 1;
    if (lim == len)
        return len;
    for (size_t i = lim; i > from + TMX_SEG / 2; i--)
        if (text[i - 1] == ' ' || text[i - 1] == '\n')
            return i;
    return lim;
}

static int push(chrTimex **arr, size_t *n, size_t *cap, const chrTimexTok *tok, size_t i,
                const chrTimexHit *h)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        if (nc > TMX_MAX_HITS)
            return CHR_ENOMEM;
        chrTimex *na = realloc(*arr, nc * sizeof *na);
        if (!na)
            return CHR_ENOMEM;
        *arr = na;
        *cap = nc;
    }
    chrTimex *x = &(*arr)[(*n)++];
    memset(x, 0, sizeof *x);
    x->start = tok[i].start;
    x->end = tok[h->end - 1].end;
    x->type = h->type;
    memcpy(x->value, h->value, sizeof x->value);
    memcpy(x->mod, h->mod, sizeof x->mod);
    return 0;
}

int chrTimex_find(const char *text, size_t len, chrTimexDate dct, chrTimex **out, size_t *n)
{
    if (!out || !n || (!text && len))
        return CHR_EINVAL;
    *out = NULL;
    *n = 0;
    if (!len)
        return 0;
    chrTimexTok *tok = malloc(TMX_SEG * sizeof *tok);
    if (!tok)
        return CHR_ENOMEM;
    chrTimexCtx c;
    initCtx(&c, dct, text, len);
    c.t = tok;
    size_t cap = 0, pos = 0;
    int rc = 0;
    while (pos < len && rc == 0) {
        size_t end = stretchEnd(text, len, pos), stop;
        size_t nt = chrTimexLex_scan(text, pos, end, tok, TMX_SEG, &stop);
        c.n = c.nAll = nt;
        for (size_t i = 0; i < nt && rc == 0;) {
            chrTimexHit h;
            if (chrTimexRules_match(&c, i, &h)) {
                if (!h.quiet) {
                    rc = push(out, n, &cap, tok, i, &h);
                    chrTimexRules_noteAnchor(&c, h.value);
                }
                i = h.end;
            } else {
                i++;
            }
        }
        pos = stop > pos ? stop : end;
    }
    free(tok);
    if (rc) {
        free(*out);
        *out = NULL;
        *n = 0;
    }
    return rc;
}

/* The reference time at byte start: the expressions found in the text
 * before it (at most TMX_SEG bytes back, so that normalising every span of
 * a long document stays linear) make it, as they do in chrTimex_find. */
static int anchorBefore(chrTimexCtx *c, const char *text, size_t start, chrTimexDate dct)
{
    size_t from = start > TMX_SEG ? start - TMX_SEG : 0;
    while (from > 0 && from < start && text[from - 1] != ' ' && text[from - 1] != '\n')
        from++;
    chrTimex *before = NULL;
    size_t nb = 0;
    int rc = chrTimex_find(text + from, start - from, dct, &before, &nb);
    if (rc)
        return rc;
    for (size_t k = 0; k < nb; k++)
        chrTimexRules_noteAnchor(c, before[k].value);
    free(before);
    return 0;
}

int chrTimex_normalize(const char *text, size_t len, size_t start, size_t end,
                       chrTimexDate dct, chrTimex *res)
{
    if (!text || !res || start >= end || end > len)
        return CHR_EINVAL;
    memset(res, 0, sizeof *res);
    res->start = start;
    res->end = end;
    /* context: up to 400 bytes on either side, within the paragraph */
    size_t from = start > 400 ? start - 400 : 0, to = end + 400 < len ? end + 400 : len;
    for (size_t i = start; i > from + 1; i--)
        if (text[i - 1] == '\n' && text[i - 2] == '\n') {
            from = i;
            break;
        }
    for (size_t i = end; i + 1 < to; i++)
        if (text[i] == '\n' && text[i + 1] == '\n') {
            to = i;
            break;
        }
    enum { CAP = 1024 };
    chrTimexTok *tok = malloc(CAP * sizeof *tok);
    if (!tok)
        return CHR_ENOMEM;
    chrTimexCtx c;
    initCtx(&c, dct, text, len);
    int arc = anchorBefore(&c, text, start, dct);
    if (arc) {
        free(tok);
        return arc;
    }
    size_t stop;
    size_t nt = chrTimexLex_scan(text, from, to, tok, CAP, &stop);
    size_t first = nt, last = 0;
    for (size_t i = 0; i < nt; i++)
        if (tok[i].start >= start && tok[i].end <= end) {
            if (first == nt)
                first = i;
            last = i + 1;
        }
    c.t = tok;
    c.nAll = nt;
    c.n = last;
    int found = 0;
    size_t bestLen = 0;
    for (size_t i = first; i < last; i++) {
        chrTimexHit h;
        if (chrTimexRules_match(&c, i, &h)) {
            size_t hl = h.end - i;  /* in tokens: the first of equals wins */
            if (hl > bestLen) {
                bestLen = hl;
                res->type = h.type;
                memcpy(res->value, h.value, sizeof res->value);
                memcpy(res->mod, h.mod, sizeof res->mod);
                found = 1;
            }
            i = h.end - 1;
        }
    }
    for (size_t i = first; i < last && !found; i++) {
        chrTimexHit h;
        if (chrTimexRules_matchLoose(&c, i, &h)) {
            res->type = h.type;
            memcpy(res->value, h.value, sizeof res->value);
            found = 1;
        }
    }
    free(tok);
    return found;
}

/* ---- public API (chronicle.h) ---- */

int chr_timex_find(const char *text, size_t len, chr_date dct, chr_timex **out, size_t *count)
{
    return chrTimex_find(text, len, dct, out, count);
}

void chr_timex_free(chr_timex *x)
{
    free(x);
}

int chr_timex_normalize(const char *text, size_t len, size_t start, size_t end, chr_date dct,
                        chr_timex *out)
{
    return chrTimex_normalize(text, len, start, end, dct, out);
}

const char *chr_timex_type_name(int type)
{
    return chrTimex_typeName(type);
}
