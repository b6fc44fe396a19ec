/*
 * gazetteer.h - what chronicle's own dictionaries (dict/) say about the
 * words of a sentence, for the NER features and for entity codes.
 *
 * The NER does not keep a list of names of its own: it walks the phrase
 * trie of the lexicon (src/lex/lexicon.h) from every token and reports,
 * per token, which kinds of dictionary phrase begin or continue there
 * (a country's name, a demonym, a capital, a person, an organisation, a
 * news outlet, a role word). A hand list of personal titles (Mr.,
 * President) completes it: titles are not actors but they announce a
 * person.
 */
#ifndef CHR_NER_GAZETTEER_H
#define CHR_NER_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "chronicle.h"
#include "lex/lexicon.h"

/* Kinds of dictionary phrase (bits). */
enum {
    CHR_GAZ_COUNTRY = 1u << 0,
    CHR_GAZ_ADJ = 1u << 1,
    CHR_GAZ_CAPITAL = 1u << 2,
    CHR_GAZ_CITY = 1u << 3,
    CHR_GAZ_PERSON = 1u << 4,
    CHR_GAZ_ORG = 1u << 5,
    CHR_GAZ_GROUP = 1u << 6,
    CHR_GAZ_MEDIA = 1u << 7,
    CHR_GAZ_AGENT = 1u << 8,
    CHR_GAZ_TITLE = 1u << 9,
    CHR_GAZ_KINDS = 10
};

/* The longest dictionary phrase that starts at a token. */
typedef struct chrGazSpan {
    uint16_t len;   /* tokens; 0 = none */
    uint16_t kinds; /* CHR_GAZ_* of that phrase */
    int32_t actor;  /* first actor entry of the phrase, -1 if none */
} chrGazSpan;

/* For the token forms forms[0..n): ids[i] gets the lexicon id of the upper-cased
 * token (CHR_LEX_NONE when the dictionaries never use that word); span[i]
 * the longest phrase starting at token i; begin[i] and inside[i] the
 * kinds of every longest phrase that starts at, or runs through (not
 * starting), token i. lex may be NULL (then only titles are found). */
void chrGaz_sentence(const chrLex *lex, const char *const *forms, size_t n, chrLexId *ids,
                     chrGazSpan *span, uint16_t *begin, uint16_t *inside);

/* The dictionary entry for exactly the words of forms[0..n) (ids as
 * above): its kinds, and its actor (or -1). Returns 0 when the words are
 * no dictionary phrase. */
uint16_t chrGaz_phrase(const chrLex *lex, const char *const *forms, const chrLexId *ids, size_t n,
                       int32_t *actor);

/* 1 when form (len bytes) is a personal title: Mr., Mrs, Dr., President,
 * Minister, Gen., Sen. ... (case as written: "President", "president"). */
int chrGaz_isTitle(const char *form, size_t len);

/* The lexicon id of a token's upper-cased form (CHR_LEX_NONE if unused). */
chrLexId chrGaz_wordId(const chrLex *lex, const char *form, size_t len);

#endif
