/*
 * quotes_words.h - the closed word classes the quotation finder reads
 * (internal): cue verbs, pronouns, the words a speaker's name cannot
 * cross. Kept apart so the rules in quotes_speaker.c read as rules.
 *
 * Every test takes a token and looks at its lemma when the tagger has
 * set one, else at its folded form, compared without regard to ASCII
 * case. No locale is consulted.
 */
#ifndef CHR_EXTRACT_QUOTES_WORDS_H
#define CHR_EXTRACT_QUOTES_WORDS_H

#include "chronicle.h"

/* 1 when the token is a verb of saying ("said", "told", "tweeted"). */
int chrQuoteWords_isCue(const chr_token *t);
/* 1 for "he", "she", "it", "they", "we" (speakers that need an antecedent). */
int chrQuoteWords_isPronoun(const chr_token *t);
/* Entity type a pronoun can refer to: CHR_ENT_PER for he/she, CHR_ENT_ORG
 * for it, CHR_ENT_NONE (either) for they/we; -1 for other words. */
int chrQuoteWords_pronounType(const chr_token *t);
/* Adverbs and auxiliaries that may sit between a speaker and the cue
 * ("Smith also said", "Smith has said"). */
int chrQuoteWords_isFiller(const chr_token *t);
/* Words that end a speaker's phrase: conjunctions, most prepositions,
 * subordinators, relative pronouns, finite "be". */
int chrQuoteWords_isBoundary(const chr_token *t);
/* "a", "an", "the". */
int chrQuoteWords_isArticle(const chr_token *t);
/* Words that open a clause rather than an apposition after a comma
 * ("who", "adding", "in"). */
int chrQuoteWords_opensClause(const chr_token *t);
/* 1 when the token starts with an upper-case letter (ASCII or not). */
int chrQuoteWords_isCapitalized(const chr_token *t);
/* 1 when the token holds a letter or digit (a word, not punctuation). */
int chrQuoteWords_isWord(const chr_token *t);
/* Case-insensitive (ASCII) equality of the token's fold and w. */
int chrQuoteWords_is(const chr_token *t, const char *w);

#endif
