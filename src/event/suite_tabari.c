/*
 * suite_tabari.c - runs a TABARI validation suite (a .project whose text
 * file holds records with their expected events) through the TABARI-style
 * coder and judges every record the way TABARI's V)alidate does; see the
 * contract in suite_tabari.h.
 *
 * Record conventions (TABARI manual 10.1): a record starts with a line
 * "YYMMDD ID"; its text runs to the comment opener; the comment holds "{ SRC / TGT / CODE }"
 * blocks, "{---}" (no event), "{###}" (discard), "{+++}" (complex), "-{...}"
 * (do not check) and "{ OPTION: command }" (changes an option for the
 * records that follow). Validation ends with the record FINAL-01; what
 * follows it is TABARI's own debugging material and is not counted.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event/suite_tabari.h"
#include "event/tabari.h"
#include "lex/tabari_load.h"
#include "core/clock.h"

#define MAX_EXPECT 64

typedef struct {
    char id[64], category[48];
    char date[16];
    char *text;               /* heap */
    char exp[MAX_EXPECT][128]; /* "SRC\tTGT\tCODE" */
    size_t nexp;
    int none, discard, complex, unchecked, options, blocks;
    char opt[8][200];
    size_t nopt;
} record;

static void log_msg(void *ctx, const char *m) { fprintf((FILE *)ctx, "%s\n", m); }

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_blank(int c) { return c == ' ' || c == '\t' || c == '\r'; }

/* A header line: 6 to 9 digits, blanks, an id. */
static int header(const char *s, size_t n, record *r) {
    size_t k = 0;
    while (k < n && is_digit(s[k])) k++;
    if (k < 6 || k > 9 || k == n || !is_blank(s[k])) return 0;
    memset(r, 0, sizeof *r);
    memcpy(r->date, s, k);
    while (k < n) {
        while (k < n && is_blank(s[k])) k++;
        size_t st = k;
        while (k < n && !is_blank(s[k])) k++;
        if (k == st) return 0;
        int digits = 1;
        for (size_t q = st; q < k; q++) digits &= is_digit(s[q]);
        if (digits) continue; /* a repeated date */
        size_t l = k - st < sizeof r->id - 1 ? k - st : sizeof r->id - 1;
        memcpy(r->id, s + st, l);
        r->id[l] = '\0';
        break;
    }
    if (!r->id[0]) return 0;
    const char *dash = strrchr(r->id, '-');
    size_t cl = dash ? (size_t)(dash - r->id) : strlen(r->id);
    if (cl >= sizeof r->category) cl = sizeof r->category - 1;
    memcpy(r->category, r->id, cl);
    r->category[cl] = '\0';
    return 1;
}

static void trim_copy(char *out, size_t cap, const char *s, size_t n) {
    while (n && (is_blank(*s) || *s == '\n')) s++, n--;
    while (n && (is_blank(s[n - 1]) || s[n - 1] == '\n')) n--;
    size_t m = 0;
    for (size_t k = 0; k < n && m + 1 < cap; k++) out[m++] = s[k];
    out[m] = '\0';
}

/* Reads the validation blocks of body[0..n) into r. */
static void blocks(record *r, const char *b, size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (b[k] != '{') continue;
        int dash = k > 0 && b[k - 1] == '-';
        size_t e = k + 1;
        while (e < n && b[e] != '}' && !(b[e] == '*' && e + 1 < n && b[e + 1] == '/')) e++;
        char in[256];
        trim_copy(in, sizeof in, b + k + 1, e - k - 1);
        k = e;
        r->blocks++;
        if (!strncmp(in, "OPTION:", 7)) {
            if (r->nopt < 8) trim_copy(r->opt[r->nopt++], sizeof r->opt[0], in + 7, strlen(in + 7));
            r->options = 1;
            continue;
        }
        if (dash) {
            r->unchecked = 1;
            continue;
        }
        char sq[256];
        size_t m = 0;
        for (char *p = in; *p && m + 1 < sizeof sq; p++)
            if (!is_blank(*p)) sq[m++] = *p;
        sq[m] = '\0';
        if (!strcmp(sq, "---")) r->none = 1;
        else if (!strcmp(sq, "###")) r->discard = 1;
        else if (!strcmp(sq, "+++")) r->complex = 1;
        else if (r->nexp < MAX_EXPECT) {
            char f[3][40] = {{0}};
            int nf = 0;
            size_t fl = 0;
            for (char *p = sq; *p; p++) {
                if (*p == '/') {
                    if (++nf == 3) break;
                    fl = 0;
                } else if (fl + 1 < sizeof f[0]) {
                    f[nf][fl++] = *p;
                }
            }
            if (nf == 2) snprintf(r->exp[r->nexp++], sizeof r->exp[0], "%s\t%s\t%s", f[0], f[1], f[2]);
        }
    }
}

