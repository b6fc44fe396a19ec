/* eval_timex.c -- `chronicle eval timex DOCS.jsonl GOLD.jsonl`.
 *
 * Why it exists: measures the time-expression module against annotated news
 * (TimeBank + AQUAINT as prepared in ../shared/data/timex). DOCS holds one
 * {"id","date","text"} object per line; GOLD one {"doc","start","end","value"}
 * per expression, byte offsets into the text. Prints one JSON object:
 *   detect_f1       expressions found vs gold, a match is any overlap
 *   value_accuracy  the gold spans normalised by chr_timex_normalize
 *   value_f1        found expressions that overlap a gold one with its value
 * With --errors, lists every value mistake, miss and false alarm on stderr.
 * Uses the public API only, like the rest of cli/.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "evals.h"

typedef struct {
    char *id;
    char *text;
    size_t len;
    chr_date date;
} EvDoc;

typedef struct {
    size_t doc;  /* index into the documents */
    size_t start, end;
    char value[32];
} EvGold;

typedef struct {
    EvDoc *docs;
    size_t ndocs, capDocs;
    EvGold *gold;
    size_t ngold, capGold;
} EvData;

static int parseDate(const char *s, chr_date *d)
{
    memset(d, 0, sizeof *d);
    return s ? chr_date_parse(s, d) : CHR_EFORMAT;
}

static char *copyString(const char *s, size_t len)
{
    char *c = malloc(len + 1);
    if (c) {
        memcpy(c, s, len);
        c[len] = 0;
    }
    return c;
}

static int grow(void **arr, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    void *na = realloc(*arr, nc * size);
    if (!na)
        return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static size_t findDoc(const EvData *ev, const char *id)
{
    for (size_t i = 0; i < ev->ndocs; i++)
        if (strcmp(ev->docs[i].id, id) == 0)
            return i;
    return (size_t)-1;
}

/* Calls each(ev, obj, file, line) for every JSON object line of path. */
static int readLines(const char *path, EvData *ev,
                     int (*each)(EvData *, json_t *, const char *, long))
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "eval timex: cannot open %s\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineNo = 0;
    int rc = 0;
    for (;;) {
        size_t n = 0;
        int ch;
        while ((ch = fgetc(f)) != EOF && ch != '\n') {
            if (n + 1 >= cap) {
                size_t nc = cap ? cap * 2 : 4096;
                char *nl = realloc(line, nc);
                if (!nl) { rc = -1; break; }
                line = nl;
                cap = nc;
            }
            line[n++] = (char)ch;
        }
        if (rc || (ch == EOF && n == 0))
            break;
        lineNo++;
        json_error_t err;
        json_t *obj = json_loadb(line, n, 0, &err);
        if (!obj || !json_is_object(obj)) {
            fprintf(stderr, "%s:%ld: not a JSON object (%s); fix or remove the line\n", path,
                    lineNo, obj ? "other value" : err.text);
            json_decref(obj);
            rc = -1;
            break;
        }
        rc = each(ev, obj, path, lineNo);
        json_decref(obj);
        if (rc || ch == EOF)
            break;
    }
    free(line);
    fclose(f);
    return rc;
}

static int addDoc(EvData *ev, json_t *o, const char *path, long line)
{
    json_t *id = json_object_get(o, "id"), *text = json_object_get(o, "text");
    if (!json_is_string(id) || !json_is_string(text)) {
        fprintf(stderr, "%s:%ld: document needs string \"id\" and \"text\"\n", path, line);
        return -1;
    }
    if (grow((void **)&ev->docs, &ev->capDocs, ev->ndocs, sizeof *ev->docs))
        return -1;
    EvDoc *d = &ev->docs[ev->ndocs];
    size_t len = json_string_length(text);
    d->id = copyString(json_string_value(id), json_string_length(id));
    d->text = copyString(json_string_value(text), len);
    if (!d->id || !d->text) {
        free(d->id);
        free(d->text);
        return -1;
    }
    d->len = len;
    if (parseDate(json_string_value(json_object_get(o, "date")), &d->date))
        fprintf(stderr, "%s:%ld: document %s has no valid date; values stay unresolved\n",
                path, line, d->id);
    ev->ndocs++;
    return 0;
}

static int addGold(EvData *ev, json_t *o, const char *path, long line)
{
    json_t *doc = json_object_get(o, "doc"), *value = json_object_get(o, "value");
    json_t *start = json_object_get(o, "start"), *end = json_object_get(o, "end");
    if (!json_is_string(doc) || !json_is_string(value) || !json_is_integer(start) ||
        !json_is_integer(end)) {
        fprintf(stderr, "%s:%ld: gold needs \"doc\", \"value\", \"start\", \"end\"\n", path,
                line);
        return -1;
    }
    size_t di = findDoc(ev, json_string_value(doc));
    json_int_t s = json_integer_value(start), e = json_integer_value(end);
    if (di == (size_t)-1 || s < 0 || e <= s || (size_t)e > ev->docs[di].len) {
        fprintf(stderr, "%s:%ld: unknown document or span out of range; skipped\n", path, line);
        return 0;
    }
    if (grow((void **)&ev->gold, &ev->capGold, ev->ngold, sizeof *ev->gold))
        return -1;
    EvGold *g = &ev->gold[ev->ngold++];
    g->doc = di;
    g->start = (size_t)s;
    g->end = (size_t)e;
    snprintf(g->value, sizeof g->value, "%s", json_string_value(value));
    return 0;
}

