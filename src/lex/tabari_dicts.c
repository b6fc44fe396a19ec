/*
 * tabari_dicts.c - loaders for TABARI .actors, .agents and .verbs files into
 * the lexicon's surface-order model (see tabari_load.h).
 *
 * Line notation shared by the three: "PHRASE [CODE] ;comment"; lines that
 * start with '#' or '/' are comments; "~~FINISH" ends the file; hyphens in
 * phrases become '_' (TABARI turns text hyphens into blanks).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/tabari_load.h"
#include "lex/tabari_phrase.h"

typedef struct {
    chrLex *lex;
    const char *fname;
    uint32_t file, line;
    int flags, errors;
    chr_message_fn msg;
    void *ctx;
    /* state between lines */
    int section;      /* actors: 0 actors, 1 nouns, 2 adjectives; verbs: 0 verbs, 1 synsets, 2 time */
    int have;         /* an actor group / verb block is open */
    uint32_t current; /* its actor or block index */
    chrLexId synset;  /* verbs: the synset being read */
    uint32_t set_first, set_n; /* its member sequences so far (in surf_alt_seqs order) */
} loader;

static int fail(loader *L, const char *fmt, ...) {
    L->errors++;
    L->lex->counts.errors++;
    if (L->msg) {
        char reason[400], buf[600];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(reason, sizeof reason, fmt, ap);
        va_end(ap);
        snprintf(buf, sizeof buf, "%s:%u: %s", L->fname, L->line, reason);
        L->msg(L->ctx, buf);
    }
    return CHR_EFORMAT;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Trims blanks both sides of s[*a..*b). */
static void trim(const char *s, size_t *a, size_t *b) {
    while (*a < *b && is_blank(s[*a])) (*a)++;
    while (*b > *a && is_blank(s[*b - 1])) (*b)--;
}

/* The length of the line before a ';' comment. */
static size_t strip_comment(const char *s, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (s[k] == ';') return k;
    return n;
}

/* Copies a phrase with '-' turned into '_' into buf. */
static size_t phrase_copy(const char *s, size_t n, char *buf, size_t cap) {
    size_t m = 0;
    for (size_t k = 0; k < n && m + 1 < cap; k++) buf[m++] = s[k] == '-' ? '_' : s[k];
    buf[m] = '\0';
    return m;
}

static chrLexOrigin origin(const loader *L) { return (chrLexOrigin){L->file, L->line}; }

typedef int (*line_fn)(loader *L, const char *s, size_t n, int indented);

static int each_line(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                     chr_message_fn msg, void *ctx, line_fn fn, int (*finish)(loader *L)) {
    loader L = {.lex = lex, .fname = name, .flags = flags, .msg = msg, .ctx = ctx};
    int fi = chrLex_addFile(lex, name);
    if (fi < 0) return fi;
    L.file = (uint32_t)fi;
    lex->counts.files++;
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        L.line++;
        lex->counts.lines++;
        size_t a = i, b = e;
        int indented = a < b && (text[a] == ' ' || text[a] == '\t');
        trim(text, &a, &b);
        i = e + 1;
        if (a == b || text[a] == '#' || text[a] == '/') continue;
        if (b - a >= 8 && !strncmp(text + a, "~~FINISH", 8)) break;
        int rc = fn(&L, text + a, b - a, indented);
        if (rc == CHR_ENOMEM) return rc;
        if (rc == CHR_EFORMAT && (flags & CHR_LEXICON_STRICT)) return rc;
    }
    if (finish) {
        int rc = finish(&L);
        if (rc) return rc;
    }
    return L.errors ? CHR_EFORMAT : CHR_OK;
}

/* ---------------------------------------------------------------- actors */

