/*
 * ner_common.c - pipeline options of the entity commands (ner_common.h).
 */
#include "ner_common.h"

#include <stdio.h>
#include <string.h>

int cli_ner_options(int *argc, char **argv, const char *what, chr_pipeline_options *popts) {
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char **slot = strcmp(argv[i], "--model-dir") == 0 ? &popts->model_dir
                            : strcmp(argv[i], "--dict") == 0    ? &popts->dict_dir
                                                                : NULL;
        if (!slot) {
            argv[out++] = argv[i];
            continue;
        }
        if (i + 1 >= *argc) {
            fprintf(stderr, "chronicle %s: %s needs a directory\n", what, argv[i]);
            return EXIT_USAGE;
        }
        *slot = argv[++i];
    }
    *argc = out;
    argv[out] = NULL;
    return -1;
}

chr_pipeline *cli_ner_pipeline(const chr_pipeline_options *popts, const char *what) {
    char err[1024];
    chr_pipeline *p = chr_pipeline_new(popts, err, sizeof err);
    if (!p) fprintf(stderr, "chronicle %s: %s\n", what, err);
    return p;
}
