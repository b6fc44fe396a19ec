/*
 * dict_load.c - the loader for chronicle's own dictionary format
 * (docs/DICT-FORMAT.md): sections of one-entry lines, names with brace and
 * set expansion, dated codes, verb blocks with dependency-frame patterns,
 * combination tables and transforms, into the lexicon model (lexicon.h).
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/dict_load.h"
#include "text/utf8.h"
#include "core/file.h"

#define MAX_EXPANSIONS 4096 /* phrases one name may expand to */
#define MAX_LINE 65536

enum section { S_NONE, S_SETS, S_COUNTRIES, S_ACTORS, S_AGENTS, S_SKIP, S_DISCARDS, S_ISSUES, S_VERBS,
               S_COMBINE, S_TRANSFORMS, S_UNKNOWN };

static const char *const section_names[] = {"", "sets", "countries", "actors", "agents", "skip",
                                            "discards", "issues", "verbs", "combine", "transforms"};

#define NO_BLOCK UINT32_MAX
#define BAD_BLOCK (UINT32_MAX - 1)

typedef struct loader {
    chrLex *lex;
    int flags;
    chr_message_fn msg;
    void *ctx;
    const char *fname;
    uint32_t file, line;
    int section;
    uint32_t block;
    int errors;     /* in this call */
    int fatal;      /* CHR_ENOMEM seen */
    chrLexMap seen; /* country codes seen */
} loader;

/* A list of strings owned by the list. */
typedef struct strlist {
    char **v;
    size_t n, cap;
} strlist;

static void sl_free(strlist *l) {
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int sl_push(strlist *l, const char *s, size_t n) {
    if (chrLex_reserve((void **)&l->v, &l->cap, l->n, sizeof *l->v) != CHR_OK) return CHR_ENOMEM;
    char *c = malloc(n + 1);
    if (!c) return CHR_ENOMEM;
    memcpy(c, s, n);
    c[n] = '\0';
    l->v[l->n++] = c;
    return CHR_OK;
}

static void report(loader *L, const char *kind, const char *fmt, va_list ap) {
    char reason[512];
    vsnprintf(reason, sizeof reason, fmt, ap);
    if (!L->msg) return;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s:%u: %s%s", L->fname, L->line, kind, reason);
    L->msg(L->ctx, buf);
}

/* Reports a malformed line; returns CHR_EFORMAT. */
static int fail(loader *L, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, "", fmt, ap);
    va_end(ap);
    L->errors++;
    L->lex->counts.errors++;
    return CHR_EFORMAT;
}

static void warn(loader *L, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(L, "warning: ", fmt, ap);
    va_end(ap);
    L->lex->counts.warnings++;
}

static int oom(loader *L) {
    L->fatal = 1;
    return fail(L, "out of memory");
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static char *trim(char *s) {
    while (is_space(*s)) s++;
    size_t n = strlen(s);
    while (n && is_space(s[n - 1])) s[--n] = '\0';
    return s;
}

/* Next whitespace-separated token of *p (modified in place), or NULL. */
static char *next_token(char **p) {
    char *s = *p;
    while (is_space(*s)) s++;
    if (!*s) return NULL;
    char *t = s;
    while (*s && !is_space(*s)) s++;
    if (*s) *s++ = '\0';
    *p = s;
    return t;
}

/* ---- codes and dates ---- */

static int valid_actor_code(const char *s, size_t n) {
    if (n < 3 || n > 15) return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_upper(s[i]) && !is_digit(s[i]) && s[i] != '-') return 0;
    return 1;
}

static int valid_event_code(const char *s, size_t n) {
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i])) return 0;
    return 1;
}

static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* Parses YYYY, YYYY-MM or YYYY-MM-DD from s[0..n); a partial date is the
 * first day of its period, or the last when `until`. */
static int parse_date(const char *s, size_t n, int until, int32_t *out) {
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return 0;
        } else if (!is_digit(s[i])) {
            return 0;
        }
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = n >= 7 ? (s[5] - '0') * 10 + (s[6] - '0') : (until ? 12 : 1);
    if (y < 1000 || m < 1 || m > 12) return 0;
    int d = n == 10 ? (s[8] - '0') * 10 + (s[9] - '0') : (until ? days_in_month(y, m) : 1);
    if (d < 1 || d > days_in_month(y, m)) return 0;
    *out = chrLex_ymd(y, m, d);
    return 1;
}

/* CODE or CODE@FROM..UNTIL. */
static int parse_actor_code(loader *L, const char *tok, chrLexDated *out, int *dated) {
    const char *at = strchr(tok, '@');
    size_t n = at ? (size_t)(at - tok) : strlen(tok);
    if (!valid_actor_code(tok, n))
        return fail(L, "'%.*s' is not an actor code (3-15 characters A-Z 0-9 -)", (int)n, tok);
    out->code = chrLex_intern(L->lex, tok, n);
    if (!out->code) return oom(L);
    out->from = out->until = 0;
    *dated = at != NULL;
    if (!at) return CHR_OK;
    const char *range = at + 1;
    const char *dots = strstr(range, "..");
    if (!dots) return fail(L, "dated code '%s' needs FROM..UNTIL (either side may be empty)", tok);
    size_t nf = (size_t)(dots - range), nu = strlen(dots + 2);
    if (!nf && !nu) return fail(L, "dated code '%s' has neither a FROM nor an UNTIL date", tok);
    if (nf && !parse_date(range, nf, 0, &out->from))
        return fail(L, "bad date '%.*s' in '%s' (YYYY, YYYY-MM or YYYY-MM-DD)", (int)nf, range, tok);
    if (nu && !parse_date(dots + 2, nu, 1, &out->until))
        return fail(L, "bad date '%s' in '%s' (YYYY, YYYY-MM or YYYY-MM-DD)", dots + 2, tok);
    if (out->from && out->until && out->from > out->until)
        return fail(L, "dated code '%s' ends before it starts", tok);
    return CHR_OK;
}

/* ---- names: brace and set expansion ---- */

/* Expands the braces of one token into out. */
static int expand_braces(loader *L, const char *tok, strlist *out) {
    const char *open = strchr(tok, '{');
    const char *close = strchr(tok, '}');
    if (!open && !close) return sl_push(out, tok, strlen(tok)) ? oom(L) : CHR_OK;
    if (!open || !close || close < open) return fail(L, "unbalanced braces in '%s'", tok);
    const char *inner = open + 1;
    if (memchr(inner, '{', (size_t)(close - inner))) return fail(L, "nested braces in '%s'", tok);
    size_t pre = (size_t)(open - tok);
    const char *alt = inner;
    for (;;) {
        const char *end = alt;
        while (end < close && *end != ',') end++;
        size_t an = (size_t)(end - alt), rest = strlen(close + 1);
        char *s = malloc(pre + an + rest + 1);
        if (!s) return oom(L);
        memcpy(s, tok, pre);
        memcpy(s + pre, alt, an);
        memcpy(s + pre + an, close + 1, rest + 1);
        int rc = expand_braces(L, s, out); /* later braces of the same token */
        free(s);
        if (rc) return rc;
        if (out->n > MAX_EXPANSIONS) return fail(L, "'%s' expands to more than %d forms", tok, MAX_EXPANSIONS);
        if (end >= close) break;
        alt = end + 1;
    }
    return CHR_OK;
}

