/*
 * coder_multiword.c - multiword verbs whose other words come before the
 * verb ("wire tap", PETRARCH's WIRE_+TAP), made one verb before coding.
 *
 * Why: a parser that does not know "wire tap" reads "wire" as an auxiliary
 * ("Soldiers wire tapped the links": "wire" aux:pass, so the soldiers become
 * the passive subject) or as the verb governing "tap" ("will not wire tap
 * the links": "tap" an xcomp of "wire"). The dictionary says the pair is one
 * verb with "tap" as its key, so the words before it are re-attached to it
 * as particles, the key verb takes the place of a governing first word, and
 * a passive that only the misread word marked becomes active again. The
 * matcher (coder_match.c) then finds the words before the key.
 */
#include "event/coder_int.h"

/* The number of words before v that, with v, make one of the lexicon's
 * multiword verbs keyed on v's form or lemma (0 when none). */
int chrCoder_wordsBefore(const chrSent *s, int v) {
    const chrLex *lex = s->lex;
    chrLexId keys[2] = {s->t[v].form, s->t[v].lemma};
    for (int ki = 0; ki < 2; ki++) {
        if (!keys[ki]) continue;
        for (uint32_t fi = chrLex_forms(lex, keys[ki]); fi; fi = lex->forms[fi].next) {
            const chrLexForm *form = &lex->forms[fi];
            if (form->extra == UINT32_MAX || lex->blocks[form->block].noun) continue;
            const chrLexPhrase *p = &lex->phrases[form->extra];
            int n = (int)p->n;
            if (n < 1 || v - n < 0) continue;
            int ok = 1;
            for (int k = 0; k < n && ok; k++) {
                int t = v - n + k;
                chrLexId w = lex->words[p->first + (uint32_t)k];
                ok = s->t[t].form == w || s->t[t].lemma == w;
            }
            if (ok) return n;
        }
    }
    return 0;
}

int chrCoder_repairMultiword(chrSent *s) {
    int moved = 0;
    for (int v = 1; v < s->n; v++) {
        if (s->t[v].upos != CHR_UPOS_VERB) continue;
        int n = chrCoder_wordsBefore(s, v);
        if (!n) continue;
        int first = v - n;
        /* a first word that governs the key verb hands it its place */
        int w = s->t[v].head;
        if (w >= first && w < v) {
            s->t[v].head = s->t[w].head;
            s->t[v].rel = s->t[w].rel;
            for (int i = 0; i < s->n; i++)
                if (s->t[i].head == w && i != v) s->t[i].head = v;
        }
        int pass_left = 0;
        for (int i = 0; i < s->n; i++)
            if (s->t[i].head == v && s->t[i].rel == R_AUXPASS && (i < first || i >= v)) pass_left = 1;
        for (int i = first; i < v; i++) {
            s->t[i].head = v;
            s->t[i].rel = R_COMPOUNDPRT;
        }
        if (!pass_left)
            for (int i = 0; i < s->n; i++)
                if (s->t[i].head == v && s->t[i].rel == R_NSUBJPASS) s->t[i].rel = R_NSUBJ;
        moved++;
    }
    return moved;
}
