/*
 * model.c - loading, storing and running a parser model (see model.h).
 */
#include "parse/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/linear_huge.h"
#include "learn/linear_inline.h"
#include "parse/projective.h"

static int build_legal(chrParseModel *m);

void chrParseWork_init(chrParseWork *wk) {
    memset(wk, 0, sizeof *wk);
    chrArcEager_init(&wk->c);
    chrParseWords_init(&wk->words);
}

void chrParseWork_release(chrParseWork *wk) {
    chrArcEager_release(&wk->c);
    chrParseWords_release(&wk->words);
    free(wk->scores);
    free(wk->head);
    free(wk->top_scores);
    free(wk->top_done);
    free(wk->buf_scores);
    memset(wk, 0, sizeof *wk);
}

static int work_reserve(chrParseWork *wk, const chrParseModel *m, int n) {
    if (wk->nscores != m->nclass) {
        int32_t *s = malloc(m->nclass * sizeof *s);
        int32_t *b = malloc(m->nclass * sizeof *b);
        if (!s || !b) {
            free(s);
            free(b);
            return CHR_ENOMEM;
        }
        free(wk->scores);
        free(wk->buf_scores);
        wk->scores = s;
        wk->buf_scores = b;
        wk->nscores = m->nclass;
        wk->top_cap = 0; /* rows of another class count */
    }
    size_t words = (size_t)n + 1;
    if (words > wk->top_cap) {
        size_t cap = words < 64 ? 64 : words + words / 2;
        int32_t *t = malloc(cap * m->nclass * sizeof *t);
        uint8_t *d = malloc(cap);
        if (!t || !d) {
            free(t);
            free(d);
            return CHR_ENOMEM;
        }
        free(wk->top_scores);
        free(wk->top_done);
        wk->top_scores = t;
        wk->top_done = d;
        wk->top_cap = cap;
    }
    size_t need = (size_t)n + 1;
    if (need > wk->cap) {
        size_t cap = need < 64 ? 64 : need + need / 2;
        int *mem = malloc(3 * cap * sizeof(int));
        if (!mem) return CHR_ENOMEM;
        free(wk->head);
        wk->head = mem;
        wk->label = mem + cap;
        wk->want = mem + 2 * cap;
        wk->cap = cap;
    }
    return CHR_OK;
}

void chrParseModel_release(chrParseModel *m) {
    if (m->label_name)
        for (uint32_t i = 0; i < m->nlabels; i++) free(m->label_name[i]);
    free(m->label_name);
    free(m->label_base);
    free(m->label_lift);
    free(m->class_tr);
    free(m->class_label);
    chrLinear_release(&m->weights);
    chrTagClusters_release(&m->clusters);
    free(m->cluster_bytes);
    free(m->legal);
    memset(m, 0, sizeof *m);
}

/* Reads clusters from bytes in the tagger's layout. */
static int parse_clusters(chrParseModel *m, const unsigned char *p, size_t len) {
    chrCursor c = {p, len, 0, 0};
    uint32_t n = chrCursor_u32(&c);
    if (c.bad || n > len / 8) return CHR_EFORMAT;
    if (chrTagClusters_init(&m->clusters, n)) return CHR_ENOMEM;
    for (uint32_t i = 0; i < n && !c.bad; i++) {
        size_t sl;
        const char *s = chrCursor_str(&c, &sl);
        uint16_t c1 = chrCursor_u16(&c), c2 = chrCursor_u16(&c);
        if (!c.bad) chrTagClusters_add(&m->clusters, s, sl, c1, c2);
    }
    if (!chrCursor_done(&c)) return CHR_EFORMAT;
    m->cluster_bytes = malloc(len ? len : 1);
    if (!m->cluster_bytes) return CHR_ENOMEM;
    memcpy(m->cluster_bytes, p, len);
    m->ncluster_bytes = len;
    return CHR_OK;
}

int chrParseModel_takeClusters(chrParseModel *m, const chrModelFile *mf) {
    chrCursor c;
    if (chrModelFile_section(mf, "clusters", &c)) return CHR_ENOTFOUND;
    return parse_clusters(m, c.p + c.pos, c.len - c.pos);
}

