/*
 * coder_frame.c - the sentence as the coder reads it, and the frame of a
 * predicate: subject (in a passive, the "by" agent), object (in a passive,
 * the passive subject), indirect object, obliques with their prepositions
 * (on the verb and on its object noun), clausal complements, negation, and
 * the subject a complement, conjoined or paratactic verb shares with its
 * governor.
 */
#include <string.h>

#include "event/coder_int.h"

static const struct { const char *name; uint8_t rel; } rels[] = {
    {"nsubj", R_NSUBJ},       {"nsubj:pass", R_NSUBJPASS}, {"nsubjpass", R_NSUBJPASS}, {"csubj", R_CSUBJ},
    {"obj", R_OBJ},           {"dobj", R_OBJ},             {"iobj", R_IOBJ},           {"obl", R_OBL},
    {"obl:agent", R_OBLAGENT}, {"nmod", R_NMOD},           {"nmod:poss", R_NMODPOSS},  {"case", R_CASE},
    {"xcomp", R_XCOMP},       {"ccomp", R_CCOMP},          {"conj", R_CONJ},           {"cc", R_CC},
    {"appos", R_APPOS},       {"amod", R_AMOD},            {"compound", R_COMPOUND},   {"compound:prt", R_COMPOUNDPRT},
    {"prt", R_COMPOUNDPRT},   {"flat", R_FLAT},            {"flat:name", R_FLAT},      {"name", R_FLAT},
    {"det", R_DET},           {"det:poss", R_NMODPOSS},    {"poss", R_NMODPOSS},       {"nummod", R_NUMMOD},
    {"aux", R_AUX},           {"aux:pass", R_AUXPASS},     {"auxpass", R_AUXPASS},     {"cop", R_COP},
    {"advmod", R_ADVMOD},     {"neg", R_NEG},              {"mark", R_MARK},           {"acl", R_ACL},
    {"acl:relcl", R_RELCL},   {"advcl", R_ADVCL},          {"punct", R_PUNCT},         {"parataxis", R_PARATAXIS},
    {"fixed", R_FIXED},       {"root", R_ROOT},            {"obl:tmod", R_OTHER},      {"nmod:tmod", R_OTHER},
    {"obl:npmod", R_OTHER},   {"nmod:npmod", R_OTHER},     {"compound:nn", R_COMPOUND}};

enum chrRel chrCoder_rel(const char *deprel) {
    if (!deprel) return R_OTHER;
    for (size_t i = 0; i < sizeof rels / sizeof *rels; i++) /* first letter first: this runs per token */
        if (rels[i].name[0] == deprel[0] && strcmp(rels[i].name, deprel) == 0) return (enum chrRel)rels[i].rel;
    /* subtypes not listed fall back to their main relation */
    const char *colon = strchr(deprel, ':');
    if (!colon) return R_OTHER;
    size_t n = (size_t)(colon - deprel);
    for (size_t i = 0; i < sizeof rels / sizeof *rels; i++)
        if (strlen(rels[i].name) == n && memcmp(rels[i].name, deprel, n) == 0) return (enum chrRel)rels[i].rel;
    return R_OTHER;
}

chrLexId chrCoder_findUpper(const chrLex *lex, const char *s) {
    if (!s) return CHR_LEX_NONE;
    char buf[256];
    size_t n = chrLex_upper(s, strlen(s), buf, sizeof buf);
    return n == (size_t)-1 ? CHR_LEX_NONE : chrLex_find(lex, buf, n);
}

