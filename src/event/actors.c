/*
 * actors.c - actor resolution: the noun phrase around a head token is
 * matched against the lexicon's phrase trie (longest match, words by form
 * and else by lemma), and the actors and agents found compose the codes:
 * country + agent roles (MEX + GOV -> MEXGOV), prefix agents before the
 * country (NGO~), an agent alone gives ---ROLE, conjoined heads give one
 * actor each, and a phrase naming a news outlet or reporter (the lexicon's
 * skip kind) gives none.
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
        if (strncmp(want + o, f, fl) != 0) return 0;
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
    if (t->lemma && t->lemma != t->form && (c = chrLex_child(lex, node, t->lemma))) walk(m, c, start, pos + 1);
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
            else if (u->lemma && (d = chrLex_child(lex, c, u->lemma))) walk(m, d, start, pos + skip + 1);
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
            if (x == h && excluded_rel(s->t[c].rel)) continue;
            if (x != h && (s->t[c].rel == R_RELCL || s->t[c].rel == R_ACL || s->t[c].rel == R_APPOS ||
                           s->t[c].rel == R_PUNCT || s->t[c].rel == R_ADVCL))
                continue;
            if (sp < cap) stack[sp++] = c;
        }
    }
    int m = 0;
    for (int i = 0; i < s->n; i++)
        if (in[i]) seq[m++] = i;
    return m;
}

typedef struct found {
    chrLexId countries[CHR_CODER_MAX_ACTORS];
    uint32_t cstart[CHR_CODER_MAX_ACTORS], cend[CHR_CODER_MAX_ACTORS];
    uint8_t cpeople[CHR_CODER_MAX_ACTORS]; /* named by a demonym ("Iraqis") */
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

/* An adjective agent word ("official", "military") modifying a noun that
 * names no actor or agent itself describes a thing, not an actor. */
static int adjective_role(const chrSent *s, int x) {
    int h = s->t[x].head;
    if (s->t[x].upos != CHR_UPOS_ADJ || s->t[x].rel != R_AMOD || h < 0) return 0;
    uint32_t node;
    int len = match_seq(s, &h, 1, 0, 1u << CHR_LEX_ACTOR | 1u << CHR_LEX_AGENT, &node);
    return len == 0;
}

/* other_ok: phrases under other prepositional modifiers count as core */
static void scan_parts(const chrSent *s, int h, int other_ok, found *f) {
    memset(f, 0, sizeof *f);
    int seq[CHR_CODER_MAX_TOKENS];
    int n = phrase_tokens(s, h, seq);
    unsigned want = 1u << CHR_LEX_ACTOR | 1u << CHR_LEX_AGENT | 1u << CHR_LEX_SKIP;
    const chrLex *lex = s->lex;
    /* countries named in a phrase of place or origin are where the actor
     * is; they make it only when the rest of the phrase names none ("police
     * in X", "refugees from X") */
    chrLexId lc[CHR_CODER_MAX_ACTORS];
    uint32_t lstart[CHR_CODER_MAX_ACTORS], lend[CHR_CODER_MAX_ACTORS];
    int nl = 0;
    uint8_t lonly[CHR_CODER_MAX_ACTORS]; /* lc[k] came from a lexicon-listed place phrase */
    for (int i = 0; i < n;) {
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
            if (hit->kind == CHR_LEX_ACTOR && !actor) actor = hit;
            if (hit->kind == CHR_LEX_AGENT && !agent) agent = hit;
            if (hit->kind == CHR_LEX_SKIP && !skip) skip = hit;
        }
        int part = chrCoder_phrasePart(s, seq[i], h);
        if (part == CHR_PART_OTHER && other_ok) part = CHR_PART_CORE;
        if (part == CHR_PART_CORE) f->core++;
        if (part == CHR_PART_OTHER || ((part == CHR_PART_PLACE || part == CHR_PART_PLACE_ONLY) && !actor)) {
            /* "a trip to Beijing by the minister": not the phrase's actor */
        } else if (skip) {
            f->skipped = 1;
        } else if (actor && (part == CHR_PART_PLACE || part == CHR_PART_PLACE_ONLY)) {
            chrLexId code = chrLex_actorCode(lex, actor->index, s->ymd);
            if (code && nl < CHR_CODER_MAX_ACTORS) {
                lonly[nl] = part == CHR_PART_PLACE_ONLY;
                lstart[nl] = start;
                lend[nl] = end;
                lc[nl++] = code;
            }
        } else if (actor) {
            chrLexId code = chrLex_actorCode(lex, actor->index, s->ymd);
            if (code && f->nc < CHR_CODER_MAX_ACTORS) {
                int dup = 0;
                for (int k = 0; k < f->nc; k++) dup |= f->countries[k] == code;
                if (!dup) {
                    f->cstart[f->nc] = start;
                    f->cend[f->nc] = end;
                    f->cpeople[f->nc] = lex->actors[actor->index].sort == CHR_LEX_SORT_ADJ;
                    f->countries[f->nc++] = code;
                }
            }
        } else if (agent && len == 1 && adjective_role(s, seq[i])) {
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
    /* "a seminar in Vienna": a lexicon-listed place makes no actor of a
     * phrase that names no agent */
    int agentless = !f->npre && !f->npost;
    if (!f->nc)
        for (int k = 0; k < nl; k++) {
            if (agentless && lonly[k]) continue;
            f->cstart[f->nc] = lstart[k];
            f->cend[f->nc] = lend[k];
            f->cpeople[f->nc] = 0;
            f->countries[f->nc++] = lc[k];
        }
}

/* The actors of the phrase come from its head and the head's own
 * modifiers; a prepositional modifier ("sanctions against Iran", "a trip to
 * Beijing by the minister") is read only when they name nothing. */
static void scan_phrase(const chrSent *s, int h, found *f) {
    scan_parts(s, h, 0, f);
    if (!f->core) scan_parts(s, h, 1, f);
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
            if (s->t[c].rel == R_CONJ && chrCoder_isNominal(s, c)) heads[n++] = c;
        }
    }
    return n;
}

void chrActors_ofPhrase(const chrSent *s, int h, chrCActors *out) {
    out->n = 0;
    if (h < 0 || h >= s->n) return;
    int heads[CHR_CODER_MAX_ACTORS];
    int nh = conjuncts(s, h, heads, CHR_CODER_MAX_ACTORS);
    found f[CHR_CODER_MAX_ACTORS];
    int any_country = -1;
    for (int i = 0; i < nh; i++) {
        scan_phrase(s, heads[i], &f[i]);
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
