/*
 * tabari_parse.c - TABARI's sparse parse of a text: filtered words, word
 * types from the dictionaries (longest phrase first), nouns shifted from
 * verbs by a determiner or a capital, actors with dated codes and agents,
 * parsed compound actors, pronoun references and the elimination of short
 * comma-delimited clauses. See the TABARI manual, chapter 7.
 */
#include <stdio.h>
#include <string.h>

#include "event/tabari_int.h"

static int up(int ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }
static int is_lower(int ch) { return ch >= 'a' && ch <= 'z'; }
static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }

/* ------------------------------------------------------------ words */

static void push_word(chrTabariCoder *c, const char *t, size_t a, size_t b) {
    if (c->n >= TW_MAX || b <= a) return;
    tword *w = &c->w[c->n];
    memset(w, 0, sizeof *w);
    w->start = (uint32_t)a;
    w->end = (uint32_t)b;
    w->head = w->last = -1;
    w->actor = -1;
    size_t m = 0;
    for (size_t k = a; k < b && m + 1 < TW_LEN; k++) {
        unsigned char ch = (unsigned char)t[k];
        if (ch >= 0x80) continue; /* diacritics and other non-ASCII are dropped */
        if (ch == ',' && k > a && k + 1 < b && is_digit(t[k - 1]) && is_digit(t[k + 1])) continue;
        w->w[m++] = (char)up(ch);
    }
    w->w[m] = '\0';
    w->len = (uint8_t)m;
    if (!m) return;
    w->cap = t[a] >= 'A' && t[a] <= 'Z';
    c->n++;
}

/* TABARI's input filter (manual 7.3) while cutting words: '?', '!', '-'
 * are blanks, a period after a lower-case letter is a blank, ';' is a
 * comma, commas and double quotes are words of their own, commas inside
 * numbers vanish. */
static void words(chrTabariCoder *c, const char *t, size_t n) {
    size_t a = 0;
    int in = 0, lower = 0;
    c->n = 0;
    for (size_t k = 0; k <= n; k++) {
        int ch = k < n ? (unsigned char)t[k] : ' ';
        int brk = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '?' || ch == '!' ||
                  ch == '-' || ch == '_' || ch == ',' || ch == ';' || ch == '"' || ch == '\0';
        if (ch == ',' && k > 0 && k + 1 < n && is_digit(t[k - 1]) && is_digit(t[k + 1])) brk = 0;
        if (ch == '.' && k > 0 && is_lower(t[k - 1])) brk = 1;
        if (ch < 0x80 && ch >= 'A' && ch <= 'Z') lower = 0;
        if (brk) {
            if (in) push_word(c, t, a, k);
            in = 0;
            if (ch == ',' || ch == ';') push_word(c, ",", 0, 1), c->w[c->n - 1].start = (uint32_t)k,
                                              c->w[c->n - 1].end = (uint32_t)k + 1;
            if (ch == '"') push_word(c, "\"", 0, 1), c->w[c->n - 1].start = (uint32_t)k,
                                          c->w[c->n - 1].end = (uint32_t)k + 1;
            continue;
        }
        if (!in) a = k, in = 1;
        if (is_lower(ch)) lower = 1;
    }
    (void)lower;
    int lowers = 0;
    for (size_t k = 0; k < n; k++) lowers += is_lower((unsigned char)t[k]);
    c->allcaps = lowers == 0;
}

/* ------------------------------------------------------------ matching words */

static const char *const noun_ends[] = {"S", "'S", "ES", "'", NULL};
static const char *const verb_ends[] = {"S", "ED", "ES", "EN", "ING", NULL};

int chrTabari_wordMatch(const chrLex *lex, const tword *t, const chrLexSurfTok *d, int endings) {
    const char *dw = chrLex_str(lex, d->word);
    size_t dl = strlen(dw);
    if (t->len < dl || memcmp(t->w, dw, dl)) return 0;
    if (!(d->flags & CHR_SURF_EXACT) || t->len == dl) return 1;
    if (endings == CHR_END_NONE) return 0;
    const char *rest = t->w + dl;
    const char *const *ends = endings == CHR_END_VERB ? verb_ends : noun_ends;
    for (size_t k = 0; ends[k]; k++)
        if (!strcmp(rest, ends[k])) return 1;
    if (endings == CHR_END_VERB && dl && dw[dl - 1] == 'E' && !strcmp(rest, "D")) return 1;
    return 0;
}

typedef struct {
    uint32_t entry;
    int pos[16];
    int n, gaps, chars;
} cand;

/* Matches entry e with its first word at i; words already in phrases are
 * not used again. */
