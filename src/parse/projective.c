/*
 * projective.c - lifting non-projective arcs and putting them back (see
 * projective.h).
 */
#include "parse/projective.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

/* Whether a dominates w (a is w or one of its ancestors). Bounded by n
 * steps so that a cycle cannot hang. */
static int dominates(int n, const int *head, int a, int w) {
    for (int steps = 0; steps <= n + 1; steps++) {
        if (w == a) return 1;
        if (w <= 0) return 0;
        w = head[w];
    }
    return 0;
}

/* Whether the arc head[d] -> d is projective. */
static int arc_projective(int n, const int *head, int d) {
    int h = head[d];
    int lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++)
        if (!dominates(n, head, h, k)) return 0;
    return 1;
}

int chrProj_isProjective(int n, const int *head) {
    for (int d = 1; d <= n; d++)
        if (!arc_projective(n, head, d)) return 0;
    return 1;
}

static int is_tree(int n, const int *head) {
    for (int d = 1; d <= n; d++) {
        if (head[d] < 0 || head[d] > n || head[d] == d) return 0;
        if (!dominates(n, head, 0, d)) return 0;
    }
    return 1;
}

int chrProj_projectivize(int n, int *head, const int *label, int *lifted) {
    if (!is_tree(n, head)) return CHR_EINVAL;
    for (int d = 1; d <= n; d++) lifted[d] = -1;
    int lifts = 0;
    for (;;) {
        int best = 0, span = 0;
        for (int d = 1; d <= n; d++) {
            int s = head[d] < d ? d - head[d] : head[d] - d;
            if (best && s >= span) continue;
            if (!arc_projective(n, head, d)) {
                best = d;
                span = s;
            }
        }
        if (!best) return lifts;
        int h = head[best];
        if (lifted[best] < 0) lifted[best] = label[h];
        head[best] = head[h];
        lifts++;
    }
}

/* Children lists in CSR form: kids[first[h] .. first[h + 1]) in word
 * order. */
static void build_children(int n, const int *head, int *first, int *kids) {
    memset(first, 0, (size_t)(n + 2) * sizeof(int));
    for (int d = 1; d <= n; d++) first[head[d] + 1]++;
    for (int h = 0; h <= n; h++) first[h + 1] += first[h];
    int *fill = kids + n; /* scratch: next free slot per head */
    for (int h = 0; h <= n; h++) fill[h] = first[h];
    for (int d = 1; d <= n; d++) kids[fill[head[d]]++] = d;
}

int chrProj_deprojectivize(int n, int *head, const int *label, const int *want) {
    int any = 0;
    for (int d = 1; d <= n; d++) any |= want[d] >= 0;
    if (!any) return CHR_OK;
    /* first: n + 2; kids: n slots + n + 1 scratch; queue and order: n + 1 each */
    int *mem = malloc((size_t)(5 * n + 6) * sizeof(int));
    if (!mem) return CHR_ENOMEM;
    int *first = mem, *kids = first + n + 2, *queue = kids + 2 * n + 1, *order = queue + n + 1;
    build_children(n, head, first, kids);
    /* The top-down order of the words as parsed. */
    int qn = 0;
    queue[qn++] = 0;
    for (int qi = 0; qi < qn; qi++)
        for (int j = first[queue[qi]]; j < first[queue[qi] + 1]; j++) queue[qn++] = kids[j];
    int norder = qn - 1;
    memcpy(order, queue + 1, (size_t)norder * sizeof(int));
    for (int oi = 0; oi < norder; oi++) {
        int d = order[oi];
        if (want[d] < 0) continue;
        int found = 0;
        qn = 0;
        queue[qn++] = head[d];
        for (int qi = 0; qi < qn && !found; qi++) {
            int h = queue[qi];
            for (int j = first[h]; j < first[h + 1]; j++) {
                int k = kids[j];
                if (k == d) continue; /* not into its own subtree */
                if (label[k] == want[d]) {
                    found = k;
                    break;
                }
                queue[qn++] = k;
            }
        }
        if (found) {
            head[d] = found;
            build_children(n, head, first, kids);
        }
    }
    free(mem);
    return CHR_OK;
}