void chrParseModel_setWord(const chrParseModel *m, chrParseWords *w, int i, const char *form,
                           size_t len, const char *xpos, int upos, const char *lemma) {
    chrParseWords_set(w, i, form, len, xpos, upos, lemma);
    if (!m->clusters.count) return;
    char norm[64];
    size_t nn = chrTagWord_normalize(form, len, norm, sizeof norm);
    const uint16_t *ids = nn == len ? chrTagClusters_find(&m->clusters, chrTagWord_hash(norm, nn))
                                    : NULL;
    if (ids) chrParseWords_setClusters(w, i, ids[0], ids[1]);
}

int chrParseModel_label(const chrParseModel *m, const char *s, size_t n) {
    for (uint32_t i = 0; i < m->nlabels; i++)
        if (strncmp(m->label_name[i], s, n) == 0 && m->label_name[i][n] == '\0') return (int)i;
    return -1;
}

void chrParseModel_write(const chrParseModel *m, chrModelWriter *w) {
    chrBuf *b = chrModelWriter_section(w, "meta");
    if (b) chrBuf_u32(b, CHR_PARSE_FEATURES_VERSION);
    b = chrModelWriter_section(w, "labels");
    if (b) {
        chrBuf_u32(b, m->nlabels);
        for (uint32_t i = 0; i < m->nlabels; i++) {
            chrBuf_str(b, m->label_name[i]);
            chrBuf_u32(b, m->label_base[i]);
            chrBuf_u32(b, (uint32_t)m->label_lift[i]);
        }
    }
    b = chrModelWriter_section(w, "classes");
    if (b) {
        chrBuf_u32(b, m->nclass);
        for (uint32_t i = 0; i < m->nclass; i++) {
            chrBuf_u8(b, m->class_tr[i]);
            chrBuf_u32(b, m->class_label[i]);
        }
    }
    if (chrLinear_write(&m->weights, w, "weights")) w->failed = 1;
    if (m->cluster_bytes) {
        b = chrModelWriter_section(w, "clusters");
        if (b) chrBuf_bytes(b, m->cluster_bytes, m->ncluster_bytes);
    }
}

static int damaged(const chrModelFile *mf, const char *what, char *err, size_t errlen) {
    snprintf(err, errlen, "%s: damaged parser model (%s)", mf->path, what);
    return CHR_EFORMAT;
}

static int read_labels(const chrModelFile *mf, chrParseModel *m, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "labels", &c)) return damaged(mf, "no labels", err, errlen);
    uint32_t n = chrCursor_u32(&c);
    if (c.bad || n == 0 || n > 65535 || n > c.len / 12) return damaged(mf, "labels", err, errlen);
    m->label_name = calloc(n, sizeof *m->label_name);
    m->label_base = calloc(n, sizeof *m->label_base);
    m->label_lift = calloc(n, sizeof *m->label_lift);
    if (!m->label_name || !m->label_base || !m->label_lift) return CHR_ENOMEM;
    m->nlabels = n;
    int root = -1;
    for (uint32_t i = 0; i < n; i++) {
        size_t len;
        const char *s = chrCursor_str(&c, &len);
        m->label_base[i] = chrCursor_u32(&c);
        m->label_lift[i] = (int32_t)chrCursor_u32(&c);
        if (c.bad || len == 0 || len > 64 || memchr(s, '\0', len) || m->label_base[i] >= n ||
            m->label_lift[i] < -1 || m->label_lift[i] >= (int32_t)n)
            return damaged(mf, "labels", err, errlen);
        m->label_name[i] = malloc(len + 1);
        if (!m->label_name[i]) return CHR_ENOMEM;
        memcpy(m->label_name[i], s, len);
        m->label_name[i][len] = '\0';
        if (len == 4 && memcmp(s, "root", 4) == 0) root = (int)i;
    }
    if (root < 0 || !chrCursor_done(&c)) return damaged(mf, "labels", err, errlen);
    m->root_label = (uint32_t)root;
    return CHR_OK;
}

static int read_classes(const chrModelFile *mf, chrParseModel *m, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "classes", &c)) return damaged(mf, "no classes", err, errlen);
    uint32_t n = chrCursor_u32(&c);
    if (c.bad || n < 3 || n > 65535 || n > c.len / 5) return damaged(mf, "classes", err, errlen);
    m->class_tr = malloc(n);
    m->class_label = malloc(n * sizeof *m->class_label);
    if (!m->class_tr || !m->class_label) return CHR_ENOMEM;
    m->nclass = n;
    for (uint32_t i = 0; i < n; i++) {
        m->class_tr[i] = chrCursor_u8(&c);
        m->class_label[i] = chrCursor_u32(&c);
        if (m->class_tr[i] > CHR_AE_RIGHT || m->class_label[i] >= m->nlabels)
            return damaged(mf, "classes", err, errlen);
    }
    if (!chrCursor_done(&c)) return damaged(mf, "classes", err, errlen);
    return CHR_OK;
}

