/*
 * petrarch_verbs.c - PETRARCH verb dictionaries into the lexicon's verb
 * blocks: synsets (&X with +members, nested sets expanded), blocks
 * "--- NAME [CODE] ---" with their verbs (irregular forms in {...},
 * multiword verbs marked with '+', a verb's own [CODE]) and pattern lines.
 *
 * PETRARCH2 patterns ("- {ADJ NOUN} * (PREP NOUN) [CODE]") become frames over
 * dependency roles: the noun before the verb is the subject, the first noun
 * after it the object, each (PREP ...) an oblique. PETRARCH-1 patterns
 * ("- SAID * TO ATTEND [082]", "$ * +") stay word-order patterns: every
 * word, '*', '$', '+', '%' and '^' becomes an element in sentence order,
 * '_' joins neighbours that must be adjacent. Transformations (~ lines) are
 * counted but not used yet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/petrarch_load.h"

#define MAX_ELEMS 16
#define MAX_VERBS 64
#define MAX_PATS 512

typedef struct verbLine {
    chrLexId keys[16]; /* lemma, then irregular forms */
    int nkeys;
    uint32_t extra;    /* other words of a multiword verb, UINT32_MAX none */
    chrLexCode code;   /* kind 0: the block's code */
} verbLine;

typedef struct patLine {
    chrLexElem e[MAX_ELEMS];
    int n;
    uint8_t order;
    chrLexCode code;
    uint32_t line;
} patLine;

typedef struct blockBuild {
    int active;
    uint8_t order;  /* PETRARCH-1 file: the bare verb is a word-order pattern too */
    chrLexCode code;
    uint32_t line;
    verbLine verbs[MAX_VERBS];
    int nverbs;
    patLine *pats;
    int npats;
} blockBuild;

static chrLexId up_id(chrPetrCtx *P, const char *s, size_t n) {
    chrLexId id = chrLex_internUpper(P->lex, s, n, 1);
    if (!id) P->fatal = 1;
    return id;
}

/* [CODE], [A:B], [:B], [---], [###] inside s (the last [...] on the line). */
static int parse_code(chrPetrCtx *P, char *s, chrLexCode *c) {
    memset(c, 0, sizeof *c);
    char *open = strrchr(s, '[');
    char *close = open ? strchr(open, ']') : NULL;
    if (!close) return chrPetr_fail(P, "no [CODE] on the line");
    *close = '\0';
    *open = '\0';
    char *code = chrPetr_trim(open + 1);
    if (!*code || strcmp(code, "---") == 0) {
        c->kind = CHR_CODE_NULL;
        return CHR_OK;
    }
    size_t cl = strlen(code);
    if (cl > 1 && code[cl - 1] == '?') c->prio = CHR_CODE_PRIO_SUBORD, code[cl - 1] = '\0';
    else if (cl > 1 && code[cl - 1] == '!') c->prio = CHR_CODE_PRIO_DOMINANT, code[cl - 1] = '\0';
    code = chrPetr_trim(code);
    if (strcmp(code, "###") == 0) {
        c->kind = CHR_CODE_DISCARD;
        return CHR_OK;
    }
    if (strcmp(code, "+++") == 0) {
        c->kind = CHR_CODE_COMPLEX;
        return CHR_OK;
    }
    c->kind = CHR_CODE_EVENT;
    char *colon = strchr(code, ':');
    if (colon) *colon = '\0';
    char *a = chrPetr_trim(code);
    for (char *x = a; *x; x++)
        if (chrPetr_isBlank(*x)) return chrPetr_fail(P, "bad code '%s'", a);
    if (*a && strcmp(a, "---") != 0 && !(c->code = chrLex_intern(P->lex, a, strlen(a)))) return chrPetr_oom(P);
    if (colon) {
        char *b = chrPetr_trim(colon + 1);
        if (*b && strcmp(b, "---") != 0 && !(c->code2 = chrLex_intern(P->lex, b, strlen(b)))) return chrPetr_oom(P);
    }
    if (!c->code && !c->code2) c->kind = CHR_CODE_NULL;
    return CHR_OK;
}

/* ---- synsets ---- */

