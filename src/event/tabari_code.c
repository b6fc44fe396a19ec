/*
 * tabari_code.c - TABARI-style coding after the parse (tabari_parse.c):
 * conjunction clauses, verb patterns matched in surface order around the
 * verb (longest first, the root's own code last), designated and default
 * sources and targets, passive voice, paired codes, compound actors,
 * subordinate codes and the complexity filter. See the TABARI manual,
 * chapters 5 to 8.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event/cameo.h"
#include "event/tabari_int.h"

#define FLAT_MAX 40
#define VARIANTS 24

typedef struct {
    chrLexSurfTok t[FLAT_MAX];
    int n;
} flat;

/* Expands alternatives and synsets of sequence seq into flat variants. */
static int flatten(const chrLex *lex, uint32_t seq, flat *out, int cap, int depth) {
    const chrLexSurfSeq *q = &lex->surf_seqs[seq];
    int nv = 1;
    out[0].n = 0;
    for (uint32_t k = 0; k < q->n; k++) {
        const chrLexSurfTok *tk = &lex->surf_toks[q->first + k];
        if (tk->kind != CHR_SURF_ALT) {
            for (int v = 0; v < nv; v++)
                if (out[v].n < FLAT_MAX) out[v].t[out[v].n++] = *tk;
            continue;
        }
        if (depth > 4) return 0;
        const chrLexSurfAlt *alt = &lex->surf_alts[tk->ref];
        flat *next = malloc(sizeof(flat) * (size_t)cap);
        flat *sub = malloc(sizeof(flat) * VARIANTS);
        if (!next || !sub) {
            free(next);
            free(sub);
            return 0;
        }
        int nn = 0;
        for (uint32_t a = 0; a < alt->n; a++) {
            int ns = flatten(lex, lex->surf_alt_seqs[alt->first + a], sub, VARIANTS, depth + 1);
            for (int s = 0; s < ns; s++) {
                if (sub[s].n && (tk->flags & CHR_SURF_NEXT)) sub[s].t[0].flags |= CHR_SURF_NEXT;
                for (int v = 0; v < nv && nn < cap; v++) {
                    next[nn] = out[v];
                    for (int m = 0; m < sub[s].n && next[nn].n < FLAT_MAX; m++)
                        next[nn].t[next[nn].n++] = sub[s].t[m];
                    nn++;
                }
            }
        }
        memcpy(out, next, sizeof(flat) * (size_t)nn);
        nv = nn;
        free(next);
        free(sub);
    }
    return nv;
}

/* ------------------------------------------------------------ matching */

typedef struct {
    chrTabariCoder *c;
    const flat *f;
    int vi;        /* index of '*' in f */
    int L[TW_MAX]; /* live words of the clause */
    int nl;
    int src, tgt, both; /* actor units, -1 */
    int skipped[8], nskip;
    long steps;
} matcher;

static int word_actor(const chrTabariCoder *c, int w) {
    const tword *t = &c->w[w];
    if (t->type == TW_ACTOR && t->actor >= 0 && !c->a[t->actor].dead) return t->actor;
    if (t->type == TW_LITR && t->head >= 0 && c->w[t->head].type == TW_ACTOR && c->w[t->head].actor >= 0 &&
        !c->a[c->w[t->head].actor].dead)
        return c->w[t->head].actor;
    return -1;
}

/* Live-list extent [*lo, *hi] of actor unit a (its compound, if any). */
static void unit_extent(const matcher *m, int a, int *lo, int *hi) {
    const chrTabariCoder *c = m->c;
    int comp = c->a[a].compound;
    *lo = m->nl, *hi = -1;
    for (int p = 0; p < m->nl; p++) {
        int x = word_actor(c, m->L[p]);
        if (x < 0) continue;
        if (x == a || (comp >= 0 && c->a[x].compound == comp)) {
            if (p < *lo) *lo = p;
            if (p > *hi) *hi = p;
        }
    }
}

static int is_compound(const chrTabariCoder *c, int a) { return c->a[a].compound >= 0 || c->a[a].ncodes > 1; }

static int slot(matcher *m, int kind, int a, int set) {
    int *dst = kind == CHR_SURF_SRC ? &m->src : kind == CHR_SURF_TGT ? &m->tgt : kind == CHR_SURF_BOTH ? &m->both : NULL;
    if (dst) {
        *dst = set ? a : -1;
    } else if (set) {
        if (m->nskip < 8) m->skipped[m->nskip++] = a;
    } else if (m->nskip) {
        m->nskip--;
    }
    return 1;
}