static void freeData(EvData *ev)
{
    for (size_t i = 0; i < ev->ndocs; i++) {
        free(ev->docs[i].id);
        free(ev->docs[i].text);
    }
    free(ev->docs);
    free(ev->gold);
}

static double pct(double a, double b)
{
    return b > 0 ? 100.0 * a / b : 0.0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static int overlaps(size_t s1, size_t e1, size_t s2, size_t e2)
{
    return s1 < e2 && s2 < e1;
}

static void showSpan(const EvDoc *d, size_t s, size_t e)
{
    fprintf(stderr, "%.*s", (int)(e - s), d->text + s);
}

/* Counts for the end-to-end figures of one document. */
static int scoreDoc(const EvData *ev, size_t di, int errors, size_t *sys, size_t *sysHit,
                    size_t *goldHit, size_t *sysValue, size_t *goldValue)
{
    const EvDoc *d = &ev->docs[di];
    chr_timex *x = NULL;
    size_t n = 0;
    if (chr_timex_find(d->text, d->len, d->date, &x, &n) < 0)
        return -1;
    *sys += n;
    for (size_t k = 0; k < n; k++) {
        int hit = 0, same = 0;
        for (size_t g = 0; g < ev->ngold; g++) {
            const EvGold *gg = &ev->gold[g];
            if (gg->doc == di && overlaps(x[k].start, x[k].end, gg->start, gg->end)) {
                hit = 1;
                same |= strcmp(gg->value, x[k].value) == 0;
            }
        }
        *sysHit += hit;
        *sysValue += same;
        if (!hit && errors) {
            fprintf(stderr, "FP\t%s\t", d->id);
            showSpan(d, x[k].start, x[k].end);
            fprintf(stderr, "\t%s\n", x[k].value);
        }
    }
    for (size_t g = 0; g < ev->ngold; g++) {
        const EvGold *gg = &ev->gold[g];
        if (gg->doc != di)
            continue;
        int hit = 0, same = 0;
        for (size_t k = 0; k < n; k++)
            if (overlaps(x[k].start, x[k].end, gg->start, gg->end)) {
                hit = 1;
                same |= strcmp(gg->value, x[k].value) == 0;
            }
        *goldHit += hit;
        *goldValue += same;
        if (!hit && errors) {
            fprintf(stderr, "FN\t%s\t", d->id);
            showSpan(d, gg->start, gg->end);
            fprintf(stderr, "\t%s\n", gg->value);
        }
    }
    chr_timex_free(x);
    return 0;
}

int eval_timex(int argc, char **argv)
{
    int errors = 0;
    const char *paths[2];
    int np = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--errors") == 0) {
            errors = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(EVAL_TIMEX_USAGE, stdout);
            return EXIT_OK;
        } else if (np == 2 || (argv[i][0] == '-' && argv[i][1])) {
            fprintf(stderr, "chronicle eval timex: unexpected argument '%s'\n%s", argv[i],
                    EVAL_TIMEX_USAGE);
            return EXIT_USAGE;
        } else {
            paths[np++] = argv[i];
        }
    }
    if (np != 2) {
        fputs(EVAL_TIMEX_USAGE, stderr);
        return EXIT_USAGE;
    }
    EvData ev;
    memset(&ev, 0, sizeof ev);
    if (readLines(paths[0], &ev, addDoc) || readLines(paths[1], &ev, addGold)) {
        freeData(&ev);
        return EXIT_REJECTED;
    }
    size_t valueOk = 0;
    for (size_t g = 0; g < ev.ngold; g++) {
        const EvGold *gg = &ev.gold[g];
        const EvDoc *d = &ev.docs[gg->doc];
        chr_timex r;
        chr_timex_normalize(d->text, d->len, gg->start, gg->end, d->date, &r);
        int ok = strcmp(r.value, gg->value) == 0;
        valueOk += ok;
        if (!ok && errors) {
            fprintf(stderr, "VAL\t%s\t%04d-%02d-%02d\t", d->id, d->date.year, d->date.month,
                    d->date.day);
            showSpan(d, gg->start, gg->end);
            fprintf(stderr, "\tgold=%s\tours=%s\n", gg->value, r.value);
        }
    }
    size_t sys = 0, sysHit = 0, goldHit = 0, sysValue = 0, goldValue = 0;
    for (size_t di = 0; di < ev.ndocs; di++)
        if (scoreDoc(&ev, di, errors, &sys, &sysHit, &goldHit, &sysValue, &goldValue)) {
            fprintf(stderr, "eval timex: out of memory on document %s\n", ev.docs[di].id);
            freeData(&ev);
            return EXIT_REJECTED;
        }
    double dp = pct((double)sysHit, (double)sys), dr = pct((double)goldHit, (double)ev.ngold);
    double vp = pct((double)sysValue, (double)sys), vr = pct((double)goldValue, (double)ev.ngold);
    printf("{\"detect_f1\": %.2f, \"detect_precision\": %.2f, \"detect_recall\": %.2f, "
           "\"value_accuracy\": %.2f, \"value_f1\": %.2f, \"gold\": %zu, \"found\": %zu, "
           "\"docs\": %zu}\n",
           f1(dp, dr), dp, dr, pct((double)valueOk, (double)ev.ngold), f1(vp, vr), ev.ngold,
           sys, ev.ndocs);
    freeData(&ev);
    return EXIT_OK;
}