static int phrase_text(loader *L, uint32_t phrase, strlist *out) {
    const chrLexPhrase *p = &L->lex->phrases[phrase];
    size_t len = 0;
    for (uint32_t i = 0; i < p->n; i++) len += strlen(chrLex_str(L->lex, L->lex->words[p->first + i])) + 1;
    char *s = malloc(len + 1);
    if (!s) return oom(L);
    size_t o = 0;
    for (uint32_t i = 0; i < p->n; i++) {
        const char *w = chrLex_str(L->lex, L->lex->words[p->first + i]);
        if (i) s[o++] = ' ';
        memcpy(s + o, w, strlen(w));
        o += strlen(w);
    }
    int rc = sl_push(out, s, o) ? oom(L) : CHR_OK;
    free(s);
    return rc;
}

/* Alternatives of one token of a name: a set's members or brace forms. */
static int token_alternatives(loader *L, const char *tok, strlist *out) {
    if (tok[0] != '&') return expand_braces(L, tok, out);
    chrLexId name = chrLex_find(L->lex, tok, strlen(tok));
    const chrLexSet *set = name ? chrLex_set(L->lex, name) : NULL;
    if (!set) return fail(L, "set '%s' is not defined (define it in [sets] before use)", tok);
    for (uint32_t i = 0; i < set->n_members; i++) {
        int rc = phrase_text(L, L->lex->members[set->first_member + i], out);
        if (rc) return rc;
    }
    return CHR_OK;
}

static int check_word(loader *L, const char *w, size_t n, int allow_star, const char *name) {
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c == '{' || c == '}' || c == '|' || c == '[' || c == ']')
            return fail(L, "stray '%c' in name '%s'", c, name);
        if (c == '*' && (!allow_star || i + 1 != n || n == 1))
            return fail(L, "'*' is only allowed at the end of a word in discards and issues ('%s')", name);
    }
    if (w[0] == '&') return fail(L, "'%.*s' in '%s' looks like a set but is not one", (int)n, w, name);
    return CHR_OK;
}

/* Phrases a name list expands to, before anything is committed. */
typedef struct phrases {
    chrLexId *ids;
    size_t n_ids, cap_ids;
    size_t *len; /* words per phrase */
    chrLexId *exact;
    size_t n, cap_len, cap_exact;
} phrases;

static void ph_free(phrases *p) {
    free(p->ids);
    free(p->len);
    free(p->exact);
    memset(p, 0, sizeof *p);
}

/* Splits words of one expanded name, interns them upper-cased, appends. */
static int add_expanded(loader *L, const char *text, int exact, int allow_star, phrases *out) {
    size_t words = 0;
    const char *s = text;
    while (*s) {
        while (is_space(*s)) s++;
        if (!*s) break;
        const char *w = s;
        while (*s && !is_space(*s)) s++;
        size_t n = (size_t)(s - w);
        int rc = check_word(L, w, n, allow_star, text);
        if (rc) return rc;
        if (n == 3 && memcmp(w, "...", 3) == 0 && (words == 0 || !*s))
            return fail(L, "'...' must stand between two words in '%s'", text);
        /* the tokenizer splits "hostage-taker" into "hostage - taker", and
         * actor phrases leave punctuation out: the name is "hostage taker" */
        for (size_t a = 0; a < n;) {
            size_t b = a + 1;
            if (!exact && !(n == 3 && memcmp(w, "...", 3) == 0))
                while (b < n && !(w[b] == '-' && b + 1 < n && w[b + 1] != '-' && w[b - 1] != '-')) b++;
            else
                b = n;
            chrLexId id = chrLex_internUpper(L->lex, w + a, b - a, 1);
            if (!id) return oom(L);
            if (chrLex_reserve((void **)&out->ids, &out->cap_ids, out->n_ids, sizeof *out->ids)) return oom(L);
            out->ids[out->n_ids++] = id;
            words++;
            a = b < n ? b + 1 : n; /* past the hyphen */
        }
    }
    if (!words) return fail(L, "empty name");
    if (chrLex_reserve((void **)&out->len, &out->cap_len, out->n, sizeof *out->len) ||
        chrLex_reserve((void **)&out->exact, &out->cap_exact, out->n, sizeof *out->exact))
        return oom(L);
    out->len[out->n] = words;
    out->exact[out->n] = CHR_LEX_NONE;
    if (exact && !(out->exact[out->n] = chrLex_intern(L->lex, text, strlen(text)))) return oom(L);
    out->n++;
    return CHR_OK;
}

/* Expands "name | name | ..." into out. */
static int expand_names(loader *L, char *list, int allow_star, phrases *out) {
    char *item = list;
    int rc = CHR_OK;
    strlist combos = {0}, next = {0}, alts = {0};
    while (item && rc == CHR_OK) {
        char *bar = strchr(item, '|');
        if (bar) *bar = '\0';
        char *name = trim(item);
        item = bar ? bar + 1 : NULL;
        if (!*name) {
            rc = fail(L, "empty name in a '|' list");
            break;
        }
        int exact = name[0] == '=';
        if (exact) name = trim(name + 1);
        sl_free(&combos);
        if (sl_push(&combos, "", 0)) {
            rc = oom(L);
            break;
        }
        char *p = name, *tok;
        while (rc == CHR_OK && (tok = next_token(&p))) {
            sl_free(&alts);
            if ((rc = token_alternatives(L, tok, &alts))) break;
            if (alts.n && combos.n > MAX_EXPANSIONS / alts.n) {
                rc = fail(L, "name '%s' expands to more than %d phrases", name, MAX_EXPANSIONS);
                break;
            }
            sl_free(&next);
            for (size_t i = 0; i < combos.n && rc == CHR_OK; i++) {
                for (size_t j = 0; j < alts.n && rc == CHR_OK; j++) {
                    size_t a = strlen(combos.v[i]), b = strlen(alts.v[j]);
                    char *s = malloc(a + b + 2);
                    if (!s) {
                        rc = oom(L);
                        break;
                    }
                    memcpy(s, combos.v[i], a);
                    size_t o = a;
                    if (a && b) s[o++] = ' ';
                    memcpy(s + o, alts.v[j], b + 1);
                    if (sl_push(&next, s, strlen(s))) rc = oom(L);
                    free(s);
                }
            }
            strlist t = combos;
            combos = next;
            next = t;
        }
        for (size_t i = 0; i < combos.n && rc == CHR_OK; i++)
            rc = add_expanded(L, combos.v[i], exact, allow_star, out);
    }
    sl_free(&combos);
    sl_free(&next);
    sl_free(&alts);
    return rc;
}