/* Reads "[CODE restriction] [..]" blocks in s into actor a. */
static int actor_codes(loader *L, uint32_t a, const char *s, size_t n, int yyyy) {
    chrLex *lex = L->lex;
    size_t k = 0;
    while (k < n) {
        while (k < n && is_blank(s[k])) k++;
        if (k == n) break;
        if (s[k] != '[') return fail(L, "missing left-bracket [ before code");
        size_t st = ++k;
        while (k < n && s[k] != ']') k++;
        if (k == n) return fail(L, "missing right-bracket ]");
        size_t en = k++;
        trim(s, &st, &en);
        size_t c = st;
        while (c < en && !is_blank(s[c]) && s[c] != '<' && s[c] != '>' &&
               !(s[c] >= '0' && s[c] <= '9' && c == st))
            c++;
        if (c == st) return fail(L, "no code in [...]");
        chrLexId code = chrLex_intern(lex, s + st, c - st);
        if (!code) return CHR_ENOMEM;
        size_t r = c;
        while (r < en && is_blank(s[r])) r++;
        chrLexDated d = {.code = code};
        if (r == en) {
            if (lex->actors[a].code) return fail(L, "second default code for one actor");
            lex->actors[a].code = code;
            continue;
        }
        char buf[64];
        size_t m = 0;
        for (size_t q = r; q < en && m + 1 < sizeof buf; q++)
            if (!is_blank(s[q])) buf[m++] = s[q];
        buf[m] = '\0';
        if (buf[0] == '<' || buf[0] == '>') {
            int32_t dt = chrTabari_date(buf + 1, m - 1, yyyy);
            if (dt < 0) return fail(L, "bad date in restriction '%s'", buf);
            if (buf[0] == '<') d.until = dt;
            else d.from = dt;
        } else {
            char *dash = strchr(buf, '-');
            if (!dash) return fail(L, "bad date restriction '%s'", buf);
            int32_t d1 = chrTabari_date(buf, (size_t)(dash - buf), yyyy);
            int32_t d2 = chrTabari_date(dash + 1, strlen(dash + 1), yyyy);
            if (d1 < 0 || d2 < 0) return fail(L, "bad date range '%s'", buf);
            d.from = d1;
            d.until = d2;
        }
        if (lex->actors[a].n_dated && lex->actors[a].first_dated + lex->actors[a].n_dated != lex->n_dated)
            return fail(L, "date restrictions of an actor must follow it");
        if (CHR_LEX_PUSH(lex, dated)) return CHR_ENOMEM;
        if (!lex->actors[a].n_dated) lex->actors[a].first_dated = (uint32_t)lex->n_dated;
        lex->dated[lex->n_dated++] = d;
        lex->actors[a].n_dated++;
        lex->counts.dated_codes++;
    }
    return CHR_OK;
}

static int parse_phrase(loader *L, const char *s, size_t n, int pattern, uint32_t *seq, int *noend,
                        int *verbs) {
    char buf[512];
    if (n >= sizeof buf) return fail(L, "phrase longer than %zu characters", sizeof buf - 1);
    size_t m = phrase_copy(s, n, buf, sizeof buf);
    const char *why = NULL;
    int rc = chrTabari_parseSeq(L->lex, buf, m, pattern, seq, noend, verbs, &why);
    if (rc == CHR_EFORMAT) return fail(L, "%s in '%.*s'", why, (int)n, s);
    return rc;
}

static int actor_line(loader *L, const char *s, size_t n, int indented) {
    chrLex *lex = L->lex;
    n = strip_comment(s, n);
    while (n && is_blank(s[n - 1])) n--;
    if (!n) return CHR_OK;
    if (s[0] == '<') {
        if (!strncmp(s, "<NOUN>", 6)) L->section = 1;
        else if (!strncmp(s, "<ADJECTIVE>", 11)) L->section = 2;
        else if (!strncmp(s, "</NOUN>", 7) || !strncmp(s, "</ADJECTIVE>", 12)) L->section = 0;
        else return fail(L, "unknown section '%.*s'", (int)n, s);
        L->have = 0;
        return CHR_OK;
    }
    if (indented && s[0] == '[') {
        if (!L->have) return fail(L, "code line without an actor before it");
        return actor_codes(L, L->current, s, n, 0);
    }
    int syn = s[0] == '+';
    if (syn) {
        s++, n--;
        if (!L->have) return fail(L, "synonym without an actor before it");
    }
    size_t p = 0;
    while (p < n && s[p] != '[') p++;
    size_t pe = p;
    while (pe && is_blank(s[pe - 1])) pe--;
    if (pe < 2 && !(pe == 1 && s[0] != '+')) return fail(L, "phrase missing or too short");
    uint32_t seq;
    int noend = 0, rc;
    if ((rc = parse_phrase(L, s, pe, 0, &seq, &noend, NULL))) return rc;
    uint8_t ends = noend ? CHR_END_NONE : CHR_END_NOUN;
    if (L->section) {
        if (p < n) return fail(L, "nouns and adjectives take no code");
        return chrTabari_addEntry(lex, seq, L->section == 1 ? CHR_LEX_NOUN : CHR_LEX_ADJ, 0, ends,
                                  origin(L));
    }
    if (!syn) {
        if (CHR_LEX_PUSH(lex, actors)) return CHR_ENOMEM;
        L->current = (uint32_t)lex->n_actors++;
        memset(&lex->actors[L->current], 0, sizeof *lex->actors);
        lex->actors[L->current].origin = origin(L);
        L->have = 1;
        lex->counts.actors++;
        if (p < n && (rc = actor_codes(L, L->current, s + p, n - p, 0))) return rc;
    } else if (p < n) {
        return fail(L, "a synonym takes the codes of its actor, not its own");
    }
    lex->counts.actor_names++;
    return chrTabari_addEntry(lex, seq, CHR_LEX_ACTOR, L->current, ends, origin(L));
}

