/*
 * coder_purpose.c - what is hoped or wished for ("we hope that the Iranian
 * regime will cooperate") and what a mandative subjunctive demands ("the
 * resolution demands that Syria cooperate") is not reported as done, just
 * as the clause of a claim is not (coder_scope.c).
 *
 * (The infinitive of an aim or proposal noun, "accelerate negotiations to
 * sign an agreement", "an initiative to support the Palestinians", once
 * also read here, is read by coder_aim.c alone, whose noun list took this
 * file's.)
 */
#include <string.h>

#include "event/coder_int.h"

/* x is what someone hopes or wishes to happen: the clausal complement of
 * hope, wish, want or pray ("We hope that the Iranian regime will begin to
 * cooperate"); not "wants to cooperate", the subject's own intent, nor
 * "wants the EU to arrest", an appeal, which the dictionary codes. */
static int wished_clause(const chrSent *s, int x) {
    static const char *const wishing[] = {"hope", "wish", "want", "pray", NULL};
    int h = s->t[x].head;
    if (s->t[x].rel != R_CCOMP || h < 0 || s->t[h].upos != CHR_UPOS_VERB || !s->tok[h].lemma) return 0;
    for (int k = 0; wishing[k]; k++)
        if (strcmp(s->tok[h].lemma, wishing[k]) == 0) return 1;
    return 0;
}

/* x is a mandative subjunctive on a noun: a clause whose verb is in the
 * base form (VB) with a subject of its own and no auxiliary, hung on a noun
 * ("the resolution ... demands that Syria cooperate", with "demands" read as
 * a noun): what is demanded, not what happened. (On a verb of demanding the
 * dictionary combines the clause into the demand.) */
static int mandative_clause(const chrSent *s, int x) {
    static const char *const relative[] = {"that", "which", "who", NULL};
    uint8_t r = s->t[x].rel;
    int h = s->t[x].head;
    const char *t = s->tok[x].xpos;
    if ((r != R_CCOMP && r != R_RELCL && r != R_ACL) || h < 0 || s->t[h].upos != CHR_UPOS_NOUN || !t ||
        strcmp(t, "VB") != 0)
        return 0;
    int subj = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        uint8_t cr = s->t[c].rel;
        if (cr == R_AUX || cr == R_AUXPASS || cr == R_COP) return 0;
        if (cr == R_MARK && !chrCoder_formIn(s, c, relative)) return 0; /* "to", "if": no subjunctive */
        if (cr == R_NSUBJ && !chrCoder_formIn(s, c, relative) && s->t[c].upos != CHR_UPOS_PRON) subj = 1;
    }
    return subj;
}

int chrCoder_purposeClause(const chrSent *s, int v) {
    /* through the clauses the act is listed in or complements only: a
     * clause telling when something else happened ("years after US forces
     * toppled Saddam") is no part of the wish */
    for (int x = v, d = 0; x >= 0 && d < s->n; d++, x = s->t[x].head) {
        if (wished_clause(s, x) || mandative_clause(s, x)) return 1;
        uint8_t r = s->t[x].rel;
        if (r != R_CONJ && r != R_XCOMP && r != R_CCOMP) break;
    }
    /* (the infinitive of an aim noun, "negotiations to sign", is
     * coder_aim.c's) */
    return 0;
}
