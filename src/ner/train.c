/*
 * train.c - trains the NER labeller: averaged perceptron, greedy
 * left-to-right with the labels it predicted itself as history (so that
 * training sees the mistakes tagging will see), shuffled sentences, the
 * epoch that scores best on dev kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chronicle.h"
#include "learn/hash.h"
#include "learn/modelfile.h"
#include "learn/perceptron_mix.h"
#include "ner/ner.h"

/* Counts the case of every word of the documents in inputs that does
 * not start a sentence, in sentences that are not mostly capitals. */
static int count_text_casing(const char *const *inputs, size_t n, chrCasing *out) {
    if (n == 0) return CHR_OK;
    chr_reader_options ro = {0};
    chr_reader *r = chr_reader_open(inputs, n, &ro, NULL, NULL);
    if (!r) return CHR_ENOMEM;
    chr_doc *d;
    int rc = CHR_OK;
    while (rc == CHR_OK && chr_reader_next(r, &d) == CHR_OK) {
        size_t ns, nt;
        if (chr_tokenize(d) == CHR_OK) {
            const chr_sentence *ss = chr_doc_sentences(d, &ns);
            const chr_token *ts = chr_doc_tokens(d, &nt);
            for (size_t s = 0; rc == CHR_OK && s < ns; s++) {
                size_t caps = 0;
                for (uint32_t k = 0; k < ss[s].count; k++)
                    caps += (size_t)chrNerFeat_allCaps(ts[ss[s].first + k].form, strlen(ts[ss[s].first + k].form));
                if (caps * 2 > ss[s].count) continue;
                for (uint32_t k = 1; rc == CHR_OK && k < ss[s].count; k++) {
                    const char *f = ts[ss[s].first + k].fold;
                    rc = chrCasing_count(out, f, strlen(f));
                }
            }
        }
        chr_doc_free(d);
    }
    chr_reader_free(r);
    return rc;
}

static int build_casing(const chrNerCorpus *c, const chrNerTrainOptions *opt, chrCasing *out) {
    int rc = count_text_casing(opt->casing_inputs, opt->ncasing_inputs, out);
    if (rc != CHR_OK) return rc;
    for (size_t s = 0; s < c->nsents; s++)
        for (size_t i = c->first[s] + 1; i < c->first[s + 1]; i++) {
            const char *f = c->forms[i];
            if (chrCasing_count(out, f, strlen(f)) != CHR_OK) return CHR_ENOMEM;
        }
    chrCasing_finish(out);
    return CHR_OK;
}

/* The word clusters: reused from another model, learnt from news text,
 * or none. */
static int get_clusters(const chrNerTrainOptions *opt, chrClusterSet *cs, char *err,
                        size_t errlen) {
    if (opt->clusters_from) {
        chrModelFile mf;
        int rc = chrModelFile_load(opt->clusters_from, NULL, &mf, err, errlen);
        if (rc == CHR_OK) {
            rc = chrNerClasses_read(&mf, cs, err, errlen);
            if (rc == CHR_ENOTFOUND)
                snprintf(err, errlen, "%s: the model has no word clusters", opt->clusters_from);
        }
        chrModelFile_release(&mf);
        return rc;
    }
    if (!opt->nnews || !opt->nclusters) return CHR_OK;
    return chrClusters_learn(opt->news, opt->nnews, opt->nclusters, 3, opt->verbose, cs, err,
                             errlen);
}

/* Labels every document of c with m as eval ner does and scores it. */
static int evaluate(const chrNerModel *m, const chrLex *lex, const chrNerCorpus *c, chrNerScore *sc) {
    chrNerWork w = {0};
    uint8_t *pred = malloc(c->ntokens ? c->ntokens : 1);
    int rc = pred ? CHR_OK : CHR_ENOMEM;
    memset(sc, 0, sizeof *sc);
    for (size_t d = 0; rc == CHR_OK && d < c->ndocs; d++)
        rc = chrNer_labelDocument(m, lex, &w, c->forms, c->first + c->doc[d],
                                  c->doc[d + 1] - c->doc[d], pred);
    if (rc == CHR_OK) chrNer_score(sc, c->labels, pred, c->ntokens);
    free(pred);
    chrNerWork_release(&w);
    return rc;
}