int chrCoder_loadSentence(chrSent *s, const chrLex *lex, const chr_doc *doc, const chr_sentence *sent) {
    const chr_token *all = chr_doc_tokens(doc, NULL);
    s->lex = lex;
    s->doc = doc;
    s->tok = all + sent->first;
    s->n = sent->count > CHR_CODER_MAX_TOKENS ? CHR_CODER_MAX_TOKENS : (int)sent->count;
    int unparsed = 0;
    for (int i = 0; i < s->n; i++) {
        const chr_token *t = &s->tok[i];
        if (t->head < 0) unparsed = 1;
        chrCTok *c = &s->t[i];
        c->form = chrCoder_findUpper(lex, t->form);
        c->lemma = t->lemma ? chrCoder_findUpper(lex, t->lemma) : CHR_LEX_NONE;
        c->head = t->head >= 1 && t->head <= s->n ? t->head - 1 : -1;
        c->upos = t->upos;
        c->rel = (uint8_t)chrCoder_rel(t->deprel);
        if (c->head == i) c->head = -1;
    }
    chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repair(s)) chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repairMultiword(s)) chrCoder_linkKids(s);
    if (!unparsed) chrCoder_repairNames(s);
    if (!unparsed && chrCoder_repairPerfect(s)) chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repairVisiting(s)) chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repairVerbless(s)) chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repairClauseConj(s)) chrCoder_linkKids(s);
    if (!unparsed && chrCoder_repairSubjects(s)) chrCoder_linkKids(s);
    /* the words that negate: the lexicon's, else English defaults */
    s->n_neg_words = 0;
    for (size_t k = 0; k < lex->n_negators && s->n_neg_words < 16; k++) {
        const chrLexPhrase *p = &lex->phrases[lex->negators[k]];
        if (p->n == 1) s->neg_words[s->n_neg_words++] = lex->words[p->first];
    }
    if (!s->n_neg_words) {
        static const char *const deflt[] = {"NOT", "N'T", "NEVER", "NO"};
        for (size_t k = 0; k < 4; k++) {
            chrLexId id = chrLex_find(lex, deflt[k], strlen(deflt[k]));
            if (id) s->neg_words[s->n_neg_words++] = id;
        }
    }
    chr_date d = chr_doc_date(doc);
    s->ymd = d.year ? chrLex_ymd(d.year, d.month, d.day) : 0;
    return unparsed ? -1 : 0;
}

void chrCoder_linkKids(chrSent *s) {
    int counts[CHR_CODER_MAX_TOKENS + 1] = {0};
    for (int i = 0; i < s->n; i++)
        if (s->t[i].head >= 0) counts[s->t[i].head]++;
    s->kid_first[0] = 0;
    for (int i = 0; i < s->n; i++) s->kid_first[i + 1] = s->kid_first[i] + counts[i];
    int fill[CHR_CODER_MAX_TOKENS];
    for (int i = 0; i < s->n; i++) fill[i] = s->kid_first[i];
    for (int i = 0; i < s->n; i++)
        if (s->t[i].head >= 0) s->kids[fill[s->t[i].head]++] = i;
}

int chrCoder_inSubtree(const chrSent *s, int x, int root) {
    for (int depth = 0; x >= 0 && depth < s->n; depth++) {
        if (x == root) return 1;
        x = s->t[x].head;
    }
    return 0;
}

int chrCoder_phraseHead(const chrSent *s, int i) {
    for (int depth = 0; depth < 8; depth++) {
        int h = s->t[i].head;
        uint8_t r = s->t[i].rel;
        if (h < 0) break;
        if (r == R_COMPOUND || r == R_AMOD || r == R_FLAT || r == R_DET || r == R_NMODPOSS || r == R_NUMMOD ||
            r == R_CASE || r == R_FIXED || (r == R_NMOD && s->t[i].upos == CHR_UPOS_PROPN && h > i))
            i = h;
        else
            break;
    }
    return i;
}

static int is_negator(const chrSent *s, int i) {
    for (int k = 0; k < s->n_neg_words; k++)
        if (s->t[i].form == s->neg_words[k] || s->t[i].lemma == s->neg_words[k]) return 1;
    return 0;
}

/* The negating determiner or "neither" before subject x and inside its
 * phrase ("neither the foreign nor the economic ministry"), -1 when none. */
static int subject_negator(const chrSent *s, int x) {
    for (int c = 0; c < x; c++) {
        if ((s->t[c].rel != R_DET && s->t[c].rel != R_CC) || !is_negator(s, c)) continue;
        for (int up = s->t[c].head, depth = 0; up >= 0 && up <= x && depth < s->n; up = s->t[up].head, depth++)
            if (up == x) return c;
    }
    return -1;
}

/* The preposition of x into *p (NONE when the lexicon does not know the
 * word: no pattern names it, but its phrase may still hold the target);
 * 0 when x has none. */
