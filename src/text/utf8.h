/*
 * utf8.h - the UTF-8 policy in code (see the policy in chronicle.h).
 *
 * Decoding never fails: an invalid sequence yields U+FFFD and consumes
 * exactly one byte (so the next valid character is not swallowed), a NUL
 * byte yields U+FFFD too. Offsets always refer to the original bytes.
 */
#ifndef CHR_TEXT_UTF8_H
#define CHR_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define CHR_REPLACEMENT 0xFFFDu

/* Decodes the character at s[i] (i < n). Stores its length in *len (>=1)
 * and sets *bad when the bytes were invalid or NUL. */
uint32_t chrUtf8_decode(const unsigned char *s, size_t n, size_t i, size_t *len, int *bad);

/* Encodes cp into out (4 bytes room); returns the length. */
size_t chrUtf8_encode(uint32_t cp, char *out);

/* Makes the working form of src[0..n): invalid sequences and NUL as
 * U+FFFD, then NFC. Adds the number of replacements to *nbad. Returns an
 * arena string or NULL when out of memory. */
char *chrUtf8_workingForm(chrArena *a, const char *src, size_t n, size_t *nbad);

/* The matching form of a working form: curly quotes and primes to ' or ",
 * Unicode dashes and minus to '-', Unicode spaces to ' '. Returns form
 * itself when nothing changes. */
const char *chrUtf8_fold(chrArena *a, const char *form);

/* 1 for Unicode white space (including NBSP and the U+2000 block). */
int chrUtf8_isSpace(uint32_t cp);

#endif