/* Splits the record body into text (before the first comment) and blocks. */
static int finish(record *r, const char *b, size_t n) {
    const char *c = NULL;
    for (size_t k = 0; k + 1 < n; k++)
        if (b[k] == '/' && b[k + 1] == '*') {
            c = b + k;
            break;
        }
    size_t tl = c ? (size_t)(c - b) : n;
    r->text = malloc(tl + 1);
    if (!r->text) return CHR_ENOMEM;
    size_t m = 0;
    for (size_t k = 0; k < tl; k++) {
        if (b[k] == '#' && (k == 0 || b[k - 1] == '\n')) { /* banner lines are not text */
            while (k < tl && b[k] != '\n') k++;
            continue;
        }
        r->text[m++] = b[k] == '\n' ? ' ' : b[k];
    }
    while (m && is_blank(r->text[m - 1])) m--;
    r->text[m] = '\0';
    if (c) blocks(r, c, n - tl);
    return CHR_OK;
}

typedef struct {
    record *v;
    size_t n, cap;
} records;

static int read_records(const char *text, size_t n, records *out) {
    size_t i = 0, body = 0;
    int open = 0;
    record cur;
    memset(&cur, 0, sizeof cur);
    for (;;) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        record h;
        int is_head = i < n && header(text + i, e - i, &h);
        if (open && (is_head || i >= n)) {
            size_t stop = i < n ? i : n;
            if (out->n == out->cap) {
                size_t nc = out->cap ? out->cap * 2 : 256;
                record *nv = realloc(out->v, nc * sizeof *nv);
                if (!nv) return CHR_ENOMEM;
                out->v = nv;
                out->cap = nc;
            }
            if (finish(&cur, text + body, stop - body)) return CHR_ENOMEM;
            out->v[out->n++] = cur;
            open = 0;
        }
        if (i >= n) break;
        if (is_head) {
            cur = h;
            open = 1;
            body = e + 1 <= n ? e + 1 : n;
        }
        i = e + 1;
    }
    return CHR_OK;
}

static void free_records(records *rs) {
    for (size_t k = 0; k < rs->n; k++) free(rs->v[k].text);
    free(rs->v);
}

static int judge(const record *r, const chrTabariResult *res, char coded[][64], size_t *nc) {
    *nc = 0;
    for (size_t k = 0; k < res->n && *nc < CHR_TABARI_MAX_EVENTS; k++)
        snprintf(coded[(*nc)++], 64, "%s\t%s\t%s", res->ev[k].source, res->ev[k].target, res->ev[k].code);
    if (r->discard) return res->discarded;
    const char *a[MAX_EXPECT], *b[CHR_TABARI_MAX_EVENTS];
    for (size_t k = 0; k < r->nexp; k++) a[k] = r->exp[k];
    for (size_t k = 0; k < *nc; k++) b[k] = coded[k];
    if ((r->none || r->complex) && *nc == 0 && !res->discarded) return 1;
    if (r->nexp == 0) return *nc == 0 && !res->discarded;
    return !res->discarded && chrSuite_sameTriples(a, r->nexp, b, *nc);
}