static int match_entry(chrTabariCoder *c, uint32_t e, int i, cand *out) {
    const chrLex *lex = c->lex;
    const chrLexSurfEntry *en = &lex->surf_entries[e];
    const chrLexSurfSeq *q = &lex->surf_seqs[en->seq];
    if (q->n > 16) return 0;
    out->entry = e;
    out->n = 0;
    out->gaps = 0;
    out->chars = 0;
    int prev = i - 1;
    for (uint32_t k = 0; k < q->n; k++) {
        const chrLexSurfTok *tk = &lex->surf_toks[q->first + k];
        if (tk->kind != CHR_SURF_WORD) return 0;
        int ends = k + 1 == q->n ? en->endings : CHR_END_NONE;
        int found = -1;
        if (k == 0 || (tk->flags & CHR_SURF_NEXT)) {
            int j = k == 0 ? i : prev + 1;
            if (j < c->n && c->w[j].head < 0 && chrTabari_wordMatch(lex, &c->w[j], tk, ends)) found = j;
        } else {
            for (int j = prev + 1; j < c->n; j++)
                if (c->w[j].head < 0 && chrTabari_wordMatch(lex, &c->w[j], tk, ends)) {
                    found = j;
                    break;
                }
            if (found > prev + 1) out->gaps++;
        }
        if (found < 0) return 0;
        out->pos[out->n++] = found;
        out->chars += c->w[found].len;
        prev = found;
    }
    return 1;
}

static int better(const cand *a, const cand *b) {
    if (a->n != b->n) return a->n > b->n;
    if (a->gaps != b->gaps) return a->gaps < b->gaps;
    if (a->chars != b->chars) return a->chars > b->chars;
    return a->entry < b->entry; /* the earlier dictionary line */
}

static void consider(chrTabariCoder *c, uint32_t e, int i, cand *best, int *have) {
    for (; e; e = c->lex->surf_entries[e].next) {
        uint8_t kind = c->lex->surf_entries[e].kind;
        if (kind == CHR_LEX_TIME && !c->o->time_shift) continue;
        cand cd;
        if (match_entry(c, e, i, &cd) && (!*have || better(&cd, best))) {
            *best = cd;
            *have = 1;
        }
    }
}

static int best_entry(chrTabariCoder *c, int i, cand *best) {
    const chrLex *lex = c->lex;
    const tword *t = &c->w[i];
    int have = 0;
    uint32_t e;
    chrLexId id = chrLex_find(lex, t->w, t->len);
    if (id && chrLexMap_get(&lex->surf_exact, id, &e)) consider(c, e, i, best, &have);
    static const char *const all_ends[] = {"S", "'S", "ES", "'", "ED", "EN", "ING", "D", NULL};
    for (size_t k = 0; all_ends[k]; k++) {
        size_t el = strlen(all_ends[k]);
        if (t->len <= el || strcmp(t->w + t->len - el, all_ends[k])) continue;
        id = chrLex_find(lex, t->w, t->len - el);
        if (id && chrLexMap_get(&lex->surf_exact, id, &e)) consider(c, e, i, best, &have);
    }
    for (size_t l = 1; l <= t->len; l++) {
        id = chrLex_find(lex, t->w, l);
        if (id && chrLexMap_get(&lex->surf_stem, id, &e)) consider(c, e, i, best, &have);
    }
    return have;
}

static int closed_class(const char *w) {
    static const struct { const char *w; int type; } tab[] = {
        {"THE", TW_DET}, {"A", TW_DET}, {"AN", TW_DET},
        {"HE", TW_PRON}, {"SHE", TW_PRON}, {"IT", TW_PRON}, {"ITS", TW_PRON}, {"HIS", TW_PRON},
        {"HER", TW_PRON}, {"HIM", TW_PRON}, {"THEY", TW_PRON}, {"THEM", TW_PRON}, {"THEIR", TW_PRON},
        {"AND", TW_CONJ}, {"BUT", TW_CONJ}, {"OR", TW_CONJ}, {"NOR", TW_CONJ},
        {",", TW_COMMA}, {"WAS", TW_AUX}, {"WERE", TW_AUX}, {"BEEN", TW_AUX}, {"BY", TW_BY}};
    for (size_t k = 0; k < sizeof tab / sizeof *tab; k++)
        if (!strcmp(w, tab[k].w)) return tab[k].type;
    if (is_digit(w[0])) return TW_NUM;
    return TW_NONE;
}

/* ------------------------------------------------------------ actors */

/* The code of actor for the date: the first restriction met, else the
 * default, else the null code. */
