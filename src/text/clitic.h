/*
 * clitic.h - where a written word splits into two syntactic words.
 *
 * UD English EWT writes "don't" as one surface token made of the words
 * "do" and "n't" (a multiword token), likewise "I'm", "Bush's",
 * "parents'", "cannot" (can + not), "gonna" (gon + na) and apostrophe-less
 * "dont" (do + nt). Taggers and parsers trained on EWT expect the words,
 * the token scorer counts the surface token, so the tokenizer emits the
 * words and flags the second one CHR_TOKEN_JOINED.
 */
#ifndef CHR_TEXT_CLITIC_H
#define CHR_TEXT_CLITIC_H

#include <stddef.h>

/* The byte offset (0 < k < n) at which the surface token s[0..n) splits,
 * or 0 when it is one word. */
size_t chrClitic_split(const char *s, size_t n);

#endif
