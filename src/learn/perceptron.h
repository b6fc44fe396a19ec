/*
 * perceptron.h - averaged perceptron over hashed features, for the
 * multi-class decisions of the tagger, the parser and the NER.
 *
 * Two objects:
 *  - chrPerceptron, the trainer: float weights in one row of nclass per
 *    feature (rows are created on the first update of a feature), with
 *    averaging done lazily by the "w - u/c" trick (Daume): an update at
 *    time c adds d to w and c*d to u, and the average over all c steps is
 *    w - u/c, so no weight is touched when it does not change.
 *  - chrLinear, the read-only model for inference: averaged weights with
 *    near-zero ones pruned, quantised to int16, kept per feature in one
 *    pool as a sparse row of (class, weight) pairs or, when a quarter or
 *    more of the classes have a weight, as a dense row of nclass weights
 *    (added with SIMD-friendly straight loops). Rows are found through
 *    an open-addressing table keyed by the 64-bit feature hash: a feature
 *    costs one probe and one contiguous read. Safe to share between
 *    threads.
 *
 * Features are 64-bit hashes (learn/hash.h), never 0. Duplicates in a
 * feature list count twice. A decision may be restricted to a set of
 * valid classes: valid[c] != 0 (NULL means every class is valid). Ties
 * go to the lowest class number, so results are deterministic.
 */
#ifndef CHR_LEARN_PERCEPTRON_H
#define CHR_LEARN_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "learn/modelfile.h"

typedef struct chrPerceptron {
    uint32_t nclass;
    uint64_t *keys;   /* open addressing, 0 = empty */
    uint32_t *rowof;  /* row index of keys[i] */
    size_t cap, used; /* table capacity (power of two) and filled slots */
    float *w, *u;     /* nrows * nclass: current weights and c-weighted sums */
    size_t nrows, caprows;
    uint64_t c;       /* decisions seen + 1 */
} chrPerceptron;

/* Returns CHR_OK, CHR_EINVAL (nclass 0 or above 32767) or CHR_ENOMEM. */
int chrPerceptron_init(chrPerceptron *p, uint32_t nclass);
void chrPerceptron_release(chrPerceptron *p);

/* Adds the current (not averaged) weights of feats to scores[nclass],
 * which the caller zeroes first. */
void chrPerceptron_scores(const chrPerceptron *p, const uint64_t *feats, size_t n,
                          float *scores);
/* The best valid class of scores, or -1 when no class is valid. */
int chrPerceptron_argmax(const float *scores, uint32_t nclass, const uint8_t *valid);

/* Adds delta to the weights of class good and subtracts it from class
 * bad for every feature (either may be -1 to skip it). Does not advance
 * time. Returns CHR_OK or CHR_ENOMEM. */
int chrPerceptron_update(chrPerceptron *p, const uint64_t *feats, size_t n, int good, int bad,
                         float delta);
/* Advances time by one decision (call once per training decision). */
static inline void chrPerceptron_tick(chrPerceptron *p) { p->c++; }

/* One training decision: predicts among valid classes with the current
 * weights, updates towards gold when wrong, ticks. Returns the predicted
 * class (or a negative status on CHR_ENOMEM). scratch holds nclass floats
 * (NULL: a stack buffer is used when nclass <= 1024). */
int chrPerceptron_learn(chrPerceptron *p, const uint64_t *feats, size_t n, int gold,
                        const uint8_t *valid, float *scratch);

/* The number of features with a row. */
static inline size_t chrPerceptron_size(const chrPerceptron *p) { return p->nrows; }

/* ------------------------------------------------------------ inference */

typedef struct chrLinearSlot {
    uint64_t key;  /* 0 = empty */
    uint32_t off;  /* first value in the pool */
    uint32_t n;    /* sparse: (class, weight) pairs; CHR_LINEAR_DENSE: nclass weights */
} chrLinearSlot;

#define CHR_LINEAR_DENSE 0x80000000u
/* In off: the row (one or two pairs) is in the slot itself, see
 * chrLinear_inline() (learn/linear_inline.h). */
#define CHR_LINEAR_INLINE 0x80000000u

typedef struct chrLinear {
    uint32_t nclass;
    uint32_t mask;          /* table size - 1 (power of two) */
    chrLinearSlot *slots;
    int16_t *pool;          /* sparse pairs (class, weight) and dense rows */
    size_t npool;           /* int16 values in pool */
    size_t nfeatures;
    float scale;            /* int16 weight = round(averaged weight * scale) */
    int inlined;            /* small rows moved into their slots: for scoring only */
} chrLinear;

/* Averages p's weights, drops those with |w| < prune (0 keeps every
 * non-zero one; 1 quantum below is always dropped) and builds *out. p is
 * unchanged. Returns CHR_OK or CHR_ENOMEM. */
int chrPerceptron_finish(const chrPerceptron *p, float prune, chrLinear *out);

