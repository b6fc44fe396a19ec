/*
 * linear_prune.h - shrinking a finished chrLinear after the fact.
 *
 * The parser keeps the weights of its best epoch and only then knows how
 * big the model is; pruning the small quantised weights of that model
 * (instead of re-averaging from a trainer long gone) brings it under a
 * size limit and into the cache. Weights with |w| below a threshold go;
 * a feature left with no weight goes with them.
 */
#ifndef CHR_LEARN_LINEAR_PRUNE_H
#define CHR_LEARN_LINEAR_PRUNE_H

#include <stdint.h>

#include "learn/perceptron.h"

/* Drops the weights of m with |w| < min_abs (int16 units) and rebuilds
 * its table. Returns CHR_OK or CHR_ENOMEM (m unchanged then). */
int chrLinear_prune(chrLinear *m, int min_abs);

/* The bytes chrLinear_write would store for m pruned at min_abs. */
size_t chrLinear_prunedBytes(const chrLinear *m, int min_abs);

#endif