static int read_model(const chrModelFile *mf, chrParseModel *m, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "meta", &c)) return damaged(mf, "no meta", err, errlen);
    uint32_t version = chrCursor_u32(&c);
    if (c.bad) return damaged(mf, "meta", err, errlen);
    if (version != CHR_PARSE_FEATURES_VERSION) {
        snprintf(err, errlen, "%s: parser features version %u, this program has %u; retrain it",
                 mf->path, version, CHR_PARSE_FEATURES_VERSION);
        return version > CHR_PARSE_FEATURES_VERSION ? CHR_EVERSION : CHR_EFORMAT;
    }
    int rc = read_labels(mf, m, err, errlen);
    if (!rc) rc = read_classes(mf, m, err, errlen);
    if (!rc) rc = build_legal(m);
    if (!rc) rc = chrLinear_read(&m->weights, mf, "weights", err, errlen);
    if (!rc && m->weights.nclass != m->nclass) rc = damaged(mf, "class count", err, errlen);
    if (!rc) rc = chrLinear_hugepages(&m->weights);
    if (!rc) chrLinear_inline(&m->weights); /* a loaded model only scores */
    if (!rc) {
        rc = chrParseModel_takeClusters(m, mf);
        if (rc == CHR_ENOTFOUND) rc = CHR_OK; /* a model without clusters */
        else if (rc == CHR_EFORMAT) rc = damaged(mf, "clusters", err, errlen);
    }
    if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory", mf->path);
    return rc;
}

int chrParseModel_load(const char *path, chrParseModel *m, char *err, size_t errlen) {
    memset(m, 0, sizeof *m);
    chrModelFile mf;
    int rc = chrModelFile_load(path, "parse", &mf, err, errlen);
    if (!rc) rc = read_model(&mf, m, err, errlen);
    chrModelFile_release(&mf);
    return rc;
}

int chrParseModel_parse(const char *name, const void *data, size_t len, chrParseModel *m,
                        char *err, size_t errlen) {
    memset(m, 0, sizeof *m);
    chrModelFile mf;
    int rc = chrModelFile_parse(name, data, len, "parse", &mf, err, errlen);
    if (!rc) rc = read_model(&mf, m, err, errlen);
    chrModelFile_release(&mf);
    return rc;
}

/* What decides which classes are legal, in four bits: a buffer, S0 is
 * the root, S0 has its head, the root has no dependent yet. */
static int legal_state(const chrArcEager *c) {
    int s0 = chrArcEager_s0(c);
    return (c->b <= c->n) | (s0 == 0) << 1 | (s0 != 0 && c->head[s0] >= 0) << 2 |
           (c->root_child == 0) << 3;
}

static int class_legal(const chrParseModel *m, uint32_t k, int st) {
    int has_b = st & 1, at_root = (st >> 1) & 1, has_head = (st >> 2) & 1;
    int root_free = (st >> 3) & 1;
    int tr = m->class_tr[k];
    switch (tr) {
    case CHR_AE_SHIFT:
        return has_b;
    case CHR_AE_REDUCE:
        return !at_root && has_head;
    case CHR_AE_LEFT:
        if (!has_b || at_root || has_head) return 0;
        break;
    default: /* CHR_AE_RIGHT */
        if (!has_b || (at_root && !root_free)) return 0;
        break;
    }
    int is_root = m->class_label[k] == m->root_label;
    return is_root == (tr == CHR_AE_RIGHT && at_root);
}

/* Fills m->legal (CHR_OK or CHR_ENOMEM). */
static int build_legal(chrParseModel *m) {
    m->legal = malloc(16 * (size_t)m->nclass * sizeof *m->legal);
    if (!m->legal) return CHR_ENOMEM;
    uint32_t n = 0;
    for (int st = 0; st < 16; st++) {
        m->legal_off[st] = n;
        for (uint32_t k = 0; k < m->nclass; k++)
            if (class_legal(m, k, st)) m->legal[n++] = (uint16_t)k;
    }
    m->legal_off[16] = n;
    return CHR_OK;
}