static const char *actor_code(const chrTabariCoder *c, uint32_t a) {
    const chrLex *lex = c->lex;
    const chrLexActor *ac = &lex->actors[a];
    for (uint32_t k = 0; k < ac->n_dated; k++) {
        const chrLexDated *d = &lex->dated[ac->first_dated + k];
        if (c->ymd && (!d->from || c->ymd >= d->from) && (!d->until || c->ymd <= d->until))
            return chrLex_str(lex, d->code);
    }
    if (ac->code) return chrLex_str(lex, ac->code);
    return "---";
}

static int new_actor(chrTabariCoder *c, int pos, int last, const char *codes) {
    if (c->na >= TA_MAX) return -1;
    tactor *a = &c->a[c->na];
    memset(a, 0, sizeof *a);
    a->pos = (int16_t)pos;
    a->last = (int16_t)last;
    a->compound = -1;
    for (const char *p = codes; *p && a->ncodes < TA_CODES;) {
        const char *s = strchr(p, '/');
        size_t l = s ? (size_t)(s - p) : strlen(p);
        if (l && l < sizeof a->codes[0]) {
            memcpy(a->codes[a->ncodes], p, l);
            a->codes[a->ncodes++][l] = '\0';
        }
        p = s ? s + 1 : p + l;
    }
    c->w[pos].actor = (int16_t)c->na;
    return c->na++;
}

/* Adds agent code ag (after the actor code unless prefix) when the actor
 * code does not hold it already on a 3-letter boundary. */
static void compose(char *code, size_t cap, const char *ag, int prefix) {
    size_t cl = strlen(code), al = strlen(ag);
    for (size_t k = 0; k + al <= cl; k += 3)
        if (!memcmp(code + k, ag, al)) return;
    if (cl + al + 1 > cap) return;
    if (prefix) {
        memmove(code + al, code, cl + 1);
        memcpy(code, ag, al);
    } else {
        memcpy(code + cl, ag, al + 1);
    }
}

static int is_word(const chrTabariCoder *c, int i, const char *w) {
    return i >= 0 && i < c->n && !strcmp(c->w[i].w, w);
}

static int actor_ending_at(const chrTabariCoder *c, int i) {
    for (int k = 0; k < c->na; k++)
        if (c->a[k].last == i) return k;
    return -1;
}

static void agents(chrTabariCoder *c) {
    const chrLex *lex = c->lex;
    for (int g = 0; g < c->n; g++) {
        if (c->w[g].type != TW_AGENT) continue;
        const chrLexAgent *ag = &lex->agents[lex->surf_entries[c->w[g].entry].index];
        int gl = c->w[g].last, former = is_word(c, g - 1, "FORMER"), act = -1;
        if ((act = actor_ending_at(c, g - 1 - former)) >= 0) {
            former |= is_word(c, c->a[act].pos - 1, "FORMER");
        } else if (gl + 1 < c->n && c->w[gl + 1].actor >= 0) {
            act = c->w[gl + 1].actor;
        } else if ((is_word(c, gl + 1, "OF") || is_word(c, gl + 1, "IN")) && gl + 2 < c->n &&
                   c->w[gl + 2].actor >= 0) {
            act = c->w[gl + 2].actor;
        }
        if (act >= 0 && is_word(c, c->a[act].pos - 1, "FORMER")) former = 1;
        const char *code = former ? "ELI" : chrLex_str(lex, ag->code);
        if (act >= 0) {
            tactor *a = &c->a[act];
            for (int k = 0; k < a->ncodes; k++) compose(a->codes[k], sizeof a->codes[k], code, ag->prefix);
        } else if (c->o->convert_agents) {
            char buf[48];
            snprintf(buf, sizeof buf, ag->prefix ? "%s~" : "~%s", code);
            if (new_actor(c, g, gl, buf) >= 0) c->w[g].type = TW_ACTOR;
        }
    }
}

/* ------------------------------------------------------------ compounds */

static int np_word(const chrTabariCoder *c, int i) {
    if (i < 0 || i >= c->n || c->w[i].dead) return 0;
    int t = c->w[i].type;
    if (t == TW_LITR && c->w[i].head >= 0) t = c->w[c->w[i].head].type;
    return t == TW_ACTOR || t == TW_ADJ || t == TW_DET || t == TW_AGENT;
}

/* The noun phrase ending at i (going left) or starting at i (going right):
 * [*a, *b] with at least one actor, else 0. */
