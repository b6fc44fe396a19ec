/*
 * features.c - feature templates of the parser (see features.h).
 */
#include "parse/features.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"

/* Seeds that keep the attribute kinds apart. */
#define SEED_W 0x77u
#define SEED_P 0x70u
#define SEED_M 0x6du
#define ROOT_VALUE 0x524f4f54ull /* "ROOT" */
#define NONE_VALUE 0x4e4f4e45ull /* "NONE" */

/* Odd multipliers for combining two or three values into one. */
#define K1 0x9e3779b97f4a7c15ull
#define K2 0xc2b2ae3d27d4eb4full

void chrParseWords_init(chrParseWords *w) { memset(w, 0, sizeof *w); }

void chrParseWords_release(chrParseWords *w) {
    free(w->mem);
    memset(w, 0, sizeof *w);
}

int chrParseWords_start(chrParseWords *w, int n) {
    if (n < 0) return CHR_EINVAL;
    size_t need = (size_t)n + 4;
    if (need > w->cap) {
        size_t cap = need < 64 ? 64 : need + need / 2;
        uint64_t *mem = malloc(cap * 6 * sizeof(uint64_t));
        if (!mem) return CHR_ENOMEM;
        free(w->mem);
        w->mem = mem;
        w->cap = cap;
        w->w = mem;
        w->p = mem + cap;
        w->u = mem + 2 * cap;
        w->m = mem + 3 * cap;
        w->c1 = mem + 4 * cap;
        w->c2 = mem + 5 * cap;
    }
    w->n = n;
    w->w[0] = w->p[0] = w->u[0] = w->m[0] = w->c1[0] = w->c2[0] = ROOT_VALUE;
    for (int i = n + 1; i <= n + 3; i++)
        w->w[i] = w->p[i] = w->u[i] = w->m[i] = w->c1[i] = w->c2[i] = NONE_VALUE;
    return CHR_OK;
}

