/*
 * coder_compound.c - compound actors as the parser leaves them.
 *
 * Why: PETRARCH codes one event per member of a compound actor ("Gondor
 * and Osgiliath", "Mordor, Fornost and Gondor"), and its "%" patterns want
 * the compound as a whole. A dependency parse spreads a compound over a
 * conj chain hanging on its first member, so the coder needs the first
 * conjunct of any member. A conj link with no conjunction or comma between
 * its ends is no coordination but a name the parser cut ("Bree Prime
 * Minister Romendacil"): the phrase stays whole.
 */
#include "event/coder_int.h"

int chrCoder_trueConjunct(const chrSent *s, int c) {
    int h = s->t[c].head;
    if (s->t[c].rel != R_CONJ || h < 0) return 0;
    int lo = h < c ? h : c, hi = h < c ? c : h;
    for (int j = lo + 1; j < hi; j++) {
        const char *f = s->tok[j].form;
        if (s->t[j].rel == R_CC || (s->t[j].upos == CHR_UPOS_PUNCT && (f[0] == ',' || f[0] == ';') && !f[1]))
            return 1;
    }
    return 0;
}

int chrCoder_firstConjunct(const chrSent *s, int i) {
    for (int depth = 0; i >= 0 && depth < s->n; depth++) {
        int h = s->t[i].head;
        if (!chrCoder_trueConjunct(s, i) || !chrCoder_isNominal(s, h)) break;
        i = h;
    }
    return i;
}
