/*
 * coder.c - events from matched patterns: actors of the pattern's slots (or
 * subject and object by default), compound actors, paired codes, negation,
 * verb-on-verb combination and pass-through (the steps in coder_combine.c),
 * light verbs with event nouns,
 * discards, one event per verb phrase for word-order (PETRARCH-1)
 * dictionaries, and one event per (date, source, target, code) per document.
 * See coder.h for the whole procedure.
 */
#include "event/coder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "event/cameo.h"
#include "event/coder_work.h"
#include "extract/timex_anchor.h"

#define MAX_RECIPROCAL 5 /* members of a compound that act upon each other pair by pair */

typedef struct docEvents {
    chr_event *v;
    size_t n, cap;
} docEvents;

static void evidence(const chrSent *s, int v, int far, uint32_t *st, uint32_t *en) {
    *st = s->tok[v].start;
    *en = s->tok[v].end;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if (r == R_AUX || r == R_AUXPASS || r == R_NEG || r == R_COMPOUNDPRT ||
            (r == R_ADVMOD && c == v - 1)) {
            if (s->tok[c].start < *st) *st = s->tok[c].start;
            if (s->tok[c].end > *en) *en = s->tok[c].end;
        }
    }
    if (far >= 0 && far < s->n && s->tok[far].end > *en && far > v) *en = s->tok[far].end;
}

static void push(sentWork *w, int owner, const chrCActor *src, const chrCActor *tgt, const char *code,
                 uint32_t flags, const chrLexPattern *p, int far) {
    code = chrCoder_seizedPlace(tgt, code);
    if (w->npend >= MAX_PENDING || chrCoder_cityAsPlace(src, tgt, code) || chrCoder_sameBody(src, tgt) ||
        chrCoder_noVisit(src, tgt, code) || chrCoder_peopleTravel(&w->s, src, tgt, code) ||
        chrCoder_releasedTarget(&w->s, tgt, code) || (src && tgt && src->code[0] && chrCoder_ownCountry(src, tgt)) ||
        chrCoder_ownSanction(src, code, tgt) || chrCoder_mediaParty(src, tgt, code))
        return;
    pend *e = &w->pend[w->npend++];
    memset(e, 0, sizeof *e);
    e->owner = owner;
    e->alive = 1;
    if (src) e->src = *src;
    if (tgt) e->tgt = *tgt;
    code_copy(e->code, code);
    e->flags = flags;
    e->p = p;
    evidence(&w->s, owner, far, &e->ev_start, &e->ev_end);
}

/* Has a predicate inside clause c coded an event with source and target already? */
static int clause_coded(const sentWork *w, int c) {
    for (int i = 0; i < w->npend; i++)
        if (w->pend[i].alive && w->pend[i].code[0] && w->pend[i].src.code[0] && w->pend[i].tgt.code[0] &&
            chrCoder_inSubtree(&w->s, w->pend[i].owner, c)) return 1;
    return 0;
}

/* New actors where the source or target phrase names none: the subject's
 * uncoded conjuncts; the pattern's target, else the object, else the first
 * oblique. */
static void new_actors(const sentWork *w, int stok, int ttok, const chrFrame *tf, chrCActors *src,
                       chrCActors *tgt) {
    const chrSent *s = &w->s;
    int len = w->opts->new_actor_length;
    if (stok >= 0) chrActors_newActors(s, stok, len, src);
    if (tgt->n) return;
    if (ttok < 0) ttok = tf->obj;
    if (ttok < 0)
        for (int i = 0; i < tf->npreps; i++)
            if (ttok < 0 || tf->preps[i].tok < ttok) ttok = tf->preps[i].tok;
    if (ttok >= 0) chrActors_newActors(s, ttok, len, tgt);
}

/* A lexicon's 'cooperation :' lines list the code prefixes the rule below
 * applies to ("X and Y met": 04, but not "backed by X and Y": 051); without
 * them, PETRARCH2's roots 03-06. */
static int cooperation_code(const chrLex *lex, const char *code) {
    if (!lex->coop_listed) return code[0] == '0' && code[1] >= '3' && code[1] <= '6';
    for (size_t n = strlen(code); n >= 2; n--) {
        chrLexId id = chrLex_find(lex, code, n);
        if (id && (lex->wordflags[id] & CHR_WORD_COOP)) return 1;
    }
    return 0;
}

