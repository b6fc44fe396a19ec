/*
 * abbrev.h - English abbreviations that keep their full stop.
 *
 * The tokenizer asks whether "Mr" before a '.' is an abbreviation (then
 * the stop stays in the token, "Mr.") and the sentence splitter asks what
 * kind it is: a title never ends a sentence, a general abbreviation
 * ("Inc.", "U.S.") may. The list is written for this project (news and
 * web English); it is not taken from any corpus.
 */
#ifndef CHR_TEXT_ABBREV_H
#define CHR_TEXT_ABBREV_H

#include <stddef.h>

typedef enum chrAbbrevKind {
    CHR_ABBREV_NONE = 0,
    CHR_ABBREV_TITLE,   /* Mr. Dr. Gen. St.: the next word belongs to it */
    CHR_ABBREV_MONTH,   /* Jan. Sept.: usually a day number follows */
    CHR_ABBREV_NUMBER,  /* No. Nos. vol. p.: only before a number */
    CHR_ABBREV_GENERAL  /* Inc. etc. vs. Calif.: may end a sentence */
} chrAbbrevKind;

/* The kind of the word s[0..n) (without its stop). Matching ignores case
 * except that entries that are also common words (Sun, Mass, Wash) only
 * match with a capital first letter. */
chrAbbrevKind chrAbbrev_lookup(const char *s, size_t n);

/* 1 when s[0..n) is a word that commonly opens an English sentence
 * (The, He, But, In ...), ignoring case. */
int chrAbbrev_isOpener(const char *s, size_t n);

#endif
