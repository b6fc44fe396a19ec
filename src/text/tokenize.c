/*
 * tokenize.c - splits a document into tokens following UD English EWT.
 *
 * The text is cut at white space into chunks; each chunk is cut into
 * surface tokens by the rules below, learnt from the EWT treebank:
 *  - words keep internal apostrophes (it's, O'Connell), internal dots
 *    (U.S, file.doc, 3.5), '_' and '@' (e-mail addresses), '&' between
 *    capitals (AT&T); digit groups keep ',' ':' '/' '-' between digits
 *    (1,000.50  10:30  11/28/2000  713-853-3989);
 *  - a hyphen between letters splits (well - known) unless the first part
 *    is a prefix such as non-, pre-, e- (e-mail, non-profit);
 *  - a number followed by a unit splits (5 pm, 10 k), ordinals do not;
 *  - a final stop stays with abbreviations (Mr., Jan., Inc.), initials
 *    (M.) and dotted abbreviations (U.S., e.g.);
 *  - URLs, @handles and #hashtags stay whole; ellipses, dash runs, ?!
 *    runs and `` '' are one token; every other quotation mark, bracket
 *    and symbol is a token of its own.
 * Clitics are then split off as words (see clitic.h). Every scan moves
 * forward only, and look-aheads are bounded, so time is linear in the
 * input whatever it holds.
 */
#include <string.h>

#include "core/doc.h"
#include "text/abbrev.h"
#include "text/charclass.h"
#include "text/clitic.h"
#include "text/dateline.h"
#include "text/sentences.h"

typedef struct tk {
    chr_doc *d;
    const unsigned char *s;
    size_t n;
    int squote_open; /* an opening single quote is waiting for its close */
} tk;

static int kind_at(const tk *t, size_t i, size_t *len, uint32_t *cp) {
    return chrCharclass_at(t->s, t->n, i, len, cp);
}

/* Kind of the character at i, or 0 at or beyond the chunk end b. */
static int kind_if(const tk *t, size_t i, size_t b) {
    size_t len;
    uint32_t cp;
    return i < b ? kind_at(t, i, &len, &cp) : 0;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* 1 when s[a..b) equals the lower-case word w, ignoring ASCII case. */
static int same_word(const unsigned char *s, size_t a, size_t b, const char *w) {
    size_t n = strlen(w);
    if (b - a != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s[a + i]) != w[i]) return 0;
    return 1;
}

static int in_list(const unsigned char *s, size_t a, size_t b, const char *const *list) {
    for (; *list; list++)
        if (same_word(s, a, b, *list)) return 1;
    return 0;
}

/* Prefixes that EWT keeps attached with their hyphen. */
static const char *const hyphen_prefixes[] = {
    "e", "non", "anti", "pre", "re", "mid", "post", "co", "pro", "multi", "ex", "semi", "sub",
    "cross", "neo", "counter", "psycho", "socio", "intra", "inter", "micro", "un", "mis",
    "over", "hyper", "ultra", "quasi", "pseudo", "mega", "bi", "tri", NULL};

/* Units and clock words that split from a number written against it. */
static const char *const units[] = {
    "am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "ft", "b", "bn",
    "mln", "x", "hz", "khz", "mhz", "ghz", "mb", "gb", "kb", "tb", "mph", "kph", "hrs", "hr",
    "min", "mins", "sec", "secs", "ml", "oz", "yr", "yrs", "kw", "mw", "gw", "kwh", "mwh", NULL};

/* Words that a leading apostrophe turns into a clitic token ('s, 're). */
static const char *const clitic_words[] = {"s", "re", "ll", "ve", "d", "m", "t", "em", NULL};

/* Whole-chunk emoticons. */
static const char *const emoticons[] = {
    ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/",
    ":-/", ":'(", "^_^", "^^", "<3", ":o", ":O", "=)", "=(", "XD", ":-*", ":*", NULL};

static int is_emoticon(const unsigned char *s, size_t a, size_t b) {
    for (const char *const *e = emoticons; *e; e++) {
        size_t n = strlen(*e);
        if (b - a == n && memcmp(s + a, *e, n) == 0) return 1;
    }
    return 0;
}