/* Adds every phrase with one hit; counts duplicates as warnings. */
static int commit_phrases(loader *L, const phrases *ph, uint8_t kind, uint32_t index, size_t *count) {
    size_t at = 0;
    for (size_t i = 0; i < ph->n; i++) {
        int rc = chrLex_addPhrase(L->lex, ph->ids + at, ph->len[i], kind, index, ph->exact[i]);
        if (rc < 0) return oom(L);
        if (rc == 1) {
            char text[256];
            size_t o = 0;
            for (size_t w = 0; w < ph->len[i] && o + 2 < sizeof text; w++)
                o += (size_t)snprintf(text + o, sizeof text - o, "%s%s", w ? " " : "",
                                      chrLex_str(L->lex, ph->ids[at + w]));
            warn(L, "name '%s' repeats an earlier entry with the same code", text);
        } else if (rc == 0 && count) {
            (*count)++;
        }
        at += ph->len[i];
    }
    return CHR_OK;
}

/* "HEAD : list" -> head, list; the ':' must be there. */
static int split_head(loader *L, char *line, char **head, char **list) {
    char *colon = strchr(line, ':');
    if (!colon) return fail(L, "expected 'HEAD : name | name ...' in [%s]", section_names[L->section]);
    *colon = '\0';
    *head = trim(line);
    *list = trim(colon + 1);
    if (!**head) return fail(L, "nothing before ':'");
    if (!**list) return fail(L, "no names after ':'");
    return CHR_OK;
}

/* ---- sections with names ---- */

static int do_set(loader *L, char *line) {
    char *head, *list;
    int rc = split_head(L, line, &head, &list);
    if (rc) return rc;
    if (head[0] != '&' || !head[1]) return fail(L, "a set name starts with '&' ('%s')", head);
    for (const char *c = head + 1; *c; c++)
        if (!is_upper(*c) && !is_digit(*c) && *c != '_') return fail(L, "set name '%s': use A-Z 0-9 _", head);
    chrLexId name = chrLex_intern(L->lex, head, strlen(head));
    if (!name) return oom(L);
    if (chrLex_set(L->lex, name)) return fail(L, "set '%s' is defined twice", head);
    phrases ph = {0};
    rc = expand_names(L, list, 0, &ph);
    if (rc == CHR_OK && (CHR_LEX_PUSH(L->lex, sets))) rc = oom(L);
    if (rc == CHR_OK) {
        chrLexSet *set = &L->lex->sets[L->lex->n_sets];
        set->name = name;
        set->first_member = (uint32_t)L->lex->n_members;
        set->n_members = 0;
        size_t at = 0;
        for (size_t i = 0; i < ph.n && rc == CHR_OK; i++) {
            uint32_t p = chrLex_addWords(L->lex, ph.ids + at, ph.len[i]);
            if (p == UINT32_MAX || CHR_LEX_PUSH(L->lex, members)) {
                rc = oom(L);
                break;
            }
            L->lex->members[L->lex->n_members++] = p;
            set->n_members++;
            at += ph.len[i];
        }
        if (rc == CHR_OK) {
            L->lex->n_sets++;
            if (chrLexMap_put(&L->lex->set_index, name, (uint32_t)L->lex->n_sets)) rc = oom(L);
            L->lex->counts.sets++;
            L->lex->counts.set_members += set->n_members;
        }
    }
    ph_free(&ph);
    return rc;
}

static uint8_t sort_of(const char *s) {
    static const struct { const char *name; uint8_t sort; } sorts[] = {
        {"name", CHR_LEX_SORT_COUNTRY}, {"adj", CHR_LEX_SORT_ADJ},       {"capital", CHR_LEX_SORT_CAPITAL},
        {"city", CHR_LEX_SORT_CITY},    {"(person)", CHR_LEX_SORT_PERSON}, {"(org)", CHR_LEX_SORT_ORG},
        {"(group)", CHR_LEX_SORT_GROUP}, {"(other)", CHR_LEX_SORT_OTHER}};
    for (size_t i = 0; i < sizeof sorts / sizeof *sorts; i++)
        if (strcmp(s, sorts[i].name) == 0) return sorts[i].sort;
    return 255;
}

/* Adds an actor with its codes and names; codes[0..n) already parsed. */
static int add_actor(loader *L, chrLexId def, const chrLexDated *dated, size_t n_dated, uint8_t sort,
                     char *names, size_t *name_count) {
    phrases ph = {0};
    int rc = expand_names(L, names, 0, &ph);
    if (rc == CHR_OK && CHR_LEX_PUSH(L->lex, actors)) rc = oom(L);
    for (size_t i = 0; i < n_dated && rc == CHR_OK; i++) {
        if (CHR_LEX_PUSH(L->lex, dated)) rc = oom(L);
        else L->lex->dated[L->lex->n_dated++] = dated[i];
    }
    if (rc == CHR_OK) {
        chrLexActor *a = &L->lex->actors[L->lex->n_actors];
        a->code = def;
        a->n_dated = (uint32_t)n_dated;
        a->first_dated = (uint32_t)(L->lex->n_dated - n_dated);
        a->sort = sort;
        a->origin.file = L->file;
        a->origin.line = L->line;
        uint32_t index = (uint32_t)L->lex->n_actors++;
        L->lex->counts.dated_codes += n_dated;
        rc = commit_phrases(L, &ph, CHR_LEX_ACTOR, index, name_count);
    }
    ph_free(&ph);
    return rc;
}

static int do_country(loader *L, char *line) {
    char *head, *list;
    int rc = split_head(L, line, &head, &list);
    if (rc) return rc;
    char *code = next_token(&head), *kind = next_token(&head);
    if (!code || !kind || next_token(&head)) return fail(L, "expected 'ISO3 KIND : names'");
    if (strlen(code) != 3 || !is_upper(code[0]) || !is_upper(code[1]) || !is_upper(code[2]))
        return fail(L, "'%s' is not an ISO 3166-1 alpha-3 code", code);
    uint8_t sort = sort_of(kind);
    if (sort != CHR_LEX_SORT_COUNTRY && sort != CHR_LEX_SORT_ADJ && sort != CHR_LEX_SORT_CAPITAL &&
        sort != CHR_LEX_SORT_CITY)
        return fail(L, "country kind '%s' is not one of name, adj, capital, city", kind);
    chrLexId id = chrLex_intern(L->lex, code, 3);
    if (!id) return oom(L);
    rc = add_actor(L, id, NULL, 0, sort, list, &L->lex->counts.country_names);
    uint32_t v;
    if (rc == CHR_OK && !chrLexMap_get(&L->seen, id, &v)) {
        if (chrLexMap_put(&L->seen, id, 1)) return oom(L);
        L->lex->counts.countries++;
    }
    return rc;
}

