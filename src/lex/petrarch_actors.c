/*
 * petrarch_actors.c - PETRARCH actor, agent, discard and issue dictionaries
 * into the lexicon (formats in petrarch_load.h and
 * ../shared/reference/event-formats.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/petrarch_load.h"

#define MAX_WORDS 48

/* ---- actors ---- */

typedef struct actorBuild {
    chrLexId names[64][MAX_WORDS];
    int lens[64];
    int nnames;
    chrLexId def;
    chrLexDated dated[64];
    int ndated;
    int active;
    uint32_t line;
} actorBuild;

static int flush_actor(chrPetrCtx *P, actorBuild *b) {
    if (!b->active) return CHR_OK;
    b->active = 0;
    chrLex *lex = P->lex;
    if (CHR_LEX_PUSH(lex, actors)) return chrPetr_oom(P);
    for (int i = 0; i < b->ndated; i++) {
        if (CHR_LEX_PUSH(lex, dated)) return chrPetr_oom(P);
        lex->dated[lex->n_dated++] = b->dated[i];
    }
    chrLexActor *a = &lex->actors[lex->n_actors];
    a->code = b->def;
    a->n_dated = (uint32_t)b->ndated;
    a->first_dated = (uint32_t)(lex->n_dated - (size_t)b->ndated);
    a->sort = CHR_LEX_SORT_OTHER;
    a->origin.file = P->file;
    a->origin.line = b->line;
    uint32_t index = (uint32_t)lex->n_actors++;
    lex->counts.actors++;
    lex->counts.dated_codes += (size_t)b->ndated;
    for (int i = 0; i < b->nnames; i++) {
        int rc = chrLex_addPhrase(lex, b->names[i], (size_t)b->lens[i], CHR_LEX_ACTOR, index, CHR_LEX_NONE);
        if (rc < 0) return chrPetr_oom(P);
        if (rc == 0) lex->counts.actor_names++;
    }
    return CHR_OK;
}

