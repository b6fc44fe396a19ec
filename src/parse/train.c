/*
 * train.c - training the parser (see train.h).
 *
 * The treebank is read once: every sentence's tree is checked and
 * projectivised, its labels are mapped to ids (lifted ones as
 * "rel^head") and its words are hashed. Each epoch then walks the
 * sentences in a shuffled order; at every configuration the perceptron
 * predicts the best legal class, the oracle names the cheapest ones, and
 * a wrong prediction updates towards the best-scoring cheapest class.
 * From explore_from on the parser mostly follows its own prediction, so
 * it learns from the states its mistakes lead to.
 */
#define _POSIX_C_SOURCE 200809L
#include "parse/train.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chronicle.h"
#include "learn/hash.h"
#include "learn/linear_prune.h"
#include "learn/perceptron.h"
#include "parse/oracle.h"
#include "parse/projective.h"

#define MAX_LABELS 1024

typedef struct sent {
    int n;
    size_t off; /* into the flat arrays, word 1 at off + 1 */
} sent;

typedef struct corpus {
    sent *s;
    size_t ns;
    int *head, *label;       /* projectivised gold, composite ids */
    uint64_t *w, *p, *u, *m, *c1, *c2; /* word hashes */
    size_t nflat;
} corpus;

typedef struct labtab {
    char *name[MAX_LABELS];
    size_t count[MAX_LABELS];
    int base[MAX_LABELS], lift[MAX_LABELS];
    int n;
} labtab;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int lab_find(const labtab *t, const char *s) {
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->name[i], s) == 0) return i;
    return -1;
}

static int lab_add(labtab *t, const char *s, int base, int lift) {
    int i = lab_find(t, s);
    if (i >= 0) return i;
    if (t->n == MAX_LABELS) return CHR_ELIMIT;
    size_t len = strlen(s);
    t->name[t->n] = malloc(len + 1);
    if (!t->name[t->n]) return CHR_ENOMEM;
    memcpy(t->name[t->n], s, len + 1);
    t->base[t->n] = base < 0 ? t->n : base;
    t->lift[t->n] = lift;
    t->count[t->n] = 0;
    return t->n++;
}

static void lab_release(labtab *t) {
    for (int i = 0; i < t->n; i++) free(t->name[i]);
    t->n = 0;
}

static void corpus_release(corpus *c) {
    free(c->s);
    free(c->head);
    free(c->label);
    free(c->w);
    memset(c, 0, sizeof *c);
}

/* Whether heads form a tree over 1..n (each word reaches the root). */
static int valid_tree(const chrConlluSentence *s) {
    int n = (int)s->nwords;
    for (int i = 0; i < n; i++) {
        int h = s->words[i].head;
        if (h < 0 || h > n || h == i + 1) return 0;
        int w = i + 1, steps = 0;
        while (w != 0 && steps++ <= n) w = s->words[w - 1].head;
        if (w != 0) return 0;
    }
    return 1;
}

/* Reads the training trees: plain labels, projectivisation, then lifted
 * labels that are frequent enough. */