int chrTabari_loadActors(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                         chr_message_fn msg, void *ctx) {
    return each_line(lex, name, text, n, flags, msg, ctx, actor_line, NULL);
}

/* ---------------------------------------------------------------- agents */

static int agent_line(loader *L, const char *s, size_t n, int indented) {
    (void)indented;
    chrLex *lex = L->lex;
    n = strip_comment(s, n);
    while (n && is_blank(s[n - 1])) n--;
    if (!n) return CHR_OK;
    size_t p = 0;
    while (p < n && s[p] != '[' && s[p] != '{') p++;
    size_t pe = p;
    while (pe && is_blank(s[pe - 1])) pe--;
    if (pe < 2) return fail(L, "phrase missing or too short");
    size_t b = p;
    if (b < n && s[b] == '{') { /* optional plural form, PETRARCH style */
        while (b < n && s[b] != '}') b++;
        if (b == n) return fail(L, "missing } after plural");
        b++;
        while (b < n && is_blank(s[b])) b++;
    }
    if (b == n || s[b] != '[') return fail(L, "missing left-bracket [ before agent code");
    size_t cs = b + 1, ce = cs;
    while (ce < n && s[ce] != ']') ce++;
    if (ce == n) return fail(L, "missing right-bracket ]");
    trim(s, &cs, &ce);
    if (ce - cs < 2) return fail(L, "no code in [...]");
    int prefix;
    if (s[cs] == '~') prefix = 0, cs++;
    else if (s[ce - 1] == '~') prefix = 1, ce--;
    else return fail(L, "missing ~ connector in an agent code");
    trim(s, &cs, &ce);
    if (cs == ce) return fail(L, "no code in [...]");
    uint32_t seq;
    int noend = 0, rc;
    if ((rc = parse_phrase(L, s, pe, 0, &seq, &noend, NULL))) return rc;
    if (CHR_LEX_PUSH(lex, agents)) return CHR_ENOMEM;
    chrLexAgent *ag = &lex->agents[lex->n_agents];
    ag->code = chrLex_internUpper(lex, s + cs, ce - cs, 1);
    if (!ag->code) return CHR_ENOMEM;
    ag->prefix = (uint8_t)prefix;
    ag->origin = origin(L);
    uint32_t idx = (uint32_t)lex->n_agents++;
    lex->counts.agents++;
    lex->counts.agent_names++;
    return chrTabari_addEntry(lex, seq, CHR_LEX_AGENT, idx, noend ? CHR_END_NONE : CHR_END_NOUN,
                              origin(L));
}

int chrTabari_loadAgents(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                         chr_message_fn msg, void *ctx) {
    return each_line(lex, name, text, n, flags, msg, ctx, agent_line, NULL);
}

/* ---------------------------------------------------------------- verbs */

/* Splits "PHRASE [CODE]" at the last '['; *code_at = n when there is none. */
static int split_code(loader *L, const char *s, size_t n, size_t *phrase_end, chrLexCode *code,
                      int *has_code) {
    size_t p = n;
    while (p && s[p - 1] != '[') p--;
    *has_code = 0;
    if (!p) {
        *phrase_end = n;
        return CHR_OK;
    }
    size_t open = p - 1, close = p;
    while (close < n && s[close] != ']') close++;
    if (close == n) return fail(L, "missing right-bracket ]");
    const char *why = NULL;
    int rc = chrTabari_parseCode(L->lex, s + p, close - p, code, &why);
    if (rc == CHR_EFORMAT) return fail(L, "%s", why);
    if (rc) return rc;
    *has_code = 1;
    size_t pe = open;
    while (pe && is_blank(s[pe - 1])) pe--;
    *phrase_end = pe;
    return CHR_OK;
}

