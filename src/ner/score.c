/*
 * score.c - exact-span precision, recall and F1 of entity labels, counted
 * the way conlleval counts chunks: a chunk starts at B-X, or at I-X after
 * a token of another type, and runs over the I-X that follow.
 */
#include "ner/ner.h"

static int starts(const uint8_t *l, size_t i) {
    if (l[i] == CHR_NER_O) return 0;
    return CHR_NER_IS_B(l[i]) || i == 0 || CHR_NER_TYPE(l[i - 1]) != CHR_NER_TYPE(l[i]);
}

/* The end (exclusive) of the chunk starting at i. */
static size_t chunk_end(const uint8_t *l, size_t i, size_t n) {
    size_t j = i + 1;
    while (j < n && !CHR_NER_IS_B(l[j]) && l[j] != CHR_NER_O && CHR_NER_TYPE(l[j]) == CHR_NER_TYPE(l[i]))
        j++;
    return j;
}

void chrNer_score(chrNerScore *s, const uint8_t *gold, const uint8_t *pred, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int g = starts(gold, i), p = starts(pred, i);
        size_t ge = g ? chunk_end(gold, i, n) : 0, pe = p ? chunk_end(pred, i, n) : 0;
        if (g) {
            s->gold[0]++;
            s->gold[CHR_NER_TYPE(gold[i])]++;
        }
        if (p) {
            s->pred[0]++;
            s->pred[CHR_NER_TYPE(pred[i])]++;
        }
        if (g && p && ge == pe && CHR_NER_TYPE(gold[i]) == CHR_NER_TYPE(pred[i])) {
            s->correct[0]++;
            s->correct[CHR_NER_TYPE(gold[i])]++;
        }
    }
}

double chrNer_f1(const chrNerScore *s, int t, double *precision, double *recall) {
    double p = s->pred[t] ? 100.0 * (double)s->correct[t] / (double)s->pred[t] : 0;
    double r = s->gold[t] ? 100.0 * (double)s->correct[t] / (double)s->gold[t] : 0;
    if (precision) *precision = p;
    if (recall) *recall = r;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