static void report(FILE *log, const record *r, const chrTabariResult *res, char coded[][64], size_t nc) {
    fprintf(log, "FAIL %s: %s\n", r->id, r->text);
    if (r->discard) fprintf(log, "  expected discard\n");
    if (r->none || r->complex) fprintf(log, "  expected no event%s\n", r->complex ? " (complex)" : "");
    for (size_t k = 0; k < r->nexp; k++) fprintf(log, "  expected %s\n", r->exp[k]);
    if (res->discarded) fprintf(log, "  coded: discarded\n");
    if (res->complex) fprintf(log, "  coded: complex\n");
    if (res->too_short) fprintf(log, "  coded: too short\n");
    for (size_t k = 0; k < nc; k++) fprintf(log, "  coded %s\n", coded[k]);
}

#define TIMING_PASSES 20

int chrSuite_runTabari(const char *project, const chrSuiteOptions *opts, chrSuiteResult *out) {
    FILE *log = opts->log;
    chrTabariProject p;
    int rc = chrTabari_readProject(project, &p, log_msg, log);
    if (rc) return rc;
    chrLex *lex = chrLex_new();
    chrTabariOpts base, o;
    records rs = {0};
    chrTabariCoder *coder = NULL;
    chrTabariResult *res = malloc(sizeof *res);
    if (!lex || !res) {
        rc = CHR_ENOMEM;
        goto done;
    }
    rc = chrTabari_loadProject(&p, lex, &base, opts->strict ? CHR_LEXICON_STRICT : 0, log_msg, log);
    if (rc == CHR_EFORMAT && !opts->strict) rc = CHR_OK;
    if (rc) goto done;
    if (!p.n_text) {
        fprintf(log, "%s: the project names no <textfile>\n", project);
        rc = CHR_EFORMAT;
        goto done;
    }
    for (size_t t = 0; t < p.n_text && !rc; t++) {
        char *text;
        size_t n;
        if ((rc = chrTabari_readFile(p.text[t], &text, &n))) {
            fprintf(log, "%s: cannot read the text file\n", p.text[t]);
            goto done;
        }
        rc = read_records(text, n, &rs);
        free(text);
    }
    if (rc) goto done;
    if (!(coder = chrTabari_coderNew(lex))) {
        rc = CHR_ENOMEM;
        goto done;
    }
    double seconds = 0;
    size_t sentences = 0;
    for (int pass = 0; pass < TIMING_PASSES; pass++) {
        o = base;
        for (size_t k = 0; k < rs.n; k++) {
            const record *r = &rs.v[k];
            for (size_t q = 0; q < r->nopt; q++) {
                char why[200];
                if (chrTabari_option(&o, r->opt[q], why, sizeof why) && pass == 0)
                    fprintf(log, "%s: record %s: %s\n", p.text[0], r->id, why);
            }
            if (!r->blocks) { /* TABARI stops validating at a record without blocks */
                if (!strcmp(r->id, "FINAL-01")) break;
                continue;
            }
            if (r->options && !r->nexp && !r->none && !r->discard && !r->complex) continue;
            int32_t ymd = chrTabari_date(r->date, strlen(r->date), o.yyyy);
            double t0 = chrClock_threadCpu();
            if ((rc = chrTabari_code(coder, &o, r->text, strlen(r->text), ymd < 0 ? 0 : ymd, res))) goto done;
            seconds += chrClock_threadCpu() - t0;
            sentences++;
            if (pass || r->unchecked) continue;
            char coded[CHR_TABARI_MAX_EVENTS][64];
            size_t nc;
            int ok = judge(r, res, coded, &nc);
            if ((rc = chrSuite_count(out, r->category, ok))) goto done;
            if (!ok && opts->verbose) report(log, r, res, coded, nc);
        }
    }
    out->sentences = sentences;
    out->seconds = seconds;
done:
    free(res);
    chrTabari_coderFree(coder);
    free_records(&rs);
    chrLex_free(lex);
    chrTabari_projectFree(&p);
    return rc;
}
