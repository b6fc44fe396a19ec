/*
 * coder_unmarked.c - a finite verb the parser hung, without subject or
 * marker, as an adverbial clause of an earlier verb is a main clause
 * misread, whose subject is the actor named just before it.
 *
 * Why: in "Hours after the UN Security Council failed to agree on the
 * withdrawal, Islamist fighters in trenches near Jowhar opened fire" the
 * parser made "failed" the root and "opened" its adverbial clause, with
 * "fighters" an oblique; the frame then gave "opened" the subject of
 * "failed", the Council. A real adverbial clause has a marker ("after",
 * "when", "to") or is a participle; a bare past or present tense verb is
 * not one, and its subject is sought as for other misattached verbs
 * (coder_frame.c: the nearest actor phrase before it).
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_unmarkedFiniteClause(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    int h = s->t[v].head;
    if (s->t[v].rel != R_ADVCL || h < 0 || h > v || !x) return 0;
    if (strcmp(x, "VBD") != 0 && strcmp(x, "VBZ") != 0 && strcmp(x, "VBP") != 0) return 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_MARK || r == R_NSUBJ || r == R_NSUBJPASS || r == R_CSUBJ || r == R_AUX || r == R_AUXPASS)
            return 0;
    }
    return 1;
}