/* PETRARCH2's cooperation rule: a compound subject whose verb names no
 * target and codes cooperation (CAMEO roots 03-06: "Gondor and Osgiliath
 * renewed ties", "A and B agree that ...") also gives every ordered pair of
 * its members. Only members from different conjuncts pair up. */
static void cooperation(sentWork *w, int v, const chrCActors *src, const char *code, uint32_t flags,
                        const chrLexPattern *p) {
    if (src->n < 2 || src->n > MAX_RECIPROCAL || !cooperation_code(w->s.lex, code) || chrCoder_gathering(src, code))
        return;
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < src->n; j++)
            if (src->a[i].tok != src->a[j].tok && strcmp(src->a[i].code, src->a[j].code) != 0)
                push(w, v, &src->a[i], &src->a[j], code, flags, p, -1);
}

/* v is a relative clause about a person or body: its subject is "who". */
static int who_clause(const chrSent *s, int v) {
    static const char *const who[] = {"who", NULL};
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if ((s->t[c].rel == R_NSUBJ || s->t[c].rel == R_NSUBJPASS) && chrCoder_formIn(s, c, who)) return 1;
    }
    return 0;
}

/* Emits the events of one coded predicate (code src->tgt, code2 reversed). */
static void emit(sentWork *w, int v, const chrFrame *f, const chrFrame *tf, const chrCMatch *m,
                 const char *code, const char *code2, uint32_t flags) {
    const chrSent *s = &w->s;
    chrCActors src = {0}, tgt = {0};
    int far = -1;
    if (m->both >= 0 && m->p && m->p->order && m->both > v && m->src < 0 && m->tgt < 0 && f->subj >= 0) {
        /* "* WITH %" after a subject naming someone: the subject acts on
         * each member ("Eriador agrees with the Philippines and France") */
        chrActors_ofPhrase(s, f->subj, &src);
        if (src.n) {
            chrActors_ofPhrase(s, m->both, &tgt);
            for (int i = 0; i < src.n; i++)
                for (int j = 0; j < tgt.n; j++)
                    if (code[0] && strcmp(src.a[i].code, tgt.a[j].code) != 0)
                        push(w, v, &src.a[i], &tgt.a[j], code, flags, m->p, m->both);
            return;
        }
    }
    if (m->both >= 0) {
        chrCActors both;
        chrActors_ofPhrase(s, m->both, &both);
        /* a list of many ("the countries signing are Norway, the United
         * States, Indonesia, ...") acts together, not pair by pair */
        if (both.n > MAX_RECIPROCAL || chrCoder_gathering(&both, code)) both.n = 0;
        for (int i = 0; i < both.n; i++)
            for (int j = 0; j < both.n; j++) {
                if (i == j || strcmp(both.a[i].code, both.a[j].code) == 0) continue;
                if (code[0]) push(w, v, &both.a[i], &both.a[j], code, flags, m->p, m->both);
            }
        if (m->src < 0 && m->tgt < 0) return;
    }
    int stok = m->src >= 0 ? m->src : f->subj;
    /* "a collision ... killed four people": violence (18-20) needs an agent */
    if (((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0')) && chrCoder_mishap(s, stok)) return;
    /* "noted that + *": a pattern that makes the subject the target leaves
     * the source to the clause above; not when the verb hangs on its
     * subject as an active participle or a "who" clause ("the bomber who
     * killed three women", "troops arrested three militants" read as a noun
     * and its participle), where the target is inside the subject's phrase
     * (a passive one, "the provinces where 1,700 people were killed", has
     * no agent in the noun; a "which" clause mostly hangs on an event or a
     * place: "the Bali bombings which killed 202 people"); nor when the verb
     * is a passive clause on its target ("the Lebanese killed by Israeli
     * shelling", "X, who was killed by police"), whose agent lies inside the
     * target's phrase */
    if (m->src < 0 && m->tgt >= 0 && stok >= 0 &&
        (f->passive || !chrCoder_inSubtree(s, v, stok) || (s->t[v].rel == R_RELCL && !who_clause(s, v))) &&
        !(f->passive && chrCoder_inSubtree(s, v, m->tgt) && chrCoder_inSubtree(s, stok, v)) &&
        (chrCoder_inSubtree(s, stok, m->tgt) || chrCoder_inSubtree(s, m->tgt, stok)))
        stok = chrCoder_governingSubject(s, v);
    if (stok >= 0) chrActors_ofPhrase(s, stok, &src);
    if (!src.n && m->src < 0 && m->p && m->p->order) chrCoder_firstActorBefore(s, v, m->tgt, &src);
    if (m->tgt >= 0 && m->tgt == f->ccomp) {
        /* "ccomp:@": "X said Y would ...", the named subject of the clause;
         * a speaker telling what its own country's people or bodies do
         * ("the US embassy said the US military is ...") addresses no one */
        far = chrCoder_clauseSubject(s, m->tgt, &tgt);
        /* and a speaker of no known country ("the foreign minister said
         * Pakistan ...") mostly speaks of its own */
        int named = 0;
        for (int i = 0; i < src.n; i++) named |= strncmp(src.a[i].code, "---", 3) != 0;
        int kept = 0;
        for (int j = 0; j < tgt.n && named; j++) {
            int own = 0;
            for (int i = 0; i < src.n; i++) {
                size_t n = strncmp(src.a[i].code, "IGO", 3) == 0 ? 6 : 3; /* IGOEEC is no IGOEBR */
                own |= strncmp(src.a[i].code, "---", 3) != 0 && strlen(src.a[i].code) >= n &&
                       strncmp(src.a[i].code, tgt.a[j].code, n) == 0;
            }
            if (!own) tgt.a[kept++] = tgt.a[j];
        }
        tgt.n = kept;
    } else if (m->tgt >= 0) {
        chrActors_ofPhrase(s, m->tgt, &tgt);
        far = m->tgt;
        if (m->tgt == tf->obj) chrCoder_byAgent(s, m->tgt, &tgt); /* "rejected the occupation of Y by X" */
    } else if (m->both < 0) {
        if (tf->obj >= 0) chrActors_ofPhrase(s, tf->obj, &tgt);
        if (tgt.n) far = tf->obj;
        /* a meeting (CAMEO 04) is held with its partners, not with what it
         * is about ("a conference regarding Sri Lanka", "talks to discuss
         * the demand by Hezbollah"): no topic phrase, clause or purpose */
        int meeting = code[0] == '0' && code[1] == '4';
        if (!tgt.n) far = meeting ? chrCoder_firstPartyPrep(s, tf, &tgt) : chrCoder_firstActorPrep(s, tf, &tgt);
        if (!tgt.n && tf != f) far = meeting ? chrCoder_firstPartyPrep(s, f, &tgt) : chrCoder_firstActorPrep(s, f, &tgt);
        if (!tgt.n && tf->iobj >= 0) chrActors_ofPhrase(s, tf->iobj, &tgt);
        /* statements, promises, assurances: the actor the clause is about */
        int cl = tf->ccomp >= 0 ? tf->ccomp : chrCoder_nounClause(s, tf->obj);
        /* (not when the clause codes an event of its own: PETRARCH then
         * drops the saying verb's event, whose target would be an event) */
        if (!tgt.n && cl >= 0 && !meeting && !clause_coded(w, cl)) far = chrCoder_clauseActors(s, cl, &tgt);
        if (!tgt.n && m->p && m->p->order) far = chrCoder_firstActorAfter(s, v, &tgt);
        if (!tgt.n) far = meeting ? chrCoder_partnerTargets(s, tf, &tgt) : chrCoder_moreTargets(s, tf, &tgt);
    }
    if (tgt.n && m->tgt < 0 && chrCoder_topicTarget(s, f, tf, code, far)) tgt.n = 0; /* spoken of, not to */
    if (m->both >= 0) { /* "% ... +": the compound is the source */
        chrActors_ofPhrase(s, m->both, &src);
    }
    if (w->opts->new_actor_length > 0 && m->both < 0) new_actors(w, stok, m->tgt, tf, &src, &tgt);
    chrCActor none = {"", 0, 0, -1, 0, 0, 0};
    if (!tgt.n && m->tgt < 0 && m->both < 0) cooperation(w, v, &src, code, flags, m->p);
    /* one actor acting upon a list of many ("Tanzania has joined Burundi,
     * Egypt, ... and Uganda in the Games", "claims over the region by
     * Australia, Argentina, Chile, France, New Zealand and the UK") is no
     * act upon each: the list is a group, a place or a topic */
    if (src.n <= 1 && tgt.n > MAX_RECIPROCAL) return;
    int ns = src.n ? src.n : 1, nt = tgt.n ? tgt.n : 1;
    /* "met with visiting Minister X": X is the guest, the subject the host */
    int guest_obj = far == tf->obj && chrCoder_visitorParticiple(s, v, tf->obj);
    for (int i = 0; i < ns; i++) {
        for (int j = 0; j < nt; j++) {
            const chrCActor *a = src.n ? &src.a[i] : &none, *b = tgt.n ? &tgt.a[j] : &none;
            if (guest_obj) {
                const chrCActor *t = a;
                a = b;
                b = t;
            }
            if (a->code[0] && (strcmp(a->code, b->code) == 0 || chrCoder_ownCountry(a, b) || chrCoder_ownSide(s, b)))
                continue;
            if (code[0]) push(w, v, a, b, code, flags, m->p, far);
            if (code2 && code2[0]) push(w, v, b, a, code2, flags, m->p, far);
        }
    }
}

static void negate_or_keep(const sentWork *w, const chrLexCode *c, int negated, const char **code,
                           const char **code2, uint32_t *flags) {
    const chrLex *lex = w->s.lex;
    *code = chrLex_str(lex, c->code);
    *code2 = c->code2 ? chrLex_str(lex, c->code2) : NULL;
    *flags = 0;
    if (!negated) return;
    if (c->negated) {
        *code = chrLex_str(lex, c->negated);
        *code2 = NULL;
    } else if (w->opts->keep_negated) {
        *flags = CHR_EVENT_NEGATED;
    } else {
        *code = "";
        *code2 = NULL;
    }
}

/* Events of a condition ("if China invaded Taiwan") or of its unreal
 * consequence did not happen. */
static void drop_conditional(sentWork *w, int v) {
    if (!chrCoder_conditional(&w->s, v) && !chrCoder_aimOnly(&w->s, v) && !chrCoder_advisedAgainst(&w->s, v)) return;
    for (int i = 0; i < w->npend; i++)
        if (w->pend[i].owner == v) w->pend[i].alive = 0;
}

static int predicate(const chrSent *s, int v) {
    uint8_t u = s->t[v].upos;
    if (u == CHR_UPOS_VERB) return 1;
    if (u == CHR_UPOS_ADJ || u == CHR_UPOS_NOUN) {
        for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++)
            if (s->t[s->kids[k]].rel == R_COP && u == CHR_UPOS_ADJ) return 1;
    }
    return 0;
}

static void apply_auxes(sentWork *w, int v, const chrFrame *f, int first_new) {
    const chrLex *lex = w->s.lex;
    const chrSent *s = &w->s;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel != R_AUX) continue;
        for (size_t a = 0; a < lex->n_auxes; a++) {
            if (lex->auxes[a].lemma != s->t[c].lemma && lex->auxes[a].lemma != s->t[c].form) continue;
            const chrLexCode *code = &lex->auxes[a].code;
            for (int i = first_new; i < w->npend; i++) {
                pend *e = &w->pend[i];
                if (!e->alive || e->owner != v) continue;
                if (code->kind == CHR_CODE_COMBINE) {
                    chrLexId inner = chrLex_find(lex, e->code, strlen(e->code));
                    chrLexId to = inner ? chrLex_combine(lex, code->table, inner) : CHR_LEX_NONE;
                    if (to) code_copy(e->code, chrLex_str(lex, to));
                    else e->alive = 0;
                } else if (code->kind == CHR_CODE_NULL) {
                    e->alive = 0;
                }
            }
            (void)f;
            return;
        }
    }
}