static int prep_of(const chrSent *s, int x, chrLexId *p) {
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_CASE && s->tok[c].form) {
            *p = s->t[c].lemma ? s->t[c].lemma : s->t[c].form;
            return 1;
        }
    }
    return 0;
}

int chrCoder_sameWord(const char *f, const char *w) {
    size_t i = 0;
    while (f[i] && w[i] && (f[i] | 0x20) == w[i]) i++;
    return !f[i] && !w[i];
}

/* A child of x by relation rel is the word w (lower-case ASCII). */
static int dep_is(const chrSent *s, int x, uint8_t rel, const char *w) {
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == rel && chrCoder_sameWord(s->tok[c].form, w)) return 1;
    }
    return 0;
}

int chrCoder_caseIs(const chrSent *s, int x, const char *w) { return dep_is(s, x, R_CASE, w); }
int chrCoder_markIs(const chrSent *s, int x, const char *w) { return dep_is(s, x, R_MARK, w); }

int chrCoder_caseIn(const chrSent *s, int x, const char *const *words) {
    for (size_t k = 0; words[k]; k++)
        if (dep_is(s, x, R_CASE, words[k])) return 1;
    return 0;
}

int chrCoder_hasCase(const chrSent *s, int x) {
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++)
        if (s->t[s->kids[k]].rel == R_CASE) return 1;
    return 0;
}

/* "against besieged Osgiliath" parsed as a past participle with an object:
 * the phrase is about the object. x itself otherwise (a gerund, "after
 * meeting Putin", is a clause of its own). */
static int participle_object(const chrSent *s, int x) {
    const char *xp = s->tok[x].xpos;
    if (s->t[x].upos != CHR_UPOS_VERB || (xp && strcmp(xp, "VBG") == 0)) return x;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_OBJ && c > x && chrCoder_isNominal(s, c)) return c;
    }
    return x;
}

static void add_prep(const chrSent *s, chrFrame *f, int x, int on_obj) {
    chrLexId p;
    if (!prep_of(s, x, &p) || f->npreps >= 16) return;
    f->preps[f->npreps].prep = p;
    f->preps[f->npreps].tok = participle_object(s, x);
    f->preps[f->npreps].on_obj = on_obj;
    f->npreps++;
}

/* Obliques of the noun phrase n: its own (nmod, obl), then those attached
 * after its "of" complement to that complement or to an apposition or
 * conjunct of it ("the extradition of the kingpin, Guzman, to the United
 * States", where "to" hangs on whichever noun the parser chose). */
static void noun_preps(const chrSent *s, chrFrame *f, int n, int on_obj) {
    for (int k = s->kid_first[n]; k < s->kid_first[n + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_NMOD || s->t[c].rel == R_OBL) add_prep(s, f, c, on_obj);
    }
    int x = chrCoder_ofComplement(s, n);
    if (x < 0) return;
    int holders[1 + CHR_CODER_MAX_ACTORS], nh = 0;
    holders[nh++] = x;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1] && nh < 1 + CHR_CODER_MAX_ACTORS; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_APPOS || (s->t[c].rel == R_CONJ && chrCoder_isNominal(s, c))) holders[nh++] = c;
    }
    for (int i = 0; i < nh; i++) {
        int y = holders[i];
        for (int k = s->kid_first[y]; k < s->kid_first[y + 1]; k++) {
            int c = s->kids[k];
            if ((s->t[c].rel == R_NMOD || s->t[c].rel == R_OBL) && c > x && !chrCoder_caseIs(s, c, "of"))
                add_prep(s, f, c, on_obj);
        }
    }
}

/* A bare adjective or adverb the parser made a subject ("Romendacil most
 * certainly did not clash", with "most" as the subject of "clash") is a
 * modifier out of place: the verb's subject is sought as if it had none. */
static int stray_modifier(const chrSent *s, int c) {
    uint8_t u = s->t[c].upos;
    if ((u != CHR_UPOS_ADJ && u != CHR_UPOS_ADV) || s->kid_first[c] != s->kid_first[c + 1]) return 0;
    chrCActors a; /* (a name the tagger took for an adverb is a subject) */
    chrActors_ofPhrase(s, c, &a);
    return a.n == 0;
}

