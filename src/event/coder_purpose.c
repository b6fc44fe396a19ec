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
 * protect") keeps its act.
 */
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

int chrCoder_purposeClause(const chrSent *s, int v) {
    /* the act, or the act it is listed with or is the complement of
     * ("an initiative to support the Palestinians and move toward ...");
     * not a clause that only tells when or why something else happened
     * ("a bid to end the spat set off when Georgia arrested ...") */
    int x = v;
    for (int d = 0; d < s->n && x >= 0 && (s->t[x].rel == R_CONJ || s->t[x].rel == R_XCOMP); d++) x = s->t[x].head;
    return x >= 0 && purpose_clause(s, x);
}
