/*
 * coder_intent.c - an intent whose intended act codes nothing is aimed at no
 * bare role.
 *
 * "vowed to maintain some 100,000 troops", "agreed to deploy ex-Gurkha
 * soldiers", "agreed to hold elections for a new parliamentary government":
 * when the complement of a verb-on-verb pattern ("promised to X", %TABLE)
 * codes no event, the coder falls back on the block's bare code (CAMEO 03,
 * intent to cooperate) and looks for a target down the verb phrase. An actor
 * found that way that is only a role of no known country ("---MIL", "---GOV")
 * is what the intended act would handle, not a partner the intent is given
 * to, and the event is dropped. A named country, body or person ("promised
 * normal ties with Pakistan") stays, and so does a target the pattern names.
 *
 * A vow of war is no intent to cooperate either: "vowed to dig in for a long
 * war with Ethiopia", "vowed to continue Jihad against the Karzai
 * government", "vowed to revenge the rocket attack", "is sworn to the
 * Jewish state's destruction". A generic intent (030) whose verb phrase,
 * its subject left aside, holds a word of war or defiance is dropped.
 */
#include <string.h>

#include "event/coder_work.h"

void chrCoder_dropIntentRoles(sentWork *w, int v, int first_new) {
    for (int i = first_new; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (!e->alive || e->owner != v || strncmp(e->code, "03", 2) != 0) continue;
        if (strncmp(e->tgt.code, "---", 3) == 0) e->alive = 0;
    }
}

static int hostile_word(const chrSent *s, int i) {
    static const char *const words[] = {"war", "jihad", "revenge", "avenge", "destruction", "destroy", "wipe",
                                        "fight", "attack", "defy", "crush", "retaliate", "retaliation", "punish",
                                        "kill", "eliminate", "annihilate", "tough", NULL};
    return chrCoder_lemmaIn(s, i, words);
}

void chrCoder_dropHostileIntents(sentWork *w, int v, int subj, int first_new) {
    const chrSent *s = &w->s;
    /* (a relative clause's subject is the noun it hangs on: "militants, who
     * have vowed to continue Jihad", whose phrase holds the clause itself) */
    if (subj >= 0 && chrCoder_inSubtree(s, v, subj)) subj = -1;
    int hostile = 0;
    for (int i = 0; i < s->n && !hostile; i++)
        hostile = i != v && chrCoder_inSubtree(s, i, v) && !(subj >= 0 && chrCoder_inSubtree(s, i, subj)) &&
                  hostile_word(s, i);
    if (!hostile) return;
    for (int i = first_new; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (e->alive && e->owner == v && strcmp(e->code, "030") == 0) e->alive = 0;
    }
}
