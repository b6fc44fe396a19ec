/*
 * linear_prune.c - dropping small weights from a finished model (see
 * linear_prune.h).
 */
#include "learn/linear_prune.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

static int keep(const chrLinearEntry *e, int min_abs) { return e->w >= min_abs || e->w <= -min_abs; }

/* How many features and weights survive pruning at min_abs. */
static void count_kept(const chrLinear *m, int min_abs, size_t *nfeat, size_t *npool) {
    *nfeat = *npool = 0;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        const chrLinearSlot *s = &m->slots[i];
        if (!s->key) continue;
        size_t kept = 0;
        for (uint32_t k = 0; k < s->n; k++) kept += keep(&m->pool[s->off + k], min_abs);
        *nfeat += kept > 0;
        *npool += kept;
    }
}

size_t chrLinear_prunedBytes(const chrLinear *m, int min_abs) {
    size_t nfeat, npool;
    count_kept(m, min_abs, &nfeat, &npool);
    return 24 + nfeat * 12 + npool * 4; /* the layout of chrLinear_write */
}

int chrLinear_prune(chrLinear *m, int min_abs) {
    size_t nfeat, npool;
    count_kept(m, min_abs, &nfeat, &npool);
    size_t cap = 16;
    while (cap < nfeat * 2 + 1) cap *= 2; /* at most half full, as when finishing */
    chrLinearSlot *slots = calloc(cap, sizeof *slots);
    chrLinearEntry *pool = malloc((npool ? npool : 1) * sizeof *pool);
    if (!slots || !pool) {
        free(slots);
        free(pool);
        return CHR_ENOMEM;
    }
    uint32_t mask = (uint32_t)(cap - 1);
    size_t used = 0;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        const chrLinearSlot *s = &m->slots[i];
        if (!s->key) continue;
        size_t start = used;
        for (uint32_t k = 0; k < s->n; k++)
            if (keep(&m->pool[s->off + k], min_abs)) pool[used++] = m->pool[s->off + k];
        if (used == start) continue;
        uint32_t j = (uint32_t)(s->key ^ (s->key >> 32)) & mask;
        while (slots[j].key) j = (j + 1) & mask;
        slots[j].key = s->key;
        slots[j].off = (uint32_t)start;
        slots[j].n = (uint32_t)(used - start);
    }
    free(m->slots);
    free(m->pool);
    m->slots = slots;
    m->pool = pool;
    m->mask = mask;
    m->npool = used;
    m->nfeatures = nfeat;
    return CHR_OK;
}
