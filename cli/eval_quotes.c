/*
 * eval_quotes.c - `chronicle eval quotes DOCS.jsonl ATTR.jsonl`.
 *
 * Why it exists: measures quotations and speakers against PolNeAR
 * (../shared/data/quotes). DOCS holds one {"id","date","text","meta"}
 * object per article; ATTR one attribution per line,
 * {"doc","type","source":[{"segments":[[s,e],..]}],"content":[..]}, with
 * offsets in Unicode code points (converted to bytes here).
 *
 * Gold: the direct quotations are the attributions whose content begins
 * with a quotation mark. Their content segments are merged where only
 * white space separates them (PolNeAR splits a quotation per sentence);
 * each merged run is one gold quotation carrying the attribution's source.
 * Where several annotators read one article, the first one's reading
 * (in file order) is the gold.
 * A found quotation matches a gold one when their overlap is at least half
 * of the longer of the two (one-to-one, greedy in text order).
 *   quote_f1          F1 of found vs gold quotations
 *   speaker_accuracy  of the matched gold quotations that have a source:
 *                     the speaker span found overlaps the source, or the
 *                     speaker's entity has a mention overlapping it
 * --split NAME keeps the articles whose meta.split is NAME (train, dev);
 * --errors lists misses, false alarms and wrong speakers on stderr.
 * Uses the public API only.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "evals.h"

typedef struct Seg {
    size_t s, e; /* code points while reading, bytes once converted */
} Seg;

typedef struct GoldAttr {
    char *doc;
    char *annotator; /* "" when the line names none */
    size_t line;
    Seg *content, *source;
    size_t ncontent, nsource;
} GoldAttr;

typedef struct Gold {
    GoldAttr *a;
    size_t n, cap;
} Gold;

typedef struct Unit { /* one gold quotation, bytes */
    size_t s, e;
    const GoldAttr *attr;
    int matched;
} Unit;

typedef struct Score {
    size_t gold, found, matched, withSource, speakerOk;
    int errors;
} Score;

static int readSegs(json_t *arr, Seg **out, size_t *n) {
    *out = NULL;
    *n = 0;
    if (!json_is_array(arr)) return arr ? -1 : 0;
    size_t cap = 0, i, j;
    json_t *part, *seg;
    json_array_foreach(arr, i, part) {
        json_t *segs = json_object_get(part, "segments");
        if (!json_is_array(segs)) return -1;
        json_array_foreach(segs, j, seg) {
            json_t *a = json_array_get(seg, 0), *b = json_array_get(seg, 1);
            if (!json_is_integer(a) || !json_is_integer(b) || json_integer_value(a) < 0 ||
                json_integer_value(b) < json_integer_value(a))
                return -1;
            if (*n == cap) {
                cap = cap ? cap * 2 : 4;
                Seg *ns = realloc(*out, cap * sizeof *ns);
                if (!ns) return -1;
                *out = ns;
            }
            (*out)[(*n)++] = (Seg){(size_t)json_integer_value(a), (size_t)json_integer_value(b)};
        }
    }
    return 0;
}

static int bySegStart(const void *a, const void *b) {
    const Seg *x = a, *y = b;
    return (x->s > y->s) - (x->s < y->s);
}

static int byDoc(const void *a, const void *b) {
    return strcmp(((const GoldAttr *)a)->doc, ((const GoldAttr *)b)->doc);
}

