/*
 * coder_subject.c - subjects the parser lost or split, repaired before
 * coding.
 *
 * Why: PETRARCH takes the source from the noun phrase before the verb; a
 * statistical parse of the same sentence sometimes has no subject there
 * or two. These shapes recur:
 *   - two nominal subjects of one verb ("Old foes Gondor and Osgiliath
 *     have renewed", "The lions and the evil Gondor welcomed"): they are
 *     one phrase; joined by a conjunction they become conjuncts of the
 *     first, adjacent the first modifies the second; when one of them is
 *     the subject of a passive ("Nine rebels and a soldier were killed"),
 *     the whole phrase is;
 *   - the verb a conjunct of its subject's first noun (see
 *     split_coordination);
 *   - no subject, the verb hanging from a nominal root before it: that root,
 *     when it names an actor before the verb (chrCoder_rootSubject, asked
 *     by the frame when inheritance fails);
 *   - a speaker's label before a colon or an opening quotation mark read as
 *     a second subject ("Mexico's Foreign Ministry: \"The U.S. government
 *     provided ..."): the label is no part of the subject and is set aside
 *     as parataxis.
 * (A name before the verb read as an adverb is coder_frame.c's
 * mistagged_subject.)
 */
#include <string.h>

#include "event/coder_int.h"

/* A coordinating conjunction or comma among tokens (a, b). */
static int joined(const chrSent *s, int a, int b) {
    for (int j = a + 1; j < b; j++) {
        uint8_t r = s->t[j].rel;
        if (r == R_CC || (r == R_PUNCT && s->tok[j].form[0] == ',' && !s->tok[j].form[1])) return 1;
    }
    return 0;
}

/* A conjunction hung on the verb v or on the noun at b, and nothing else
 * that separates, among tokens (a, b): "rebels and a soldier". */
static int and_between(const chrSent *s, int v, int a, int b) {
    int cc = 0;
    for (int j = a + 1; j < b; j++) {
        if (s->t[j].rel == R_PUNCT) return 0;
        cc |= s->t[j].rel == R_CC && (s->t[j].head == v || s->t[j].head == b || chrCoder_inSubtree(s, j, b));
    }
    return cc;
}

/* The first token of x's subtree (x's phrase start). */
static int subtree_start(const chrSent *s, int x) {
    int lo = x;
    for (int j = x - 1; j >= 0; j--)
        if (chrCoder_inSubtree(s, j, x)) lo = j;
    return lo;
}

/* A colon or quotation mark among tokens (a, b): what comes before it is
 * a label or the speaker, not part of the phrase after it. */
static int labelled(const chrSent *s, int a, int b) {
    for (int j = a + 1; j < b; j++) {
        const char *f = s->tok[j].form;
        if (s->t[j].rel != R_PUNCT || !f) continue;
        if ((f[0] == ':' && !f[1]) || (f[0] == '"' && !f[1]) || strcmp(f, "\xe2\x80\x9c") == 0) return 1;
    }
    return 0;
}

static int split_subjects(chrSent *s, int v) {
    int subj[8], n = 0, moved = 0, passive = 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1] && n < 8; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if ((r == R_NSUBJ || r == R_NSUBJPASS) && c < v && chrCoder_isNominal(s, c)) subj[n++] = c;
        passive |= r == R_NSUBJPASS;
    }
    /* "Nine rebels and a soldier were killed" with the first noun read as
     * the active subject: all of them are what the passive befell (only
     * when a conjunction joins them; other shapes are left as parsed) */
    if (n > 1 && passive) {
        if (n != 2 || !and_between(s, v, subj[0], subtree_start(s, subj[1]))) return 0;
        s->t[subj[0]].rel = R_NSUBJPASS;
    }
    for (int i = 1; i < n; i++) {
        int a = subj[i - 1], b = subj[i];
        if (labelled(s, a, subtree_start(s, b))) {
            s->t[a].rel = R_PARATAXIS;
            if (a == subj[0]) subj[0] = b;
        } else if (joined(s, a, subtree_start(s, b))) {
            s->t[b].head = subj[0];
            s->t[b].rel = R_CONJ;
        } else {
            s->t[a].head = b;
            s->t[a].rel = R_COMPOUND;
            if (a == subj[0]) subj[0] = b;
        }
        moved++;
    }
    return moved;
}

/* "Eriador's death and injury toll has risen", "Evil Mordor, the awful
 * Fornost, and good Gondor welcomed ..., the agency said": the parser made
 * the verb a conjunct of the first noun of its subject, and the last noun
 * its subject. The verb takes the first noun's place as the root, or, when
 * the noun hung on a reporting verb after it, that verb's place with the
 * reporting verb in parataxis (as UD reads "X welcomed Y, the agency
 * said"); the first noun becomes its subject, the nouns between become
 * conjuncts of it, and conjuncts of the first noun after the verb become
 * the reporting verb's subject. */
static int split_coordination(chrSent *s, int v) {
    int n = s->t[v].head;
    if (s->t[v].rel != R_CONJ || n < 0 || n > v || !chrCoder_isNominal(s, n)) return 0;
    int subj = -1;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_NSUBJ && c > n && c < v) subj = c;
    }
    if (subj < 0 || !joined(s, n, subtree_start(s, subj))) return 0;
    int H = s->t[n].head;
    uint8_t nrel = s->t[n].rel;
    if (H >= 0 && !(H > v && s->t[H].upos == CHR_UPOS_VERB && nrel == R_NSUBJ)) return 0;
    int moved = 0;
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if (c > n && c < subj && r == R_APPOS) {
            s->t[c].rel = R_CONJ;
            moved++;
        } else if (c > v && r == R_CONJ && H >= 0) {
            s->t[c].head = H;
            s->t[c].rel = R_NSUBJ;
            moved++;
        }
    }
    if (H < 0) {
        s->t[v].head = -1;
        s->t[v].rel = R_ROOT;
    } else { /* the reporting verb after the clause is in parataxis with it */
        s->t[v].head = s->t[H].head;
        s->t[v].rel = s->t[H].rel;
        s->t[H].head = v;
        s->t[H].rel = R_PARATAXIS;
    }
    s->t[n].head = v;
    s->t[n].rel = R_NSUBJ;
    s->t[subj].head = n;
    s->t[subj].rel = R_CONJ;
    return moved + 3;
}

int chrCoder_repairSubjects(chrSent *s) {
    int moved = 0;
    for (int v = 0; v < s->n; v++) {
        if (s->t[v].upos != CHR_UPOS_VERB) continue;
        int c = split_coordination(s, v);
        if (c) chrCoder_linkKids(s);
        moved += c;
        int m = split_subjects(s, v);
        if (m) chrCoder_linkKids(s);
        moved += m;
    }
    return moved;
}

int chrCoder_rootSubject(const chrSent *s, int v) {
    int x = v;
    for (int depth = 0; s->t[x].head >= 0 && depth < s->n; depth++) x = s->t[x].head;
    if (x >= v || !chrCoder_isNominal(s, x) || s->t[x].upos == CHR_UPOS_PRON) return -1;
    chrCActors a;
    chrActors_ofPhrase(s, x, &a);
    /* only what the root names before the verb: in "the same violence
     * threatening the people ... as well as people in the neighborhood"
     * the conjunct after the verb is no subject of it */
    for (int i = 0; i < a.n; i++)
        if (a.a[i].end <= s->tok[v].start) return x;
    return -1;
}
