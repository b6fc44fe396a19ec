/*
 * sentences.c - the sentence splitter (rules in sentences.h).
 *
 * One pass over the tokens. A token that may end a sentence leaves a
 * pending end; closers written against it join the sentence, and the
 * first other token decides whether the sentence really ended.
 */
#include "text/sentences.h"

#include <string.h>

#include "text/abbrev.h"
#include "text/charclass.h"

enum ending {
    END_NONE = 0,
    END_STOP,     /* . */
    END_ELLIPSIS, /* ... .. U+2026 */
    END_BANG,     /* ! ? ?!? */
    END_ABBREV,   /* Inc. U.S. etc. */
    END_TITLE     /* Mr. M. No.: never ends a sentence */
};

static int ending_of(const chr_doc *d, const chr_token *t) {
    const unsigned char *s = (const unsigned char *)d->text + t->start;
    size_t n = t->end - t->start, dots = 0, marks = 0;
    if (t->flags & CHR_TOKEN_JOINED) return END_NONE;
    for (size_t i = 0; i < n; i++) {
        dots += s[i] == '.';
        marks += s[i] == '!' || s[i] == '?';
    }
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6) return END_ELLIPSIS;
    if (dots == n) return n == 1 ? END_STOP : END_ELLIPSIS;
    if (marks == n) return END_BANG;
    if (n < 2 || s[n - 1] != '.') return END_NONE;
    if (dots > 1) return END_ABBREV; /* U.S. e.g. */
    if (n == 2 && s[0] >= 'A' && s[0] <= 'Z') return END_TITLE; /* an initial */
    chrAbbrevKind k = chrAbbrev_lookup((const char *)s, n - 1);
    if (k == CHR_ABBREV_TITLE || k == CHR_ABBREV_NUMBER) return END_TITLE;
    if (k == CHR_ABBREV_MONTH) return END_TITLE;
    return k == CHR_ABBREV_NONE ? END_NONE : END_ABBREV;
}

/* A capitalised word that commonly opens a sentence: after an
 * abbreviation it signals a real end ("in the U.S. The ..."). */
static int is_opener_word(const chr_doc *d, const chr_token *t) {
    const char *s = d->text + t->start;
    return s[0] >= 'A' && s[0] <= 'Z' && chrAbbrev_isOpener(s, t->end - t->start);
}

/* Whether token t can open a sentence after an ending of the given kind. */
static int opens_sentence(const chr_doc *d, const chr_token *t, int ending) {
    size_t len;
    uint32_t cp;
    int k = chrCharclass_at((const unsigned char *)d->text, d->len, t->start, &len, &cp);
    switch (ending) {
    case END_STOP:
        return k != CHR_CK_PUNCT || chrCharclass_isOpener(cp);
    case END_BANG:
        return k != CHR_CK_PUNCT || chrCharclass_isOpener(cp);
    case END_ELLIPSIS:
        return k == CHR_CK_UPPER;
    case END_ABBREV:
        return is_opener_word(d, t);
    default:
        return 0;
    }
}

typedef struct splitter {
    chr_doc *d;
    size_t first;   /* first token of the open sentence */
    uint32_t para;
} splitter;

static int close_before(splitter *sp, size_t i) {
    chr_doc *d = sp->d;
    if (i <= sp->first) return CHR_OK;
    chr_sentence *s = chrDoc_pushSentence(d);
    if (!s) return CHR_ENOMEM;
    s->first = (uint32_t)sp->first;
    s->count = (uint32_t)(i - sp->first);
    s->start = d->tokens[sp->first].start;
    s->end = d->tokens[i - 1].end;
    s->paragraph = sp->para;
    for (size_t k = sp->first; k < i; k++) d->tokens[k].sentence = (uint32_t)(d->nsentences - 1);
    sp->first = i;
    return CHR_OK;
}

/* Line breaks in the white space between two tokens (CR LF counts once). */
static int newlines_between(const chr_doc *d, size_t a, size_t b) {
    int nl = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if (c == '\n' || (c == '\r' && !(i + 1 < b && d->text[i + 1] == '\n'))) nl++;
    }
    return nl;
}

/* Hard-wrapped text: several single line breaks continue in lower case. */
static int is_wrapped(const chr_doc *d) {
    size_t singles = 0, goes_on = 0;
    for (size_t i = 1; i < d->ntokens; i++) {
        const chr_token *a = &d->tokens[i - 1], *b = &d->tokens[i];
        if (a->end == b->start || newlines_between(d, a->end, b->start) != 1) continue;
        singles++;
        unsigned char last = (unsigned char)d->text[a->end - 1];
        unsigned char next = (unsigned char)d->text[b->start];
        if (next >= 'a' && next <= 'z' && last != '.' && last != '!' && last != '?') goes_on++;
    }
    return goes_on >= 2 && goes_on * 4 >= singles;
}

int chrSentence_split(chr_doc *d) {
    splitter sp = {d, 0, 0};
    int wrapped = is_wrapped(d), pending = END_NONE, rc;
    for (size_t i = 0; i < d->ntokens; i++) {
        chr_token *t = &d->tokens[i];
        if (i == 0) t->flags |= CHR_TOKEN_PARA_START;
        if (i > 0) {
            const chr_token *prev = &d->tokens[i - 1];
            int nl = prev->end < t->start ? newlines_between(d, prev->end, t->start) : 0;
            int gap = prev->end < t->start;
            if (nl >= 2) {
                if ((rc = close_before(&sp, i))) return rc;
                sp.para++;
                t->flags |= CHR_TOKEN_PARA_START;
                pending = END_NONE;
            } else if (nl == 1 && !wrapped) {
                if ((rc = close_before(&sp, i))) return rc;
                pending = END_NONE;
            } else if (pending != END_NONE) {
                size_t len;
                uint32_t cp;
                chrCharclass_at((const unsigned char *)d->text, d->len, t->start, &len, &cp);
                if (!gap && chrCharclass_isCloser(cp) && t->end - t->start == len) {
                    /* "...end." or (end.) keeps its closer; the end stays pending */
                } else {
                    if (gap && opens_sentence(d, t, pending))
                        if ((rc = close_before(&sp, i))) return rc;
                    pending = END_NONE;
                }
            }
        }
        if (i - sp.first >= CHR_SENTENCE_MAX_TOKENS) {
            if ((rc = close_before(&sp, i))) return rc;
        }
        int e = ending_of(d, t);
        if (e != END_NONE) pending = e;
    }
    return close_before(&sp, d->ntokens);
}
