/*
 * coder_participle.c - a bare past participle the parser made an open
 * complement of a verb with an object ("arrested a paratrooper accused of
 * sadism", "found a guard shot dead") is a reduced passive on that object.
 *
 * Why: the frame reads the governor's object as the subject of its open
 * complement (object control: "urged Gondor to act"). A past participle
 * with no auxiliary, subject or object of its own does not act: the object
 * is what it befell, and only its "by" phrase names who did it. Read as
 * control, the accused became the accuser. The same holds for such a
 * participle on a noun without a "by" agent ("released under a deal
 * negotiated with the prisoners"): it names no one who acted, where the
 * frame would otherwise look for a subject elsewhere in the sentence.
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_participlePatient(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    int h = s->t[v].head;
    uint8_t rel = s->t[v].rel;
    if ((rel != R_XCOMP && rel != R_ACL) || h < 0 || h > v || !x || strcmp(x, "VBN") != 0) return -1;
    int by = 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_CSUBJ || r == R_AUX || r == R_AUXPASS || r == R_OBJ) return -1;
        by |= r == R_OBLAGENT || (r == R_OBL && chrCoder_caseIs(s, c, "by"));
    }
    /* "a deal negotiated with the prisoners": the noun is what was
     * negotiated (with a "by" agent, coder_frame.c's reduced_passive); a
     * participle on the sentence's root noun is most often its main verb
     * misread ("Oxfam called on governments", with "Oxfam" the root) */
    if (rel == R_ACL)
        return !by && s->t[h].head >= 0 && chrCoder_isNominal(s, h) ? chrCoder_phraseHead(s, h) : -1;
    if (s->t[h].upos != CHR_UPOS_VERB) return -1;
    /* the governor's object, or its passive subject ("was found shot") */
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_OBJ || s->t[c].rel == R_NSUBJPASS) && c < v && chrCoder_isNominal(s, c)) return c;
    }
    return -1;
}
