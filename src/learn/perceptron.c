/*
 * perceptron.c - training, averaging, pruning, quantisation and storage
 * of the averaged perceptron (see perceptron.h for the design).
 */
#include "learn/perceptron.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

static inline uint32_t slot_of(uint64_t key, size_t mask) {
    return (uint32_t)((key ^ (key >> 32)) & mask);
}

int chrPerceptron_init(chrPerceptron *p, uint32_t nclass) {
    memset(p, 0, sizeof *p);
    if (nclass == 0 || nclass > 32767) return CHR_EINVAL;
    p->nclass = nclass;
    p->cap = 1 << 12;
    p->keys = calloc(p->cap, sizeof *p->keys);
    p->rowof = calloc(p->cap, sizeof *p->rowof);
    p->c = 1;
    if (!p->keys || !p->rowof) {
        chrPerceptron_release(p);
        return CHR_ENOMEM;
    }
    return CHR_OK;
}

void chrPerceptron_release(chrPerceptron *p) {
    free(p->keys);
    free(p->rowof);
    free(p->w);
    free(p->u);
    memset(p, 0, sizeof *p);
}

static long find_row(const chrPerceptron *p, uint64_t key) {
    size_t mask = p->cap - 1;
    for (size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
        if (p->keys[i] == key) return p->rowof[i];
        if (p->keys[i] == 0) return -1;
    }
}

static int grow_table(chrPerceptron *p) {
    size_t cap = p->cap * 2, mask = cap - 1;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *rowof = calloc(cap, sizeof *rowof);
    if (!keys || !rowof) {
        free(keys);
        free(rowof);
        return CHR_ENOMEM;
    }
    for (size_t i = 0; i < p->cap; i++) {
        if (!p->keys[i]) continue;
        size_t j = slot_of(p->keys[i], mask);
        while (keys[j]) j = (j + 1) & mask;
        keys[j] = p->keys[i];
        rowof[j] = p->rowof[i];
    }
    free(p->keys);
    free(p->rowof);
    p->keys = keys;
    p->rowof = rowof;
    p->cap = cap;
    return CHR_OK;
}

/* The row of key, created (zeroed) when absent; -1 when out of memory. */
static long need_row(chrPerceptron *p, uint64_t key) {
    long r = find_row(p, key);
    if (r >= 0) return r;
    if ((p->used + 1) * 2 > p->cap && grow_table(p)) return -1;
    if (p->nrows == p->caprows) {
        size_t caprows = p->caprows ? p->caprows * 2 : 1024;
        float *w = realloc(p->w, caprows * p->nclass * sizeof *w);
        if (!w) return -1;
        p->w = w;
        float *u = realloc(p->u, caprows * p->nclass * sizeof *u);
        if (!u) return -1;
        p->u = u;
        p->caprows = caprows;
    }
    size_t mask = p->cap - 1, i = slot_of(key, mask);
    while (p->keys[i]) i = (i + 1) & mask;
    p->keys[i] = key;
    p->rowof[i] = (uint32_t)p->nrows;
    p->used++;
    memset(p->w + p->nrows * p->nclass, 0, p->nclass * sizeof(float));
    memset(p->u + p->nrows * p->nclass, 0, p->nclass * sizeof(float));
    return (long)p->nrows++;
}

void chrPerceptron_scores(const chrPerceptron *p, const uint64_t *feats, size_t n,
                          float *scores) {
    for (size_t i = 0; i < n; i++) {
        long r = find_row(p, feats[i]);
        if (r < 0) continue;
        const float *w = p->w + (size_t)r * p->nclass;
        for (uint32_t c = 0; c < p->nclass; c++) scores[c] += w[c];
    }
}

int chrPerceptron_argmax(const float *scores, uint32_t nclass, const uint8_t *valid) {
    int best = -1;
    for (uint32_t c = 0; c < nclass; c++) {
        if (valid && !valid[c]) continue;
        if (best < 0 || scores[c] > scores[best]) best = (int)c;
    }
    return best;
}