static int do_actor(loader *L, char *line) {
    char *head, *list;
    int rc = split_head(L, line, &head, &list);
    if (rc) return rc;
    chrLexDated dated[64];
    size_t n_dated = 0;
    chrLexId def = CHR_LEX_NONE;
    uint8_t sort = CHR_LEX_SORT_OTHER;
    char *tok;
    while ((tok = next_token(&head))) {
        if (tok[0] == '(') {
            sort = sort_of(tok);
            if (sort == 255) return fail(L, "actor kind '%s' is not (person), (org), (group) or (other)", tok);
            continue;
        }
        chrLexDated d;
        int is_dated = 0;
        if ((rc = parse_actor_code(L, tok, &d, &is_dated))) return rc;
        if (!is_dated) {
            if (def) return fail(L, "more than one default (undated) code");
            def = d.code;
        } else {
            if (n_dated == sizeof dated / sizeof *dated) return fail(L, "too many dated codes on one line");
            dated[n_dated++] = d;
        }
    }
    if (!def && !n_dated) return fail(L, "an actor needs at least one code before ':'");
    rc = add_actor(L, def, dated, n_dated, sort, list, &L->lex->counts.actor_names);
    if (rc == CHR_OK) L->lex->counts.actors++;
    return rc;
}

static int do_agent(loader *L, char *line) {
    char *head, *list;
    int rc = split_head(L, line, &head, &list);
    if (rc) return rc;
    size_t n = strlen(head);
    int prefix = n > 1 && head[n - 1] == '~';
    int suffix = head[0] == '~';
    if (prefix == suffix) return fail(L, "an agent code is '~ROLE' (after the country) or 'ROLE~' (before it): '%s'", head);
    const char *role = suffix ? head + 1 : head;
    size_t rn = n - 1;
    if (!valid_actor_code(role, rn)) return fail(L, "'%.*s' is not a role code", (int)rn, role);
    chrLexId code = chrLex_intern(L->lex, role, rn);
    if (!code) return oom(L);
    phrases ph = {0};
    rc = expand_names(L, list, 0, &ph);
    if (rc == CHR_OK && CHR_LEX_PUSH(L->lex, agents)) rc = oom(L);
    if (rc == CHR_OK) {
        chrLexAgent *a = &L->lex->agents[L->lex->n_agents];
        a->code = code;
        a->prefix = (uint8_t)prefix;
        a->origin.file = L->file;
        a->origin.line = L->line;
        rc = commit_phrases(L, &ph, CHR_LEX_AGENT, (uint32_t)L->lex->n_agents++, &L->lex->counts.agent_names);
        L->lex->counts.agents++;
    }
    ph_free(&ph);
    return rc;
}

/* [skip], [discards], [issues]: a label and phrases. */
static int do_labelled(loader *L, char *line) {
    char *head, *list;
    int rc = split_head(L, line, &head, &list);
    if (rc) return rc;
    uint8_t kind;
    uint32_t index = 0;
    size_t *count;
    int allow_star = 1;
    if (L->section == S_SKIP) {
        for (const char *c = head; *c; c++)
            if (!is_lower(*c)) return fail(L, "a skip kind is a lower-case word ('%s')", head);
        kind = CHR_LEX_SKIP;
        allow_star = 0;
        count = &L->lex->counts.skip_names;
        if (!(index = chrLex_intern(L->lex, head, strlen(head)))) return oom(L);
    } else if (L->section == S_DISCARDS) {
        if (strcmp(head, "sentence") == 0) kind = CHR_LEX_DISCARD_SENTENCE;
        else if (strcmp(head, "story") == 0) kind = CHR_LEX_DISCARD_STORY;
        else return fail(L, "a discard line starts with 'sentence :' or 'story :', not '%s'", head);
        count = &L->lex->counts.discard_names;
    } else {
        count = &L->lex->counts.issue_names;
        if (strcmp(head, "ignore") == 0) {
            kind = CHR_LEX_ISSUE_IGNORE;
        } else {
            for (const char *c = head; *c; c++)
                if (!is_upper(*c) && !is_digit(*c) && *c != '_')
                    return fail(L, "an issue code is A-Z 0-9 _ ('%s')", head);
            kind = CHR_LEX_ISSUE;
            if (!(index = chrLex_intern(L->lex, head, strlen(head)))) return oom(L);
        }
    }
    phrases ph = {0};
    rc = expand_names(L, list, allow_star, &ph);
    if (rc == CHR_OK) rc = commit_phrases(L, &ph, kind, index, count);
    ph_free(&ph);
    return rc;
}

/* ---- verbs ---- */

static int parse_code(loader *L, char *text, chrLexCode *out) {
    memset(out, 0, sizeof *out);
    char *p = text, *tok = next_token(&p);
    if (!tok) return fail(L, "no code after '=>'");
    if (strcmp(tok, "---") == 0) {
        out->kind = CHR_CODE_NULL;
    } else if (strcmp(tok, "###") == 0) {
        out->kind = CHR_CODE_DISCARD;
    } else if (strcmp(tok, "pass") == 0) {
        out->kind = CHR_CODE_PASS;
    } else if (tok[0] == '%') {
        for (const char *c = tok + 1; *c; c++)
            if (!is_lower(*c) && *c != '_') return fail(L, "combination table name '%s': use a-z _", tok);
        if (!tok[1]) return fail(L, "'%%' needs a combination table name");
        out->kind = CHR_CODE_COMBINE;
        if (!(out->table = chrLex_intern(L->lex, tok + 1, strlen(tok + 1)))) return oom(L);
    } else {
        char *colon = strchr(tok, ':');
        size_t n1 = colon ? (size_t)(colon - tok) : strlen(tok);
        out->kind = CHR_CODE_EVENT;
        if (n1 && !valid_event_code(tok, n1)) return fail(L, "'%.*s' is not an event code (2-4 digits)", (int)n1, tok);
        if (!n1 && !colon) return fail(L, "empty code");
        if (n1 && !(out->code = chrLex_intern(L->lex, tok, n1))) return oom(L);
        if (colon) {
            const char *c2 = colon + 1;
            if (!valid_event_code(c2, strlen(c2))) return fail(L, "'%s' is not an event code (2-4 digits)", c2);
            if (!(out->code2 = chrLex_intern(L->lex, c2, strlen(c2)))) return oom(L);
        }
    }
    while ((tok = next_token(&p))) {
        if (strncmp(tok, "not:", 4) != 0) return fail(L, "unexpected '%s' after the code", tok);
        const char *c = tok + 4;
        if (strcmp(c, "---") == 0) continue;
        if (!valid_event_code(c, strlen(c))) return fail(L, "'%s' is not an event code (2-4 digits)", c);
        if (!(out->negated = chrLex_intern(L->lex, c, strlen(c)))) return oom(L);
    }
    return CHR_OK;
}

