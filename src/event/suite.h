/*
 * suite.h - what a validation-suite runner reports (internal).
 *
 * Why: `chronicle eval events SUITE` runs two kinds of suites, PETRARCH
 * records files (suite_petrarch.c, branch evt-coder) and TABARI .project
 * suites (suite_tabari.h, branch evt-tabari), and prints one JSON object for
 * either. Both runners fill this one result so the command needs no
 * knowledge of either format.
 */
#ifndef CHR_EVENT_SUITE_H
#define CHR_EVENT_SUITE_H

#include <stddef.h>
#include <stdio.h>

typedef struct chrSuiteCategory {
    char name[48];
    size_t records, passed;
} chrSuiteCategory;

typedef struct chrSuiteResult {
    size_t records;          /* records that count (evaluated) */
    size_t passed;           /* of those, how many passed */
    size_t sentences;        /* sentences coded end to end (for the speed) */
    double seconds;          /* wall time of coding them (tokenize..code), not loading */
    chrSuiteCategory *cats;  /* per category, in order of first appearance (heap) */
    size_t ncats, capcats;
} chrSuiteResult;

/* How a runner is asked to run. */
typedef struct chrSuiteOptions {
    const char *const *dict_dirs; /* extra directories to look for dictionaries */
    size_t n_dict_dirs;
    const char *model_dir;        /* tagger/parser models; NULL = shipped */
    int verbose;                  /* list every failure on `log` */
    int strict;                   /* a malformed dictionary line stops the run */
    FILE *log;                    /* failures and messages; never NULL */
} chrSuiteOptions;

/* Counts one record under `category` (NULL or "" = "-"); CHR_OK or CHR_ENOMEM. */
int chrSuite_count(chrSuiteResult *r, const char *category, int passed);
/* Frees the categories; the result is empty afterwards. NULL-safe. */
void chrSuite_release(chrSuiteResult *r);

/* Compares two sets of "SRC\tTGT\tCODE" triples (duplicates ignored, order
 * ignored); 1 when equal. Helps every runner judge a record the same way. */
int chrSuite_sameTriples(const char *const *a, size_t na, const char *const *b, size_t nb);

#endif
