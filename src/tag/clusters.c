/*
 * clusters.c - exchange clustering of the words of unlabeled text (see
 * clusters.h).
 *
 * The objective is the log-likelihood of a class bigram model, up to
 * constants: sum over class pairs of N(c,d) log N(c,d), minus the sums of
 * Nl(c) log Nl(c) and Nr(d) log Nr(d) over the left and right class
 * counts. Moving word w out of class a and into class b changes only the
 * rows and columns of a and b, so each candidate class costs the number
 * of distinct classes next to w, not the vocabulary.
 */
#define _POSIX_C_SOURCE 200809L
#include "tag/clusters.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "tag/wordfeat.h"

/* ------------------------------------------------------------ reading */

typedef struct words {
    uint64_t *keys;
    uint32_t *ids;
    uint32_t mask;
    char *blob;          /* NUL-separated strings */
    size_t nblob, capblob;
    size_t *off;         /* string offset per id */
    uint32_t *count;
    size_t n, cap;
    uint32_t *seq;       /* the text as word ids; 0 = sentence boundary */
    size_t nseq, capseq;
} words;

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap : 1024;
    while (c < need) c *= 2;
    void *q = realloc(*p, c * elem);
    if (!q) return -1;
    *p = q;
    *cap = c;
    return 0;
}

static int rehash(words *w) {
    uint32_t cap = (w->mask + 1) * 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *ids = calloc(cap, sizeof *ids);
    if (!keys || !ids) {
        free(keys);
        free(ids);
        return -1;
    }
    for (uint32_t i = 0; i <= w->mask; i++) {
        if (!w->keys[i]) continue;
        uint32_t j = (uint32_t)w->keys[i] & (cap - 1);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = w->keys[i];
        ids[j] = w->ids[i];
    }
    free(w->keys);
    free(w->ids);
    w->keys = keys;
    w->ids = ids;
    w->mask = cap - 1;
    return 0;
}

static long word_id(words *w, const char *s, size_t len) {
    uint64_t key = chrTagWord_hash(s, len);
    uint32_t i = (uint32_t)key & w->mask;
    while (w->keys[i] && w->keys[i] != key) i = (i + 1) & w->mask;
    if (w->keys[i]) return w->ids[i];
    if ((w->n + 1) * 2 > (size_t)w->mask + 1) {
        if (rehash(w)) return -1;
        return word_id(w, s, len);
    }
    size_t capoff = w->cap, capcount = w->cap;
    if (grow((void **)&w->off, &capoff, w->n + 1, sizeof *w->off) ||
        grow((void **)&w->count, &capcount, w->n + 1, sizeof *w->count) ||
        grow((void **)&w->blob, &w->capblob, w->nblob + len + 1, 1))
        return -1;
    w->cap = capoff < capcount ? capoff : capcount;
    w->keys[i] = key;
    w->ids[i] = (uint32_t)w->n;
    w->off[w->n] = w->nblob;
    w->count[w->n] = 0;
    memcpy(w->blob + w->nblob, s, len);
    w->blob[w->nblob + len] = '\0';
    w->nblob += len + 1;
    return (long)w->n++;
}

static int push(words *w, uint32_t id) {
    if (grow((void **)&w->seq, &w->capseq, w->nseq + 1, sizeof *w->seq)) return -1;
    w->seq[w->nseq++] = id;
    w->count[id]++;
    return 0;
}

static void on_message(void *ctx, const char *m) {
    if (*(int *)ctx) fprintf(stderr, "chronicle train tag: %s\n", m);
}

static int read_text(const char *const *paths, size_t npaths, int verbose, words *w, char *err,
                     size_t errlen) {
    chr_reader_options ro = {0};
    chr_reader *r = chr_reader_open(paths, npaths, &ro, on_message, &verbose);
    if (!r) return CHR_ENOMEM;
    chr_doc *doc;
    int rc;
    if (word_id(w, "", 0) != 0) return CHR_ENOMEM; /* id 0: the boundary */
    push(w, 0);
    while ((rc = chr_reader_next(r, &doc)) == CHR_OK) {
        rc = chr_tokenize(doc);
        size_t nt, ns;
        const chr_token *t = chr_doc_tokens(doc, &nt);
        const chr_sentence *s = chr_doc_sentences(doc, &ns);
        for (size_t k = 0; rc == CHR_OK && k < ns; k++) {
            for (uint32_t i = s[k].first; i < s[k].first + s[k].count; i++) {
                char norm[64];
                size_t n = chrTagWord_normalize(t[i].fold, strlen(t[i].fold), norm, sizeof norm);
                long id = word_id(w, norm, n);
                if (id < 0 || push(w, (uint32_t)id)) rc = CHR_ENOMEM;
            }
            if (push(w, 0)) rc = CHR_ENOMEM;
        }
        chr_doc_free(doc);
        if (rc) break;
    }
    chr_reader_free(r);
    if (rc != CHR_EOF) {
        snprintf(err, errlen, "reading the text for clusters failed: %s", chr_strerror(rc));
        return rc == CHR_OK ? CHR_EIO : rc;
    }
    return CHR_OK;
}

