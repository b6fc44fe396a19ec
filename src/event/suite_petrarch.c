/*
 * suite_petrarch.c - runs a PETRARCH records file (PETR.UnitTest.records.xml
 * and its kin) from raw text: the <Environment> names the dictionaries
 * (found beside the file, then in each extra directory), every counted
 * <Sentence>'s <Text> is tokenized, tagged, parsed and coded, and the coded
 * (source, target, code) set is compared with its <EventCoding> set.
 *
 * Records files in the wild are not well-formed XML, so this reads them as
 * text: <!-- --> comments are blanked first (so commented-out records and
 * "#" banners inside them vanish), attributes are found by name in any order
 * with either quote, a <Sentence .../> written self-closing still owns the
 * content up to </Sentence>, <PLEvent {json}> lines and <Parse> are ignored.
 * As PETRARCH does: evaluate="false" records and categories missing from
 * <Include> are left out, <Config option=.. value=..> between records changes
 * the options of the records after it (require_dyad, new_actor_length), and a record expecting
 * a discard (error="...discard") passes when the coder discards it. Records
 * that test defects of the stored parse (other error="..." values) are left
 * out: chronicle never reads the stored parse.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "event/coder.h"
#include "event/suite_petrarch.h"
#include "lex/petrarch_load.h"
#include "core/file.h"
#include "core/clock.h"

static char *slurp(const char *path, size_t *n) {
    char *buf = NULL;
    *n = 0;
    return chrFile_read(path, (size_t)1 << 28, &buf, n) == CHR_OK ? buf : NULL;
}

static void blank_comments(char *s) {
    for (char *p = strstr(s, "<!--"); p; p = strstr(p, "<!--")) {
        char *e = strstr(p + 4, "-->");
        char *end = e ? e + 3 : p + strlen(p);
        for (char *c = p; c < end; c++)
            if (*c != '\n') *c = ' ';
        p = end;
    }
}

static int ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if ((*a | 0x20) != (*b | 0x20)) return 0;
    return !*a && !*b;
}

/* The value of attribute name in the tag text [tag, end) into out. */
static int attr(const char *tag, const char *end, const char *name, char *out, size_t cap) {
    size_t n = strlen(name);
    for (const char *p = tag; p + n < end; p++) {
        if (strncmp(p, name, n) != 0 || (p > tag && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n')) continue;
        const char *q = p + n;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q >= end || *q != '=') continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q >= end || (*q != '"' && *q != '\'')) continue;
        char quote = *q++;
        const char *v = q;
        while (q < end && *q != quote) q++;
        size_t vn = (size_t)(q - v);
        if (vn >= cap) vn = cap - 1;
        memcpy(out, v, vn);
        out[vn] = '\0';
        return 1;
    }
    return 0;
}

/* The text between <tag> and </tag> after from (trimmed) into out. */
static int element(const char *from, const char *limit, const char *tag, char *out, size_t cap) {
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(from, open);
    if (!a || (limit && a >= limit)) return 0;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b) return 0;
    while (a < b && (*a == ' ' || *a == '\n' || *a == '\r' || *a == '\t')) a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\n' || b[-1] == '\r' || b[-1] == '\t')) b--;
    size_t n = (size_t)(b - a);
    if (n >= cap) n = cap - 1;
    memcpy(out, a, n);
    out[n] = '\0';
    return 1;
}

static int find_dict(const char *xml, const char *name, const chrSuiteOptions *o, char *out, size_t cap) {
    const char *slash = strrchr(xml, '/');
    int dn = slash ? (int)(slash - xml) : 1;
    snprintf(out, cap, "%.*s/%s", dn, slash ? xml : ".", name);
    FILE *f = fopen(out, "r");
    for (size_t i = 0; !f && i < o->n_dict_dirs; i++) {
        snprintf(out, cap, "%s/%s", o->dict_dirs[i], name);
        f = fopen(out, "r");
    }
    if (!f) return 0;
    fclose(f);
    return 1;
}

typedef struct logCtx {
    FILE *f;
} logCtx;

static void log_msg(void *ctx, const char *m) { fprintf(((logCtx *)ctx)->f, "%s\n", m); }

