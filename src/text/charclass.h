/*
 * charclass.h - what kind of character sits at a byte offset (internal).
 *
 * The tokenizer and the sentence splitter look at characters, not bytes,
 * but nearly all news text is ASCII: a table answers for ASCII and only
 * other bytes go through the decoder and utf8proc's category table. No
 * locale is consulted, so the answers are the same on every machine.
 */
#ifndef CHR_TEXT_CHARCLASS_H
#define CHR_TEXT_CHARCLASS_H

#include <stddef.h>
#include <stdint.h>

#include "text/utf8.h"

typedef enum chrCharKind {
    CHR_CK_SPACE = 1,
    CHR_CK_LOWER,  /* a-z */
    CHR_CK_UPPER,  /* A-Z, and capital letters beyond ASCII */
    CHR_CK_DIGIT,  /* 0-9 */
    CHR_CK_LETTER, /* other letters, marks, numbers, U+FFFD */
    CHR_CK_PUNCT   /* punctuation and symbols */
} chrCharKind;

extern const unsigned char chrCharclass_ascii[128];

/* Kind of the character at s[i] (i < n); its byte length goes to *len and
 * the code point to *cp. */
int chrCharclass_slow(const unsigned char *s, size_t n, size_t i, size_t *len, uint32_t *cp);

static inline int chrCharclass_at(const unsigned char *s, size_t n, size_t i, size_t *len,
                                  uint32_t *cp) {
    unsigned c = s[i];
    if (c < 0x80 && c != 0) {
        *len = 1;
        *cp = c;
        return chrCharclass_ascii[c];
    }
    return chrCharclass_slow(s, n, i, len, cp);
}

/* Letters and digits of any script: the characters words are made of. */
static inline int chrCharclass_isAlnum(int k) {
    return k == CHR_CK_LOWER || k == CHR_CK_UPPER || k == CHR_CK_DIGIT || k == CHR_CK_LETTER;
}

/* Apostrophe-like characters: ' U+2019 and the grave accent. */
static inline int chrCharclass_isApostrophe(uint32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == '`';
}

/* Quotation marks and brackets that can close a sentence after its stop. */
int chrCharclass_isCloser(uint32_t cp);
/* Quotation marks and brackets that can open a sentence. */
int chrCharclass_isOpener(uint32_t cp);

#endif
