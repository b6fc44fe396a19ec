/*
 * linear_prune.c - dropping small weights from a finished model (see
 * linear_prune.h). Rows keep the layout rule of chrPerceptron_finish: a
 * row with at least a quarter of its classes non-zero is dense (nclass
 * values), others are sparse (class, weight) pairs.
 */
#include "learn/linear_prune.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

static int row_dense(size_t kept, uint32_t nclass) { return kept * 4 >= nclass; }

/* The weights of slot s kept at min_abs, as a dense row q[nclass]
 * (zeros dropped); returns how many are non-zero. */
static size_t row_kept(const chrLinear *m, const chrLinearSlot *s, int min_abs, int16_t *q) {
    memset(q, 0, m->nclass * sizeof *q);
    const int16_t *v = m->pool + s->off;
    if (s->n & CHR_LINEAR_DENSE) {
        for (uint32_t c = 0; c < m->nclass; c++) q[c] = v[c];
    } else {
        for (uint32_t k = 0; k < s->n; k++) q[(uint16_t)v[2 * k]] = v[2 * k + 1];
    }
    size_t kept = 0;
    for (uint32_t c = 0; c < m->nclass; c++) {
        if (q[c] < min_abs && q[c] > -min_abs) q[c] = 0;
        kept += q[c] != 0;
    }
    return kept;
}

/* Features and pool values that survive pruning at min_abs. */
static int count_kept(const chrLinear *m, int min_abs, size_t *nfeat, size_t *npool) {
    int16_t *q = malloc((m->nclass ? m->nclass : 1) * sizeof *q);
    if (!q) return CHR_ENOMEM;
    *nfeat = *npool = 0;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        const chrLinearSlot *s = &m->slots[i];
        if (!s->key) continue;
        size_t kept = row_kept(m, s, min_abs, q);
        if (!kept) continue;
        (*nfeat)++;
        *npool += row_dense(kept, m->nclass) ? m->nclass : 2 * kept;
    }
    free(q);
    return CHR_OK;
}

size_t chrLinear_prunedBytes(const chrLinear *m, int min_abs) {
    size_t nfeat, npool;
    if (count_kept(m, min_abs, &nfeat, &npool)) return (size_t)-1;
    return 24 + nfeat * 12 + npool * 2; /* the layout of chrLinear_write */
}

int chrLinear_prune(chrLinear *m, int min_abs) {
    size_t nfeat, npool;
    if (count_kept(m, min_abs, &nfeat, &npool)) return CHR_ENOMEM;
    size_t cap = 16;
    while (cap < nfeat * 2 + 1) cap *= 2; /* at most half full, as when finishing */
    chrLinearSlot *slots = calloc(cap, sizeof *slots);
    int16_t *pool = malloc((npool ? npool : 1) * sizeof *pool);
    int16_t *q = malloc((m->nclass ? m->nclass : 1) * sizeof *q);
    if (!slots || !pool || !q) {
        free(slots);
        free(pool);
        free(q);
        return CHR_ENOMEM;
    }
    uint32_t mask = (uint32_t)(cap - 1);
    size_t used = 0;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        const chrLinearSlot *s = &m->slots[i];
        if (!s->key) continue;
        size_t kept = row_kept(m, s, min_abs, q);
        if (!kept) continue;
        size_t start = used;
        uint32_t n;
        if (row_dense(kept, m->nclass)) {
            memcpy(pool + used, q, m->nclass * sizeof *q);
            used += m->nclass;
            n = CHR_LINEAR_DENSE | m->nclass;
        } else {
            for (uint32_t c = 0; c < m->nclass; c++) {
                if (!q[c]) continue;
                pool[used++] = (int16_t)c;
                pool[used++] = q[c];
            }
            n = (uint32_t)kept;
        }
        uint32_t j = (uint32_t)(s->key ^ (s->key >> 32)) & mask;
        while (slots[j].key) j = (j + 1) & mask;
        slots[j].key = s->key;
        slots[j].off = (uint32_t)start;
        slots[j].n = n;
    }
    free(q);
    free(m->slots);
    free(m->pool);
    m->slots = slots;
    m->pool = pool;
    m->mask = mask;
    m->npool = used;
    m->nfeatures = nfeat;
    return CHR_OK;
}
