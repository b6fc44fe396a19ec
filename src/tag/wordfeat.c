/*
 * wordfeat.c - value hashes of a word form and the tables that keep them
 * (see wordfeat.h).
 */
#include "tag/wordfeat.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"

#define SEED_FORM 0x5eed0001u
#define NO_CLUSTER 0xffffu

static inline unsigned char ascii_lower(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

uint64_t chrTagWord_hash(const char *form, size_t len) {
    uint64_t h = chrHash_bytes(form, len, SEED_FORM);
    return h ? h : 1;
}

size_t chrTagWord_normalize(const char *form, size_t len, char *buf, size_t cap) {
    size_t n = len < cap - 1 ? len : cap - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = ascii_lower((unsigned char)form[i]);
        buf[i] = (char)(c >= '0' && c <= '9' ? '0' : c);
    }
    buf[n] = '\0';
    return n;
}

/* Collapsed shape: X upper, x lower, d digit, u non-ASCII, other bytes
 * kept; a run of one kind is written once. */
static size_t shape_of(const unsigned char *s, size_t n, char *out, size_t cap) {
    size_t k = 0;
    char last = 0;
    for (size_t i = 0; i < n && k < cap; i++) {
        unsigned char c = s[i];
        char m;
        if (c >= 'A' && c <= 'Z') m = 'X';
        else if (c >= 'a' && c <= 'z') m = 'x';
        else if (c >= '0' && c <= '9') m = 'd';
        else if (c >= 0x80) {
            if ((c & 0xc0) == 0x80) continue;
            m = 'u';
        } else m = (char)c;
        if (m == last && (m == 'X' || m == 'x' || m == 'd' || m == 'u')) continue;
        out[k++] = m;
        last = m;
    }
    return k;
}

void chrTagWord_compute(const char *form, size_t len, const chrTagClusters *cl, chrTagWord *w) {
    unsigned char low[64];
    size_t n = len < sizeof low ? len : sizeof low;
    for (size_t i = 0; i < n; i++) low[i] = ascii_lower((unsigned char)form[i]);
    /* Long words: suffixes come from the real end. */
    const unsigned char *tail = (const unsigned char *)form + len;
    unsigned char lt[4];
    size_t nt = len < 4 ? len : 4;
    for (size_t i = 0; i < nt; i++) lt[i] = ascii_lower(tail[(ptrdiff_t)i - (ptrdiff_t)nt]);
    w->key = chrTagWord_hash(form, len);
    w->v[CHR_WV_FORM] = w->key;
    w->v[CHR_WV_LOWER] = len <= sizeof low ? chrHash_bytes(low, n, 11) : chrHash_add(w->key, 11);
    for (size_t k = 1; k <= 4; k++)
        w->v[CHR_WV_SUF1 + k - 1] = k <= nt ? chrHash_bytes(lt + nt - k, k, 20 + k) : 0;
    for (size_t k = 1; k <= 3; k++)
        w->v[CHR_WV_PRE1 + k - 1] = k <= n ? chrHash_bytes(low, k, 30 + k) : 0;
    char shape[16];
    size_t ns = shape_of((const unsigned char *)form, len, shape, sizeof shape);
    w->v[CHR_WV_SHAPE] = chrHash_bytes(shape, ns, 40);
    uint16_t c1 = NO_CLUSTER, c2 = NO_CLUSTER;
    if (cl && cl->count) {
        char norm[64];
        size_t nn = chrTagWord_normalize(form, len, norm, sizeof norm);
        const uint16_t *ids = nn == len ? chrTagClusters_find(cl, chrTagWord_hash(norm, nn)) : NULL;
        if (ids) {
            c1 = ids[0];
            c2 = ids[1];
        }
    }
    w->v[CHR_WV_CL1] = c1;
    w->v[CHR_WV_CL2] = c2;
    w->dict = -1;
    w->pad = 0;
}

/* ------------------------------------------------------------- clusters */

static uint32_t pow2_for(size_t n) {
    uint32_t cap = 16;
    while (cap < n * 2 + 1) cap *= 2;
    return cap;
}

int chrTagClusters_init(chrTagClusters *cl, size_t n) {
    memset(cl, 0, sizeof *cl);
    uint32_t cap = pow2_for(n);
    cl->keys = calloc(cap, sizeof *cl->keys);
    cl->ids = calloc(cap, sizeof *cl->ids);
    if (!cl->keys || !cl->ids) {
        chrTagClusters_release(cl);
        return CHR_ENOMEM;
    }
    cl->mask = cap - 1;
    return CHR_OK;
}

void chrTagClusters_add(chrTagClusters *cl, const char *norm, size_t len, uint16_t c1,
                        uint16_t c2) {
    uint64_t key = chrTagWord_hash(norm, len);
    if (cl->count * 2 + 2 > (size_t)cl->mask + 1) return;
    uint32_t i = (uint32_t)(key ^ (key >> 29)) & cl->mask;
    while (cl->keys[i] && cl->keys[i] != key) i = (i + 1) & cl->mask;
    if (!cl->keys[i]) cl->count++;
    cl->keys[i] = key;
    cl->ids[i][0] = c1;
    cl->ids[i][1] = c2;
}

const uint16_t *chrTagClusters_find(const chrTagClusters *cl, uint64_t key) {
    for (uint32_t i = (uint32_t)(key ^ (key >> 29)) & cl->mask;; i = (i + 1) & cl->mask) {
        if (cl->keys[i] == key) return cl->ids[i];
        if (cl->keys[i] == 0) return NULL;
    }
}

void chrTagClusters_release(chrTagClusters *cl) {
    free(cl->keys);
    free(cl->ids);
    memset(cl, 0, sizeof *cl);
}

/* -------------------------------------------------------------- lexicon */

int chrTagLexicon_init(chrTagLexicon *lx, size_t n) {
    memset(lx, 0, sizeof *lx);
    uint32_t cap = pow2_for(n);
    lx->slots = calloc(cap, sizeof *lx->slots);
    if (!lx->slots) return CHR_ENOMEM;
    lx->mask = cap - 1;
    return CHR_OK;
}

chrTagWord *chrTagLexicon_add(chrTagLexicon *lx, const char *form, size_t len,
                              const chrTagClusters *cl) {
    uint64_t key = chrTagWord_hash(form, len);
    uint32_t i = (uint32_t)(key ^ (key >> 29)) & lx->mask;
    while (lx->slots[i].key && lx->slots[i].key != key) i = (i + 1) & lx->mask;
    if (lx->slots[i].key) return &lx->slots[i];
    if (lx->count * 2 + 2 > (size_t)lx->mask + 1) return NULL;
    chrTagWord_compute(form, len, cl, &lx->slots[i]);
    lx->count++;
    return &lx->slots[i];
}

void chrTagLexicon_release(chrTagLexicon *lx) {
    free(lx->slots);
    memset(lx, 0, sizeof *lx);
}