static int is_comma(const matcher *m, int p) { return m->c->w[m->L[p]].type == TW_COMMA; }

/* Forward: f->t[k..] after live position p. */
static int fwd(matcher *m, int k, int p) {
    if (++m->steps > 20000) return 0;
    if (k >= m->f->n) return 1;
    const chrLexSurfTok *tk = &m->f->t[k];
    int only = (tk->flags & CHR_SURF_NEXT) != 0;
    for (int q = p + 1; q < m->nl; q++) {
        if (is_comma(m, q)) return 0;
        int w = m->L[q];
        if (tk->kind == CHR_SURF_WORD) {
            if (chrTabari_wordMatch(m->c->lex, &m->c->w[w], tk, CHR_END_NONE) && fwd(m, k + 1, q)) return 1;
        } else {
            int a = word_actor(m->c, w);
            if (a >= 0) {
                if (tk->kind == CHR_SURF_BOTH && !is_compound(m->c, a)) return 0;
                int lo, hi;
                unit_extent(m, a, &lo, &hi);
                slot(m, tk->kind, a, 1);
                if (fwd(m, k + 1, hi > q ? hi : q)) return 1;
                slot(m, tk->kind, a, 0);
                return 0; /* actor tokens take the first actor met */
            }
        }
        if (only) return 0;
    }
    return 0;
}

/* Backward: f->t[k..0] before live position p. */
static int bwd(matcher *m, int k, int p) {
    if (++m->steps > 20000) return 0;
    if (k < 0) return 1;
    const chrLexSurfTok *tk = &m->f->t[k];
    int only = (m->f->t[k + 1].flags & CHR_SURF_NEXT) != 0;
    for (int q = p - 1; q >= 0; q--) {
        if (is_comma(m, q)) return 0;
        int w = m->L[q];
        if (tk->kind == CHR_SURF_WORD) {
            if (chrTabari_wordMatch(m->c->lex, &m->c->w[w], tk, CHR_END_NONE) && bwd(m, k - 1, q)) return 1;
        } else {
            int a = word_actor(m->c, w);
            if (a >= 0) {
                if (tk->kind == CHR_SURF_BOTH && !is_compound(m->c, a)) return 0;
                int lo, hi;
                unit_extent(m, a, &lo, &hi);
                slot(m, tk->kind, a, 1);
                if (bwd(m, k - 1, lo < q ? lo : q)) return 1;
                slot(m, tk->kind, a, 0);
                return 0;
            }
        }
        if (only) return 0;
    }
    return 0;
}

/* ------------------------------------------------------------ events */

typedef struct {
    const char *codes[64];
    int n;
    uint32_t start, end;
} side;

static void unit_codes(const chrTabariCoder *c, int a, int solo, side *s) {
    s->n = 0;
    s->start = c->w[c->a[a].pos].start;
    s->end = c->w[c->a[a].last].end;
    int comp = solo ? -1 : c->a[a].compound;
    for (int k = 0; k < c->na; k++) {
        if (c->a[k].dead || !(k == a || (comp >= 0 && c->a[k].compound == comp))) continue;
        for (int m = 0; m < c->a[k].ncodes && s->n < 64; m++) s->codes[s->n++] = c->a[k].codes[m];
    }
}

static void add_event(chrTabariResult *r, const char *s, const char *t, const char *code, const side *ss,
                      const side *ts, uint32_t vs, uint32_t ve) {
    if (!code || !code[0] || !strcmp(s, t)) return;
    for (size_t k = 0; k < r->n; k++)
        if (!strcmp(r->ev[k].source, s) && !strcmp(r->ev[k].target, t) && !strcmp(r->ev[k].code, code)) return;
    if (r->n == CHR_TABARI_MAX_EVENTS) {
        r->truncated = 1;
        return;
    }
    chrTabariEvent *e = &r->ev[r->n++];
    snprintf(e->source, sizeof e->source, "%s", s);
    snprintf(e->target, sizeof e->target, "%s", t);
    snprintf(e->code, sizeof e->code, "%s", code);
    e->src_start = ss->start, e->src_end = ss->end;
    e->tgt_start = ts->start, e->tgt_end = ts->end;
    e->verb_start = vs, e->verb_end = ve;
}

/* A coded verb, waiting to become events. */
typedef struct {
    int found;
    chrLexCode code;
    int src, tgt, both; /* units or -1 */
    int tgt_solo;       /* the target is one member of the source compound */
    const char *def_src, *def_tgt;
    int verb;
} coded;