static int np_span(const chrTabariCoder *c, int i, int dir, int *a, int *b) {
    if (!np_word(c, i)) return 0;
    int j = i;
    while (np_word(c, j + dir)) j += dir;
    *a = dir < 0 ? j : i;
    *b = dir < 0 ? i : j;
    for (int k = *a; k <= *b; k++)
        if (c->w[k].actor >= 0 && c->w[k].type == TW_ACTOR) return 1;
    return 0;
}

static void join(chrTabariCoder *c, int a, int b, int *comp) {
    for (int k = a; k <= b; k++) {
        int act = c->w[k].actor;
        if (act < 0 || c->w[k].type != TW_ACTOR) continue;
        if (*comp < 0) *comp = c->a[act].compound >= 0 ? c->a[act].compound : act;
        int old = c->a[act].compound;
        for (int m = 0; m < c->na; m++)
            if (m == act || (old >= 0 && c->a[m].compound == old)) c->a[m].compound = (int16_t)*comp;
    }
}

static void compounds(chrTabariCoder *c) {
    for (int k = 1; k + 1 < c->n; k++) {
        if (c->w[k].type != TW_CONJ) continue;
        int la, lb, ra, rb, left = k - 1;
        if (c->w[left].type == TW_COMMA) left--;
        if (np_span(c, left, -1, &la, &lb) && np_span(c, k + 1, 1, &ra, &rb)) {
            int comp = -1;
            join(c, la, lb, &comp);
            join(c, ra, rb, &comp);
            c->w[k].prot = 1;
            if (left != k - 1) c->w[k - 1].prot = 1;
            /* earlier members of a comma list: np , np , ... */
            while (la >= 2 && c->w[la - 1].type == TW_COMMA && np_span(c, la - 2, -1, &la, &lb)) {
                c->w[lb + 1].prot = 1;
                join(c, la, lb, &comp);
            }
            continue;
        }
        /* compound nouns and adjectives keep their conjunction */
        int lt = c->w[k - 1].type, rt = c->w[k + 1].type;
        if (lt == TW_ADJ && rt == TW_ADJ) c->w[k].prot = 1;
        if (lt == TW_NOUN) {
            int j = k + 1;
            while (j < c->n && c->w[j].type == TW_ADJ) j++;
            if (j < c->n && c->w[j].type == TW_NOUN) c->w[k].prot = 1;
        }
    }
}

/* ------------------------------------------------------------ pronouns */

static void pronouns(chrTabariCoder *c) {
    int first = -1, first_comp = -1;
    for (int k = 0; k < c->na; k++) {
        if (c->a[k].dead) continue;
        if (first < 0 || c->a[k].pos < c->a[first].pos) first = k;
        if (c->a[k].compound >= 0 && (first_comp < 0 || c->a[k].pos < c->a[first_comp].pos)) first_comp = k;
    }
    int na = c->na;
    for (int i = 0; i < c->n; i++) {
        if (c->w[i].type != TW_PRON || c->w[i].dead) continue;
        const char *p = c->w[i].w;
        int ref = -1, group = 0;
        if (!strcmp(p, "ITS") || !strcmp(p, "HIS") || !strcmp(p, "HER")) {
            for (int k = 0; k < na; k++)
                if (!c->a[k].dead && c->a[k].pos < i && (ref < 0 || c->a[k].pos < c->a[ref].pos)) ref = k;
        } else if (p[0] == 'T') {
            ref = first_comp >= 0 ? first_comp : first;
            group = first_comp >= 0;
        } else {
            ref = first;
        }
        int before = 0;
        for (int k = 0; k < na; k++) before |= !c->a[k].dead && c->a[k].pos < i;
        if (c->o->forward && !before && c->fwd[0]) {
            if (new_actor(c, i, i, c->fwd) >= 0) c->w[i].type = TW_ACTOR;
            continue;
        }
        if (ref < 0) continue;
        char codes[TA_CODES * 49] = "";
        for (int k = 0; k < na; k++) {
            int in = group ? c->a[k].compound == c->a[ref].compound : k == ref;
            if (!in || c->a[k].dead) continue;
            for (int m = 0; m < c->a[k].ncodes; m++) {
                if (codes[0]) strncat(codes, "/", sizeof codes - strlen(codes) - 1);
                strncat(codes, c->a[k].codes[m], sizeof codes - strlen(codes) - 1);
            }
        }
        if (new_actor(c, i, i, codes) >= 0) c->w[i].type = TW_ACTOR;
    }
}

/* ------------------------------------------------------------ commas */

static void kill(chrTabariCoder *c, int a, int b) {
    for (int k = a; k <= b && k < c->n; k++)
        if (k >= 0) c->w[k].dead = 1;
}

