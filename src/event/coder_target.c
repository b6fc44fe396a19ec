/*
 * coder_target.c - where a predicate's target is when its object and
 * obliques name no actor.
 *
 * Why: PETRARCH looks for the target anywhere in the verb phrase below the
 * verb, so the target of "vowed to wage war on the Rohans", "signed an
 * accord to supply Gondor", "marched close to the border with Mordor",
 * "cordoned off the roads leading into Mordor" or "expressed hopes that
 * Osgiliath could be drawn into ..." sits in a complement, a participle on
 * the object, or a clause inside a clause. The coder looks there only
 * after the nearer places (coder.c: object, obliques, indirect object,
 * clause) gave nothing, in this order:
 *   - the clause's own clause (ccomp of the ccomp);
 *   - a clause opened by "whether" or "if" ("question whether ...");
 *   - an infinitive or predicative complement: xcomp, or an advcl marked
 *     "to" without a subject of its own: its object, then its obliques;
 *   - a participle in the object's phrase ("roads leading into Mordor"):
 *     its object, then its obliques.
 */
#include <string.h>

#include "event/coder_int.h"

/* The first oblique (in text order) whose phrase names an actor; phrases
 * of place, time or origin ("in Tehran", "from Gaza") only place the act,
 * and phrases of time and circumstance name no one acted upon ("after talks
 * with X", "despite protests by Y", "under UN supervision"). With topics
 * set, phrases of what the act is about ("talks on Iran", "a conference
 * regarding Sri Lanka") name no one acted upon either. */
static int first_prep(const chrSent *s, const chrFrame *f, int topics, chrCActors *out) {
    static const char *const not_target[] = {"after", "before", "during", "since", "until", "till", "amid", "despite", "under", NULL};
    static const char *const topic[] = {"on", "about", "over", "regarding", "concerning", "upon", NULL};
    int best = -1;
    for (int i = 0; i < f->npreps; i++) {
        int t = f->preps[i].tok;
        if ((best >= 0 && t > best) || chrCoder_placingPrep(s, t)) continue;
        if (chrCoder_caseIn(s, t, not_target) || (topics && chrCoder_caseIn(s, t, topic))) continue;
        chrCActors a;
        chrActors_ofPhrase(s, t, &a);
        if (a.n) {
            best = t;
            *out = a;
        }
    }
    return best;
}

int chrCoder_firstActorPrep(const chrSent *s, const chrFrame *f, chrCActors *out) { return first_prep(s, f, 0, out); }

int chrCoder_firstPartyPrep(const chrSent *s, const chrFrame *f, chrCActors *out) { return first_prep(s, f, 1, out); }

/* A clause attached to the noun n ("assurances that ..."), or -1. */
int chrCoder_nounClause(const chrSent *s, int n) {
    if (n < 0) return -1;
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_ACL || s->t[c].rel == R_CCOMP) return c;
    }
    return -1;
}

#define MAX_NEST 3

static int clause_about(const chrSent *s, int c, chrCActors *out, int depth) {
    chrFrame g;
    chrCoder_frame(s, c, &g);
    out->n = 0;
    /* a passive clause is about its grammatical subject, not its agent */
    if (g.passive && g.obj >= 0) chrActors_ofPhrase(s, g.obj, out);
    if (out->n) return g.obj;
    /* a pronoun subject speaks of someone named above ("Frodo said he has
     * satisfaction toward Gondor"): the clause is about what follows */
    if (g.subj >= 0 && !g.subj_inherited && s->t[g.subj].upos != CHR_UPOS_PRON)
        chrActors_ofPhrase(s, g.subj, out);
    if (out->n) return g.subj;
    if (g.obj >= 0) chrActors_ofPhrase(s, g.obj, out);
    if (out->n) return g.obj;
    int t = chrCoder_firstActorPrep(s, &g, out);
    if (out->n || depth >= MAX_NEST || g.ccomp < 0) return t;
    return clause_about(s, g.ccomp, out, depth + 1);
}

int chrCoder_clauseActors(const chrSent *s, int c, chrCActors *out) { return clause_about(s, c, out, 0); }