int chrPerceptron_update(chrPerceptron *p, const uint64_t *feats, size_t n, int good, int bad,
                         float delta) {
    float cd = (float)p->c * delta;
    for (size_t i = 0; i < n; i++) {
        long r = need_row(p, feats[i]);
        if (r < 0) return CHR_ENOMEM;
        float *w = p->w + (size_t)r * p->nclass, *u = p->u + (size_t)r * p->nclass;
        if (good >= 0) {
            w[good] += delta;
            u[good] += cd;
        }
        if (bad >= 0) {
            w[bad] -= delta;
            u[bad] -= cd;
        }
    }
    return CHR_OK;
}

int chrPerceptron_learn(chrPerceptron *p, const uint64_t *feats, size_t n, int gold,
                        const uint8_t *valid, float *scratch) {
    float local[1024];
    float *s = scratch;
    if (!s) {
        if (p->nclass > 1024) return CHR_EINVAL;
        s = local;
    }
    memset(s, 0, p->nclass * sizeof *s);
    chrPerceptron_scores(p, feats, n, s);
    int guess = chrPerceptron_argmax(s, p->nclass, valid);
    if (guess != gold && chrPerceptron_update(p, feats, n, gold, guess, 1.0f)) return CHR_ENOMEM;
    chrPerceptron_tick(p);
    return guess;
}

/* ------------------------------------------------------------ finishing */

static inline float averaged(const chrPerceptron *p, size_t k) {
    return p->w[k] - p->u[k] / (float)p->c;
}

/* A dense row when a quarter or more of the classes have a weight. */
static int is_dense(size_t kept, uint32_t nclass) { return kept * 4 >= nclass; }

static size_t table_size(size_t nfeatures) {
    size_t cap = 16;
    while (cap < nfeatures * 2 + 1) cap *= 2; /* at most half full */
    return cap;
}

int chrPerceptron_finish(const chrPerceptron *p, float prune, chrLinear *out) {
    memset(out, 0, sizeof *out);
    out->nclass = p->nclass;
    float maxw = 0;
    size_t nw = p->nrows * p->nclass;
    for (size_t k = 0; k < nw; k++) {
        float a = fabsf(averaged(p, k));
        if (a > maxw) maxw = a;
    }
    out->scale = maxw > 0 ? 32767.0f / maxw : 1.0f;
    /* First pass: count what survives pruning. */
    size_t nfeat = 0, npool = 0;
    for (size_t r = 0; r < p->nrows; r++) {
        size_t kept = 0;
        for (uint32_t c = 0; c < p->nclass; c++) {
            float a = averaged(p, r * p->nclass + c);
            if (fabsf(a) >= prune && lrintf(a * out->scale) != 0) kept++;
        }
        if (kept) {
            nfeat++;
            npool += is_dense(kept, p->nclass) ? p->nclass : 2 * kept;
        }
    }
    size_t cap = table_size(nfeat);
    out->mask = (uint32_t)(cap - 1);
    out->slots = calloc(cap, sizeof *out->slots);
    out->pool = malloc((npool ? npool : 1) * sizeof *out->pool);
    if (!out->slots || !out->pool) {
        chrLinear_release(out);
        return CHR_ENOMEM;
    }
    int16_t *q = malloc(p->nclass * sizeof *q);
    if (!q) {
        chrLinear_release(out);
        return CHR_ENOMEM;
    }
    for (size_t i = 0; i < p->cap; i++) {
        if (!p->keys[i]) continue;
        size_t r = p->rowof[i], kept = 0;
        for (uint32_t c = 0; c < p->nclass; c++) {
            float a = averaged(p, r * p->nclass + c);
            long v = lrintf(a * out->scale);
            if (fabsf(a) < prune) v = 0;
            if (v > 32767) v = 32767;
            if (v < -32767) v = -32767;
            q[c] = (int16_t)v;
            kept += v != 0;
        }
        if (!kept) continue;
        size_t start = out->npool;
        uint32_t n;
        if (is_dense(kept, p->nclass)) {
            memcpy(out->pool + start, q, p->nclass * sizeof *q);
            out->npool += p->nclass;
            n = CHR_LINEAR_DENSE | p->nclass;
        } else {
            for (uint32_t c = 0; c < p->nclass; c++) {
                if (!q[c]) continue;
                out->pool[out->npool++] = (int16_t)c;
                out->pool[out->npool++] = q[c];
            }
            n = (uint32_t)kept;
        }
        uint32_t j = slot_of(p->keys[i], out->mask);
        while (out->slots[j].key) j = (j + 1) & out->mask;
        out->slots[j].key = p->keys[i];
        out->slots[j].off = (uint32_t)start;
        out->slots[j].n = n;
        out->nfeatures++;
    }
    free(q);
    return CHR_OK;
}

