/*
 * charclass.c - the ASCII kind table and the slow path for other
 * characters (decoder plus utf8proc's Unicode category).
 */
#include "text/charclass.h"

#include <utf8proc.h>

#define S CHR_CK_SPACE
#define L CHR_CK_LOWER
#define U CHR_CK_UPPER
#define D CHR_CK_DIGIT
#define P CHR_CK_PUNCT

/* Control characters other than white space count as punctuation, so
 * each becomes a token of its own instead of gluing words together. */
const unsigned char chrCharclass_ascii[128] = {
    P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P,
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P,
};

int chrCharclass_slow(const unsigned char *s, size_t n, size_t i, size_t *len, uint32_t *cp) {
    int bad;
    uint32_t c = chrUtf8_decode(s, n, i, len, &bad);
    *cp = c;
    if (bad) return CHR_CK_LETTER; /* U+FFFD stays inside its word */
    if (chrUtf8_isSpace(c)) return CHR_CK_SPACE;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return CHR_CK_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CO: /* private use: treat as a letter */
    case UTF8PROC_CATEGORY_CN:
        return CHR_CK_LETTER;
    case UTF8PROC_CATEGORY_CF:
        return c == 0x200D || c == 0xAD ? CHR_CK_LETTER : CHR_CK_PUNCT;
    default:
        return CHR_CK_PUNCT;
    }
}

int chrCharclass_isCloser(uint32_t cp) {
    switch (cp) {
    case '"': case '\'': case ')': case ']': case '}': case 0x2019: case 0x201D: case 0xBB:
    case 0x203A:
        return 1;
    default:
        return 0;
    }
}

int chrCharclass_isOpener(uint32_t cp) {
    switch (cp) {
    case '"': case '\'': case '(': case '[': case '{': case '`': case 0x2018: case 0x201C:
    case 0xAB: case 0x2039: case 0x201E:
        return 1;
    default:
        return 0;
    }
}