/* A past participle conjoined to a passive verb whose auxiliary and
 * subject it shares ("she was jailed and beaten by agents", "were arrested
 * and beaten by police") is passive too: its "by" phrase is the agent and
 * the governor's passive subject its object. Returns that subject, -2 for
 * a passive governor without one, -1 when v is no such participle. */
static int shared_passive(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    int h = s->t[v].head;
    if (s->t[v].rel != R_CONJ || h < 0 || !x || strcmp(x, "VBN") != 0) return -1;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        uint8_t r = s->t[s->kids[k]].rel;
        if (r == R_NSUBJ || r == R_NSUBJPASS || r == R_AUX || r == R_AUXPASS) return -1;
    }
    int passive = 0, subj = -2;
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_AUXPASS) passive = 1;
        if (s->t[c].rel == R_NSUBJPASS) passive = 1, subj = c;
    }
    return passive ? subj : -1;
}

/* A past participle hung on a noun naming an actor before it, with a "by"
 * agent and no auxiliary ("rebels killed by the Peruvian forces", "the
 * Polisario Front, supported by Algeria") is a reduced passive relative
 * clause: the noun is its object. */
static int reduced_passive(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    int h = s->t[v].head;
    if (s->t[v].rel != R_ACL || h < 0 || h > v || !x || strcmp(x, "VBN") != 0 || !chrCoder_isNominal(s, h)) return 0;
    int by = 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        uint8_t r = s->t[c].rel;
        if (r == R_AUX || r == R_AUXPASS || r == R_NSUBJ || r == R_NSUBJPASS || r == R_OBJ) return 0;
        by |= r == R_OBLAGENT || (r == R_OBL && chrCoder_caseIs(s, c, "by"));
    }
    if (!by) return 0;
    /* (a noun naming no one, "an archipelago claimed by China and Japan",
     * would leave the agent to be taken for the target) */
    chrCActors a;
    chrActors_ofPhrase(s, chrCoder_phraseHead(s, h), &a);
    return a.n > 0;
}

/* The noun a relative pronoun object stands for: the passive subject "who"
 * of "X, who was (tracked down and) killed by police" is X. o itself when
 * it is no relative pronoun or v is no relative clause. */
static int relative_object(const chrSent *s, int v, int o) {
    static const char *const relatives[] = {"who", "whom", "which", "that", NULL};
    if (o < 0 || s->t[o].upos != CHR_UPOS_PRON || !chrCoder_formIn(s, o, relatives)) return o;
    int x = v;
    for (int depth = 0; depth < 4 && s->t[x].rel == R_CONJ && s->t[x].head >= 0; depth++) x = s->t[x].head;
    int h = s->t[x].head;
    return s->t[x].rel == R_RELCL && h >= 0 && chrCoder_isNominal(s, h) ? h : o;
}

/* A second object that is a bare singular noun after the verb ("took two
 * aid workers hostage", "were taken prisoner by", with the passive subject
 * as the object) is what the object becomes: the open complement UD would
 * give it. */
static int predicate_noun(const chrSent *s, int c) {
    const char *x = s->tok[c].xpos;
    return s->t[c].upos == CHR_UPOS_NOUN && x && strcmp(x, "NN") == 0 && s->kid_first[c] == s->kid_first[c + 1];
}

/* Does the lexicon give lemma v a pattern "ROLE:@ xcomp:* => %TABLE" (an
 * appeal, demand or threat addressed to someone: "urge", "call on",
 * "order"), or with kind NULL_ONLY 1, a pattern "xcomp:* => ---" (what
 * is tried, sought or claimed is no act: "try", "seek", "claim"), or with
 * NULL_ONLY 2, any "xcomp:* => %TABLE" ("agree", "promise")? */
