/*
 * coder_unrealized.c - acts the sentence names but does not report as done:
 * obligations, plans that fell through, questions put to a speaker and
 * reports someone denies.
 *
 * Why it exists: issue 7's hand checks of dict/ events found such acts
 * coded as having happened:
 * - an obligation still open: "Russia still has to sign bilateral
 *   protocols", "the voters will now have to vote to return their
 *   territory" (the infinitive, with "to", of the verb "have"; a causative
 *   "had him arrested" has no "to" and keeps its act; a past "had to sign"
 *   mostly reports what was done and keeps it too);
 * - a plan told in the past perfect, which says it was not carried out:
 *   "Abbas had been due to hold talks with King Abdullah", "had been
 *   scheduled to meet", "had planned to visit";
 * - a question put to the speaker: "When asked to comment on Bush's
 *   remarks, Liu said ..." is no appeal by Liu (nor by anyone named);
 * - what a denied or dismissed report says: "Indonesia dismissed a report
 *   that it would sign a security pact with Australia";
 * - an act only approached ("Russia edged closer to cutting gas supplies",
 *   "would move towards cutting off supplies"), or one inside what someone
 *   failed to do ("failed to agree on calling for the withdrawal": the
 *   dictionary's "fail" drops only its direct complement), or listed with
 *   what someone refused ("refused to renounce violence, recognise Israel").
 * Every act of such a clause, and of the clauses listed with it or
 * completing it, is dropped; the decision is made from the parse alone.
 */
#include <string.h>

#include "event/coder_int.h"

static int child_form_in(const chrSent *s, int x, uint8_t rel, const char *const *words) {
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == rel && chrCoder_formIn(s, c, words)) return 1;
    }
    return 0;
}

static int lemma_is(const chrSent *s, int i, const char *w) {
    return s->tok[i].lemma && chrCoder_sameWord(s->tok[i].lemma, w);
}

/* x is the to-infinitive of an obligation not yet met: "has to sign",
 * "will have to vote" (not the past "had to sign", nor "having to"). */
static int obligation(const chrSent *s, int x) {
    static const char *const present[] = {"has", "have", NULL};
    static const char *const to[] = {"to", NULL};
    int h = s->t[x].head;
    if (s->t[x].rel != R_XCOMP || h < 0 || !lemma_is(s, h, "have") || !child_form_in(s, x, R_MARK, to)) return 0;
    return chrCoder_formIn(s, h, present);
}

/* x is the to-infinitive of a plan told in the past perfect: "had been due
 * to hold talks", "had planned to visit". */
static int plan_fallen_through(const chrSent *s, int x) {
    static const char *const planned[] = {"due", "scheduled", "expected", "supposed", "slated", "set", "planned",
                                          "planning", "meant", "intended", "hoped", "hoping", "wanted", NULL};
    static const char *const had[] = {"had", "'d", NULL};
    static const char *const to[] = {"to", NULL};
    int h = s->t[x].head;
    uint8_t r = s->t[x].rel;
    if ((r != R_XCOMP && r != R_ADVCL) || h < 0 || !child_form_in(s, x, R_MARK, to)) return 0;
    return chrCoder_formIn(s, h, planned) && child_form_in(s, h, R_AUX, had);
}

/* v is "asked" in "When asked to comment ..., Liu said": a question put to
 * the main clause's subject, with no asker of its own. */
static int question_put(const chrSent *s, int v) {
    static const char *const asked[] = {"asked", "questioned", NULL};
    static const char *const when[] = {"when", "if", "as", "after", "before", "whenever", NULL};
    if (s->t[v].rel != R_ADVCL || !chrCoder_formIn(s, v, asked)) return 0;
    if (!child_form_in(s, v, R_ADVMOD, when) && !child_form_in(s, v, R_MARK, when)) return 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_AUX || r == R_AUXPASS) return 0;
    }
    return 1;
}

/* x is what a denied report says: "dismissed a report that it would sign",
 * the clause hung on the report or, by the parser, on the denying verb. */
