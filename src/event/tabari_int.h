/*
 * tabari_int.h - the working state shared by the TABARI coder's parse
 * (tabari_parse.c) and its pattern matching and event building
 * (tabari_code.c). Not a public interface.
 */
#ifndef CHR_EVENT_TABARI_INT_H
#define CHR_EVENT_TABARI_INT_H

#include "event/tabari.h"

#define TW_MAX 400   /* words coded per text; the rest is cut */
#define TW_LEN 48    /* letters kept per word */
#define TA_MAX 128   /* actor occurrences */
#define TA_CODES 8   /* codes per actor occurrence (coded compounds) */

enum {
    TW_NONE = 0, TW_LITR, /* part of another word's phrase */
    TW_ACTOR, TW_AGENT, TW_VERB, TW_NOUN, TW_ADJ, TW_TIME,
    TW_DET, TW_PRON, TW_CONJ, TW_COMMA, TW_AUX, TW_BY, TW_NUM
};

typedef struct tword {
    char w[TW_LEN];
    uint8_t len, cap, type, dead, prot; /* prot: conjunction/comma inside a compound */
    uint32_t start, end;                /* bytes */
    uint32_t entry;                     /* surface entry of a phrase head */
    int16_t last;                       /* last word of the phrase (heads) */
    int16_t head;                       /* head of the phrase this word is part of, -1 */
    int16_t actor;                      /* actor occurrence id at a head, -1 */
} tword;

typedef struct tactor {
    int16_t pos, last;   /* words */
    int16_t compound;    /* compound id (first member's actor id), -1 */
    uint8_t ncodes, dead;
    char codes[TA_CODES][48];
} tactor;

struct chrTabariCoder {
    const chrLex *lex;
    const chrTabariOpts *o;
    const char *text;
    int32_t ymd;
    int allcaps;
    tword w[TW_MAX];
    int n;
    tactor a[TA_MAX];
    int na;
    int discard, complex;
    /* FORWARD: the first actor of the previous text, for a pronoun that
     * opens the next one (manual 8.4) */
    char fwd[48];
};

/* tabari_parse.c: words, types, actors, compounds, pronouns, commas. */
void chrTabari_parse(chrTabariCoder *c, const char *text, size_t len);
/* Does text word t match dictionary word d (stem, or whole word with the
 * given endings)? */
int chrTabari_wordMatch(const chrLex *lex, const tword *t, const chrLexSurfTok *d, int endings);

#endif