static void emit(chrTabariCoder *c, const coded *cd, chrTabariResult *r) {
    const chrLex *lex = c->lex;
    const char *c1 = cd->code.code ? chrLex_str(lex, cd->code.code) : NULL;
    const char *c2 = cd->code.code2 ? chrLex_str(lex, cd->code.code2) : NULL;
    uint32_t vs = c->w[cd->verb].start, ve = c->w[c->w[cd->verb].last >= 0 ? c->w[cd->verb].last : cd->verb].end;
    side S = {0}, T = {0};
    if (cd->both >= 0) {
        unit_codes(c, cd->both, 0, &S);
        for (int i = 0; i < S.n; i++)
            for (int j = 0; j < S.n; j++) {
                if (i == j) continue;
                add_event(r, S.codes[i], S.codes[j], c1, &S, &S, vs, ve);
                add_event(r, S.codes[j], S.codes[i], c2, &S, &S, vs, ve);
            }
        return;
    }
    if (cd->src >= 0) unit_codes(c, cd->src, 0, &S);
    else if (cd->def_src) S.codes[S.n++] = cd->def_src;
    if (cd->tgt >= 0) unit_codes(c, cd->tgt, cd->tgt_solo, &T);
    else if (cd->def_tgt) T.codes[T.n++] = cd->def_tgt;
    for (int i = 0; i < S.n; i++)
        for (int j = 0; j < T.n; j++) {
            add_event(r, S.codes[i], T.codes[j], c1, &S, &T, vs, ve);
            add_event(r, T.codes[j], S.codes[i], c2, &T, &S, vs, ve);
        }
}

/* ------------------------------------------------------------ a verb */

static const char *first_code(const chrTabariCoder *c, int a) { return c->a[a].ncodes ? c->a[a].codes[0] : ""; }

static int skipped(const matcher *m, int a) {
    for (int k = 0; k < m->nskip; k++)
        if (m->skipped[k] == a) return 1;
    return 0;
}

/* Fills the default source and target of a match (manual 5.8). */
static void defaults(chrTabariCoder *c, matcher *m, int vp, int ve, int carried, coded *cd) {
    const chrTabariOpts *o = c->o;
    int prior = -1, after = -1;
    const char *tc = m->tgt >= 0 ? first_code(c, m->tgt) : NULL;
    for (int p = 0; p < m->nl; p++) {
        int a = word_actor(c, m->L[p]);
        if (a < 0 || skipped(m, a) || (tc && !strcmp(first_code(c, a), tc))) continue;
        if (p < vp && prior < 0) prior = a;
        if (p > ve && after < 0) after = a;
    }
    cd->src = m->src, cd->tgt = m->tgt;
    if (cd->src < 0) {
        if (carried >= 0) cd->src = carried;
        else if (prior >= 0) cd->src = prior;
        else if (o->def_source[0] && o->def_source_prior) cd->def_src = o->def_source;
        else if (after >= 0 && !(cd->tgt >= 0 && after == cd->tgt)) cd->src = after;
        else if (o->def_source[0]) cd->def_src = o->def_source;
    }
    if (cd->tgt < 0) {
        const char *sc = cd->src >= 0 ? first_code(c, cd->src) : "";
        int comp = cd->src >= 0 ? c->a[cd->src].compound : -1;
        for (int p = ve + 1; p < m->nl && cd->tgt < 0; p++) {
            int a = word_actor(c, m->L[p]);
            if (a >= 0 && !skipped(m, a) && strcmp(first_code(c, a), sc) && !(comp >= 0 && c->a[a].compound == comp))
                cd->tgt = a;
        }
        if (cd->tgt < 0 && o->def_target[0] && o->def_target_after) {
            cd->def_tgt = o->def_target;
            return;
        }
        for (int p = vp - 1; p >= 0 && cd->tgt < 0; p--) { /* nearest the verb first */
            int a = word_actor(c, m->L[p]);
            if (a >= 0 && !skipped(m, a) && a != cd->src && strcmp(first_code(c, a), sc)) {
                cd->tgt = a;
                cd->tgt_solo = comp >= 0 && c->a[a].compound == comp; /* a member of the source */
            }
        }
        if (cd->tgt < 0 && cd->src >= 0 && is_compound(c, cd->src)) cd->both = cd->src;
        else if (cd->tgt < 0 && o->def_target[0]) cd->def_tgt = o->def_target;
    }
}

static int live_type(const matcher *m, int p, int type) {
    return p >= 0 && p < m->nl && m->c->w[m->L[p]].type == type;
}