static int add_set(chrPetrCtx *P, const char *label, char **members, int nm) {
    chrLex *lex = P->lex;
    char name[128];
    size_t ln = strlen(label);
    if (ln && label[ln - 1] == '_') ln--;
    snprintf(name, sizeof name, "%.*s", (int)ln, label);
    chrLexId id = up_id(P, name, strlen(name));
    if (!id) return CHR_ENOMEM;
    if (chrLex_set(lex, id)) return chrPetr_fail(P, "synset %s is defined twice", name);
    if (CHR_LEX_PUSH(lex, sets)) return chrPetr_oom(P);
    chrLexSet *set = &lex->sets[lex->n_sets];
    set->name = id;
    set->first_member = (uint32_t)lex->n_members;
    set->n_members = 0;
    for (int i = 0; i < nm; i++) {
        const char *m = members[i];
        if (m[0] == '&') { /* a set inside a set: its members */
            size_t mn = strlen(m);
            if (mn && m[mn - 1] == '_') mn--;
            chrLexId sid = chrLex_internUpper(lex, m, mn, 0);
            const chrLexSet *inner = sid ? chrLex_set(lex, sid) : NULL;
            if (!inner) {
                chrPetr_fail(P, "synset %s uses %s before it is defined", name, m);
                continue;
            }
            for (uint32_t k = 0; k < inner->n_members; k++) {
                if (CHR_LEX_PUSH(lex, members)) return chrPetr_oom(P);
                lex->members[lex->n_members++] = lex->members[inner->first_member + k];
                set->n_members++;
            }
            continue;
        }
        chrLexId w[32];
        int k = chrPetr_words(P, m, strlen(m), 0, w, 32);
        if (k < 0) return chrPetr_oom(P);
        if (k == 0) continue;
        uint32_t ph = chrLex_addWords(lex, w, (size_t)k);
        if (ph == UINT32_MAX || CHR_LEX_PUSH(lex, members)) return chrPetr_oom(P);
        lex->members[lex->n_members++] = ph;
        set->n_members++;
    }
    lex->n_sets++;
    if (chrLexMap_put(&lex->set_index, id, (uint32_t)lex->n_sets)) return chrPetr_oom(P);
    lex->counts.sets++;
    lex->counts.set_members += set->n_members;
    return CHR_OK;
}

/* ---- patterns ---- */

static int set_ref(chrPetrCtx *P, const char *w, size_t n, uint32_t *ref) {
    if (n && w[n - 1] == '_') n--;
    chrLexId id = chrLex_internUpper(P->lex, w, n, 0);
    const chrLexSet *set = id ? chrLex_set(P->lex, id) : NULL;
    if (!set) return chrPetr_fail(P, "synset %.*s is not defined (patterns with it are dropped)", (int)n, w);
    *ref = (uint32_t)(set - P->lex->sets);
    return CHR_OK;
}

/* A noun value: WORD, A_B, {ADJ HEAD}, &SET; into e (value + ref). */
static int noun_value(chrPetrCtx *P, const char *s, size_t n, chrLexElem *e) {
    while (n && chrPetr_isBlank(*s)) s++, n--;
    if (n && s[0] == '{') {
        s++;
        n--;
        if (n && s[n - 1] == '}') n--;
    }
    /* the head is the last word; set words elsewhere are dropped */
    chrLexId w[32];
    int k = 0;
    size_t i = 0;
    const char *last_set = NULL;
    size_t last_set_n = 0;
    while (i < n) {
        while (i < n && (chrPetr_isBlank(s[i]) || s[i] == '_')) i++;
        size_t st = i;
        while (i < n && !chrPetr_isBlank(s[i]) && s[i] != '_') i++;
        if (i == st) break;
        if (s[st] == '&') {
            last_set = s + st;
            last_set_n = i - st;
            while (i < n && s[i] == '_') i++;
            continue;
        }
        last_set = NULL;
        if (k < 32 && !(w[k++] = up_id(P, s + st, i - st))) return CHR_ENOMEM;
    }
    if (last_set) {
        e->value = CHR_VAL_SET;
        return set_ref(P, last_set, last_set_n, &e->ref);
    }
    if (!k) return chrPetr_fail(P, "empty noun in pattern");
    e->value = CHR_VAL_PHRASE;
    if ((e->ref = chrLex_addWords(P->lex, w, (size_t)k)) == UINT32_MAX) return chrPetr_oom(P);
    return CHR_OK;
}