static int one_epoch(chrPerceptron *p, const chrNerCorpus *c, const chrLex *lex,
                     const chrNerModel *m, float dropout, uint32_t *order, chrRng *rng,
                     chrNerWork *w, size_t *errors) {
    uint64_t feats[CHR_NER_MAXFEATS];
    float scratch[CHR_NER_NLABELS];
    chrRng_shuffle(rng, order, c->nsents);
    for (size_t k = 0; k < c->nsents; k++) {
        size_t a = c->first[order[k]], n = c->first[order[k] + 1] - a;
        if (chrNerFeat_prepare(w, lex, &m->casing, &m->clusters, &m->orgs, c->forms + a,
                               c->upos ? c->upos + a : NULL, n))
            return CHR_ENOMEM;
        /* Word dropout: a few words are shown as unknown, so that the
         * model also learns to find names from shape, clusters and
         * context, as it must for names it never saw. */
        if (dropout > 0)
            for (size_t i = 0; i < n; i++)
                if (chrRng_below(rng, 1u << 16) < (uint32_t)(dropout * 65536.0f)) {
                    w->tok[i].w = w->tok[i].lw = 3;
                }
        int p1 = CHR_NER_O, p2 = CHR_NER_O;
        for (size_t i = 0; i < n; i++) {
            size_t nf = chrNerFeat_token(w, n, i, p1, p2, feats);
            int gold = c->labels[a + i];
            int guess = chrPerceptron_learn(p, feats, nf, gold, NULL, scratch);
            if (guess < 0) return guess;
            if (guess != gold) (*errors)++;
            p2 = p1;
            p1 = guess;
        }
    }
    return CHR_OK;
}

static int save(const chrLinear *lin, const chrCasing *casing, const chrClusterSet *cs,
                const chrNerOrgs *orgs, int use_pos, const char *data_name, const char *path, char *err, size_t errlen) {
    chrModelWriter mw;
    chrModelWriter_init(&mw, CHR_NER_KIND, data_name);
    chrBuf *b = chrModelWriter_section(&mw, "config");
    if (b) {
        chrBuf_u32(b, CHR_NER_NLABELS);
        chrBuf_u32(b, (uint32_t)use_pos);
    }
    b = chrModelWriter_section(&mw, "casing");
    if (b) {
        chrBuf_u64(b, casing->cap);
        for (size_t i = 0; i < casing->cap; i++) chrBuf_u64(b, casing->keys[i]);
        for (size_t i = 0; i < casing->cap; i++) chrBuf_u8(b, casing->cls[i]);
    }
    int rc = b ? chrLinear_write(lin, &mw, "weights") : CHR_ENOMEM;
    if (rc == CHR_OK && cs->n) rc = chrNerClasses_write(&mw, cs);
    if (rc == CHR_OK) rc = chrNerOrgs_write(&mw, orgs);
    if (rc == CHR_OK) rc = chrModelWriter_save(&mw, path, err, errlen);
    else snprintf(err, errlen, "%s: out of memory", path);
    chrModelWriter_release(&mw);
    return rc;
}

#define MAX_ENSEMBLE 16

