/*
 * oracle.h - the dynamic oracle of the arc-eager system (Goldberg and
 * Nivre 2012): how many gold arcs a transition makes unreachable from
 * any configuration, not just from those on the gold path. Training
 * follows the model's own (possibly wrong) transitions and still learns
 * the best next step from there, so the parser learns to recover from its
 * mistakes. Exact for projective gold trees (the training trees are
 * projectivised first).
 */
#ifndef CHR_PARSE_ORACLE_H
#define CHR_PARSE_ORACLE_H

#include "parse/arceager.h"

typedef struct chrOracleCosts {
    int shift, reduce, left, right; /* unlabelled costs; -1 when not legal */
    int left_label, right_label;    /* the label that makes that arc gold, or -1 */
} chrOracleCosts;

/* Costs of the four transitions in c for the gold tree gold_head[1..n],
 * gold_label[1..n]. A labelled arc costs one more when its arc is gold
 * but its label is not left_label / right_label. on_stack[0..n] must
 * say which words are on the stack (the caller keeps it up to date with
 * chrOracle_track()). O(n) per call. */
void chrOracle_costs(const chrArcEager *c, const int *gold_head, const int *gold_label,
                     int root_label, const uint8_t *on_stack, chrOracleCosts *out);

/* Updates on_stack for transition t applied (next) to c: call before
 * chrArcEager_apply(). */
void chrOracle_track(const chrArcEager *c, int t, uint8_t *on_stack);

/* The gold transition sequence of a projective tree, for tests: follows
 * zero-cost transitions preferring LEFT, RIGHT, REDUCE, SHIFT. Writes
 * the transitions and labels to t[], l[] (room for 2n) and returns how
 * many, or -1 when some configuration has no zero-cost transition (the
 * tree is not projective) or memory ran out. c is left in the final configuration. */
int chrOracle_goldSequence(chrArcEager *c, const int *gold_head, const int *gold_label,
                           int root_label, int *t, int *l);

#endif
