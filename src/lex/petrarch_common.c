/*
 * petrarch_common.c - what every PETRARCH dictionary loader shares: reading
 * a file into lines with <!-- --> blocks blanked, comments, phrase words,
 * dates, error reports, and the dispatch by kind (petrarch_load.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/petrarch_load.h"
#include "core/file.h"

int chrPetr_fail(chrPetrCtx *P, const char *fmt, ...) {
    char reason[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    if (P->msg) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%s:%u: %s", P->fname, P->line, reason);
        P->msg(P->ctx, buf);
    }
    P->errors++;
    P->lex->counts.errors++;
    return CHR_EFORMAT;
}

static char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

static int contains_ci(const char *s, const char *w) {
    size_t n = strlen(w);
    for (; *s; s++) {
        size_t i = 0;
        while (i < n && s[i] && lower_ascii(s[i]) == w[i]) i++;
        if (i == n) return 1;
    }
    return 0;
}

int chrPetr_kindOfName(const char *name) {
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    if (contains_ci(base, "verb") || contains_ci(base, "cameo")) return CHR_PETR_VERBS;
    if (contains_ci(base, "actor")) return CHR_PETR_ACTORS;
    if (contains_ci(base, "agent")) return CHR_PETR_AGENTS;
    if (contains_ci(base, "discard")) return CHR_PETR_DISCARDS;
    if (contains_ci(base, "issue")) return CHR_PETR_ISSUES;
    return CHR_PETR_UNKNOWN;
}

void chrPetr_cutComment(char *s, int semi) {
    int in_code = 0; /* inside [...]: "[###]" is a code, not a comment */
    for (char *c = s; *c; c++) {
        if (*c == '[') in_code = 1;
        else if (*c == ']') in_code = 0;
        else if (!in_code && (*c == '#' || (semi && *c == ';'))) {
            *c = '\0';
            break;
        }
    }
}

int chrPetr_date(const char *s, size_t n, int32_t *out) {
    if (n != 6 && n != 8) return 0;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (n == 6) {
        int yy = v / 10000;
        v += (yy < 30 ? 20000000 : 19000000);
    }
    int m = v / 100 % 100, d = v % 100;
    if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
    *out = v;
    return 1;
}

int chrPetr_words(chrPetrCtx *P, const char *s, size_t n, int gap, chrLexId *out, int cap) {
    int k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '_')) {
            if (gap && (s[i] == ' ' || s[i] == '\t') && k > 0 && out[k - 1] != P->lex->gap_word) {
                /* a blank between words: others may intervene (the gap is dropped at the end) */
                size_t j = i;
                while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
                if (j < n && s[j] != '_') {
                    if (k == cap) return chrPetr_fail(P, "phrase too long"), 0;
                    out[k++] = P->lex->gap_word;
                }
            }
            i++;
        }
        size_t st = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '_') i++;
        if (i == st) break;
        if (k == cap) return chrPetr_fail(P, "phrase too long"), 0;
        chrLexId id = chrLex_internUpper(P->lex, s + st, i - st, 1);
        if (!id) return -1;
        out[k++] = id;
    }
    while (k && out[k - 1] == P->lex->gap_word) k--;
    return k;
}

int chrPetr_loadText(chrLex *lex, const char *name, const char *text, size_t n, int kind, int flags,
                     chr_message_fn msg, void *ctx) {
    chrPetrCtx P = {0};
    P.lex = lex;
    P.fname = name;
    P.flags = flags;
    P.msg = msg;
    P.ctx = ctx;
    int f = chrLex_addFile(lex, name);
    if (f < 0) return CHR_ENOMEM;
    P.file = (uint32_t)f;
    lex->counts.files++;
    char *buf = malloc(n + 1);
    size_t cap = 1024, nl = 0;
    char **lines = malloc(cap * sizeof *lines);
    if (!buf || !lines) {
        free(buf);
        free(lines);
        return CHR_ENOMEM;
    }
    memcpy(buf, text, n);
    buf[n] = '\0';
    int in_comment = 0;
    for (char *p = buf; p && *p;) {
        char *end = strchr(p, '\n');
        if (end) *end = '\0';
        size_t len = strlen(p);
        if (len && p[len - 1] == '\r') p[--len] = '\0';
        if (nl == cap) {
            char **nv = realloc(lines, cap * 2 * sizeof *lines);
            if (!nv) {
                free(buf);
                free(lines);
                return CHR_ENOMEM;
            }
            lines = nv;
            cap *= 2;
        }
        /* <!-- ... --> blocks, possibly over several lines */
        char *open = in_comment ? p : strstr(p, "<!--");
        if (open) {
            char *close = strstr(open, "-->");
            if (close) {
                memset(open, ' ', (size_t)(close + 3 - open));
                in_comment = 0;
            } else {
                *open = '\0';
                in_comment = 1;
            }
        }
        lines[nl++] = p;
        lex->counts.lines++;
        p = end ? end + 1 : NULL;
    }
    int rc;
    switch (kind) {
    case CHR_PETR_VERBS: rc = chrPetr_verbs(&P, lines, nl); break;
    case CHR_PETR_ACTORS: rc = chrPetr_actors(&P, lines, nl); lex->names_by_form = 1; break;
    case CHR_PETR_AGENTS: rc = chrPetr_agents(&P, lines, nl); lex->names_by_form = 1; break;
    case CHR_PETR_DISCARDS: rc = chrPetr_discards(&P, lines, nl); break;
    case CHR_PETR_ISSUES: rc = chrPetr_issues(&P, lines, nl); break;
    default: rc = chrPetr_fail(&P, "not a PETRARCH dictionary kind (verbs, actors, agents, discards, issues)");
    }
    free(lines);
    free(buf);
    if (P.fatal) return CHR_ENOMEM;
    if (rc == CHR_OK && P.errors) rc = CHR_EFORMAT;
    return rc;
}

int chrPetr_loadFile(chrLex *lex, const char *path, int kind, int flags, chr_message_fn msg, void *ctx) {
    char *text;
    size_t len;
    int rc = chrFile_read(path, (size_t)1 << 28, &text, &len);
    if (rc != CHR_OK) {
        if (msg) {
            char buf[1024];
            snprintf(buf, sizeof buf, "%s: cannot read: %s", path,
                     rc == CHR_ENOTFOUND ? "cannot open" : chr_strerror(rc));
            msg(ctx, buf);
        }
        return rc;
    }
    rc = chrPetr_loadText(lex, path, text, len, kind, flags, msg, ctx);
    free(text);
    return rc;
}

int chrPetr_isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

char *chrPetr_trim(char *s) {
    while (chrPetr_isBlank(*s)) s++;
    size_t n = strlen(s);
    while (n && chrPetr_isBlank(s[n - 1])) s[--n] = '\0';
    return s;
}

int chrPetr_oom(chrPetrCtx *P) {
    P->fatal = 1;
    return chrPetr_fail(P, "out of memory");
}