int chrNer_train(const chrNerCorpus *train, const chrNerCorpus *dev,
                 const chrNerTrainOptions *opt, const char *data_name, const char *path, char *err,
                 size_t errlen) {
    chrPerceptron p[MAX_ENSEMBLE];
    chrRng rng[MAX_ENSEMBLE];
    size_t members = opt->ensemble < 1 ? 1 : opt->ensemble > MAX_ENSEMBLE ? MAX_ENSEMBLE : opt->ensemble;
    chrNerModel m = {0}, best = {0};
    chrNerWork w = {0};
    double best_f1 = -1;
    int best_epoch = 0;
    uint32_t *order = malloc((train->nsents ? train->nsents : 1) * sizeof *order);
    int rc = order ? CHR_OK : CHR_ENOMEM;
    memset(p, 0, sizeof p);
    for (size_t k = 0; rc == CHR_OK && k < members; k++) {
        rc = chrPerceptron_init(&p[k], CHR_NER_NLABELS);
        rng[k].state = (opt->seed ? opt->seed : 12345) + 7919 * k;
    }
    if (rc != CHR_OK) {
        for (size_t k = 0; k < members; k++) chrPerceptron_release(&p[k]);
        free(order);
        snprintf(err, errlen, "out of memory");
        return rc;
    }
    m.use_pos = train->upos != NULL;
    rc = build_casing(train, opt, &m.casing);
    chrClusterSet cs = {0};
    if (rc == CHR_OK) rc = get_clusters(opt, &cs, err, errlen);
    if (rc == CHR_OK) rc = chrNerClasses_index(&cs, &m.clusters);
    if (rc == CHR_OK && opt->verbose) fprintf(stderr, "%zu words with clusters\n", cs.n);
    if (rc == CHR_OK && opt->org_names) {
        rc = chrNerOrgs_load(opt->org_names, &m.orgs, err, errlen);
        if (rc == CHR_ENOTFOUND) snprintf(err, errlen, "%s: cannot read", opt->org_names);
    }
    for (size_t i = 0; i < train->nsents; i++) order[i] = (uint32_t)i;
    for (int e = 1; rc == CHR_OK && e <= opt->epochs; e++) {
        size_t errors = 0;
        clock_t t0 = clock();
        for (size_t k = 0; rc == CHR_OK && k < members; k++)
            rc = one_epoch(&p[k], train, opt->lex, &m, opt->word_dropout, order, &rng[k], &w,
                           &errors);
        if (rc == CHR_OK) rc = chrPerceptron_finishMix(p, members, opt->prune, &m.weights);
        double f1 = 0;
        if (rc == CHR_OK && dev) {
            chrNerScore sc;
            rc = evaluate(&m, opt->lex, dev, &sc);
            f1 = chrNer_f1(&sc, 0, NULL, NULL);
        }
        if (opt->verbose)
            fprintf(stderr, "epoch %d: train errors %.2f%%, dev F1 %.2f, %zu features, %.1fs\n", e,
                    100.0 * (double)errors /
                        (double)(train->ntokens ? train->ntokens * members : 1),
                    f1, m.weights.nfeatures, (double)(clock() - t0) / CLOCKS_PER_SEC);
        if (rc == CHR_OK && (!dev || f1 > best_f1)) {
            chrLinear_release(&best.weights);
            best.weights = m.weights;
            memset(&m.weights, 0, sizeof m.weights);
            best_f1 = f1;
            best_epoch = e;
        }
        chrLinear_release(&m.weights);
    }
    if (rc == CHR_OK) {
        if (opt->verbose) fprintf(stderr, "keeping epoch %d (dev F1 %.2f)\n", best_epoch, best_f1);
        rc = save(&best.weights, &m.casing, &cs, &m.orgs, m.use_pos, data_name, path, err, errlen);
    } else if (rc == CHR_ENOMEM) {
        snprintf(err, errlen, "out of memory");
    }
    chrLinear_release(&best.weights);
    chrCasing_release(&m.casing);
    chrTagClusters_release(&m.clusters);
    chrNerOrgs_release(&m.orgs);
    chrClusters_release(&cs);
    for (size_t k = 0; k < members; k++) chrPerceptron_release(&p[k]);
    chrNerWork_release(&w);
    free(order);
    return rc;
}