/* The first class with the highest score when every class is valid: the
 * maximum eight lanes at a time (gcc and clang vector extensions), then
 * the first class that has it. */
static int argmax_all(const int32_t *scores, uint32_t nclass) {
    uint32_t c = 0;
    int32_t top = scores[0];
#if defined(__GNUC__) || defined(__clang__)
    typedef int32_t v8i __attribute__((vector_size(32)));
    if (nclass >= 8) {
        v8i m;
        memcpy(&m, scores, sizeof m);
        for (c = 8; c + 8 <= nclass; c += 8) {
            v8i x;
            memcpy(&x, scores + c, sizeof x);
            v8i gt = x > m;
            m = (x & gt) | (m & ~gt);
        }
        for (int k = 0; k < 8; k++)
            if (m[k] > top) top = m[k];
    }
#endif
    for (; c < nclass; c++)
        if (scores[c] > top) top = scores[c];
    for (c = 0; scores[c] != top; c++) {
    }
    return (int)c;
}

int chrLinear_argmax(const int32_t *scores, uint32_t nclass, const uint8_t *valid) {
    if (!valid && nclass > 0) return argmax_all(scores, nclass);
    int best = -1;
    for (uint32_t c = 0; c < nclass; c++) {
        if (valid && !valid[c]) continue;
        if (best < 0 || scores[c] > scores[best]) best = (int)c;
    }
    return best;
}

int chrLinear_best(const chrLinear *m, const uint64_t *feats, size_t n, const uint8_t *valid) {
    int32_t local[1024];
    int32_t *s = local, *heap = NULL;
    if (m->nclass > 1024) {
        heap = calloc(m->nclass, sizeof *heap);
        if (!heap) return -1;
        s = heap;
    } else {
        memset(s, 0, m->nclass * sizeof *s);
    }
    chrLinear_scores(m, feats, n, s);
    int best = chrLinear_argmax(s, m->nclass, valid);
    free(heap);
    return best;
}

/* ------------------------------------------------------------- storage */

/* Section layout: u32 nclass, f32 scale, u64 nfeatures, u64 npool, then
 * per feature (in table order) u64 key, u32 n (as chrLinearSlot.n), then
 * the pool as npool i16 values in the same order (pairs of class and
 * weight for sparse rows, nclass weights for dense ones). The table is
 * rebuilt on load, so its size is not part of the format. */
static size_t row_values(uint32_t n, uint32_t nclass) {
    return (n & CHR_LINEAR_DENSE) ? nclass : 2 * (size_t)n;
}

