/*
 * coder_passiveappeal.c - an appeal whose complement is passive asks
 * nothing of the actor it names.
 *
 * Why: in "called for Israel to be wiped off the map", "called for
 * Antarctica to be transferred to United Nations jurisdiction" or "asked
 * for our debt to Angola to be analysed", the actor the pattern takes as the
 * addressee is the one the complement acts upon; who is to act is left
 * unsaid. When the complement codes no event of its own, the appeal's
 * general code (020) would make that patient the one appealed to. An active
 * complement ("called for Damascus to do everything it can") and a
 * predicate after "be" ("urged Israel to be flexible") keep the appeal.
 */
#include "event/coder_int.h"

int chrCoder_passiveComplement(const chrSent *s, int act) {
    if (act < 0 || act >= s->n || s->t[act].upos != CHR_UPOS_VERB) return 0;
    chrFrame g;
    chrCoder_frame(s, act, &g);
    return g.passive;
}
