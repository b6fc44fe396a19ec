/*
 * features.h - what the parser looks at in a configuration.
 *
 * The templates follow Zhang and Nivre (2011), "Transition-based
 * dependency parsing with rich non-local features", for a greedy
 * arc-eager parser: words, tags and lemmas of the stack top (S0), the
 * first three buffer words (N0..N2), S0's head and grandhead, the
 * leftmost and rightmost dependents of S0 and N0 and their labels, the
 * S0-N0 distance, valencies and the label sets of the dependents, plus
 * the word below the stack top (S1), coarse tags (UPOS) and the word
 * clusters the tagger learned from news (coarse and fine; Koo et al.
 * 2008 showed what clusters do for parsers).
 *
 * Each word's attributes are hashed once per sentence (chrParseWords);
 * each feature is then one 64-bit mix of a template number and up to
 * three attribute hashes. Changing a template changes what models mean:
 * raise CHR_PARSE_FEATURES_VERSION and retrain.
 */
#ifndef CHR_PARSE_FEATURES_H
#define CHR_PARSE_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "parse/arceager.h"

#define CHR_PARSE_FEATURES_VERSION 2u
#define CHR_PARSE_MAX_FEATURES 112

/* Attribute hashes of the words of one sentence, index 0 = the root,
 * index n + 1 .. n + 3 = "no word" (so that N1, N2 never need a bounds
 * check). */
typedef struct chrParseWords {
    int n;
    uint64_t *w;  /* lower-cased form */
    uint64_t *p;  /* XPOS (Penn tag) */
    uint64_t *u;  /* UPOS */
    uint64_t *m;  /* lemma */
    uint64_t *c1, *c2; /* coarse and fine word cluster */
    void *mem;
    size_t cap;
} chrParseWords;

void chrParseWords_init(chrParseWords *w);
void chrParseWords_release(chrParseWords *w);
/* Makes room for n words and fills the root and "no word" slots.
 * Returns CHR_OK or CHR_ENOMEM. */
int chrParseWords_start(chrParseWords *w, int n);
/* Sets word i (1..n) from its form (len bytes), XPOS, UPOS id and lemma
 * (NULL for unknown). */
void chrParseWords_set(chrParseWords *w, int i, const char *form, size_t len, const char *xpos,
                       int upos, const char *lemma);

/* Sets the clusters of word i (1..n): c1 coarse, c2 fine, any number
 * distinct from every cluster for "unknown". Without a call both are
 * "unknown". */
void chrParseWords_setClusters(chrParseWords *w, int i, unsigned c1, unsigned c2);

/* Writes the features of configuration c into f (room for
 * CHR_PARSE_MAX_FEATURES) and returns how many. */
size_t chrParseFeatures_extract(const chrArcEager *c, const chrParseWords *w, uint64_t *f);

/* The same features in three groups, so that a parser can score the
 * first two once and reuse the scores (the three together are exactly
 * chrParseFeatures_extract):
 *  - stackTop: what depends only on which word is S0. A word's head,
 *    left dependents and the words below it stay fixed while it is on
 *    the stack, and a popped word never comes back, so these features
 *    are the same every time a word is S0.
 *  - buffer: what depends only on the buffer front b (N0..N2 without
 *    dependents).
 *  - pairs: everything else (S0 with N0, distances, the dependents that
 *    can still change). */
size_t chrParseFeatures_stackTop(const chrArcEager *c, const chrParseWords *w, uint64_t *f);
size_t chrParseFeatures_buffer(const chrArcEager *c, const chrParseWords *w, uint64_t *f);
size_t chrParseFeatures_pairs(const chrArcEager *c, const chrParseWords *w, uint64_t *f);

#endif
