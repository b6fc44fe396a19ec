/*
 * coder_ownsanction.c - a government that dismisses, suspends or dissolves
 * its own officials, forces or parliament ("Lula fired top government
 * officials", "the government suspended 87 senior officers",
 * "President Katsav inked a decree to dissolve the Knesset") governs; it
 * imposes no administrative sanction (CAMEO 172) on another actor.
 *
 * Why it exists: issue 7's hand checks of dict/ events found such acts
 * coded as coercion of a body that is the government's own. Like orders to
 * one's own forces (chrCoder_ownCommand), the target tells it: a government
 * source and a target of its own country or of none named, in the state's
 * apparatus (government, police, military, intelligence or legislature).
 * Acts on parties ("banned the party" is 1722), opponents, rebels, media,
 * religious groups or another country stay, and so do acts of leaders who
 * are not the government (a dictator's "Pinochet dissolved Congress", an
 * ELI).
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_ownSanction(const chrCActor *a, const char *code, const chrCActor *b) {
    static const char *const apparatus[] = {"GOV", "COP", "MIL", "SPY", "LEG"};
    if (!a || !b || !code || strncmp(code, "172", 3) != 0 || strlen(a->code) < 6 || strlen(b->code) < 6) return 0;
    if (strncmp(a->code + 3, "GOV", 3) != 0) return 0;
    if (strncmp(b->code, "---", 3) != 0 && strncmp(b->code, a->code, 3) != 0) return 0;
    for (size_t k = 0; k < sizeof apparatus / sizeof *apparatus; k++)
        if (strncmp(b->code + 3, apparatus[k], 3) == 0) return 1;
    return 0;
}