int chrParseModel_bestLegal(const chrParseModel *m, const chrArcEager *c, const int32_t *scores) {
    int st = legal_state(c);
    int best = -1;
    int32_t bs = 0;
    if (m->legal) {
        /* ascending, so the first of equal scores wins, as below */
        for (uint32_t i = m->legal_off[st]; i < m->legal_off[st + 1]; i++) {
            int k = m->legal[i];
            if (best < 0 || scores[k] > bs) {
                best = k;
                bs = scores[k];
            }
        }
        return best;
    }
    for (uint32_t k = 0; k < m->nclass; k++) {
        if (!class_legal(m, k, st)) continue;
        if (best < 0 || scores[k] > bs) {
            best = (int)k;
            bs = scores[k];
        }
    }
    return best;
}

/* The label for a word the parser left without a head: the best scored
 * RIGHT-ARC label in the final configuration. */
typedef struct finish_ctx {
    const chrParseModel *m;
    const int32_t *scores;
} finish_ctx;

static int finish_label(void *ctx, int dep, int to_root) {
    (void)dep;
    const finish_ctx *f = ctx;
    if (to_root) return (int)f->m->root_label;
    int best = -1;
    for (uint32_t k = 0; k < f->m->nclass; k++) {
        if (f->m->class_tr[k] != CHR_AE_RIGHT || f->m->class_label[k] == f->m->root_label)
            continue;
        if (f->m->label_lift[f->m->class_label[k]] >= 0) continue;
        if (best < 0 || f->scores[k] > f->scores[best]) best = (int)k;
    }
    return best >= 0 ? (int)f->m->class_label[best] : (int)f->m->root_label;
}

int chrParseModel_run(const chrParseModel *m, chrParseWork *wk, int n) {
    int rc = work_reserve(wk, m, n);
    if (!rc) rc = chrArcEager_start(&wk->c, n);
    if (rc) return rc;
    chrArcEager *c = &wk->c;
    uint64_t feats[CHR_PARSE_MAX_FEATURES];
    const uint32_t nclass = m->nclass;
    size_t row_bytes = nclass * sizeof(int32_t);
    memset(wk->top_done, 0, (size_t)n + 1);
    int buf_at = -1; /* the buffer front buf_scores belong to */
    while (!chrArcEager_terminal(c)) {
        /* scores = the S0 word's (kept while it is on the stack) + the
         * buffer front's (kept until it moves) + the rest (see
         * chrParseFeatures_stackTop) */
        int s0 = chrArcEager_s0(c);
        int32_t *top = wk->top_scores + (size_t)s0 * nclass;
        if (!wk->top_done[s0]) {
            size_t nf = chrParseFeatures_stackTop(c, &wk->words, feats);
            memset(top, 0, row_bytes);
            chrLinear_scores(&m->weights, feats, nf, top);
            wk->top_done[s0] = 1;
        }
        if (buf_at != c->b) {
            size_t nf = chrParseFeatures_buffer(c, &wk->words, feats);
            memset(wk->buf_scores, 0, row_bytes);
            chrLinear_scores(&m->weights, feats, nf, wk->buf_scores);
            buf_at = c->b;
        }
        int32_t *restrict sc = wk->scores;
        const int32_t *restrict bs = wk->buf_scores;
        for (uint32_t i = 0; i < nclass; i++) sc[i] = bs[i] + top[i];
        size_t nf = chrParseFeatures_pairs(c, &wk->words, feats);
        chrLinear_scores(&m->weights, feats, nf, sc);
        int k = chrParseModel_bestLegal(m, c, wk->scores);
        if (k < 0) break; /* cannot happen before the end: SHIFT is legal */
        chrArcEager_apply(c, m->class_tr[k], (int)m->class_label[k]);
    }
    int orphans = 0;
    for (int i = 1; i < c->sp; i++) orphans |= c->head[c->stack[i]] < 0;
    if (orphans) {
        size_t nf = chrParseFeatures_extract(c, &wk->words, feats);
        memset(wk->scores, 0, m->nclass * sizeof *wk->scores);
        chrLinear_scores(&m->weights, feats, nf, wk->scores);
        finish_ctx fc = {m, wk->scores};
        chrArcEager_finish(c, finish_label, &fc);
    }
    int lifted = 0;
    for (int i = 1; i <= n; i++) {
        int l = c->label[i];
        wk->head[i] = c->head[i];
        wk->label[i] = (int)m->label_base[l];
        wk->want[i] = m->label_lift[l];
        lifted |= wk->want[i] >= 0;
    }
    if (lifted) rc = chrProj_deprojectivize(n, wk->head, wk->label, wk->want);
    return rc;
}
