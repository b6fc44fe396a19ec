/*
 * quotes_speaker.c - who speaks a quotation, from the words around it.
 *
 * The forms, tried in this order (first match wins):
 *  after the quotation   "...," Smith said / said Smith / Smith, a ROLE, said
 *                        / said Smith, ROLE / according to Smith / he told ...
 *  before it             Smith said: "..." / Smith told reporters, "..."
 *                        / According to Smith, "..." / Smith's Ministry: "..."
 *  around a bare one     a previous sentence ending in a colon, the next
 *                        sentence ("Smith said."), the previous sentence's
 *                        reporting clause, then the speaker of the last
 *                        quotation in this or the two paragraphs before.
 * The speaker is a noun phrase read off the tokens: capitalised and
 * ordinary words, possessive 's, hyphens and a parenthesis, up to a word
 * of quotes_words.h that cannot belong to it. Lemmas are used when tagged.
 */
#include <string.h>

#include "extract/quotes.h"
#include "extract/quotes_words.h"

#define MAX_NP 12   /* longest speaker phrase, tokens */
#define MAX_DESC 16 /* longest apposition, tokens */
#define CUE_REACH 16

typedef struct Range {
    uint32_t lo, hi; /* tokens [lo, hi) that a rule may read */
} Range;

static const chr_token *tok(const chr_doc *d, uint32_t i) { return &d->tokens[i]; }
static int is(const chr_doc *d, uint32_t i, const char *w) { return strcmp(tok(d, i)->fold, w) == 0; }

/* A verb of saying; capitalised only where a sentence starts ("Said
 * Smith: ..."), so that "the Washington Post" holds no cue. */
static int isCue(const chr_doc *d, uint32_t i) {
    const chr_token *t = tok(d, i);
    if (!chrQuoteWords_isCue(t)) return 0;
    return !chrQuoteWords_isCapitalized(t) || i == 0 || tok(d, i - 1)->sentence != t->sentence;
}

static int isPossessive(const chr_doc *d, uint32_t i) {
    return (is(d, i, "'s") || is(d, i, "'")) && (tok(d, i)->flags & CHR_TOKEN_JOINED);
}

static int isCloseBracket(const chr_doc *d, uint32_t i) { return is(d, i, ")"); }

static int isTimeWord(const chr_token *t) {
    static const char *const w[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday", "today", "yesterday", "tonight",
                                     "last", "earlier", "later", "this", NULL};
    for (const char *const *p = w; *p; p++)
        if (chrQuoteWords_is(t, *p)) return 1;
    return 0;
}

/* Can token i be part of a speaker's noun phrase? */
static int inPhrase(const chr_doc *d, uint32_t i) {
    const chr_token *t = tok(d, i);
    if (isPossessive(d, i)) return 1;
    if (is(d, i, "-")) /* a hyphen inside a name, not a dash between words */
        return i > 0 && !tok(d, i - 1)->space_after && !t->space_after;
    if (is(d, i, "&") || is(d, i, ".")) return 1;
    if (!chrQuoteWords_isWord(t)) return 0;
    if (chrQuoteWords_isBoundary(t) || isCue(d, i)) return 0;
    if (t->upos == CHR_UPOS_VERB || t->upos == CHR_UPOS_AUX || t->upos == CHR_UPOS_PRON ||
        t->upos == CHR_UPOS_SCONJ || t->upos == CHR_UPOS_CCONJ)
        return 0;
    return 1;
}

/* Speaker phrase ending just before `end`, not reaching below lo. Returns
 * its first token, or end when there is none. */
static uint32_t phraseLeft(const chr_doc *d, uint32_t end, uint32_t lo) {
    uint32_t i = end, n = 0;
    while (i > lo && n < MAX_NP) {
        uint32_t j = i - 1;
        if (isCloseBracket(d, j)) {
            uint32_t k = j;
            while (k > lo && j - k < 8 && !is(d, k, "(")) k--;
            if (!is(d, k, "(") || k == lo) break;
            i = k;
            n += j - k + 1;
            continue;
        }
        /* "Smith and Jones", "senator and Democratic candidate" */
        if (chrQuoteWords_is(tok(d, j), "and") && i < end && j > lo &&
            chrQuoteWords_isCapitalized(tok(d, i)) && inPhrase(d, j - 1)) {
            i = j;
            n++;
            continue;
        }
        if (!inPhrase(d, j)) break;
        i = j;
        n++;
    }
    /* a phrase starts with a word, not with a hyphen or possessive */
    while (i < end && !chrQuoteWords_isWord(tok(d, i))) i++;
    return i;
}

