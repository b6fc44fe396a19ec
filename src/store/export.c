/*
 * export.c - every stored event in an exchange format.
 *
 * GDELT and Phoenix publish one row per event, where an event is the
 * distinct (date, source, target, code) however many articles report it;
 * the counts of mentions, articles and sources say how widely it was
 * reported. The grouping runs in SQL over the whole collection; the row
 * of the first mention (in input order) supplies the actors' words, the
 * sentence and the URL. JSON Lines writes every event row as it is.
 */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

/* The first mention of a group is packed as doc << 20 | event number. */
static const char *const groups_sql =
    "SELECT " CHR_STORE_EVENT_COLUMNS ", g.mentions, g.articles, g.sources, g.sids, g.urls,"
    " g.srcs, s.paragraph, d.added"
    " FROM (SELECT count(*) AS mentions, count(DISTINCT e.doc) AS articles,"
    "  count(DISTINCT coalesce(d.source, d.id)) AS sources,"
    "  min((e.doc << 20) | e.event) AS first,"
    "  group_concat(d.id || '_' || e.sentence, ';') AS sids,"
    "  group_concat(coalesce(d.url, ''), ';') AS urls,"
    "  group_concat(coalesce(d.source, ''), ';') AS srcs"
    "  FROM events e JOIN documents d ON d.doc = e.doc"
    "  GROUP BY e.date, e.source_code, e.target_code, e.code) g"
    " JOIN events e ON e.doc = (g.first >> 20) AND e.event = (g.first & 1048575)"
    " JOIN documents d ON d.doc = e.doc"
    " LEFT JOIN sentences s ON s.doc = e.doc AND s.sentence = e.sentence"
    " LEFT JOIN entities es ON es.doc = e.doc AND es.entity = e.source_entity"
    " LEFT JOIN entities et ON et.doc = e.doc AND et.entity = e.target_entity"
    " ORDER BY g.first";

/* The distinct non-empty items of a ';'-joined list, in first-seen order
 * (malloc'd; NULL when out of memory). */
static char *distinct_items(const char *list) {
    size_t n = list ? strlen(list) : 0;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t o = 0;
    out[0] = 0;
    for (const char *p = list; p && *p;) {
        const char *e = strchr(p, ';');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        int seen = k == 0;
        for (const char *q = out; !seen && *q;) { /* compare against items kept */
            const char *qe = strchr(q, ';');
            size_t qk = qe ? (size_t)(qe - q) : strlen(q);
            seen = qk == k && memcmp(q, p, k) == 0;
            q = qe ? qe + 1 : q + qk;
        }
        if (!seen) {
            if (o) out[o++] = ';';
            memcpy(out + o, p, k);
            o += k;
            out[o] = 0;
        }
        p = e ? e + 1 : p + k;
    }
    return out;
}

static int export_groups(chr_store *s, int format, FILE *out, size_t *rows) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, groups_sql, -1, &st, NULL) != SQLITE_OK)
        return chrStore_fail(s, CHR_EIO, "cannot prepare the export");
    int rc, status = CHR_OK;
    long id = 0;
    const int c = CHR_STORE_EVENT_NCOLS;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        chrStoreGroup g;
        memset(&g, 0, sizeof g);
        chrStore_readEvent(st, 0, &g.ev);
        g.mentions = (long)sqlite3_column_int64(st, c);
        g.articles = (long)sqlite3_column_int64(st, c + 1);
        g.sources = (long)sqlite3_column_int64(st, c + 2);
        char *sids = distinct_items(chrStore_colText(st, c + 3));
        char *urls = distinct_items(chrStore_colText(st, c + 4));
        char *srcs = distinct_items(chrStore_colText(st, c + 5));
        g.sentence_ids = sids;
        g.urls = urls;
        g.news_sources = srcs;
        g.paragraph = sqlite3_column_int(st, c + 6);
        g.added = chrStore_colText(st, c + 7);
        if (sids && urls && srcs) {
            if (format == CHR_EXPORT_GDELT) chrStore_writeGdelt(out, ++id, &g);
            else chrStore_writePhoenix(out, ++id, &g);
        } else
            status = CHR_ENOMEM;
        free(sids);
        free(urls);
        free(srcs);
        if (status) break;
    }
    if (!status && rc != SQLITE_DONE) status = chrStore_fail(s, CHR_EIO, "cannot read events");
    sqlite3_finalize(st);
    *rows = (size_t)id;
    return status;
}

typedef struct jsonl_ctx {
    FILE *out;
    size_t rows;
} jsonl_ctx;

static int jsonl_row(void *ctx, const chr_stored_event *e) {
    jsonl_ctx *j = ctx;
    chr_store_write_event_json(j->out, e);
    fputc('\n', j->out);
    j->rows++;
    return ferror(j->out) ? CHR_EIO : 0;
}

int chr_store_export(chr_store *s, int format, FILE *out, size_t *rows) {
    size_t n = 0;
    int rc;
    if (format == CHR_EXPORT_JSONL) {
        jsonl_ctx j = {out, 0};
        rc = chr_store_events(s, NULL, jsonl_row, &j);
        n = j.rows;
    } else if (format == CHR_EXPORT_GDELT || format == CHR_EXPORT_PHOENIX)
        rc = export_groups(s, format, out, &n);
    else
        rc = CHR_EINVAL;
    if (rows) *rows = n;
    if (!rc && (fflush(out) != 0 || ferror(out))) {
        snprintf(s->err, sizeof s->err, "cannot write the export (disk full or closed pipe?)");
        rc = CHR_EIO;
    }
    return rc;
}