static int build_corpus(const chrConllu *tb, const chrParseTrainOptions *o,
                        const chrParseModel *model, labtab *lt, corpus *c, char *err,
                        size_t errlen) {
    memset(c, 0, sizeof *c);
    c->s = calloc(tb->nsents ? tb->nsents : 1, sizeof *c->s);
    size_t nflat = tb->nwords + tb->nsents + 1;
    c->head = malloc(nflat * sizeof(int));
    c->label = malloc(nflat * sizeof(int));
    int *lifted = malloc(nflat * sizeof(int));
    c->w = malloc(nflat * 6 * sizeof(uint64_t));
    size_t cap = 256;
    const char **xpos = malloc(cap * sizeof *xpos), **lemma = malloc(cap * sizeof *lemma);
    int *upos = malloc(cap * sizeof *upos);
    int rc = CHR_OK;
    if (!c->s || !c->head || !c->label || !lifted || !c->w || !xpos || !lemma || !upos) {
        rc = CHR_ENOMEM;
        goto done;
    }
    c->p = c->w + nflat;
    c->u = c->w + 2 * nflat;
    c->m = c->w + 3 * nflat;
    c->c1 = c->w + 4 * nflat;
    c->c2 = c->w + 5 * nflat;
    if (lab_add(lt, "root", -1, -1) < 0) {
        rc = CHR_ENOMEM;
        goto done;
    }
    chrParseWords words;
    chrParseWords_init(&words);
    size_t off = 0, skipped = 0;
    for (size_t si = 0; si < tb->nsents && !rc; si++) {
        const chrConlluSentence *s = &tb->sents[si];
        int n = (int)s->nwords;
        if (n == 0) continue;
        if (!valid_tree(s)) {
            if (o->log) fprintf(o->log, "%s:%zu: not a tree, left out\n", o->train_path, s->line);
            skipped++;
            continue;
        }
        if ((size_t)n > cap) {
            cap = (size_t)n * 2;
            const char **nx = realloc(xpos, cap * sizeof *xpos);
            if (nx) xpos = nx;
            const char **nl = realloc(lemma, cap * sizeof *lemma);
            if (nl) lemma = nl;
            int *nu = realloc(upos, cap * sizeof *upos);
            if (nu) upos = nu;
            if (!nx || !nl || !nu) {
                rc = CHR_ENOMEM;
                break;
            }
        }
        int *head = c->head + off, *label = c->label + off;
        head[0] = -1;
        label[0] = -1;
        for (int i = 1; i <= n; i++) {
            head[i] = s->words[i - 1].head;
            label[i] = lab_add(lt, s->words[i - 1].deprel, -1, -1);
            if (label[i] < 0) rc = label[i];
        }
        if (rc) break;
        if (chrProj_projectivize(n, head, label, lifted + off) < 0) {
            rc = CHR_EFORMAT;
            break;
        }
        rc = (o->tag ? o->tag : chrParseEval_goldTags)(o->tag_ctx, s, xpos, upos, lemma);
        if (!rc) rc = chrParseWords_start(&words, n);
        if (rc) break;
        for (int i = 1; i <= n; i++) {
            const char *form = s->words[i - 1].form;
            chrParseModel_setWord(model, &words, i, form, strlen(form), xpos[i - 1], upos[i - 1],
                                  lemma[i - 1]);
        }
        /* The flat arrays keep word 0 (root) and 1..n; N1/N2 past the end
         * come from the "none" values at sentence time. */
        memcpy(c->w + off, words.w, (size_t)(n + 1) * sizeof(uint64_t));
        memcpy(c->p + off, words.p, (size_t)(n + 1) * sizeof(uint64_t));
        memcpy(c->u + off, words.u, (size_t)(n + 1) * sizeof(uint64_t));
        memcpy(c->m + off, words.m, (size_t)(n + 1) * sizeof(uint64_t));
        memcpy(c->c1 + off, words.c1, (size_t)(n + 1) * sizeof(uint64_t));
        memcpy(c->c2 + off, words.c2, (size_t)(n + 1) * sizeof(uint64_t));
        c->s[c->ns].n = n;
        c->s[c->ns].off = off;
        c->ns++;
        off += (size_t)n + 1;
    }
    chrParseWords_release(&words);
    if (rc) goto done;
    /* Lifted labels: count them, keep the frequent ones. */
    char buf[160];
    for (int pass = 0; pass < 2 && !rc; pass++) {
        for (size_t k = 0; k < c->ns && !rc; k++) {
            for (int i = 1; i <= c->s[k].n; i++) {
                size_t at = c->s[k].off + (size_t)i;
                if (lifted[at] < 0) continue;
                snprintf(buf, sizeof buf, "%s^%s", lt->name[c->label[at]],
                         lt->name[lifted[at]]);
                int id = lab_find(lt, buf);
                if (pass == 0) {
                    if (id < 0) id = lab_add(lt, buf, c->label[at], lifted[at]);
                    if (id < 0) rc = id;
                    else lt->count[id]++;
                } else if (id >= 0 && lt->count[id] >= (size_t)(o->min_lifted > 0 ? o->min_lifted : 3)) {
                    c->label[at] = id;
                }
            }
        }
    }
    if (o->log && !rc)
        fprintf(o->log, "chronicle train parse: %zu sentences, %zu words, %d labels, %zu left out\n",
                c->ns, off - c->ns, lt->n, skipped);
done:
    free(lifted);
    free(xpos);
    free(lemma);
    free(upos);
    if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory", o->train_path);
    if (rc == CHR_ELIMIT)
        snprintf(err, errlen, "%s: more than %d relation labels", o->train_path, MAX_LABELS);
    if (rc == CHR_EFORMAT) snprintf(err, errlen, "%s: a tree could not be projectivised", o->train_path);
    return rc;
}

