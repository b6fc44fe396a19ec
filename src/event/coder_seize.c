/*
 * coder_seize.c - seizing or capturing a place is occupying territory
 * (CAMEO 192): "the Islamists seized Mogadishu", "rebels captured Goma".
 *
 * Why it exists: the verbs of seizure code property seized (171), arrests
 * (173) or abductions (181) when their object names an actor; issue 7's hand
 * checks found them coding the taking of towns and capitals, whose object
 * names a country by one of its places. The target tells it: a country
 * named only by its capital or one of its cities (the kinds of chronicle's
 * dictionary format), with no role of its own; not by its name ("seized
 * Mexico" in PETRARCH's suites confiscates), nor by a demonym ("captured
 * Iraqis" are people).
 */
#include <string.h>

#include "event/coder_int.h"

const char *chrCoder_seizedPlace(const chrCActor *b, const char *code) {
    static const char *const seizing[] = {"171", "1711", "173", "181", NULL};
    if (!b || !code || !(b->city || b->capital) || strlen(b->code) != 3) return code;
    for (size_t k = 0; seizing[k]; k++)
        if (strcmp(code, seizing[k]) == 0) return "192";
    return code;
}