/* PETRARCH2: "- [nouns] [(PREP ..)] * [nouns] [(PREP ..)]" -> frame. */
static int frame_pattern(chrPetrCtx *P, char *s, patLine *pl) {
    int after = 0, have_subj = 0, have_obj = 0;
    char *p = s;
    while (*p) {
        while (chrPetr_isBlank(*p)) p++;
        if (!*p) break;
        if (pl->n == MAX_ELEMS) return chrPetr_fail(P, "too many elements");
        chrLexElem *e = &pl->e[pl->n];
        memset(e, 0, sizeof *e);
        if (*p == '*') {
            after = 1;
            p++;
            continue;
        }
        if (*p == '$' || *p == '+' || *p == '%' || *p == '^') {
            uint8_t slot = *p == '$' ? CHR_SLOT_SRC : *p == '+' ? CHR_SLOT_TGT : *p == '%' ? CHR_SLOT_BOTH : 0;
            p++;
            if (!slot) continue;
            /* the actor sits in the subject before the verb, the object after it */
            e->role = after ? CHR_ROLE_OBJ : CHR_ROLE_SUBJ;
            e->value = CHR_VAL_ANY;
            e->slot = slot;
            if ((after && !have_obj) || (!after && !have_subj)) {
                pl->n++;
                if (after) have_obj = 1;
                else have_subj = 1;
            } else {
                for (int i = 0; i < pl->n; i++)
                    if (pl->e[i].role == (after ? CHR_ROLE_OBJ : CHR_ROLE_SUBJ)) pl->e[i].slot = slot;
            }
            continue;
        }
        if (*p == '(') {
            char *close = strchr(p, ')');
            if (!close) return chrPetr_fail(P, "'(' without ')'");
            char *q = p + 1;
            while (chrPetr_isBlank(*q)) q++;
            char *pe = q;
            while (pe < close && !chrPetr_isBlank(*pe) && *pe != '{') pe++;
            e->role = CHR_ROLE_PREP;
            if (!(e->prep = up_id(P, q, (size_t)(pe - q)))) return CHR_ENOMEM;
            char *rest = pe;
            while (rest < close && chrPetr_isBlank(*rest)) rest++;
            if (rest == close) {
                e->value = CHR_VAL_ANY;
            } else if (*rest == '$' || *rest == '+') {
                e->value = CHR_VAL_ANY;
                e->slot = *rest == '$' ? CHR_SLOT_SRC : CHR_SLOT_TGT;
            } else {
                int rc = noun_value(P, rest, (size_t)(close - rest), e);
                if (rc) return rc;
            }
            pl->n++;
            p = close + 1;
            continue;
        }
        char *end = p;
        if (*p == '{') {
            end = strchr(p, '}');
            if (!end) return chrPetr_fail(P, "'{' without '}'");
            end++;
        } else {
            while (*end && !chrPetr_isBlank(*end)) end++;
        }
        if ((after && have_obj) || (!after && have_subj)) { /* further nouns: not a role of ours */
            p = end;
            continue;
        }
        e->role = after ? CHR_ROLE_OBJ : CHR_ROLE_SUBJ;
        int rc = noun_value(P, p, (size_t)(end - p), e);
        if (rc) return rc;
        if (after) have_obj = 1;
        else have_subj = 1;
        pl->n++;
        p = end;
    }
    return CHR_OK;
}