int chrLinear_write(const chrLinear *m, chrModelWriter *w, const char *name) {
    if (m->inlined) return CHR_EINVAL; /* the slots no longer point at their rows */
    chrBuf *b = chrModelWriter_section(w, name);
    if (!b) return CHR_ENOMEM;
    chrBuf_u32(b, m->nclass);
    chrBuf_f32(b, m->scale);
    chrBuf_u64(b, m->nfeatures);
    chrBuf_u64(b, m->npool);
    for (size_t i = 0; i <= m->mask && m->slots; i++) {
        const chrLinearSlot *s = &m->slots[i];
        if (!s->key) continue;
        chrBuf_u64(b, s->key);
        chrBuf_u32(b, s->n);
    }
    for (size_t i = 0; i <= m->mask && m->slots; i++) {
        const chrLinearSlot *s = &m->slots[i];
        size_t nv = s->key ? row_values(s->n, m->nclass) : 0;
        for (size_t k = 0; k < nv; k++) chrBuf_i16(b, m->pool[s->off + k]);
    }
    return b->failed ? CHR_ENOMEM : CHR_OK;
}

int chrLinear_read(chrLinear *m, const chrModelFile *mf, const char *name, char *err,
                   size_t errlen) {
    memset(m, 0, sizeof *m);
    chrCursor c;
    if (chrModelFile_section(mf, name, &c)) {
        snprintf(err, errlen, "%s: the model has no section '%s'", mf->path, name);
        return CHR_ENOTFOUND;
    }
    m->nclass = chrCursor_u32(&c);
    m->scale = chrCursor_f32(&c);
    uint64_t nfeat = chrCursor_u64(&c), npool = chrCursor_u64(&c);
    /* Each feature takes 12 bytes and each value 2: bound the counts by
     * the section size before allocating anything. */
    if (c.bad || m->nclass == 0 || m->nclass > 32767 || nfeat > c.len / 12 ||
        npool > c.len / 2 || c.len - c.pos != nfeat * 12 + npool * 2 || !(m->scale > 0)) {
        snprintf(err, errlen, "%s: section '%s' is damaged", mf->path, name);
        return CHR_EFORMAT;
    }
    size_t cap = table_size((size_t)nfeat);
    m->mask = (uint32_t)(cap - 1);
    m->slots = calloc(cap, sizeof *m->slots);
    m->pool = malloc((npool ? npool : 1) * sizeof *m->pool);
    if (!m->slots || !m->pool) {
        chrLinear_release(m);
        snprintf(err, errlen, "%s: out of memory loading section '%s'", mf->path, name);
        return CHR_ENOMEM;
    }
    chrCursor pc = c;
    pc.pos += (size_t)nfeat * 12;
    size_t off = 0;
    for (uint64_t f = 0; f < nfeat; f++) {
        uint64_t key = chrCursor_u64(&c);
        uint32_t n = chrCursor_u32(&c);
        if ((n & CHR_LINEAR_DENSE) && (n & ~CHR_LINEAR_DENSE) != m->nclass) goto bad;
        size_t nv = row_values(n, m->nclass);
        if (key == 0 || nv == 0 || nv > npool - off || chrLinear_find(m, key)) goto bad;
        uint32_t j = slot_of(key, m->mask);
        while (m->slots[j].key) j = (j + 1) & m->mask;
        m->slots[j].key = key;
        m->slots[j].off = (uint32_t)off;
        m->slots[j].n = n;
        for (size_t k = 0; k < nv; k++) m->pool[off + k] = chrCursor_i16(&pc);
        if (!(n & CHR_LINEAR_DENSE))
            for (size_t k = 0; k < nv; k += 2)
                if (m->pool[off + k] < 0 || (uint32_t)m->pool[off + k] >= m->nclass) goto bad;
        off += nv;
        m->nfeatures++;
    }
    m->npool = off;
    if (off != npool || c.bad || pc.bad || !chrCursor_done(&pc)) goto bad;
    return CHR_OK;
bad:
    chrLinear_release(m);
    snprintf(err, errlen, "%s: section '%s' is damaged", mf->path, name);
    return CHR_EFORMAT;
}

void chrLinear_release(chrLinear *m) {
    free(m->slots);
    free(m->pool);
    memset(m, 0, sizeof *m);
}
