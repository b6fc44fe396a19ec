/*
 * linear_inline.h - keeping the smallest weight rows inside the table.
 *
 * Most features of a large model have one or two non-zero weights (the
 * parser's average is 2.3). Looking such a feature up costs two cache
 * misses: the table slot, then its row in the pool. A slot has 8 bytes
 * for the row's offset and length, which is room for two (class,
 * weight) pairs, so those rows move into their slots and cost one miss.
 * The slot says so with CHR_LINEAR_INLINE in off; chrLinear_scores()
 * reads it. Scores are identical.
 */
#ifndef CHR_LEARN_LINEAR_INLINE_H
#define CHR_LEARN_LINEAR_INLINE_H

#include "learn/perceptron.h"

/* Moves rows of one or two pairs into their slots. Afterwards m is for
 * scoring only (chrLinear_write refuses it). Does nothing when m has
 * more than 32767 classes or a pool beyond 2^31 values. */
void chrLinear_inline(chrLinear *m);

#endif
