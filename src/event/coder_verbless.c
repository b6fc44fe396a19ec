/*
 * coder_verbless.c - a sentence the tagger left without a verb ("Russian
 * police arrested Russian students in Moscow today", with "arrested" read
 * as an adjective of "students" and "today" as the root), given back its
 * verb before coding.
 *
 * Why: with no verb there is no predicate to code, although the dictionary
 * knows the word that should have been one. When a sentence has no verb
 * (other than one read as a modifier) and no copula, the first adjective,
 * noun or verb that modifies the noun after it, between two noun phrases,
 * and whose form (or the form less "-ed"/"-d") is a verb of the lexicon
 * becomes the root verb: the noun it modified becomes its object, the noun
 * phrase just before it its subject, and the old root a dependent of it.
 */
#include <string.h>

#include "event/coder_int.h"

/* The lexicon's verb the form is, or is the past of; NONE when none. */
static chrLexId lexicon_verb(const chrSent *s, const char *form) {
    char buf[64];
    size_t n = form ? chrLex_upper(form, strlen(form), buf, sizeof buf) : (size_t)-1;
    if (n == (size_t)-1 || n == 0) return CHR_LEX_NONE;
    for (size_t cut = 0; cut <= 2; cut++) { /* ARRESTED, ARRESTE(D), ARREST(ED) */
        if (cut > n - 1) break;
        if (cut && buf[n - 1] != 'D') break;
        if (cut == 2 && buf[n - 2] != 'E') break;
        chrLexId id = chrLex_find(s->lex, buf, n - cut);
        for (uint32_t fi = id ? chrLex_forms(s->lex, id) : 0; fi; fi = s->lex->forms[fi].next)
            if (!s->lex->blocks[s->lex->forms[fi].block].noun) return id;
    }
    return CHR_LEX_NONE;
}

int chrCoder_repairVerbless(chrSent *s) {
    int root = -1;
    for (int i = 0; i < s->n; i++) {
        /* (a verb read as a modifier of the noun after it is no verb here) */
        if ((s->t[i].upos == CHR_UPOS_VERB && s->t[i].rel != R_AMOD) || s->t[i].rel == R_COP) return 0;
        if (s->t[i].head < 0 && root < 0) root = i;
    }
    for (int v = 1; v + 1 < s->n; v++) {
        uint8_t u = s->t[v].upos;
        int h = s->t[v].head, j = v - 1;
        if ((u != CHR_UPOS_ADJ && u != CHR_UPOS_NOUN && u != CHR_UPOS_VERB) || s->t[v].rel != R_AMOD || h <= v)
            continue;
        if (!chrCoder_isNominal(s, h) || !chrCoder_isNominal(s, j) || s->t[j].upos == CHR_UPOS_ADJ) continue;
        chrLexId verb = lexicon_verb(s, s->tok[v].form);
        if (!verb) continue;
        s->t[v].lemma = verb;
        s->t[v].head = -1;
        s->t[v].rel = R_ROOT;
        s->t[v].upos = CHR_UPOS_VERB;
        if (root >= 0 && root != v && root != h) {
            s->t[root].head = v;
            s->t[root].rel = R_OTHER;
        }
        s->t[h].head = v;
        s->t[h].rel = R_OBJ;
        if (j != h && !chrCoder_inSubtree(s, v, j)) {
            s->t[j].head = v;
            s->t[j].rel = R_NSUBJ;
        }
        return 1;
    }
    return 0;
}
