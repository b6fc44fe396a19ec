/*
 * linear_batch.h - chrLinear_scores for many features at once, with the
 * memory reads overlapped.
 *
 * A model of a few million weights does not fit in the cache, so each
 * feature costs two cache misses (its table slot, then its weights) and
 * a plain loop waits for them one after the other. Here every slot is
 * prefetched first, then every weight row, then the rows are added: the
 * misses of all features are in flight together. Same result as
 * chrLinear_scores (perceptron.h), several times faster on big models.
 */
#ifndef CHR_LEARN_LINEAR_BATCH_H
#define CHR_LEARN_LINEAR_BATCH_H

#include "learn/perceptron.h"

#define CHR_LINEAR_BATCH_MAX 128

static inline void chrLinear_prefetch(const void *p) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, 0, 3);
#else
    (void)p;
#endif
}

/* Adds the weights of feats[0..n) to scores[nclass] (the caller zeroes
 * it); n may exceed CHR_LINEAR_BATCH_MAX (done in batches). */
static inline void chrLinear_scoresBatch(const chrLinear *m, const uint64_t *feats, size_t n,
                                         int32_t *scores) {
    const chrLinearSlot *found[CHR_LINEAR_BATCH_MAX];
    while (n > 0) {
        size_t k = n < CHR_LINEAR_BATCH_MAX ? n : CHR_LINEAR_BATCH_MAX;
        for (size_t i = 0; i < k; i++) {
            uint64_t key = feats[i];
            chrLinear_prefetch(&m->slots[(uint32_t)(key ^ (key >> 32)) & m->mask]);
        }
        size_t nf = 0;
        for (size_t i = 0; i < k; i++) {
            const chrLinearSlot *s = chrLinear_find(m, feats[i]);
            if (!s) continue;
            chrLinear_prefetch(m->pool + s->off);
            found[nf++] = s;
        }
        for (size_t i = 0; i < nf; i++) {
            const chrLinearEntry *e = m->pool + found[i]->off;
            for (uint32_t j = 0; j < found[i]->n; j++) scores[e[j].cls] += e[j].w;
        }
        feats += k;
        n -= k;
    }
}

#endif