static int valid_lemma_char(char c) {
    return is_lower(c) || is_upper(c) || is_digit(c) || c == '-' || c == '\'' || c == '.' || (unsigned char)c >= 0x80;
}

/* word_word... -> phrase index (upper-cased words). */
static int parse_words(loader *L, const char *s, size_t n, uint32_t *phrase) {
    chrLexId ids[32];
    size_t k = 0, i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != '_') j++;
        if (j == i) return fail(L, "empty word in '%.*s'", (int)n, s);
        for (size_t c = i; c < j; c++)
            if (!valid_lemma_char(s[c])) return fail(L, "bad character '%c' in '%.*s'", s[c], (int)n, s);
        if (k == sizeof ids / sizeof *ids) return fail(L, "too many words in '%.*s'", (int)n, s);
        if (!(ids[k++] = chrLex_internUpper(L->lex, s + i, j - i, 1))) return oom(L);
        i = j + 1;
    }
    if ((*phrase = chrLex_addWords(L->lex, ids, k)) == UINT32_MAX) return oom(L);
    return CHR_OK;
}

static int parse_element(loader *L, const char *tok, chrLexElem *e) {
    static const struct { const char *name; uint8_t role; } roles[] = {
        {"subj", CHR_ROLE_SUBJ}, {"obj", CHR_ROLE_OBJ},     {"iobj", CHR_ROLE_IOBJ}, {"poss", CHR_ROLE_POSS},
        {"xcomp", CHR_ROLE_XCOMP}, {"ccomp", CHR_ROLE_CCOMP}};
    memset(e, 0, sizeof *e);
    const char *colon = strchr(tok, ':');
    size_t rn = (size_t)(colon - tok);
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strlen(roles[i].name) == rn && memcmp(tok, roles[i].name, rn) == 0) e->role = roles[i].role;
    if (!e->role) {
        if (!rn) return fail(L, "element '%s' has no role before ':'", tok);
        for (size_t i = 0; i < rn; i++)
            if (!is_lower(tok[i])) return fail(L, "'%.*s' is neither a role nor a preposition", (int)rn, tok);
        e->role = CHR_ROLE_PREP;
        if (!(e->prep = chrLex_internUpper(L->lex, tok, rn, 1))) return oom(L);
    }
    const char *v = colon + 1;
    const char *at = strchr(v, '@');
    size_t vn = at ? (size_t)(at - v) : strlen(v);
    if (at) {
        const char *slot = at + 1;
        if (!*slot || strcmp(slot, "tgt") == 0) e->slot = CHR_SLOT_TGT;
        else if (strcmp(slot, "src") == 0) e->slot = CHR_SLOT_SRC;
        else if (strcmp(slot, "both") == 0) e->slot = CHR_SLOT_BOTH;
        else return fail(L, "'@%s' is not @, @tgt, @src or @both", slot);
        /* "ccomp:@": the target is the actor the clause is about ("said Y would") */
        if (e->role == CHR_ROLE_XCOMP || (e->role == CHR_ROLE_CCOMP && e->slot != CHR_SLOT_TGT))
            return fail(L, "a clause (%.*s) can hold only the target (@)", (int)rn, tok);
    }
    if (vn == 0) {
        if (!at) return fail(L, "element '%s' has no value", tok);
        e->value = CHR_VAL_ANY;
    } else if (vn == 1 && v[0] == '*') {
        e->value = CHR_VAL_ANY;
    } else if (v[0] == '&') {
        chrLexId name = chrLex_find(L->lex, v, vn);
        const chrLexSet *set = name ? chrLex_set(L->lex, name) : NULL;
        if (!set) return fail(L, "set '%.*s' is not defined (define it in [sets] before use)", (int)vn, v);
        e->value = CHR_VAL_SET;
        e->ref = (uint32_t)(set - L->lex->sets);
    } else {
        e->value = CHR_VAL_PHRASE;
        return parse_words(L, v, vn, &e->ref);
    }
    return CHR_OK;
}

/* Parses elements (blank-separated ROLE:VALUE) and the code text. */
static int parse_frame(loader *L, char *text, char *code_text, chrLexElem *elems, size_t *n_elems, size_t max,
                       chrLexCode *code) {
    if (strstr(code_text, "=>")) return fail(L, "more than one '=>'");
    int rc = parse_code(L, code_text, code);
    if (rc) return rc;
    char *p = text, *tok;
    *n_elems = 0;
    while ((tok = next_token(&p))) {
        if (!strchr(tok, ':')) return fail(L, "'%s' is not an element ROLE:VALUE", tok);
        if (*n_elems == max) return fail(L, "too many elements");
        if ((rc = parse_element(L, tok, &elems[*n_elems]))) return rc;
        (*n_elems)++;
    }
    return CHR_OK;
}

static int add_pattern(loader *L, const chrLexElem *elems, size_t n, const chrLexCode *code) {
    chrLexBlock *b = &L->lex->blocks[L->block];
    if (CHR_LEX_PUSH(L->lex, patterns)) return oom(L);
    for (size_t i = 0; i < n; i++) {
        if (CHR_LEX_PUSH(L->lex, elems)) return oom(L);
        L->lex->elems[L->lex->n_elems++] = elems[i];
    }
    chrLexPattern *pt = &L->lex->patterns[L->lex->n_patterns++];
    pt->block = L->block;
    pt->order = 0;
    pt->first_elem = (uint32_t)(L->lex->n_elems - n);
    pt->n_elem = (uint32_t)n;
    pt->code = *code;
    pt->origin.file = L->file;
    pt->origin.line = L->line;
    b->n_patterns++;
    L->lex->counts.patterns++;
    return CHR_OK;
}

