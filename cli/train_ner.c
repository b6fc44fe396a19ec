/*
 * train_ner.c - `chronicle train ner`: trains the NER model from IOB2
 * files (the library's internal trainer, src/ner/train.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "lex/dict_load.h"
#include "ner/ner.h"
#include "trains.h"

static void on_message(void *ctx, const char *msg) {
    (void)ctx;
    fprintf(stderr, "chronicle train ner: %s\n", msg);
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

int train_ner(int argc, char **argv) {
    const char *train = NULL, *dev = NULL, *out = NULL, *dict = NULL, *orgs = NULL;
    const char *casing[16], *news[16];
    size_t ncasing = 0, nnews = 0;
    chrNerTrainOptions opt = {.epochs = 12, .prune = 0, .verbose = 1, .nclusters = 256};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0) {
            fputs(TRAIN_NER_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--quiet") == 0) {
            opt.verbose = 0;
            continue;
        }
        if (!v) {
            fprintf(stderr, "chronicle train ner: '%s' needs a value or is unknown\n%s", a,
                    TRAIN_NER_USAGE);
            return EXIT_USAGE;
        }
        i++;
        if (strcmp(a, "--train") == 0) train = v;
        else if (strcmp(a, "--dev") == 0) dev = v;
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) out = v;
        else if (strcmp(a, "--dict") == 0) dict = v;
        else if (strcmp(a, "--org-names") == 0) orgs = v;
        else if (strcmp(a, "--casing") == 0 && ncasing < 16) casing[ncasing++] = v;
        else if (strcmp(a, "--news") == 0 && nnews < 16) news[nnews++] = v;
        else if (strcmp(a, "--clusters") == 0 && atoi(v) >= 0 && atoi(v) <= 4096)
            opt.nclusters = (unsigned)atoi(v);
        else if (strcmp(a, "--clusters-from") == 0) opt.clusters_from = v;
        else if (strcmp(a, "--seed") == 0 && atoi(v) > 0) opt.seed = (uint64_t)atoi(v);
        else if (strcmp(a, "--ensemble") == 0 && atoi(v) >= 1 && atoi(v) <= 16)
            opt.ensemble = (unsigned)atoi(v);
        else if (strcmp(a, "--dropout") == 0 && atof(v) >= 0 && atof(v) <= 0.5)
            opt.word_dropout = (float)atof(v);
        else if (strcmp(a, "--epochs") == 0 && atoi(v) > 0 && atoi(v) <= 100) opt.epochs = atoi(v);
        else if (strcmp(a, "--prune") == 0 && atof(v) >= 0) opt.prune = (float)atof(v);
        else {
            fprintf(stderr, "chronicle train ner: bad option '%s %s'\n%s", a, v, TRAIN_NER_USAGE);
            return EXIT_USAGE;
        }
    }
    if (!train || !out) {
        fprintf(stderr, "chronicle train ner: --train and -o are required\n%s", TRAIN_NER_USAGE);
        return EXIT_USAGE;
    }
    char dictpath[4096], err[512];
    if (!dict) {
        if (chr_data_path("dict", dictpath, sizeof dictpath) != CHR_OK) {
            fprintf(stderr, "chronicle train ner: cannot find the dict/ directory; give --dict DIR\n");
            return EXIT_REJECTED;
        }
        dict = dictpath;
    }
    chr_lexicon *lex = NULL;
    int rc = chr_lexicon_load_dir(dict, 0, on_message, NULL, &lex);
    if (rc != CHR_OK || !lex) {
        fprintf(stderr, "chronicle train ner: %s: %s\n", dict, chr_strerror(rc));
        chr_lexicon_free(lex);
        return EXIT_REJECTED;
    }
    opt.lex = lex;
    char orgpath[4200];
    if (!orgs) {
        /* the NER-only list beside the dictionaries, when there is one */
        snprintf(orgpath, sizeof orgpath, "%s/names-org.lst", dict);
        FILE *f = fopen(orgpath, "r");
        if (f) {
            fclose(f);
            orgs = orgpath;
        }
    }
    opt.org_names = orgs && strcmp(orgs, "none") != 0 ? orgs : NULL;
    opt.casing_inputs = casing;
    opt.ncasing_inputs = ncasing;
    opt.news = news;
    opt.nnews = nnews;
    chrNerCorpus tc, dc;
    memset(&dc, 0, sizeof dc);
    rc = chrNerCorpus_load(train, &tc, err, sizeof err);
    if (rc == CHR_OK && dev) rc = chrNerCorpus_load(dev, &dc, err, sizeof err);
    if (rc == CHR_OK) {
        fprintf(stderr, "chronicle train ner: %zu sentences, %zu tokens\n", tc.nsents, tc.ntokens);
        rc = chrNer_train(&tc, dev ? &dc : NULL, &opt, base_name(train), out, err, sizeof err);
    }
    if (rc != CHR_OK) fprintf(stderr, "chronicle train ner: %s\n", err);
    chrNerCorpus_release(&tc);
    chrNerCorpus_release(&dc);
    chr_lexicon_free(lex);
    return rc == CHR_OK ? EXIT_OK : EXIT_REJECTED;
}