/* End of a URL starting at p, or p when none starts there. */
static size_t url_end(const tk *t, size_t p, size_t b) {
    static const char *const schemes[] = {"http://", "https://", "ftp://", "www.", "mailto:",
                                          NULL};
    const unsigned char *s = t->s;
    size_t k = 0;
    for (const char *const *sc = schemes; *sc; sc++) {
        size_t n = strlen(*sc);
        if (b - p > n && same_word(s, p, p + n, *sc)) {
            k = n;
            break;
        }
    }
    if (!k) return p;
    size_t e = b;
    int open = 0;
    for (size_t i = p; i < b; i++) open += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
    /* Trailing punctuation belongs to the sentence, not the URL. */
    while (e > p + k) {
        unsigned c = s[e - 1];
        if (c == ')' && open < 0) {
            open++;
            e--;
        } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
                   c == '"' || c == '\'' || c == ']' || c == '>') {
            e--;
        } else {
            break;
        }
    }
    return e;
}

/* After "Inc." or "etc.": 1 when the stop also ends the sentence (the
 * text ends, the line ends, or a typical sentence opener follows); EWT
 * then writes the stop as a token of its own. */
static int stop_ends_sentence(const tk *t, size_t i) {
    const unsigned char *s = t->s;
    size_t lim = i + 64;
    while (i < t->n && i < lim && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i >= t->n || s[i] == '\n' || s[i] == '\r') return 1;
    size_t e = i;
    while (e < t->n && e - i < 12 && ((s[e] | 32) >= 'a' && (s[e] | 32) <= 'z')) e++;
    return s[i] >= 'A' && s[i] <= 'Z' && chrAbbrev_isOpener((const char *)s + i, e - i);
}

/* A stop after the word s[p..j): 1 when it belongs to the word. */
static int keeps_stop(const tk *t, size_t p, size_t j, size_t b) {
    const unsigned char *s = t->s;
    if (j + 1 < b && s[j + 1] == '.') return 0; /* an ellipsis follows */
    size_t n = j - p;
    /* Dotted abbreviation: short letter groups joined by dots (U.S, e.g). */
    int dots = 0, group = 0, ok = 1;
    for (size_t i = p; i < j && ok; i++) {
        unsigned c = s[i];
        if (c == '.') {
            dots++;
            ok = group > 0;
            group = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            ok = ++group <= 3;
        } else {
            ok = 0;
        }
    }
    if (dots && ok && group > 0 && group <= 2) return 1;
    if (dots) return 0;
    if (n == 1 && s[p] >= 'A' && s[p] <= 'Z') return 1; /* an initial */
    chrAbbrevKind k = chrAbbrev_lookup((const char *)s + p, n);
    if (k == CHR_ABBREV_NONE) return 0;
    if (k == CHR_ABBREV_GENERAL) return !stop_ends_sentence(t, j + 1);
    if (k == CHR_ABBREV_NUMBER) { /* "No. 5" but "said no." */
        size_t i = j + 1;
        while (i < t->n && i < j + 4 && (s[i] == ' ' || s[i] == '\t')) i++;
        return i < t->n && s[i] >= '0' && s[i] <= '9';
    }
    return 1;
}

/* Length of the apostrophe at i (' or U+2019), or 0. */
static size_t apostrophe_at(const tk *t, size_t i, size_t b) {
    if (i >= b) return 0;
    if (t->s[i] == '\'') return 1;
    if (i + 2 < b && t->s[i] == 0xE2 && t->s[i + 1] == 0x80 && t->s[i + 2] == 0x99) return 3;
    return 0;
}