/* Speaker phrase starting at `start`, not reaching hi. Returns its end. */
static uint32_t phraseRight(const chr_doc *d, uint32_t start, uint32_t hi) {
    uint32_t i = start;
    if (i < hi && chrQuoteWords_isArticle(tok(d, i))) i++;
    while (i < hi && i - start < MAX_NP) {
        if (is(d, i, "(")) {
            uint32_t k = i;
            while (k < hi && k - i < 8 && !is(d, k, ")")) k++;
            if (k >= hi || !is(d, k, ")")) break;
            i = k + 1;
            continue;
        }
        if (!inPhrase(d, i) || isTimeWord(tok(d, i))) break;
        if (!chrQuoteWords_isCapitalized(tok(d, i)) && chrQuoteWords_isFiller(tok(d, i))) break;
        i++;
    }
    while (i > start && !chrQuoteWords_isWord(tok(d, i - 1)) && !is(d, i - 1, ")")) i--;
    /* "said Tuesday" or "said the" alone is no speaker */
    uint32_t words = 0;
    for (uint32_t k = start; k < i; k++)
        if (chrQuoteWords_isWord(tok(d, k)) && !chrQuoteWords_isArticle(tok(d, k))) words++;
    return words ? i : start;
}

/* Apposition after a comma at `comma`: "Smith, a spokesman for X(,)". */
static void descRight(const chr_doc *d, uint32_t comma, uint32_t hi, chrQuoteSpeaker *sp) {
    uint32_t i = comma + 1;
    if (i >= hi || !is(d, comma, ",") || chrQuoteWords_opensClause(tok(d, i)) ||
        isCue(d, i) || !chrQuoteWords_isWord(tok(d, i)))
        return;
    if (chrQuoteWords_isArticle(tok(d, i))) i++;
    uint32_t e = i;
    while (e < hi && e - i < MAX_DESC && !is(d, e, ",") && !is(d, e, ".") && !is(d, e, ";") &&
           !chrQuoteMarks_isMark(d, e))
        e++;
    if (e - i >= MAX_DESC || e == i) return;
    sp->desc_first = i;
    sp->desc_last = e;
}

static void setSpeaker(chrQuoteSpeaker *sp, uint32_t first, uint32_t last, int32_t cue) {
    sp->found = 1;
    sp->first = first;
    sp->last = last;
    sp->cue = cue;
}

/* "according to X" at i; reads X to the right. */
static int according(const chr_doc *d, uint32_t i, Range r, chrQuoteSpeaker *sp) {
    if (i + 2 >= r.hi || !chrQuoteWords_is(tok(d, i), "according") || !is(d, i + 1, "to"))
        return 0;
    uint32_t e = phraseRight(d, i + 2, r.hi);
    if (e == i + 2) return 0;
    setSpeaker(sp, i + 2, e, (int32_t)i);
    sp->according = 1;
    descRight(d, e, r.hi, sp);
    return 1;
}

/* Tokens [a, b) are a name: capitalised words (titles, initials, a
 * party in brackets) and nothing else. */
static int isName(const chr_doc *d, uint32_t a, uint32_t b) {
    if (b <= a || phraseLeft(d, b, a) != a) return 0;
    int depth = 0;
    for (uint32_t i = a; i < b; i++) {
        const chr_token *t = tok(d, i);
        if (is(d, i, "(")) depth++;
        else if (is(d, i, ")")) depth--;
        else if (!depth && chrQuoteWords_isWord(t) && !chrQuoteWords_isCapitalized(t) &&
                 !isPossessive(d, i))
            return 0;
    }
    return 1;
}

/* The speaker of cue c read leftwards: "Smith said", "Smith, a ROLE,
 * said", "he also said", "Smith, who ..., said". Must start exactly at
 * want when want != UINT32_MAX. */