/* By document, then in file order. */
static int byDocLine(const void *a, const void *b) {
    const GoldAttr *x = a, *y = b;
    int c = strcmp(x->doc, y->doc);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

static char *copyJsonString(json_t *s) {
    const char *v = json_is_string(s) ? json_string_value(s) : "";
    size_t n = strlen(v);
    char *c = malloc(n + 1);
    if (c) memcpy(c, v, n + 1);
    return c;
}

static void freeGold(Gold *g) {
    for (size_t i = 0; i < g->n; i++) {
        free(g->a[i].doc);
        free(g->a[i].annotator);
        free(g->a[i].content);
        free(g->a[i].source);
    }
    free(g->a);
}

/* Reads every attribution of path (one JSON object per line). */
static int readGold(const char *path, Gold *g) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "chronicle eval quotes: cannot open %s\n", path);
        return -1;
    }
    int rc = 0;
    for (long line = 1;;) {
        int c;
        while ((c = fgetc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t') line += c == '\n';
        if (c == EOF) break;
        ungetc(c, f);
        json_error_t err;
        json_t *o = json_loadf(f, JSON_DISABLE_EOF_CHECK, &err);
        if (!o) {
            fprintf(stderr, "%s:%ld: not JSON (%s); fix or remove the line\n", path, line, err.text);
            rc = -1;
            break;
        }
        json_t *doc = json_object_get(o, "doc");
        GoldAttr a = {0};
        if (!json_is_object(o) || !json_is_string(doc) ||
            readSegs(json_object_get(o, "content"), &a.content, &a.ncontent) ||
            readSegs(json_object_get(o, "source"), &a.source, &a.nsource)) {
            fprintf(stderr, "%s:%ld: an attribution needs \"doc\" and \"content\"/\"source\" "
                    "lists of {\"segments\":[[start,end],...]}\n", path, line);
            free(a.content);
            free(a.source);
            json_decref(o);
            rc = -1;
            break;
        }
        a.doc = copyJsonString(doc);
        a.annotator = copyJsonString(json_object_get(o, "annotator"));
        a.line = (size_t)line;
        json_decref(o);
        if (g->n == g->cap) {
            g->cap = g->cap ? g->cap * 2 : 1024;
            GoldAttr *na = realloc(g->a, g->cap * sizeof *na);
            if (!na) { rc = -1; break; }
            g->a = na;
        }
        if (!a.doc || !a.annotator) {
            free(a.doc);
            free(a.annotator);
            rc = -1;
            break;
        }
        if (a.ncontent) qsort(a.content, a.ncontent, sizeof *a.content, bySegStart);
        g->a[g->n++] = a;
    }
    fclose(f);
    if (!rc) qsort(g->a, g->n, sizeof *g->a, byDocLine);
    return rc;
}

/* Byte offset of every code point of text, plus one for the end. */
static size_t *codepointBytes(const char *text, size_t len, size_t *ncp) {
    size_t *map = malloc((len + 1) * sizeof *map), n = 0, i = 0;
    if (!map) return NULL;
    while (i < len) {
        int bad;
        map[n++] = i;
        i += chr_utf8_next(text, len, i, &bad);
    }
    map[n] = len;
    *ncp = n;
    return map;
}

static int toBytes(Seg *s, size_t n, const size_t *map, size_t ncp) {
    for (size_t i = 0; i < n; i++) {
        if (s[i].e > ncp) return -1;
        s[i].s = map[s[i].s];
        s[i].e = map[s[i].e];
    }
    return 0;
}

static int isQuoteAt(const char *t, size_t len, size_t i) {
    static const char *const marks[] = {"\"", "'", "`", "\xE2\x80\x9C", "\xE2\x80\x98",
                                         "\xE2\x80\x9E", "\xC2\xAB", NULL};
    for (const char *const *m = marks; *m; m++) {
        size_t n = strlen(*m);
        if (i + n <= len && memcmp(t + i, *m, n) == 0) return 1;
    }
    return 0;
}

static int onlySpace(const char *t, size_t a, size_t b) {
    for (size_t i = a; i < b; i++)
        if (t[i] != ' ' && t[i] != '\n' && t[i] != '\r' && t[i] != '\t') return 0;
    return 1;
}

static size_t overlap(size_t a, size_t b, size_t c, size_t d) {
    size_t lo = a > c ? a : c, hi = b < d ? b : d;
    return hi > lo ? hi - lo : 0;
}

static int overlapsAny(const Seg *s, size_t n, size_t a, size_t b) {
    for (size_t i = 0; i < n; i++)
        if (overlap(s[i].s, s[i].e, a, b)) return 1;
    return 0;
}

static void excerpt(const char *t, size_t s, size_t e) {
    if (e - s > 130) e = s + 130;
    for (size_t i = s; i < e; i++) fputc(t[i] == '\n' ? ' ' : t[i], stderr);
}

/* The speaker is right: its span or its entity's mentions touch the source. */
static int speakerRight(const chr_doc *d, const chr_quote *q, const GoldAttr *a) {
    if (q->speaker && overlapsAny(a->source, a->nsource, q->speaker_start, q->speaker_end))
        return 1;
    size_t ne, nm;
    const chr_entity *ents = chr_doc_entities(d, &ne);
    const chr_mention *ms = chr_doc_mentions(d, &nm);
    if (q->speaker_entity < 0 || (size_t)q->speaker_entity >= ne) return 0;
    const chr_entity *en = &ents[q->speaker_entity];
    for (uint32_t i = 0; i < en->nmentions; i++)
        if (en->mentions[i] < nm &&
            overlapsAny(a->source, a->nsource, ms[en->mentions[i]].start, ms[en->mentions[i]].end))
            return 1;
    return 0;
}

static void scoreDoc(const chr_doc *d, Unit *u, size_t nu, Score *sc) {
    size_t len, nq;
    const char *t = chr_doc_text(d, &len);
    const chr_quote *q = chr_doc_quotes(d, &nq);
    unsigned char *used = calloc(nq ? nq : 1, 1);
    if (!used) return;
    sc->gold += nu;
    sc->found += nq;
    for (size_t i = 0; i < nu; i++) {
        size_t best = (size_t)-1, bestOv = 0;
        for (size_t k = 0; k < nq; k++) {
            size_t ov = overlap(u[i].s, u[i].e, q[k].start, q[k].end);
            size_t lg = u[i].e - u[i].s, ls = q[k].end - q[k].start;
            if (!used[k] && ov * 2 >= (lg > ls ? lg : ls) && ov > bestOv) {
                best = k;
                bestOv = ov;
            }
        }
        if (best == (size_t)-1) {
            if (sc->errors) {
                fprintf(stderr, "FN\t%s\t", chr_doc_id(d));
                excerpt(t, u[i].s > 40 ? u[i].s - 40 : 0, u[i].e);
                fputc('\n', stderr);
            }
            continue;
        }
        used[best] = 1;
        sc->matched++;
        if (!u[i].attr->nsource) continue;
        sc->withSource++;
        if (speakerRight(d, &q[best], u[i].attr)) {
            sc->speakerOk++;
        } else if (sc->errors) {
            const Seg *src = &u[i].attr->source[0];
            fprintf(stderr, "SPK\t%s\tgold=", chr_doc_id(d));
            excerpt(t, src->s, src->e);
            fprintf(stderr, "\tours=%s\t", q[best].speaker ? q[best].speaker : "-");
            excerpt(t, q[best].start, q[best].end);
            fputc('\n', stderr);
        }
    }
    for (size_t k = 0; sc->errors && k < nq; k++) {
        if (used[k]) continue;
        fprintf(stderr, "FP\t%s\t", chr_doc_id(d));
        excerpt(t, q[k].start > 40 ? q[k].start - 40 : 0, q[k].end);
        fputc('\n', stderr);
    }
    free(used);
}

/* The gold quotations of one document, in bytes; NULL on no memory. */
static Unit *goldUnits(const chr_doc *d, GoldAttr *a, size_t na, size_t *nu) {
    size_t len, ncp = 0;
    const char *t = chr_doc_text(d, &len);
    size_t *map = codepointBytes(t, len, &ncp);
    size_t cap = 0;
    for (size_t i = 0; i < na; i++) cap += a[i].ncontent;
    Unit *u = malloc((cap ? cap : 1) * sizeof *u);
    *nu = 0;
    if (!map || !u) {
        free(map);
        free(u);
        return NULL;
    }
    for (size_t i = 0; i < na; i++) {
        if (strcmp(a[i].annotator, a[0].annotator)) continue; /* one annotator's reading */
        if (!a[i].ncontent || toBytes(a[i].content, a[i].ncontent, map, ncp) ||
            toBytes(a[i].source, a[i].nsource, map, ncp)) {
            if (a[i].ncontent)
                fprintf(stderr, "chronicle eval quotes: document %s: attribution beyond the "
                        "text; skipped\n", chr_doc_id(d));
            continue;
        }
        if (!isQuoteAt(t, len, a[i].content[0].s)) continue;
        for (size_t j = 0; j < a[i].ncontent; j++) {
            const Seg *s = &a[i].content[j];
            if (j && onlySpace(t, u[*nu - 1].e, s->s)) {
                if (s->e > u[*nu - 1].e) u[*nu - 1].e = s->e;
                continue;
            }
            u[(*nu)++] = (Unit){s->s, s->e, &a[i], 0};
        }
    }
    free(map);
    return u;
}

static int splitIs(const chr_doc *d, const char *split) {
    if (!split) return 1;
    const char *extra = chr_doc_extra_json(d);
    json_t *o = extra ? json_loads(extra, 0, NULL) : NULL;
    json_t *s = json_object_get(json_object_get(o, "meta"), "split");
    int yes = json_is_string(s) && strcmp(json_string_value(s), split) == 0;
    json_decref(o);
    return yes;
}

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0.0; }

