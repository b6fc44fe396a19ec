/*
 * coder_nominal.c - a participle before a noun that the parser read as a
 * clause, inside a prepositional phrase.
 *
 * Why: in "an offensive against besieged Osgiliath" the parser may make
 * "besieged" a verb with the preposition as its case marker and
 * "Osgiliath" as its object, so the oblique "against ..." names no actor.
 * A preposition takes a noun phrase, not a clause: the object becomes the
 * head of the oblique (with the preposition) and the participle its
 * modifier.
 */
#include "event/coder_int.h"

int chrCoder_repairNominals(chrSent *s) {
    int moved = 0;
    for (int v = 0; v < s->n; v++) {
        uint8_t r = s->t[v].rel;
        if (s->t[v].upos != CHR_UPOS_VERB || (r != R_OBL && r != R_NMOD)) continue;
        int cs = -1, obj = -1, clause = 0;
        for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
            int c = s->kids[k];
            uint8_t cr = s->t[c].rel;
            if (cr == R_CASE && c < v) cs = c;
            else if (cr == R_OBJ && c > v && obj < 0 && chrCoder_isNominal(s, c)) obj = c;
            else if (cr == R_NSUBJ || cr == R_NSUBJPASS || cr == R_AUX || cr == R_AUXPASS || cr == R_MARK)
                clause = 1;
        }
        if (cs < 0 || obj < 0 || clause) continue;
        s->t[obj].head = s->t[v].head;
        s->t[obj].rel = r;
        s->t[cs].head = obj;
        s->t[v].head = obj;
        s->t[v].rel = R_AMOD;
        moved += 3;
        chrCoder_linkKids(s);
    }
    return moved;
}