static int do_block(loader *L, char *rest, int noun) {
    L->block = BAD_BLOCK; /* until this header proves good */
    char *arrow = strstr(rest, "=>");
    if (!arrow) return fail(L, "a block header ends with '=> CODE' ('---' for none)");
    *arrow = '\0';
    /* lemmas: tokens before the first ROLE:VALUE element */
    char *p = rest, *tok;
    strlist lemmas = {0};
    char *elems_start = p + strlen(p);
    int rc = CHR_OK;
    while (rc == CHR_OK && (tok = next_token(&p))) {
        if (strchr(tok, ':')) {
            size_t tl = strlen(tok);
            if (p > tok + tl) tok[tl] = ' '; /* undo next_token's cut: the frame goes on */
            elems_start = tok;
            break;
        }
        char *part = tok;
        while (part && rc == CHR_OK) {
            char *bar = strchr(part, '|');
            if (bar) *bar = '\0';
            if (*part) {
                for (const char *c = part; *c; c++)
                    if (!valid_lemma_char(*c) && *c != '_') {
                        rc = fail(L, "'%s' is not a lemma", part);
                        break;
                    }
                if (rc == CHR_OK && (part[0] == '_' || part[strlen(part) - 1] == '_'))
                    rc = fail(L, "'%s' is not a lemma", part);
                if (rc == CHR_OK && sl_push(&lemmas, part, strlen(part))) rc = oom(L);
            }
            part = bar ? bar + 1 : NULL;
        }
    }
    if (rc == CHR_OK && !lemmas.n) rc = fail(L, "a %s block header names at least one lemma", noun ? "noun" : "verb");
    chrLexElem elems[16];
    size_t n = 0;
    chrLexCode code;
    if (rc == CHR_OK) {
        rc = parse_frame(L, elems_start, arrow + 2, elems, &n, 16, &code);
    }
    if (rc == CHR_OK && CHR_LEX_PUSH(L->lex, blocks)) rc = oom(L);
    if (rc == CHR_OK) {
        chrLexBlock *b = &L->lex->blocks[L->lex->n_blocks];
        b->noun = (uint8_t)noun;
        b->first_pattern = (uint32_t)L->lex->n_patterns;
        b->n_patterns = 0;
        b->origin.file = L->file;
        b->origin.line = L->line;
        L->block = (uint32_t)L->lex->n_blocks++;
        if (noun) L->lex->counts.noun_blocks++;
        else L->lex->counts.verb_blocks++;
        rc = add_pattern(L, elems, n, &code);
        L->lex->counts.patterns--; /* the bare pattern is the header, not a pattern line */
        for (size_t i = 0; i < lemmas.n && rc == CHR_OK; i++) {
            char *lemma = lemmas.v[i];
            char *us = strchr(lemma, '_');
            size_t ln = us ? (size_t)(us - lemma) : strlen(lemma);
            chrLexId id = chrLex_internUpper(L->lex, lemma, ln, 1);
            uint32_t extra = UINT32_MAX;
            if (!id) rc = oom(L);
            else if (us) rc = parse_words(L, us + 1, strlen(us + 1), &extra);
            if (rc == CHR_OK && chrLex_addForm(L->lex, id, extra, L->block)) rc = oom(L);
            if (rc == CHR_OK && chrLex_forms(L->lex, id) == L->lex->n_forms - 1) L->lex->counts.verb_lemmas++;
        }
    }
    sl_free(&lemmas);
    return rc;
}

static int do_pattern(loader *L, char *rest) {
    if (L->block == BAD_BLOCK) return CHR_OK; /* its header was reported */
    if (L->block == NO_BLOCK) return fail(L, "a pattern line needs a 'verb' or 'noun' block header before it");
    chrLexElem elems[16];
    size_t n = 0;
    chrLexCode code;
    char *arrow = strstr(rest, "=>");
    if (!arrow) return fail(L, "expected '=> CODE' at the end of the pattern");
    *arrow = '\0';
    int rc = parse_frame(L, rest, arrow + 2, elems, &n, 16, &code);
    if (rc) return rc;
    if (n == 0) return fail(L, "a pattern line needs at least one element (the header gives the bare code)");
    return add_pattern(L, elems, n, &code);
}

static int do_word_list(loader *L, char *list, unsigned flag, size_t *count) {
    phrases ph = {0};
    int rc = expand_names(L, list, 0, &ph);
    size_t at = 0;
    for (size_t i = 0; i < ph.n && rc == CHR_OK; i++) {
        if (flag == CHR_WORD_NEGATOR) {
            uint32_t p = chrLex_addWords(L->lex, ph.ids + at, ph.len[i]);
            if (p == UINT32_MAX || CHR_LEX_PUSH(L->lex, negators)) rc = oom(L);
            else L->lex->negators[L->lex->n_negators++] = p;
        }
        chrLexId word = ph.ids[at];
        if (flag == CHR_WORD_LIGHT) { /* carry_out: the lemma is the part before '_' */
            const char *w = chrLex_str(L->lex, word);
            const char *us = strchr(w, '_');
            if (us && !(word = chrLex_intern(L->lex, w, (size_t)(us - w)))) rc = oom(L);
        }
        if (rc == CHR_OK && (ph.len[i] == 1 || flag == CHR_WORD_LIGHT))
            L->lex->wordflags[word] |= (uint8_t)flag;
        (*count)++;
        at += ph.len[i];
    }
    ph_free(&ph);
    return rc;
}

static int do_verbs_line(loader *L, char *line) {
    if (line[0] == '-' && (line[1] == ' ' || line[1] == '\t' || !line[1])) return do_pattern(L, line + 1);
    char *p = line;
    char *kw = next_token(&p);
    if (strcmp(kw, "verb") == 0 || strcmp(kw, "noun") == 0) return do_block(L, p, kw[0] == 'n');
    if (strcmp(kw, "aux") == 0) {
        L->block = NO_BLOCK;
        char *arrow = strstr(p, "=>");
        if (!arrow) return fail(L, "expected 'aux LEMMA => CODE'");
        *arrow = '\0';
        char *lemma = next_token(&p);
        if (!lemma || next_token(&p)) return fail(L, "expected 'aux LEMMA => CODE'");
        chrLexAux aux;
        int rc = parse_code(L, arrow + 2, &aux.code);
        if (rc) return rc;
        if (!(aux.lemma = chrLex_internUpper(L->lex, lemma, strlen(lemma), 1))) return oom(L);
        if (CHR_LEX_PUSH(L->lex, auxes)) return oom(L);
        L->lex->auxes[L->lex->n_auxes++] = aux;
        L->lex->counts.auxiliaries++;
        return CHR_OK;
    }
    if (strcmp(kw, "light") == 0 || strcmp(kw, "negator") == 0 || strcmp(kw, "place") == 0 ||
        strcmp(kw, "cooperation") == 0) {
        L->block = NO_BLOCK;
        char *rest = trim(p);
        if (rest[0] != ':') return fail(L, "expected '%s : word | word ...'", kw);
        char *list = trim(rest + 1);
        if (!*list) return fail(L, "no words after '%s :'", kw);
        if (kw[0] == 'l') return do_word_list(L, list, CHR_WORD_LIGHT, &L->lex->counts.light_verbs);
        size_t uncounted = 0; /* not among the public counts */
        if (kw[0] == 'p') return do_word_list(L, list, CHR_WORD_PLACE, &uncounted);
        if (kw[0] == 'c') {
            for (const char *c = list; *c; c++)
                if (!(*c >= '0' && *c <= '9') && *c != '|' && *c != ' ' && *c != '\t')
                    return fail(L, "'cooperation :' lists event code prefixes ('04 | 06')");
            L->lex->coop_listed = 1;
            return do_word_list(L, list, CHR_WORD_COOP, &uncounted);
        }
        return do_word_list(L, list, CHR_WORD_NEGATOR, &L->lex->counts.negators);
    }
    return fail(L, "in [verbs] a line is 'verb ...', 'noun ...', '- pattern', 'light :', 'negator :', 'place :', 'cooperation :' or 'aux'");
}

