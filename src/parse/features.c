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

/* The words the templates look at, found once per configuration. */
typedef struct positions {
    int none, s0, s1, n0, n1, n2, has_n0;
    int s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2;
} positions;

static inline void find_positions(const chrArcEager *c, const chrParseWords *w, positions *q) {
    int none = w->n + 1;
    int s0 = chrArcEager_s0(c);
    int s1 = chrArcEager_s1(c);
    int n0 = c->b;
    q->none = none;
    q->s0 = s0;
    q->s1 = s1 < 0 ? none : s1;
    q->n0 = n0;
    q->n1 = n0 + 1;
    q->n2 = n0 + 2;
    q->has_n0 = n0 <= c->n;
    q->s0h = s0 > 0 && c->head[s0] >= 0 ? c->head[s0] : none;
    q->s0h2 = q->s0h != none && q->s0h > 0 && c->head[q->s0h] >= 0 ? c->head[q->s0h] : none;
    q->s0l = s0 > 0 && c->lc1[s0] ? c->lc1[s0] : none;
    q->s0l2 = s0 > 0 && c->lc2[s0] ? c->lc2[s0] : none;
    q->s0r = c->rc1[s0] ? c->rc1[s0] : none;
    q->s0r2 = c->rc2[s0] ? c->rc2[s0] : none;
    q->n0l = q->has_n0 && c->lc1[n0] ? c->lc1[n0] : none;
    q->n0l2 = q->has_n0 && c->lc2[n0] ? c->lc2[n0] : none;
}

/* Template t (numbers are part of the model) with value v. */
#define F(t, v) (f[k++] = chrHash_feature((t), (v)))

size_t chrParseFeatures_stackTop(const chrArcEager *c, const chrParseWords *w, uint64_t *f) {
    positions q;
    find_positions(c, w, &q);
    const uint64_t *W = w->w, *P = w->p, *M = w->m, *C1 = w->c1, *C2 = w->c2;
    int s0 = q.s0;
    uint64_t S0w = W[s0], S0p = P[s0];
    uint64_t s0vl = s0 > 0 ? c->lval[s0] : 0, s0sl = s0 > 0 ? c->lset[s0] : 0;
    size_t k = 0;
    F(1, v2(S0w, S0p)); F(2, S0w); F(3, S0p);
    F(35, v2(S0w, s0vl)); F(36, v2(S0p, s0vl));
    F(39, W[q.s0h]); F(40, P[q.s0h]); F(41, lab(c, s0));
    F(42, W[q.s0l]); F(43, P[q.s0l]); F(44, lab(c, q.s0l));
    F(51, W[q.s0h2]); F(52, P[q.s0h2]); F(53, lab(c, q.s0h));
    F(54, W[q.s0l2]); F(55, P[q.s0l2]); F(56, lab(c, q.s0l2));
    F(63, v3(S0p, P[q.s0l], P[q.s0l2])); F(65, v3(S0p, P[q.s0h], P[q.s0h2]));
    F(69, v2(S0w, s0sl)); F(70, v2(S0p, s0sl));
    F(73, M[s0]);
    F(81, v2(W[q.s1], S0p)); F(82, v2(P[q.s1], S0w));
    F(86, C2[s0]); F(89, C1[s0]); F(95, v2(C1[q.s0h], C1[s0]));
    return k;
}

size_t chrParseFeatures_buffer(const chrArcEager *c, const chrParseWords *w, uint64_t *f) {
    const uint64_t *W = w->w, *P = w->p, *M = w->m, *C1 = w->c1, *C2 = w->c2;
    int n0 = c->b, n1 = n0 + 1, n2 = n0 + 2;
    uint64_t N0w = W[n0], N0p = P[n0], N1p = P[n1], N2p = P[n2];
    size_t k = 0;
    F(4, v2(N0w, N0p)); F(5, N0w); F(6, N0p);
    F(7, v2(W[n1], N1p)); F(8, W[n1]); F(9, N1p);
    F(10, v2(W[n2], N2p)); F(11, W[n2]); F(12, N2p);
    F(20, v2(N0p, N1p)); F(21, v3(N0p, N1p, N2p));
    F(74, M[n0]);
    F(87, C2[n0]); F(88, C2[n1]); F(90, C1[n0]);
    return k;
}