static int complement_pattern(const chrSent *s, int v, int null_only) {
    const chrLex *lex = s->lex;
    chrLexId lemma = s->t[v].lemma;
    for (uint32_t fi = lemma ? chrLex_forms(lex, lemma) : 0; fi; fi = lex->forms[fi].next) {
        const chrLexBlock *b = &lex->blocks[lex->forms[fi].block];
        for (uint32_t p = 0; p < b->n_patterns; p++) {
            const chrLexPattern *pt = &lex->patterns[b->first_pattern + p];
            if (pt->order || pt->code.kind != (null_only == 1 ? CHR_CODE_NULL : CHR_CODE_COMBINE)) continue;
            int slot = 0, comp = 0;
            for (uint32_t k = 0; k < pt->n_elem; k++) {
                const chrLexElem *e = &lex->elems[pt->first_elem + k];
                slot |= e->slot == CHR_SLOT_TGT;
                comp |= e->role == CHR_ROLE_XCOMP;
            }
            if (comp && (slot || null_only)) return 1;
        }
    }
    return 0;
}

/* "called on Ethiopia to withdraw", "urged the government to hold talks":
 * for a verb that addresses someone (above), a subjectless to-clause right
 * after the addressee (object, indirect object or first oblique) is the
 * complement the addressee is to carry out, which the parser often hangs
 * as an adverbial clause; so is one right after the first oblique of a verb
 * whose complement is no act ("has been trying for weeks to agree on
 * sanctions"). -1 when it is not. */
static int addressee_clause(const chrSent *s, const chrFrame *f, int advto) {
    int a = f->obj >= 0 ? f->obj : f->iobj;
    if (a < 0 && f->npreps) a = f->preps[0].tok;
    if (a < 0 || a > advto) return -1;
    int end = a;
    while (end + 1 < s->n && chrCoder_inSubtree(s, end + 1, a)) end++;
    int mark = end + 1;
    if (mark >= advto || s->t[mark].rel != R_MARK || s->t[mark].head != advto) return -1;
    if (complement_pattern(s, f->verb, 0)) return advto;
    /* "agreed in principle to meet": after an oblique, the clause of a
     * verb-on-verb pattern with no addressee ("xcomp:* => %intent") */
    if (f->obj < 0 && f->iobj < 0 && complement_pattern(s, f->verb, 2)) return advto;
    return f->obj < 0 && f->iobj < 0 && complement_pattern(s, f->verb, 1) ? advto : -1;
}

static void direct(const chrSent *s, int v, chrFrame *f) {
    int byphrase = -1, advto = -1;
    int is_noun = s->t[v].upos == CHR_UPOS_NOUN || s->t[v].upos == CHR_UPOS_PROPN;
    int shared = is_noun ? -1 : shared_passive(s, v);
    if (shared != -1) f->passive = 1;
    if (shared >= 0) f->obj = shared;
    if (!is_noun && reduced_passive(s, v)) {
        f->passive = 1;
        f->obj = chrCoder_phraseHead(s, s->t[v].head);
    }
    if (!is_noun && f->obj < 0 && chrCoder_participlePatient(s, v) >= 0) {
        f->passive = 1;
        f->obj = chrCoder_participlePatient(s, v);
    }
    if (is_noun) noun_preps(s, f, v, 0);
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        switch (s->t[c].rel) {
        case R_NSUBJ: case R_CSUBJ: if (f->subj < 0 && !stray_modifier(s, c)) f->subj = c; break;
        case R_NSUBJPASS: f->passive = 1; f->obj = c; break;
        case R_OBJ:
            if (f->obj < 0) f->obj = c;
            else if (f->xcomp < 0 && c > v && predicate_noun(s, c)) f->xcomp = c;
            break;
        case R_IOBJ: f->iobj = c; break;
        case R_AUXPASS: f->passive = 1; break;
        case R_OBLAGENT: f->subj = c; break;
        case R_NMODPOSS: f->poss = c; break;
        case R_XCOMP: if (f->xcomp < 0) f->xcomp = c; break;
        case R_CCOMP: if (f->ccomp < 0) f->ccomp = c; break;
        case R_ADVCL:
            if (advto < 0 && c > v && chrCoder_markIs(s, c, "to") && !chrCoder_ownSubject(s, c)) advto = c;
            break;
        case R_OBL: case R_NMOD:
            if (chrCoder_caseIs(s, c, "by")) byphrase = c;
            else if (!is_noun) add_prep(s, f, c, 0);
            break;
        case R_ADVMOD: case R_NEG: case R_AUX: case R_MARK: /* mark: "without consulting" */
            if (is_negator(s, c)) {
                f->negated = 1;
                f->neg_tok = c;
            }
            break;
        default: break;
        }
    }
    /* a negated subject negates the act ("neither the foreign nor the
     * economic ministry would comment", "no country has recognised") */
    if (!f->negated && f->subj >= 0 && !is_noun) {
        int neg = subject_negator(s, f->subj);
        if (neg >= 0) {
            f->negated = 1;
            f->neg_tok = neg;
        }
    }
    /* and so does an object none of which is acted upon ("will release no
     * prisoners") */
    if (!f->negated && f->obj >= 0 && !is_noun && !f->passive)
        for (int k = s->kid_first[f->obj]; k < s->kid_first[f->obj + 1]; k++) {
            int c = s->kids[k];
            if (s->t[c].rel == R_DET && s->tok[c].form && chrCoder_sameWord(s->tok[c].form, "no")) {
                f->negated = 1;
                f->neg_tok = c;
            }
        }
    if (f->passive) {
        /* the "by" phrase of a passive is its subject */
        if (byphrase >= 0 && f->subj < 0) f->subj = byphrase;
    } else if (byphrase >= 0 && !is_noun) {
        add_prep(s, f, byphrase, 0);
    }
    if (f->xcomp < 0 && advto >= 0 && !is_noun) f->xcomp = addressee_clause(s, f, advto);
    if (f->obj >= 0) noun_preps(s, f, f->obj, 1);
    /* obliques hanging on a further object ("appeal the ruling all the way to the court") */
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_OBJ && c != f->obj) noun_preps(s, f, c, 1);
    }
}