static chrLexId actor_code(chrPetrCtx *P, const char *s, size_t n) {
    char up[64];
    if (n == 0 || n >= sizeof up) return CHR_LEX_NONE;
    for (size_t i = 0; i < n; i++) up[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    if (n == 3 && memcmp(up, "---", 3) == 0) return CHR_LEX_NONE; /* the null actor */
    chrLexId id = chrLex_intern(P->lex, up, n);
    if (!id) P->fatal = 1;
    return id;
}

/* Parses every [CODE restriction] of s into b. */
static int parse_codes(chrPetrCtx *P, char *s, actorBuild *b) {
    for (char *open = strchr(s, '['); open; open = strchr(open, '[')) {
        char *close = strchr(open, ']');
        if (!close) return chrPetr_fail(P, "'[' without ']'");
        *close = '\0';
        char *body = chrPetr_trim(open + 1);
        char *sp = body;
        while (*sp && !chrPetr_isBlank(*sp)) sp++;
        size_t cn = (size_t)(sp - body);
        char *rest = chrPetr_trim(sp);
        if (!cn) return chrPetr_fail(P, "empty code in []");
        chrLexId code = actor_code(P, body, cn);
        if (P->fatal) return CHR_ENOMEM;
        if (!*rest) {
            b->def = code;
        } else {
            chrLexDated d = {code, 0, 0};
            char *dash = strchr(rest, '-');
            int ok;
            if (rest[0] == '<') {
                char *t = chrPetr_trim(rest + 1);
                ok = chrPetr_date(t, strlen(t), &d.until);
            } else if (rest[0] == '>') {
                char *t = chrPetr_trim(rest + 1);
                ok = chrPetr_date(t, strlen(t), &d.from);
            } else if (dash) {
                *dash = '\0';
                char *a = chrPetr_trim(rest), *z = chrPetr_trim(dash + 1);
                ok = chrPetr_date(a, strlen(a), &d.from) && chrPetr_date(z, strlen(z), &d.until);
            } else {
                ok = 0;
            }
            if (!ok) return chrPetr_fail(P, "bad date restriction '%s' (<YYMMDD, >YYMMDD or YYMMDD-YYMMDD)", rest);
            if (code && b->ndated < 64) b->dated[b->ndated++] = d;
        }
        open = close + 1;
    }
    return CHR_OK;
}

static int add_name(chrPetrCtx *P, actorBuild *b, const char *s, size_t n) {
    if (b->nnames == 64) return CHR_OK;
    int k = chrPetr_words(P, s, n, 0, b->names[b->nnames], MAX_WORDS);
    if (k < 0) return chrPetr_oom(P);
    if (k == 0) return chrPetr_fail(P, "empty actor name");
    b->lens[b->nnames++] = k;
    return CHR_OK;
}

int chrPetr_actors(chrPetrCtx *P, char **lines, size_t n) {
    actorBuild *b = calloc(1, sizeof *b);
    if (!b) return CHR_ENOMEM;
    int rc = CHR_OK;
    for (size_t i = 0; i < n && !P->fatal; i++) {
        P->line = (uint32_t)(i + 1);
        char *raw = lines[i];
        chrPetr_cutComment(raw, 1);
        int indented = chrPetr_isBlank(raw[0]);
        char *s = chrPetr_trim(raw);
        if (!*s) continue;
        int lrc = CHR_OK;
        if (s[0] == '[' && (indented || b->active)) {
            if (!b->active) lrc = chrPetr_fail(P, "a date restriction before any actor");
            else lrc = parse_codes(P, s, b);
        } else if (s[0] == '+') {
            if (!b->active) {
                lrc = chrPetr_fail(P, "a synonym (+) before any actor");
            } else {
                char *br = strchr(s, '[');
                size_t nn = br ? (size_t)(br - s - 1) : strlen(s + 1);
                lrc = add_name(P, b, s + 1, nn);
                if (lrc == CHR_OK && br) lrc = parse_codes(P, br, b);
            }
        } else {
            if ((lrc = flush_actor(P, b)) != CHR_OK && P->fatal) break;
            b->nnames = b->ndated = 0;
            b->def = CHR_LEX_NONE;
            b->active = 1;
            b->line = P->line;
            char *br = strchr(s, '[');
            size_t nn = br ? (size_t)(br - s) : strlen(s);
            lrc = add_name(P, b, s, nn);
            if (lrc == CHR_OK && br) lrc = parse_codes(P, br, b);
            if (lrc != CHR_OK) b->active = 0;
        }
        if (lrc != CHR_OK && (P->flags & CHR_LEXICON_STRICT)) {
            rc = lrc;
            break;
        }
    }
    if (rc == CHR_OK && !P->fatal) flush_actor(P, b);
    free(b);
    return P->fatal ? CHR_ENOMEM : rc;
}

/* ---- agents ---- */

typedef struct subst {
    char name[32];
    char members[16][48];
    int n;
} subst;

/* Regular English plural of the last word of an upper-case phrase. */
static void plural_of(const char *s, char *out, size_t cap) {
    size_t n = strlen(s);
    if (n + 3 >= cap) {
        snprintf(out, cap, "%s", s);
        return;
    }
    memcpy(out, s, n + 1);
    char last = n ? s[n - 1] : 0, prev = n > 1 ? s[n - 2] : 0;
    if (last == 'Y' && prev != 'A' && prev != 'E' && prev != 'O' && prev != 'U') memcpy(out + n - 1, "IES", 4);
    else if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
        memcpy(out + n, "ES", 3);
    else
        memcpy(out + n, "S", 2);
}

static int add_agent_phrase(chrPetrCtx *P, const char *phrase, uint32_t index) {
    chrLexId w[MAX_WORDS];
    int k = chrPetr_words(P, phrase, strlen(phrase), 1, w, MAX_WORDS);
    if (k < 0) return chrPetr_oom(P);
    if (k == 0) return chrPetr_fail(P, "empty agent phrase");
    int rc = chrLex_addPhrase(P->lex, w, (size_t)k, CHR_LEX_AGENT, index, CHR_LEX_NONE);
    if (rc < 0) return chrPetr_oom(P);
    if (rc == 0) P->lex->counts.agent_names++;
    return CHR_OK;
}

static int agent_line(chrPetrCtx *P, char *s, subst *subs, int nsubs) {
    char *open = strchr(s, '[');
    char *close = open ? strchr(open, ']') : NULL;
    if (!close) close = open ? strchr(open, '}') : NULL; /* "[~LEG}" occurs in the wild */
    if (!open || !close) return chrPetr_fail(P, "an agent line needs [~CODE] or [CODE~]");
    *close = '\0';
    char code[64];
    size_t cn = 0;
    for (char *c = open + 1; *c && cn + 1 < sizeof code; c++)
        if (!chrPetr_isBlank(*c)) code[cn++] = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
    code[cn] = '\0';
    *open = '\0';
    int prefix = cn > 1 && code[cn - 1] == '~';
    int suffix = code[0] == '~';
    if (prefix == suffix) return chrPetr_fail(P, "agent code '%s' needs a '~' before or after it", code);
    chrLexId cid = chrLex_intern(P->lex, suffix ? code + 1 : code, cn - 1);
    if (!cid) return chrPetr_oom(P);
    /* phrase and optional {plurals} */
    char *brace = strchr(s, '{');
    char plurals[512] = "";
    int has_braces = 0;
    if (brace) {
        char *bend = strchr(brace, '}');
        if (!bend) return chrPetr_fail(P, "'{' without '}'");
        *bend = '\0';
        snprintf(plurals, sizeof plurals, "%s", brace + 1);
        *brace = '\0';
        has_braces = 1;
    }
    char *phrase = chrPetr_trim(s);
    if (!*phrase) return chrPetr_fail(P, "an agent line needs a phrase");
    int exact_end = phrase[strlen(phrase) - 1] == '_';
    if (CHR_LEX_PUSH(P->lex, agents)) return chrPetr_oom(P);
    chrLexAgent *a = &P->lex->agents[P->lex->n_agents];
    a->code = cid;
    a->prefix = (uint8_t)prefix;
    a->origin.file = P->file;
    a->origin.line = P->line;
    uint32_t index = (uint32_t)P->lex->n_agents++;
    P->lex->counts.agents++;
    /* substitution sets: !X! */
    char *m1 = strchr(phrase, '!');
    char *m2 = m1 ? strchr(m1 + 1, '!') : NULL;
    if (m1 && m2) {
        size_t mn = (size_t)(m2 - m1 + 1);
        for (int i = 0; i < nsubs; i++) {
            if (strlen(subs[i].name) != mn || strncmp(subs[i].name, m1, mn) != 0) continue;
            for (int j = 0; j < subs[i].n; j++) {
                char buf[512];
                snprintf(buf, sizeof buf, "%.*s%s%s", (int)(m1 - phrase), phrase, subs[i].members[j], m2 + 1);
                int rc = add_agent_phrase(P, buf, index);
                if (rc) return rc;
            }
            return CHR_OK;
        }
        return chrPetr_fail(P, "substitution set %.*s is not defined", (int)mn, m1);
    }
    int rc = add_agent_phrase(P, phrase, index);
    if (rc) return rc;
    if (has_braces) {
        for (char *t = strtok(plurals, " \t"); t; t = strtok(NULL, " \t"))
            if ((rc = add_agent_phrase(P, t, index))) return rc;
    } else if (!exact_end) {
        char up[512], pl[520];
        /* (a phrase too long to upper-case here gets no generated plural) */
        if (chrLex_upper(phrase, strlen(phrase), up, sizeof up) == (size_t)-1) return CHR_OK;
        plural_of(up, pl, sizeof pl);
        if ((rc = add_agent_phrase(P, pl, index))) return rc;
    }
    return CHR_OK;
}

int chrPetr_agents(chrPetrCtx *P, char **lines, size_t n) {
    subst subs[16];
    int nsubs = 0;
    int rc = CHR_OK;
    for (size_t i = 0; i < n && !P->fatal; i++) {
        P->line = (uint32_t)(i + 1);
        chrPetr_cutComment(lines[i], 0);
        char *s = chrPetr_trim(lines[i]);
        if (!*s) continue;
        int lrc;
        char *eq = strchr(s, '=');
        if (s[0] == '!' && eq) {
            *eq = '\0';
            char *name = chrPetr_trim(s);
            if (nsubs == 16) {
                lrc = chrPetr_fail(P, "too many substitution sets");
            } else {
                subst *u = &subs[nsubs++];
                memset(u, 0, sizeof *u);
                snprintf(u->name, sizeof u->name, "%s", name);
                for (char *t = strtok(eq + 1, ","); t && u->n < 16; t = strtok(NULL, ",")) {
                    t = chrPetr_trim(t);
                    if (*t) snprintf(u->members[u->n++], sizeof u->members[0], "%s", t);
                }
                lrc = CHR_OK;
            }
        } else {
            lrc = agent_line(P, s, subs, nsubs);
        }
        if (lrc != CHR_OK && (P->flags & CHR_LEXICON_STRICT)) {
            rc = lrc;
            break;
        }
    }
    return P->fatal ? CHR_ENOMEM : rc;
}

/* ---- discards ---- */

int chrPetr_discards(chrPetrCtx *P, char **lines, size_t n) {
    int rc = CHR_OK;
    for (size_t i = 0; i < n && !P->fatal; i++) {
        P->line = (uint32_t)(i + 1);
        chrPetr_cutComment(lines[i], 1);
        char *s = chrPetr_trim(lines[i]);
        if (!*s) continue;
        int story = s[0] == '+';
        if (story) s = chrPetr_trim(s + 1);
        size_t len = strlen(s);
        int whole = len && s[len - 1] == '_';
        chrLexId w[MAX_WORDS];
        int k = chrPetr_words(P, s, len, 0, w, MAX_WORDS);
        if (k < 0) return CHR_ENOMEM;
        if (k == 0) {
            if ((P->flags & CHR_LEXICON_STRICT)) return chrPetr_fail(P, "empty discard phrase");
            continue;
        }
        if (!whole) { /* the last word is a stem */
            const char *last = chrLex_str(P->lex, w[k - 1]);
            char buf[256];
            snprintf(buf, sizeof buf, "%s*", last);
            if (strlen(buf) > 1 && !(w[k - 1] = chrLex_intern(P->lex, buf, strlen(buf)))) return chrPetr_oom(P);
        }
        int r = chrLex_addPhrase(P->lex, w, (size_t)k, story ? CHR_LEX_DISCARD_STORY : CHR_LEX_DISCARD_SENTENCE, 0,
                                 CHR_LEX_NONE);
        if (r < 0) return chrPetr_oom(P);
        P->lex->counts.discard_names++;
    }
    return rc;
}

/* ---- issues ---- */

/* dst = a + sep + b, cut to cap bytes (NUL included). */
static void join3(char *dst, size_t cap, const char *a, const char *sep, const char *b) {
    size_t o = 0;
    const char *parts[3] = {a, sep, b};
    for (int k = 0; k < 3; k++)
        for (const char *c = parts[k]; *c && o + 1 < cap; c++) dst[o++] = *c;
    dst[o] = '\0';
}

/* Expands one issue word: "n:x" (singular, plural), "v:x" (verb forms),
 * "a+b" (a b, a-b). Writes alternatives into alt; returns their number. */
static int issue_word(const char *w, char alt[8][128]) {
    int n = 0;
    if (strncmp(w, "n:", 2) == 0) {
        snprintf(alt[n++], 128, "%s", w + 2);
        plural_of(w + 2, alt[n], 128);
        n++;
    } else if (strncmp(w, "v:", 2) == 0) {
        static const char *const ends[] = {"", "s", "ed", "ing"};
        for (int i = 0; i < 4; i++) snprintf(alt[n++], 128, "%s%s", w + 2, ends[i]);
    } else {
        snprintf(alt[n++], 128, "%s", w);
    }
    int m = n;
    for (int i = 0; i < m && n < 8; i++) {
        char *plus = strchr(alt[i], '+');
        if (!plus) continue;
        char tmp[128];
        join3(tmp, sizeof tmp, alt[i], "", "");
        tmp[plus - alt[i]] = '-';
        *plus = ' ';
        snprintf(alt[n++], 128, "%s", tmp);
    }
    return n;
}

int chrPetr_issues(chrPetrCtx *P, char **lines, size_t n) {
    for (size_t i = 0; i < n && !P->fatal; i++) {
        P->line = (uint32_t)(i + 1);
        chrPetr_cutComment(lines[i], 0);
        char *s = chrPetr_trim(lines[i]);
        if (!*s || s[0] == '<') continue;
        uint8_t kind = CHR_LEX_ISSUE;
        uint32_t index = 0;
        if (s[0] == '~') {
            kind = CHR_LEX_ISSUE_IGNORE;
            s = chrPetr_trim(s + (s[1] == '~' ? 2 : 1));
        } else {
            char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
            if (!close) {
                chrPetr_fail(P, "an issue line is 'phrase [CODE]' or '~phrase'");
                if (P->flags & CHR_LEXICON_STRICT) return CHR_EFORMAT;
                continue;
            }
            *close = '\0';
            char *code = chrPetr_trim(open + 1);
            if (!(index = chrLex_intern(P->lex, code, strlen(code)))) return CHR_ENOMEM;
            *open = '\0';
            s = chrPetr_trim(s);
        }
        /* the product of every word's alternatives (capped) */
        char phrases[32][256];
        int np = 1;
        phrases[0][0] = '\0';
        for (char *w = strtok(s, " \t"); w; w = strtok(NULL, " \t")) {
            char alt[8][128];
            int na = issue_word(w, alt);
            char next[32][256];
            int nn = 0;
            for (int a = 0; a < np; a++)
                for (int b = 0; b < na && nn < 32; b++)
                    join3(next[nn++], 256, phrases[a], phrases[a][0] ? " " : "", alt[b]);
            memcpy(phrases, next, sizeof next);
            np = nn;
        }
        for (int a = 0; a < np; a++) {
            chrLexId w[MAX_WORDS];
            int k = chrPetr_words(P, phrases[a], strlen(phrases[a]), 0, w, MAX_WORDS);
            if (k < 0) return CHR_ENOMEM;
            if (k > 0 && chrLex_addPhrase(P->lex, w, (size_t)k, kind, index, CHR_LEX_NONE) < 0) return CHR_ENOMEM;
            P->lex->counts.issue_names++;
        }
    }
    return CHR_OK;
}