int chrCoder_clauseSubject(const chrSent *s, int c, chrCActors *out) {
    chrFrame g;
    chrCoder_frame(s, c, &g);
    out->n = 0;
    /* "said a NATO soldier was killed": what befell someone, no statement about them */
    if (g.passive) return -1;
    int x = g.subj;
    if (x < 0 || g.subj_inherited || s->t[x].upos == CHR_UPOS_PRON) return -1;
    chrActors_ofPhrase(s, x, out);
    int n = 0;
    /* a bare role ("---MIL") names no one, and the actor must be the
     * subject (or its conjunct) itself or a name it heads, not a modifier
     * of a common noun ("the OSCE and EU help") */
    for (int i = 0; i < out->n; i++) {
        const chrCActor *a = &out->a[i];
        int t = a->tok >= 0 && a->tok < s->n ? a->tok : x;
        int covers = s->t[t].upos == CHR_UPOS_PROPN /* "US envoy Christopher Hill" */ ||
                     (a->start <= s->tok[t].start && a->end >= s->tok[t].end);
        if (strncmp(a->code, "---", 3) != 0 && covers)
            out->a[n++] = *a;
    }
    out->n = n;
    return n ? x : -1;
}

int chrCoder_ownSubject(const chrSent *s, int c) {
    for (int k = s->kid_first[c]; k < s->kid_first[c + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_CSUBJ) return 1;
    }
    return 0;
}

/* Object, then obliques, of the predicate at c. */
static int object_or_prep(const chrSent *s, int c, chrCActors *out) {
    chrFrame g;
    chrCoder_frame(s, c, &g);
    out->n = 0;
    if (g.obj >= 0) chrActors_ofPhrase(s, g.obj, out);
    if (out->n) return g.obj;
    return chrCoder_firstActorPrep(s, &g, out);
}

/* A participle in the phrase of noun n ("roads leading into Mordor",
 * "assurances on cultural issues sent from Bree"), its target; with
 * visiting set only "visiting X" ("talks with visiting X", not "a
 * discussion on how to react to Y"). */
static int participle(const chrSent *s, int n, int visiting, chrCActors *out) {
    out->n = 0;
    if (n < 0) return -1;
    for (int c = n + 1; c < s->n; c++) {
        if (s->t[c].rel != R_ACL || s->t[c].upos != CHR_UPOS_VERB || !chrCoder_inSubtree(s, c, n)) continue;
        if (visiting && (!s->tok[c].lemma || strcmp(s->tok[c].lemma, "visit") != 0)) continue;
        int t = object_or_prep(s, c, out);
        if (out->n) return t;
    }
    return -1;
}

/* partners: only "visiting" on the object ("held talks with visiting X");
 * the clauses and complements tell what a meeting is about */
static int more_targets(const chrSent *s, const chrFrame *f, int partners, chrCActors *out) {
    int v = f->verb, t = -1;
    out->n = 0;
    if (partners) return participle(s, f->obj, 1, out);
    if (f->ccomp >= 0) {
        chrFrame g;
        chrCoder_frame(s, f->ccomp, &g);
        if (g.ccomp >= 0) t = clause_about(s, g.ccomp, out, 1);
        if (out->n) return t;
    }
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel != R_ADVCL && s->t[c].rel != R_CCOMP) continue;
        if (!chrCoder_markIs(s, c, "whether") && !chrCoder_markIs(s, c, "if")) continue;
        t = clause_about(s, c, out, 1);
        if (out->n) return t;
    }
    int comp[8], nc = 0;
    if (f->xcomp >= 0) comp[nc++] = f->xcomp;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1] && nc < 8; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_ADVCL && c > v && chrCoder_markIs(s, c, "to") && !chrCoder_ownSubject(s, c)) comp[nc++] = c;
    }
    for (int i = 0; i < nc; i++) {
        t = object_or_prep(s, comp[i], out);
        if (out->n) return t;
    }
    return participle(s, f->obj, 0, out);
}

int chrCoder_moreTargets(const chrSent *s, const chrFrame *f, chrCActors *out) { return more_targets(s, f, 0, out); }

int chrCoder_partnerTargets(const chrSent *s, const chrFrame *f, chrCActors *out) { return more_targets(s, f, 1, out); }
