/*
 * coder_clauseconj.c - verbs listed inside a reported or demanded clause,
 * which the parser hung on the verb above the clause, put back in it.
 *
 * Why: in "X has demanded that Hamas renounce violence, recognize Israel and
 * agree to abide by past deals" the parser often makes "recognize" and
 * "agree" conjuncts of "demanded"; the coder then reads X as the one who
 * recognizes Israel and agrees. A conjunct in the base or present form
 * (VB, VBP), with no subject or auxiliary of its own, after a clausal
 * complement in the same form, hung on a verb in another form (said,
 * demanded, says: VBD, VBN, VBZ), continues the complement's list of acts:
 * it becomes a conjunct of the complement, whose subject it shares. A
 * conjunct of the same form as the verb above ("urged ... and called")
 * stays where the parser put it.
 */
#include <string.h>

#include "event/coder_int.h"

static int xpos_in(const chrSent *s, int i, const char *const *tags) {
    const char *x = s->tok[i].xpos;
    for (int k = 0; x && tags[k]; k++)
        if (strcmp(x, tags[k]) == 0) return 1;
    return 0;
}

static int has_own_subject_or_aux(const chrSent *s, int v) {
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_CSUBJ || r == R_AUX || r == R_AUXPASS || r == R_MARK) return 1;
    }
    return 0;
}

int chrCoder_repairClauseConj(chrSent *s) {
    static const char *const base[] = {"VB", "VBP", NULL};
    static const char *const other[] = {"VBD", "VBN", "VBZ", NULL};
    int moved = 0;
    for (int c = 0; c < s->n; c++) {
        int h = s->t[c].head;
        if (s->t[c].rel != R_CONJ || s->t[c].upos != CHR_UPOS_VERB || h < 0 || h >= c) continue;
        if (!xpos_in(s, c, base) || !xpos_in(s, h, other) || has_own_subject_or_aux(s, c)) continue;
        /* the last clausal complement of h before c, in the base form */
        int k = -1;
        for (int j = s->kid_first[h]; j < s->kid_first[h + 1]; j++) {
            int d = s->kids[j];
            if (d < c && s->t[d].rel == R_CCOMP && s->t[d].upos == CHR_UPOS_VERB) k = d;
        }
        if (k < 0 || !xpos_in(s, k, base)) continue;
        s->t[c].head = k;
        moved++;
    }
    return moved;
}
