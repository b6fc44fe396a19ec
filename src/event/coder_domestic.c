/*
 * coder_domestic.c - a country's own forces and own people are no partners
 * of its cooperation.
 *
 * Why: "Prodi promised the withdrawal of Italian forces from Iraq" (ITAGOV ->
 * ITAMIL), "the Iranian ambassador offered Iranian investment" (IRNGOV ->
 * IRN), "Prodi has promised
 * to define a strategy for the Italian airline" (ITAGOV -> ITA): in events of
 * cooperation (CAMEO 03, 05 to 09; a meeting with one's compatriots is one)
 * an actor's own country's military or police, or its country named only
 * by an adjective or demonym, is what the act is about, not someone it
 * cooperates with, yields to or investigates. Rebels, the opposition,
 * parties and other bodies of the same country stay actors of domestic
 * politics.
 */
#include <string.h>

#include "event/coder_work.h"

static int cooperation_root(const char *code) {
    return code[0] == '0' && code[1] >= '3' && code[1] <= '9' && code[1] != '4'; /* not meetings */
}

static int named_country(const char *code) {
    static const char *const none[] = {"---", "IGO", "NGO", "MNC", "IMG", "UIS", NULL};
    for (int k = 0; none[k]; k++)
        if (strncmp(code, none[k], 3) == 0) return 0;
    return strlen(code) >= 3;
}

static int own_forces_or_people(const chrCActor *a, const chrCActor *b) {
    if (!named_country(a->code) || !named_country(b->code) || strncmp(a->code, b->code, 3) != 0) return 0;
    if (strlen(b->code) == 3) return b->people && strlen(a->code) > 3;
    return strcmp(b->code + 3, "MIL") == 0 || strcmp(b->code + 3, "COP") == 0;
}

void chrCoder_dropDomestic(sentWork *w, int v, int first_new) {
    for (int i = first_new; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (e->alive && e->owner == v && cooperation_root(e->code) && own_forces_or_people(&e->src, &e->tgt))
            e->alive = 0;
    }
}