/* Pattern p says what the object is (a word or a set, not "obj:*"): then
 * a light verb codes as itself ("gave aid to"), else its event noun may
 * ("gave a warning to"). */
static int names_object(const chrLex *lex, const chrLexPattern *p) {
    for (uint32_t k = 0; k < p->n_elem; k++) {
        const chrLexElem *e = &lex->elems[p->first_elem + k];
        if (e->role == CHR_ROLE_OBJ && e->value != CHR_VAL_ANY) return 1;
    }
    return 0;
}

/* Codes predicate v; returns 1 when the sentence is to be discarded. */
static int code_predicate(sentWork *w, int v) {
    const chrSent *s = &w->s;
    const chrLex *lex = s->lex;
    chrFrame f, nf;
    chrCoder_frame(s, v, &f);
    chrCMatch m;
    chrCoder_match(s, &f, 0, &m);
    const chrFrame *tf = &f;
    /* light verb + event noun: "provided assurances", "carried out an attack" */
    if ((!m.p || m.weight == 0 || !names_object(lex, m.p)) && f.obj >= 0 && s->t[v].lemma &&
        (lex->wordflags[s->t[v].lemma] & CHR_WORD_LIGHT)) {
        chrCoder_frame(s, f.obj, &nf);
        chrCMatch nm;
        chrCoder_match(s, &nf, 1, &nm);
        if (nm.p && nm.p->code.kind == CHR_CODE_EVENT) {
            m = nm;
            nf.subj = f.subj;
            nf.negated = f.negated;
            tf = &nf;
        }
    }
    if (!m.p) return 0;
    /* a word-order pattern that spells out the negation ("WILL NOT *",
     * "&NEGATVAUXVRB * OVER EFFORTS") codes the negated verb as it stands */
    if (f.negated && m.p->order && f.neg_tok >= m.cover_lo && f.neg_tok <= m.cover_hi) f.negated = 0;
    /* PETRARCH-1 reads a passive as one only with its "by" agent: without
     * one, a word-order dictionary's verb has its surface subject as source
     * ("The Philippines was criticized over its dispute with Eriador") */
    if (m.p->order && f.passive && f.subj < 0 && f.obj >= 0 && tf == &f) {
        f.subj = f.obj;
        f.obj = -1;
        f.passive = 0;
    }
    const chrLexCode *c = &m.p->code;
    chrLexCode general = {CHR_CODE_EVENT, CHR_LEX_NONE, CHR_LEX_NONE, CHR_LEX_NONE, CHR_LEX_NONE, 0};
    const char *code, *code2;
    uint32_t flags;
    int first_new = w->npend, fallback = 0;
    switch (c->kind) {
    case CHR_CODE_DISCARD:
        return 1;
    case CHR_CODE_NULL:
        chrCoder_dropComplements(w, &f, m.p);
        return 0;
    case CHR_CODE_PASS:
        chrCoder_combine(w, v, &f, CHR_LEX_NONE, f.negated, -1);
        drop_conditional(w, v);
        return 0;
    case CHR_CODE_COMBINE:
        if (chrCoder_combine(w, v, &f, c->table, f.negated, chrCoder_addressee(s, &f, &m))) {
            drop_conditional(w, v);
            return 0;
        }
        /* nothing to combine: the block's bare code, if it has one; else,
         * for an act addressed to someone ("called for people to show common
         * sense"), the table's general code ("appeal * => 020") */
        {
            const chrLexBlock *b = &lex->blocks[m.p->block];
            const chrLexPattern *bare = &lex->patterns[b->first_pattern];
            if (chrCoder_passiveComplement(s, f.xcomp >= 0 ? f.xcomp : f.ccomp)) return 0;
            if (bare->code.kind == CHR_CODE_EVENT) {
                m.p = bare;
                c = &bare->code;
                fallback = m.tgt < 0 && m.both < 0;
            } else {
                /* (a verb complement: "calling Saddam's execution illegal" names, it appeals not) */
                int act = f.xcomp >= 0 ? f.xcomp : f.ccomp;
                general.code = m.tgt >= 0 && m.tgt != f.ccomp && act >= 0 && s->t[act].upos == CHR_UPOS_VERB
                                   ? chrCoder_tableDefault(lex, c->table)
                                   : CHR_LEX_NONE;
                if (!general.code) return 0;
                c = &general;
            }
        }
        /* fall through */
    case CHR_CODE_EVENT:
        /* a statement about a clause's actor: the clause is coded on its own */
        if (m.tgt >= 0 && m.tgt == f.ccomp) chrCoder_speakerFills(w, &f);
        chrCoder_dropComplements(w, &f, m.p);
        negate_or_keep(w, c, f.negated, &code, &code2, &flags);
        emit(w, v, &f, tf, &m, code, code2, flags);
        if (fallback) chrCoder_dropIntentRoles(w, v, first_new);
        chrCoder_dropHostileIntents(w, v, f.subj, first_new);
        chrCoder_dropDomestic(w, v, first_new);
        if (m.both < 0) chrCoder_dropDescribedTargets(w, v, tf->obj, m.tgt, first_new);
        apply_auxes(w, v, &f, first_new);
        drop_conditional(w, v);
        return 0;
    default:
        return 0;
    }
}