void chrParseWords_set(chrParseWords *w, int i, const char *form, size_t len, const char *xpos,
                       int upos, const char *lemma) {
    char buf[64];
    if (len > sizeof buf) len = sizeof buf; /* long words: their first 64 bytes */
    for (size_t k = 0; k < len; k++) {
        char ch = form[k];
        buf[k] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    w->w[i] = chrHash_bytes(buf, len, SEED_W);
    w->p[i] = xpos ? chrHash_str(xpos, SEED_P) : NONE_VALUE;
    w->u[i] = (uint64_t)upos * K2 + 0x55;
    w->m[i] = lemma ? chrHash_str(lemma, SEED_M) : w->w[i];
    w->c1[i] = w->c2[i] = 0x3f3f;
}

void chrParseWords_setClusters(chrParseWords *w, int i, unsigned c1, unsigned c2) {
    w->c1[i] = (uint64_t)c1 * K2 + 0xc1;
    w->c2[i] = (uint64_t)c2 * K2 + 0xc2;
}

static inline uint64_t v2(uint64_t a, uint64_t b) { return a + b * K1; }
static inline uint64_t v3(uint64_t a, uint64_t b, uint64_t c) { return a + b * K1 + c * K2; }

/* A label id as a value (-1, no label, included). */
static inline uint64_t lab(const chrArcEager *c, int x) {
    return x > 0 && x <= c->n ? (uint64_t)(c->label[x] + 2) : 0;
}

static inline int bucket(int d) {
    if (d <= 4) return d;
    if (d <= 6) return 5;
    if (d <= 9) return 6;
    return 7;
}

size_t chrParseFeatures_extract(const chrArcEager *c, const chrParseWords *w, uint64_t *f) {
    int none = w->n + 1;
    int s0 = chrArcEager_s0(c);
    int s1 = chrArcEager_s1(c);
    int n0 = c->b, n1 = c->b + 1, n2 = c->b + 2;
    int has_n0 = n0 <= c->n;
    if (s1 < 0) s1 = none;
    int s0h = s0 > 0 && c->head[s0] >= 0 ? c->head[s0] : none;
    int s0h2 = s0h != none && s0h > 0 && c->head[s0h] >= 0 ? c->head[s0h] : none;
    int s0l = s0 > 0 && c->lc1[s0] ? c->lc1[s0] : none;
    int s0l2 = s0 > 0 && c->lc2[s0] ? c->lc2[s0] : none;
    int s0r = c->rc1[s0] ? c->rc1[s0] : none;
    int s0r2 = c->rc2[s0] ? c->rc2[s0] : none;
    int n0l = has_n0 && c->lc1[n0] ? c->lc1[n0] : none;
    int n0l2 = has_n0 && c->lc2[n0] ? c->lc2[n0] : none;
    const uint64_t *W = w->w, *P = w->p, *U = w->u, *M = w->m;

    uint64_t S0w = W[s0], S0p = P[s0], N0w = W[n0], N0p = P[n0];
    uint64_t N1w = W[n1], N1p = P[n1], N2w = W[n2], N2p = P[n2];
    uint64_t S0wp = v2(S0w, S0p), N0wp = v2(N0w, N0p);
    int d = s0 > 0 && has_n0 ? bucket(n0 - s0) : 0;
    uint64_t dist = (uint64_t)d + 1;
    uint64_t s0vl = s0 > 0 ? c->lval[s0] : 0, s0vr = c->rval[s0];
    uint64_t n0vl = has_n0 ? c->lval[n0] : 0;
    uint64_t s0sl = s0 > 0 ? c->lset[s0] : 0, s0sr = c->rset[s0];
    uint64_t n0sl = has_n0 ? c->lset[n0] : 0;
    size_t k = 0;
    uint32_t t = 0;
#define F(v) (f[k++] = chrHash_feature(++t, (v)))
    /* single words */
    F(S0wp); F(S0w); F(S0p);
    F(N0wp); F(N0w); F(N0p);
    F(v2(N1w, N1p)); F(N1w); F(N1p);
    F(v2(N2w, N2p)); F(N2w); F(N2p);
    /* word pairs */
    F(v2(S0wp, N0wp)); F(v2(S0wp, N0w)); F(v2(S0w, N0wp)); F(v2(S0wp, N0p));
    F(v2(S0p, N0wp)); F(v2(S0w, N0w)); F(v2(S0p, N0p)); F(v2(N0p, N1p));
    /* three words */
    F(v3(N0p, N1p, N2p)); F(v3(S0p, N0p, N1p)); F(v3(P[s0h], S0p, N0p));
    F(v3(S0p, P[s0l], N0p)); F(v3(S0p, P[s0r], N0p)); F(v3(S0p, N0p, P[n0l]));
    /* distance */
    F(v2(S0w, dist)); F(v2(S0p, dist)); F(v2(N0w, dist)); F(v2(N0p, dist));
    F(v3(S0w, N0w, dist)); F(v3(S0p, N0p, dist));
    /* valency */
    F(v2(S0w, s0vr)); F(v2(S0p, s0vr)); F(v2(S0w, s0vl)); F(v2(S0p, s0vl));
    F(v2(N0w, n0vl)); F(v2(N0p, n0vl));
    /* unigrams of the heads and dependents */
    F(W[s0h]); F(P[s0h]); F(lab(c, s0));
    F(W[s0l]); F(P[s0l]); F(lab(c, s0l));
    F(W[s0r]); F(P[s0r]); F(lab(c, s0r));
    F(W[n0l]); F(P[n0l]); F(lab(c, n0l));
    /* third order */
    F(W[s0h2]); F(P[s0h2]); F(lab(c, s0h));
    F(W[s0l2]); F(P[s0l2]); F(lab(c, s0l2));
    F(W[s0r2]); F(P[s0r2]); F(lab(c, s0r2));
    F(W[n0l2]); F(P[n0l2]); F(lab(c, n0l2));
    F(v3(S0p, P[s0l], P[s0l2])); F(v3(S0p, P[s0r], P[s0r2]));
    F(v3(S0p, P[s0h], P[s0h2])); F(v3(N0p, P[n0l], P[n0l2]));
    /* label sets */
    F(v2(S0w, s0sr)); F(v2(S0p, s0sr)); F(v2(S0w, s0sl)); F(v2(S0p, s0sl));
    F(v2(N0w, n0sl)); F(v2(N0p, n0sl));
    /* beyond Zhang and Nivre: lemmas, coarse tags, the word below S0 */
    F(M[s0]); F(M[n0]); F(v2(M[s0], M[n0])); F(v2(M[s0], N0p)); F(v2(S0p, M[n0]));
    F(v2(U[s0], U[n0])); F(v3(U[s0], U[n0], U[n1]));
    F(v3(P[s1], S0p, N0p)); F(v2(W[s1], S0p)); F(v2(P[s1], S0w));
    F(v3(S0p, lab(c, s0), N0p)); F(v3(S0p, lab(c, s0l), lab(c, s0r)));
    F(v3(N0p, lab(c, n0l), N1p));
    /* word clusters */
    const uint64_t *C1 = w->c1, *C2 = w->c2;
    F(C2[s0]); F(C2[n0]); F(C2[n1]); F(C1[s0]); F(C1[n0]);
    F(v2(C1[s0], C1[n0])); F(v2(C2[s0], N0p)); F(v2(S0p, C2[n0]));
    F(v3(C1[s0], C1[n0], C1[n1])); F(v2(C1[s0h], C1[s0]));
    F(v3(C1[s0], C1[s0l], C1[s0r])); F(v2(C1[n0], C1[n0l]));
    F(v2(C2[s0], W[n0])); F(v2(W[s0], C2[n0]));
#undef F
    return k;
}
