/*
 * coder_byagent.c - the target of an act aimed at another act is that
 * act's doer: "rejects the interference in the affairs of Lebanon by Syria
 * and Iran" is aimed at Syria and Iran, not at Lebanon.
 *
 * Why: the target of "obj:@" is the first actor of the object's phrase,
 * which for an act named by a noun is often its victim or place (the "of"
 * or "in" complement), while the "by" phrase names who did it. When the
 * object is a common noun with a "by" phrase that names an actor, that
 * phrase is the target.
 */
#include "event/coder_int.h"

int chrCoder_byAgent(const chrSent *s, int n, chrCActors *out) {
    if (n < 0 || s->t[n].upos != CHR_UPOS_NOUN) return -1;
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel != R_NMOD && s->t[c].rel != R_OBL) || !chrCoder_caseIs(s, c, "by")) continue;
        chrCActors a;
        chrActors_ofPhrase(s, c, &a);
        if (!a.n) continue;
        *out = a;
        return c;
    }
    return -1;
}
