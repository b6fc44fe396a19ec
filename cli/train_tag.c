/*
 * train_tag.c - `chronicle train tag`: option parsing around
 * chrTagger_train (src/tag/train.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "tag/tagger.h"
#include "trains.h"

static int number(const char *opt, const char *s, double lo, double hi, double *out) {
    char *end;
    double v = s ? strtod(s, &end) : 0;
    if (!s || *end || v < lo || v > hi) {
        fprintf(stderr, "chronicle train tag: %s needs a number from %g to %g\n", opt, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

int train_tag(int argc, char **argv) {
    chrTagTrainOptions o = {0};
    o.clusters = 256;
    o.epochs = 10;
    o.seed = 1;
    o.prune = 0.5f;
    o.verbose = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        double x;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(TRAIN_TAG_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--quiet") == 0) {
            o.verbose = 0;
            continue;
        } else if (!v) {
            fprintf(stderr, "chronicle train tag: '%s' needs a value (or is unknown); see --help\n", a);
            return EXIT_USAGE;
        } else if (strcmp(a, "--train") == 0) {
            o.train = v;
        } else if (strcmp(a, "--dev") == 0) {
            o.dev = v;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            o.out = v;
        } else if (strcmp(a, "--news") == 0) {
            o.news = v;
        } else if (strcmp(a, "--clusters") == 0) {
            if (number(a, v, 0, 4096, &x)) return EXIT_USAGE;
            o.clusters = (unsigned)x;
        } else if (strcmp(a, "--epochs") == 0) {
            if (number(a, v, 1, 100, &x)) return EXIT_USAGE;
            o.epochs = (unsigned)x;
        } else if (strcmp(a, "--seed") == 0) {
            if (number(a, v, 0, 4294967295.0, &x)) return EXIT_USAGE;
            o.seed = (uint64_t)x;
        } else if (strcmp(a, "--ensemble") == 0) {
            if (number(a, v, 1, 16, &x)) return EXIT_USAGE;
            o.ensemble = (unsigned)x;
        } else if (strcmp(a, "--prune") == 0) {
            if (number(a, v, 0, 1000, &x)) return EXIT_USAGE;
            o.prune = (float)x;
        } else {
            fprintf(stderr, "chronicle train tag: unknown option '%s'; see --help\n", a);
            return EXIT_USAGE;
        }
        i++;
    }
    if (!o.train || !o.out) {
        fputs("chronicle train tag: --train and -o are required; see --help\n", stderr);
        return EXIT_USAGE;
    }
    if (o.clusters && !o.news) o.clusters = 0;
    if (o.clusters && o.clusters < 8) {
        fputs("chronicle train tag: --clusters must be 0 or at least 8\n", stderr);
        return EXIT_USAGE;
    }
    char err[512] = "";
    int rc = chrTagger_train(&o, err, sizeof err);
    if (rc) {
        fprintf(stderr, "chronicle train tag: %s\n", err[0] ? err : chr_strerror(rc));
        return EXIT_REJECTED;
    }
    return EXIT_OK;
}