/* The model skeleton (labels in use, classes) from the corpus. Lifted
 * labels below the threshold stay out of the model; the corpus labels
 * are renumbered to the model's ids, which the features see. */
static int build_classes(corpus *c, const labtab *lt, chrParseModel *m) {
    uint8_t *used = calloc((size_t)lt->n * 2, 1);
    if (!used) return CHR_ENOMEM;
    for (size_t k = 0; k < c->ns; k++)
        for (int i = 1; i <= c->s[k].n; i++) {
            size_t at = c->s[k].off + (size_t)i;
            int right = c->head[at] < i;
            used[c->label[at] * 2 + right] = 1;
        }
    /* Labels: every plain one, and the lifted ones some arc uses. */
    int *remap = calloc((size_t)lt->n + 1, sizeof(int));
    m->label_name = calloc((size_t)lt->n, sizeof *m->label_name);
    m->label_base = calloc((size_t)lt->n, sizeof *m->label_base);
    m->label_lift = calloc((size_t)lt->n, sizeof *m->label_lift);
    m->class_tr = malloc((size_t)lt->n * 2 + 2);
    m->class_label = malloc(((size_t)lt->n * 2 + 2) * sizeof *m->class_label);
    if (!remap || !m->label_name || !m->label_base || !m->label_lift || !m->class_tr ||
        !m->class_label) {
        free(used);
        free(remap);
        return CHR_ENOMEM;
    }
    uint32_t nl = 0;
    for (int i = 0; i < lt->n; i++) {
        remap[i] = -1;
        if (lt->lift[i] >= 0 && !used[i * 2] && !used[i * 2 + 1]) continue;
        remap[i] = (int)nl;
        m->label_name[nl] = malloc(strlen(lt->name[i]) + 1);
        if (!m->label_name[nl]) {
            free(used);
            free(remap);
            return CHR_ENOMEM;
        }
        strcpy(m->label_name[nl], lt->name[i]);
        nl++;
    }
    m->nlabels = nl;
    for (int i = 0; i < lt->n; i++) {
        if (remap[i] < 0) continue;
        m->label_base[remap[i]] = (uint32_t)remap[lt->base[i]];
        m->label_lift[remap[i]] = lt->lift[i] >= 0 ? remap[lt->lift[i]] : -1;
    }
    m->root_label = (uint32_t)remap[0];
    for (size_t k = 0; k < c->ns; k++)
        for (int i = 1; i <= c->s[k].n; i++) {
            size_t at = c->s[k].off + (size_t)i;
            c->label[at] = remap[c->label[at]];
        }
    m->class_tr[0] = CHR_AE_SHIFT;
    m->class_label[0] = 0;
    m->class_tr[1] = CHR_AE_REDUCE;
    m->class_label[1] = 0;
    uint32_t nc = 2;
    for (int i = 0; i < lt->n; i++) {
        for (int right = 0; right < 2; right++) {
            if (!used[i * 2 + right] || remap[i] < 0) continue;
            m->class_tr[nc] = right ? CHR_AE_RIGHT : CHR_AE_LEFT;
            m->class_label[nc] = (uint32_t)remap[i];
            nc++;
        }
    }
    m->nclass = nc;
    free(used);
    free(remap);
    return CHR_OK;
}

/* State of one training run. */
typedef struct trainer {
    const chrParseTrainOptions *o;
    corpus corp;
    labtab lt;
    chrParseModel model; /* labels and classes; weights filled per epoch */
    int *arc_label;      /* class -> label of its arc, -1 for SHIFT, REDUCE */
    chrPerceptron pc;
    chrRng rng;
    chrArcEager cfg;
    chrParseWords words;
    uint8_t *on_stack;
    float *scores;
    int *cost;
    size_t updates, decisions;
} trainer;