/* PETRARCH-1: words in sentence order around '*'. */
static int order_pattern(chrPetrCtx *P, char *s, patLine *pl) {
    uint8_t joined_next[MAX_ELEMS] = {0};
    int star = -1;
    for (char *tok = strtok(s, " \t"); tok; tok = strtok(NULL, " \t")) {
        char *part = tok;
        while (part && *part) {
            char *us = strchr(part, '_');
            size_t n = us ? (size_t)(us - part) : strlen(part);
            if (n) {
                if (pl->n == MAX_ELEMS) return chrPetr_fail(P, "too many elements");
                chrLexElem *e = &pl->e[pl->n];
                memset(e, 0, sizeof *e);
                if (n == 1 && part[0] == '*') {
                    e->role = CHR_ROLE_VERB;
                    star = pl->n;
                } else if (n == 1 && (part[0] == '$' || part[0] == '+' || part[0] == '%' || part[0] == '^')) {
                    e->role = CHR_ROLE_ACTOR;
                    e->slot = part[0] == '$' ? CHR_SLOT_SRC : part[0] == '+' ? CHR_SLOT_TGT
                              : part[0] == '%' ? CHR_SLOT_BOTH : CHR_SLOT_NONE;
                } else if (part[0] == '&') {
                    e->role = CHR_ROLE_WORD;
                    e->value = CHR_VAL_SET;
                    int rc = set_ref(P, part, n, &e->ref);
                    if (rc) return rc;
                } else {
                    e->role = CHR_ROLE_WORD;
                    e->value = CHR_VAL_PHRASE;
                    chrLexId w = up_id(P, part, n);
                    if (!w) return CHR_ENOMEM;
                    if ((e->ref = chrLex_addWords(P->lex, &w, 1)) == UINT32_MAX) return chrPetr_oom(P);
                }
                joined_next[pl->n] = us && us[1] != '\0';
                pl->n++;
            }
            part = us ? us + 1 : NULL;
        }
    }
    if (star < 0) return chrPetr_fail(P, "a pattern needs '*' for the verb");
    /* adjacency toward the verb: after it, joined to the previous; before it, to the next */
    for (int i = 0; i < pl->n; i++) {
        if (i > star) pl->e[i].adjacent = joined_next[i - 1];
        else if (i < star) pl->e[i].adjacent = joined_next[i];
    }
    pl->order = 1;
    return CHR_OK;
}

/* ---- blocks ---- */

static int add_pattern(chrPetrCtx *P, uint32_t block, const chrLexElem *e, int n, uint8_t order,
                       const chrLexCode *code, uint32_t line) {
    chrLex *lex = P->lex;
    if (CHR_LEX_PUSH(lex, patterns)) return chrPetr_oom(P);
    for (int i = 0; i < n; i++) {
        if (CHR_LEX_PUSH(lex, elems)) return chrPetr_oom(P);
        lex->elems[lex->n_elems++] = e[i];
    }
    chrLexPattern *pt = &lex->patterns[lex->n_patterns++];
    memset(pt, 0, sizeof *pt);
    pt->block = block;
    pt->first_elem = (uint32_t)(lex->n_elems - (size_t)n);
    pt->n_elem = (uint32_t)n;
    pt->code = *code;
    pt->order = order;
    pt->origin.file = P->file;
    pt->origin.line = line;
    lex->blocks[block].n_patterns++;
    return CHR_OK;
}

static int new_block(chrPetrCtx *P, const blockBuild *b, const chrLexCode *bare, uint32_t *out) {
    chrLex *lex = P->lex;
    if (CHR_LEX_PUSH(lex, blocks)) return chrPetr_oom(P);
    chrLexBlock *blk = &lex->blocks[lex->n_blocks];
    memset(blk, 0, sizeof *blk);
    blk->first_pattern = (uint32_t)lex->n_patterns;
    blk->origin.file = P->file;
    blk->origin.line = b->line;
    *out = (uint32_t)lex->n_blocks++;
    lex->counts.verb_blocks++;
    int rc = add_pattern(P, *out, NULL, 0, b->order, bare, b->line);
    for (int i = 0; i < b->npats && rc == CHR_OK; i++)
        rc = add_pattern(P, *out, b->pats[i].e, b->pats[i].n, b->pats[i].order, &b->pats[i].code, b->pats[i].line);
    return rc;
}