/* Adds the weights of feats to scores[nclass] (the caller zeroes it). */
static inline void chrLinear_scores(const chrLinear *m, const uint64_t *feats, size_t n,
                                    int32_t *scores);
/* The best valid class for feats (-1 when none is valid). */
int chrLinear_best(const chrLinear *m, const uint64_t *feats, size_t n, const uint8_t *valid);
/* The best valid class of int scores (-1 when none). */
int chrLinear_argmax(const int32_t *scores, uint32_t nclass, const uint8_t *valid);

/* Stores m as section name / loads it back. chrLinear_read returns
 * CHR_OK, CHR_ENOTFOUND (no such section), CHR_EFORMAT (damaged, with
 * "path: reason" in err) or CHR_ENOMEM. */
int chrLinear_write(const chrLinear *m, chrModelWriter *w, const char *name);
int chrLinear_read(chrLinear *m, const chrModelFile *mf, const char *name, char *err,
                   size_t errlen);
void chrLinear_release(chrLinear *m);

static inline const chrLinearSlot *chrLinear_find(const chrLinear *m, uint64_t key) {
    uint32_t i = (uint32_t)(key ^ (key >> 32)) & m->mask;
    for (;;) {
        const chrLinearSlot *s = &m->slots[i];
        if (s->key == key) return s;
        if (s->key == 0) return NULL;
        i = (i + 1) & m->mask;
    }
}

/* scores[0..n) += w[0..n), eight at a time with the vector extensions
 * of gcc and clang (SSE2 widening adds); plain C elsewhere. */
#if defined(__GNUC__) || defined(__clang__)
typedef int16_t chrLinearV8s __attribute__((vector_size(16)));
typedef int32_t chrLinearV8i __attribute__((vector_size(32)));
#endif
static inline void chrLinear_addDense(int32_t *restrict s, const int16_t *restrict w, uint32_t n) {
    uint32_t c = 0;
#if defined(__GNUC__) || defined(__clang__)
    for (; c + 8 <= n; c += 8) {
        chrLinearV8s w8;
        chrLinearV8i s8;
        memcpy(&w8, w + c, sizeof w8);
        memcpy(&s8, s + c, sizeof s8);
        s8 += __builtin_convertvector(w8, chrLinearV8i);
        memcpy(s + c, &s8, sizeof s8);
    }
#endif
    for (; c < n; c++) s[c] += w[c];
}

/* Adds the row of slot s (found in m) to scores[nclass]. */
static inline void chrLinear_addSlot(const chrLinear *m, const chrLinearSlot *s,
                                     int32_t *scores) {
    if (s->off & CHR_LINEAR_INLINE) {
        /* two (class << 16 | weight) pairs; a lone pair's partner adds 0 */
        const uint32_t a = s->off, z = s->n;
        scores[(a >> 16) & 0x7fffu] += (int16_t)(uint16_t)a;
        scores[z >> 16] += (int16_t)(uint16_t)z;
        return;
    }
    const int16_t *e = m->pool + s->off;
    if (s->n & CHR_LINEAR_DENSE) {
        chrLinear_addDense(scores, e, m->nclass);
    } else {
        /* the count in a local: stores to scores could alias s->n */
        const uint32_t cnt = s->n;
        for (uint32_t k = 0; k < cnt; k++) scores[(uint16_t)e[2 * k]] += e[2 * k + 1];
    }
}

/* Prefetches the table slot of feature key. */
static inline void chrLinear_prefetchSlot(const chrLinear *m, uint64_t key) {
    __builtin_prefetch(&m->slots[(uint32_t)(key ^ (key >> 32)) & m->mask]);
}

/* The slot of key (NULL when absent), with its row prefetched. */
static inline const chrLinearSlot *chrLinear_findPrefetch(const chrLinear *m, uint64_t key) {
    const chrLinearSlot *s = chrLinear_find(m, key);
    if (s && !(s->off & CHR_LINEAR_INLINE)) __builtin_prefetch(m->pool + s->off);
    return s;
}

/* Scoring in three passes over a batch of features: prefetch every
 * table slot, then find every row and prefetch it, then add. The cache
 * misses of a batch overlap instead of queueing one after another. */
#define CHR_LINEAR_BATCH 64
static inline void chrLinear_scores(const chrLinear *m, const uint64_t *feats, size_t n,
                                    int32_t *scores) {
    const chrLinearSlot *found[CHR_LINEAR_BATCH];
    while (n > 0) {
        size_t b = n < CHR_LINEAR_BATCH ? n : CHR_LINEAR_BATCH;
        for (size_t i = 0; i < b; i++) chrLinear_prefetchSlot(m, feats[i]);
        for (size_t i = 0; i < b; i++) found[i] = chrLinear_findPrefetch(m, feats[i]);
        for (size_t i = 0; i < b; i++)
            if (found[i]) chrLinear_addSlot(m, found[i], scores);
        feats += b;
        n -= b;
    }
}

#endif
