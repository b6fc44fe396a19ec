/*
 * features.h - the features of the NER labeller, shared by training and
 * tagging so that both see exactly the same thing.
 *
 * A sentence is first prepared once (chrNerFeat_prepare): per token the
 * hashes of its form, lower-cased form, shape, prefixes and suffixes, its
 * dictionary kinds (gazetteer.h), its word clusters (wordclass.h), the
 * run of capitalised words it belongs to (whose last word, "University"
 * or "Inc.", tells the type) and whether it stands in an all-caps
 * stretch (then the form is first rewritten in its usual case,
 * casing.h). chrNerFeat_token() then lists the features of one decision:
 * those of the token and its neighbours (+-2), how capitalised the
 * sentence is, and the two labels chosen before it.
 */
#ifndef CHR_NER_FEATURES_H
#define CHR_NER_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "lex/lexicon.h"
#include "ner/casing.h"
#include "ner/gazetteer.h"
#include "ner/orgnames.h"
#include "tag/wordfeat.h"

/* Labels (BIO); entity type t (chr_entity_type) has B = 2t-1, I = 2t.
 * These are also the values of chr_token.ner. */
#define CHR_NER_O 0
#define CHR_NER_NLABELS 7
#define CHR_NER_B(t) (2 * (t) - 1)
#define CHR_NER_I(t) (2 * (t))
#define CHR_NER_TYPE(label) (((label) + 1) / 2)
#define CHR_NER_IS_B(label) ((label) % 2 == 1)

#define CHR_NER_MAXFEATS 96

typedef struct chrNerTok {
    uint64_t w, lw, shape;     /* hashes of form, lower-case form, shape */
    uint64_t pre[3], suf[4];   /* prefixes of 1..3 and suffixes of 1..4 chars */
    uint16_t gbegin, ginside;  /* dictionary kinds (CHR_GAZ_*) */
    uint8_t gspan;             /* length of the longest phrase starting here (capped 4) */
    uint8_t flags;             /* NERTOK_* */
    uint8_t upos;              /* chr_upos, 0 when not tagged */
    uint8_t casecls;           /* usual case of the word (casing.h) */
    uint8_t orgb, orgi;        /* a listed organisation name (orgnames.h) starts here
                                  (its length capped 4, + 8 when capitalised) / runs through here */
    uint16_t cc, cf;           /* coarse and fine word cluster (wordclass.h) */
    uint32_t run0, run1;       /* the run of capitalised words around it: [run0, run1) */
    uint8_t runkw;             /* CHR_NER_KW_* head words anywhere in that run (keywords.h) */
} chrNerTok;

#define NERTOK_CAPS 1u  /* read in an all-caps stretch */
#define NERTOK_TITLE 2u /* a personal title */

/* Scratch memory for one sentence; one per thread. */
typedef struct chrNerWork {
    chrNerTok *tok;
    chrLexId *ids;
    chrGazSpan *span;
    uint16_t *gb, *gi;
    size_t cap;
    int scase; /* how the sentence is capitalised: 0 no capitals, 1 few, 2 many */
} chrNerWork;

int chrNerWork_reserve(chrNerWork *w, size_t n);
void chrNerWork_release(chrNerWork *w);

/* Prepares forms[0..n) (folded working forms; upos may be NULL) into w;
 * clusters may be empty. Returns CHR_OK or CHR_ENOMEM. */
int chrNerFeat_prepare(chrNerWork *w, const chrLex *lex, const chrCasing *casing,
                       const chrTagClusters *clusters, const chrNerOrgs *orgs,
                       const char *const *forms, const uint8_t *upos, size_t n);

/* The features of labelling token i after labels p1 (i-1) and p2 (i-2)
 * (CHR_NER_O at the sentence start) into out[CHR_NER_MAXFEATS]; returns
 * how many. */
size_t chrNerFeat_token(const chrNerWork *w, size_t n, size_t i, int p1, int p2, uint64_t *out);

/* 1 when the letters of s[0..n) are all capitals and there are at least
 * two of them. */
int chrNerFeat_allCaps(const char *s, size_t n);

#endif
