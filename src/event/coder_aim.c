/*
 * coder_aim.c - an act named only as the aim of a noun ("in a bid to topple
 * Museveni's government", "their offensive to topple Mobutu", "Abat's call
 * to overthrow Arroyo", "bills to oust Chen", "what sanctions to impose on
 * Iran") is sought, planned or called for, not reported as done.
 *
 * Why it exists: issue 7's hand checks of dict/ events found such
 * infinitives coded as the act itself (coups and expulsions that never
 * happened, sanctions still being argued about). The statistical parser
 * hangs the infinitive on the noun ("acl", with the mark "to") or, as often,
 * on the clause's verb as its purpose ("advcl"); so an infinitive is an aim
 * when it hangs on a noun, when the noun right before its "to" is one of
 * aim, plan or demand ("bid", "offensive", "call", "bills"), when the verb
 * it is the purpose of acts upon such a noun, or when that noun is asked
 * about ("what sanctions"). A conjoined verb ("to topple and replace")
 * shares its head's reading. The purpose of a done act stays ("fired tear
 * gas to disperse the protesters"), and so does the infinitive of a ranked
 * noun ("the first country to recognise Kosovo", "the last soldier to
 * leave") or of a document that does the act ("a decree to dissolve the
 * Knesset"). An act a verb of hindering keeps from happening ("prevent
 * militants from firing rockets at Israel"), or one only thought about
 * ("thinking of charging him", "considering importing"), or one timed
 * after a future ("the US will defend freedoms there once China takes it
 * over"), is not done either; nor is what someone is accused of when the
 * parser hangs it on the accused ("accused the guard of trying to
 * assassinate Haniya"), nor a gerund that is the subject of a reported
 * clause ("warned that attacking Iran's facilities might ..."), nor what
 * one is not going to do ("is not going to shoot Lebanese people"), nor
 * what charges say ("charges that British troops raped ...") or someone
 * alleges ("prosecutors allege Marines went on a killing spree").
 */
#include <string.h>

#include "event/coder_int.h"

/* The noun n is ranked ("the first", "the only", "the latest"): the
 * infinitive says what the one ranked did. */
static int ranked(const chrSent *s, int n) {
    static const char *const ranks[] = {"first", "second", "third", "last", "only", "latest", "next", NULL};
    if (chrCoder_formIn(s, n, ranks)) return 1;
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_AMOD || s->t[c].rel == R_NUMMOD) && chrCoder_formIn(s, c, ranks)) return 1;
    }
    return 0;
}

/* Nouns of an aim, a plan or a demand: an infinitive right after one
 * ("launched their offensive to topple Mobutu", "fighting in a bid to
 * topple", read by the parser as the verb's purpose) says what is sought. */
static const char *const aims[] = {
    "bid", "bids", "attempt", "attempts", "effort", "efforts", "offensive", "campaign", "campaigns", "call", "calls",
    "plan", "plans", "bill", "bills", "drive", "push", "move", "moves", "proposal", "proposals", "plot", "plots",
    "scheme", "initiative", "operation", "mission", "struggle", "threat", "threats", "ultimatum", "deadline",
    "pressure", "demand", "demands", "motion", "request", "intention", "aim", "goal", "objective",
    "desire", "readiness", "willingness", "determination", "right", "power", "authority", "ability", "chance",
    "opportunity", "way", "means", "order", "orders", "permission", "mandate", "license", "licence",
    /* (nouns of proposals and talks, once coder_purpose.c's own list) */
    "initiatives", "negotiations", "talks", "intentions", "appeal", "appeals", "requests", "offer", "offers", "quest",
    "idea", "option", "options", NULL};

/* The noun n is asked about ("what sanctions", "which steps"). */
static int wh_asked(const chrSent *s, int n) {
    static const char *const wh[] = {"what", "which", "how", "whether", NULL};
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_DET && chrCoder_formIn(s, c, wh)) return 1;
    }
    return 0;
}

/* "prevent militants from firing rockets", "stop the military from handing
 * over Saddam": the act kept from happening (a gerund with "from" under a
 * verb of hindering) is not done. */
