/*
 * actors.c - actor resolution: the noun phrase around a head token is
 * matched against the lexicon's phrase trie (longest match, words by form
 * and else by lemma), and the actors and agents found compose the codes:
 * country + agent roles (MEX + GOV -> MEXGOV), prefix agents before the
 * country (NGO~), an agent alone gives ---ROLE, conjoined heads give one
 * actor each, and a phrase naming a news outlet or reporter (the lexicon's
 * skip kind) gives none, as does a phrase headed by a document or meeting
 * word (skip kind "head": "Kyoto Protocol", "six-party talks"). A name
 * alone that the lexicon does not know may be the surname of a person named
 * in full earlier in the document (actors_surname.c).
 */
#include <string.h>

#include "event/coder_int.h"

#define MAX_GAP 3 /* words a "..." in a dictionary phrase may stand for */

/* ---- trie matching ---- */

typedef struct matchState {
    const chrSent *s;
    const int *seq; /* token indexes to match over, in order */
    int nseq;
    unsigned want;
    int best_len;
    uint32_t best_node;
} matchState;

static int hit_ok(const matchState *m, const chrLexHit *h, int start, int len) {
    if (!(m->want & (1u << h->kind))) return 0;
    if (!h->exact) return 1;
    /* the phrase as written must match the tokens' own letters */
    const char *want = chrLex_str(m->s->lex, h->exact);
    size_t o = 0;
    for (int k = 0; k < len; k++) {
        const char *f = m->s->tok[m->seq[start + k]].form;
        size_t fl = strlen(f);
        if (k) {
            if (want[o] != ' ') return 0;
            o++;
        }
        for (size_t c = 0; c < fl; c++) /* "Dol_Amroth" stands for "Dol Amroth" */
            if (want[o + c] != f[c] && !(f[c] == '_' && want[o + c] == ' ')) return 0;
        o += fl;
    }
    return want[o] == '\0';
}

static int node_has(const matchState *m, uint32_t node, int start, int len) {
    const chrLex *lex = m->s->lex;
    for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next)
        if (hit_ok(m, &lex->hits[h], start, len)) return 1;
    return 0;
}

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* The trie node reached from node by the parts of a word written with
 * underscores ("Dol_Amroth" walks DOL then AMROTH), 0 when none. */
static uint32_t underscored(const chrLex *lex, uint32_t node, const char *w) {
    while (*w) {
        const char *u = strchr(w, '_');
        size_t n = u ? (size_t)(u - w) : strlen(w);
        char up[256];
        size_t k = n ? chrLex_upper(w, n, up, sizeof up) : (size_t)-1;
        chrLexId id = k == (size_t)-1 ? CHR_LEX_NONE : chrLex_find(lex, up, k);
        node = id ? chrLex_child(lex, node, id) : 0;
        if (!node) return 0;
        w = u ? u + 1 : w + n;
    }
    return node;
}

static void walk(matchState *m, uint32_t node, int start, int pos) {
    const chrLex *lex = m->s->lex;
    int len = pos - start;
    if (len > 0 && len > m->best_len && node_has(m, node, start, len)) {
        m->best_len = len;
        m->best_node = node;
    }
    if (pos >= m->nseq || len >= 24) return;
    const chrCTok *t = &m->s->t[m->seq[pos]];
    uint32_t c;
    if (t->form && (c = chrLex_child(lex, node, t->form))) walk(m, c, start, pos + 1);
    int by_lemma = !lex->names_by_form;
    if (by_lemma && t->lemma && t->lemma != t->form && (c = chrLex_child(lex, node, t->lemma)))
        walk(m, c, start, pos + 1);
    const char *form = m->s->tok[m->seq[pos]].form;
    if (strchr(form, '_') && (c = underscored(lex, node, form))) walk(m, c, start, pos + 1);
    for (uint32_t e = chrLex_starChildren(lex, node); e; e = lex->stars[e].next) {
        const char *w = m->s->tok[m->seq[pos]].form;
        char up[256];
        if (chrLex_upper(w, strlen(w), up, sizeof up) == (size_t)-1) continue;
        if (starts_with(up, chrLex_str(lex, lex->stars[e].prefix))) walk(m, lex->stars[e].child, start, pos + 1);
    }
    if (len > 0 && lex->gap_word && (c = chrLex_child(lex, node, lex->gap_word))) {
        for (int skip = 0; skip <= MAX_GAP && pos + skip < m->nseq; skip++) {
            const chrCTok *u = &m->s->t[m->seq[pos + skip]];
            uint32_t d;
            if (u->form && (d = chrLex_child(lex, c, u->form))) walk(m, d, start, pos + skip + 1);
            else if (by_lemma && u->lemma && (d = chrLex_child(lex, c, u->lemma))) walk(m, d, start, pos + skip + 1);
        }
    }
}