/* End of the word-like token starting at p (a letter or digit). */
static size_t word_end(tk *t, size_t p, size_t b) {
    const unsigned char *s = t->s;
    size_t j = p, seg = p, len;
    uint32_t cp;
    int last = 0; /* kind of the last character taken */
    for (;;) {
        while (j < b) {
            int k = kind_at(t, j, &len, &cp);
            if (!chrCharclass_isAlnum(k)) break;
            if (last == CHR_CK_DIGIT && (k == CHR_CK_LOWER || k == CHR_CK_UPPER)) {
                size_t e = j;
                while (e < b && ((s[e] | 32) >= 'a' && (s[e] | 32) <= 'z') && e - j < 4) e++;
                if (in_list(s, j, e, units) && !chrCharclass_isAlnum(kind_if(t, e, b)) &&
                    !(e < b && s[e] == '-'))
                    return j; /* 5pm -> 5 pm */
            }
            last = k;
            j += len;
        }
        if (j >= b) return j;
        unsigned c = s[j];
        int next = kind_if(t, j + 1, b);
        size_t a = apostrophe_at(t, j, b);
        if (a) {
            next = kind_if(t, j + a, b);
            if (next == CHR_CK_LOWER || next == CHR_CK_UPPER || next == CHR_CK_LETTER) {
                j += a;
                last = 0;
                continue;
            }
            if ((s[j - 1] == 's' || s[j - 1] == 'S') && !t->squote_open &&
                !chrCharclass_isAlnum(next))
                return j + a; /* parents' */
            return j;
        }
        switch (c) {
        case '.':
            if (chrCharclass_isAlnum(next)) break;
            return keeps_stop(t, p, j, b) ? j + 1 : j;
        case '-':
            if (last == CHR_CK_DIGIT && next == CHR_CK_DIGIT) break;
            if (last != CHR_CK_DIGIT && chrCharclass_isAlnum(next) && next != CHR_CK_DIGIT &&
                in_list(s, seg, j, hyphen_prefixes))
                break;
            return j;
        case ',':
            if (last == CHR_CK_DIGIT && j + 3 < b + 1 && kind_if(t, j + 1, b) == CHR_CK_DIGIT &&
                kind_if(t, j + 2, b) == CHR_CK_DIGIT && kind_if(t, j + 3, b) == CHR_CK_DIGIT &&
                kind_if(t, j + 4, b) != CHR_CK_DIGIT)
                break;
            return j;
        case ':':
        case '/':
            if (last == CHR_CK_DIGIT && next == CHR_CK_DIGIT) break;
            return j;
        case '&':
            if (last == CHR_CK_UPPER && next == CHR_CK_UPPER) break;
            return j;
        case '_':
        case '@':
            if (chrCharclass_isAlnum(next)) break;
            return j;
        default:
            return j;
        }
        j++; /* the connector joins; go on with the next part */
        seg = j;
        last = 0;
    }
}

/* End of the token starting at p inside the chunk [a, b). */
static size_t token_end(tk *t, size_t a, size_t p, size_t b) {
    const unsigned char *s = t->s;
    size_t len;
    uint32_t cp;
    int k = kind_at(t, p, &len, &cp);
    if (k == CHR_CK_LOWER || k == CHR_CK_UPPER) {
        size_t e = url_end(t, p, b);
        if (e > p) return e;
    }
    if (chrCharclass_isAlnum(k)) return word_end(t, p, b);
    size_t q = p + len;
    int next = kind_if(t, q, b);
    switch (cp) {
    case '@':
    case '#':
        if (next == CHR_CK_LOWER || next == CHR_CK_UPPER || (cp == '@' && next == CHR_CK_DIGIT) ||
            next == CHR_CK_LETTER) {
            while (q < b && (chrCharclass_isAlnum(kind_at(t, q, &len, &cp)) || s[q] == '_'))
                q += len;
        }
        return q;
    case '\'':
    case '`':
        if (q < b && s[q] == cp) return q + 1; /* '' and `` */
        if (cp == '\'') {
            size_t e = q;
            while (e < b && e - q < 3 && ((s[e] | 32) >= 'a' && (s[e] | 32) <= 'z')) e++;
            if (e > q && in_list(s, q, e, clitic_words) && !chrCharclass_isAlnum(kind_if(t, e, b)))
                return e; /* 's written apart */
        }
        /* fall through */
    case 0x2018:
    case 0x2019:
        if (cp != '\'' && cp != '`' && q + 3 <= b && memcmp(s + p, s + q, 3) == 0)
            return q + 3; /* doubled curly quote */
        /* An opening quote sits at the start of a chunk or after an
         * opener; remember it so that a closing one after "s" is not
         * taken for a plural possessive. */
        if (chrCharclass_isAlnum(next) && (p == a || !chrCharclass_isAlnum(kind_if(t, p - 1, b))))
            t->squote_open = 1;
        else t->squote_open = 0;
        return q;
    case '.':
    case '-':
    case '_':
    case '=':
    case '*':
    case '~':
    case '+':
    case '<':
    case '>':
        while (q < b && s[q] == cp) q++; /* ... --- ___ */
        return q;
    case '!':
    case '?':
        while (q < b && (s[q] == '!' || s[q] == '?')) q++;
        return q;
    default:
        return q;
    }
}

