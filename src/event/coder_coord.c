/*
 * coder_coord.c - coordinated subjects the parser hung on the verb one by
 * one, joined again before coding.
 *
 * Why: in "Neither Galadriel nor Gollum boycotted the parade" a parser may
 * give the verb two subjects, each with its own "neither"/"nor" hung on the
 * verb. The frame takes one subject, so the second actor would be lost. A
 * later subject of the same verb with a coordinating word between the two
 * is made a conjunct of the first, as a coordination is read everywhere
 * else (one event per conjunct).
 */
#include "event/coder_int.h"

int chrCoder_repairCoordination(chrSent *s) {
    int moved = 0;
    for (int v = 0; v < s->n; v++) {
        int first = -1;
        for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
            int c = s->kids[k];
            if (s->t[c].rel != R_NSUBJ || c > v) continue;
            if (first < 0) {
                first = c;
                continue;
            }
            int coord = 0;
            for (int i = first + 1; i < c; i++) coord |= s->t[i].upos == CHR_UPOS_CCONJ;
            if (!coord) continue;
            s->t[c].head = first;
            s->t[c].rel = R_CONJ;
            moved++;
        }
    }
    return moved;
}