static int match_seq(const chrSent *s, const int *seq, int nseq, int at, unsigned want, uint32_t *node) {
    matchState m = {s, seq, nseq, want, 0, 0};
    walk(&m, 0, at, at);
    *node = m.best_node;
    return m.best_len;
}

int chrActors_match(const chrSent *s, int i, int limit, unsigned want, uint32_t *node_out) {
    int seq[CHR_CODER_MAX_TOKENS];
    int n = 0;
    for (int k = i; k < limit && k < s->n; k++) seq[n++] = k;
    return match_seq(s, seq, n, 0, want, node_out);
}

int chrActors_discard(const chrSent *s) {
    unsigned want = 1u << CHR_LEX_DISCARD_SENTENCE | 1u << CHR_LEX_DISCARD_STORY;
    int seq[CHR_CODER_MAX_TOKENS];
    for (int k = 0; k < s->n; k++) seq[k] = k;
    int found = 0;
    for (int i = 0; i < s->n; i++) {
        uint32_t node;
        if (!match_seq(s, seq, s->n, i, want, &node)) continue;
        for (uint32_t h = s->lex->nodes[node].hits; h; h = s->lex->hits[h].next) {
            if (s->lex->hits[h].kind == CHR_LEX_DISCARD_STORY) return 2;
            if (s->lex->hits[h].kind == CHR_LEX_DISCARD_SENTENCE) found = 1;
        }
    }
    return found;
}

/* ---- noun phrases ---- */

static int excluded_rel(uint8_t rel) {
    switch (rel) {
    case R_CONJ: case R_CC: case R_PUNCT: case R_ACL: case R_RELCL: case R_APPOS: case R_ADVCL:
    case R_PARATAXIS: case R_CCOMP: case R_XCOMP: case R_NSUBJ: case R_NSUBJPASS: case R_CSUBJ:
    case R_COP: case R_AUX: case R_AUXPASS: case R_MARK: case R_OBJ: case R_IOBJ:
        return 1;
    default:
        return 0;
    }
}

/* Tokens of the phrase headed by h, in text order, into seq. */
static int phrase_tokens(const chrSent *s, int h, int *seq) {
    static const int cap = CHR_CODER_MAX_TOKENS;
    int stack[CHR_CODER_MAX_TOKENS], sp = 0, n = 0;
    uint8_t in[CHR_CODER_MAX_TOKENS] = {0};
    stack[sp++] = h;
    while (sp && n < cap) {
        int x = stack[--sp];
        if (in[x]) continue;
        /* the place and agency of a dateline are never actors */
        if (s->tok[x].flags & CHR_TOKEN_DATELINE) continue;
        in[x] = 1;
        n++;
        for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
            int c = s->kids[k];
            if (x == h && excluded_rel(s->t[c].rel) && (s->t[c].rel != R_CONJ || chrCoder_trueConjunct(s, c)))
                continue;
            if (x != h && (s->t[c].rel == R_RELCL || s->t[c].rel == R_ACL || s->t[c].rel == R_APPOS ||
                           s->t[c].rel == R_PUNCT || s->t[c].rel == R_ADVCL))
                continue;
            /* a clause is never part of a name ("activists are about to restore ties with ...",
             * with "are about" hung on the noun) */
            if (s->t[c].upos == CHR_UPOS_VERB && s->t[c].rel != R_AMOD && s->t[c].rel != R_COMPOUND) continue;
            if (sp < cap) stack[sp++] = c;
        }
    }
    int m = 0;
    for (int i = 0; i < s->n; i++)
        if (in[i]) seq[m++] = i;
    return m;
}

/* The conjunct below h that token x belongs to (its nearest ancestor, or
 * itself, attached as a conjunct), h when none. */
static int conjunct_of(const chrSent *s, int x, int h) {
    int found = h;
    for (int depth = 0; x >= 0 && x != h && depth < s->n; depth++) {
        if (found == h && chrCoder_trueConjunct(s, x)) found = x;
        x = s->t[x].head;
    }
    return found;
}