static int do_combine(loader *L, char *line) {
    char *p = line;
    char *table = next_token(&p), *from = next_token(&p), *arrow = next_token(&p), *to = next_token(&p);
    if (!to || next_token(&p) || strcmp(arrow, "=>") != 0) return fail(L, "expected 'TABLE FROM => TO'");
    for (const char *c = table; *c; c++)
        if (!is_lower(*c) && *c != '_') return fail(L, "combination table name '%s': use a-z _", table);
    chrLexCombine c = {0};
    if (!(c.table = chrLex_intern(L->lex, table, strlen(table)))) return oom(L);
    if (strcmp(from, "*") != 0) {
        if (!valid_event_code(from, strlen(from))) return fail(L, "'%s' is not an event code or '*'", from);
        if (!(c.from = chrLex_intern(L->lex, from, strlen(from)))) return oom(L);
    }
    if (strcmp(to, "=") == 0) c.keep = 1;
    else if (strcmp(to, "---") == 0) c.to = CHR_LEX_NONE;
    else if (!valid_event_code(to, strlen(to))) return fail(L, "'%s' is not an event code, '=' or '---'", to);
    else if (!(c.to = chrLex_intern(L->lex, to, strlen(to)))) return oom(L);
    for (size_t i = 0; i < L->lex->n_combines; i++)
        if (L->lex->combines[i].table == c.table && L->lex->combines[i].from == c.from)
            return fail(L, "table '%s' already maps '%s'", table, from);
    if (CHR_LEX_PUSH(L->lex, combines)) return oom(L);
    L->lex->combines[L->lex->n_combines++] = c;
    L->lex->counts.combine_rules++;
    return CHR_OK;
}

static int is_var(const char *t) { return t && t[0] && !t[1] && (is_lower(t[0]) || t[0] == '.' || t[0] == '_'); }

static int do_transform(loader *L, char *line) {
    char *colon = strchr(line, ':');
    if (!colon) return fail(L, "expected 'OUTER | OUTER : a (a b INNER) => a b CODE'");
    *colon = '\0';
    /* spread parentheses into tokens of their own */
    char buf[1024];
    size_t o = 0;
    for (const char *s = colon + 1; *s && o + 4 < sizeof buf; s++) {
        if (*s == '(' || *s == ')') {
            buf[o++] = ' ';
            buf[o++] = *s;
            buf[o++] = ' ';
        } else {
            buf[o++] = *s;
        }
    }
    buf[o] = '\0';
    char *p = buf, *t[11];
    int nt = 0;
    while (nt < 11 && (t[nt] = next_token(&p))) nt++;
    if (nt != 10 || next_token(&p) || !is_var(t[0]) || strcmp(t[1], "(") != 0 || !is_var(t[2]) || !is_var(t[3]) ||
        strcmp(t[5], ")") != 0 || strcmp(t[6], "=>") != 0 || !is_var(t[7]) || !is_var(t[8]))
        return fail(L, "expected 'OUTER : a (a b INNER) => a b CODE'");
    chrLexTransform tr = {0};
    tr.outer_src = t[0][0];
    tr.inner_src = t[2][0];
    tr.inner_tgt = t[3][0];
    tr.res_src = t[7][0];
    tr.res_tgt = t[8][0];
    for (int i = 7; i <= 8; i++) {
        char v = t[i][0];
        if (v != '.' && v != '_' && v != tr.outer_src && v != tr.inner_src && v != tr.inner_tgt)
            return fail(L, "result actor '%c' does not appear on the left", v);
    }
    tr.inner_is_code = (uint8_t)valid_event_code(t[4], strlen(t[4]));
    if (!(tr.inner = tr.inner_is_code ? chrLex_intern(L->lex, t[4], strlen(t[4]))
                                      : chrLex_internUpper(L->lex, t[4], strlen(t[4]), 1)))
        return oom(L);
    if (strcmp(t[9], "---") != 0) {
        if (!valid_event_code(t[9], strlen(t[9]))) return fail(L, "'%s' is not an event code", t[9]);
        if (!(tr.result = chrLex_intern(L->lex, t[9], strlen(t[9])))) return oom(L);
    }
    tr.first_outer = (uint32_t)L->lex->n_ids;
    char *q = line, *tok;
    while ((tok = next_token(&q))) {
        char *part = tok;
        while (part) {
            char *bar = strchr(part, '|');
            if (bar) *bar = '\0';
            if (*part) {
                chrLexId id = chrLex_internUpper(L->lex, part, strlen(part), 1);
                if (!id || CHR_LEX_PUSH(L->lex, ids)) return oom(L);
                L->lex->ids[L->lex->n_ids++] = id;
                tr.n_outer++;
            }
            part = bar ? bar + 1 : NULL;
        }
    }
    if (!tr.n_outer) {
        L->lex->n_ids = tr.first_outer;
        return fail(L, "a transform names at least one outer verb before ':'");
    }
    tr.origin.file = L->file;
    tr.origin.line = L->line;
    if (CHR_LEX_PUSH(L->lex, transforms)) return oom(L);
    L->lex->transforms[L->lex->n_transforms++] = tr;
    L->lex->counts.transforms++;
    return CHR_OK;
}

/* ---- lines and files ---- */

/* Cuts a comment: '#' at the start, or after a blank and before a blank or the end. */
static void cut_comment(char *s) {
    char *t = s;
    while (is_space(*t)) t++;
    if (*t == '#') {
        *s = '\0';
        return;
    }
    for (char *c = t; *c; c++) {
        if (*c == '#' && c > t && is_space(c[-1]) && (!c[1] || is_space(c[1]))) {
            *c = '\0';
            return;
        }
    }
}

static int do_section_header(loader *L, char *line) {
    size_t n = strlen(line);
    L->block = NO_BLOCK;
    for (int s = S_SETS; s < S_UNKNOWN; s++) {
        if (strlen(section_names[s]) == n - 2 && memcmp(line + 1, section_names[s], n - 2) == 0) {
            L->section = s;
            return CHR_OK;
        }
    }
    L->section = S_UNKNOWN;
    return fail(L, "unknown section %s (sets, countries, actors, agents, skip, discards, issues, verbs, combine, transforms)", line);
}

static int do_line(loader *L, char *line) {
    if (line[0] == '[' && line[strlen(line) - 1] == ']') return do_section_header(L, line);
    switch (L->section) {
    case S_NONE: return fail(L, "an entry before any [section] header");
    case S_UNKNOWN: return CHR_OK; /* the header was reported */
    case S_SETS: return do_set(L, line);
    case S_COUNTRIES: return do_country(L, line);
    case S_ACTORS: return do_actor(L, line);
    case S_AGENTS: return do_agent(L, line);
    case S_SKIP:
    case S_DISCARDS:
    case S_ISSUES: return do_labelled(L, line);
    case S_VERBS: return do_verbs_line(L, line);
    case S_COMBINE: return do_combine(L, line);
    default: return do_transform(L, line);
    }
}