/* "X said during his visit to Y", "X told reporters after talks with Y",
 * "at a meeting with Y", "arrived for a visit to Y": a visit, talks or a
 * meeting (an event noun coding CAMEO 04 with a partner it names) that is the
 * setting or purpose of a verb is an act of the verb's subject, unless the
 * noun names its own ("during Bush's visit"). Settings of other kinds
 * ("during an attack on Y") do not say who acted. Only for frame
 * dictionaries (chronicle's and PETRARCH2's). */
static int codes_visit(const chrLex *lex, chrLexId lemma) {
    for (uint32_t fi = lemma ? chrLex_forms(lex, lemma) : 0; fi; fi = lex->forms[fi].next) {
        const chrLexBlock *b = &lex->blocks[lex->forms[fi].block];
        for (uint32_t p = 0; p < b->n_patterns; p++) {
            const chrLexCode *c = &lex->patterns[b->first_pattern + p].code;
            if (c->kind == CHR_CODE_EVENT && strncmp(chrLex_str(lex, c->code), "042", 3) == 0) return 1;
        }
    }
    return 0;
}

static void setting_events(sentWork *w, int v, const chrFrame *f) {
    static const char *const settings[] = {"during", "on", "at", "after", "in", NULL};
    static const char *const purpose[] = {"for", NULL};
    const chrSent *s = &w->s;
    if (s->t[v].upos != CHR_UPOS_VERB) return;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int n = s->kids[k], c = -1;
        if (s->t[n].rel != R_OBL || s->t[n].upos != CHR_UPOS_NOUN) continue;
        for (int j = s->kid_first[n]; j < s->kid_first[n + 1]; j++)
            if (s->t[s->kids[j]].rel == R_CASE) c = s->kids[j];
        /* ("for talks with Y" is a purpose only of a verb of travel: not "paved the way for
         * a meeting", "invited Y for a visit") */
        if (c < 0 || !(chrCoder_formIn(s, c, settings) ||
                       (chrCoder_formIn(s, c, purpose) && codes_visit(s->lex, s->t[v].lemma))))
            continue;
        chrFrame nf;
        chrCoder_frame(s, n, &nf);
        chrCMatch nm;
        chrCoder_match(s, &nf, 1, &nm);
        if (!nm.p || nm.p->order || nm.p->code.kind != CHR_CODE_EVENT || (nm.tgt < 0 && nm.both < 0)) continue;
        const char *code, *code2;
        uint32_t flags;
        negate_or_keep(w, &nm.p->code, 0, &code, &code2, &flags);
        if (strncmp(code, "04", 2) != 0) continue;
        nf.subj = f->subj;
        emit(w, n, &nf, &nf, &nm, code, code2, flags);
    }
}

