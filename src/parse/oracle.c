/*
 * oracle.c - transition costs for the arc-eager dynamic oracle (see
 * oracle.h). The costs count gold arcs still reachable before the
 * transition and no longer after it.
 */
#include "parse/oracle.h"

#include <stdlib.h>

/* Whether the gold head h of the buffer front can still be reached from
 * the stack: it is on the stack (the root only while it has no
 * dependent). */
static int head_on_stack(const chrArcEager *c, int h, const uint8_t *on_stack) {
    if (h == 0) return c->root_child == 0;
    return h > 0 && on_stack[h];
}

/* Headless words on the stack whose gold head is w. */
static int stack_dependents(const chrArcEager *c, int w, const int *gold_head) {
    int k = 0;
    for (int i = 1; i < c->sp; i++) {
        int s = c->stack[i];
        if (c->head[s] < 0 && gold_head[s] == w) k++;
    }
    return k;
}

/* Words in the buffer whose gold head is w. */
static int buffer_dependents(const chrArcEager *c, int w, const int *gold_head) {
    int k = 0;
    for (int i = c->b; i <= c->n; i++) k += gold_head[i] == w;
    return k;
}

void chrOracle_costs(const chrArcEager *c, const int *gold_head, const int *gold_label,
                     int root_label, const uint8_t *on_stack, chrOracleCosts *out) {
    int s = chrArcEager_s0(c), b = c->b;
    int has_b = b <= c->n;
    out->shift = out->reduce = out->left = out->right = -1;
    out->left_label = out->right_label = -1;
    int s_deps_in_buffer = s != 0 ? buffer_dependents(c, s, gold_head) : 0;
    if (chrArcEager_legal(c, CHR_AE_REDUCE, 0)) out->reduce = s_deps_in_buffer;
    if (!has_b) return;
    int b_deps_on_stack = stack_dependents(c, b, gold_head);
    int hb = gold_head[b];
    out->shift = head_on_stack(c, hb, on_stack) + b_deps_on_stack;
    if (chrArcEager_legal(c, CHR_AE_LEFT, 0)) {
        out->left = (gold_head[s] > b) + s_deps_in_buffer;
        if (gold_head[s] == b) out->left_label = gold_label[s];
    }
    if (chrArcEager_legal(c, CHR_AE_RIGHT, s == 0)) {
        int lost = hb != s && (hb > b || head_on_stack(c, hb, on_stack));
        out->right = lost + b_deps_on_stack;
        if (hb == s) out->right_label = s == 0 ? root_label : gold_label[b];
    }
}

void chrOracle_track(const chrArcEager *c, int t, uint8_t *on_stack) {
    if (t == CHR_AE_SHIFT || t == CHR_AE_RIGHT)
        on_stack[c->b] = 1;
    else
        on_stack[chrArcEager_s0(c)] = 0;
}

int chrOracle_goldSequence(chrArcEager *c, const int *gold_head, const int *gold_label,
                           int root_label, int *t, int *l) {
    int n = c->n, steps = 0;
    uint8_t *on_stack = calloc((size_t)n + 1, 1);
    if (!on_stack) return -1;
    on_stack[0] = 1;
    while (!chrArcEager_terminal(c)) {
        chrOracleCosts k;
        chrOracle_costs(c, gold_head, gold_label, root_label, on_stack, &k);
        int tr, lab = -1;
        if (k.left == 0 && k.left_label >= 0) {
            tr = CHR_AE_LEFT;
            lab = k.left_label;
        } else if (k.right == 0 && k.right_label >= 0) {
            tr = CHR_AE_RIGHT;
            lab = k.right_label;
        } else if (k.reduce == 0) {
            tr = CHR_AE_REDUCE;
        } else if (k.shift == 0) {
            tr = CHR_AE_SHIFT;
        } else {
            steps = -1;
            break;
        }
        chrOracle_track(c, tr, on_stack);
        chrArcEager_apply(c, tr, lab);
        t[steps] = tr;
        l[steps] = lab;
        steps++;
    }
    free(on_stack);
    return steps;
}