typedef struct found {
    chrLexId countries[CHR_CODER_MAX_ACTORS];
    uint32_t cstart[CHR_CODER_MAX_ACTORS], cend[CHR_CODER_MAX_ACTORS];
    uint8_t cpeople[CHR_CODER_MAX_ACTORS]; /* named by a demonym ("Iraqis") */
    uint8_t ccity[CHR_CODER_MAX_ACTORS];   /* named by a city or region ("Goma", "Darfur"): 1; a capital: 2 */
    int nc;
    chrLexId pre[4], post[4];
    int npre, npost;
    uint32_t astart, aend; /* span of the agent words */
    int skipped;
    int core; /* hits outside phrases of place and other modifiers */
} found;

static void add_id(chrLexId *v, int *n, int cap, chrLexId id) {
    for (int i = 0; i < *n; i++)
        if (v[i] == id) return;
    if (*n < cap) v[(*n)++] = id;
}

/* An adjective agent word ("official", "military") modifying the phrase's
 * head noun (ph) when that names no actor or agent itself describes a
 * thing, not an actor ("official residence"); deeper inside a name it
 * still makes one ("the official news agency WFNA"). */
static int adjective_role(const chrSent *s, int x, int ph) {
    int h = s->t[x].head;
    /* (a participle too: "searched suspected vehicles") */
    if ((s->t[x].upos != CHR_UPOS_ADJ && s->t[x].upos != CHR_UPOS_VERB) || s->t[x].rel != R_AMOD || h < 0 || h != ph)
        return 0;
    uint32_t node;
    int len = match_seq(s, &h, 1, 0, 1u << CHR_LEX_ACTOR | 1u << CHR_LEX_AGENT, &node);
    return len == 0;
}

/* A skip line of kind "head" names the words that make a phrase no actor
 * when they are its head: names of documents and meetings ("Kyoto
 * Protocol", "Arusha declaration", "six-party talks"). */
static int head_only(const chrLex *lex, const chrLexHit *skip) {
    return strcmp(chrLex_str(lex, skip->index), "head") == 0;
}

/* Is the phrase at h headed by a word of a "head" skip line? */
static int headed_by_skip(const chrSent *s, const int *seq, int n, int own, int h) {
    for (int i = 0; i < own; i++) {
        uint32_t node;
        int len = match_seq(s, seq, n, i, 1u << CHR_LEX_SKIP, &node);
        if (!len || seq[i] > h || seq[i + len - 1] < h) continue;
        for (uint32_t hh = s->lex->nodes[node].hits; hh; hh = s->lex->hits[hh].next)
            if (s->lex->hits[hh].kind == CHR_LEX_SKIP && head_only(s->lex, &s->lex->hits[hh])) return 1;
    }
    return 0;
}

/* Does the name at token x only name a meeting below the phrase head h
 * ("the resumption of six-party talks", "the host city of the 13th APEC
 * forum", "a leader of the Iraqi National Dialogue"): a compound,
 * adjective, number or possessive of a meeting word on the way up to h?
 * (Other words of the "head" skip lines stay out: "support for the 'one
 * China' policy" is support for China, "NASA Space Flight Director" NASA's.) */
static int names_meeting(const chrSent *s, int x, int h) {
    static const char *const meetings[] = {"talks", "negotiations", "summit", "summits", "forum", "forums",
                                           "conference", "conferences", "meeting", "meetings", "dialogue",
                                           "consultations", NULL};
    /* above h (h itself a modifier: "party" of "six-party talks") only
     * through modifiers */
    int above = x == h;
    for (int prev = x, y = s->t[x].head, depth = 0; y >= 0 && depth < s->n; prev = y, y = s->t[y].head, depth++) {
        uint8_t r = s->t[prev].rel;
        int mod = r == R_COMPOUND || r == R_AMOD || r == R_NUMMOD || r == R_NMODPOSS || r == R_FLAT;
        if (mod && chrCoder_formIn(s, y, meetings)) return 1;
        if (above && !mod) break;
        if (y == h) above = 1;
    }
    return 0;
}

/* In a phrase headed by a meeting or document word, the parties are those
 * of its "with", "between" or "among" phrase ("talks with Turkish leaders"). */
static int party_of(const chrSent *s, int x, int h) {
    for (int depth = 0; x >= 0 && depth < s->n; depth++) {
        int up = s->t[x].head;
        if (up == h)
            return s->t[x].rel == R_NMOD &&
                   (chrCoder_caseIs(s, x, "with") || chrCoder_caseIs(s, x, "between") || chrCoder_caseIs(s, x, "among"));
        x = up;
    }
    return 0;
}

