/*
 * coder_match.c - dictionary patterns against a predicate.
 *
 * Two kinds of pattern share the lexicon's verb blocks: frames over
 * dependency roles (chronicle's dict/ and PETRARCH2 files: "obj:&AID
 * to:@") and word-order patterns (PETRARCH-1 / TABARI: "SAID * TO ATTEND",
 * "$ * + ..."). A frame element matches an argument of the frame; a
 * word-order element matches the sentence's words before the verb (read
 * backwards from it) or after it (read forwards). Of the patterns of every
 * block of the lemma that match, the one with the most elements wins; on a
 * tie, the one loaded first.
 */
#include <string.h>

#include "event/coder_int.h"

static int word_is(const chrSent *s, int i, chrLexId w) {
    return w && (s->t[i].form == w || s->t[i].lemma == w);
}

/* The phrase p (head last) describes the noun phrase headed at h. */
static int phrase_fits(const chrSent *s, int h, uint32_t phrase) {
    const chrLex *lex = s->lex;
    const chrLexPhrase *p = &lex->phrases[phrase];
    if (!p->n || !word_is(s, h, lex->words[p->first + p->n - 1])) return 0;
    for (uint32_t k = 0; k + 1 < p->n; k++) {
        chrLexId w = lex->words[p->first + k];
        int ok = 0;
        for (int j = 0; j < s->n && !ok; j++)
            if (j != h && word_is(s, j, w) && chrCoder_inSubtree(s, j, h)) ok = 1;
        if (!ok) return 0;
    }
    return 1;
}

static int value_fits(const chrSent *s, const chrLexElem *e, int h) {
    if (h < 0) return 0;
    if (e->value == CHR_VAL_ANY) return 1;
    if (e->value == CHR_VAL_PHRASE) return phrase_fits(s, h, e->ref);
    const chrLexSet *set = &s->lex->sets[e->ref];
    for (uint32_t i = 0; i < set->n_members; i++)
        if (phrase_fits(s, h, s->lex->members[set->first_member + i])) return 1;
    return 0;
}

static void take_slot(chrCMatch *m, uint8_t slot, int tok) {
    if (slot == CHR_SLOT_SRC) m->src = tok;
    else if (slot == CHR_SLOT_TGT) m->tgt = tok;
    else if (slot == CHR_SLOT_BOTH) m->both = tok;
}

/* ---- frames over dependency roles ---- */

/* An actor slot ("obj:@") is filled only by a phrase that names an actor:
 * in "opened fire at soldiers" the object "fire" names none, so "obj:@"
 * does not match and "at:@" does. A clause ("ccomp:@") is checked when its
 * actor is taken. */
static int slot_filled(const chrSent *s, const chrLexElem *e, int tok) {
    if (e->slot == CHR_SLOT_NONE || e->role == CHR_ROLE_CCOMP) return 1;
    chrCActors a;
    chrActors_ofPhrase(s, tok, &a);
    return a.n > 0;
}

static int frame_fits(const chrSent *s, const chrFrame *f, const chrLexPattern *p, chrCMatch *m) {
    for (uint32_t k = 0; k < p->n_elem; k++) {
        const chrLexElem *e = &s->lex->elems[p->first_elem + k];
        int tok = -1;
        switch (e->role) {
        case CHR_ROLE_SUBJ: tok = f->subj; break;
        case CHR_ROLE_OBJ: tok = f->obj; break;
        case CHR_ROLE_IOBJ: tok = f->iobj; break;
        case CHR_ROLE_POSS: tok = f->poss; break;
        case CHR_ROLE_XCOMP: tok = f->xcomp; break;
        case CHR_ROLE_CCOMP: tok = f->ccomp; break;
        case CHR_ROLE_PREP:
            for (int i = 0; i < f->npreps; i++) {
                if (f->preps[i].prep != e->prep) continue;
                if (value_fits(s, e, f->preps[i].tok) && slot_filled(s, e, f->preps[i].tok)) {
                    tok = f->preps[i].tok;
                    break;
                }
            }
            if (tok < 0) return 0;
            take_slot(m, e->slot, tok);
            continue;
        default: return 0;
        }
        if (!value_fits(s, e, tok) || !slot_filled(s, e, tok)) return 0;
        take_slot(m, e->slot, tok);
    }
    return 1;
}

/* ---- word order ---- */

