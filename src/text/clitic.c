/*
 * clitic.c - finds the clitic at the end of a surface token.
 *
 * Works on bytes: all the clitics are ASCII letters after an ASCII or a
 * right single quotation mark (U+2019, 3 bytes E2 80 99), so no decoding
 * is needed.
 */
#include "text/clitic.h"

#include <string.h>

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int is_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Length of an apostrophe ending at s[k-1] ('\'', '`' or U+2019), or 0. */
static size_t apos_before(const char *s, size_t k) {
    const unsigned char *u = (const unsigned char *)s;
    if (k >= 1 && (u[k - 1] == '\'' || u[k - 1] == '`')) return 1;
    if (k >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 && u[k - 1] == 0x99) return 3;
    return 0;
}

/* 1 when s[0..n) equals word, ignoring ASCII case. */
static int same(const char *s, size_t n, const char *word) {
    if (strlen(word) != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != word[i]) return 0;
    return 1;
}

/* Written without the apostrophe: the verb part's length. */
static size_t bare_negation(const char *s, size_t n) {
    static const char *const words[] = {
        "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "werent",
        "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "aint"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (same(s, n, words[i])) return n - 2;
    return 0;
}

size_t chrClitic_split(const char *s, size_t n) {
    if (n < 2) return 0;
    /* n't */
    if (n >= 4 && lower((unsigned char)s[n - 1]) == 't') {
        size_t a = apos_before(s, n - 1);
        if (a && n - 1 - a >= 2 && lower((unsigned char)s[n - 2 - a]) == 'n' &&
            is_letter((unsigned char)s[n - 3 - a]))
            return n - 2 - a;
    }
    /* 's 'm 'd and 're 'll 've */
    for (size_t len = 1; len <= 2 && len < n; len++) {
        size_t a = apos_before(s, n - len);
        if (!a || n - len - a == 0) continue;
        char c1 = (char)lower((unsigned char)s[n - len]);
        char c2 = len == 2 ? (char)lower((unsigned char)s[n - 1]) : 0;
        int ok = len == 1 ? (c1 == 's' || c1 == 'm' || c1 == 'd')
                          : ((c1 == 'r' && c2 == 'e') || (c1 == 'l' && c2 == 'l') ||
                             (c1 == 'v' && c2 == 'e'));
        if (ok) return n - len - a;
    }
    /* parents' */
    {
        size_t a = apos_before(s, n);
        if (a && n > a + 1 && lower((unsigned char)s[n - a - 1]) == 's') return n - a;
    }
    size_t k = bare_negation(s, n);
    if (k) return k;
    if (same(s, n, "cannot")) return 3;
    if (same(s, n, "gonna") || same(s, n, "wanna") || same(s, n, "gotta")) return 3;
    return 0;
}
