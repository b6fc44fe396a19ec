/*
 * arceager.c - the arc-eager transitions and their bookkeeping (see
 * arceager.h).
 */
#include "parse/arceager.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

void chrArcEager_init(chrArcEager *c) { memset(c, 0, sizeof *c); }

void chrArcEager_release(chrArcEager *c) {
    free(c->mem);
    memset(c, 0, sizeof *c);
}

/* Bytes per word over all arrays: 8 int arrays, 2 byte arrays, 2 u64. */
#define PER_WORD (8 * sizeof(int) + 2 * sizeof(uint8_t) + 2 * sizeof(uint64_t))

int chrArcEager_start(chrArcEager *c, int n) {
    if (n < 0) return CHR_EINVAL;
    size_t need = (size_t)n + 2;
    if (need > c->cap) {
        size_t cap = need < 64 ? 64 : need + need / 2;
        void *mem = malloc(cap * PER_WORD);
        if (!mem) return CHR_ENOMEM;
        free(c->mem);
        c->mem = mem;
        c->cap = cap;
        uint64_t *u = mem; /* the 8-byte arrays first keep alignment */
        c->lset = u;
        c->rset = u + cap;
        int *i = (int *)(u + 2 * cap);
        c->stack = i;
        c->head = i + cap;
        c->label = i + 2 * cap;
        c->lc1 = i + 3 * cap;
        c->lc2 = i + 4 * cap;
        c->rc1 = i + 5 * cap;
        c->rc2 = i + 6 * cap;
        /* i + 7 * cap is spare */
        uint8_t *v = (uint8_t *)(i + 8 * cap);
        c->lval = v;
        c->rval = v + cap;
    }
    c->n = n;
    size_t words = (size_t)n + 1;
    memset(c->head, 0xff, words * sizeof(int));
    memset(c->label, 0xff, words * sizeof(int));
    memset(c->lc1, 0, words * sizeof(int));
    memset(c->lc2, 0, words * sizeof(int));
    memset(c->rc1, 0, words * sizeof(int));
    memset(c->rc2, 0, words * sizeof(int));
    memset(c->lval, 0, words);
    memset(c->rval, 0, words);
    memset(c->lset, 0, words * sizeof(uint64_t));
    memset(c->rset, 0, words * sizeof(uint64_t));
    c->stack[0] = 0;
    c->sp = 1;
    c->b = 1;
    c->root_child = 0;
    return CHR_OK;
}

int chrArcEager_legal(const chrArcEager *c, int t, int is_root_label) {
    int s0 = chrArcEager_s0(c);
    int has_b = c->b <= c->n;
    switch (t) {
    case CHR_AE_SHIFT:
        return has_b;
    case CHR_AE_REDUCE:
        return s0 != 0 && c->head[s0] >= 0;
    case CHR_AE_LEFT:
        return has_b && s0 != 0 && c->head[s0] < 0 && !is_root_label;
    case CHR_AE_RIGHT:
        if (!has_b) return 0;
        if (s0 == 0) return is_root_label && c->root_child == 0;
        return !is_root_label;
    default:
        return 0;
    }
}

void chrArcEager_attach(chrArcEager *c, int head, int dep, int label) {
    c->head[dep] = head;
    c->label[dep] = label;
    uint64_t bit = (uint64_t)1 << ((unsigned)label & 63u);
    if (head == 0) {
        c->root_child = dep;
        return;
    }
    if (dep < head) {
        if (c->lc1[head] == 0 || dep < c->lc1[head]) {
            c->lc2[head] = c->lc1[head];
            c->lc1[head] = dep;
        } else if (c->lc2[head] == 0 || dep < c->lc2[head]) {
            c->lc2[head] = dep;
        }
        if (c->lval[head] < 255) c->lval[head]++;
        c->lset[head] |= bit;
    } else {
        if (dep > c->rc1[head]) {
            c->rc2[head] = c->rc1[head];
            c->rc1[head] = dep;
        } else if (dep > c->rc2[head]) {
            c->rc2[head] = dep;
        }
        if (c->rval[head] < 255) c->rval[head]++;
        c->rset[head] |= bit;
    }
}

void chrArcEager_apply(chrArcEager *c, int t, int label) {
    int s0 = chrArcEager_s0(c);
    switch (t) {
    case CHR_AE_SHIFT:
        c->stack[c->sp++] = c->b++;
        break;
    case CHR_AE_REDUCE:
        c->sp--;
        break;
    case CHR_AE_LEFT:
        chrArcEager_attach(c, c->b, s0, label);
        c->sp--;
        break;
    case CHR_AE_RIGHT:
        chrArcEager_attach(c, s0, c->b, label);
        c->stack[c->sp++] = c->b++;
        break;
    default:
        break;
    }
}

void chrArcEager_finish(chrArcEager *c, int (*label_for)(void *ctx, int dep, int to_root),
                        void *ctx) {
    /* Words never pushed (a caller that stopped early) join the stack. */
    while (c->b <= c->n) c->stack[c->sp++] = c->b++;
    for (int i = c->sp - 1; i >= 1; i--) {
        int w = c->stack[i];
        if (c->head[w] >= 0) continue;
        int below = c->stack[i - 1];
        if (below == 0) {
            if (c->root_child == 0) {
                chrArcEager_attach(c, 0, w, label_for(ctx, w, 1));
                continue;
            }
            below = c->root_child;
        }
        chrArcEager_attach(c, below, w, label_for(ctx, w, 0));
    }
    c->sp = 1;
}