static int close_synset(loader *L) {
    if (!L->synset) return CHR_OK;
    chrLex *lex = L->lex;
    chrLexId name = L->synset;
    L->synset = CHR_LEX_NONE;
    if (!L->set_n) return fail(L, "synset %s has no members", chrLex_str(lex, name));
    if (CHR_LEX_PUSH(lex, surf_alts)) return CHR_ENOMEM;
    chrLexSurfAlt *a = &lex->surf_alts[lex->n_surf_alts];
    a->name = name;
    a->first = L->set_first;
    a->n = L->set_n;
    lex->counts.sets++;
    return chrLexMap_put(&lex->surf_synsets, name, (uint32_t)++lex->n_surf_alts);
}

static int synset_line(loader *L, const char *s, size_t n) {
    chrLex *lex = L->lex;
    if (s[0] == '&') {
        int rc = close_synset(L);
        if (rc) return rc;
        size_t e = 1;
        while (e < n && !is_blank(s[e])) e++;
        chrLexId name = chrLex_internUpper(lex, s, e, 1);
        if (!name) return CHR_ENOMEM;
        uint32_t v;
        if (chrLexMap_get(&lex->surf_synsets, name, &v)) return fail(L, "synset %.*s defined twice", (int)e, s);
        L->synset = name;
        L->set_n = 0;
        return CHR_OK;
    }
    if (s[0] != '+') return fail(L, "synset member must start with +");
    if (!L->synset) return fail(L, "synset member before any &NAME");
    uint32_t seq;
    int rc = parse_phrase(L, s + 1, n - 1, 1, &seq, NULL, NULL);
    if (rc) return rc;
    /* members must be contiguous in surf_alt_seqs: nested alternatives of
     * the member were pushed while parsing, so move the run if needed */
    if (L->set_n && L->set_first + L->set_n != lex->n_surf_alt_seqs) {
        for (uint32_t k = 0; k < L->set_n; k++) {
            if (CHR_LEX_PUSH(lex, surf_alt_seqs)) return CHR_ENOMEM;
            lex->surf_alt_seqs[lex->n_surf_alt_seqs++] = lex->surf_alt_seqs[L->set_first + k];
        }
        L->set_first = (uint32_t)(lex->n_surf_alt_seqs - L->set_n);
    }
    if (CHR_LEX_PUSH(lex, surf_alt_seqs)) return CHR_ENOMEM;
    if (!L->set_n) L->set_first = (uint32_t)lex->n_surf_alt_seqs;
    lex->surf_alt_seqs[lex->n_surf_alt_seqs++] = seq;
    L->set_n++;
    lex->counts.set_members++;
    return CHR_OK;
}

static int new_block(loader *L, const chrLexCode *code) {
    chrLex *lex = L->lex;
    if (CHR_LEX_PUSH(lex, blocks)) return CHR_ENOMEM;
    chrLexBlock *b = &lex->blocks[lex->n_blocks];
    memset(b, 0, sizeof *b);
    b->noun = L->section == 2; /* time phrases are kept apart as "noun" blocks */
    b->origin = origin(L);
    b->surf_code = *code;
    b->first_surf = (uint32_t)lex->n_surf_pats;
    L->current = (uint32_t)lex->n_blocks++;
    L->have = 1;
    lex->counts.verb_blocks++;
    return CHR_OK;
}

static int verb_entry(loader *L, const char *s, size_t n) {
    uint32_t seq;
    int noend = 0, rc;
    if ((rc = parse_phrase(L, s, n, 0, &seq, &noend, NULL))) return rc;
    L->lex->counts.verb_lemmas++;
    return chrTabari_addEntry(L->lex, seq, L->section == 2 ? CHR_LEX_TIME : CHR_LEX_VERB, L->current,
                              noend ? CHR_END_NONE : CHR_END_VERB, origin(L));
}

