/*
 * actors_acronym.c - an acronym the story defines itself.
 *
 * Why: acronyms are short and many bodies share one. A story that writes
 * "the International Commission of Jurists (ICJ)" and then "The ICJ also
 * called on Maoist rebels ..." means the jurists, not the World Court the
 * dictionary lists as ICJ. A definition "Long Name (ACR)" in the document,
 * whose capitalised words' initials spell the acronym, settles what it
 * stands for there when the dictionary lists that long name as an actor
 * of its own; a long name it does not list ("United Nations Relief and Works
 * Agency (UNRWA)", "NATO-led International Security Assistance Force
 * (ISAF)") tells nothing against the dictionary's acronym.
 */
#include <ctype.h>
#include <string.h>

#include "event/coder_int.h"

#define MAX_LONG_WORDS 8 /* words of a long name, small words included */

static int small_word(const char *w) {
    static const char *const small[] = {"of", "for", "the", "and", "on", "in", "de", "&", NULL};
    for (int i = 0; small[i]; i++)
        if (strcmp(w, small[i]) == 0) return 1;
    return 0;
}

/* The first token of the long name ending at document token e whose
 * capitalised words' initials spell acr, or SIZE_MAX when none. */
static size_t long_name_start(const chr_token *all, size_t e, const char *acr) {
    size_t n = strlen(acr), got = 0, start = SIZE_MAX;
    for (size_t k = e + 1, words = 0; k-- > 0 && words < MAX_LONG_WORDS && got < n; words++) {
        const char *w = all[k].form;
        if (!w || !w[0]) return SIZE_MAX;
        if (small_word(w) && got) continue;
        if (!isupper((unsigned char)w[0]) || toupper((unsigned char)w[0]) != acr[n - 1 - got]) return SIZE_MAX;
        got++;
        start = k;
    }
    return got == n ? start : SIZE_MAX;
}

/* The actor the lexicon lists under document tokens [a, e], exactly. */
static chrLexId listed_as(const chrSent *s, const chr_token *all, size_t a, size_t e) {
    const chrLex *lex = s->lex;
    uint32_t node = 0;
    for (size_t k = a; k <= e; k++) {
        chrLexId w = chrCoder_findUpper(lex, all[k].form);
        if (!w || !(node = chrLex_child(lex, node, w))) return CHR_LEX_NONE;
    }
    for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next)
        if (lex->hits[h].kind == CHR_LEX_ACTOR) return chrLex_actorCode(lex, lex->hits[h].index, s->ymd);
    return CHR_LEX_NONE;
}

int chrActors_definedAcronym(const chrSent *s, int x, chrLexId *code) {
    const char *acr = s->tok[x].form;
    size_t len = acr ? strlen(acr) : 0;
    if (len < 2 || len > 8) return 0;
    for (size_t i = 0; i < len; i++)
        if (!isupper((unsigned char)acr[i])) return 0;
    size_t n;
    const chr_token *all = chr_doc_tokens(s->doc, &n);
    for (size_t q = 2; q + 1 < n; q++) {
        if (strcmp(all[q].form, acr) != 0 || strcmp(all[q - 1].form, "(") != 0 || strcmp(all[q + 1].form, ")") != 0)
            continue;
        size_t a = long_name_start(all, q - 2, acr);
        if (a == SIZE_MAX) continue;
        *code = listed_as(s, all, a, q - 2);
        if (*code) return 1;
    }
    return 0;
}
