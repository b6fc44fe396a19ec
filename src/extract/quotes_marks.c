/*
 * quotes_marks.c - pairs quotation marks into quotations.
 *
 * Every quotation mark is its own token (see the tokenizer); this file
 * decides which open, which close, and which spans are direct quotations.
 *
 *  - A mark opens when it has space (or an opening mark, bracket, dash) on
 *    its left and a word on its right, and closes in the mirror case; when
 *    the spacing says nothing, curly marks go by their shape and straight
 *    ones by whether a quotation is open.
 *  - Double marks (" “ ” '' `` « ») make the quotations. A paragraph that
 *    ends inside a quotation continues it when the next paragraph starts
 *    with an opening mark (news convention); otherwise the quotation ends
 *    with its paragraph and is flagged CHR_QUOTE_UNTERMINATED.
 *  - Single marks inside a double quotation are nested quotes and stay part
 *    of its text. Outside one, a single-quoted span counts only when it
 *    reads like a clause (four words or more, not all capitalised), so that
 *    nicknames ('El Chapo') and apostrophes (Guzman's, voters') are left.
 *  - A direct quotation starts a sentence or follows , : ; ( - or a verb of
 *    saying. A span glued into a clause ("called it "a disaster"", "said
 *    that "...") is a partial quotation inside reported speech and a span
 *    of capitalised words without punctuation is a title: neither is kept.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/quotes.h"
#include "extract/quotes_words.h"

enum { MARK_NONE = 0, MARK_DOUBLE, MARK_SINGLE };
enum { OR_AMBIG = 0, OR_OPEN, OR_CLOSE };

typedef struct MarkInfo {
    int kind;  /* MARK_* */
    int glyph; /* OR_*: what the shape says */
} MarkInfo;

static MarkInfo markOf(const chr_token *t) {
    static const struct {
        const char *form;
        int kind, glyph;
    } marks[] = {{"\"", MARK_DOUBLE, OR_AMBIG},          {"\xE2\x80\x9C", MARK_DOUBLE, OR_OPEN},
                 {"\xE2\x80\x9D", MARK_DOUBLE, OR_CLOSE}, {"''", MARK_DOUBLE, OR_AMBIG},
                 {"``", MARK_DOUBLE, OR_OPEN},            {"\xC2\xAB", MARK_DOUBLE, OR_OPEN},
                 {"\xC2\xBB", MARK_DOUBLE, OR_CLOSE},     {"\xE2\x80\x9E", MARK_DOUBLE, OR_OPEN},
                 {"'", MARK_SINGLE, OR_AMBIG},            {"\xE2\x80\x98", MARK_SINGLE, OR_OPEN},
                 {"\xE2\x80\x99", MARK_SINGLE, OR_CLOSE}, {"`", MARK_SINGLE, OR_OPEN}};
    MarkInfo m = {MARK_NONE, OR_AMBIG};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strcmp(t->form, marks[i].form) == 0) {
            m.kind = marks[i].kind;
            m.glyph = marks[i].glyph;
            break;
        }
    return m;
}

int chrQuoteMarks_isMark(const chr_doc *doc, uint32_t i) {
    return i < doc->ntokens && markOf(&doc->tokens[i]).kind != MARK_NONE;
}

static int isOneOf(const char *s, const char *const *list) {
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return 1;
    return 0;
}

/* Tokens that may stand between a word and a closing mark's outside. */
static const char *const kAfterClose[] = {",", ".", ";", ":", "!", "?", ")", "]", "-", "--",
                                          "...", "\xE2\x80\xA6", NULL};
/* Tokens that may stand before an opening mark instead of a space. */
static const char *const kBeforeOpen[] = {"(", "[", "-", "--", ":", NULL};

static int spaceLeft(const chr_doc *doc, uint32_t i) {
    if (i == 0 || (doc->tokens[i].flags & CHR_TOKEN_PARA_START)) return 1;
    const chr_token *p = &doc->tokens[i - 1];
    if (p->space_after) return 1;
    if (isOneOf(p->fold, kBeforeOpen)) return 1;
    MarkInfo m = markOf(p);
    return m.kind != MARK_NONE && m.glyph == OR_OPEN;
}

