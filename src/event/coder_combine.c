/*
 * coder_combine.c - verb-on-verb: the events of a complement become the
 * governing verb's ("decided to allow", "urged Y to free ..."), mapped
 * through a combination table, addressed to the one asked to act, with
 * the speaker as source of a reported clause about "he" or "it"; and a
 * pattern that names the complement drops the complement's own events.
 */
#include <string.h>

#include "event/coder_work.h"

/* The event owner x is the complement c or a verb conjoined with it
 * ("demanded that Hamas renounce violence and recognise Israel"). */
static int of_complement(const chrSent *s, int x, int c) {
    for (int depth = 0; x >= 0 && c >= 0 && depth < 8; depth++) {
        if (x == c) return 1;
        if (s->t[x].rel != R_CONJ) return 0;
        x = s->t[x].head;
    }
    return 0;
}

/* The complement c (before it is combined) acts through the governor's
 * subject: an open complement ("decided to allow"), or a clause whose
 * subject is a pronoun ("said it would send"). A reported passive ("the
 * military said two soldiers were killed") has another, unnamed agent. */
static int shares_subject(const chrSent *s, int c, const chrFrame *f) {
    if (c < 0 || c == f->verb || c == f->xcomp) return 1;
    chrFrame g;
    chrCoder_frame(s, c, &g);
    return chrCoder_personalPronoun(s, g.subj) && !g.passive;
}

/* "X urged Y to V", "X told Y to V": the combined act (an appeal, a demand)
 * is X's to the addressee Y that the pattern names ("obj:@ xcomp:*"), not
 * one between the complement's own actors ("urged Ethiopia to free the
 * prisoners" appeals to Ethiopia, not to the prisoners). Pending event i
 * is replaced by one event per source of X and actor of Y. */
static void readdress(sentWork *w, int i, const chrCActors *outer, const chrCActors *to) {
    pend e = w->pend[i];
    w->pend[i].alive = 0;
    chrCActor none = {.tok = -1};
    int ns = outer->n ? outer->n : 1;
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < to->n; b++) {
            const chrCActor *x = outer->n ? &outer->a[a] : &none, *y = &to->a[b];
            /* (nor to its own side: "directed their foreign secretaries to ...") */
            if (x->code[0] && (strcmp(x->code, y->code) == 0 || chrCoder_ownCountry(x, y))) continue;
            if (chrCoder_ownSide(&w->s, y) || chrCoder_ownCommand(x, e.code, y)) continue;
            if (w->npend >= MAX_PENDING) return;
            pend *n = &w->pend[w->npend++];
            *n = e;
            n->src = *x;
            n->tgt = *y;
        }
}

/* Verb-on-verb: the complement's pending events become the governor's,
 * their codes mapped through `table` (NONE = keep as they are), addressed to
 * the actors of token `addressee` when the pattern names one (-1: none).
 * Returns how many there were. */
int chrCoder_combine(sentWork *w, int v, const chrFrame *f, chrLexId table, int negated, int addressee) {
    const chrLex *lex = w->s.lex;
    int count = 0;
    chrCActors outer = {0}, to = {0};
    if (f->subj >= 0) chrActors_ofPhrase(&w->s, f->subj, &outer);
    if (addressee >= 0) chrActors_ofPhrase(&w->s, addressee, &to);
    int n0 = w->npend; /* (readdressed copies are appended after these) */
    for (int i = 0; i < n0; i++) {
        pend *e = &w->pend[i];
        if (!e->alive || (!of_complement(&w->s, e->owner, f->xcomp) && !of_complement(&w->s, e->owner, f->ccomp) &&
                          e->owner != v))
            continue;
        if (e->owner == v && table == CHR_LEX_NONE) continue;
        count++;
        if (table) {
            chrLexId inner = chrLex_find(lex, e->code, strlen(e->code));
            chrLexId to = inner ? chrLex_combine(lex, table, inner) : CHR_LEX_NONE;
            if (!to) {
                e->alive = 0;
                continue;
            }
            code_copy(e->code, chrLex_str(lex, to));
        }
        if (!e->src.code[0] && outer.n && shares_subject(&w->s, e->owner, f)) e->src = outer.a[0];
        /* an intent is the subject's own ("China is ready to join hands with
         * Bulgaria"): the paired code's reverse event (Bulgaria with China)
         * expresses nothing */
        if (table && strcmp(chrLex_str(lex, table), "intent") == 0 && outer.n && e->src.code[0] &&
            shares_subject(&w->s, e->owner, f)) {
            int own = 0;
            for (int k = 0; k < outer.n; k++) own |= strcmp(outer.a[k].code, e->src.code) == 0;
            if (!own) {
                e->alive = 0;
                continue;
            }
        }
        if (negated) {
            if (w->opts->keep_negated) e->flags |= CHR_EVENT_NEGATED;
            else e->alive = 0;
        }
        e->owner = v;
        if (to.n && e->alive) readdress(w, i, &outer, &to);
        /* asked of someone the lexicon does not know ("urged the Islamic
         * Republic to conform to the demands of the Security Council"): the
         * complement's own target is not the one asked */
        else if (addressee >= 0 && e->alive && table) e->alive = 0;
    }
    return count;
}