static void commas(chrTabariCoder *c) {
    const chrTabariOpts *o = c->o;
    if (o->comma_off) return;
    int cs[TW_MAX], nc = 0;
    for (int k = 0; k < c->n; k++)
        if (c->w[k].type == TW_COMMA && !c->w[k].prot) cs[nc++] = k;
    if (!nc) return;
    /* chained: an eliminated clause uses up the comma that closes it */
    int words = cs[0], k = 0;
    if (words > o->comma_bmin && words <= o->comma_bmax) kill(c, 0, cs[0]), k = 1;
    for (; k + 1 < nc; k++) {
        words = cs[k + 1] - cs[k] - 1;
        if (words > o->comma_min && words <= o->comma_max) {
            kill(c, cs[k], cs[k + 1]);
            k++;
        }
    }
    if (k < nc) {
        words = c->n - cs[nc - 1] - 1;
        if (words > o->comma_emin && words <= o->comma_emax) kill(c, cs[nc - 1], c->n - 1);
    }
    /* a phrase with any word eliminated is eliminated whole */
    for (int i = 0; i < c->n; i++) {
        tword *w = &c->w[i];
        if (w->head != i) continue;
        int dead = 0;
        for (int j = i; j <= w->last; j++)
            if (c->w[j].head == i && c->w[j].dead) dead = 1;
        if (!dead) continue;
        for (int j = i; j <= w->last; j++)
            if (c->w[j].head == i) c->w[j].dead = 1;
        if (w->actor >= 0) c->a[w->actor].dead = 1;
    }
}

/* ------------------------------------------------------------ the parse */

static void classify(chrTabariCoder *c) {
    const chrLex *lex = c->lex;
    for (int i = 0; i < c->n; i++) {
        tword *w = &c->w[i];
        if (w->head >= 0) continue;
        cand best;
        int have = best_entry(c, i, &best);
        int cc = closed_class(w->w);
        if (cc && (!have || best.n < 2)) {
            w->type = (uint8_t)cc;
            continue;
        }
        if (!have) continue;
        const chrLexSurfEntry *e = &lex->surf_entries[best.entry];
        for (int k = 0; k < best.n; k++) {
            c->w[best.pos[k]].head = (int16_t)i;
            if (k) c->w[best.pos[k]].type = TW_LITR;
        }
        w->last = (int16_t)best.pos[best.n - 1];
        w->entry = best.entry;
        switch (e->kind) {
        case CHR_LEX_ACTOR: {
            const char *code = actor_code(c, e->index);
            if (!strcmp(code, "###")) c->discard = 1;
            else if (!strcmp(code, "+++")) c->complex = 1;
            if (!strcmp(code, "---") || !strcmp(code, "###") || !strcmp(code, "+++")) {
                w->type = TW_NOUN;
            } else {
                w->type = TW_ACTOR;
                new_actor(c, i, w->last, code);
            }
            break;
        }
        case CHR_LEX_AGENT: w->type = TW_AGENT; break;
        case CHR_LEX_NOUN: w->type = TW_NOUN; break;
        case CHR_LEX_ADJ: w->type = TW_ADJ; break;
        case CHR_LEX_TIME: {
            const chrLexBlock *b = &lex->blocks[e->index];
            if (b->surf_code.kind == CHR_CODE_DISCARD) c->discard = 1;
            if (b->surf_code.kind == CHR_CODE_COMPLEX) c->complex = 1;
            w->type = TW_TIME;
            break;
        }
        case CHR_LEX_VERB: {
            const chrLexBlock *b = &lex->blocks[e->index];
            int prev = i - 1;
            if ((prev >= 0 && c->w[prev].type == TW_DET) || (w->cap && !c->allcaps && i > 0)) {
                w->type = TW_NOUN;
                break;
            }
            if (b->surf_code.kind == CHR_CODE_DISCARD) c->discard = 1;
            if (b->surf_code.kind == CHR_CODE_COMPLEX) c->complex = 1;
            w->type = (b->surf_code.kind == CHR_CODE_NULL && !b->n_surf) ? TW_NONE : TW_VERB;
            break;
        }
        default: break;
        }
    }
}

void chrTabari_parse(chrTabariCoder *c, const char *text, size_t len) {
    c->na = 0;
    c->discard = c->complex = 0;
    words(c, text, len);
    classify(c);
    char first[48] = "";
    if (c->na) snprintf(first, sizeof first, "%s", c->a[0].codes[0]); /* before agents join it */
    agents(c);
    compounds(c);
    pronouns(c);
    commas(c);
    if (first[0]) memcpy(c->fwd, first, sizeof first);
}
