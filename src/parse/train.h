/*
 * train.h - training a parser model from a UD treebank: the averaged
 * perceptron (learn/perceptron.h) over the arc-eager features, guided by
 * the dynamic oracle with exploration (Goldberg and Nivre 2012), on
 * pseudo-projective training trees. The best epoch on the dev set wins.
 */
#ifndef CHR_PARSE_TRAIN_H
#define CHR_PARSE_TRAIN_H

#include <stdint.h>
#include <stdio.h>

#include "parse/evaluate.h"

typedef struct chrParseTrainOptions {
    const char *train_path, *dev_path, *out_path;
    int epochs;          /* 0: 15 */
    uint64_t seed;       /* shuffling and exploration */
    int explore_from;    /* first epoch (1-based) that follows the model's own
                            transitions; 0: 2 */
    double explore_p;    /* how often it follows them then; 0: 0.9 */
    int min_lifted;      /* rarer lifted labels fall back to the plain ones; 0: 3 */
    double max_mb;       /* the saved model's size limit in MB; 0: 20 */
    chrParseTagFn tag;   /* tags for training and dev (NULL: gold tags) */
    void *tag_ctx;
    const char *clusters_from; /* a model file with a "clusters" section (the
                                  tagger's): the parser takes its word clusters */
    chrParseTagFn dev_tag; /* tags for the dev set (NULL: as tag) */
    void *dev_tag_ctx;
    FILE *log;           /* progress lines (may be NULL) */
} chrParseTrainOptions;

/* Trains and writes out_path. Returns CHR_OK or a negative status with a
 * message in err. */
int chrParseTrain_run(const chrParseTrainOptions *o, char *err, size_t errlen);

#endif