/* ----------------------------------------------------------- exchange */

#define FTAB (1u << 20)
static double *ftab;

static inline double flog(int64_t x) {
    return x < (int64_t)FTAB ? ftab[x] : (double)x * log((double)x);
}

typedef struct graph {
    size_t V;
    uint32_t *sbeg, *snext; int32_t *scnt; /* successors (CSR) */
    uint32_t *pbeg, *pnext; int32_t *pcnt; /* predecessors */
    int64_t *cl, *cr;                       /* left and right counts per word */
    int32_t *self;
} graph;

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Bigram lists of the sequence over ids 0..V-1. */
static int build_graph(const uint32_t *seq, size_t n, size_t V, graph *g) {
    memset(g, 0, sizeof *g);
    g->V = V;
    uint64_t *pairs = malloc((n ? n : 1) * sizeof *pairs);
    if (!pairs) return -1;
    size_t np = 0;
    for (size_t i = 0; i + 1 < n; i++) pairs[np++] = (uint64_t)seq[i] << 32 | seq[i + 1];
    qsort(pairs, np, sizeof *pairs, cmp_u64);
    size_t nu = 0;
    int32_t *cnt = malloc((np ? np : 1) * sizeof *cnt);
    if (!cnt) {
        free(pairs);
        return -1;
    }
    for (size_t i = 0; i < np; i++) {
        if (nu && pairs[nu - 1] == pairs[i]) cnt[nu - 1]++;
        else {
            pairs[nu] = pairs[i];
            cnt[nu++] = 1;
        }
    }
    g->sbeg = calloc(V + 1, sizeof *g->sbeg);
    g->pbeg = calloc(V + 1, sizeof *g->pbeg);
    g->snext = malloc((nu + 1) * sizeof *g->snext);
    g->scnt = malloc((nu + 1) * sizeof *g->scnt);
    g->pnext = malloc((nu + 1) * sizeof *g->pnext);
    g->pcnt = malloc((nu + 1) * sizeof *g->pcnt);
    g->cl = calloc(V, sizeof *g->cl);
    g->cr = calloc(V, sizeof *g->cr);
    g->self = calloc(V, sizeof *g->self);
    int rc = -1;
    if (!g->sbeg || !g->pbeg || !g->snext || !g->scnt || !g->pnext || !g->pcnt || !g->cl ||
        !g->cr || !g->self)
        goto out;
    for (size_t i = 0; i < nu; i++) {
        uint32_t a = (uint32_t)(pairs[i] >> 32), b = (uint32_t)pairs[i];
        g->sbeg[a + 1]++;
        g->pbeg[b + 1]++;
        g->cl[a] += cnt[i];
        g->cr[b] += cnt[i];
        if (a == b) g->self[a] = cnt[i];
    }
    for (size_t v = 0; v < V; v++) {
        g->sbeg[v + 1] += g->sbeg[v];
        g->pbeg[v + 1] += g->pbeg[v];
    }
    uint32_t *fill = calloc(V, sizeof *fill);
    if (!fill) goto out;
    for (size_t i = 0; i < nu; i++) {
        g->snext[i] = (uint32_t)pairs[i];
        g->scnt[i] = cnt[i];
        uint32_t b = (uint32_t)pairs[i];
        uint32_t at = g->pbeg[b] + fill[b]++;
        g->pnext[at] = (uint32_t)(pairs[i] >> 32);
        g->pcnt[at] = cnt[i];
    }
    free(fill);
    rc = 0;
out:
    free(pairs);
    free(cnt);
    return rc;
}

static void free_graph(graph *g) {
    free(g->sbeg);
    free(g->snext);
    free(g->scnt);
    free(g->pbeg);
    free(g->pnext);
    free(g->pcnt);
    free(g->cl);
    free(g->cr);
    free(g->self);
}

/* Clusters the words of g into C classes; words 0..V-1 are in frequency
 * order (most frequent first). Writes cls[V]. */