size_t chrParseFeatures_pairs(const chrArcEager *c, const chrParseWords *w, uint64_t *f) {
    positions q;
    find_positions(c, w, &q);
    const uint64_t *W = w->w, *P = w->p, *U = w->u, *M = w->m, *C1 = w->c1, *C2 = w->c2;
    int s0 = q.s0, n0 = q.n0, n1 = q.n1;
    uint64_t S0w = W[s0], S0p = P[s0], N0w = W[n0], N0p = P[n0], N1p = P[n1];
    uint64_t S0wp = v2(S0w, S0p), N0wp = v2(N0w, N0p);
    int d = s0 > 0 && q.has_n0 ? bucket(n0 - s0) : 0;
    uint64_t dist = (uint64_t)d + 1;
    uint64_t s0vr = c->rval[s0], s0sr = c->rset[s0];
    uint64_t n0vl = q.has_n0 ? c->lval[n0] : 0, n0sl = q.has_n0 ? c->lset[n0] : 0;
    size_t k = 0;
    /* word pairs */
    F(13, v2(S0wp, N0wp)); F(14, v2(S0wp, N0w)); F(15, v2(S0w, N0wp)); F(16, v2(S0wp, N0p));
    F(17, v2(S0p, N0wp)); F(18, v2(S0w, N0w)); F(19, v2(S0p, N0p));
    /* three words */
    F(22, v3(S0p, N0p, N1p)); F(23, v3(P[q.s0h], S0p, N0p));
    F(24, v3(S0p, P[q.s0l], N0p)); F(25, v3(S0p, P[q.s0r], N0p)); F(26, v3(S0p, N0p, P[q.n0l]));
    /* distance */
    F(27, v2(S0w, dist)); F(28, v2(S0p, dist)); F(29, v2(N0w, dist)); F(30, v2(N0p, dist));
    F(31, v3(S0w, N0w, dist)); F(32, v3(S0p, N0p, dist));
    /* valency */
    F(33, v2(S0w, s0vr)); F(34, v2(S0p, s0vr));
    F(37, v2(N0w, n0vl)); F(38, v2(N0p, n0vl));
    /* dependents that can still change */
    F(45, W[q.s0r]); F(46, P[q.s0r]); F(47, lab(c, q.s0r));
    F(48, W[q.n0l]); F(49, P[q.n0l]); F(50, lab(c, q.n0l));
    F(57, W[q.s0r2]); F(58, P[q.s0r2]); F(59, lab(c, q.s0r2));
    F(60, W[q.n0l2]); F(61, P[q.n0l2]); F(62, lab(c, q.n0l2));
    F(64, v3(S0p, P[q.s0r], P[q.s0r2])); F(66, v3(N0p, P[q.n0l], P[q.n0l2]));
    /* label sets */
    F(67, v2(S0w, s0sr)); F(68, v2(S0p, s0sr));
    F(71, v2(N0w, n0sl)); F(72, v2(N0p, n0sl));
    /* lemmas, coarse tags, the word below S0 */
    F(75, v2(M[s0], M[n0])); F(76, v2(M[s0], N0p)); F(77, v2(S0p, M[n0]));
    F(78, v2(U[s0], U[n0])); F(79, v3(U[s0], U[n0], U[n1]));
    F(80, v3(P[q.s1], S0p, N0p));
    F(83, v3(S0p, lab(c, s0), N0p)); F(84, v3(S0p, lab(c, q.s0l), lab(c, q.s0r)));
    F(85, v3(N0p, lab(c, q.n0l), N1p));
    /* word clusters */
    F(91, v2(C1[s0], C1[n0])); F(92, v2(C2[s0], N0p)); F(93, v2(S0p, C2[n0]));
    F(94, v3(C1[s0], C1[n0], C1[n1]));
    F(96, v3(C1[s0], C1[q.s0l], C1[q.s0r])); F(97, v2(C1[n0], C1[q.n0l]));
    F(98, v2(C2[s0], W[n0])); F(99, v2(W[s0], C2[n0]));
    return k;
}
#undef F

size_t chrParseFeatures_extract(const chrArcEager *c, const chrParseWords *w, uint64_t *f) {
    size_t k = chrParseFeatures_stackTop(c, w, f);
    k += chrParseFeatures_buffer(c, w, f + k);
    return k + chrParseFeatures_pairs(c, w, f + k);
}
