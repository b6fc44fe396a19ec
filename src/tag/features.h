/*
 * features.h - the feature templates of the tagger, shared by training
 * and tagging so the two can never disagree.
 */
#ifndef CHR_TAG_FEATURES_H
#define CHR_TAG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "tag/wordfeat.h"

#define CHR_TAG_MAXFEAT 48

/* The padding words around a sentence: w[-2], w[-1], w[n], w[n+1]. */
extern const chrTagWord chrTagFeat_start2, chrTagFeat_start1, chrTagFeat_end1, chrTagFeat_end2;

/* Writes the features of word i of w[0..n) into f (CHR_TAG_MAXFEAT) and
 * returns their number. w must be readable from w[-2] to w[n+1] (the
 * padding words); p1 and p2 are the classes predicted for i-1 and i-2
 * (any distinct numbers for "none"). */
size_t chrTagFeat_extract(const chrTagWord *const *w, size_t n, size_t i, uint32_t p1,
                          uint32_t p2, uint64_t *f);

#endif