static int valid_utf8(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len = 0;
        int bad = 0;
        chrUtf8_decode((const unsigned char *)s, n, i, &len, &bad);
        if (bad) return 0;
        i += len ? len : 1;
    }
    return 1;
}

int chrDict_loadText(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                     chr_message_fn msg, void *ctx) {
    loader L = {0};
    L.lex = lex;
    L.flags = flags;
    L.msg = msg;
    L.ctx = ctx;
    L.fname = name;
    L.block = NO_BLOCK;
    int f = chrLex_addFile(lex, name);
    if (f < 0) return CHR_ENOMEM;
    L.file = (uint32_t)f;
    lex->counts.files++;
    char *buf = malloc(MAX_LINE + 1);
    if (!buf) return CHR_ENOMEM;
    /* countries seen so far, so counts stay right across files */
    for (size_t i = 0; i < lex->n_actors; i++) {
        if (lex->actors[i].sort >= CHR_LEX_SORT_COUNTRY && lex->actors[i].sort <= CHR_LEX_SORT_CITY &&
            chrLexMap_put(&L.seen, lex->actors[i].code, 1)) {
            free(buf);
            return CHR_ENOMEM;
        }
    }
    size_t pos = 0;
    int rc = CHR_OK;
    while (pos < n) {
        size_t end = pos;
        while (end < n && text[end] != '\n') end++;
        size_t len = end - pos;
        L.line++;
        lex->counts.lines++;
        int lrc = CHR_OK;
        if (len > MAX_LINE) lrc = fail(&L, "line longer than %d bytes", MAX_LINE);
        else if (memchr(text + pos, '\0', len)) lrc = fail(&L, "NUL byte in line");
        else if (!valid_utf8(text + pos, len)) lrc = fail(&L, "invalid UTF-8");
        else {
            memcpy(buf, text + pos, len);
            buf[len] = '\0';
            cut_comment(buf);
            char *line = trim(buf);
            if (*line) lrc = do_line(&L, line);
        }
        pos = end + 1;
        if (L.fatal) {
            rc = CHR_ENOMEM;
            break;
        }
        if (lrc && (flags & CHR_LEXICON_STRICT)) {
            rc = CHR_EFORMAT;
            break;
        }
    }
    free(buf);
    free(L.seen.keys);
    free(L.seen.vals);
    if (rc == CHR_OK && L.errors) rc = CHR_EFORMAT;
    return rc;
}

int chrDict_check(chrLex *lex, int flags, chr_message_fn msg, void *ctx) {
    int rc = CHR_OK;
    for (size_t i = 0; i < lex->n_patterns; i++) {
        const chrLexPattern *p = &lex->patterns[i];
        if (p->code.kind != CHR_CODE_COMBINE) continue;
        size_t j = 0;
        while (j < lex->n_combines && lex->combines[j].table != p->code.table) j++;
        if (j < lex->n_combines) continue;
        loader L = {0};
        L.lex = lex;
        L.msg = msg;
        L.ctx = ctx;
        L.fname = lex->files[p->origin.file];
        L.line = p->origin.line;
        rc = fail(&L, "combination table '%s' is not defined in any [combine] section", chrLex_str(lex, p->code.table));
        if (flags & CHR_LEXICON_STRICT) return rc;
    }
    for (size_t i = 0; i < lex->n_auxes; i++) {
        const chrLexCode *c = &lex->auxes[i].code;
        size_t j = 0;
        while (c->kind == CHR_CODE_COMBINE && j < lex->n_combines && lex->combines[j].table != c->table) j++;
        if (c->kind == CHR_CODE_COMBINE && j == lex->n_combines) {
            if (msg) {
                char buf[256];
                snprintf(buf, sizeof buf, "aux %s: combination table '%s' is not defined",
                         chrLex_str(lex, lex->auxes[i].lemma), chrLex_str(lex, c->table));
                msg(ctx, buf);
            }
            lex->counts.errors++;
            rc = CHR_EFORMAT;
        }
    }
    return rc;
}

static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int read_file(const char *path, char **out, size_t *n) {
    int rc = chrFile_read(path, 0, out, n);
    return rc == CHR_ENOTFOUND ? CHR_EIO : rc;
}

static void say(chr_message_fn msg, void *ctx, const char *fmt, const char *a, const char *b) {
    if (!msg) return;
    char buf[1024];
    snprintf(buf, sizeof buf, fmt, a, b);
    msg(ctx, buf);
}

int chrDict_loadDir(chrLex *lex, const char *dir, int flags, chr_message_fn msg, void *ctx) {
    DIR *d = opendir(dir);
    if (!d) {
        say(msg, ctx, "%s: cannot open dictionary directory: %s", dir, strerror(errno));
        return CHR_ENOTFOUND;
    }
    strlist names = {0};
    struct dirent *e;
    int rc = CHR_OK;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0 && e->d_name[0] != '.' && sl_push(&names, e->d_name, n)) {
            rc = CHR_ENOMEM;
            break;
        }
    }
    closedir(d);
    if (rc == CHR_OK && !names.n) {
        say(msg, ctx, "%s: no *.txt dictionary files in this directory%s", dir, "");
        rc = CHR_ENOTFOUND;
    }
    if (names.n) qsort(names.v, names.n, sizeof *names.v, name_cmp);
    int bad = 0;
    for (size_t i = 0; i < names.n && rc == CHR_OK; i++) {
        size_t plen = strlen(dir) + strlen(names.v[i]) + 2;
        char *path = malloc(plen);
        if (!path) {
            rc = CHR_ENOMEM;
            break;
        }
        snprintf(path, plen, "%s/%s", dir, names.v[i]);
        char *text = NULL;
        size_t n = 0;
        int frc = read_file(path, &text, &n);
        if (frc) {
            say(msg, ctx, "%s: cannot read: %s", path, chr_strerror(frc));
            rc = frc;
        } else {
            frc = chrDict_loadText(lex, path, text, n, flags, msg, ctx);
            free(text);
            if (frc == CHR_EFORMAT) bad = 1;
            if (frc && (frc != CHR_EFORMAT || (flags & CHR_LEXICON_STRICT))) rc = frc;
        }
        free(path);
    }
    sl_free(&names);
    if (rc == CHR_OK && chrDict_check(lex, flags, msg, ctx)) bad = 1;
    return rc ? rc : bad ? CHR_EFORMAT : CHR_OK;
}

int chr_lexicon_load_dir(const char *dir, int flags, chr_message_fn on_message, void *ctx, chr_lexicon **out) {
    if (!dir || !out) return CHR_EINVAL;
    *out = NULL;
    chrLex *lex = chrLex_new();
    if (!lex) return CHR_ENOMEM;
    int rc = chrDict_loadDir(lex, dir, flags, on_message, ctx);
    if (rc && (rc != CHR_EFORMAT || (flags & CHR_LEXICON_STRICT))) {
        chrLex_free(lex);
        return rc;
    }
    *out = lex;
    return CHR_OK;
}