static int denied_report(const chrSent *s, int x) {
    static const char *const reports[] = {"report", "reports", "rumour", "rumours", "rumor", "rumors", "claim",
                                          "claims", "suggestion", "suggestions", "speculation", NULL};
    static const char *const denying[] = {"deny", "dismiss", "reject", "refute", "rebut", "discount", NULL};
    uint8_t r = s->t[x].rel;
    int h = s->t[x].head, verb = -1;
    if (h < 0) return 0;
    if (r == R_CCOMP && s->t[h].upos == CHR_UPOS_VERB && child_form_in(s, h, R_OBJ, reports)) verb = h;
    if ((r == R_ACL || r == R_CCOMP) && chrCoder_formIn(s, h, reports) && s->t[h].rel == R_OBJ) verb = s->t[h].head;
    if (verb < 0) return 0;
    for (int k = 0; denying[k]; k++)
        if (lemma_is(s, verb, denying[k])) return 1;
    return 0;
}

static int gerund(const chrSent *s, int x) {
    const char *f = s->tok[x].form;
    size_t n = f ? strlen(f) : 0;
    return n > 4 && strcmp(f + n - 3, "ing") == 0;
}

/* x is a gerund approached, not reached: "edged closer to cutting gas
 * supplies", "would move towards cutting off supplies", "came close to
 * signing" (an adverbial "-ing" clause marked "to" or "towards"). */
static int approached(const chrSent *s, int x) {
    static const char *const towards[] = {"to", "towards", "toward", NULL};
    static const char *const nearer[] = {"closer", "close", "nearer", "near", NULL};
    static const char *const moving[] = {"edge", "move", "inch", "creep", "head", "step", "lurch", "drift", NULL};
    int h = s->t[x].head;
    if (s->t[x].rel != R_ADVCL || h < 0 || !gerund(s, x) ||
        !(child_form_in(s, x, R_MARK, towards) || child_form_in(s, x, R_CASE, towards)))
        return 0;
    /* (not "resorted to firing tear gas", "limited itself to calling on"):
     * a verb of moving, or one brought closer ("came close to signing") */
    for (int k = 0; moving[k]; k++)
        if (lemma_is(s, h, moving[k])) return 1;
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++)
        if (chrCoder_formIn(s, s->kids[k], nearer)) return 1;
    return 0;
}

/* x is a gerund that names what is agreed, talked or decided on ("failed
 * to agree on calling for the withdrawal"): it shares its head's fate. */
static int topic_gerund(const chrSent *s, int x) {
    static const char *const on[] = {"on", "upon", "about", "over", NULL};
    /* (the word right before the gerund, whatever relation the coder's
     * repairs gave it: "on calling" may be read as the particle of "call on") */
    return s->t[x].rel == R_ADVCL && gerund(s, x) && x > 0 && s->t[x - 1].head == x && chrCoder_formIn(s, x - 1, on);
}

/* x is what someone failed to do: "failed to agree". */
static int failed(const chrSent *s, int x) {
    int h = s->t[x].head;
    return s->t[x].rel == R_XCOMP && h >= 0 && lemma_is(s, h, "fail");
}

/* x is a verb listed, after a comma, with the complement of a refusal,
 * which the parser hung beside the refusing verb: "refused to agree to
 * renounce violence, recognise Israel and accept past peace deals" (a
 * subjectless parataxis in the base form, under refuse, fail or decline). */
static int listed_with_refused(const chrSent *s, int x) {
    static const char *const refusing[] = {"refuse", "fail", "decline", NULL};
    int h = s->t[x].head;
    /* (the base form: the form is its own lemma) */
    if (s->t[x].rel != R_PARATAXIS || h < 0 || h > x || !s->tok[x].lemma ||
        !chrCoder_sameWord(s->tok[x].form, s->tok[x].lemma) || chrCoder_ownSubject(s, x))
        return 0;
    int refused = 0;
    for (int k = 0; refusing[k]; k++) refused |= lemma_is(s, h, refusing[k]);
    if (!refused) return 0;
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++)
        if (s->t[s->kids[k]].rel == R_XCOMP && s->kids[k] < x) return 1;
    return 0;
}

int chrCoder_unrealized(const chrSent *s, int v) {
    if (question_put(s, v)) return 1;
    /* the act, or the act it is listed with, completes ("have to vote to
     * return their territory") or is the topic of */
    for (int x = v, d = 0; x >= 0 && d < 8; d++, x = s->t[x].head) {
        if (obligation(s, x) || plan_fallen_through(s, x) || denied_report(s, x) || approached(s, x) ||
            listed_with_refused(s, x))
            return 1;
        if (x != v && failed(s, x)) return 1;
        uint8_t r = s->t[x].rel;
        if (r != R_CONJ && r != R_XCOMP && !topic_gerund(s, x)) break;
    }
    return 0;
}