/* other_ok: phrases under other prepositional modifiers count as core */
/* Is the name ending at token x the backer in a hyphenated "X-backed",
 * "X-funded" modifier, or the owner or maker in "X-owned", "X-made"? It
 * then names who supports, owns or made the thing, not the actor ("the
 * Ethiopian-backed forces" are Somali, "Chinese-owned stores" and
 * "Chinese-made cars" are no Chinese actors), where it sits ("the Paris-based
 * NCRI" is Iranian, "The Hague-based UN tribunal" the UN's: 2, for a city
 * or capital only, as "Pakistan-based militants" are Pakistani) or who
 * holds the place ("the Israeli-occupied security zone", "rebel-held
 * towns"); "US-led" still names the actor's country. */
static int backer(const chrSent *s, int x) {
    static const char *const words[] = {"backed", "funded", "sponsored", "supported", "financed", "trained",
                                        "armed", "installed", "owned", "made", "built", "manufactured",
                                        "produced", "occupied", "controlled", "held", "administered"};
    if (x + 2 >= s->n || strcmp(s->tok[x + 1].form, "-") != 0) return 0;
    const char *w = s->tok[x + 2].form;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strcmp(w, words[k]) == 0) return 1;
    return strcmp(w, "based") == 0 ? 2 : 0;
}

/* "told Kuwait News Agency (KUNA)", "told Israeli Channel Two television":
 * the parser cut a news outlet's name after its country. The nouns right
 * after the phrase (at most four, up to the next word that is none) end in
 * a reporter or outlet word of a skip line: the phrase is that outlet's. */
static int outlet_after(const chrSent *s, const int *seq, int own) {
    if (!own) return 0;
    int last = seq[own - 1];
    if (s->t[last].upos != CHR_UPOS_PROPN && s->t[last].upos != CHR_UPOS_ADJ) return 0;
    int run[4], nrun = 0, j = last + 1;
    for (; j < s->n && nrun < 4; j++) {
        uint8_t u = s->t[j].upos;
        if (u != CHR_UPOS_PROPN && u != CHR_UPOS_NOUN && u != CHR_UPOS_NUM) break;
        run[nrun++] = j;
    }
    if (!nrun || (j < s->n && nrun == 4 && (s->t[j].upos == CHR_UPOS_PROPN || s->t[j].upos == CHR_UPOS_NOUN)))
        return 0;
    for (int k = 0; k < nrun; k++) {
        uint32_t node;
        int len = match_seq(s, run, nrun, k, 1u << CHR_LEX_SKIP, &node);
        if (!len || k + len != nrun) continue;
        for (uint32_t hh = s->lex->nodes[node].hits; hh; hh = s->lex->hits[hh].next)
            if (s->lex->hits[hh].kind == CHR_LEX_SKIP && !head_only(s->lex, &s->lex->hits[hh])) return 1;
    }
    return 0;
}

/* Does the name before token j go on at j: a proper noun after a proper
 * noun, or after a possessive ending of one ("National People 's | Congress",
 * cut after the "'s")? */
static int name_goes_on(const chrSent *s, int j) {
    if (j < 1 || s->t[j].upos != CHR_UPOS_PROPN) return 0;
    if (s->t[j - 1].upos == CHR_UPOS_PROPN) return 1;
    const char *f = s->tok[j - 1].form;
    return j >= 2 && s->t[j - 2].upos == CHR_UPOS_PROPN && f[0] == '\'' && (f[1] | 0x20) == 's' && !f[2];
}

