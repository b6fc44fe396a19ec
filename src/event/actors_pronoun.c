/*
 * actors_pronoun.c - a third-person pronoun standing for an actor named in
 * a higher clause.
 *
 * Why: PETRARCH resolves a personal pronoun to the first actor phrase of
 * the clause above the pronoun's own ("Ethiopia indicated it would act
 * with Libya": "it" is Ethiopia), so the events of reported and embedded
 * clauses keep their source. On a dependency parse that is: from the
 * pronoun's clause climb the governing predicates, and take the first
 * subject (not itself a pronoun) that names an actor. Possessives ("its
 * embassy") are no phrase heads and stay unresolved; so do first and
 * second person pronouns, which speak of the reporter or the quoted. "He"
 * and "she" pass over subjects that name no person: a country, a court, a
 * government.
 */
#include <string.h>

#include "event/coder_int.h"

int chrActors_thirdPerson(const chrSent *s, int p, int relative) {
    static const char *const personal[] = {"it", "he", "she", "they", "him", "her", "them", NULL};
    static const char *const relatives[] = {"who", "which", "that", NULL};
    if (p < 0 || p >= s->n || s->t[p].upos != CHR_UPOS_PRON) return 0;
    return chrCoder_formIn(s, p, personal) || (relative && chrCoder_formIn(s, p, relatives));
}

static int subject_of(const chrSent *s, int v) {
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_NSUBJ || s->t[c].rel == R_NSUBJPASS) return c;
    }
    return -1;
}

/* "he", "she", "him" and "her" stand for a person: not for a country
 * ("Fong was nabbed ..., the court was told": "he" is no court) nor for a
 * phrase headed by a body of people or of state. */
static int person_pronoun(const chrSent *s, int p) {
    static const char *const persons[] = {"he", "she", "him", "her", NULL};
    return chrCoder_formIn(s, p, persons);
}

static int no_person(const chrSent *s, int sub, const chrCActors *a) {
    static const char *const bodies[] = {
        "court", "courts", "government", "ministry", "council", "parliament", "congress", "army", "military",
        "police", "party", "company", "agency", "committee", "commission", "authorities", "authority", "tribunal",
        "office", "embassy", "union", "group", "organisation", "organization", "bank", "movement", "forces",
        "administration", "cabinet", "junta", "regime", "state", "country", "nation", "team", "board", NULL};
    if (chrCoder_formIn(s, sub, bodies)) return 1;
    for (int i = 0; i < a->n; i++)
        if (strlen(a->a[i].code) == 3 && strncmp(a->a[i].code, "---", 3) != 0) return 1;
    return 0;
}

int chrActors_antecedent(const chrSent *s, int p) {
    if (!chrActors_thirdPerson(s, p, 0)) return -1;
    /* the pronoun's own clause: its nearest predicate ancestor */
    int x = s->t[p].head;
    for (int depth = 0; x >= 0 && depth < s->n && s->t[x].upos != CHR_UPOS_VERB; depth++) x = s->t[x].head;
    if (x < 0) return -1;
    for (int depth = 0; s->t[x].head >= 0 && depth < s->n; depth++) {
        x = s->t[x].head;
        int sub = subject_of(s, x);
        if (sub < 0 || sub == p || s->t[sub].upos == CHR_UPOS_PRON) continue;
        chrCActors a;
        chrActors_ofPhrase(s, sub, &a);
        if (a.n && person_pronoun(s, p) && no_person(s, sub, &a)) continue;
        if (a.n) return sub;
    }
    return -1;
}