static int hindered(const chrSent *s, int x) {
    static const char *const from[] = {"from", NULL};
    static const char *const hindering[] = {"prevent", "stop", "bar", "ban", "deter", "dissuade", "keep", "block",
                                            "prohibit", "restrain", "forbid", "discourage", "hinder", "preclude",
                                            "refrain", "exclude", NULL};
    int h = s->t[x].head;
    uint8_t r = s->t[x].rel;
    if ((r != R_ADVCL && r != R_XCOMP && r != R_ACL && r != R_CCOMP) || h < 0 || !s->tok[h].lemma) return 0;
    int marked = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_MARK || s->t[c].rel == R_CASE) && chrCoder_formIn(s, c, from)) marked = 1;
    }
    return marked && chrCoder_lemmaIn(s, h, hindering);
}

/* "thinking of charging him with treason", "considering importing cars",
 * "discussed sending troops": an act only thought about. */
static int contemplated(const chrSent *s, int x) {
    static const char *const ofabout[] = {"of", "about", NULL};
    static const char *const thinking[] = {"think", "dream", "talk", "consider", "contemplate", "mull", "weigh",
                                           "discuss", "debate", "envisage", "envision", "ponder", NULL};
    int h = s->t[x].head;
    uint8_t r = s->t[x].rel;
    if ((r != R_ADVCL && r != R_XCOMP && r != R_CCOMP && r != R_ACL) || h < 0 || !s->tok[h].lemma) return 0;
    if (!chrCoder_lemmaIn(s, h, thinking)) return 0;
    /* a gerund: "of charging", or the bare "-ing" complement of "consider" */
    const char *f = s->tok[x].form;
    size_t n = f ? strlen(f) : 0;
    int ing = n > 4 && strcmp(f + n - 3, "ing") == 0;
    int marked = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_MARK || s->t[c].rel == R_CASE) && chrCoder_formIn(s, c, ofabout)) marked = 1;
    }
    return ing && (marked || r == R_XCOMP || r == R_CCOMP);
}

/* "the US will defend freedoms in the territory once China takes it over":
 * a clause of time under a future has not happened yet. */
static int future_time(const chrSent *s, int x) {
    static const char *const when[] = {"once", "when", "after", "before", "until", "till", "whenever", NULL};
    static const char *const will[] = {"will", "'ll", "shall", NULL};
    int h = s->t[x].head;
    if (s->t[x].rel != R_ADVCL || h < 0) return 0;
    int timed = 0, future = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_MARK && chrCoder_formIn(s, c, when)) timed = 1;
    }
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_AUX && chrCoder_formIn(s, c, will)) future = 1;
    }
    return timed && future;
}

/* "accused the presidential guard of trying to assassinate Haniya": what
 * someone is accused of, with the clause hung on the accused (the alleging
 * verb's object) rather than on the verb. */
static int alleged_of_object(const chrSent *s, int x) {
    static const char *const of[] = {"of", NULL};
    static const char *const alleging[] = {"accuse", "suspect", "charge", "convict", "acquit", "indict", "blame",
                                           NULL};
    int n = s->t[x].head;
    if (s->t[x].rel != R_ACL || n < 0 || s->t[n].rel != R_OBJ || s->t[n].head < 0) return 0;
    int marked = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_MARK && chrCoder_formIn(s, c, of)) marked = 1;
    }
    return marked && chrCoder_lemmaIn(s, s->t[n].head, alleging);
}

/* "warned that attacking Iran's facilities might only drive ...": a
 * gerund after "that" is the subject of the clause, an act spoken of, not
 * one reported (the parser hangs it on the verb). */
static int gerund_subject(const chrSent *s, int x) {
    static const char *const that[] = {"that", "whether", NULL};
    const char *f = s->tok[x].form;
    size_t n = f ? strlen(f) : 0;
    if (s->t[x].rel != R_ADVCL || n < 5 || strcmp(f + n - 3, "ing") != 0 || chrCoder_ownSubject(s, x)) return 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_MARK && chrCoder_formIn(s, c, that)) return 1;
    }
    return 0;
}

/* "Hezbollah is not going to shoot Lebanese people": what one is not going
 * to do is denied. ("Kasuri is going to visit Kabul" is coded like "will
 * visit", as announced visits and meetings are.) */
