/*
 * arceager.h - the arc-eager transition system (Nivre 2003) the parser
 * walks through, with the bookkeeping its features read.
 *
 * A configuration is a stack, a buffer (the words from b to n) and the
 * arcs made so far. Words are numbered 1..n; 0 is the artificial root,
 * which sits at the bottom of the stack and is never popped. Four
 * transitions:
 *   SHIFT       push the buffer front
 *   REDUCE      pop the stack top (it must have its head)
 *   LEFT-ARC l  the buffer front becomes the head of the stack top,
 *               which is popped (it must not have a head yet)
 *   RIGHT-ARC l the stack top becomes the head of the buffer front,
 *               which is pushed
 * The root takes exactly one dependent (a RIGHT-ARC from the root, label
 * "root"), so a finished parse is one tree. When the buffer is empty the
 * words left on the stack without a head are joined by
 * chrArcEager_finish(). A sentence of n words takes at most 2n
 * transitions; every step is O(1).
 *
 * For the features each word also keeps its two leftmost and two
 * rightmost dependents, its left and right valency and a bit set of the
 * labels of its left and right dependents (Zhang and Nivre 2011).
 */
#ifndef CHR_PARSE_ARCEAGER_H
#define CHR_PARSE_ARCEAGER_H

#include <stddef.h>
#include <stdint.h>

enum { CHR_AE_SHIFT = 0, CHR_AE_REDUCE = 1, CHR_AE_LEFT = 2, CHR_AE_RIGHT = 3 };

typedef struct chrArcEager {
    int n;          /* words 1..n */
    int *stack;     /* stack[0] == 0 (the root) */
    int sp;         /* stack size, >= 1 */
    int b;          /* buffer front; n + 1 when the buffer is empty */
    int *head;      /* [0..n]: head or -1 */
    int *label;     /* [0..n]: label id or -1 */
    int *lc1, *lc2; /* leftmost and second leftmost dependent, 0 = none */
    int *rc1, *rc2; /* rightmost and second rightmost dependent, 0 = none */
    uint8_t *lval, *rval; /* dependents on each side (saturating) */
    uint64_t *lset, *rset; /* labels of the dependents on each side, bit (id & 63) */
    int root_child; /* the word attached to the root, 0 = none yet */
    void *mem;      /* one block holding the arrays */
    size_t cap;     /* words the block has room for */
} chrArcEager;

void chrArcEager_init(chrArcEager *c);
/* Starts a parse of n words (grows the arrays when needed). Returns 0 or
 * CHR_ENOMEM. */
int chrArcEager_start(chrArcEager *c, int n);
void chrArcEager_release(chrArcEager *c);

static inline int chrArcEager_s0(const chrArcEager *c) { return c->stack[c->sp - 1]; }
/* The word below the stack top, or -1. */
static inline int chrArcEager_s1(const chrArcEager *c) {
    return c->sp >= 2 ? c->stack[c->sp - 2] : -1;
}
static inline int chrArcEager_terminal(const chrArcEager *c) { return c->b > c->n; }

/* Whether transition t (CHR_AE_*) is allowed now. For the arcs,
 * is_root_label tells whether the label is "root": a RIGHT-ARC from the
 * root needs it, every other arc must not have it. */
int chrArcEager_legal(const chrArcEager *c, int t, int is_root_label);
/* Applies a legal transition (label ignored for SHIFT and REDUCE). */
void chrArcEager_apply(chrArcEager *c, int t, int label);
/* Adds the arc head -> dep with a label, updating the bookkeeping. */
void chrArcEager_attach(chrArcEager *c, int head, int dep, int label);

/* Completes a terminal configuration: each word still on the stack
 * without a head is attached, from the top down, to the word below it;
 * the lowest one goes to the root when the root has no dependent yet,
 * else to the root's dependent. label_for(ctx, dep, to_root) names the
 * label to use. Afterwards every word has a head and the words form one
 * tree under the root. */
void chrArcEager_finish(chrArcEager *c, int (*label_for)(void *ctx, int dep, int to_root),
                        void *ctx);

#endif
