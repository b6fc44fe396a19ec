/*
 * eval_events.c - `chronicle eval events SUITE`: runs an event-coding
 * validation suite from raw text and prints one JSON object:
 * {"records":..,"passed":..,"accuracy":..,"by_category":{..},"sentences_per_s":..}.
 * A TABARI .project goes to chrSuite_runTabari() (suite_tabari.h), anything
 * else is read as a PETRARCH records file (suite_petrarch.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "evals.h"
#include "event/suite_petrarch.h"
#include "event/suite_tabari.h"

static int ends_with(const char *s, const char *t) {
    size_t a = strlen(s), b = strlen(t);
    return a >= b && strcmp(s + a - b, t) == 0;
}

int eval_events(int argc, char **argv) {
    const char *suite = NULL;
    const char *dirs[32];
    chrSuiteOptions o = {dirs, 0, NULL, 0, 0, stderr};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            fputs(EVAL_EVENTS_USAGE, stdout);
            return EXIT_OK;
        } else if (strcmp(argv[i], "--verbose") == 0) {
            o.verbose = 1;
        } else if (strcmp(argv[i], "--strict") == 0) {
            o.strict = 1;
        } else if ((strcmp(argv[i], "--dict-dir") == 0 || strcmp(argv[i], "--models") == 0) && i + 1 < argc) {
            if (argv[i][2] == 'm') o.model_dir = argv[++i];
            else if (o.n_dict_dirs < 32) dirs[o.n_dict_dirs++] = argv[++i];
            else ++i;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "chronicle eval events: unknown option '%s'\n%s", argv[i], EVAL_EVENTS_USAGE);
            return EXIT_USAGE;
        } else if (!suite) {
            suite = argv[i];
        } else {
            fprintf(stderr, "chronicle eval events: one SUITE only\n");
            return EXIT_USAGE;
        }
    }
    if (!suite) {
        fputs(EVAL_EVENTS_USAGE, stderr);
        return EXIT_USAGE;
    }
    chrSuiteResult r = {0};
    int rc = ends_with(suite, ".project") ? chrSuite_runTabari(suite, &o, &r) : chrSuite_runPetrarch(suite, &o, &r);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval events: %s: %s\n", suite, chr_strerror(rc));
        chrSuite_release(&r);
        return EXIT_REJECTED;
    }
    printf("{\"records\":%zu,\"passed\":%zu,\"accuracy\":%.2f,\"by_category\":{", r.records, r.passed,
           r.records ? 100.0 * (double)r.passed / (double)r.records : 0.0);
    for (size_t i = 0; i < r.ncats; i++) {
        printf("%s", i ? "," : "");
        cli_json_string(stdout, r.cats[i].name, strlen(r.cats[i].name));
        printf(":{\"records\":%zu,\"passed\":%zu}", r.cats[i].records, r.cats[i].passed);
    }
    printf("},\"sentences\":%zu,\"sentences_per_s\":%.0f}\n", r.sentences,
           r.seconds > 0 ? (double)r.sentences / r.seconds : 0.0);
    chrSuite_release(&r);
    return EXIT_OK;
}
