/*
 * train.c - `chronicle train tag`: learns classes, tag dictionary,
 * clusters, weights and the lemmatizer from a CoNLL-U treebank and
 * writes the model.
 *
 * Training is greedy like tagging: each word is tagged with the current
 * weights given the classes predicted for the words before it, and the
 * weights move towards the gold class when wrong. Sentences are shuffled
 * each epoch with the seed; the averaged weights of the epoch that scores
 * best on the development file are kept.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "io/conllu.h"
#include "learn/hash.h"
#include "learn/perceptron_mix.h"
#include "tag/clusters.h"
#include "tag/features.h"
#include "tag/tagger.h"

#define DICT_MIN_COUNT 20
#define DICT_MIN_SHARE 0.99

typedef struct vocab {
    uint64_t *keys;
    uint32_t *idx;
    uint32_t mask;
    const char **forms;
    uint32_t *counts;   /* n * nclass */
    size_t n, cap;
} vocab;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int say(const chrTagTrainOptions *o, const char *fmt, ...) {
    if (!o->verbose) return 0;
    va_list ap;
    va_start(ap, fmt);
    fputs("chronicle train tag: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 0;
}

/* Index of name in names[0..*n), appended when new (n < max). */
static int intern(const char **names, uint32_t *n, uint32_t max, const char *name) {
    for (uint32_t i = 0; i < *n; i++)
        if (strcmp(names[i], name) == 0) return (int)i;
    if (*n >= max) return -1;
    names[*n] = name;
    return (int)(*n)++;
}

typedef struct classes {
    const char *xpos[CHR_TAG_MAXCLASS];
    uint32_t nxpos;
    uint8_t upos[CHR_TAG_MAXCLASS];
    uint16_t xid[CHR_TAG_MAXCLASS];
    uint32_t n;
} classes;

static int class_of(classes *c, const chrConlluWord *w, int add) {
    int up = chr_upos_from_name(w->upos);
    uint32_t nx = c->nxpos;
    int x = intern(c->xpos, &nx, add ? CHR_TAG_MAXCLASS : c->nxpos, w->xpos);
    if (x < 0) return -1;
    c->nxpos = nx;
    for (uint32_t i = 0; i < c->n; i++)
        if (c->upos[i] == up && c->xid[i] == x) return (int)i;
    if (!add || c->n >= CHR_TAG_MAXCLASS) return -1;
    c->upos[c->n] = (uint8_t)up;
    c->xid[c->n] = (uint16_t)x;
    return (int)c->n++;
}

static long vocab_add(vocab *v, const char *form, uint32_t nclass) {
    uint64_t key = chrTagWord_hash(form, strlen(form));
    uint32_t i = (uint32_t)key & v->mask;
    while (v->keys[i] && v->keys[i] != key) i = (i + 1) & v->mask;
    if (v->keys[i]) return v->idx[i];
    if (v->n == v->cap) return -1;
    v->keys[i] = key;
    v->idx[i] = (uint32_t)v->n;
    v->forms[v->n] = form;
    memset(v->counts + v->n * nclass, 0, nclass * sizeof *v->counts);
    return (long)v->n++;
}

static void vocab_release(vocab *v) {
    free(v->keys);
    free(v->idx);
    free(v->forms);
    free(v->counts);
}

/* The model sections other than weights and lemma. */
static void write_tables(chrModelWriter *mw, const classes *cl, const chrClusterSet *cs,
                         const vocab *v, const int32_t *dict, const uint32_t *byfreq) {
    chrBuf *b = chrModelWriter_section(mw, "classes");
    if (!b) return;
    chrBuf_u32(b, cl->nxpos);
    for (uint32_t i = 0; i < cl->nxpos; i++) chrBuf_str(b, cl->xpos[i]);
    chrBuf_u32(b, cl->n);
    for (uint32_t i = 0; i < cl->n; i++) {
        chrBuf_u8(b, cl->upos[i]);
        chrBuf_u16(b, cl->xid[i]);
    }
    b = chrModelWriter_section(mw, "clusters");
    if (!b) return;
    chrBuf_u32(b, (uint32_t)cs->n);
    for (size_t i = 0; i < cs->n; i++) {
        chrBuf_str(b, cs->words[i]);
        chrBuf_u16(b, cs->coarse[i]);
        chrBuf_u16(b, cs->fine[i]);
    }
    b = chrModelWriter_section(mw, "words");
    if (!b) return;
    chrBuf_u32(b, (uint32_t)v->n);
    for (size_t i = 0; i < v->n; i++) {
        size_t w = byfreq ? byfreq[i] : i;
        chrBuf_str(b, v->forms[w]);
        chrBuf_u32(b, (uint32_t)dict[w]);
    }
}

/* Word indices by decreasing training count (ties: first seen first), so
 * the model lists its most frequent words first (see CHR_TAG_VECWORDS):
 * each key is (UINT32_MAX - count) << 32 | index, sorted ascending. */
static int by_key(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static uint32_t *frequency_order(const vocab *v, uint32_t nclass) {
    uint64_t *keys = malloc((v->n + 1) * sizeof *keys);
    uint32_t *idx = malloc((v->n + 1) * sizeof *idx);
    if (!keys || !idx) {
        free(keys);
        free(idx);
        return NULL;
    }
    for (size_t w = 0; w < v->n; w++) {
        uint32_t total = 0;
        for (uint32_t c = 0; c < nclass; c++) total += v->counts[w * nclass + c];
        keys[w] = (uint64_t)(UINT32_MAX - total) << 32 | w;
    }
    qsort(keys, v->n, sizeof *keys, by_key);
    for (size_t w = 0; w < v->n; w++) idx[w] = (uint32_t)keys[w];
    free(keys);
    return idx;
}

/* Splits a ':'-separated list in place. */
static size_t split_paths(char *s, const char **out, size_t max) {
    size_t n = 0;
    for (char *p = strtok(s, ":"); p && n < max; p = strtok(NULL, ":")) out[n++] = p;
    return n;
}

/* What a training epoch needs besides the perceptron: the sentences,
 * their gold classes, the lexicon, and scratch arrays for the longest
 * sentence. */
typedef struct pass {
    const chrConllu *train;
    const int *gold;          /* per word of train */
    const size_t *first;      /* index of each sentence's first word in gold */
    const chrTagger *t;       /* lexicon and clusters */
    chrTagWord *local;        /* longest sentence + 1 */
    const chrTagWord **w;     /* longest sentence + 4 */
    const char **forms;       /* longest sentence + 1 */
    float *scratch;           /* nclass */
} pass;

/* One epoch of greedy training of p over the sentences order[0..nsents)
 * (shuffled first with rng): each word is tagged with the current
 * weights given the classes predicted before it, and the weights move
 * towards the gold class when wrong. Returns CHR_OK or CHR_ENOMEM;
 * *right and *seen count the correct guesses. */
static int train_epoch(const pass *ps, chrPerceptron *p, uint32_t *order, size_t nsents,
                       chrRng *rng, size_t *right, size_t *seen) {
    chrRng_shuffle(rng, order, nsents);
    for (size_t si = 0; si < nsents; si++) {
        const chrConlluSentence *s = &ps->train->sents[order[si]];
        for (size_t i = 0; i < s->nwords; i++) ps->forms[i] = s->words[i].form;
        chrTagger_words(&ps->t->lex, &ps->t->clusters, ps->forms, s->nwords, ps->w, ps->local);
        const chrTagWord *const *ws = ps->w + 2;
        uint32_t p1 = CHR_TAG_NONE1, p2 = CHR_TAG_NONE2;
        for (size_t i = 0; i < s->nwords; i++) {
            /* Tag dictionary words are learned too: the weights they
             * shape (context, bias, tags) are shared. */
            int g = ps->gold[ps->first[order[si]] + i];
            uint64_t f[CHR_TAG_MAXFEAT];
            size_t nf = chrTagFeat_extract(ws, s->nwords, i, p1, p2, f);
            int guess = chrPerceptron_learn(p, f, nf, g, NULL, ps->scratch);
            if (guess < -1) return CHR_ENOMEM;
            *right += guess == g;
            (*seen)++;
            p2 = p1;
            p1 = (uint32_t)guess;
        }
    }
    return CHR_OK;
}

int chrTagger_train(const chrTagTrainOptions *o, char *err, size_t errlen) {
    chrConllu train = {0}, dev = {0};
    chrClusterSet cs = {0};
    vocab v = {0};
    chrPerceptron *p = NULL;
    chrRng *rngs = NULL;
    chrTagger t = {0};
    chrLinear best = {0};
    int32_t *dict = NULL;
    int *gold = NULL;
    uint32_t *order = NULL;
    chrLemmaExample *ex = NULL;
    chrModelWriter mw = {0};
    char *news = NULL;
    classes *cl = calloc(1, sizeof *cl);
    int rc = CHR_ENOMEM;
    double t0 = now();
    if (!cl) goto out;
    if ((rc = chrConllu_load(o->train, &train, err, errlen))) goto out;
    if (o->dev && (rc = chrConllu_load(o->dev, &dev, err, errlen))) goto out;
    say(o, "%zu training sentences, %zu words", train.nsents, train.nwords);

    /* Classes and gold labels. */
    rc = CHR_ENOMEM;
    gold = malloc((train.nwords + 1) * sizeof *gold);
    if (!gold) goto out;
    size_t k = 0;
    for (size_t s = 0; s < train.nsents; s++)
        for (size_t i = 0; i < train.sents[s].nwords; i++) {
            gold[k] = class_of(cl, &train.sents[s].words[i], 1);
            if (gold[k++] < 0) {
                snprintf(err, errlen, "%s: more than %d tag classes", o->train, CHR_TAG_MAXCLASS);
                rc = CHR_ELIMIT;
                goto out;
            }
        }
    say(o, "%u classes (UPOS+XPOS pairs), %u XPOS tags", cl->n, cl->nxpos);

    /* Clusters. */
    if (o->news && o->clusters) {
        news = strdup(o->news);
        const char *paths[64];
        size_t np = news ? split_paths(news, paths, 64) : 0;
        double tc = now();
        if ((rc = chrClusters_learn(paths, np, o->clusters, 3, o->verbose, &cs, err, errlen)))
            goto out;
        say(o, "%zu words clustered in %.1f s", cs.n, now() - tc);
    }
    rc = CHR_ENOMEM;
    if (chrTagClusters_init(&t.clusters, cs.n)) goto out;
    for (size_t i = 0; i < cs.n; i++)
        chrTagClusters_add(&t.clusters, cs.words[i], strlen(cs.words[i]), cs.coarse[i], cs.fine[i]);

    /* Vocabulary, tag dictionary and lexicon. */
    v.cap = train.nwords + 1;
    uint32_t cap = 16;
    while (cap < v.cap * 2) cap *= 2;
    v.mask = cap - 1;
    v.keys = calloc(cap, sizeof *v.keys);
    v.idx = calloc(cap, sizeof *v.idx);
    v.forms = calloc(v.cap, sizeof *v.forms);
    v.counts = malloc(v.cap * cl->n * sizeof *v.counts);
    if (!v.keys || !v.idx || !v.forms || !v.counts) goto out;
    k = 0;
    for (size_t s = 0; s < train.nsents; s++)
        for (size_t i = 0; i < train.sents[s].nwords; i++) {
            long w = vocab_add(&v, train.sents[s].words[i].form, cl->n);
            if (w < 0) goto out;
            v.counts[(size_t)w * cl->n + (size_t)gold[k++]]++;
        }
    dict = malloc(v.n * sizeof *dict);
    if (!dict || chrTagLexicon_init(&t.lex, v.n + cs.n)) goto out;
    size_t ndict = 0;
    for (size_t w = 0; w < v.n; w++) {
        uint32_t total = 0, top = 0, arg = 0;
        for (uint32_t c = 0; c < cl->n; c++) {
            uint32_t x = v.counts[w * cl->n + c];
            total += x;
            if (x > top) top = x, arg = c;
        }
        dict[w] = total >= DICT_MIN_COUNT && top >= DICT_MIN_SHARE * total ? (int32_t)arg : -1;
        ndict += dict[w] >= 0;
        chrTagWord *e = chrTagLexicon_add(&t.lex, v.forms[w], strlen(v.forms[w]), &t.clusters);
        if (e) e->dict = dict[w];
    }
    for (size_t i = 0; i < cs.n; i++)
        chrTagLexicon_add(&t.lex, cs.words[i], strlen(cs.words[i]), &t.clusters);
    say(o, "%zu word forms, %zu in the tag dictionary", v.n, ndict);

    /* Perceptrons: one, or an ensemble trained side by side on different
     * shuffles and mixed into one linear model. */
    t.nclass = cl->n;
    t.upos = cl->upos;
    t.xpos_id = cl->xid;
    t.xpos = cl->xpos;
    t.nxpos = cl->nxpos;
    const unsigned members = o->ensemble < 1 ? 1 : o->ensemble;
    p = calloc(members, sizeof *p);
    rngs = calloc(members, sizeof *rngs);
    if (!p || !rngs) goto out;
    for (unsigned m = 0; m < members; m++) {
        if ((rc = chrPerceptron_init(&p[m], cl->n))) goto out;
        rngs[m].state = o->seed + 7919 * (uint64_t)m;
    }
    rc = CHR_ENOMEM;
    order = malloc((train.nsents + 1) * sizeof *order);
    size_t *first = malloc((train.nsents + 1) * sizeof *first);
    size_t maxn = 0;
    if (!order || !first) {
        free(first);
        goto out;
    }
    k = 0;
    for (size_t s = 0; s < train.nsents; s++) {
        order[s] = (uint32_t)s;
        first[s] = k;
        k += train.sents[s].nwords;
        if (train.sents[s].nwords > maxn) maxn = train.sents[s].nwords;
    }
    pass ps = {&train, gold, first, &t, malloc((maxn + 1) * sizeof(chrTagWord)),
               malloc((maxn + 4) * sizeof(chrTagWord *)), malloc((maxn + 1) * sizeof(char *)),
               malloc(cl->n * sizeof(float))};
    double best_acc = -1;
    unsigned best_epoch = 0;
    if (!ps.local || !ps.w || !ps.forms || !ps.scratch) goto train_done;
    for (unsigned e = 1; e <= o->epochs; e++) {
        size_t right = 0, seen = 0;
        for (unsigned m = 0; m < members; m++)
            if (train_epoch(&ps, &p[m], order, train.nsents, &rngs[m], &right, &seen))
                goto train_done;
        chrLinear_release(&t.lin);
        if (chrPerceptron_finishMix(p, members, 0.0f, &t.lin)) goto train_done;
        double acc = 0;
        if (dev.nsents) {
            chrTagScore sc;
            if (chrTagger_evaluate(&t, &dev, 0, &sc)) goto train_done;
            acc = 100.0 * (sc.upos + sc.xpos) / (2.0 * (sc.words ? sc.words : 1));
            say(o, "epoch %u: train %.2f, dev UPOS %.2f XPOS %.2f (%zu features, %.0f s)", e,
                100.0 * right / (seen ? seen : 1), 100.0 * sc.upos / sc.words,
                100.0 * sc.xpos / sc.words, t.lin.nfeatures, now() - t0);
        } else {
            acc = e; /* no dev file: the last epoch */
        }
        if (acc > best_acc) {
            best_acc = acc;
            best_epoch = e;
            chrLinear_release(&best);
            if (chrPerceptron_finishMix(p, members, o->prune, &best)) goto train_done;
        }
    }
    rc = CHR_OK;
    /* From here on t scores with the kept weights. */
    chrLinear_release(&t.lin);
    t.lin = best;
    memset(&best, 0, sizeof best);
    say(o, "best epoch %u; %zu features, %zu weights after pruning", best_epoch, t.lin.nfeatures,
        t.lin.npool);
train_done:
    free(ps.local);
    free(ps.w);
    free(ps.forms);
    free(ps.scratch);
    free(first);
    if (rc) {
        snprintf(err, errlen, "%s: out of memory while training", o->train);
        goto out;
    }
    /* Lemmatizer. */
    rc = CHR_ENOMEM;
    ex = malloc((train.nwords + 1) * sizeof *ex);
    if (!ex) goto out;
    k = 0;
    for (size_t s = 0; s < train.nsents; s++)
        for (size_t i = 0; i < train.sents[s].nwords; i++, k++) {
            const chrConlluWord *g = &train.sents[s].words[i];
            ex[k] = (chrLemmaExample){g->form, g->lemma, cl->xid[gold[k]]};
        }
    if ((rc = chrLemma_learn(&t.lemma, cl->nxpos, ex, k)) ||
        (rc = chrLemma_addKnown(&t.lemma, (const char *const *)cs.words, cs.n)))
        goto out;

    /* The model. */
    const char *base = strrchr(o->train, '/');
    chrModelWriter_init(&mw, CHR_TAG_KIND, base ? base + 1 : o->train);
    uint32_t *byfreq = frequency_order(&v, cl->n);
    if (!byfreq) {
        rc = CHR_ENOMEM;
        goto out;
    }
    write_tables(&mw, cl, &cs, &v, dict, byfreq);
    free(byfreq);
    if ((rc = chrLinear_write(&t.lin, &mw, "weights")) ||
        (rc = chrLemma_write(&t.lemma, &mw, "lemma")))
        goto out;
    rc = chrModelWriter_save(&mw, o->out, err, errlen);
    say(o, "wrote %s in %.0f s", o->out, now() - t0);
out:
    if (rc == CHR_ENOMEM && err && !*err) snprintf(err, errlen, "out of memory while training");
    /* t borrowed the class arrays from cl: detach before releasing. */
    t.upos = NULL;
    t.xpos_id = NULL;
    t.xpos = NULL;
    chrTagger_release(&t);
    chrLinear_release(&best);
    for (unsigned m = 0; p && m < (o->ensemble < 1 ? 1 : o->ensemble); m++)
        chrPerceptron_release(&p[m]);
    free(p);
    free(rngs);
    chrModelWriter_release(&mw);
    chrConllu_release(&train);
    chrConllu_release(&dev);
    chrClusters_release(&cs);
    vocab_release(&v);
    free(dict);
    free(gold);
    free(order);
    free(ex);
    free(news);
    free(cl);
    return rc;
}
