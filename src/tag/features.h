/*
 * features.h - the feature templates of the tagger, shared by training
 * and tagging so the two can never disagree.
 */
#ifndef CHR_TAG_FEATURES_H
#define CHR_TAG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "tag/wordfeat.h"

#define CHR_TAG_MAXFEAT 64


/* The roles a word plays for the word tagged: itself, the word before,
 * after, two before, two after (offsets in chrTagFeat_offset). The
 * features of a role depend on that one word only, so a tagger may add
 * their weights up once per word ahead of time. */
enum { CHR_TAG_SELF, CHR_TAG_PREV1, CHR_TAG_NEXT1, CHR_TAG_PREV2, CHR_TAG_NEXT2,
       CHR_TAG_NROLES };
#define CHR_TAG_MAXROLEFEAT 16
/* At most this many features from chrTagFeat_pairs. */
#define CHR_TAG_MAXPAIRS 8
extern const int chrTagFeat_offset[CHR_TAG_NROLES];

/* The features of word in role into f (CHR_TAG_MAXROLEFEAT); returns
 * their number. */
size_t chrTagFeat_role(const chrTagWord *word, int role, uint64_t *f);
/* The feature of the class p predicted for the word which (1 or 2)
 * places before. */
uint64_t chrTagFeat_prevTag(int which, uint32_t p);
/* The features of word i that combine several words (none of them
 * depends on a predicted tag) and those that combine the classes p1 and
 * p2 predicted for i-1 and i-2 with words (see chrTagFeat_extract for
 * the arguments). */
size_t chrTagFeat_pairs(const chrTagWord *const *w, size_t i, uint64_t *f);
size_t chrTagFeat_tagged(const chrTagWord *const *w, size_t i, uint32_t p1, uint32_t p2,
                         uint64_t *f);

/* Writes every feature of word i of w[0..n) into f (CHR_TAG_MAXFEAT) and
 * returns their number. w must be readable from w[-2] to w[n+1] (the
 * padding words); p1 and p2 are the classes predicted for i-1 and i-2
 * (any distinct numbers for "none"). */
size_t chrTagFeat_extract(const chrTagWord *const *w, size_t n, size_t i, uint32_t p1,
                          uint32_t p2, uint64_t *f);

#endif