static int finite(const chrSent *s, int v) {
    const char *x = s->tok[v].xpos;
    return x && x[0] == 'V' && x[1] == 'B' && (x[2] == 'D' || x[2] == 'Z' || x[2] == 'P') && !x[3];
}

/* A finite verb (VBD, VBZ, VBP), or one with an auxiliary, that the parser
 * hung as a clause on a noun ("X on Thursday fired ...", with "Thursday" as
 * the root; "Gollum in recent days did allow ...", with "Gollum" as the root
 * and the verb beside it) has lost its subject: the nearest actor phrase
 * before it, outside its own subtree. */
static int misattached_subject(const chrSent *s, int v) {
    int fin = finite(s, v);
    int aux = 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) aux |= s->t[s->kids[k]].rel == R_AUX;
    uint8_t r = s->t[v].rel;
    int h = s->t[v].head;
    if (!(r == R_ACL && fin) && !chrCoder_unmarkedFiniteClause(s, v) &&
        !((r == R_ACL || r == R_PARATAXIS) && h >= 0 && h < v && chrCoder_isNominal(s, h) && (fin || aux)))
        return -1;
    for (int j = v - 1; j >= 0; j--) {
        if (!chrCoder_isNominal(s, j) || chrCoder_inSubtree(s, j, v)) continue;
        int h = chrCoder_phraseHead(s, j);
        chrCActors a;
        chrActors_ofPhrase(s, h, &a);
        if (a.n) return h;
    }
    return -1;
}

/* A name the tagger took for an adverb or the parser hung as a loose
 * modifier before the verb ("Osgiliath welcomed ...", with "Osgiliath" an
 * adverb) is its subject when it names an actor and has no preposition. */
static int mistagged_subject(const chrSent *s, int v) {
    for (int k = s->kid_first[v + 1] - 1; k >= s->kid_first[v]; k--) {
        int c = s->kids[k];
        if (c > v) continue;
        uint8_t r = s->t[c].rel;
        if (r != R_ADVMOD && r != R_OTHER) continue;
        if (chrCoder_hasCase(s, c)) continue;
        chrCActors a;
        chrActors_ofPhrase(s, c, &a);
        if (a.n) return c;
    }
    return -1;
}

/* A pronoun that may stand for an actor named before it: "it", "they",
 * "he", "she" and relative "who", "which", "that" (not the speaker's "we"
 * or "I" of a quotation). */
/* The subject a pronoun subject p of v stands for, when the pronoun names no
 * actor itself: the noun a relative clause hangs on ("X, who attacked"), or
 * the first subject that is no pronoun of the predicates v is a complement,
 * adverbial or conjunct of ("Ethiopia indicated it would act"). p itself
 * when there is none. */
