/*
 * coder_gathering.c - the attendees of one gathering are no pairwise
 * meetings.
 *
 * Why: a meeting (CAMEO 04) whose compound actor meets itself ("X and Y
 * met", "X and Y held talks") pairs every member with every other: X -> Y
 * and Y -> X. That is right for two or three parties, but a list of more
 * ("the five permanent members -- Britain, China, France, Russia and the
 * United States -- are expected to discuss Cyprus", "four leaders of Egypt,
 * Jordan, Israel and the Palestinian territories met in Egypt's Red Sea
 * resort") names the members of a summit or conference: none of them is
 * reported to have met any other, and the pairs grow with the square of the
 * list. Parties are told apart by country (the first three letters of the
 * code) or, for an organisation, by the organisation (six letters), so
 * "Chinese and Senegalese experts and officials" stay two parties; three
 * parties count as a gathering when they have more than three members
 * ("officials of the government, NGOs and the diplomatic community, as
 * well as President Johnson-Sirleaf and UN envoy Doss gathered"). One
 * actor meeting each of a list ("met, on separate occasions, with five
 * African presidents") is not concerned, nor two lists facing each other
 * (PETRARCH's "Fornost and Gondor welcomed ... Eriador and Osgiliath").
 */
#include <string.h>

#include "event/coder_int.h"

#define MAX_MEETING_PARTIES 3 /* parties of a meeting coded pair by pair */

static size_t party_len(const char *code) {
    return strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0 ? 6 : 3;
}

int chrCoder_gathering(const chrCActors *a, const char *code) {
    if (!a || !code || code[0] != '0' || code[1] != '4') return 0;
    char keys[CHR_CODER_MAX_ACTORS][8];
    int n = 0, members = 0;
    for (int i = 0; i < a->n && n < CHR_CODER_MAX_ACTORS; i++) {
        int again = 0;
        for (int j = 0; j < i && !again; j++) again = strcmp(a->a[j].code, a->a[i].code) == 0;
        members += !again;
        size_t len = party_len(a->a[i].code);
        int seen = 0;
        for (int k = 0; k < n && !seen; k++) seen = strlen(keys[k]) == len && strncmp(keys[k], a->a[i].code, len) == 0;
        if (seen) continue;
        memcpy(keys[n], a->a[i].code, len);
        keys[n++][len] = '\0';
    }
    /* more than three parties, or three parties with more than three members
     * ("officials of the government, NGOs and the diplomatic community, as
     * well as President Johnson-Sirleaf and UN envoy Doss gathered") */
    return n >= MAX_MEETING_PARTIES && members > MAX_MEETING_PARTIES;
}
