/*
 * coder_repair.c - attachment variants the parser produces that would hide
 * a frame from the patterns, normalised before coding.
 *
 * Why: a pattern such as "allow obj:extradition of:* to:@" expects the
 * person extradited inside the "of" complement. A statistical parser often
 * attaches a name that follows such a complement ("the extradition of the
 * kingpin, Joaquin Guzman, to ...") as a second object of the verb, as an
 * oblique of the verb with no preposition, or as an apposition or
 * conjunct of the event noun. These readings are implausible: a verb has
 * one direct object (the first), a name without a preposition is no
 * oblique, and an event cannot have a person as its apposition. The name is moved into the "of" complement as
 * its apposition (or conjunct), where actor resolution and the "to"
 * oblique search (coder_frame.c) find it.
 */
#include "event/coder_int.h"

int chrCoder_ofComplement(const chrSent *s, int n) {
    if (n < 0) return -1;
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_NMOD || s->t[c].rel == R_OBL) && c > n && chrCoder_caseIs(s, c, "of")) return c;
    }
    return -1;
}

int chrCoder_isEventNoun(const chrSent *s, int i) {
    chrLexId keys[2] = {s->t[i].lemma, s->t[i].form};
    for (int k = 0; k < 2; k++) {
        if (!keys[k]) continue;
        for (uint32_t fi = chrLex_forms(s->lex, keys[k]); fi; fi = s->lex->forms[fi].next)
            if (s->lex->blocks[s->lex->forms[fi].block].noun) return 1;
    }
    return 0;
}

/* A nominal that names someone: a proper noun, or a phrase the lexicon
 * resolves to an actor; not an event noun, and without an "of" complement
 * of its own ("the extradition of A and the return of B"). */
static int names_someone(const chrSent *s, int o) {
    uint8_t u = s->t[o].upos;
    if (u != CHR_UPOS_PROPN && u != CHR_UPOS_NOUN) return 0;
    if (chrCoder_isEventNoun(s, o) || chrCoder_ofComplement(s, o) >= 0) return 0;
    if (u == CHR_UPOS_PROPN) return 1;
    chrCActors a;
    chrActors_ofPhrase(s, o, &a);
    return a.n > 0;
}

/* An oblique with no preposition of its own ("allowed the extradition of
 * the kingpin, Joaquin Guzman"); temporal ones have their own relation. */
static int bare_oblique(const chrSent *s, int c) {
    if (s->t[c].rel != R_OBL) return 0;
    for (int k = s->kid_first[c]; k < s->kid_first[c + 1]; k++)
        if (s->t[s->kids[k]].rel == R_CASE) return 0;
    return 1;
}

typedef struct move {
    int tok, head;
    uint8_t rel;
} move;

int chrCoder_repair(chrSent *s) {
    move moves[CHR_CODER_MAX_TOKENS];
    int nm = 0;
    for (int v = 0; v < s->n; v++) {
        int o1 = -1;
        for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
            int c = s->kids[k];
            if (s->t[c].rel == R_OBJ) {
                o1 = c;
                break;
            }
        }
        if (o1 < 0 || s->t[o1].upos != CHR_UPOS_NOUN) continue;
        int x = chrCoder_ofComplement(s, o1);
        if (x < 0) continue;
        /* a second object, or a bare oblique, of the verb after the complement */
        for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
            int c = s->kids[k];
            if (c > x && (s->t[c].rel == R_OBJ || bare_oblique(s, c)) && !chrCoder_inSubtree(s, x, c) &&
                names_someone(s, c))
                moves[nm++] = (move){c, x, R_APPOS};
        }
        /* an apposition or conjunct of the event noun after the complement */
        if (!chrCoder_isEventNoun(s, o1)) continue;
        for (int k = s->kid_first[o1]; k < s->kid_first[o1 + 1]; k++) {
            int c = s->kids[k];
            uint8_t r = s->t[c].rel;
            if (c > x && (r == R_APPOS || r == R_CONJ) && !chrCoder_inSubtree(s, x, c) && names_someone(s, c))
                moves[nm++] = (move){c, x, r};
        }
    }
    for (int i = 0; i < nm; i++) {
        s->t[moves[i].tok].head = moves[i].head;
        s->t[moves[i].tok].rel = moves[i].rel;
    }
    return nm;
}