static int exchange(const graph *g, uint32_t C, int verbose, uint16_t *cls) {
    size_t V = g->V;
    int64_t *N = calloc((size_t)C * C, sizeof *N), *NT = calloc((size_t)C * C, sizeof *NT);
    int64_t *Nl = calloc(C, sizeof *Nl), *Nr = calloc(C, sizeof *Nr);
    int64_t *S = calloc(C, sizeof *S), *P = calloc(C, sizeof *P);
    uint32_t *ts = malloc(C * sizeof *ts), *tp = malloc(C * sizeof *tp);
    int rc = -1;
    if (!N || !NT || !Nl || !Nr || !S || !P || !ts || !tp) goto out;
    for (size_t w = 0; w < V; w++) cls[w] = (uint16_t)(w % C);
    for (size_t a = 0; a < V; a++) {
        Nl[cls[a]] += g->cl[a];
        Nr[cls[a]] += g->cr[a];
        for (uint32_t e = g->sbeg[a]; e < g->sbeg[a + 1]; e++) {
            N[(size_t)cls[a] * C + cls[g->snext[e]]] += g->scnt[e];
            NT[(size_t)cls[g->snext[e]] * C + cls[a]] += g->scnt[e];
        }
    }
    for (int iter = 0; iter < 12; iter++) {
        size_t moved = 0;
        for (size_t w = 0; w < V; w++) {
            uint32_t a = cls[w], nts = 0, ntp = 0;
            for (uint32_t e = g->sbeg[w]; e < g->sbeg[w + 1]; e++) {
                uint32_t v = g->snext[e], c = cls[v];
                if (v == w) continue;
                if (!S[c]) ts[nts++] = c;
                S[c] += g->scnt[e];
            }
            for (uint32_t e = g->pbeg[w]; e < g->pbeg[w + 1]; e++) {
                uint32_t v = g->pnext[e], c = cls[v];
                if (v == w) continue;
                if (!P[c]) tp[ntp++] = c;
                P[c] += g->pcnt[e];
            }
            int64_t s = g->self[w], lw = g->cl[w], rw = g->cr[w];
            /* take w out of a */
            for (uint32_t i = 0; i < nts; i++) {
                N[(size_t)a * C + ts[i]] -= S[ts[i]];
                NT[(size_t)ts[i] * C + a] -= S[ts[i]];
            }
            for (uint32_t i = 0; i < ntp; i++) {
                N[(size_t)tp[i] * C + a] -= P[tp[i]];
                NT[(size_t)a * C + tp[i]] -= P[tp[i]];
            }
            N[(size_t)a * C + a] -= s;
            NT[(size_t)a * C + a] -= s;
            Nl[a] -= lw;
            Nr[a] -= rw;
            /* the best class to put it in */
            uint32_t best = a;
            double bestd = -1e300;
            for (uint32_t bi = 0; bi <= C; bi++) {
                uint32_t b = bi == 0 ? a : bi - 1; /* a first: ties stay */
                const int64_t *row = N + (size_t)b * C, *col = NT + (size_t)b * C;
                double d = 0;
                for (uint32_t i = 0; i < nts; i++) {
                    uint32_t c = ts[i];
                    if (c != b) d += flog(row[c] + S[c]) - flog(row[c]);
                }
                for (uint32_t i = 0; i < ntp; i++) {
                    uint32_t c = tp[i];
                    if (c != b) d += flog(col[c] + P[c]) - flog(col[c]);
                }
                d += flog(row[b] + S[b] + P[b] + s) - flog(row[b]);
                d -= flog(Nl[b] + lw) - flog(Nl[b]) + flog(Nr[b] + rw) - flog(Nr[b]);
                if (bi == 0 || d > bestd + 1e-9) {
                    bestd = d;
                    best = b;
                }
            }
            /* put it into best */
            for (uint32_t i = 0; i < nts; i++) {
                N[(size_t)best * C + ts[i]] += S[ts[i]];
                NT[(size_t)ts[i] * C + best] += S[ts[i]];
            }
            for (uint32_t i = 0; i < ntp; i++) {
                N[(size_t)tp[i] * C + best] += P[tp[i]];
                NT[(size_t)best * C + tp[i]] += P[tp[i]];
            }
            N[(size_t)best * C + best] += s;
            NT[(size_t)best * C + best] += s;
            Nl[best] += lw;
            Nr[best] += rw;
            if (best != a) moved++;
            cls[w] = (uint16_t)best;
            for (uint32_t i = 0; i < nts; i++) S[ts[i]] = 0;
            for (uint32_t i = 0; i < ntp; i++) P[tp[i]] = 0;
        }
        if (verbose)
            fprintf(stderr, "chronicle train tag: clusters %u: pass %d moved %zu of %zu words\n",
                    C, iter + 1, moved, V);
        if (moved * 500 < V) break;
    }
    rc = 0;
out:
    free(N);
    free(NT);
    free(Nl);
    free(Nr);
    free(S);
    free(P);
    free(ts);
    free(tp);
    return rc;
}

