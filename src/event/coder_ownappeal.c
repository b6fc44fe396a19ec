/*
 * coder_ownappeal.c - a government urging its own offices is governing, not
 * appealing.
 *
 * Why: CAMEO's appeals (02) are requests made of another actor. A national
 * government (or one of its ministers) that "urged police to launch safety
 * inspections", "called on governments at various levels to build an
 * irrigation system", "asked the interior minister to investigate" or
 * "asked the police authorities not to hide any facts" directs its own
 * apparatus. The target is a government or police body of the same country
 * or of none named (the country is the speaker's). Other targets stay: the
 * people ("urged Malaysians to continue donating"), parties, the opposition
 * or a legislature, forces of no country ("called on Saddam-era army
 * officers to join his armed forces"), and any source that is not plainly a
 * government (an opposition inside it, an organisation).
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_ownAppeal(const chrCActor *x, const char *code, const chrCActor *y) {
    if (strncmp(code, "02", 2) != 0 || strlen(x->code) != 6 || strlen(y->code) < 6) return 0;
    if (strncmp(x->code, "---", 3) == 0 || strncmp(x->code, "IGO", 3) == 0 || strncmp(x->code, "NGO", 3) == 0 ||
        strcmp(x->code + 3, "GOV") != 0)
        return 0;
    /* the target's first role is a government or police ("---COPGOV" for
     * "police authorities"), of the speaker's country or of none */
    if (strncmp(y->code + 3, "GOV", 3) != 0 && strncmp(y->code + 3, "COP", 3) != 0) return 0;
    /* "---GOVPTY", "ISRGOVPTY": a government with a party is a compound
     * of actors, not one apparatus */
    if (strlen(y->code) > 6 && strcmp(y->code + 6, "GOV") != 0 && strcmp(y->code + 6, "COP") != 0) return 0;
    return strncmp(y->code, "---", 3) == 0 || strncmp(y->code, x->code, 3) == 0;
}