static int subordinate(const pend *e) { return e->p && e->p->code.prio == CHR_CODE_PRIO_SUBORD; }

/* Codes marked "?" ("023?") stand only when nothing else in the sentence
 * is coded. */
static void drop_subordinate(sentWork *w) {
    int other = 0;
    for (int i = 0; i < w->npend; i++) other |= w->pend[i].alive && !subordinate(&w->pend[i]);
    if (!other) return;
    for (int i = 0; i < w->npend; i++)
        if (subordinate(&w->pend[i])) w->pend[i].alive = 0;
}

/* PETRARCH-1 and TABARI dictionaries describe one event per verb phrase: a
 * verb that a word-order pattern coded takes its whole phrase, and events of
 * the verbs inside it ("restore ties with Gondor after crowds burned down
 * its embassy") are dropped. Verbs of conjoined or paratactic clauses keep
 * theirs. */
static void one_event_per_phrase(sentWork *w) {
    const chrSent *s = &w->s;
    for (int i = 0; i < w->npend; i++) {
        const pend *o = &w->pend[i];
        if (!o->alive || !o->p || !o->p->order) continue;
        /* the phrase of a complement is its governor's ("is about to restore
         * ties ... after crowds burned down its embassy") */
        int top = chrCoder_phraseTop(s, o->owner);
        for (int j = 0; j < w->npend; j++) {
            pend *e = &w->pend[j];
            if (!e->alive || e->owner == o->owner || chrCoder_inSubtree(s, o->owner, e->owner) ||
                !chrCoder_inSubtree(s, e->owner, top))
                continue;
            if (!chrCoder_leavesPhrase(s, e->owner, top)) e->alive = 0;
        }
    }
}

