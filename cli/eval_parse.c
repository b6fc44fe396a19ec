/*
 * eval_parse.c - `chronicle eval parse [--per-relation] GOLD.conllu`:
 * parses the gold tokens on predicted tags and prints the attachment
 * scores and the parser's own speed as one JSON object (public API only).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "evals.h"

int eval_parse(int argc, char **argv) {
    const char *gold = NULL, *model = NULL, *tagger = NULL;
    int per_relation = 0, gold_tags = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0) {
            fputs(EVAL_PARSE_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--per-relation") == 0) {
            per_relation = 1;
        } else if (strcmp(a, "--gold-tags") == 0) {
            gold_tags = 1;
        } else if ((strcmp(a, "--model") == 0 || strcmp(a, "--tagger") == 0) && i + 1 < argc) {
            if (a[2] == 'm') model = argv[++i];
            else tagger = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "chronicle eval parse: unknown option '%s'; see --help\n", a);
            return EXIT_USAGE;
        } else if (!gold) {
            gold = a;
        } else {
            fputs(EVAL_PARSE_USAGE, stderr);
            return EXIT_USAGE;
        }
    }
    if (!gold) {
        fputs(EVAL_PARSE_USAGE, stderr);
        return EXIT_USAGE;
    }
    char mpath[4096], tpath[4096];
    if (!model) {
        if (chr_data_path("models/en-parse.bin", mpath, sizeof mpath)) {
            fprintf(stderr, "chronicle eval parse: cannot find models/en-parse.bin; "
                            "train it or give --model\n");
            return EXIT_REJECTED;
        }
        model = mpath;
    }
    if (!tagger && !gold_tags) {
        if (chr_data_path("models/en-tag.bin", tpath, sizeof tpath)) {
            fprintf(stderr, "chronicle eval parse: cannot find models/en-tag.bin; "
                            "give --tagger, or --gold-tags to parse on gold tags\n");
            return EXIT_REJECTED;
        }
        tagger = tpath;
    }
    chr_parse_eval r;
    char err[512] = "";
    int rc = chr_parse_evaluate(gold, model, gold_tags ? NULL : tagger, &r, err, sizeof err);
    if (rc) {
        fprintf(stderr, "chronicle eval parse: %s\n", err[0] ? err : chr_strerror(rc));
        return EXIT_REJECTED;
    }
    printf("{\"uas\":%.2f,\"las\":%.2f,\"words_per_s\":%.0f", r.uas, r.las, r.words_per_s);
    if (per_relation) {
        printf(",\"las_full\":%.2f,\"per_relation\":{", r.las_full);
        for (int i = 0; i < CHR_PARSE_EVAL_RELATIONS; i++)
            printf("%s\"%s\":%.2f", i ? "," : "", r.rel_name[i], r.rel_las[i]);
        printf("}");
    }
    printf("}\n");
    return EXIT_OK;
}