/* Codes verb v (word index) in the clause held by m. */
static int code_verb(chrTabariCoder *c, matcher *m, int v, int carried, coded *cd) {
    const chrLex *lex = c->lex;
    const chrLexBlock *b = &lex->blocks[lex->surf_entries[c->w[v].entry].index];
    int vp = -1, ve = -1;
    for (int p = 0; p < m->nl; p++) {
        if (m->L[p] == v) vp = p;
        if (m->L[p] <= c->w[v].last && c->w[m->L[p]].head == v) ve = p;
    }
    if (vp < 0) return 0;
    if (ve < vp) ve = vp;
    memset(cd, 0, sizeof *cd);
    cd->verb = v;
    cd->src = cd->tgt = cd->both = -1;
    flat *vars = malloc(sizeof(flat) * VARIANTS);
    if (!vars) return 0;
    int keep_src = -1, keep_tgt = -1, keep_both = -1, keep_nskip = 0, keep_skip[8] = {0};
    int matched = 0, actual = -1;
    for (uint32_t k = 0; k < b->n_surf; k++) {
        const chrLexSurfPat *sp = &lex->surf_pats[b->first_surf + k];
        int declared = lex->surf_seqs[sp->seq].length;
        /* a match through alternatives counts the letters it really used:
         * longer patterns are still tried before it is accepted */
        if (matched && declared <= actual) break;
        int nv = flatten(lex, sp->seq, vars, VARIANTS, 0);
        for (int x = 0; x < nv; x++) {
            m->f = &vars[x];
            m->vi = -1;
            int letters = 0;
            for (int t = 0; t < vars[x].n; t++) {
                if (vars[x].t[t].kind == CHR_SURF_VERB) m->vi = t;
                if (vars[x].t[t].kind == CHR_SURF_WORD) letters += (int)strlen(chrLex_str(lex, vars[x].t[t].word));
            }
            if (m->vi < 0) continue;
            m->src = m->tgt = m->both = -1;
            m->nskip = 0;
            m->steps = 0;
            if (m->vi > 0 && !bwd(m, m->vi - 1, vp)) continue;
            if (!fwd(m, m->vi + 1, ve)) continue;
            int had = matched;
            matched = 1;
            cd->code = sp->code;
            keep_src = m->src, keep_tgt = m->tgt, keep_both = m->both;
            keep_nskip = m->nskip;
            memcpy(keep_skip, m->skipped, sizeof keep_skip);
            actual = letters < declared ? letters : declared;
            if (had) actual = declared;
            break;
        }
        if (matched && actual >= declared) break;
    }
    m->src = keep_src, m->tgt = keep_tgt, m->both = keep_both;
    m->nskip = keep_nskip;
    memcpy(m->skipped, keep_skip, sizeof keep_skip);
    free(vars);
    if (!matched) {
        m->src = m->tgt = m->both = -1;
        m->nskip = 0;
        cd->code = b->surf_code;
    }
    if (cd->code.kind != CHR_CODE_EVENT) return cd->code.kind;
    cd->both = m->both;
    if (cd->both < 0) {
        defaults(c, m, vp, ve, m->src >= 0 ? -1 : carried, cd);
        int designated = m->src >= 0 || m->tgt >= 0;
        int aux = live_type(m, vp - 1, TW_AUX) || live_type(m, vp - 2, TW_AUX);
        int by = live_type(m, ve + 1, TW_BY) || live_type(m, ve + 2, TW_BY);
        if (!designated && aux && by && cd->both < 0) {
            int s = cd->src;
            cd->src = cd->tgt;
            cd->tgt = s;
        }
    }
    cd->found = (cd->src >= 0 || cd->def_src || cd->both >= 0) && (cd->tgt >= 0 || cd->def_tgt || cd->both >= 0);
    return CHR_CODE_EVENT;
}

/* ------------------------------------------------------------ the text */

chrTabariCoder *chrTabari_coderNew(const chrLex *lex) {
    chrTabariCoder *c = calloc(1, sizeof *c);
    if (c) c->lex = lex;
    return c;
}

void chrTabari_coderFree(chrTabariCoder *c) { free(c); }

