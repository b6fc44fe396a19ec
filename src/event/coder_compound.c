/*
 * coder_compound.c - compound actors as the parser leaves them.
 *
 * Why: PETRARCH codes one event per member of a compound actor ("Gondor
 * and Osgiliath", "Mordor, Fornost and Gondor"), and its "%" patterns want
 * the compound as a whole. A dependency parse spreads a compound over a
 * conj chain hanging on its first member, so the coder needs the first
 * conjunct of any member.
 */
#include "event/coder_int.h"

int chrCoder_firstConjunct(const chrSent *s, int i) {
    for (int depth = 0; i >= 0 && depth < s->n; depth++) {
        int h = s->t[i].head;
        if (s->t[i].rel != R_CONJ || h < 0 || !chrCoder_isNominal(s, h)) break;
        i = h;
    }
    return i;
}