static int depth_of(const chrSent *s, int i) {
    int d = 0;
    while (s->t[i].head >= 0 && d < s->n) {
        i = s->t[i].head;
        d++;
    }
    return d;
}

/* Codes sentence si into w->pend; returns 1 sentence discarded, 2 story
 * discarded, -1 not parsed, 0 otherwise. */
static int code_sentence(sentWork *w, const chrLex *lex, const chr_doc *doc, const chr_sentence *sent) {
    w->npend = 0;
    int parsed = chrCoder_loadSentence(&w->s, lex, doc, sent) == 0;
    int d = chrActors_discard(&w->s); /* discards need words only */
    if (d) return d;
    if (!parsed) return -1;
    const chrSent *s = &w->s;
    int order[CHR_CODER_MAX_TOKENS], depth[CHR_CODER_MAX_TOKENS], n = 0;
    for (int i = 0; i < s->n; i++) {
        if (!predicate(s, i)) continue;
        depth[i] = depth_of(s, i);
        /* deeper first: complements before their governors */
        int k = n++;
        while (k > 0 && depth[order[k - 1]] < depth[i]) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = i;
    }
    for (int k = 0; k < n; k++) {
        if (code_predicate(w, order[k])) {
            w->npend = 0;
            return 1;
        }
        chrFrame f;
        chrCoder_frame(s, order[k], &f);
        setting_events(w, order[k], &f);
    }
    drop_subordinate(w);
    one_event_per_phrase(w);
    return 0;
}