int eval_quotes(int argc, char **argv) {
    const char *paths[2] = {0}, *split = NULL;
    int np = 0;
    Score sc = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--errors") == 0) {
            sc.errors = 1;
        } else if (strcmp(argv[i], "--split") == 0 && i + 1 < argc) {
            split = argv[++i];
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(EVAL_QUOTES_USAGE, stdout);
            return EXIT_OK;
        } else if (np == 2 || argv[i][0] == '-') {
            fprintf(stderr, "chronicle eval quotes: unexpected argument '%s'\n%s", argv[i],
                    EVAL_QUOTES_USAGE);
            return EXIT_USAGE;
        } else {
            paths[np++] = argv[i];
        }
    }
    if (np != 2) {
        fputs(EVAL_QUOTES_USAGE, stderr);
        return EXIT_USAGE;
    }
    Gold g = {0};
    if (readGold(paths[1], &g)) {
        freeGold(&g);
        return EXIT_REJECTED;
    }
    char err[512];
    chr_pipeline_options po = {.stages = CHR_STAGE_QUOTES};
    chr_pipeline *p = chr_pipeline_new(&po, err, sizeof err);
    chr_reader_options ro = {CHR_INPUT_JSONL, 0, 0, NULL, {0, 0, 0}};
    chr_reader *r = p ? chr_reader_open(&paths[0], 1, &ro, cli_message, NULL) : NULL;
    if (!r) {
        fprintf(stderr, "chronicle eval quotes: %s\n", p ? "out of memory" : err);
        chr_pipeline_free(p);
        freeGold(&g);
        return EXIT_REJECTED;
    }
    clock_t t0 = clock();
    size_t ndocs = 0, bytes = 0;
    chr_doc *d;
    int st, rc = EXIT_OK;
    while ((st = chr_reader_next(r, &d)) == CHR_OK) {
        if (splitIs(d, split)) {
            GoldAttr key = {.doc = (char *)chr_doc_id(d)};
            GoldAttr *a = g.n ? bsearch(&key, g.a, g.n, sizeof *g.a, byDoc) : NULL;
            while (a && a > g.a && strcmp(a[-1].doc, key.doc) == 0) a--;
            size_t na = 0;
            while (a && a + na < g.a + g.n && strcmp(a[na].doc, key.doc) == 0) na++;
            size_t nu = 0, len;
            Unit *u = goldUnits(d, a, na, &nu);
            int prc = chr_pipeline_run(p, d);
            if (!u || prc) {
                fprintf(stderr, "chronicle eval quotes: document %s: %s\n", chr_doc_id(d),
                        chr_strerror(prc ? prc : CHR_ENOMEM));
                free(u);
                chr_doc_free(d);
                rc = EXIT_REJECTED;
                break;
            }
            chr_doc_text(d, &len);
            bytes += len;
            ndocs++;
            scoreDoc(d, u, nu, &sc);
            free(u);
        }
        chr_doc_free(d);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (st != CHR_EOF || chr_reader_skipped(r)) rc = EXIT_REJECTED;
    double prec = pct(sc.matched, sc.found), rec = pct(sc.matched, sc.gold);
    printf("{\"quote_f1\": %.2f, \"quote_precision\": %.2f, \"quote_recall\": %.2f, "
           "\"speaker_accuracy\": %.2f, \"gold\": %zu, \"found\": %zu, \"matched\": %zu, "
           "\"docs\": %zu, \"mb_per_s\": %.2f}\n",
           prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0, prec, rec,
           pct(sc.speakerOk, sc.withSource), sc.gold, sc.found, sc.matched, ndocs,
           secs > 0 ? (double)bytes / 1e6 / secs : 0.0);
    chr_reader_free(r);
    chr_pipeline_free(p);
    freeGold(&g);
    return rc;
}
