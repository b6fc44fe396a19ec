/*
 * coder_perfect.c - a perfect tense the tagger broke ("has reasserted
 * friendship", with "reasserted" read as an adjective of "friendship" and
 * "has" as the verb), made a verb phrase again before coding.
 *
 * Why: a past participle right after a form of "have", hung as a modifier
 * on the noun that follows it, is the verb of a perfect tense in English;
 * the noun is its object. The participle takes the place of "have" in the
 * tree, "have" becomes its auxiliary and the other dependents of "have"
 * move to it, so that the coder finds the verb with its subject and object.
 */
#include <string.h>

#include "event/coder_int.h"

static int is_have(const chrSent *s, int a) {
    const char *l = s->tok[a].lemma ? s->tok[a].lemma : s->tok[a].form;
    return l && (strcmp(l, "have") == 0 || strcmp(l, "Have") == 0);
}

int chrCoder_repairPerfect(chrSent *s) {
    int moved = 0;
    for (int v = 1; v < s->n; v++) {
        const char *x = s->tok[v].xpos;
        int a = v - 1, n = s->t[v].head;
        if (!x || strcmp(x, "VBN") != 0 || s->t[v].rel != R_AMOD || n <= v || !is_have(s, a)) continue;
        if (s->t[a].head == v || chrCoder_inSubtree(s, a, v)) continue;
        for (int i = 0; i < s->n; i++)
            if (s->t[i].head == a && i != v) s->t[i].head = v;
        s->t[v].head = s->t[a].head;
        s->t[v].rel = s->t[a].head < 0 ? R_ROOT : s->t[a].rel == R_OTHER ? R_PARATAXIS : s->t[a].rel;
        s->t[v].upos = CHR_UPOS_VERB;
        s->t[a].head = v;
        s->t[a].rel = R_AUX;
        s->t[n].head = v;
        s->t[n].rel = R_OBJ;
        moved++;
    }
    return moved;
}
