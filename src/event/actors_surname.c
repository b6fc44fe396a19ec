/*
 * actors_surname.c - a surname standing alone for a person named in full
 * earlier in the same document. Wire stories name a person once in full
 * ("State Department spokesman Nicholas Burns") and then by surname only
 * ("Burns said"); dictionaries list the full name, and a surname alone is
 * often too ambiguous to list ("Burns", "Rice", "Singh"). Within a document
 * the earlier full mention settles who is meant.
 */
#include <ctype.h>
#include <string.h>

#include "event/coder_int.h"

#define MAX_NAME_WORDS 6 /* words before the surname a full name may have */

/* The person actor whose name of two or more words ends at document token
 * q (its surname), the longest such name; UINT32_MAX when none. */
static uint32_t person_ending_at(const chrSent *s, const chr_token *all, size_t q) {
    const chrLex *lex = s->lex;
    size_t lo = q > MAX_NAME_WORDS ? q - MAX_NAME_WORDS : 0;
    for (size_t start = lo; start < q; start++) {
        uint32_t node = 0;
        size_t k = start;
        for (; k <= q; k++) {
            chrLexId w = chrCoder_findUpper(lex, all[k].form);
            if (!w || !(node = chrLex_child(lex, node, w))) break;
        }
        if (k <= q) continue;
        for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next) {
            const chrLexHit *hit = &lex->hits[h];
            if (hit->kind == CHR_LEX_ACTOR && !hit->exact && lex->actors[hit->index].sort == CHR_LEX_SORT_PERSON)
                return hit->index;
        }
    }
    return UINT32_MAX;
}

/* The person actor whose name of two or more words starts at document
 * token q (a family name written first: "Wen Jiabao", "Roh Moo-hyun"), the
 * longest such name; UINT32_MAX when none. */
static uint32_t person_starting_at(const chrSent *s, const chr_token *all, size_t q, size_t end) {
    const chrLex *lex = s->lex;
    uint32_t node = 0, found = UINT32_MAX;
    for (size_t k = q; k < end && k < q + MAX_NAME_WORDS; k++) {
        chrLexId w = chrCoder_findUpper(lex, all[k].form);
        if (!w || !(node = chrLex_child(lex, node, w))) break;
        if (k == q) continue;
        for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next) {
            const chrLexHit *hit = &lex->hits[h];
            if (hit->kind == CHR_LEX_ACTOR && !hit->exact && lex->actors[hit->index].sort == CHR_LEX_SORT_PERSON)
                found = hit->index;
        }
    }
    return found;
}

chrLexId chrActors_surname(const chrSent *s, int x, int alone) {
    const chr_token *all = chr_doc_tokens(s->doc, NULL);
    const char *form = s->tok[x].form;
    if (!form || !isupper((unsigned char)form[0]) || s->t[x].upos != CHR_UPOS_PROPN || !s->t[x].form)
        return CHR_LEX_NONE;
    size_t here = (size_t)(s->tok + x - all);
    for (size_t q = here; q-- > 0;) {
        if (strcmp(all[q].form, form) != 0) continue;
        uint32_t actor = person_ending_at(s, all, q);
        if (actor == UINT32_MAX && alone) actor = person_starting_at(s, all, q, here);
        if (actor != UINT32_MAX) return chrLex_actorCode(s->lex, actor, s->ymd);
    }
    return CHR_LEX_NONE;
}