static int same_date(chr_date a, chr_date b) { return a.year == b.year && a.month == b.month && a.day == b.day; }

/* The event's date: the time expression governing the clause of the
 * predicate that coded it (the predicate's subtree), else the document's. */
static chr_date event_date(const chr_doc *doc, const sentWork *w, const pend *e, size_t si) {
    const chrSent *s = &w->s;
    chr_date d = doc->date;
    if (e->owner < 0 || e->owner >= s->n) return d;
    int lo = e->owner, hi = e->owner;
    for (int i = 0; i < s->n; i++)
        if (chrCoder_inSubtree(s, i, e->owner)) {
            if (i < lo) lo = i;
            if (i > hi) hi = i;
        }
    size_t first = doc->sentences[si].first;
    chr_date got;
    if (chrTimexAnchor_eventDate(doc, si, first + (size_t)lo, first + (size_t)hi + 1, &got, NULL) >= 0) d = got;
    return d;
}

static int add_event(chr_doc *doc, docEvents *out, const sentWork *w, const pend *e, size_t si,
                     const chrCoderOptions *opts) {
    chr_date date = event_date(doc, w, e, si);
    const char *sc = e->src.code[0] ? e->src.code : "---";
    const char *tc = e->tgt.code[0] ? e->tgt.code : "---";
    if (!opts->allow_monadic && (!e->src.code[0] || !e->tgt.code[0])) return CHR_OK;
    /* an actor acting upon itself ("the MILF, which had refused to join the
     * negotiations": the joining's source filled in from the governor) */
    if (e->src.code[0] && strcmp(e->src.code, e->tgt.code) == 0) return CHR_OK;
    if (chrCoder_ownCommand(&e->src, e->code, &e->tgt) || chrCoder_ownAppeal(&e->src, e->code, &e->tgt)) return CHR_OK;
    if (!opts->all_duplicates) {
        for (size_t i = 0; i < out->n; i++) {
            const chr_event *x = &out->v[i];
            if (same_date(x->date, date) && strcmp(x->source.code, sc) == 0 &&
                strcmp(x->target.code, tc) == 0 && strcmp(x->code, e->code) == 0)
                return CHR_OK;
        }
    }
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        chr_event *v = realloc(out->v, cap * sizeof *v);
        if (!v) return CHR_ENOMEM;
        out->v = v;
        out->cap = cap;
    }
    chr_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->sentence = (uint32_t)si;
    ev->date = date;
    const chrCActor *act[2] = {&e->src, &e->tgt};
    chr_actor *dst[2] = {&ev->source, &ev->target};
    const char *codes[2] = {sc, tc};
    for (int k = 0; k < 2; k++) {
        dst[k]->code = chrArena_strdup(&doc->arena, codes[k]);
        dst[k]->start = act[k]->start;
        dst[k]->end = act[k]->end;
        dst[k]->entity = -1;
        dst[k]->text = act[k]->code[0] && act[k]->end > act[k]->start && act[k]->end <= doc->len
                           ? chrArena_strndup(&doc->arena, doc->text + act[k]->start, act[k]->end - act[k]->start)
                           : chrArena_strdup(&doc->arena, "");
        if (!dst[k]->code || !dst[k]->text) return CHR_ENOMEM;
    }
    code_copy(ev->code, e->code);
    int quad;
    double g;
    chrCameo_describe(e->code, ev->root, &quad, &g);
    ev->quad = quad;
    ev->goldstein = g;
    ev->evidence_start = e->ev_start;
    ev->evidence_end = e->ev_end;
    ev->flags = e->flags;
    if (e->p) {
        const chrLex *lex = w->s.lex;
        const char *file = e->p->origin.file < lex->n_files ? lex->files[e->p->origin.file] : "?";
        const char *base = strrchr(file, '/');
        char buf[256];
        snprintf(buf, sizeof buf, "%s:%u", base ? base + 1 : file, e->p->origin.line);
        ev->pattern = chrArena_strdup(&doc->arena, buf);
    }
    out->n++;
    return CHR_OK;
}