static int spaceRight(const chr_doc *doc, uint32_t i) {
    if (doc->tokens[i].space_after || i + 1 >= doc->ntokens) return 1;
    const chr_token *n = &doc->tokens[i + 1];
    if (n->flags & CHR_TOKEN_PARA_START) return 1;
    if (isOneOf(n->fold, kAfterClose)) return 1;
    MarkInfo m = markOf(n);
    return m.kind != MARK_NONE && m.glyph == OR_CLOSE;
}

static int orient(const chr_doc *doc, uint32_t i, MarkInfo m) {
    int l = spaceLeft(doc, i), r = spaceRight(doc, i);
    if (l && !r) return OR_OPEN;
    if (!l && r) return OR_CLOSE;
    return m.glyph;
}

typedef struct SpanList {
    chrQuoteSpan *a;
    size_t n, cap;
} SpanList;

static int push(SpanList *l, uint32_t open, uint32_t close, uint32_t flags) {
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        chrQuoteSpan *na = realloc(l->a, nc * sizeof *na);
        if (!na) return CHR_ENOMEM;
        l->a = na;
        l->cap = nc;
    }
    l->a[l->n].open = open;
    l->a[l->n].close = close;
    l->a[l->n].flags = flags;
    l->n++;
    return CHR_OK;
}

static int paraStart(const chr_doc *doc, uint32_t i) {
    return i == 0 || (doc->tokens[i].flags & CHR_TOKEN_PARA_START);
}

/* Pairs the double marks; sets inside[i] for tokens within a quotation. */
static int pairDouble(const chr_doc *doc, SpanList *out, unsigned char *inside) {
    int open = 0;
    uint32_t start = 0;
    for (uint32_t i = 0; i < doc->ntokens; i++) {
        MarkInfo m = markOf(&doc->tokens[i]);
        if (open && i > 0 && paraStart(doc, i)) {
            if (m.kind == MARK_DOUBLE && orient(doc, i, m) != OR_CLOSE) {
                inside[i] = 1; /* the mark that continues the quotation */
                continue;
            }
            if (push(out, start, i - 1, CHR_QUOTE_UNTERMINATED)) return CHR_ENOMEM;
            open = 0;
        }
        if (open) inside[i] = 1;
        if (m.kind != MARK_DOUBLE) continue;
        int o = orient(doc, i, m);
        if (!open) {
            if (o == OR_CLOSE) continue; /* a stray closing mark */
            open = 1;
            start = i;
            inside[i] = 1;
        } else if (o != OR_OPEN) {
            if (push(out, start, i, 0)) return CHR_ENOMEM;
            open = 0;
        } else {
            /* a second opening mark: the first quotation was never closed */
            if (push(out, start, i - 1, CHR_QUOTE_UNTERMINATED)) return CHR_ENOMEM;
            start = i;
        }
    }
    if (open && push(out, start, (uint32_t)doc->ntokens - 1, CHR_QUOTE_UNTERMINATED))
        return CHR_ENOMEM;
    return CHR_OK;
}

static size_t countWords(const chr_doc *doc, uint32_t from, uint32_t to, size_t *lower) {
    size_t n = 0;
    *lower = 0;
    for (uint32_t i = from; i < to; i++) {
        const chr_token *t = &doc->tokens[i];
        if (!chrQuoteWords_isWord(t)) continue;
        n++;
        if (!chrQuoteWords_isCapitalized(t) && t->form[0] >= 'a' && t->form[0] <= 'z') (*lower)++;
    }
    return n;
}

/* Top-level single-quoted spans that read like clauses. */
static int pairSingle(const chr_doc *doc, SpanList *out, const unsigned char *inside) {
    for (uint32_t i = 0; i < doc->ntokens; i++) {
        MarkInfo m = markOf(&doc->tokens[i]);
        if (inside[i] || m.kind != MARK_SINGLE || orient(doc, i, m) != OR_OPEN) continue;
        for (uint32_t j = i + 1; j < doc->ntokens && !inside[j] && !paraStart(doc, j); j++) {
            MarkInfo mj = markOf(&doc->tokens[j]);
            if (mj.kind != MARK_SINGLE) continue;
            if (orient(doc, j, mj) == OR_OPEN) break;
            size_t lower, words = countWords(doc, i + 1, j, &lower);
            if (words >= 4 && lower >= 2 && push(out, i, j, 0)) return CHR_ENOMEM;
            i = j;
            break;
        }
    }
    return CHR_OK;
}