/* Does an actor phrase start (dir > 0) or end (dir < 0) at token i? Returns
 * the number of tokens, 0 when not. */
static int actor_at(const chrSent *s, int i, int dir) {
    unsigned want = 1u << CHR_LEX_ACTOR | 1u << CHR_LEX_AGENT;
    uint32_t node;
    if (dir > 0) return chrActors_match(s, i, s->n, want, &node);
    for (int st = i - 7 < 0 ? 0 : i - 7; st <= i; st++) {
        int len = chrActors_match(s, st, i + 1, want, &node);
        if (len && st + len - 1 == i) return len;
    }
    return 0;
}

/* Words of a phrase at position i forwards (dir > 0: tokens i..i+n-1) or
 * ending there (dir < 0); returns the tokens used, 0 when not. */
static int words_at(const chrSent *s, uint32_t phrase, int i, int dir, int literal) {
    const chrLexPhrase *p = &s->lex->phrases[phrase];
    int n = (int)p->n;
    int first = dir > 0 ? i : i - n + 1;
    if (first < 0 || first + n > s->n) return 0;
    for (int k = 0; k < n; k++) {
        chrLexId w = s->lex->words[p->first + k];
        if (literal ? s->t[first + k].form != w : !word_is(s, first + k, w)) return 0;
    }
    return n;
}

static int elem_at(const chrSent *s, const chrLexElem *e, int i, int dir) {
    if (e->role == CHR_ROLE_ACTOR) return actor_at(s, i, dir);
    /* a word of a word-order pattern is the word as written ("* RESOLUTION"
     * is not "resolutions"); a synset's members stand for their plurals and
     * other forms too */
    if (e->value == CHR_VAL_PHRASE) return words_at(s, e->ref, i, dir, 1);
    if (e->value == CHR_VAL_SET) {
        const chrLexSet *set = &s->lex->sets[e->ref];
        int best = 0;
        for (uint32_t k = 0; k < set->n_members; k++) {
            int n = words_at(s, s->lex->members[set->first_member + k], i, dir, 0);
            if (n > best) best = n;
        }
        return best;
    }
    return 1; /* any word */
}

/* The first conjunct of the compound the phrase h belongs to, so that an
 * actor slot read next to "Osgiliath" in "Gondor and Osgiliath have ..."
 * holds the whole compound. */
static int coordination_head(const chrSent *s, int h) {
    for (int d = 0; d < 8 && s->t[h].rel == R_CONJ && s->t[h].head >= 0 && chrCoder_isNominal(s, s->t[h].head) &&
                    chrCoder_isNominal(s, h);
         d++)
        h = s->t[h].head;
    return h;
}

/* Matches elements [from, to) stepping dir from position pos. */
static int order_side(const chrSent *s, const chrLexPattern *p, int from, int to, int dir, int pos,
                      chrCMatch *m) {
    for (int k = from; k != to; k += dir) {
        const chrLexElem *e = &s->lex->elems[p->first_elem + (uint32_t)k];
        int found = -1, used = 0;
        for (int i = pos; i >= 0 && i < s->n; i += dir) {
            if ((used = elem_at(s, e, i, dir))) {
                found = i;
                break;
            }
            if (e->adjacent) break;
        }
        /* "^" skips an actor when there is one before the next element
         * ("warned their Ent populations about"), and asks for none
         * ("warned their populations about the Prince") */
        if (e->role == CHR_ROLE_ACTOR && e->slot == CHR_SLOT_NONE && k + dir != to) {
            const chrLexElem *nx = &s->lex->elems[p->first_elem + (uint32_t)(k + dir)];
            int stop = found < 0 ? (dir > 0 ? s->n : -1) : found, sooner = 0;
            if (nx->role == CHR_ROLE_WORD)
                for (int i = pos; i != stop && i >= 0 && i < s->n && !sooner; i += dir)
                    sooner = elem_at(s, nx, i, dir) > 0;
            if (sooner) continue;
        }
        if (found < 0) return 0;
        if (e->role == CHR_ROLE_ACTOR && e->slot == CHR_SLOT_BOTH) {
            /* "%" wants a compound: the first conjunct, naming two actors or more */
            int h = chrCoder_firstConjunct(s, chrCoder_phraseHead(s, found));
            chrCActors a;
            chrActors_ofPhrase(s, h, &a);
            if (a.n < 2) return 0;
            take_slot(m, e->slot, h);
        } else if (e->role == CHR_ROLE_ACTOR) {
            take_slot(m, e->slot, coordination_head(s, chrCoder_phraseHead(s, found)));
        }
        if (e->role == CHR_ROLE_WORD) { /* the words it used: found .. found + dir * (used - 1) */
            int a = dir > 0 ? found : found - used + 1, b = dir > 0 ? found + used - 1 : found;
            if (m->cover_lo < 0 || a < m->cover_lo) m->cover_lo = a;
            if (b > m->cover_hi) m->cover_hi = b;
        }
        pos = found + dir * used;
    }
    return 1;
}

