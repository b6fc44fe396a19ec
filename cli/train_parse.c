/*
 * train_parse.c - `chronicle train parse --train F --dev F -o MODEL`:
 * trains the dependency parser on a UD treebank (public API only).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trains.h"

int train_parse(int argc, char **argv) {
    chr_parse_train_options o = {0};
    o.log = stderr;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0) {
            fputs(TRAIN_PARSE_USAGE, stdout);
            return EXIT_OK;
        }
        if (!v) {
            fprintf(stderr, "chronicle train parse: '%s' needs a value or is unknown; see --help\n", a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--train") == 0) o.train_path = v;
        else if (strcmp(a, "--dev") == 0) o.dev_path = v;
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) o.out_path = v;
        else if (strcmp(a, "--tagger") == 0) o.tag_model = v;
        else if (strcmp(a, "--jackknife") == 0) o.jackknife = atoi(v);
        else if (strcmp(a, "--epochs") == 0) o.epochs = atoi(v);
        else if (strcmp(a, "--seed") == 0) o.seed = strtoull(v, NULL, 10);
        else if (strcmp(a, "--max-mb") == 0) o.max_mb = atof(v);
        else {
            fprintf(stderr, "chronicle train parse: unknown option '%s'; see --help\n", a);
            return EXIT_USAGE;
        }
        i++;
    }
    if (!o.train_path || !o.out_path) {
        fputs(TRAIN_PARSE_USAGE, stderr);
        return EXIT_USAGE;
    }
    char err[512] = "";
    int rc = chr_parse_train(&o, err, sizeof err);
    if (rc) {
        fprintf(stderr, "chronicle train parse: %s\n", err[0] ? err : chr_strerror(rc));
        return EXIT_REJECTED;
    }
    return EXIT_OK;
}
