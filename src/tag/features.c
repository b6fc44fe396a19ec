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
    T_SUF2_P1, T_CL2_CL2P1, T_SHAPE_SHAPEP1
};

#define PAD(id) {0, {0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id, \
    0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id, \
    0x7a0000u + id, 0x7a0000u + id, 0x7a0000u + id}, -1, 0}
const chrTagWord chrTagFeat_start2 = PAD(1), chrTagFeat_start1 = PAD(2),
                 chrTagFeat_end1 = PAD(3), chrTagFeat_end2 = PAD(4);

static inline uint64_t pair(uint64_t a, uint64_t b) { return chrHash_add(a, b); }

size_t chrTagFeat_extract(const chrTagWord *const *w, size_t n, size_t i, uint32_t p1,
                          uint32_t p2, uint64_t *f) {
    (void)n;
    const uint64_t *v = w[i]->v, *m1 = w[(ptrdiff_t)i - 1]->v, *m2 = w[(ptrdiff_t)i - 2]->v;
    const uint64_t *q1 = w[i + 1]->v, *q2 = w[i + 2]->v;
    size_t k = 0;
#define F(t, val) f[k++] = chrHash_feature((t), (val))
    F(T_BIAS, 0);
    F(T_FORM, v[CHR_WV_FORM]);
    F(T_LOWER, v[CHR_WV_LOWER]);
    F(T_SUF1, v[CHR_WV_SUF1]);
    F(T_SUF2, v[CHR_WV_SUF2]);
    F(T_SUF3, v[CHR_WV_SUF3]);
    F(T_SUF4, v[CHR_WV_SUF4]);
    F(T_PRE1, v[CHR_WV_PRE1]);
    F(T_PRE2, v[CHR_WV_PRE2]);
    F(T_PRE3, v[CHR_WV_PRE3]);
    F(T_SHAPE, v[CHR_WV_SHAPE]);
    F(T_CL1, v[CHR_WV_CL1]);
    F(T_CL2, v[CHR_WV_CL2]);
    if (i == 0) F(T_FIRST_SHAPE, v[CHR_WV_SHAPE]);
    F(T_LM1, m1[CHR_WV_LOWER]);
    F(T_LM2, m2[CHR_WV_LOWER]);
    F(T_LP1, q1[CHR_WV_LOWER]);
    F(T_LP2, q2[CHR_WV_LOWER]);
    F(T_SUF3M1, m1[CHR_WV_SUF3]);
    F(T_SUF3P1, q1[CHR_WV_SUF3]);
    F(T_SHAPEM1, m1[CHR_WV_SHAPE]);
    F(T_SHAPEP1, q1[CHR_WV_SHAPE]);
    F(T_CL2M1, m1[CHR_WV_CL2]);
    F(T_CL2P1, q1[CHR_WV_CL2]);
    F(T_CL1M2, m2[CHR_WV_CL1]);
    F(T_CL1P2, q2[CHR_WV_CL1]);
    F(T_CL1M1, m1[CHR_WV_CL1]);
    F(T_CL1P1, q1[CHR_WV_CL1]);
    F(T_P1, p1);
    F(T_P2, p2);
    F(T_P1P2, pair(p1, p2));
    F(T_P1_LOWER, pair(p1, v[CHR_WV_LOWER]));
    F(T_P1_SUF3, pair(p1, v[CHR_WV_SUF3]));
    F(T_LOWER_LP1, pair(v[CHR_WV_LOWER], q1[CHR_WV_LOWER]));
    F(T_LM1_LOWER, pair(m1[CHR_WV_LOWER], v[CHR_WV_LOWER]));
    F(T_P1_CL2P1, pair(p1, q1[CHR_WV_CL2]));
    F(T_SUF2_P1, pair(v[CHR_WV_SUF2], q1[CHR_WV_SUF2]));
    F(T_CL2_CL2P1, pair(v[CHR_WV_CL2], q1[CHR_WV_CL2]));
    F(T_SHAPE_SHAPEP1, pair(v[CHR_WV_SHAPE], q1[CHR_WV_SHAPE]));
#undef F
    return k;
}