static int order_fits(const chrSent *s, const chrFrame *f, const chrLexPattern *p, chrCMatch *m) {
    int star = -1;
    for (uint32_t k = 0; k < p->n_elem; k++)
        if (s->lex->elems[p->first_elem + k].role == CHR_ROLE_VERB) star = (int)k;
    if (star < 0) return 0;
    int v = f->verb;
    /* lower part: after the verb, forwards; upper part: before it, backwards */
    if (!order_side(s, p, star + 1, (int)p->n_elem, 1, v + 1, m)) return 0;
    if (!order_side(s, p, star - 1, -1, -1, v - 1, m)) return 0;
    return 1;
}

/* ---- choosing ---- */

static int extra_words_fit(const chrSent *s, int v, uint32_t extra) {
    const chrLexPhrase *p = &s->lex->phrases[extra];
    if (chrCoder_wordsBefore(s, v) == (int)p->n) return 1; /* "WIRE_+TAP": they come first */
    int pos = v + 1;
    for (uint32_t k = 0; k < p->n; k++) {
        chrLexId w = s->lex->words[p->first + k];
        int found = -1;
        for (int j = pos; j < s->n && j <= v + 6 && found < 0; j++)
            if (word_is(s, j, w) && (s->t[j].head == v || chrCoder_inSubtree(s, j, v))) found = j;
        if (found < 0) return 0;
        pos = found + 1;
    }
    return 1;
}

static void try_block(const chrSent *s, const chrFrame *f, uint32_t b, int bonus, chrCMatch *best) {
    const chrLexBlock *blk = &s->lex->blocks[b];
    for (uint32_t k = 0; k < blk->n_patterns; k++) {
        const chrLexPattern *p = &s->lex->patterns[blk->first_pattern + k];
        if (p->code.kind == CHR_CODE_COMPLEX) continue; /* "+++" codes nothing; the others decide */
        chrCMatch m = {p, 0, -1, -1, -1, -1, -1};
        int ok = !p->n_elem || (p->order ? order_fits(s, f, p, &m) : frame_fits(s, f, p, &m));
        if (!ok) continue;
        m.weight = (int)p->n_elem + bonus;
        if (p->order && p->n_elem) m.weight--; /* the verb's own position is no evidence */
        if (!best->p || m.weight > best->weight || (m.weight == best->weight && p < best->p)) *best = m;
    }
}

void chrCoder_match(const chrSent *s, const chrFrame *f, int noun, chrCMatch *best) {
    memset(best, 0, sizeof *best);
    best->src = best->tgt = best->both = best->cover_lo = best->cover_hi = -1;
    int v = f->verb;
    /* the word as written first: a word-order dictionary may list a form
     * as a verb of its own ("LEFT [032:033]" beside "LEAVE [012]"), and an
     * irregular form may have its own block ("--- MET [031:032] ---") */
    chrLexId keys[2] = {s->t[v].form, s->t[v].lemma};
    for (int ki = 0; ki < 2; ki++) {
        if (!keys[ki] || (ki == 1 && keys[1] == keys[0])) continue;
        for (uint32_t fi = chrLex_forms(s->lex, keys[ki]); fi; fi = s->lex->forms[fi].next) {
            const chrLexForm *form = &s->lex->forms[fi];
            if (s->lex->blocks[form->block].noun != (uint8_t)noun) continue;
            int bonus = 0;
            if (form->extra != UINT32_MAX) {
                if (!extra_words_fit(s, v, form->extra)) continue;
                bonus = (int)s->lex->phrases[form->extra].n;
            }
            try_block(s, f, form->block, bonus, best);
        }
        if (best->p) return; /* the form found patterns: the lemma adds nothing */
    }
}