static int not_going_to(const chrSent *s, int x) {
    static const char *const going[] = {"going", "gon", NULL};
    static const char *const to[] = {"to", NULL};
    static const char *const negation[] = {"not", "n't", "never", NULL};
    int h = s->t[x].head, marked = 0, negated = 0;
    if (s->t[x].rel != R_XCOMP || h < 0 || !chrCoder_formIn(s, h, going)) return 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        marked |= s->t[c].rel == R_MARK && chrCoder_formIn(s, c, to);
    }
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) negated |= chrCoder_formIn(s, s->kids[k], negation);
    return marked && negated;
}

/* "insufficient proof to back charges that British troops raped ...": a
 * clause of charges is an allegation (coder_scope.c knows accusations,
 * claims and allegations). */
static int charged(const chrSent *s, int x) {
    static const char *const charges[] = {"charge", "charges", NULL};
    static const char *const that[] = {"that", NULL};
    int n = s->t[x].head;
    uint8_t r = s->t[x].rel;
    if ((r != R_ACL && r != R_CCOMP && r != R_RELCL) || n < 0 || s->t[n].upos != CHR_UPOS_NOUN ||
        !chrCoder_formIn(s, n, charges))
        return 0;
    if (chrCoder_markIs(s, x, "that")) return 1;
    /* (read as a relative clause whose "that" is no argument: "charges that
     * troops raped", not "the charges that prosecutors filed") */
    if (r != R_RELCL) return 0;
    int subject = 0, linker = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        uint8_t cr = s->t[c].rel;
        if (chrCoder_formIn(s, c, that)) linker |= cr != R_OBJ && cr != R_NSUBJ && cr != R_NSUBJPASS;
        else if (cr == R_NSUBJ || cr == R_NSUBJPASS) subject = 1;
    }
    return subject && linker;
}

/* "Prosecutors allege Marines went on a killing spree, shooting unarmed
 * men": what is alleged, with every clause inside it. */
static int alleged_clause_of(const chrSent *s, int v) {
    static const char *const alleging[] = {"allege", NULL};
    for (int x = v, depth = 0; x >= 0 && s->t[x].head >= 0 && depth < 8; depth++, x = s->t[x].head)
        if (s->t[x].rel == R_CCOMP && chrCoder_lemmaIn(s, s->t[x].head, alleging)) return 1;
    return 0;
}

int chrCoder_aimOnly(const chrSent *s, int v) {
    static const char *const to[] = {"to", NULL};
    static const char *const acting[] = {"decree", "decrees", "ruling", "verdict", NULL};
    if (alleged_clause_of(s, v) || chrCoder_unrealized(s, v)) return 1;
    int x = v;
    for (int depth = 0; depth < 4 && s->t[x].rel == R_CONJ && s->t[x].head >= 0; depth++) x = s->t[x].head;
    if (hindered(s, x) || contemplated(s, x) || future_time(s, x) || alleged_of_object(s, x) || gerund_subject(s, x) ||
        not_going_to(s, x) || charged(s, x))
        return 1;
    uint8_t r = s->t[x].rel;
    int n = s->t[x].head, mark = -1;
    if ((r != R_ACL && r != R_ADVCL && r != R_XCOMP) || n < 0 || n >= x) return 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_MARK && chrCoder_formIn(s, c, to)) mark = c;
    }
    if (mark < 0 || chrCoder_ownSubject(s, x)) return 0;
    /* the noun right before "to", whatever the parser hung the verb on */
    int before = mark - 1;
    if (before >= 0 && s->t[before].upos == CHR_UPOS_NOUN && chrCoder_formIn(s, before, aims) && !ranked(s, before))
        return 1;
    /* "launched their offensive over six months ago to topple", "put forward
     * bills ... to oust": an aim noun the purpose's verb acts upon */
    if (r == R_ADVCL)
        for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
            int c = s->kids[k];
            if ((s->t[c].rel == R_OBJ || s->t[c].rel == R_OBL) && c < mark && chrCoder_formIn(s, c, aims) && !ranked(s, c))
                return 1;
        }
    /* "agree on what sanctions to impose": a question of what to do */
    if (before >= 0 && s->t[before].upos == CHR_UPOS_NOUN && wh_asked(s, before)) return 1;
    if (r != R_ACL) return 0;
    uint8_t u = s->t[n].upos;
    if (u != CHR_UPOS_NOUN && u != CHR_UPOS_PRON && u != CHR_UPOS_ADJ) return 0;
    return !ranked(s, n) && !chrCoder_formIn(s, n, acting);
}