static int antecedent(const chrSent *s, int v, int p) {
    chrCActors a;
    chrActors_ofPhrase(s, p, &a);
    if (a.n) return p;
    int x = v;
    for (int depth = 0; depth < 6; depth++) {
        int h = s->t[x].head;
        uint8_t r = s->t[x].rel;
        if (h < 0) break;
        if (r == R_RELCL) return chrCoder_isNominal(s, h) && s->t[h].upos != CHR_UPOS_PRON ? h : p;
        if (r != R_CCOMP && r != R_XCOMP && r != R_ADVCL && r != R_CONJ) break;
        for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
            int c = s->kids[k];
            if ((s->t[c].rel == R_NSUBJ || s->t[c].rel == R_NSUBJPASS) && s->t[c].upos != CHR_UPOS_PRON)
                return c;
        }
        x = h;
    }
    return p;
}

void chrCoder_frame(const chrSent *s, int v, chrFrame *f) {
    memset(f, 0, sizeof *f);
    f->verb = v;
    f->subj = f->obj = f->iobj = f->poss = f->xcomp = f->ccomp = f->neg_tok = -1;
    direct(s, v, f);
    if (f->passive) f->obj = relative_object(s, v, f->obj);
    /* a subject shared with the governing or conjoined predicate; a
     * conjunct with no "and" or comma before it is a clause the parser
     * could not place ("ordered ... after a rocket attack wounded two
     * teenagers"), which shares no one's subject */
    int x = v, stray = 0;
    /* (a passive clause with a subject of its own and no agent names no
     * one who acted: "since the Taliban regime was toppled" is not the
     * main clause's subject's act) */
    int agentless = f->passive && f->subj < 0 && s->t[v].rel != R_RELCL &&
                    (chrCoder_ownSubject(s, v) || chrCoder_participlePatient(s, v) >= 0);
    for (int depth = 0; f->subj < 0 && !agentless && depth < 6; depth++) {
        int h = s->t[x].head;
        uint8_t r = s->t[x].rel;
        if (h < 0) break;
        uint8_t xu = s->t[x].upos;
        if (r == R_CONJ && !chrCoder_trueConjunct(s, x)) {
            stray = 1;
            break;
        }
        if (x == v && chrCoder_unmarkedFiniteClause(s, v)) break; /* (misattached_subject) */
        if (r == R_RELCL) {
            f->subj = h;
        } else if (r == R_XCOMP || r == R_CONJ || r == R_ADVCL ||
                   (x != v && r == R_ADVMOD && (xu == CHR_UPOS_ADV || xu == CHR_UPOS_ADJ)) ||
                   r == R_PARATAXIS) {
            /* (a verb in parataxis shares its governor's subject: "the
             * minister, in remarks published on Monday, urged"; in "are
             * about to restore" the parser may hang "about" as an adverb) */
            chrFrame g;
            memset(&g, 0, sizeof g);
            g.subj = g.obj = g.iobj = g.poss = g.xcomp = g.ccomp = -1;
            direct(s, h, &g);
            /* object control ("urged X to respond"), and the subject of a
             * passive governor ("X was seen to break into ...") */
            int doer = r == R_ADVCL ? chrCoder_gerundDoer(s, x, g.obj) : -1;
            if (doer != -1) { /* "criticized X for imposing" */
                f->subj = doer >= 0 ? doer : -1;
                stray = doer < 0;
                break;
            }
            if (r == R_XCOMP && g.obj >= 0) f->subj = g.obj;
            else f->subj = g.subj;
            x = h;
            if (f->subj >= 0) break;
            continue;
        }
        break;
    }
    if (f->subj < 0 && !f->passive) f->subj = misattached_subject(s, v);
    if (f->subj < 0 && !f->passive) f->subj = mistagged_subject(s, v);
    if (f->subj >= 0 && chrActors_thirdPerson(s, f->subj, 1)) f->subj = antecedent(s, v, f->subj);
    if (f->subj < 0 && !f->passive && !stray) f->subj = chrCoder_rootSubject(s, v);
    if (f->subj >= 0 && s->t[f->subj].head != v) f->subj_inherited = 1;
}