static int flush_block(chrPetrCtx *P, blockBuild *b) {
    if (!b->active) return CHR_OK;
    b->active = 0;
    uint32_t main = UINT32_MAX;
    int rc = CHR_OK;
    for (int v = 0; v < b->nverbs && rc == CHR_OK; v++) {
        verbLine *vl = &b->verbs[v];
        uint32_t block;
        if (vl->code.kind) {
            rc = new_block(P, b, &vl->code, &block);
        } else {
            if (main == UINT32_MAX) rc = new_block(P, b, &b->code, &main);
            block = main;
        }
        for (int k = 0; k < vl->nkeys && rc == CHR_OK; k++) {
            if (chrLex_addForm(P->lex, vl->keys[k], vl->extra, block)) rc = chrPetr_oom(P);
            else if (k == 0 && chrLex_forms(P->lex, vl->keys[0]) == P->lex->n_forms - 1) P->lex->counts.verb_lemmas++;
        }
    }
    P->lex->counts.patterns += (size_t)b->npats;
    b->npats = 0;
    b->nverbs = 0;
    return rc;
}

/* "WORD", "+ASK_FOR", "WIRE_+TAP": the key word and the other words. */
static int verb_words(chrPetrCtx *P, const char *s, size_t n, chrLexId *key, chrLexId *others, int *nothers) {
    *key = CHR_LEX_NONE;
    *nothers = 0;
    int parts = 0;
    size_t i = 0;
    const char *first = NULL;
    size_t first_n = 0;
    while (i < n) {
        while (i < n && s[i] == '_') i++;
        size_t st = i;
        while (i < n && s[i] != '_') i++;
        if (i == st) break;
        parts++;
        int plus = s[st] == '+';
        const char *w = s + st + plus;
        size_t wn = i - st - (size_t)plus;
        if (!wn) continue;
        if (!first) {
            first = w;
            first_n = wn;
        }
        if (plus) {
            if (!(*key = up_id(P, w, wn))) return CHR_ENOMEM;
        } else if (*nothers < 8) {
            if (!(others[(*nothers)++] = up_id(P, w, wn))) return CHR_ENOMEM;
        }
    }
    if (!*key && first) { /* no '+': a single verb, or the first word carries it */
        if (!(*key = up_id(P, first, first_n))) return CHR_ENOMEM;
        if (*nothers) {
            memmove(others, others + 1, (size_t)(*nothers - 1) * sizeof *others);
            (*nothers)--;
        }
    }
    (void)parts;
    return *key ? CHR_OK : chrPetr_fail(P, "empty verb");
}

static int verb_line(chrPetrCtx *P, blockBuild *b, char *s) {
    if (b->nverbs == MAX_VERBS) return chrPetr_fail(P, "too many verbs in one block");
    verbLine *vl = &b->verbs[b->nverbs];
    memset(vl, 0, sizeof *vl);
    vl->extra = UINT32_MAX;
    if (strchr(s, '[')) {
        int rc = parse_code(P, s, &vl->code);
        if (rc) return rc;
    }
    char *brace = strchr(s, '{');
    char forms[512] = "";
    if (brace) {
        char *end = strchr(brace, '}');
        if (!end) return chrPetr_fail(P, "'{' without '}'");
        *end = '\0';
        snprintf(forms, sizeof forms, "%s", brace + 1);
        *brace = '\0';
    }
    char *verb = chrPetr_trim(s);
    if (!*verb) return chrPetr_fail(P, "empty verb line");
    chrLexId key, others[8];
    int no;
    int rc = verb_words(P, verb, strlen(verb), &key, others, &no);
    if (rc) return rc;
    vl->keys[vl->nkeys++] = key;
    if (no && (vl->extra = chrLex_addWords(P->lex, others, (size_t)no)) == UINT32_MAX) return chrPetr_oom(P);
    for (char *t = strtok(forms, " \t"); t && vl->nkeys < 16; t = strtok(NULL, " \t")) {
        chrLexId fk, fo[8];
        int fn;
        if (verb_words(P, t, strlen(t), &fk, fo, &fn) == CHR_OK && fk != key) vl->keys[vl->nkeys++] = fk;
    }
    b->nverbs++;
    return CHR_OK;
}