static int verb_line(loader *L, const char *s, size_t n, int indented) {
    (void)indented;
    chrLex *lex = L->lex;
    n = strip_comment(s, n);
    while (n && is_blank(s[n - 1])) n--;
    if (!n) return CHR_OK;
    if (s[0] == '<') {
        int rc = close_synset(L);
        if (!strncmp(s, "<SYNSETS>", 9) || !strncmp(s, "<SYNSET>", 8)) L->section = 1;
        else if (!strncmp(s, "<TIME>", 6)) L->section = 2;
        else if (!strncmp(s, "</SYNSET", 8) || !strncmp(s, "</TIME>", 7)) L->section = 0;
        else return fail(L, "unknown section '%.*s'", (int)n, s);
        L->have = 0;
        return rc;
    }
    if (L->section == 1) return synset_line(L, s, n);
    if (s[0] == '{') { /* irregular forms of the open block */
        if (!L->have) return fail(L, "verb forms before any verb");
        size_t e = n;
        while (e && s[e - 1] != '}') e--;
        if (!e) return fail(L, "missing } after verb forms");
        size_t k = 1, end = e - 1, forms = 0;
        while (k < end) {
            while (k < end && is_blank(s[k])) k++;
            size_t st = k;
            while (k < end && !is_blank(s[k])) k++;
            if (k > st) {
                int rc = verb_entry(L, s + st, k - st);
                if (rc) return rc;
                forms++;
            }
        }
        return forms ? CHR_OK : fail(L, "no verb forms inside { }");
    }
    chrLexCode code;
    size_t pe;
    int has, rc;
    if (s[0] == '-' && (n == 1 || is_blank(s[1]))) { /* pattern */
        if (!L->have) return fail(L, "pattern before any verb");
        if ((rc = split_code(L, s, n, &pe, &code, &has))) return rc;
        if (!has) return fail(L, "no code in pattern");
        size_t a = 1;
        trim(s, &a, &pe);
        uint32_t seq;
        int verbs = 0;
        if ((rc = parse_phrase(L, s + a, pe - a, 1, &seq, NULL, &verbs))) return rc;
        if (verbs != 1) return fail(L, verbs ? "more than one verb marker '*' in a pattern"
                                              : "missing verb marker '*' in a pattern");
        chrLexBlock *b = &lex->blocks[L->current];
        if (b->first_surf + b->n_surf != lex->n_surf_pats)
            return fail(L, "patterns of a verb must follow it");
        if (CHR_LEX_PUSH(lex, surf_pats)) return CHR_ENOMEM;
        chrLexSurfPat *sp = &lex->surf_pats[lex->n_surf_pats++];
        sp->block = L->current;
        sp->seq = seq;
        sp->code = code;
        sp->origin = origin(L);
        b->n_surf++;
        lex->counts.patterns++;
        return CHR_OK;
    }
    if ((rc = split_code(L, s, n, &pe, &code, &has))) return rc;
    if (!has) return fail(L, "missing left-bracket [ and code after verb");
    if (pe < 2) return fail(L, "phrase missing or too short");
    if ((rc = new_block(L, &code))) return rc;
    return verb_entry(L, s, pe);
}

static int verbs_finish(loader *L) { return close_synset(L); }

int chrTabari_loadVerbs(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                        chr_message_fn msg, void *ctx) {
    int rc = each_line(lex, name, text, n, flags, msg, ctx, verb_line, verbs_finish);
    chrTabari_sortPatterns(lex);
    return rc;
}

/* ---------------------------------------------------------------- order */

static int pat_before(const chrLex *lex, const chrLexSurfPat *x, const chrLexSurfPat *y) {
    int lx = lex->surf_seqs[x->seq].length, ly = lex->surf_seqs[y->seq].length;
    if (lx != ly) return lx > ly;
    if (x->origin.file != y->origin.file) return x->origin.file < y->origin.file;
    return x->origin.line < y->origin.line;
}

void chrTabari_sortPatterns(chrLex *lex) {
    for (size_t b = 0; b < lex->n_blocks; b++) { /* insertion sort: blocks are short */
        chrLexSurfPat *p = lex->surf_pats + lex->blocks[b].first_surf;
        for (uint32_t i = 1; i < lex->blocks[b].n_surf; i++) {
            chrLexSurfPat v = p[i];
            uint32_t j = i;
            while (j && pat_before(lex, &v, &p[j - 1])) {
                p[j] = p[j - 1];
                j--;
            }
            p[j] = v;
        }
    }
}