static void scan_parts(const chrSent *s, int h, int other_ok, found *f) {
    memset(f, 0, sizeof *f);
    int seq[CHR_CODER_MAX_TOKENS];
    int n = phrase_tokens(s, h, seq);
    /* a name the parser split ("the Prince of Dol | Amroth"): the proper
     * nouns right after a phrase ending in one may finish a dictionary
     * phrase begun inside it, never start one */
    int own = n;
    for (int j = n ? seq[n - 1] + 1 : s->n; j < s->n && name_goes_on(s, j) && n < CHR_CODER_MAX_TOKENS; j++)
        seq[n++] = j;
    unsigned want = 1u << CHR_LEX_ACTOR | 1u << CHR_LEX_AGENT | 1u << CHR_LEX_SKIP;
    const chrLex *lex = s->lex;
    /* countries named in a phrase of place or origin are where the actor
     * is; they make it only when the rest of the phrase names none ("police
     * in X", "refugees from X") */
    chrLexId lc[CHR_CODER_MAX_ACTORS];
    uint32_t lstart[CHR_CODER_MAX_ACTORS], lend[CHR_CODER_MAX_ACTORS];
    int nl = 0;
    int groups[CHR_CODER_MAX_ACTORS], group_first[CHR_CODER_MAX_ACTORS], ngroups = 0, overflow = 0;
    uint8_t lonly[CHR_CODER_MAX_ACTORS]; /* lc[k] came from a lexicon-listed place phrase */
    uint8_t lcity[CHR_CODER_MAX_ACTORS]; /* lc[k] is a city's or region's country */
    int headed = headed_by_skip(s, seq, n, own, h);
    for (int i = 0; i < own;) {
        uint32_t node;
        int len = match_seq(s, seq, n, i, want, &node);
        if (!len) {
            i++;
            continue;
        }
        uint32_t start = s->tok[seq[i]].start, end = s->tok[seq[i + len - 1]].end;
        const chrLexHit *actor = NULL, *agent = NULL, *skip = NULL;
        for (uint32_t hh = lex->nodes[node].hits; hh; hh = lex->hits[hh].next) {
            const chrLexHit *hit = &lex->hits[hh];
            /* the first actor entry of the name, unless a later one has a
             * dated code for the sentence's date */
            if (hit->kind == CHR_LEX_ACTOR &&
                (!actor || (!chrLex_actorDatedOn(lex, actor->index, s->ymd) &&
                            chrLex_actorDatedOn(lex, hit->index, s->ymd))))
                actor = hit;
            if (hit->kind == CHR_LEX_AGENT && !agent) agent = hit;
            if (hit->kind == CHR_LEX_SKIP && !skip) skip = hit;
        }
        if (actor) { /* "Iranian-backed Hezbollah", "the Paris-based NCRI" */
            int b = backer(s, seq[i + len - 1]);
            uint8_t sort = lex->actors[actor->index].sort;
            if (b == 1 || (b == 2 && (sort == CHR_LEX_SORT_CITY || sort == CHR_LEX_SORT_CAPITAL))) actor = NULL;
        }
        int part = headed ? CHR_PART_CORE : chrCoder_phrasePart(s, seq[i], h);
        if (part == CHR_PART_OTHER && other_ok) part = CHR_PART_CORE;
        if (part == CHR_PART_CORE) f->core++;
        if (part == CHR_PART_OTHER || ((part == CHR_PART_PLACE || part == CHR_PART_PLACE_ONLY) && !actor)) {
            /* "a trip to Beijing by the minister": not the phrase's actor */
        } else if (skip && head_only(lex, skip)) {
            /* "the delegation to the summit": a document or meeting word
             * is no actor only when it heads the phrase (headed, above) */
        } else if ((headed && !party_of(s, seq[i], h)) || names_meeting(s, seq[i + len - 1], h)) {
            /* "the Kyoto Protocol", "Fatah-Hamas talks": no actor */
        } else if (skip) {
            f->skipped = 1;
        } else if (actor && (part == CHR_PART_PLACE || part == CHR_PART_PLACE_ONLY)) {
            chrLexId code = chrLex_actorCode(lex, actor->index, s->ymd);
            if (code && nl < CHR_CODER_MAX_ACTORS) {
                lonly[nl] = part == CHR_PART_PLACE_ONLY;
                lcity[nl] = lex->actors[actor->index].sort == CHR_LEX_SORT_CITY;
                lstart[nl] = start;
                lend[nl] = end;
                lc[nl++] = code;
            }
        } else if (actor) {
            chrLexId code = chrLex_actorCode(lex, actor->index, s->ymd), defined;
            /* "the International Commission of Jurists (ICJ) ... The ICJ": the story's own meaning */
            if (len == 1 && chrActors_definedAcronym(s, seq[i], &defined)) code = defined;
            /* one actor per conjunct of the phrase, the first ("Ithilen's
             * minister Calimehtar", "Gondor and Arnor's Elrond"; but "the
             * ambassadors of Arnor, Osgiliath and Gondor" has three) */
            int group = conjunct_of(s, seq[i], h), g = 0;
            while (g < ngroups && groups[g] != group) g++;
            if (g == ngroups && ngroups < CHR_CODER_MAX_ACTORS) {
                groups[ngroups] = group;
                group_first[ngroups++] = 0;
            }
            int *first_plain = g < CHR_CODER_MAX_ACTORS ? &group_first[g] : &overflow;
            if (code && *first_plain) {
                /* unless the later one refines it ("Mexican President Pena Nieto": MEX, MEXGOV) */
                chrLexId *prev = &f->countries[*first_plain - 1];
                if (starts_with(chrLex_str(lex, code), chrLex_str(lex, *prev))) *prev = code;
                code = CHR_LEX_NONE;
            }
            if (code && f->nc < CHR_CODER_MAX_ACTORS) {
                int at = -1;
                for (int k = 0; k < f->nc; k++)
                    if (f->countries[k] == code) at = k;
                if (at < 0) {
                    at = f->nc;
                    f->cstart[f->nc] = start;
                    f->cend[f->nc] = end;
                    f->cpeople[f->nc] = lex->actors[actor->index].sort == CHR_LEX_SORT_ADJ;
                    f->ccity[f->nc] = lex->actors[actor->index].sort == CHR_LEX_SORT_CITY      ? 1
                                      : lex->actors[actor->index].sort == CHR_LEX_SORT_CAPITAL ? 2
                                                                                               : 0;
                    f->countries[f->nc++] = code;
                }
                *first_plain = at + 1;
            }
        } else if (agent && len == 1 && adjective_role(s, seq[i], h)) {
            /* "official residence", "military purposes": describes a thing */
        } else if (agent) {
            const chrLexAgent *a = &lex->agents[agent->index];
            if (a->prefix) add_id(f->pre, &f->npre, 4, a->code);
            else add_id(f->post, &f->npost, 4, a->code);
            if (!f->astart && !f->aend) f->astart = start;
            f->aend = end;
        }
        i += len;
    }
    if (!f->skipped && !headed && outlet_after(s, seq, own)) f->skipped = 1;
    /* "a seminar in Vienna": a lexicon-listed place makes no actor of a
     * phrase that names no agent */
    int agentless = !f->npre && !f->npost;
    if (!f->nc)
        for (int k = 0; k < nl; k++) {
            if (agentless && lonly[k]) continue;
            f->cstart[f->nc] = lstart[k];
            f->cend[f->nc] = lend[k];
            f->cpeople[f->nc] = 0;
            f->ccity[f->nc] = lcity[k];
            f->countries[f->nc++] = lc[k];
        }
    /* "Burns said", "Premier Wen said": a surname, alone or after a title,
     * for a person named in full earlier in the document (actors_surname.c) */
    int names_only = own > 0 && own <= 3 && !f->skipped && !f->nc && s->t[seq[own - 1]].upos == CHR_UPOS_PROPN;
    for (int k = 0; names_only && k < own - 1; k++) /* titles before it: "Premier Wen" */
        if (s->t[seq[k]].upos != CHR_UPOS_PROPN && s->t[seq[k]].upos != CHR_UPOS_NOUN) names_only = 0;
    /* the name is one word when nothing or only a title precedes it */
    int one_word = names_only && (own == 1 || s->t[seq[own - 2]].upos == CHR_UPOS_NOUN ||
                                  ((f->npre || f->npost) && f->aend == s->tok[seq[own - 2]].end));
    chrLexId person = names_only ? chrActors_surname(s, seq[own - 1], one_word) : CHR_LEX_NONE;
    if (person) {
        f->cstart[0] = s->tok[seq[0]].start;
        f->cend[0] = s->tok[seq[own - 1]].end;
        f->cpeople[0] = 0;
        f->countries[f->nc++] = person;
        f->core++;
    }
}

