/*
 * api.c - the public entry points of the parser's training and
 * evaluation (chronicle.h), on top of train.c and evaluate.c, with the
 * tags coming from the gold file or from the tagger.
 */
#include <stdio.h>
#include <string.h>

#include "chronicle.h"
#include "parse/evaluate.h"
#include "parse/jackknife.h"
#include "parse/tagsource.h"
#include "parse/train.h"

int chr_parse_train(const chr_parse_train_options *opts, char *err, size_t errlen) {
    if (!opts || !opts->train_path || !opts->out_path) {
        snprintf(err, errlen, "training needs a treebank and an output path");
        return CHR_EINVAL;
    }
    chrParseTagSource ts;
    int rc = chrParseTagSource_open(&ts, opts->tag_model, err, errlen);
    if (rc) return rc;
    chrJackknife jk;
    chrConllu tb;
    memset(&jk, 0, sizeof jk);
    memset(&tb, 0, sizeof tb);
    if (opts->jackknife > 1) {
        rc = chrConllu_load(opts->train_path, &tb, err, errlen);
        if (!rc)
            rc = chrJackknife_run(opts->train_path, &tb, opts->jackknife, 10, opts->log, &jk, err,
                                  errlen);
        chrConllu_release(&tb);
        if (rc) {
            chrJackknife_release(&jk);
            chrParseTagSource_close(&ts);
            return rc;
        }
    }
    chrParseTrainOptions o = {0};
    o.train_path = opts->train_path;
    o.dev_path = opts->dev_path;
    o.out_path = opts->out_path;
    o.epochs = opts->epochs;
    o.seed = opts->seed;
    o.max_mb = opts->max_mb;
    o.log = opts->log;
    o.tag = ts.fn;
    o.tag_ctx = &ts;
    o.clusters_from = opts->tag_model;
    if (opts->jackknife > 1) {
        o.tag = chrJackknife_tags;
        o.tag_ctx = &jk;
        o.dev_tag = ts.fn;
        o.dev_tag_ctx = &ts;
    }
    rc = chrParseTrain_run(&o, err, errlen);
    chrJackknife_release(&jk);
    chrParseTagSource_close(&ts);
    return rc;
}

/* Parsing passes over the gold file; the speed is the median one. */
#define CHR_PARSE_EVAL_RUNS 5

int chr_parse_evaluate(const char *gold_path, const char *parse_model, const char *tag_model,
                       chr_parse_eval *out, char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    chrParseModel m;
    chrConllu gold;
    memset(&gold, 0, sizeof gold);
    chrParseTagSource ts;
    int rc = chrParseModel_load(parse_model, &m, err, errlen);
    if (!rc) rc = chrConllu_load(gold_path, &gold, err, errlen);
    int opened = 0;
    if (!rc) {
        rc = chrParseTagSource_open(&ts, tag_model, err, errlen);
        opened = rc == CHR_OK;
    }
    chrParseScore sc;
    double secs[CHR_PARSE_EVAL_RUNS];
    for (int run = 0; run < CHR_PARSE_EVAL_RUNS && !rc; run++) {
        rc = chrParseEval_treebank(&m, &gold, ts.fn, &ts, &sc);
        if (rc) snprintf(err, errlen, "%s: %s while parsing", gold_path, chr_strerror(rc));
        secs[run] = sc.parse_seconds;
    }
    if (!rc) {
        /* the median run (insertion sort of a handful) */
        for (int i = 1; i < CHR_PARSE_EVAL_RUNS; i++)
            for (int k = i; k > 0 && secs[k] < secs[k - 1]; k--) {
                double x = secs[k];
                secs[k] = secs[k - 1];
                secs[k - 1] = x;
            }
        sc.parse_seconds = secs[CHR_PARSE_EVAL_RUNS / 2];
    }
    if (!rc) {
        double w = sc.words ? (double)sc.words : 1;
        out->words = sc.words;
        out->uas = 100.0 * (double)sc.head_ok / w;
        out->las = 100.0 * (double)sc.label_ok / w;
        out->las_full = 100.0 * (double)sc.full_ok / w;
        out->words_per_s = sc.parse_seconds > 0 ? (double)sc.words / sc.parse_seconds : 0;
        for (int r = 0; r < CHR_PARSE_EVAL_RELATIONS && r < CHR_PARSE_EVAL_RELS; r++) {
            out->rel_name[r] = chrParseEval_relations[r];
            out->rel_count[r] = sc.rel_gold[r];
            out->rel_las[r] =
                sc.rel_gold[r] ? 100.0 * (double)sc.rel_ok[r] / (double)sc.rel_gold[r] : 0;
        }
    }
    if (opened) chrParseTagSource_close(&ts);
    chrConllu_release(&gold);
    chrParseModel_release(&m);
    return rc;
}