static int complexity(chrTabariCoder *c) {
    const chrTabariOpts *o = c->o;
    int verbs = 0, conj = 0, actors = 0, prons = 0, first_verb = -1;
    for (int i = 0; i < c->n; i++) {
        const tword *w = &c->w[i];
        if (w->dead) continue;
        if (w->type == TW_VERB) {
            verbs++;
            const chrLexBlock *b = &c->lex->blocks[c->lex->surf_entries[w->entry].index];
            if (first_verb < 0 && b->surf_code.kind != CHR_CODE_NULL) first_verb = i;
        }
        if (w->type == TW_CONJ && !w->prot) conj++;
        if (w->type == TW_ACTOR) actors++;
        if (w->type == TW_PRON) prons++;
    }
    if (o->cx_verbs && verbs >= o->cx_verbs) return 1;
    if (o->cx_conj && conj >= o->cx_conj) return 1;
    if (o->cx_actors && actors >= o->cx_actors) return 1;
    if (o->cx_pronouns && prons >= o->cx_pronouns) return 1;
    if (o->cx_noverb && first_verb < 0) return 1;
    if (o->cx_noactprior && first_verb >= 0) {
        int prior = 0;
        for (int i = 0; i < first_verb; i++)
            if (!c->w[i].dead && word_actor(c, i) >= 0) prior = 1;
        if (!prior) return 1;
    }
    return 0;
}

int chrTabari_code(chrTabariCoder *c, const chrTabariOpts *o, const char *text, size_t len, int32_t ymd,
                   chrTabariResult *res) {
    memset(res, 0, offsetof(chrTabariResult, ev));
    c->o = o;
    c->text = text;
    c->ymd = ymd;
    chrTabari_parse(c, text, len);
    if (c->discard) {
        res->discarded = 1;
        return CHR_OK;
    }
    if (c->n < o->min_words) {
        res->too_short = 1;
        return CHR_OK;
    }
    if (c->complex || complexity(c)) {
        res->complex = 1;
        return CHR_OK;
    }
    matcher *m = malloc(sizeof *m);
    if (!m) return CHR_ENOMEM;
    memset(m, 0, sizeof *m);
    m->c = c;
    int carried = -1, start = 0;
    for (int ci = 0; start < c->n; ci++) {
        int end = start;
        while (end < c->n && !(c->w[end].type == TW_CONJ && !c->w[end].prot && !c->w[end].dead)) end++;
        m->nl = 0;
        for (int i = start; i < end; i++)
            if (!c->w[i].dead) m->L[m->nl++] = i;
        if (ci > 0) {
            int p = 0;
            while (p < m->nl && c->w[m->L[p]].type == TW_DET) p++;
            if (p < m->nl && c->w[m->L[p]].type == TW_ACTOR && word_actor(c, m->L[p]) >= 0)
                carried = word_actor(c, m->L[p]);
        }
        coded best = {0}, sub = {0};
        int got = 0;
        for (int p = 0; p < m->nl; p++) {
            int v = m->L[p];
            if (c->w[v].type != TW_VERB) continue;
            coded cd;
            int kind = code_verb(c, m, v, carried, &cd);
            if (kind == CHR_CODE_DISCARD) {
                res->discarded = 1;
                res->n = 0;
                free(m);
                return CHR_OK;
            }
            if (kind == CHR_CODE_COMPLEX) {
                res->complex = 1;
                res->n = 0;
                free(m);
                return CHR_OK;
            }
            if (kind != CHR_CODE_EVENT || !cd.found) continue;
            if (cd.code.prio == CHR_CODE_PRIO_SUBORD) {
                if (!sub.found) sub = cd;
                continue;
            }
            if (!got) best = cd;
            got = 1;
            if (o->code_by == CHR_TABARI_BY_ALL) emit(c, &cd, res);
            else break;
        }
        if (got && o->code_by != CHR_TABARI_BY_ALL) emit(c, &best, res);
        if (!got && sub.found) emit(c, &sub, res), best = sub, got = 1;
        if (got && best.src >= 0) carried = best.src;
        else if (!got && ci == 0 && carried < 0) {
            for (int p = 0; p < m->nl && carried < 0; p++) carried = word_actor(c, m->L[p]);
        }
        if (got && o->code_by == CHR_TABARI_BY_SENTENCE) break;
        start = end + 1;
    }
    free(m);
    return CHR_OK;
}

void chrTabari_toEvent(const chrTabariEvent *e, uint32_t sentence, chr_date date, chr_event *out) {
    memset(out, 0, sizeof *out);
    out->sentence = sentence;
    out->date = date;
    out->source.code = e->source;
    out->source.start = e->src_start, out->source.end = e->src_end;
    out->source.entity = -1;
    out->target.code = e->target;
    out->target.start = e->tgt_start, out->target.end = e->tgt_end;
    out->target.entity = -1;
    size_t cl = strlen(e->code) < sizeof out->code ? strlen(e->code) : sizeof out->code - 1;
    memcpy(out->code, e->code, cl);
    out->code[cl] = '\0';
    chrCameo_describe(out->code, out->root, &out->quad, &out->goldstein);
    out->evidence_start = e->verb_start, out->evidence_end = e->verb_end;
}