static const char *const kBeforeDirect[] = {".", "!", "?", ",", ":", ";", "(", "-", "--",
                                            "...", "\xE2\x80\xA6", NULL};

/* After a comma, a quotation that starts in lower case continues the
 * writer's own clause ("In this election, "resources don't ...") unless
 * a verb of saying stands before it ("he said, "and then ..."). */
static int lowerAfterComma(const chr_doc *doc, uint32_t o) {
    const chr_token *first = &doc->tokens[o + 1];
    if (o + 1 >= doc->ntokens || !(first->form[0] >= 'a' && first->form[0] <= 'z')) return 0;
    uint32_t sent = doc->tokens[o].sentence;
    for (uint32_t i = o; i-- > 0 && o - i < 12;) {
        const chr_token *t = &doc->tokens[i];
        if (t->sentence != sent || markOf(t).kind != MARK_NONE) break;
        if (chrQuoteWords_isCue(t) || chrQuoteWords_is(t, "according")) return 0;
    }
    return 1;
}

/* A quotation that opens a sentence or follows a break or a cue. */
static int isDirect(const chr_doc *doc, const chrQuoteSpan *s) {
    uint32_t o = s->open;
    if (paraStart(doc, o)) return 1;
    const chr_token *p = &doc->tokens[o - 1];
    if (p->sentence != doc->tokens[o].sentence) return 1;
    if (strcmp(p->fold, ",") == 0) return !lowerAfterComma(doc, o);
    if (isOneOf(p->fold, kBeforeDirect)) return 1;
    size_t n = strlen(p->fold); /* "Calif." or "U.S." ending the sentence before */
    if (n > 1 && p->fold[n - 1] == '.' && chrQuoteWords_isCapitalized(&doc->tokens[o + 1]))
        return 1;
    return chrQuoteWords_isCue(p);
}

/* Capitalised words with no sentence punctuation: a title or a name. */
static int isTitle(const chr_doc *doc, const chrQuoteSpan *s) {
    size_t words = 0;
    for (uint32_t i = s->open + 1; i < s->close; i++) {
        const chr_token *t = &doc->tokens[i];
        if (isOneOf(t->fold, kBeforeDirect) && strcmp(t->fold, "-") && strcmp(t->fold, "--"))
            return 0;
        if (!chrQuoteWords_isWord(t)) continue;
        words++;
        if (!chrQuoteWords_isCapitalized(t) && !chrQuoteWords_isBoundary(t) &&
            !chrQuoteWords_isArticle(t) && strcmp(t->fold, "of") && strcmp(t->fold, "for"))
            return 0;
    }
    return words > 0;
}

static int byOpen(const void *a, const void *b) {
    const chrQuoteSpan *x = a, *y = b;
    return (x->open > y->open) - (x->open < y->open);
}

int chrQuoteMarks_find(const chr_doc *doc, chrQuoteSpan **out, size_t *n) {
    *out = NULL;
    *n = 0;
    if (!doc->ntokens) return CHR_OK;
    unsigned char *inside = calloc(doc->ntokens, 1);
    if (!inside) return CHR_ENOMEM;
    SpanList all = {0};
    int rc = pairDouble(doc, &all, inside);
    if (!rc) rc = pairSingle(doc, &all, inside);
    free(inside);
    if (rc) {
        free(all.a);
        return rc;
    }
    size_t k = 0;
    for (size_t i = 0; i < all.n; i++) {
        chrQuoteSpan *s = &all.a[i];
        size_t lower;
        if (s->close <= s->open + 1 || !countWords(doc, s->open + 1, s->close + 1, &lower))
            continue;
        if (!isDirect(doc, s) || isTitle(doc, s)) continue;
        all.a[k++] = *s;
    }
    if (!k) {
        free(all.a);
        return CHR_OK;
    }
    qsort(all.a, k, sizeof *all.a, byOpen);
    *out = all.a;
    *n = k;
    return CHR_OK;
}
