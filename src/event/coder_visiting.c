/*
 * coder_visiting.c - "met with visiting Russian Foreign Minister Lavrov":
 * the participle "visiting" before the noun phrase it describes, made that
 * phrase's modifier again before coding.
 *
 * Why: the parser often reads "visiting" in "met with visiting X", "told
 * visiting X", "announced to visiting X", "the visiting X" as a verb whose
 * object is X. The verb it hangs on then loses its partner ("met with" names
 * no one) and X becomes the destination of a visit by the sentence's subject
 * ("Wen visited Lavrov" where Lavrov visited China). In English a participle
 * between a preposition, article, conjunction or verb and a noun phrase
 * describes that phrase: X is the visitor. X takes the participle's place in
 * the tree (a preposition before it becomes X's case marker), "visiting"
 * becomes X's adjectival modifier, further objects of it become X's
 * appositions and its other dependents (times, places) move to X's new head.
 * After a subordinator ("after visiting Uganda", "while visiting Japan"), a
 * comma or a noun ("Pakistanis visiting India") the participle is a visit of
 * its own and stays.
 */
#include "event/coder_int.h"

static const char *const visiting[] = {"visiting", NULL};
static const char *const openers[] = {"with", "to", "by", "from", "for", "and", "the", "a", "an", NULL};

/* The first token of the subtree of x. */
static int leftmost(const chrSent *s, int x) {
    int l = x;
    for (int j = x - 1; j >= 0; j--)
        if (chrCoder_inSubtree(s, j, x)) l = j;
    return l;
}

/* The object of participle v that starts right after it, when it names
 * someone; -1 otherwise. */
static int described(const chrSent *s, int v) {
    int o = -1;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_AUX || r == R_AUXPASS) return -1;
        if (r == R_OBJ && o < 0) o = c;
    }
    if (o < 0 || leftmost(s, o) != v + 1) return -1;
    if (s->t[o].upos == CHR_UPOS_PROPN) return o;
    chrCActors a;
    chrActors_ofPhrase(s, o, &a);
    return a.n ? o : -1;
}

int chrCoder_repairVisiting(chrSent *s) {
    int moved = 0;
    for (int v = 1; v < s->n; v++) {
        if (!chrCoder_formIn(s, v, visiting) || s->t[v].upos != CHR_UPOS_VERB) continue;
        int p = v - 1, h = s->t[v].head;
        int opener = chrCoder_formIn(s, p, openers);
        if (!opener && !(s->t[p].upos == CHR_UPOS_VERB && h == p)) continue;
        int o = described(s, v);
        if (o < 0 || h < 0) continue;
        int cased = 0;
        if (s->t[p].head == v) { /* "with" read as the participle's marker, "the" as its determiner */
            uint8_t pr = s->t[p].rel;
            s->t[p].head = o;
            s->t[p].rel = pr == R_MARK || pr == R_CASE ? R_CASE : pr;
            cased = s->t[p].rel == R_CASE;
        }
        for (int i = 0; i < s->n; i++) {
            if (s->t[i].head != v || i == o) continue;
            uint8_t r = s->t[i].rel;
            if (r == R_OBJ || r == R_IOBJ || r == R_APPOS || r == R_FLAT) {
                s->t[i].head = o;
                s->t[i].rel = R_APPOS;
            } else {
                s->t[i].head = h;
            }
        }
        uint8_t r = s->t[v].rel;
        if (cased) r = chrCoder_isNominal(s, h) ? R_NMOD : R_OBL;
        else if (r == R_XCOMP || r == R_CCOMP || r == R_ADVCL || r == R_ACL) r = R_OBJ;
        s->t[o].head = h;
        s->t[o].rel = r;
        s->t[v].head = o;
        s->t[v].rel = R_AMOD;
        s->t[v].upos = CHR_UPOS_ADJ;
        moved++;
    }
    return moved;
}