/* "X said (that) he would ...": events of the reported clause whose subject
 * is a third-person pronoun take the speaker as their source. A clause with
 * a subject of its own, or a passive without agent ("said 10 people were killed"), is
 * not the speaker's act and keeps no source. */
void chrCoder_speakerFills(sentWork *w, const chrFrame *f) {
    const chrSent *s = &w->s;
    chrCActors outer = {0};
    if (f->subj >= 0) chrActors_ofPhrase(s, f->subj, &outer);
    if (!outer.n) return;
    for (int i = 0; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (!e->alive || e->src.code[0] || !chrCoder_inSubtree(s, e->owner, f->ccomp)) continue;
        chrFrame g;
        chrCoder_frame(s, e->owner, &g);
        if (chrActors_thirdPerson(s, g.subj, 0) && !g.passive) e->src = outer.a[0];
    }
}

/* A pattern that names the complement (xcomp:*, ccomp:*) codes the whole
 * act with its own code ("hoped that X will ...", "denied that X ...",
 * "considered withdrawing"): the complement's events did not happen as
 * such and are dropped. */
void chrCoder_dropComplements(sentWork *w, const chrFrame *f, const chrLexPattern *p) {
    const chrLex *lex = w->s.lex;
    int names = 0;
    for (uint32_t k = 0; k < p->n_elem; k++) {
        uint8_t r = lex->elems[p->first_elem + k].role;
        /* ("ccomp:@", a statement about the clause's actor, keeps them) */
        names |= (r == CHR_ROLE_XCOMP || r == CHR_ROLE_CCOMP) && lex->elems[p->first_elem + k].slot == CHR_SLOT_NONE;
    }
    if (!names) return;
    for (int i = 0; i < w->npend; i++) {
        pend *e = &w->pend[i];
        if (e->alive && e->owner >= 0 && (of_complement(&w->s, e->owner, f->xcomp) || of_complement(&w->s, e->owner, f->ccomp)))
            e->alive = 0;
    }
}

/* Whom a verb-on-verb act is addressed to: the actor slot of its pattern
 * ("urged Y to ...": obj:@ xcomp:*), or for a pattern on a clause the
 * clause's own subject ("demanded that Israel withdraw", "requested that the
 * EC investigate"); -1 when none. */
int chrCoder_addressee(const chrSent *s, const chrFrame *f, const chrCMatch *m) {
    if (m->tgt >= 0 && m->tgt != f->ccomp) return m->tgt;
    /* "urged the Islamic Republic to conform": an object the lexicon does
     * not know is still the one asked to act */
    int open = 0;
    for (uint32_t k = 0; k < m->p->n_elem; k++) open |= s->lex->elems[m->p->first_elem + k].role == CHR_ROLE_XCOMP;
    if (open && !f->passive && f->xcomp >= 0 && (f->obj >= 0 || f->iobj >= 0)) return f->obj >= 0 ? f->obj : f->iobj;
    int names = 0;
    for (uint32_t k = 0; k < m->p->n_elem; k++) names |= s->lex->elems[m->p->first_elem + k].role == CHR_ROLE_CCOMP;
    if (!names || f->ccomp < 0) return -1;
    for (int k = s->kid_first[f->ccomp]; k < s->kid_first[f->ccomp + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel != R_NSUBJ || s->t[c].upos == CHR_UPOS_PRON) continue;
        chrCActors a;
        chrActors_ofPhrase(s, c, &a);
        return a.n ? c : -1;
    }
    return -1;
}

/* The code a combination table gives any inner code ("appeal * => 020"). */
chrLexId chrCoder_tableDefault(const chrLex *lex, chrLexId table) {
    for (size_t i = 0; i < lex->n_combines; i++)
        if (lex->combines[i].table == table && !lex->combines[i].from && !lex->combines[i].keep)
            return lex->combines[i].to;
    return CHR_LEX_NONE;
}
