/*
 * coder_gerund.c - who does the gerund of "praised X for resisting",
 * "criticized the United States for imposing sanctions", "accused Y of
 * harbouring": the governor's object, not its subject.
 *
 * Why: a subjectless adverbial clause shares its governor's subject
 * ("Frodo left after meeting Gandalf"); but a gerund marked "for", "of"
 * or "from" after a verb with an object that names someone tells what
 * that someone did (or is kept from doing): the criticised party imposed
 * the sanctions, the thanked one gave the support. Taking the governor's
 * subject made the critic the one who imposed them. When the object names
 * no actor ("claimed responsibility for launching") the governor's subject
 * stays; when a pronoun object stands for the doer ("thanked them for
 * helping") nobody is named and no subject is taken from elsewhere. ("in",
 * "joined X in signing", is done by both.)
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_gerundDoer(const chrSent *s, int x, int obj) {
    static const char *const marks[] = {"for", "of", "from", NULL};
    const char *xp = s->tok[x].xpos;
    if (s->t[x].rel != R_ADVCL || obj < 0 || obj > x || !xp || strcmp(xp, "VBG") != 0) return -1;
    if (chrCoder_ownSubject(s, x)) return -1;
    int marked = 0;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_MARK && chrCoder_formIn(s, c, marks)) marked = 1;
    }
    if (!marked) return -1;
    if (s->t[obj].upos == CHR_UPOS_PRON) return -2;
    chrCActors a;
    chrActors_ofPhrase(s, obj, &a);
    int poss = -1;
    for (int k = s->kid_first[obj]; k < s->kid_first[obj + 1]; k++)
        if (s->t[s->kids[k]].rel == R_NMODPOSS) poss = s->kids[k];
    /* "Iran's decision to": the possessor does it (a pronoun, "claimed their
     * responsibility for launching", is mostly the subject's own) */
    if (poss >= 0 && s->t[obj].upos == CHR_UPOS_NOUN && s->t[poss].upos != CHR_UPOS_PRON) {
        chrCActors p;
        chrActors_ofPhrase(s, poss, &p);
        if (p.n) return poss;
    }
    return a.n ? obj : -1;
}