static int speakerBefore(const chr_doc *d, uint32_t c, Range r, uint32_t want, chrQuoteSpeaker *sp) {
    uint32_t e = c;
    while (e > r.lo && chrQuoteWords_isFiller(tok(d, e - 1)) && !chrQuoteWords_isPronoun(tok(d, e - 1)))
        e--;
    /* "he laughed and said" */
    if (e - r.lo >= 3 && chrQuoteWords_is(tok(d, e - 1), "and") &&
        !chrQuoteWords_isCapitalized(tok(d, e - 2)) && chrQuoteWords_isWord(tok(d, e - 2)) &&
        !chrQuoteWords_isBoundary(tok(d, e - 2)))
        e -= 2;
    if (e == r.lo) return 0;
    if (chrQuoteWords_isPronoun(tok(d, e - 1))) {
        if (want != UINT32_MAX && e - 1 != want) return 0;
        setSpeaker(sp, e - 1, e, (int32_t)c);
        return 1;
    }
    /* "Smith, who ..., said" and "Smith, who responds:" */
    if (e - r.lo >= 2 && chrQuoteWords_is(tok(d, e - 1), "who") && is(d, e - 2, ",")) e -= 2;
    uint32_t descFirst = 0, descLast = 0;
    if (is(d, e - 1, ",")) {
        /* a phrase between two commas: an apposition, or the speaker when
         * it is a name ("..., Gov. John Kasich (R-OH), said") */
        uint32_t k = e - 1;
        while (k > r.lo && e - k < MAX_DESC + 2 && !is(d, k - 1, ",") &&
               !chrQuoteMarks_isMark(d, k - 1))
            k--;
        if (k == r.lo || !is(d, k - 1, ",")) return 0;
        if (isName(d, k, e - 1)) {
            /* "the campaign's spokesman, Brian Fallon, said" */
            if (want != UINT32_MAX && k != want && phraseLeft(d, k - 1, r.lo) != want) return 0;
            setSpeaker(sp, k, e - 1, (int32_t)c);
            return 1;
        }
        descFirst = k;
        descLast = e - 1;
        if (chrQuoteWords_is(tok(d, k), "who")) descFirst = descLast = 0;
        else if (chrQuoteWords_isArticle(tok(d, k))) descFirst++;
        e = k - 1;
    }
    uint32_t f = phraseLeft(d, e, r.lo);
    if (f == e) return 0;
    if (want != UINT32_MAX && f != want) return 0;
    setSpeaker(sp, f, e, (int32_t)c);
    sp->desc_first = descFirst;
    sp->desc_last = descLast;
    return 1;
}

/* The speaker of cue c read rightwards: "said Smith(, ROLE)". */
static int speakerAfter(const chr_doc *d, uint32_t c, Range r, chrQuoteSpeaker *sp) {
    uint32_t e = phraseRight(d, c + 1, r.hi);
    if (e == c + 1) return 0;
    setSpeaker(sp, c + 1, e, (int32_t)c);
    descRight(d, e, r.hi, sp);
    return 1;
}

static uint32_t skipPunct(const chr_doc *d, uint32_t i, uint32_t hi) {
    while (i < hi && (is(d, i, ",") || is(d, i, "-") || is(d, i, "--") || is(d, i, ";")))
        i++;
    return i;
}

/* Words after a quotation: "...," Smith said / said Smith / according to. */
static int fromTail(const chr_doc *d, Range r, chrQuoteSpeaker *sp) {
    uint32_t s = skipPunct(d, r.lo, r.hi);
    if (s >= r.hi) return 0;
    if (according(d, s, r, sp)) return 1;
    if (isCue(d, s)) return speakerAfter(d, s, r, sp);
    for (uint32_t c = s + 1; c < r.hi && c - s < CUE_REACH; c++) {
        if (chrQuoteMarks_isMark(d, c)) break;
        if (!isCue(d, c)) continue;
        Range rr = {s, r.hi};
        if (speakerBefore(d, c, rr, s, sp)) return 1;
        /* "Smith, who ..., said" */
        if (chrQuoteWords_is(tok(d, c - 1), "who") || c - s > 3) continue;
    }
    return 0;
}