/* One sentence with the oracle. explore: follow the prediction. */
static int train_sentence(trainer *t, const sent *s, int explore) {
    int n = s->n;
    const int *gh = t->corp.head + s->off, *gl = t->corp.label + s->off;
    int rc = chrArcEager_start(&t->cfg, n);
    if (!rc) rc = chrParseWords_start(&t->words, n);
    if (rc) return rc;
    memcpy(t->words.w, t->corp.w + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memcpy(t->words.p, t->corp.p + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memcpy(t->words.u, t->corp.u + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memcpy(t->words.m, t->corp.m + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memcpy(t->words.c1, t->corp.c1 + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memcpy(t->words.c2, t->corp.c2 + s->off, (size_t)(n + 1) * sizeof(uint64_t));
    memset(t->on_stack, 0, (size_t)n + 1);
    t->on_stack[0] = 1;
    chrArcEager *c = &t->cfg;
    const chrParseModel *m = &t->model;
    uint64_t feats[CHR_PARSE_MAX_FEATURES];
    int root = (int)m->root_label;
    while (!chrArcEager_terminal(c)) {
        size_t nf = chrParseFeatures_extract(c, &t->words, feats);
        memset(t->scores, 0, m->nclass * sizeof(float));
        chrPerceptron_scores(&t->pc, feats, nf, t->scores);
        chrOracleCosts k;
        chrOracle_costs(c, gh, gl, root, t->on_stack, &k);
        int pred = -1, best = -1, mincost = 1 << 30;
        for (uint32_t cl = 0; cl < m->nclass; cl++) {
            int tr = m->class_tr[cl], cost;
            int lab = t->arc_label[cl];
            int is_root = tr >= CHR_AE_LEFT && lab == root;
            if (!chrArcEager_legal(c, tr, is_root)) {
                t->cost[cl] = -1;
                continue;
            }
            switch (tr) {
            case CHR_AE_SHIFT: cost = k.shift; break;
            case CHR_AE_REDUCE: cost = k.reduce; break;
            case CHR_AE_LEFT: cost = k.left + (k.left_label >= 0 && lab != k.left_label); break;
            default: cost = k.right + (k.right_label >= 0 && lab != k.right_label); break;
            }
            t->cost[cl] = cost;
            if (pred < 0 || t->scores[cl] > t->scores[pred]) pred = (int)cl;
            if (cost < mincost) mincost = cost;
        }
        for (uint32_t cl = 0; cl < m->nclass; cl++)
            if (t->cost[cl] == mincost && (best < 0 || t->scores[cl] > t->scores[best]))
                best = (int)cl;
        if (pred < 0 || best < 0) break;
        t->decisions++;
        if (t->cost[pred] > mincost) {
            rc = chrPerceptron_update(&t->pc, feats, nf, best, pred, 1.0f);
            if (rc) return rc;
            t->updates++;
        }
        chrPerceptron_tick(&t->pc);
        int next = best;
        if (explore && pred != best) {
            double r = (double)(chrRng_next(&t->rng) >> 11) * (1.0 / 9007199254740992.0);
            if (r < t->o->explore_p || t->o->explore_p <= 0) next = pred;
        }
        chrOracle_track(c, m->class_tr[next], t->on_stack);
        chrArcEager_apply(c, m->class_tr[next], t->arc_label[next]);
    }
    return CHR_OK;
}

/* Serialised size of m in bytes (0 when out of memory). */
static size_t model_bytes(const chrParseModel *m) {
    chrModelWriter w;
    chrModelWriter_init(&w, "parse", "");
    chrParseModel_write(m, &w);
    unsigned char *bytes = NULL;
    size_t len = 0;
    if (chrModelWriter_bytes(&w, &bytes, &len)) len = 0;
    free(bytes);
    chrModelWriter_release(&w);
    return len;
}

/* Dev LAS of t->model (gold tags unless the options name a source). */
static int dev_scores(trainer *t, const chrConllu *dev, double *uas, double *las) {
    const chrParseTrainOptions *o = t->o;
    chrParseTagFn fn = o->dev_tag ? o->dev_tag : o->tag ? o->tag : chrParseEval_goldTags;
    void *ctx = o->dev_tag ? o->dev_tag_ctx : o->tag_ctx;
    chrParseScore sc;
    int rc = chrParseEval_treebank(&t->model, dev, fn, ctx, &sc);
    if (rc) return rc;
    *las = sc.words ? 100.0 * (double)sc.label_ok / (double)sc.words : 0;
    *uas = sc.words ? 100.0 * (double)sc.head_ok / (double)sc.words : 0;
    return CHR_OK;
}

/* Prunes the chosen weights: the strongest pruning (in int16 steps of the
 * quantised weights) that keeps the dev LAS within 0.15 of the unpruned
 * model's, and in any case the file under the size limit. Small models stay in the
 * cache: a fifth of the weights gives the same accuracy at twice the
 * speed. */
static int prune_model(trainer *t, const chrConllu *dev, double full_las) {
    static const int steps[] = {100, 200, 300, 400, 500, 600, 800, 1000, 1200, 1600, 2000};
    double max = (t->o->max_mb > 0 ? t->o->max_mb : 20.0) * 1e6;
    int chosen = 0;
    int fits = (double)chrLinear_prunedBytes(&t->model.weights, 0) <= max;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        size_t bytes = chrLinear_prunedBytes(&t->model.weights, steps[i]);
        if ((double)bytes > max || !t->o->dev_path) {
            /* too big: must prune harder (without a dev set: until it fits) */
            chosen = steps[i];
            fits = (double)bytes <= max;
            if (fits && !t->o->dev_path) break;
            continue;
        }
        chrLinear trial = t->model.weights, saved = t->model.weights;
        /* prune a copy: chrLinear_prune replaces the arrays it is given */
        trial.slots = malloc(((size_t)saved.mask + 1) * sizeof *trial.slots);
        trial.pool = malloc((saved.npool ? saved.npool : 1) * sizeof *trial.pool);
        if (!trial.slots || !trial.pool) {
            free(trial.slots);
            free(trial.pool);
            return CHR_ENOMEM;
        }
        memcpy(trial.slots, saved.slots, ((size_t)saved.mask + 1) * sizeof *trial.slots);
        memcpy(trial.pool, saved.pool, saved.npool * sizeof *trial.pool);
        int rc = chrLinear_prune(&trial, steps[i]);
        double uas = 0, las = 0;
        if (!rc) {
            t->model.weights = trial;
            rc = dev_scores(t, dev, &uas, &las);
            t->model.weights = saved;
        }
        chrLinear_release(&trial);
        if (rc) return rc;
        if (t->o->log)
            fprintf(t->o->log, "pruning below %d: %.1f MB, dev UAS %.2f LAS %.2f\n", steps[i],
                    (double)bytes / 1e6, uas, las);
        int good = las >= full_las - 0.15;
        if (good || !fits) {
            chosen = steps[i]; /* as good, smaller; or the first that fits at all */
            fits = 1;
        }
        if (!good) break;
    }
    if (t->o->log) fprintf(t->o->log, "chronicle train parse: pruning weights below %d\n", chosen);
    return chrLinear_prune(&t->model.weights, chosen);
}

int chrParseTrain_run(const chrParseTrainOptions *o, char *err, size_t errlen) {
    trainer t;
    memset(&t, 0, sizeof t);
    t.o = o;
    chrConllu train, dev;
    memset(&dev, 0, sizeof dev);
    int rc = chrConllu_load(o->train_path, &train, err, errlen);
    if (!rc && o->dev_path) rc = chrConllu_load(o->dev_path, &dev, err, errlen);
    if (rc) goto out;
    double t0 = now();
    if (o->clusters_from) {
        chrModelFile mf;
        rc = chrModelFile_load(o->clusters_from, NULL, &mf, err, errlen);
        if (!rc) {
            rc = chrParseModel_takeClusters(&t.model, &mf);
            if (rc == CHR_ENOTFOUND || rc == CHR_EFORMAT)
                snprintf(err, errlen, "%s: no usable word clusters in it", o->clusters_from);
        }
        chrModelFile_release(&mf);
        if (rc) goto out;
        if (o->log)
            fprintf(o->log, "chronicle train parse: %zu word clusters from %s\n",
                    t.model.clusters.count, o->clusters_from);
    }
    rc = build_corpus(&train, o, &t.model, &t.lt, &t.corp, err, errlen);
    if (rc) goto out;
    rc = build_classes(&t.corp, &t.lt, &t.model);
    if (rc) goto nomem;
    t.arc_label = malloc(t.model.nclass * sizeof(int));
    if (!t.arc_label) goto nomem;
    for (uint32_t k = 0; k < t.model.nclass; k++)
        t.arc_label[k] = t.model.class_tr[k] >= CHR_AE_LEFT ? (int)t.model.class_label[k] : -1;
    if (chrPerceptron_init(&t.pc, t.model.nclass)) goto nomem;
    int maxn = 1;
    for (size_t k = 0; k < t.corp.ns; k++)
        if (t.corp.s[k].n > maxn) maxn = t.corp.s[k].n;
    t.on_stack = malloc((size_t)maxn + 1);
    t.scores = malloc(t.model.nclass * sizeof(float));
    t.cost = malloc(t.model.nclass * sizeof(int));
    uint32_t *order = malloc(t.corp.ns * sizeof *order);
    if (!t.on_stack || !t.scores || !t.cost || !order) {
        free(order);
        goto nomem;
    }
    chrArcEager_init(&t.cfg);
    chrParseWords_init(&t.words);
    t.rng.state = o->seed ? o->seed : 1;
    for (size_t k = 0; k < t.corp.ns; k++) order[k] = (uint32_t)k;
    if (o->log)
        fprintf(o->log, "chronicle train parse: %u labels in the model, %u classes\n",
                t.model.nlabels, t.model.nclass);
    int epochs = o->epochs > 0 ? o->epochs : 15;
    int explore_from = o->explore_from > 0 ? o->explore_from : 2;
    chrLinear best = {0};
    double best_las = -1;
    for (int ep = 1; ep <= epochs && !rc; ep++) {
        chrRng_shuffle(&t.rng, order, t.corp.ns);
        t.updates = t.decisions = 0;
        for (size_t k = 0; k < t.corp.ns && !rc; k++)
            rc = train_sentence(&t, &t.corp.s[order[k]], ep >= explore_from);
        if (rc) break;
        chrLinear_release(&t.model.weights);
        rc = chrPerceptron_finish(&t.pc, 0, &t.model.weights);
        double las = 0, uas = 0;
        if (!rc && o->dev_path) rc = dev_scores(&t, &dev, &uas, &las);
        if (rc) break;
        if (o->log)
            fprintf(o->log,
                    "epoch %2d: %.2f%% updates, %zu features, %zu weights, dev UAS %.2f LAS "
                    "%.2f, %.0f s\n",
                    ep, 100.0 * (double)t.updates / (double)(t.decisions ? t.decisions : 1),
                    chrPerceptron_size(&t.pc), t.model.weights.npool, uas, las, now() - t0);
        if (!o->dev_path || las > best_las) {
            best_las = las;
            chrLinear_release(&best);
            best = t.model.weights;
            memset(&t.model.weights, 0, sizeof t.model.weights);
        }
    }
    free(order);
    if (!rc) {
        chrLinear_release(&t.model.weights);
        t.model.weights = best;
        memset(&best, 0, sizeof best);
        chrPerceptron_release(&t.pc); /* its memory is better spent elsewhere now */
        rc = prune_model(&t, &dev, best_las);
    }
    if (!rc) {
        chrModelWriter w;
        const char *slash = strrchr(o->train_path, '/');
        chrModelWriter_init(&w, "parse", slash ? slash + 1 : o->train_path);
        chrParseModel_write(&t.model, &w);
        rc = chrModelWriter_save(&w, o->out_path, err, errlen);
        chrModelWriter_release(&w);
        if (!rc && o->log)
            fprintf(o->log, "chronicle train parse: wrote %s (%zu bytes, best dev LAS %.2f) in %.0f s\n",
                    o->out_path, model_bytes(&t.model), best_las, now() - t0);
    }
    chrLinear_release(&best);
    goto out;
nomem:
    rc = CHR_ENOMEM;
    snprintf(err, errlen, "out of memory while training the parser");
out:
    chrArcEager_release(&t.cfg);
    chrParseWords_release(&t.words);
    chrPerceptron_release(&t.pc);
    free(t.on_stack);
    free(t.scores);
    free(t.cost);
    free(t.arc_label);
    chrParseModel_release(&t.model);
    corpus_release(&t.corp);
    lab_release(&t.lt);
    chrConllu_release(&train);
    chrConllu_release(&dev);
    return rc;
}
