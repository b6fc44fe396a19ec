/*
 * judged.h - a hand-judged set of Phoenix events for `eval dict-compare
 * --judged FILE`.
 *
 * Why it exists: most Phoenix events on wire news are wrong (docs/dict-
 * sample.md), so the share of all Phoenix events that dict/ finds mixes
 * recall with agreement on Phoenix's errors. A reader's verdicts on drawn
 * Phoenix events, kept in a file, give the recall that matters: of the
 * Phoenix events a careful reader calls right, how many dict/ finds.
 *
 * The same file format keeps a reader's verdicts on drawn dict/ events
 * (`--judged-dict FILE`, docs/dict-judged.tsv): the judged events that a
 * dict/ coding still yields, exactly as judged, give a precision that
 * follows every dictionary change without a new reading (biased towards
 * the events rules were written from, so a fresh draw stays the headline).
 *
 * File format, one event per line, tab-separated, '#' starts a comment:
 *   doc  sentence  source  target  code  verdict(right|wrong)  [reason]
 */
#ifndef CHR_CLI_JUDGED_H
#define CHR_CLI_JUDGED_H

#include <stddef.h>
#include <stdint.h>

typedef struct cliJudged {
    char doc[64];
    uint32_t sentence;
    char src[40], tgt[40], code[8];
    int right;
    int found; /* dict/ coded it (set by the comparison) */
} cliJudged;

typedef struct cliJudgedSet {
    cliJudged *v;
    size_t n;
} cliJudgedSet;

/* Reads FILE; on a bad line prints "FILE:LINE: reason" to stderr and
 * returns -1 (the set is then empty). */
int cli_judged_load(const char *path, cliJudgedSet *out);
void cli_judged_free(cliJudgedSet *set);

/* The events a dict/ coding of one sentence yields, for matching. */
typedef struct cliCoded {
    uint32_t sentence;
    const char *src, *tgt, *root;
    const char *code; /* the whole code, for exact matches */
} cliCoded;

/* An event coded in sentence `sentence` with root `root` (two digits, or
 * a longer code) between src and tgt is c: same sentence, same root, same
 * first three letters of both actor codes (the country). */
int cli_event_matches(const cliCoded *c, uint32_t sentence, const char *root, const char *src, const char *tgt);

/* Marks the judged events of document doc that one of the n coded events
 * matches: same sentence, same root (first two digits of the code), same
 * first three letters of source and target, where a judged "---" (no
 * country named) is matched by any country. */
void cli_judged_mark(cliJudgedSet *set, const char *doc, const cliCoded *coded, size_t n);

/* Marks the judged events of document doc that one of the n coded events
 * repeats exactly: same sentence, code, source and target. */
void cli_judged_mark_exact(cliJudgedSet *set, const char *doc, const cliCoded *coded, size_t n);

/* Counts right events and right events found. */
void cli_judged_count(const cliJudgedSet *set, size_t *right, size_t *right_found);

/* Counts found events and right events among them. */
void cli_judged_count_found(const cliJudgedSet *set, size_t *found, size_t *found_right);

#endif
