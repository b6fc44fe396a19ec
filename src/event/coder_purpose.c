/*
 * coder_purpose.c - an act named as the aim of a plan, effort or proposal is
 * not reported as done.
 *
 * Why: "accelerate negotiations to sign an agreement", "called for an
 * initiative to support the Palestinians", "is making efforts to protect
 * interests of the Iraqi people", "a bid to join the EU": the infinitive
 * right after such a noun (hung on it, or by the parser on the verb the noun
 * belongs to) tells what is sought, not what happened, just as the
 * clause of a hope or a claim does (coder_scope.c). The nouns are those of
 * aims and proposals; a noun of a means ("a fund to help Libya", "troops to
 * protect") keeps its act. Likewise what is hoped or wished for ("we hope
 * that the Iranian regime will cooperate") and what a mandative subjunctive
 * demands ("demands that Syria cooperate").
 */
#include <string.h>

#include "event/coder_int.h"

static int purpose_clause(const chrSent *s, int x) {
    static const char *const aims[] = {
        "plan", "plans", "initiative", "initiatives", "effort", "efforts", "bid", "bids", "attempt", "attempts",
        "proposal", "proposals", "negotiations", "talks", "aim", "goal", "intention", "intentions", "call", "calls",
        "appeal", "appeals", "request", "requests", "offer", "offers", "readiness", "willingness", "campaign",
        "push", "drive", "quest", "idea", "option", "options", NULL};
    static const char *const to[] = {"to", NULL};
    uint8_t r = s->t[x].rel;
    int h = s->t[x].head, m = -1;
    if ((r != R_ACL && r != R_ADVCL) || h < 0 || h > x) return 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++)
        if (s->t[s->kids[k]].rel == R_MARK && chrCoder_formIn(s, s->kids[k], to)) m = s->kids[k];
    /* the aim noun right before "to": the clause's head ("negotiations to
     * sign" as parsed), or a dependent of the same verb that the parser
     * made the clause hang on ("accelerate negotiations | to sign") */
    int n = m - 1;
    if (m < 1 || s->t[n].upos != CHR_UPOS_NOUN || !chrCoder_formIn(s, n, aims)) return 0;
    return n == h || s->t[n].head == h;
}

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
    /* the act, or the act it is listed with or is the complement of
     * ("an initiative to support the Palestinians and move toward ...");
     * not a clause that only tells when or why something else happened
     * ("a bid to end the spat set off when Georgia arrested ...") */
    int x = v;
    for (int d = 0; d < s->n && x >= 0 && (s->t[x].rel == R_CONJ || s->t[x].rel == R_XCOMP); d++) x = s->t[x].head;
    return x >= 0 && purpose_clause(s, x);
}
