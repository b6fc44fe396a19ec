/*
 * perceptron_mix.h - mixing the averaged weights of several perceptrons
 * trained on the same task (different shuffles or seeds) into one: a
 * cheap ensemble that costs nothing at labelling time beyond a larger
 * model, since the mix is again one linear model.
 */
#ifndef CHR_LEARN_PERCEPTRON_MIX_H
#define CHR_LEARN_PERCEPTRON_MIX_H

#include "learn/perceptron.h"

/* Adds share times the averaged weights of src to the current weights of
 * dst (same nclass; dst must not have been trained: its averaged weights
 * are then its current ones). Returns CHR_OK, CHR_EINVAL or CHR_ENOMEM. */
int chrPerceptron_mix(chrPerceptron *dst, const chrPerceptron *src, float share);

/* The averaged weights of p[0..n) mixed in equal shares, finished like
 * chrPerceptron_finish (n == 1: p[0] alone). Returns CHR_OK or
 * CHR_ENOMEM. */
int chrPerceptron_finishMix(const chrPerceptron *p, size_t n, float prune, chrLinear *out);

#endif