/* The actors of the phrase come from its head and the head's own
 * modifiers; a prepositional modifier ("sanctions against Iran", "a trip to
 * Beijing by the minister") is read only when they name nothing. */
static void scan_phrase(const chrSent *s, int h, found *f) {
    scan_parts(s, h, 0, f);
    if (!f->core) scan_parts(s, h, 1, f);
}

/* Is the name starting at byte `start` a capital named as such ("the
 * Senegalese capital Dakar", "the capital, Mogadishu")? Then it is the city,
 * a place, not its country acting ("Dakar warned"). */
static int named_capital(const chrSent *s, uint32_t start) {
    int i = 0;
    while (i < s->n && s->tok[i].start < start) i++;
    if (i >= s->n || s->tok[i].start != start) return 0;
    if (i >= 2 && s->tok[i - 1].form && strcmp(s->tok[i - 1].form, ",") == 0) i--;
    const char *w = i >= 1 ? s->tok[i - 1].form : NULL;
    return w && (strcmp(w, "capital") == 0 || strcmp(w, "Capital") == 0);
}

static int ends_with(const char *s, const char *t) {
    size_t a = strlen(s), b = strlen(t);
    return a >= b && strcmp(s + a - b, t) == 0;
}

/* Actors of f's agents with the countries of cf (f itself, a conjunct, or
 * NULL for none). */