/* ---------------------------------------------------------------- api */

static const words *sort_words;
static int by_count(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    uint32_t cx = sort_words->count[x], cy = sort_words->count[y];
    if (cx != cy) return cx > cy ? -1 : 1;
    return strcmp(sort_words->blob + sort_words->off[x], sort_words->blob + sort_words->off[y]);
}

int chrClusters_learn(const char *const *paths, size_t npaths, unsigned fine,
                      unsigned min_count, int verbose, chrClusterSet *out, char *err,
                      size_t errlen) {
    memset(out, 0, sizeof *out);
    if (fine < 8 || fine > 4096) {
        snprintf(err, errlen, "clusters: the number of clusters must be 8..4096");
        return CHR_EINVAL;
    }
    words w = {0};
    graph g = {0};
    uint32_t *order = NULL, *rank = NULL, *seq = NULL;
    uint16_t *c1 = NULL, *c2 = NULL;
    int rc = CHR_ENOMEM;
    w.mask = (1u << 16) - 1;
    w.keys = calloc(w.mask + 1, sizeof *w.keys);
    w.ids = calloc(w.mask + 1, sizeof *w.ids);
    if (!w.keys || !w.ids) goto out;
    if (!ftab) {
        ftab = malloc(FTAB * sizeof *ftab);
        if (!ftab) goto out;
        ftab[0] = 0;
        for (uint32_t i = 1; i < FTAB; i++) ftab[i] = (double)i * log((double)i);
    }
    if ((rc = read_text(paths, npaths, verbose, &w, err, errlen))) goto out;
    rc = CHR_ENOMEM;
    /* Rank words by count; rare ones share the id V-1 (unknown). */
    order = malloc(w.n * sizeof *order);
    rank = malloc(w.n * sizeof *rank);
    if (!order || !rank) goto out;
    for (size_t i = 0; i < w.n; i++) order[i] = (uint32_t)i;
    sort_words = &w;
    qsort(order, w.n, sizeof *order, by_count);
    size_t V = 0;
    while (V < w.n && w.count[order[V]] >= min_count) V++;
    for (size_t i = 0; i < w.n; i++) rank[order[i]] = (uint32_t)(i < V ? i : V);
    seq = malloc((w.nseq ? w.nseq : 1) * sizeof *seq);
    if (!seq) goto out;
    for (size_t i = 0; i < w.nseq; i++) seq[i] = rank[w.seq[i]];
    if (verbose)
        fprintf(stderr, "chronicle train tag: clusters: %zu tokens, %zu words kept of %zu\n",
                w.nseq, V, w.n);
    if (build_graph(seq, w.nseq, V + 1, &g)) goto out;
    c1 = malloc((V + 1) * sizeof *c1);
    c2 = malloc((V + 1) * sizeof *c2);
    if (!c1 || !c2 || exchange(&g, fine, verbose, c2) || exchange(&g, fine / 8, verbose, c1))
        goto out;
    /* The result: every kept word except the boundary "". */
    out->words = malloc((V + 1) * sizeof *out->words);
    out->coarse = malloc((V + 1) * sizeof *out->coarse);
    out->fine = malloc((V + 1) * sizeof *out->fine);
    char *blob = malloc(w.nblob + 1);
    if (!out->words || !out->coarse || !out->fine || !blob) {
        free(blob);
        goto out;
    }
    size_t used = 0;
    for (size_t i = 0; i < V; i++) {
        const char *s = w.blob + w.off[order[i]];
        if (!*s) continue;
        size_t len = strlen(s) + 1;
        memcpy(blob + used, s, len);
        out->words[out->n] = blob + used;
        out->coarse[out->n] = c1[i];
        out->fine[out->n] = c2[i];
        out->n++;
        used += len;
    }
    if (!out->n) free(blob);
    rc = CHR_OK;
out:
    if (rc == CHR_ENOMEM) snprintf(err, errlen, "clusters: out of memory");
    free(w.keys);
    free(w.ids);
    free(w.blob);
    free(w.off);
    free(w.count);
    free(w.seq);
    free_graph(&g);
    free(order);
    free(rank);
    free(seq);
    free(c1);
    free(c2);
    if (rc) chrClusters_release(out);
    return rc;
}

void chrClusters_release(chrClusterSet *s) {
    if (s->words && s->n) free(s->words[0]);
    free(s->words);
    free(s->coarse);
    free(s->fine);
    memset(s, 0, sizeof *s);
}