int chrCoder_codeDoc(const chrLex *lex, const chrCoderOptions *opts, chr_doc *doc, chrCoderStats *stats) {
    static const chrCoderOptions defaults = {0};
    if (!opts) opts = &defaults;
    chrCoderStats st = {0};
    doc->events = NULL;
    doc->nevents = 0;
    sentWork *w = malloc(sizeof *w);
    if (!w) return CHR_ENOMEM;
    w->opts = opts;
    docEvents out = {0};
    int rc = CHR_OK;
    for (size_t si = 0; si < doc->nsentences && rc == CHR_OK; si++) {
        int r = code_sentence(w, lex, doc, &doc->sentences[si]);
        if (r < 0) continue;
        st.sentences++;
        if (r == 2) {
            st.story_discarded = 1;
            st.discarded_sentences++;
            out.n = 0;
            break;
        }
        if (r == 1) {
            st.discarded_sentences++;
            continue;
        }
        for (int i = 0; i < w->npend && rc == CHR_OK; i++)
            if (w->pend[i].alive) rc = add_event(doc, &out, w, &w->pend[i], si, opts);
    }
    free(w);
    if (rc == CHR_OK && out.n) {
        doc->events = chrArena_alloc(&doc->arena, out.n * sizeof *doc->events);
        if (!doc->events) rc = CHR_ENOMEM;
        else {
            memcpy(doc->events, out.v, out.n * sizeof *doc->events);
            doc->nevents = out.n;
        }
    }
    free(out.v);
    if (stats) *stats = st;
    return rc;
}