/* Appends the token text[start,end) with its forms. */
static int emit(tk *t, size_t start, size_t end, unsigned flags) {
    chr_doc *d = t->d;
    if (d->ntokens >= CHR_MAX_DOC_TOKENS) return CHR_ELIMIT;
    chr_token *tok = chrDoc_pushToken(d);
    if (!tok) return CHR_ENOMEM;
    tok->start = (uint32_t)start;
    tok->end = (uint32_t)end;
    tok->flags = (uint8_t)flags;
    const unsigned char *s = t->s + start;
    size_t n = end - start;
    int plain = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80 || s[i] == 0 || s[i] == '`') {
            plain = 0;
            break;
        }
    if (plain) { /* ASCII without a grave accent: form and fold coincide */
        char *f = chrArena_strndup(&d->arena, (const char *)s, n);
        if (!f) return CHR_ENOMEM;
        tok->form = tok->fold = f;
        return CHR_OK;
    }
    tok->form = chrUtf8_workingForm(&d->arena, (const char *)s, n, &d->ninvalid);
    if (!tok->form) return CHR_ENOMEM;
    tok->fold = chrUtf8_fold(&d->arena, tok->form);
    return tok->fold ? CHR_OK : CHR_ENOMEM;
}

/* Emits a surface token, split into its words when it has a clitic. */
static int emit_surface(tk *t, size_t a, size_t b) {
    size_t k = b - a <= 16 ? chrClitic_split((const char *)t->s + a, b - a) : 0;
    if (!k) return emit(t, a, b, 0);
    int rc = emit(t, a, a + k, 0);
    return rc ? rc : emit(t, a + k, b, CHR_TOKEN_JOINED);
}

static int tokenize_chunk(tk *t, size_t a, size_t b) {
    if (b - a <= 3 && is_emoticon(t->s, a, b)) return emit(t, a, b, 0);
    for (size_t p = a; p < b;) {
        size_t q = token_end(t, a, p, b);
        if (q <= p) q = p + 1; /* cannot happen; never loop */
        int rc = emit_surface(t, p, q);
        if (rc) return rc;
        p = q;
    }
    return CHR_OK;
}

int chr_tokenize(chr_doc *d) {
    if (!d) return CHR_EINVAL;
    if (d->len > UINT32_MAX - 1) return CHR_ELIMIT;
    chrDoc_clearTokens(d);
    tk t = {d, (const unsigned char *)d->text, d->len, 0};
    size_t i = 0, n = d->len, len;
    uint32_t cp;
    while (i < n) {
        if (kind_at(&t, i, &len, &cp) == CHR_CK_SPACE) {
            i += len;
            continue;
        }
        size_t a = i;
        while (i < n && kind_at(&t, i, &len, &cp) != CHR_CK_SPACE) i += len;
        int rc = tokenize_chunk(&t, a, i);
        if (rc) {
            chrDoc_clearTokens(d); /* keep no half-tokenized document */
            return rc;
        }
    }
    for (size_t k = 0; k < d->ntokens; k++) {
        size_t end = d->tokens[k].end;
        size_t next = k + 1 < d->ntokens ? d->tokens[k + 1].start : n;
        d->tokens[k].space_after = next > end || (k + 1 == d->ntokens && end < n);
    }
    /* Invalid bytes were counted per token; bytes outside tokens are
     * white space, which is always valid. */
    int rc = chrSentence_split(d);
    if (rc == CHR_OK) chrDateline_mark(d);
    return rc;
}