static int load_env(const char *xml, const char *env, const chrSuiteOptions *o, chrLex *lex) {
    static const struct { const char *tag; int kind; } files[] = {
        {"Verbfile", CHR_PETR_VERBS}, {"Actorfile", CHR_PETR_ACTORS}, {"Agentfile", CHR_PETR_AGENTS},
        {"Discardfile", CHR_PETR_DISCARDS}, {"Issuefile", CHR_PETR_ISSUES}};
    logCtx lc = {o->log};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char names[1024];
        if (!element(env, NULL, files[i].tag, names, sizeof names)) continue;
        for (char *name = strtok(names, ", \t\n"); name; name = strtok(NULL, ", \t\n")) {
            char path[4096];
            if (!find_dict(xml, name, o, path, sizeof path)) {
                fprintf(o->log, "%s: the dictionary %s named by <%s> is neither beside it nor in a --dict-dir\n", xml,
                        name, files[i].tag);
                return CHR_ENOTFOUND;
            }
            int rc = chrPetr_loadFile(lex, path, files[i].kind, o->strict ? CHR_LEXICON_STRICT : 0, log_msg, &lc);
            if (rc && (rc != CHR_EFORMAT || o->strict)) return rc;
        }
    }
    return CHR_OK;
}

/* A record's expected or coded triples. */
typedef struct triples {
    char v[64][96];
    const char *p[64];
    size_t n;
} triples;

static void add_triple(triples *t, const char *s, const char *g, const char *c) {
    if (t->n == 64) return;
    snprintf(t->v[t->n], sizeof t->v[0], "%s\t%s\t%s", s, g, c);
    t->p[t->n] = t->v[t->n];
    t->n++;
}

static void print_triples(FILE *f, const char *label, const triples *t) {
    if (!t->n) fprintf(f, "  %s (none)\n", label);
    for (size_t i = 0; i < t->n; i++) {
        char buf[96];
        snprintf(buf, sizeof buf, "%s", t->v[i]);
        for (char *c = buf; *c; c++)
            if (*c == '\t') *c = ' ';
        fprintf(f, "  %s %s\n", label, buf);
    }
}

static int included(const char *include, const char *category) {
    if (!include[0]) return 1;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", include);
    for (char *t = strtok(buf, " \t\n"); t; t = strtok(NULL, " \t\n"))
        if (strcmp(t, category) == 0) return 1;
    return 0;
}

/* Codes one record; fills coded and *discarded. */
static int code_record(const chr_pipeline *p, const chrLex *lex, const chrCoderOptions *co, const char *id,
                       const char *date, const char *text, triples *coded, int *discarded, size_t *sentences) {
    chr_doc *d = chr_doc_new(id, text, strlen(text));
    if (!d) return CHR_ENOMEM;
    chr_date dt = {0, 0, 0};
    if (strlen(date) == 8) {
        dt.year = atoi((char[5]){date[0], date[1], date[2], date[3], 0});
        dt.month = atoi((char[3]){date[4], date[5], 0});
        dt.day = atoi((char[3]){date[6], date[7], 0});
    }
    chr_doc_set_date(d, dt);
    int rc = chr_pipeline_run(p, d);
    chrCoderStats st = {0};
    if (rc == CHR_OK) rc = chrCoder_codeDoc(lex, co, d, &st);
    *discarded = st.discarded_sentences > 0 || st.story_discarded;
    *sentences += d->nsentences;
    for (size_t i = 0; i < d->nevents; i++)
        add_triple(coded, d->events[i].source.code, d->events[i].target.code, d->events[i].code);
    chr_doc_free(d);
    return rc;
}

