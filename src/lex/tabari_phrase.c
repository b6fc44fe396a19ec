/*
 * tabari_phrase.c - TABARI phrase and code notation into the lexicon's
 * surface-order model (see tabari_phrase.h).
 *
 * Connectors: '_' after a word makes it a whole word and the next element
 * consecutive; "~_" (or "~ ") keeps the word a stem but makes the next
 * element consecutive; a blank lets other words come between.
 */
#include <string.h>

#include "lex/tabari_phrase.h"

#define MAX_TOKS 64
#define MAX_ALTS 32

typedef struct {
    chrLex *lex;
    const char *s;
    size_t i, n;
    int pattern, verbs, noend, depth;
    const char *why;
} parser;

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static int is_alnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
static int ends_word(char c) { return is_blank(c) || c == '_' || c == '{' || c == '}' || c == '|'; }

static int bad(parser *P, const char *why) {
    P->why = why;
    return CHR_EFORMAT;
}

static int push_seq(parser *P, const chrLexSurfTok *toks, size_t nt, uint16_t len, uint32_t *seq) {
    chrLex *lex = P->lex;
    for (size_t k = 0; k < nt; k++) {
        if (CHR_LEX_PUSH(lex, surf_toks)) return CHR_ENOMEM;
        lex->surf_toks[lex->n_surf_toks++] = toks[k];
    }
    if (CHR_LEX_PUSH(lex, surf_seqs)) return CHR_ENOMEM;
    chrLexSurfSeq *q = &lex->surf_seqs[lex->n_surf_seqs];
    q->first = (uint32_t)(lex->n_surf_toks - nt);
    q->n = (uint32_t)nt;
    q->length = len;
    *seq = (uint32_t)lex->n_surf_seqs++;
    return CHR_OK;
}

static int push_alt(parser *P, chrLexId name, const uint32_t *seqs, size_t ns, uint32_t *alt) {
    chrLex *lex = P->lex;
    for (size_t k = 0; k < ns; k++) {
        if (CHR_LEX_PUSH(lex, surf_alt_seqs)) return CHR_ENOMEM;
        lex->surf_alt_seqs[lex->n_surf_alt_seqs++] = seqs[k];
    }
    if (CHR_LEX_PUSH(lex, surf_alts)) return CHR_ENOMEM;
    chrLexSurfAlt *a = &lex->surf_alts[lex->n_surf_alts];
    a->name = name;
    a->first = (uint32_t)(lex->n_surf_alt_seqs - ns);
    a->n = (uint32_t)ns;
    *alt = (uint32_t)lex->n_surf_alts++;
    return CHR_OK;
}

static uint16_t alt_length(const chrLex *lex, uint32_t alt) {
    uint16_t best = 0;
    const chrLexSurfAlt *a = &lex->surf_alts[alt];
    for (uint32_t k = 0; k < a->n; k++) {
        uint16_t l = lex->surf_seqs[lex->surf_alt_seqs[a->first + k]].length;
        if (l > best) best = l;
    }
    return best;
}

static int parse_seq(parser *P, int in_alt, uint32_t *seq, uint16_t *len_out);

static int parse_alt(parser *P, uint32_t *alt) {
    uint32_t seqs[MAX_ALTS];
    size_t ns = 0;
    if (++P->depth > 4) return bad(P, "alternatives nested too deeply");
    for (;;) {
        uint32_t sub;
        uint16_t sublen;
        int rc = parse_seq(P, 1, &sub, &sublen);
        if (rc) return rc;
        if (P->lex->surf_seqs[sub].n == 0) return bad(P, "empty alternative in { | }");
        if (ns == MAX_ALTS) return bad(P, "too many alternatives");
        seqs[ns++] = sub;
        if (P->i < P->n && P->s[P->i] == '|') {
            P->i++;
            continue;
        }
        if (P->i < P->n && P->s[P->i] == '}') {
            P->i++;
            break;
        }
        return bad(P, "missing } after alternatives");
    }
    P->depth--;
    return push_alt(P, CHR_LEX_NONE, seqs, ns, alt);
}

