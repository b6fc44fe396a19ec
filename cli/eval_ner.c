/*
 * eval_ner.c - `chronicle eval ner GOLD.iob2`: labels the gold tokens of a
 * UNER IOB2 file with the shipped (or given) NER model and scores exact
 * entity spans as conlleval does (micro F1 over PER, ORG, LOC).
 *
 * words_per_s times the labeller alone (features, dictionary look-ups and
 * decoding) over the whole file, in CPU time of this one thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "evals.h"
#include "core/clock.h"
#include "ner/ner.h"
#include "ner/stage.h"

static const char *label_name(int l) {
    static const char *const names[CHR_NER_NLABELS] = {"O", "B-PER", "I-PER", "B-ORG",
                                                       "I-ORG", "B-LOC", "I-LOC"};
    return l >= 0 && l < CHR_NER_NLABELS ? names[l] : "O";
}

static void print_errors(const chrNerCorpus *c, const uint8_t *pred) {
    for (size_t s = 0; s < c->nsents; s++) {
        size_t a = c->first[s], b = c->first[s + 1];
        int differ = 0;
        for (size_t i = a; i < b; i++) differ |= c->labels[i] != pred[i];
        if (!differ) continue;
        for (size_t i = a; i < b; i++)
            fprintf(stderr, "%s\t%s\t%s%s\n", c->forms[i], label_name(c->labels[i]),
                    label_name(pred[i]), c->labels[i] != pred[i] ? "\t<<" : "");
        fputc('\n', stderr);
    }
}

int eval_ner(int argc, char **argv) {
    const char *gold = NULL, *model = NULL, *dict = NULL;
    int errors = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            fputs(EVAL_NER_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(argv[i], "--errors") == 0) {
            errors = 1;
        } else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(argv[i], "--dict") == 0 && i + 1 < argc) {
            dict = argv[++i];
        } else if (argv[i][0] == '-' || gold) {
            fprintf(stderr, "chronicle eval ner: unexpected '%s'\n%s", argv[i], EVAL_NER_USAGE);
            return EXIT_USAGE;
        } else {
            gold = argv[i];
        }
    }
    if (!gold) {
        fputs(EVAL_NER_USAGE, stderr);
        return EXIT_USAGE;
    }
    char err[1024];
    chrNerStage *st = NULL;
    int rc = chrNerStage_open(model, NULL, dict, &st, err, sizeof err);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval ner: %s\n", err);
        return EXIT_REJECTED;
    }
    chrNerCorpus c;
    rc = chrNerCorpus_load(gold, &c, err, sizeof err);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval ner: %s\n", err);
        chrNerStage_close(st);
        return EXIT_REJECTED;
    }
    uint8_t *pred = malloc(c.ntokens ? c.ntokens : 1);
    chrNerWork w = {0};
    rc = pred ? CHR_OK : CHR_ENOMEM;
    double t0 = chrClock_threadCpu();
    for (size_t d = 0; rc == CHR_OK && d < c.ndocs; d++)
        rc = chrNer_labelDocument(st->model, st->lex, &w, c.forms, c.first + c.doc[d],
                                  c.doc[d + 1] - c.doc[d], pred);
    double secs = chrClock_threadCpu() - t0;
    if (rc == CHR_OK) {
        chrNerScore sc = {0};
        chrNer_score(&sc, c.labels, pred, c.ntokens);
        double p, r, f = chrNer_f1(&sc, 0, &p, &r);
        printf("{\"f1\":%.2f,\"precision\":%.2f,\"recall\":%.2f,\"per\":%.2f,\"org\":%.2f,"
               "\"loc\":%.2f,\"entities\":%zu,\"words\":%zu,\"words_per_s\":%.0f}\n",
               f, p, r, chrNer_f1(&sc, CHR_ENT_PER, NULL, NULL),
               chrNer_f1(&sc, CHR_ENT_ORG, NULL, NULL), chrNer_f1(&sc, CHR_ENT_LOC, NULL, NULL),
               sc.gold[0], c.ntokens, secs > 0 ? (double)c.ntokens / secs : 0);
        if (errors) print_errors(&c, pred);
    } else {
        fprintf(stderr, "chronicle eval ner: out of memory\n");
    }
    free(pred);
    chrNerWork_release(&w);
    chrNerCorpus_release(&c);
    chrNerStage_close(st);
    return rc == CHR_OK ? EXIT_OK : EXIT_REJECTED;
}
