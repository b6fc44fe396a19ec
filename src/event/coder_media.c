/*
 * coder_media.c - reporters and news outlets are no parties to statements
 * or meetings.
 *
 * Why: a story is made by telling or meeting the press ("Boucher said he
 * met with journalists in Ashgabat", "held talks with town leaders,
 * journalists contacted by telephone said", "offered their condolences to
 * Tueni", a journalist's family). A statement (CAMEO 01) or a consultation
 * (04) made to, with or by reporters is how news is gathered, not an act
 * between political actors; coercion against them (arrests, raids) still
 * is one, so the media role (MED) stays an actor elsewhere.
 */
#include <string.h>

#include "event/coder_int.h"

/* Does the actor code carry the media role among its roles ("---MED",
 * "LBNMED", "CHNGOVMED"; not "VNMEDU", whose roles are read three letters
 * at a time after the country)? */
static int media_role(const chrCActor *a) {
    if (!a) return 0;
    for (size_t i = 3; a->code[i] && a->code[i + 1] && a->code[i + 2]; i += 3)
        if (strncmp(a->code + i, "MED", 3) == 0) return 1;
    return 0;
}

int chrCoder_mediaParty(const chrCActor *a, const chrCActor *b, const char *code) {
    if (!code || (strncmp(code, "01", 2) != 0 && strncmp(code, "04", 2) != 0)) return 0;
    return media_role(a) || media_role(b);
}
