/*
 * coder_endorsed.c - who is supported, praised or recognised is the object
 * or whose the object is, not someone named inside a description of it.
 *
 * Why: "supports Macedonia's bid", "supports the efforts of the Zajedno
 * coalition", "welcomed the agreement between Israel and the Palestinian
 * Authority" endorse the possessor, the "of" / "between" / "by" party; but
 * "supported Saddam-era atrocities", "the Iraq invasion ... backed by
 * Britain", "support the Iraqi national unity", "a motion criticizing
 * Chinese human rights violations that had been supported by the United
 * States" name the actor only in a modifier of what is backed (a compound,
 * an adjective, a clause), and back no one. For events of CAMEO 05 whose
 * target comes from inside the verb's object phrase, the target's words
 * must reach the object's head only through possessives, "of", "between",
 * "by", "for", "with" or "to" complements ("support for the Palestinian
 * people's efforts"), conjuncts, appositions, name parts and the modifiers
 * of such complements (see whose_link); else the event is dropped. Only a target the object gives is judged ("obj:@", or a
 * pattern naming no target slot).
 */
#include <string.h>

#include "event/coder_work.h"

/* The sentence token whose bytes start at off, -1 when none. */
static int token_at(const chrSent *s, uint32_t off) {
    for (int i = 0; i < s->n; i++)
        if (s->tok[i].start == off) return i;
    return -1;
}

/* x hangs on its head in a way that keeps naming whose the object h is: a
 * possessive, a complement with of, between, by, for, with or to, a
 * conjunct, an apposition, a name part; a compound or adjective only below
 * another noun of that kind ("proposal by Hamas chief Meshaal", "the
 * Greek-Cypriot side's decision", "support for the one China policy"), not
 * on the object's head itself ("Saddam-era atrocities", "the Iraqi national
 * unity"); a participle without a subject ("the agreement reached between
 * Israel and the PA"); a title before a name. */
static int whose_link(const chrSent *s, int x, int h) {
    static const char *const preps[] = {"of", "between", "by", "for", "with", "to", NULL};
    uint8_t r = s->t[x].rel;
    int up = s->t[x].head;
    if (r == R_NMODPOSS || r == R_CONJ || r == R_APPOS || r == R_FLAT) return 1;
    if (r == R_COMPOUND && s->t[x].upos == CHR_UPOS_PROPN && up >= 0 && s->t[up].upos == CHR_UPOS_PROPN) return 1;
    if (r == R_COMPOUND || r == R_AMOD) return up != h;
    if (r == R_ACL) return s->tok[x].xpos && strcmp(s->tok[x].xpos, "VBN") == 0;
    if (r == R_NMOD || r == R_OBL) {
        for (int k = 0; preps[k]; k++)
            if (chrCoder_caseIs(s, x, preps[k])) return 1;
        /* a title before a name ("French President | Jacques Chirac") */
        int cased = 0;
        for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) cased |= s->t[s->kids[k]].rel == R_CASE;
        return !cased && up > x && s->t[up].upos == CHR_UPOS_PROPN;
    }
    return 0;
}

/* Does the actor coded from bytes [start, end) name the object's head h or
 * whose it is? */
static int names_whose(const chrSent *s, const chrCActor *a, int h) {
    int t = token_at(s, a->start);
    if (t < 0) return 1; /* not a word of this sentence: leave it */
    /* the head of the actor's words: the one whose head lies outside them */
    int last = t;
    for (int i = t; i < s->n && s->tok[i].start < a->end; i++) {
        if (i == h) return 1;
        last = i;
    }
    for (int i = t; i <= last; i++)
        if (s->t[i].head < t || s->t[i].head > last) {
            t = i;
            break;
        }
    for (int x = t, d = 0; x >= 0 && d < s->n; d++) {
        if (x == h) return 1;
        if (!whose_link(s, x, h)) return 0;
        x = s->t[x].head;
    }
    return 0;
}

void chrCoder_dropDescribedTargets(sentWork *w, int v, int obj, int slot, int first_new) {
    const chrSent *s = &w->s;
    /* only a target the object gives (obj:@, or no slot named) */
    if (obj < 0 || (slot >= 0 && slot != obj)) return;
    for (int i = first_new; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (!e->alive || e->owner != v || strncmp(e->code, "05", 2) != 0 || !e->tgt.code[0]) continue;
        int t = token_at(s, e->tgt.start);
        if (t < 0 || t == obj || !chrCoder_inSubtree(s, t, obj)) continue;
        if (!names_whose(s, &e->tgt, obj)) e->alive = 0;
    }
}
