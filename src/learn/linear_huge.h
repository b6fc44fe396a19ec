/*
 * linear_huge.h - moving a loaded model's weight tables onto huge pages.
 *
 * A parser model is tens of megabytes read at random: with 4 KB pages
 * nearly every feature lookup also misses the TLB. Copying the slot
 * table and the weight pool into 2 MB-aligned memory marked
 * MADV_HUGEPAGE (Linux transparent huge pages in "madvise" mode) before
 * first touching it lets the kernel back it with 2 MB pages. Elsewhere,
 * or when the kernel says no, the tables simply stay where they are.
 */
#ifndef CHR_LEARN_LINEAR_HUGE_H
#define CHR_LEARN_LINEAR_HUGE_H

#include "learn/perceptron.h"

/* Best effort: returns CHR_OK whether or not huge pages were obtained;
 * m is unchanged when memory runs out. Results are identical either way. */
int chrLinear_hugepages(chrLinear *m);

#endif