/* Words before a quotation: Smith said: "..." / according to Smith, "...". */
static int fromHead(const chr_doc *d, Range r, chrQuoteSpeaker *sp) {
    if (r.hi <= r.lo) return 0;
    uint32_t e = r.hi;
    int colon = 0, comma = 0;
    while (e > r.lo && (is(d, e - 1, ":") || is(d, e - 1, ",") || is(d, e - 1, "-") ||
                        is(d, e - 1, "--"))) {
        colon |= is(d, e - 1, ":");
        comma |= is(d, e - 1, ",");
        e--;
    }
    if (e == r.lo) return 0;
    for (uint32_t i = r.lo; i + 1 < e; i++)
        if (according(d, i, (Range){r.lo, e}, sp)) return 1;
    uint32_t reach = (colon || comma) ? CUE_REACH : 1;
    for (uint32_t c = e; c > r.lo && e - c < reach; c--) {
        if (!isCue(d, c - 1)) continue;
        Range rr = {r.lo, e};
        if (speakerBefore(d, c - 1, rr, UINT32_MAX, sp)) return 1;
        /* "Said Smith: ..." - the phrase after the cue must fill the rest */
        if (phraseRight(d, c, e) == e && speakerAfter(d, c - 1, rr, sp)) return 1;
        return 0;
    }
    if (colon) {
        /* the colon form: the phrase before the colon, opening the clause
         * or after a comma, a dash or "from" ("More from Jones: ...") */
        uint32_t f = phraseLeft(d, e, r.lo);
        if (f < e && (f == r.lo || is(d, f - 1, ",") || is(d, f - 1, "-") || is(d, f - 1, "--") ||
                      chrQuoteWords_is(tok(d, f - 1), "from"))) {
            setSpeaker(sp, f, e, -1);
            return 1;
        }
    }
    return 0;
}

static Range sentenceOf(const chr_doc *d, uint32_t s) {
    const chr_sentence *st = &d->sentences[s];
    Range r = {st->first, st->first + st->count};
    return r;
}

static uint32_t paraOf(const chr_doc *d, uint32_t tokIdx) {
    return d->sentences[tok(d, tokIdx)->sentence].paragraph;
}

/* The reporting clause of a whole sentence: "Smith said (that) ...". */
static int fromReportingClause(const chr_doc *d, Range r, chrQuoteSpeaker *sp) {
    for (uint32_t c = r.lo + 1; c < r.hi && c - r.lo < CUE_REACH; c++) {
        if (chrQuoteMarks_isMark(d, c)) return 0;
        if (!isCue(d, c) || !speakerBefore(d, c, r, UINT32_MAX, sp)) continue;
        if (sp->first == r.lo || is(d, sp->first - 1, ",")) return 1;
        memset(sp, 0, sizeof *sp);
        sp->cue = -1;
        return 0;
    }
    return 0;
}

void chrQuoteSpeaker_find(const chr_doc *d, const chrQuoteSpan *spans, size_t n, size_t k,
                          chrQuoteSpeaker *sp) {
    memset(sp, 0, sizeof *sp);
    sp->cue = -1;
    const chrQuoteSpan *q = &spans[k];
    uint32_t sOpen = tok(d, q->open)->sentence, sClose = tok(d, q->close)->sentence;
    Range head = sentenceOf(d, sOpen), tail = sentenceOf(d, sClose);
    head.hi = q->open;
    if (k > 0 && spans[k - 1].close >= head.lo && spans[k - 1].close < q->open)
        head.lo = spans[k - 1].close + 1;
    tail.lo = q->close + 1;
    if (q->flags & CHR_QUOTE_UNTERMINATED) tail.lo = tail.hi;
    if (k + 1 < n && spans[k + 1].open < tail.hi && spans[k + 1].open >= tail.lo)
        tail.hi = spans[k + 1].open;
    if (tail.lo < tail.hi && fromTail(d, tail, sp)) return;
    if (fromHead(d, head, sp)) return;

    int bareHead = head.lo >= head.hi, bareTail = tail.lo >= tail.hi;
    if (!bareHead && !bareTail) return;
    /* a previous sentence that ends in a colon and introduces the quote */
    if (bareHead && sOpen > 0) {
        Range prev = sentenceOf(d, sOpen - 1);
        if (prev.hi > prev.lo && is(d, prev.hi - 1, ":") && fromHead(d, prev, sp)) return;
    }
    /* the speaker named in the next sentence of the paragraph */
    if (bareTail && sClose + 1 < d->nsentences &&
        d->sentences[sClose + 1].paragraph == d->sentences[sClose].paragraph) {
        Range next = sentenceOf(d, sClose + 1);
        if (next.hi - next.lo <= 10 && !chrQuoteMarks_isMark(d, next.lo) && fromTail(d, next, sp))
            return;
    }
    /* the reporting clause of the sentence before ("Smith said the plan
     * failed. "It will not work."") */
    if (bareHead && sOpen > 0 && paraOf(d, q->open) - d->sentences[sOpen - 1].paragraph <= 1) {
        Range prev = sentenceOf(d, sOpen - 1);
        int quoted = k > 0 && spans[k - 1].close >= prev.lo;
        if (!quoted && fromReportingClause(d, prev, sp)) return;
    }
}
