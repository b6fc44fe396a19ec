/*
 * coder_against.c - an act one is warned or advised against has not
 * happened.
 *
 * Why: in "the German foreign ministry advised its nationals against
 * travelling to Iran", "warned against meeting the rebels" or "cautioned
 * Israel against attacking", the clause marked "against" names an act the
 * speaker wants not to happen; coded on its own it became a visit to Iran
 * by the ministry. The warning itself is the governing verb's to code (the
 * dictionary's "warn ... against:*" patterns). Only a verb clause marked
 * "against" is concerned: "fought against the rebels", a noun phrase,
 * stays.
 */
#include <string.h>

#include "event/coder_int.h"

int chrCoder_advisedAgainst(const chrSent *s, int v) {
    if (v < 0 || v >= s->n || s->t[v].upos != CHR_UPOS_VERB) return 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        const char *f = s->tok[c].form;
        if ((s->t[c].rel == R_MARK || s->t[c].rel == R_CASE) && f && strcmp(f, "against") == 0) return 1;
    }
    return 0;
}
