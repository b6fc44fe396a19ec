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

int chrCoder_mediaParty(const chrCActor *a, const chrCActor *b, const char *code) {
    if (!code || (strncmp(code, "01", 2) != 0 && strncmp(code, "04", 2) != 0)) return 0;
    return (a && chrCoder_hasRole(a->code, "MED")) || (b && chrCoder_hasRole(b->code, "MED"));
}