static void compose(const chrSent *s, const found *f, const found *cf, int h, chrCActors *out) {
    const chrLex *lex = s->lex;
    int nc = cf ? cf->nc : 0;
    const chrLexId *countries = cf ? cf->countries : NULL;
    const uint32_t *cs = cf ? cf->cstart : NULL, *ce = cf ? cf->cend : NULL;
    int none = nc == 0;
    for (int c = 0; c < (none ? 1 : nc) && out->n < CHR_CODER_MAX_ACTORS; c++) {
      const char *all = none ? "---" : chrLex_str(lex, countries[c]);
      /* "ELR/GAL": an entry naming several actors at once gives each */
      for (const char *part = all; part && out->n < CHR_CODER_MAX_ACTORS;) {
        const char *slash = strchr(part, '/');
        int plen = slash ? (int)(slash - part) : (int)strlen(part);
        const char *next = slash ? slash + 1 : NULL;
        char buf[CHR_CODER_CODE_LEN] = "";
        size_t o = 0;
        for (int k = 0; k < f->npre; k++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s", chrLex_str(lex, f->pre[k]));
        if (o >= sizeof buf) o = sizeof buf - 1;
        if (none && f->npre && !f->npost) plen = 0;
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%.*s", plen, part);
        part = next;
        if (o >= sizeof buf) o = sizeof buf - 1;
        for (int k = 0; k < f->npost; k++) {
            const char *role = chrLex_str(lex, f->post[k]);
            if (ends_with(buf, role)) continue;
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s", role);
            if (o >= sizeof buf) o = sizeof buf - 1;
        }
        int dup = 0;
        for (int k = 0; k < out->n; k++) dup |= strcmp(out->a[k].code, buf) == 0;
        if (dup || !buf[0]) continue;
        chrCActor *a = &out->a[out->n++];
        memcpy(a->code, buf, sizeof buf);
        uint32_t st = none ? f->astart : cs[c], en = none ? f->aend : ce[c];
        if (!none && (f->npre || f->npost)) {
            if (f->astart < st) st = f->astart;
            if (f->aend > en) en = f->aend;
        }
        a->start = st;
        a->end = en;
        a->tok = h;
        a->people = !none && cf->cpeople[c];
        a->city = !none && !f->npre && !f->npost && (cf->ccity[c] == 1 || named_capital(s, cs[c]));
        a->capital = !none && !f->npre && !f->npost && cf->ccity[c] == 2;
      }
    }
}

/* The head and its conjoined heads (conj chains), in text order. */
static int conjuncts(const chrSent *s, int h, int *heads, int cap) {
    int n = 0;
    heads[n++] = h;
    for (int i = 0; i < n && n < cap; i++) {
        int x = heads[i];
        for (int k = s->kid_first[x]; k < s->kid_first[x + 1] && n < cap; k++) {
            int c = s->kids[k];
            if (chrCoder_trueConjunct(s, c) && chrCoder_isNominal(s, c)) heads[n++] = c;
        }
    }
    return n;
}

/* "Platter and his party arrived", "met the minister and his party": a
 * "his" or "her party" conjoined after another actor is that person's
 * entourage, no political party. */
static int entourage(const chrSent *s, int c) {
    static const char *const party[] = {"party", NULL};
    static const char *const owner[] = {"his", "her", NULL};
    if (!chrCoder_formIn(s, c, party)) return 0;
    for (int k = s->kid_first[c]; k < s->kid_first[c + 1]; k++)
        if (s->t[s->kids[k]].rel == R_NMODPOSS && chrCoder_formIn(s, s->kids[k], owner)) return 1;
    return 0;
}

void chrActors_ofPhrase(const chrSent *s, int h, chrCActors *out) {
    out->n = 0;
    if (h < 0 || h >= s->n) return;
    if (s->t[h].upos == CHR_UPOS_PRON) { /* "it", "they": the actor named above */
        int a = chrActors_antecedent(s, h);
        if (a >= 0) chrActors_ofPhrase(s, a, out);
        return;
    }
    int heads[CHR_CODER_MAX_ACTORS];
    int nh = conjuncts(s, h, heads, CHR_CODER_MAX_ACTORS);
    found f[CHR_CODER_MAX_ACTORS];
    int any_country = -1;
    for (int i = 0; i < nh; i++) {
        scan_phrase(s, heads[i], &f[i]);
        if (i > 0 && entourage(s, heads[i])) f[i].skipped = 1;
        if (!f[i].skipped && f[i].nc && any_country < 0) any_country = i;
    }
    for (int i = 0; i < nh; i++) {
        if (f[i].skipped) continue;
        if (f[i].nc) {
            compose(s, &f[i], &f[i], heads[i], out);
        } else if (f[i].npre || f[i].npost) {
            /* "lawmakers and officials in X": a bare agent borrows the countries of its conjunct */
            if (any_country >= 0)
                compose(s, &f[i], &f[any_country], heads[i], out);
            else
                compose(s, &f[i], NULL, heads[i], out);
        }
    }
    /* an apposition names the head better than a bare role: "drug kingpin, Joaquin Guzman" */
    int weak = out->n == 0 || (out->n == 1 && strncmp(out->a[0].code, "---", 3) == 0);
    if (!weak) return;
    for (int k = s->kid_first[h]; k < s->kid_first[h + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel != R_APPOS) continue;
        found g;
        scan_phrase(s, c, &g);
        if (g.skipped || !g.nc) continue;
        out->n = 0;
        compose(s, &g, &g, c, out);
        return;
    }
}

/* ---- new actors (PETRARCH's new_actor_length) ---- */

/* Is x no part of the name of the phrase at h: its own preposition, inside
 * an oblique other than "of" ("the Ministry of Magic on Wednesday"), a
 * conjunct or coordinator, punctuation, a possessive ending? */
static int outside_name(const chrSent *s, int x, int h) {
    const char *f = s->tok[x].form;
    if (s->t[x].upos == CHR_UPOS_PUNCT || (f[0] == '\'' && (f[1] | 0x20) == 's' && !f[2])) return 1;
    if (s->t[x].rel == R_CASE && s->t[x].head == h) return 1; /* "for" of "for the Ministry" */
    for (int depth = 0; x >= 0 && x != h && depth < s->n; depth++) {
        uint8_t r = s->t[x].rel;
        if (r == R_CONJ || r == R_CC) return 1;
        if ((r == R_NMOD || r == R_OBL) && !chrCoder_caseIs(s, x, "of")) return 1;
        x = s->t[x].head;
    }
    return 0;
}

void chrActors_newActors(const chrSent *s, int h, int max_words, chrCActors *out) {
    if (h < 0 || h >= s->n || max_words <= 0) return;
    int heads[CHR_CODER_MAX_ACTORS];
    int nh = conjuncts(s, h, heads, CHR_CODER_MAX_ACTORS);
    for (int i = 0; i < nh && out->n < CHR_CODER_MAX_ACTORS; i++) {
        found f;
        scan_phrase(s, heads[i], &f);
        if (f.nc || f.npre || f.npost || f.skipped) continue;
        int seq[CHR_CODER_MAX_TOKENS];
        int n = phrase_tokens(s, heads[i], seq), words = 0;
        char buf[CHR_CODER_CODE_LEN];
        size_t o = 0;
        buf[o++] = '"';
        uint32_t st = 0, en = 0;
        for (int k = 0; k < n && words <= max_words; k++) {
            int x = seq[k];
            if (outside_name(s, x, heads[i])) continue;
            const char *w = s->tok[x].form;
            if (words) buf[o++] = ' ';
            size_t got = o < sizeof buf - 2 ? chrLex_upper(w, strlen(w), buf + o, sizeof buf - 1 - o) : (size_t)-1;
            if (got == (size_t)-1) {
                words = max_words + 1;
                break;
            }
            o += got;
            if (!words) st = s->tok[x].start;
            en = s->tok[x].end;
            words++;
        }
        if (!words || words > max_words || o + 2 > sizeof buf) continue;
        buf[o++] = '"';
        buf[o] = '\0';
        chrCActor *a = &out->a[out->n++];
        memcpy(a->code, buf, o + 1);
        a->start = st;
        a->end = en;
        a->tok = heads[i];
    }
}
