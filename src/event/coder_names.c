/*
 * coder_names.c - a proper name the parser split in two, joined again
 * before coding.
 *
 * Why: in "warned of the Prince of Dol Amroth" a parser may attach "Amroth"
 * to the verb as an oblique of its own (or as a conjunct of an earlier noun)
 * while "Dol" stays inside "the Prince of ...". The dictionary phrase
 * "PRINCE OF DOL AMROTH" then matches neither piece. A proper noun that
 * directly follows another proper noun, carries no preposition and no words
 * of its own, and hangs elsewhere as an oblique, object, conjunct,
 * apposition or modifier continues that name: it is re-attached to the
 * previous word as a flat name part. Subjects are left alone ("on Monday
 * Gondor attacked"). Likewise a proper noun made a conjunct of another with
 * nothing that coordinates between them, and the rest of a hyphenated name
 * the tokenizer split ("Barad - dur").
 */
#include <string.h>

#include "event/coder_int.h"

static int continues_name(const chrSent *s, int t) {
    if (t < 1 || s->t[t].upos != CHR_UPOS_PROPN || s->t[t - 1].upos != CHR_UPOS_PROPN) return 0;
    if (s->kid_first[t] != s->kid_first[t + 1]) return 0; /* words of its own (a case marker too) */
    int h = s->t[t].head;
    if (h == t - 1 || s->t[t - 1].head == t) return 0; /* already one phrase */
    switch (s->t[t].rel) {
    case R_OBL: case R_OBJ: case R_CONJ: case R_APPOS: case R_NMOD: case R_OTHER:
        return 1;
    default:
        return 0;
    }
}

/* A proper noun the parser made a conjunct of an earlier proper noun with
 * no "and", "or" or comma between them ("Bree Prime Minister Romendacil"
 * with "Romendacil" a conjunct of "Bree") is the same name, not a second
 * actor. */
static int asyndetic_name(const chrSent *s, int t) {
    int h = s->t[t].head;
    if (s->t[t].rel != R_CONJ || h < 0 || h >= t || s->t[t].upos != CHR_UPOS_PROPN || s->t[h].upos != CHR_UPOS_PROPN)
        return 0;
    for (int i = h + 1; i < t; i++) {
        const char *f = s->tok[i].form;
        if (s->t[i].upos == CHR_UPOS_CCONJ || (f && (f[0] == ',' || f[0] == ';' || f[0] == '/') && !f[1])) return 0;
    }
    return 1;
}

/* "Barad-dur", which the tokenizer splits at the hyphen, with "dur" hung
 * somewhere else: a word joined by a hyphen with no space to a proper noun
 * before it is part of that name (its other dependents stay where it
 * hung). */
static int hyphenated_name(const chrSent *s, int t) {
    if (t < 2 || s->t[t - 2].upos != CHR_UPOS_PROPN) return 0;
    const chr_token *a = &s->tok[t - 2], *h = &s->tok[t - 1], *b = &s->tok[t];
    if (!h->form || strcmp(h->form, "-") != 0 || a->end != h->start || h->end != b->start) return 0;
    return s->t[t].head != t - 2 && s->t[t - 2].head != t && !chrCoder_inSubtree(s, t - 2, t);
}

int chrCoder_repairNames(chrSent *s) {
    int moved = 0;
    for (int t = 2; t < s->n; t++) {
        if (!hyphenated_name(s, t)) continue;
        for (int i = 0; i < s->n; i++)
            if (s->t[i].head == t && i != t - 1) s->t[i].head = s->t[t].head;
        s->t[t].head = t - 2;
        s->t[t].rel = R_FLAT;
        moved++;
        chrCoder_linkKids(s);
    }
    for (int t = 1; t < s->n; t++) {
        if (!continues_name(s, t)) continue;
        s->t[t].head = t - 1;
        s->t[t].rel = R_FLAT;
        moved++;
        chrCoder_linkKids(s);
    }
    for (int t = 1; t < s->n; t++) {
        if (!asyndetic_name(s, t)) continue;
        s->t[t].rel = R_FLAT;
        moved++;
    }
    return moved;
}