static int parse_seq(parser *P, int in_alt, uint32_t *seq, uint16_t *len_out) {
    chrLexSurfTok toks[MAX_TOKS];
    size_t nt = 0;
    int next = 0, force = 0, rc;
    uint16_t len = 0;
    while (P->i < P->n) {
        char c = P->s[P->i];
        if (is_blank(c)) {
            P->i++;
            next = force;
            continue;
        }
        if (c == '|' || c == '}') {
            if (!in_alt) return bad(P, "| or } outside alternatives");
            break;
        }
        if (nt == MAX_TOKS) return bad(P, "phrase has too many elements");
        chrLexSurfTok *t = &toks[nt];
        memset(t, 0, sizeof *t);
        if (c == '_') {
            next = 1;
            P->i++;
            continue;
        }
        uint8_t flags = (next || force) ? CHR_SURF_NEXT : 0;
        next = force = 0;
        if (c == '{') {
            P->i++;
            uint32_t alt;
            if ((rc = parse_alt(P, &alt))) return rc;
            t->kind = CHR_SURF_ALT;
            t->flags = flags;
            t->ref = alt;
            len = (uint16_t)(len + alt_length(P->lex, alt));
            nt++;
            continue;
        }
        if (c == '&') {
            size_t st = P->i++;
            while (P->i < P->n && is_alnum(P->s[P->i])) P->i++;
            if (P->i - st < 2) return bad(P, "& without a synset name");
            chrLexId name = chrLex_internUpper(P->lex, P->s + st, P->i - st, 0);
            uint32_t v;
            if (!name || !chrLexMap_get(&P->lex->surf_synsets, name, &v))
                return bad(P, "synset used before it is defined");
            t->kind = CHR_SURF_ALT;
            t->flags = flags;
            t->ref = v - 1; /* a synset counts no letters in the pattern order */
            nt++;
            continue;
        }
        if (strchr("*$+%^", c) && (P->i + 1 >= P->n || ends_word(P->s[P->i + 1]))) {
            if (!P->pattern) return bad(P, "pattern token outside a pattern");
            P->i++;
            t->kind = c == '*' ? CHR_SURF_VERB
                      : c == '$' ? CHR_SURF_SRC
                      : c == '+' ? CHR_SURF_TGT
                      : c == '%' ? CHR_SURF_BOTH
                                 : CHR_SURF_SKIP;
            if (c == '*') P->verbs++;
            t->flags = flags;
            nt++;
            continue;
        }
        size_t st = P->i;
        while (P->i < P->n && !ends_word(P->s[P->i])) P->i++;
        size_t en = P->i;
        int stem_next = 0;
        P->noend = 0;
        while (en > st && (P->s[en - 1] == '~' || P->s[en - 1] == '=')) {
            if (P->s[en - 1] == '~') stem_next = 1;
            else P->noend = 1;
            en--;
        }
        if (en == st) return bad(P, "empty word");
        for (size_t k = st; k < en; k++) len = (uint16_t)(len + is_alnum(P->s[k]));
        t->kind = CHR_SURF_WORD;
        t->flags = flags;
        if (!stem_next && P->i < P->n && P->s[P->i] == '_') t->flags |= CHR_SURF_EXACT;
        if (P->noend) t->flags |= CHR_SURF_EXACT;
        t->word = chrLex_internUpper(P->lex, P->s + st, en - st, 1);
        if (!t->word) return CHR_ENOMEM;
        if (stem_next) force = 1;
        nt++;
    }
    *len_out = len;
    return push_seq(P, toks, nt, len, seq);
}

int chrTabari_parseSeq(chrLex *lex, const char *s, size_t n, int pattern, uint32_t *seq,
                       int *noend, int *verbs, const char **why) {
    parser P = {.lex = lex, .s = s, .n = n, .pattern = pattern};
    uint16_t len;
    int rc = parse_seq(&P, 0, seq, &len);
    if (rc) {
        *why = P.why ? P.why : "out of memory";
        return rc;
    }
    if (lex->surf_seqs[*seq].n == 0) {
        *why = "phrase missing";
        return CHR_EFORMAT;
    }
    if (noend) *noend = P.noend;
    if (verbs) *verbs = P.verbs;
    return CHR_OK;
}

int chrTabari_parseCode(chrLex *lex, const char *s, size_t n, chrLexCode *out, const char **why) {
    memset(out, 0, sizeof *out);
    while (n && is_blank(*s)) s++, n--;
    while (n && is_blank(s[n - 1])) n--;
    if (!n) {
        *why = "no code in [...]";
        return CHR_EFORMAT;
    }
    char buf[64];
    size_t m = 0;
    for (size_t k = 0; k < n && m + 1 < sizeof buf; k++)
        if (!is_blank(s[k])) buf[m++] = s[k];
    buf[m] = '\0';
    if (m && buf[m - 1] == '?') out->prio = CHR_CODE_PRIO_SUBORD, buf[--m] = '\0';
    else if (m && buf[m - 1] == '!') out->prio = CHR_CODE_PRIO_DOMINANT, buf[--m] = '\0';
    if (!strcmp(buf, "---")) {
        out->kind = CHR_CODE_NULL;
        return CHR_OK;
    }
    if (!strcmp(buf, "###")) {
        out->kind = CHR_CODE_DISCARD;
        return CHR_OK;
    }
    if (!strcmp(buf, "+++")) {
        out->kind = CHR_CODE_COMPLEX;
        return CHR_OK;
    }
    out->kind = CHR_CODE_EVENT;
    char *colon = strchr(buf, ':');
    if (colon) {
        *colon = '\0';
        if (!colon[1] || strchr(colon + 1, ':')) {
            *why = "paired code needs one code after ':'";
            return CHR_EFORMAT;
        }
        if (!(out->code2 = chrLex_intern(lex, colon + 1, strlen(colon + 1)))) return CHR_ENOMEM;
    }
    if (buf[0] && !(out->code = chrLex_intern(lex, buf, strlen(buf)))) return CHR_ENOMEM;
    if (!out->code && !out->code2) {
        *why = "no code in [...]";
        return CHR_EFORMAT;
    }
    return CHR_OK;
}

int chrTabari_addEntry(chrLex *lex, uint32_t seq, uint8_t kind, uint32_t index, uint8_t endings,
                       chrLexOrigin origin) {
    if (lex->n_surf_entries == 0) {
        if (CHR_LEX_PUSH(lex, surf_entries)) return CHR_ENOMEM;
        memset(&lex->surf_entries[lex->n_surf_entries++], 0, sizeof *lex->surf_entries);
    }
    const chrLexSurfSeq *q = &lex->surf_seqs[seq];
    const chrLexSurfTok *first = &lex->surf_toks[q->first];
    if (first->kind != CHR_SURF_WORD) return CHR_EFORMAT;
    chrLexMap *m = (first->flags & CHR_SURF_EXACT) ? &lex->surf_exact : &lex->surf_stem;
    if (CHR_LEX_PUSH(lex, surf_entries)) return CHR_ENOMEM;
    uint32_t id = (uint32_t)lex->n_surf_entries++;
    chrLexSurfEntry *e = &lex->surf_entries[id];
    e->seq = seq;
    e->kind = kind;
    e->endings = endings;
    e->index = index;
    e->origin = origin;
    uint32_t head = 0;
    chrLexMap_get(m, first->word, &head);
    e->next = head;
    return chrLexMap_put(m, first->word, id);
}
