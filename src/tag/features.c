/*
 * features.c - the tagger's feature templates: the word, its lower case,
 * prefixes, suffixes, shape and clusters; the words, suffixes, shapes
 * and clusters two to each side; the two previous predicted tags and
 * some conjunctions. Template numbers are stored in models through the
 * hashes: renumbering them means retraining.
 */
#include "tag/features.h"

#include "learn/hash.h"

enum {
    T_BIAS = 1, T_FORM, T_LOWER, T_SUF1, T_SUF2, T_SUF3, T_SUF4, T_PRE1, T_PRE2, T_PRE3,
    T_SHAPE, T_CL1, T_CL2, T_FIRST_SHAPE,
    T_LM1, T_LM2, T_LP1, T_LP2, T_SUF3M1, T_SUF3P1, T_SHAPEM1, T_SHAPEP1,
    T_CL2M1, T_CL2P1, T_CL1M2, T_CL1P2, T_CL1M1, T_CL1P1,
    T_P1, T_P2, T_P1P2, T_P1_LOWER, T_P1_SUF3, T_LOWER_LP1, T_LM1_LOWER, T_P1_CL2P1,
    T_SUF2_P1, T_CL2_CL2P1, T_SHAPE_SHAPEP1,
    T_SUF5, T_FLAGS, T_LP1_LP2, T_LM2_LM1, T_P1_LP1, T_P1P2_LOWER, T_CL2M2, T_CL2P2,
    T_P1_CL2, T_FLAGSM1, T_FLAGSP1, T_SUF1P1
};

static inline uint64_t pair(uint64_t a, uint64_t b) { return chrHash_add(a, b); }

/* The templates that look at one word only, by its position relative
 * to the word tagged (roles, see features.h). */
size_t chrTagFeat_role(const chrTagWord *word, int role, uint64_t *f) {
    const uint64_t *v = word->v;
    size_t k = 0;
#define F(t, val) f[k++] = chrHash_feature((t), (val))
    switch (role) {
    case CHR_TAG_SELF:
        F(T_BIAS, 0);
        F(T_FORM, v[CHR_WV_FORM]);
        F(T_LOWER, v[CHR_WV_LOWER]);
        F(T_SUF1, v[CHR_WV_SUF1]);
        F(T_SUF2, v[CHR_WV_SUF2]);
        F(T_SUF3, v[CHR_WV_SUF3]);
        F(T_SUF4, v[CHR_WV_SUF4]);
        F(T_SUF5, v[CHR_WV_SUF5]);
        F(T_PRE1, v[CHR_WV_PRE1]);
        F(T_PRE2, v[CHR_WV_PRE2]);
        F(T_PRE3, v[CHR_WV_PRE3]);
        F(T_SHAPE, v[CHR_WV_SHAPE]);
        F(T_CL1, v[CHR_WV_CL1]);
        F(T_CL2, v[CHR_WV_CL2]);
        F(T_FLAGS, v[CHR_WV_FLAGS]);
        break;
    case CHR_TAG_PREV1:
        F(T_LM1, v[CHR_WV_LOWER]);
        F(T_SUF3M1, v[CHR_WV_SUF3]);
        F(T_SHAPEM1, v[CHR_WV_SHAPE]);
        F(T_CL2M1, v[CHR_WV_CL2]);
        F(T_CL1M1, v[CHR_WV_CL1]);
        F(T_FLAGSM1, v[CHR_WV_FLAGS]);
        break;
    case CHR_TAG_NEXT1:
        F(T_LP1, v[CHR_WV_LOWER]);
        F(T_SUF3P1, v[CHR_WV_SUF3]);
        F(T_SHAPEP1, v[CHR_WV_SHAPE]);
        F(T_CL2P1, v[CHR_WV_CL2]);
        F(T_CL1P1, v[CHR_WV_CL1]);
        F(T_FLAGSP1, v[CHR_WV_FLAGS]);
        F(T_SUF1P1, v[CHR_WV_SUF1]);
        break;
    case CHR_TAG_PREV2:
        F(T_LM2, v[CHR_WV_LOWER]);
        F(T_CL1M2, v[CHR_WV_CL1]);
        F(T_CL2M2, v[CHR_WV_CL2]);
        break;
    case CHR_TAG_NEXT2:
        F(T_LP2, v[CHR_WV_LOWER]);
        F(T_CL1P2, v[CHR_WV_CL1]);
        F(T_CL2P2, v[CHR_WV_CL2]);
        break;
    default:
        break;
    }
    return k;
}

size_t chrTagFeat_pairs(const chrTagWord *const *w, size_t i, uint64_t *f) {
    const uint64_t *v = w[i]->v, *m1 = w[(ptrdiff_t)i - 1]->v, *m2 = w[(ptrdiff_t)i - 2]->v;
    const uint64_t *q1 = w[i + 1]->v, *q2 = w[i + 2]->v;
    size_t k = 0;
    if (i == 0) F(T_FIRST_SHAPE, v[CHR_WV_SHAPE]);
    F(T_LOWER_LP1, pair(v[CHR_WV_LOWER], q1[CHR_WV_LOWER]));
    F(T_LM1_LOWER, pair(m1[CHR_WV_LOWER], v[CHR_WV_LOWER]));
    F(T_SUF2_P1, pair(v[CHR_WV_SUF2], q1[CHR_WV_SUF2]));
    F(T_CL2_CL2P1, pair(v[CHR_WV_CL2], q1[CHR_WV_CL2]));
    F(T_SHAPE_SHAPEP1, pair(v[CHR_WV_SHAPE], q1[CHR_WV_SHAPE]));
    F(T_LP1_LP2, pair(q1[CHR_WV_LOWER], q2[CHR_WV_LOWER]));
    F(T_LM2_LM1, pair(m2[CHR_WV_LOWER], m1[CHR_WV_LOWER]));
    return k;
}

size_t chrTagFeat_tagged(const chrTagWord *const *w, size_t i, uint32_t p1, uint32_t p2,
                         uint64_t *f) {
    const uint64_t *v = w[i]->v, *q1 = w[i + 1]->v;
    size_t k = 0;
    F(T_P1P2, pair(p1, p2));
    F(T_P1_LOWER, pair(p1, v[CHR_WV_LOWER]));
    F(T_P1_SUF3, pair(p1, v[CHR_WV_SUF3]));
    F(T_P1_CL2P1, pair(p1, q1[CHR_WV_CL2]));
    F(T_P1_LP1, pair(p1, q1[CHR_WV_LOWER]));
    F(T_P1P2_LOWER, pair(pair(p1, p2), v[CHR_WV_LOWER]));
    F(T_P1_CL2, pair(p1, v[CHR_WV_CL2]));
#undef F
    return k;
}

uint64_t chrTagFeat_prevTag(int which, uint32_t p) {
    return chrHash_feature(which == 1 ? T_P1 : T_P2, p);
}

const int chrTagFeat_offset[CHR_TAG_NROLES] = {0, -1, 1, -2, 2};

size_t chrTagFeat_extract(const chrTagWord *const *w, size_t n, size_t i, uint32_t p1,
                          uint32_t p2, uint64_t *f) {
    (void)n;
    size_t k = 0;
    for (int r = 0; r < CHR_TAG_NROLES; r++)
        k += chrTagFeat_role(w[(ptrdiff_t)i + chrTagFeat_offset[r]], r, f + k);
    f[k++] = chrTagFeat_prevTag(1, p1);
    f[k++] = chrTagFeat_prevTag(2, p2);
    k += chrTagFeat_pairs(w, i, f + k);
    return k + chrTagFeat_tagged(w, i, p1, p2, f + k);
}
