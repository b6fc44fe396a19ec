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
