/*
 * coder_peopletravel.c - a country's people travelling make no state visit.
 *
 * Why: CAMEO's visits (042 visit, 043 host) are those of officials and
 * bodies. A country named only by its people, a demonym ("around 13,000
 * Albanians have arrived in Italy by boat", "eased travel restrictions for
 * Pakistanis visiting India"), names migrants, refugees, tourists or
 * pilgrims, never a delegation; as the guest of a visit it is no event.
 * The same holds for a demonym before a common noun that is no agent word
 * ("Three Turkish engineers, who came to Pakistan", "Sudanese boy Ahmad
 * came to China to study acrobatics"). A demonym with an agent word
 * ("Albanian officials", "Pakistani delegation") is coded with a role and
 * is not concerned. Nor are refugees (a refugee role) guests, nor is a
 * firm (a multinational or business role) a host.
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_peopleTravel(const chrSent *s, const chrCActor *a, const chrCActor *b, const char *code) {
    const chrCActor *guest, *host;
    if (strcmp(code, "042") == 0) guest = a, host = b;
    else if (strcmp(code, "043") == 0) guest = b, host = a;
    else return 0;
    /* refugees coming back or arriving ("most of the Afghan refugees are
     * coming back to Pakistan"), and a firm as the host ("toured the Hong
     * Kong Disneyland streets") */
    if (guest && chrCoder_hasRole(guest->code, "REF")) return 1;
    /* people or a church of no country ("more than three million pilgrims
     * made the trip to Turin", "the two men met during Chernomyrdin's visit
     * to Bratislava", "greeted by the ringing of the city's church bells") */
    if (guest && strncmp(guest->code, "---", 3) == 0 &&
        (strncmp(guest->code + 3, "CVL", 3) == 0 || strncmp(guest->code + 3, "REL", 3) == 0))
        return 1;
    if (host && (strncmp(host->code, "MNC", 3) == 0 || chrCoder_hasRole(host->code, "BUS"))) return 1;
    if (!guest || !guest->people || strlen(guest->code) != 3 || guest->tok < 0 || guest->tok >= s->n) return 0;
    int g = guest->tok, h = s->t[g].head;
    /* a demonym before a common noun ("Turkish engineers"); not before a
     * person's name, who may be an official */
    if ((s->t[g].rel == R_AMOD || s->t[g].rel == R_COMPOUND) && h >= 0) return s->t[h].upos == CHR_UPOS_NOUN;
    /* a demonym standing alone is people when plural ("Albanians"), not a
     * name cut by the parse ("South Korean Foreign Minister Yoo ...") */
    const char *f = s->tok[g].form;
    size_t n = f ? strlen(f) : 0;
    return n > 1 && f[n - 1] == 's';
}