int chrSuite_runPetrarch(const char *xml, const chrSuiteOptions *o, chrSuiteResult *out) {
    size_t n;
    char *text = slurp(xml, &n);
    if (!text) {
        fprintf(o->log, "%s: cannot read\n", xml);
        return CHR_ENOTFOUND;
    }
    blank_comments(text);
    char *env_start = strstr(text, "<Environment>");
    char *env_end = env_start ? strstr(env_start, "</Environment>") : NULL;
    if (!env_start || !env_end) {
        fprintf(o->log, "%s: no <Environment> naming the dictionaries\n", xml);
        free(text);
        return CHR_EFORMAT;
    }
    *env_end = '\0';
    char include[1024] = "";
    element(env_start, NULL, "Include", include, sizeof include);
    chrLex *lex = chrLex_new();
    int rc = lex ? load_env(xml, env_start, o, lex) : CHR_ENOMEM;
    *env_end = '<';
    chr_pipeline *p = NULL;
    if (rc == CHR_OK) {
        chr_pipeline_options po = {.stages = CHR_STAGE_PARSE, .model_dir = o->model_dir};
        char err[512];
        p = chr_pipeline_new(&po, err, sizeof err);
        if (!p) {
            fprintf(o->log, "%s\n", err);
            rc = CHR_ENOTFOUND;
        }
    }
    chrCoderOptions co = {0};
    size_t excluded = 0;
    char *pos = env_end;
    static char body[65536];
    while (rc == CHR_OK) {
        char *sent = strstr(pos, "<Sentence ");
        char *conf = strstr(pos, "<Config ");
        if (conf && (!sent || conf < sent)) { /* an option record between sentences */
            char *end = strchr(conf, '>');
            char opt[64], val[64];
            if (end && attr(conf, end, "option", opt, sizeof opt) && attr(conf, end, "value", val, sizeof val)) {
                if (strcmp(opt, "require_dyad") == 0) co.allow_monadic = ieq(val, "false");
                if (strcmp(opt, "new_actor_length") == 0) co.new_actor_length = atoi(val);
            }
            pos = end ? end + 1 : conf + 8;
            continue;
        }
        if (!sent) break;
        char *tag_end = strchr(sent, '>');
        char *close = tag_end ? strstr(tag_end, "</Sentence>") : NULL;
        if (!tag_end || !close) break;
        pos = close + 11;
        char id[128] = "", date[32] = "", category[64] = "", evaluate[16] = "";
        attr(sent, tag_end, "id", id, sizeof id);
        attr(sent, tag_end, "date", date, sizeof date);
        attr(sent, tag_end, "category", category, sizeof category);
        attr(sent, tag_end, "evaluate", evaluate, sizeof evaluate);
        if (ieq(evaluate, "false") || !included(include, category)) continue;
        size_t bn = (size_t)(close - tag_end);
        if (bn >= sizeof body) bn = sizeof body - 1;
        memcpy(body, tag_end, bn);
        body[bn] = '\0';
        char rtext[16384];
        if (!element(body, NULL, "Text", rtext, sizeof rtext)) continue;
        for (char *c = rtext; *c; c++)
            if (*c == '\n' || *c == '\r') *c = ' ';
        triples expected = {0}, coded = {0};
        int want_discard = 0, noevents = 0, skip = 0;
        for (char *ec = strstr(body, "<EventCoding"); ec; ec = strstr(ec + 1, "<EventCoding")) {
            char *ee = strchr(ec, '>');
            if (!ee) break;
            char s[96] = "", t[96] = "", c[32] = "", err[64] = "", ne[16] = "";
            if (attr(ec, ee, "error", err, sizeof err)) {
                if (strstr(err, "discard")) want_discard = 1;
                else skip = 1;
                continue;
            }
            if (attr(ec, ee, "noevents", ne, sizeof ne) && ieq(ne, "true")) {
                noevents = 1;
                continue;
            }
            attr(ec, ee, "sourcecode", s, sizeof s);
            attr(ec, ee, "targetcode", t, sizeof t);
            attr(ec, ee, "eventcode", c, sizeof c);
            add_triple(&expected, s[0] ? s : "---", t[0] ? t : "---", c);
        }
        if (skip) {
            excluded++;
            continue;
        }
        int discarded = 0;
        double t0 = chrClock_threadCpu();
        rc = code_record(p, lex, &co, id, date, rtext, &coded, &discarded, &out->sentences);
        out->seconds += chrClock_threadCpu() - t0;
        if (rc) break;
        int pass = want_discard ? discarded
                                : !discarded && chrSuite_sameTriples(expected.p, expected.n, coded.p, coded.n);
        (void)noevents; /* no expected triples: passes when nothing is coded */
        if ((rc = chrSuite_count(out, category, pass))) break;
        if (!pass && o->verbose) {
            fprintf(o->log, "FAIL %s [%s]: %s\n", id, category, rtext);
            if (want_discard) fprintf(o->log, "  expected discard\n");
            else print_triples(o->log, "expected", &expected);
            if (discarded) fprintf(o->log, "  coded: discarded\n");
            else print_triples(o->log, "coded", &coded);
        }
    }
    if (o->verbose && excluded)
        fprintf(o->log, "%zu records test defects of the stored parse and were left out\n", excluded);
    chr_pipeline_free(p);
    chrLex_free(lex);
    free(text);
    return rc;
}