static int pattern_line(chrPetrCtx *P, blockBuild *b, char *s, int petr2) {
    if (!b->active) return chrPetr_fail(P, "a pattern before any '--- VERB [CODE] ---' block");
    if (b->npats % 64 == 0) {
        patLine *np = realloc(b->pats, ((size_t)b->npats + 64) * sizeof *np);
        if (!np) return chrPetr_oom(P);
        b->pats = np;
    }
    if (b->npats >= MAX_PATS) return chrPetr_fail(P, "too many patterns in one block");
    patLine *pl = &b->pats[b->npats];
    memset(pl, 0, sizeof *pl);
    pl->line = P->line;
    int rc = parse_code(P, s, &pl->code);
    if (rc) return rc;
    rc = petr2 ? frame_pattern(P, s, pl) : order_pattern(P, s, pl);
    if (rc) return rc;
    b->npats++;
    return CHR_OK;
}

static int looks_petr2(char **lines, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const char *s = lines[i];
        if (strstr(s, "VERB PATTERNS")) return 1;
        while (chrPetr_isBlank(*s)) s++;
        if (s[0] == '-' && s[1] != '-' && strchr(s, '(') && strchr(s, '(') < (strchr(s, '#') ? strchr(s, '#') : s + strlen(s)))
            return 1;
    }
    return 0;
}

int chrPetr_verbs(chrPetrCtx *P, char **lines, size_t n) {
    int petr2 = looks_petr2(lines, n);
    blockBuild *b = calloc(1, sizeof *b);
    if (!b) return CHR_ENOMEM;
    b->order = (uint8_t)!petr2;
    char *label = NULL;
    char **members = NULL;
    int nm = 0, capm = 0;
    int rc = CHR_OK;
    for (size_t i = 0; i <= n && !P->fatal; i++) {
        char *s = "";
        if (i < n) {
            P->line = (uint32_t)(i + 1);
            chrPetr_cutComment(lines[i], 0);
            s = chrPetr_trim(lines[i]);
            if (!*s) continue;
        }
        /* a synset ends at the first line that is not a member */
        if (label && (i == n || s[0] != '+')) {
            int lrc = add_set(P, label, members, nm);
            label = NULL;
            nm = 0;
            if (lrc && (P->flags & CHR_LEXICON_STRICT)) {
                rc = lrc;
                break;
            }
        }
        if (i == n) break;
        int lrc = CHR_OK;
        if (label || (s[0] == '+' && !b->active)) {
            if (!label) {
                lrc = chrPetr_fail(P, "a '+' line outside a synset or block");
            } else {
                if (nm == capm) {
                    capm = capm ? capm * 2 : 32;
                    char **nv = realloc(members, (size_t)capm * sizeof *nv);
                    if (!nv) {
                        rc = chrPetr_oom(P);
                        break;
                    }
                    members = nv;
                }
                members[nm++] = chrPetr_trim(s + 1);
            }
        } else if (s[0] == '&') {
            if ((lrc = flush_block(P, b)) == CHR_OK) label = s;
        } else if (strncmp(s, "---", 3) == 0) {
            lrc = flush_block(P, b);
            b->active = 1;
            b->line = P->line;
            if (lrc == CHR_OK) {
                char *t = s + 3;
                size_t tl = strlen(t);
                if (tl >= 3 && strcmp(t + tl - 3, "---") == 0) t[tl - 3] = '\0'; /* the closing --- */
                lrc = strchr(t, '[') ? parse_code(P, t, &b->code) : (memset(&b->code, 0, sizeof b->code), CHR_OK);
                if (!b->code.kind) b->code.kind = CHR_CODE_NULL;
            }
        } else if (s[0] == '-') {
            lrc = pattern_line(P, b, s + 1, petr2);
        } else if (s[0] == '~') {
            P->lex->counts.transforms++;
        } else if (b->active) {
            lrc = verb_line(P, b, s);
        } else {
            lrc = chrPetr_fail(P, "a verb outside a '--- NAME [CODE] ---' block");
        }
        if (lrc != CHR_OK && (P->flags & CHR_LEXICON_STRICT)) {
            rc = lrc;
            break;
        }
    }
    if (rc == CHR_OK && !P->fatal) rc = flush_block(P, b);
    free(b->pats);
    free(b);
    free(members);
    return P->fatal ? CHR_ENOMEM : rc;
}
