/*
 * perceptron_mix.c - ensembles of perceptrons by weight mixing (see
 * perceptron_mix.h).
 */
#include "learn/perceptron_mix.h"

#include <string.h>

#include "chronicle.h"

int chrPerceptron_mix(chrPerceptron *dst, const chrPerceptron *src, float share) {
    if (dst->nclass != src->nclass) return CHR_EINVAL;
    for (size_t i = 0; i < src->cap; i++) {
        if (!src->keys[i]) continue;
        size_t r = src->rowof[i];
        for (uint32_t c = 0; c < src->nclass; c++) {
            size_t k = r * src->nclass + c;
            float a = src->w[k] - src->u[k] / (float)src->c;
            if (a == 0) continue;
            if (chrPerceptron_update(dst, &src->keys[i], 1, (int)c, -1, share * a)) return CHR_ENOMEM;
        }
    }
    /* The update also fed the running sums; dst's average must be its
     * weights as they stand. */
    if (dst->nrows) memset(dst->u, 0, dst->nrows * dst->nclass * sizeof *dst->u);
    return CHR_OK;
}

int chrPerceptron_finishMix(const chrPerceptron *p, size_t n, float prune, chrLinear *out) {
    if (n == 1) return chrPerceptron_finish(&p[0], prune, out);
    chrPerceptron mix;
    int rc = chrPerceptron_init(&mix, p[0].nclass);
    for (size_t k = 0; rc == CHR_OK && k < n; k++)
        rc = chrPerceptron_mix(&mix, &p[k], 1.0f / (float)n);
    if (rc == CHR_OK) rc = chrPerceptron_finish(&mix, prune, out);
    chrPerceptron_release(&mix);
    return rc;
}
