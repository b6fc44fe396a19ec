/*
 * eval_tag.c - `chronicle eval tag GOLD.conllu`: UPOS, XPOS and lemma
 * accuracy of the tagger on the gold tokens of a UD treebank, and its
 * speed: words per second on one core with the model loaded, the median
 * of several timed passes over the file (reading excluded).
 *
 * Uses the library's internal tagger and CoNLL-U reader, as the other
 * treebank evaluations do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "evals.h"
#include "io/conllu.h"
#include "tag/tagger.h"

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int eval_tag(int argc, char **argv) {
    const char *path = NULL, *model = NULL;
    int runs = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(EVAL_TAG_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = atoi(argv[++i]);
            if (runs < 1 || runs > 100) {
                fputs("chronicle eval tag: --runs takes 1..100\n", stderr);
                return EXIT_USAGE;
            }
        } else if (argv[i][0] == '-' || path) {
            fputs(EVAL_TAG_USAGE, stderr);
            return EXIT_USAGE;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fputs(EVAL_TAG_USAGE, stderr);
        return EXIT_USAGE;
    }
    char found[4096], err[512] = "";
    if (!model) {
        if (chr_data_path("models/en-tag.bin", found, sizeof found) != CHR_OK) {
            fputs("chronicle eval tag: models/en-tag.bin not found beside the program, in "
                  "$CHRONICLE_DATA or the install; give --model\n", stderr);
            return EXIT_REJECTED;
        }
        model = found;
    }
    chrTagger t;
    int rc = chrTagger_load(&t, model, err, sizeof err);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval tag: %s\n", err);
        chrTagger_release(&t);
        return EXIT_REJECTED;
    }
    chrConllu gold;
    rc = chrConllu_load(path, &gold, err, sizeof err);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval tag: %s\n", err);
        chrConllu_release(&gold);
        chrTagger_release(&t);
        return EXIT_REJECTED;
    }
    chrTagScore sc = {0};
    double speeds[100];
    for (int r = 0; r < runs && rc == CHR_OK; r++) {
        rc = chrTagger_evaluate(&t, &gold, 1, &sc);
        speeds[r] = sc.seconds > 0 ? (double)sc.words / sc.seconds : 0;
    }
    chrConllu_release(&gold);
    chrTagger_release(&t);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval tag: %s: %s\n", path, chr_strerror(rc));
        return EXIT_REJECTED;
    }
    if (sc.words == 0) {
        fprintf(stderr, "chronicle eval tag: %s: no words found; is this CoNLL-U?\n", path);
        return EXIT_REJECTED;
    }
    qsort(speeds, (size_t)runs, sizeof *speeds, cmp_double);
    double w = (double)sc.words;
    printf("{\"upos\":%.2f,\"xpos\":%.2f,\"lemma\":%.2f,\"words_per_s\":%.2f}\n",
           100.0 * sc.upos / w, 100.0 * sc.xpos / w, 100.0 * sc.lemma / w, speeds[runs / 2]);
    return EXIT_OK;
}
