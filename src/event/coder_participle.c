/*
 * coder_participle.c - a bare past participle the parser made an open
 * complement of a verb with an object ("arrested a paratrooper accused of
 * sadism", "found a guard shot dead") is a reduced passive on that object.
 *
 * Why: the frame reads the governor's object as the subject of its open
 * complement (object control: "urged Gondor to act"). A past participle
 * with no auxiliary, subject or object of its own does not act: the object
 * is what it befell, and only its "by" phrase names who did it. Read as
 * control, the accused became the accuser.
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_participlePatient(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    int h = s->t[v].head;
    if (s->t[v].rel != R_XCOMP || h < 0 || h > v || !x || strcmp(x, "VBN") != 0) return -1;
    if (s->t[h].upos != CHR_UPOS_VERB) return -1;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_CSUBJ || r == R_AUX || r == R_AUXPASS || r == R_OBJ) return -1;
    }
    /* the governor's object, or its passive subject ("was found shot") */
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_OBJ || s->t[c].rel == R_NSUBJPASS) && c < v && chrCoder_isNominal(s, c)) return c;
    }
    return -1;
}
