/*
 * read.c - reading events back, filtered, for `chronicle query` and the
 * exports.
 *
 * The WHERE clause is assembled from fixed fragments chosen by which
 * filters are set; every value the user gave is a bound parameter with a
 * fixed number (?1 actor ... ?11 limit), so no input reaches the SQL text.
 */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

static void copy_code(char *dst, size_t cap, const char *src) {
    snprintf(dst, cap, "%s", src ? src : "");
}

static void read_actor(sqlite3_stmt *st, int i, chr_actor *a) {
    a->code = chrStore_colText(st, i);
    a->text = chrStore_colText(st, i + 1);
    a->start = (uint32_t)sqlite3_column_int64(st, i + 2);
    a->end = (uint32_t)sqlite3_column_int64(st, i + 3);
    a->entity = sqlite3_column_type(st, i + 4) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i + 4);
}

void chrStore_readEvent(sqlite3_stmt *st, int c, chr_stored_event *out) {
    memset(out, 0, sizeof *out);
    out->doc = chrStore_colText(st, c);
    out->url = chrStore_colText(st, c + 1);
    out->news_source = chrStore_colText(st, c + 2);
    chr_event *e = &out->event;
    e->sentence = (uint32_t)sqlite3_column_int64(st, c + 3);
    e->date = chrStore_colDate(st, c + 4);
    read_actor(st, c + 5, &e->source);
    read_actor(st, c + 10, &e->target);
    copy_code(e->code, sizeof e->code, chrStore_colText(st, c + 15));
    copy_code(e->root, sizeof e->root, chrStore_colText(st, c + 16));
    e->quad = sqlite3_column_int(st, c + 17);
    e->goldstein = sqlite3_column_double(st, c + 18);
    e->evidence_start = (uint32_t)sqlite3_column_int64(st, c + 19);
    e->evidence_end = (uint32_t)sqlite3_column_int64(st, c + 20);
    e->pattern = chrStore_colText(st, c + 21);
    e->flags = (uint32_t)sqlite3_column_int64(st, c + 22);
    out->source_name = chrStore_colText(st, c + 23);
    out->target_name = chrStore_colText(st, c + 24);
    out->sentence_text = chrStore_colText(st, c + 25);
}

/* "code prefix or entity name" for one side of the event, parameter ?N. */
#define SIDE(side, alias, n)                                                          \
    "(substr(e." side "_code, 1, length(?" n ")) = upper(?" n ")"                     \
    " OR " alias ".name = ?" n " COLLATE NOCASE OR e." side "_text = ?" n " COLLATE NOCASE)"

/* Each whitespace-separated word of text as an FTS5 phrase: "w1" "w2".
 * Quoting keeps punctuation ("U.S.") and FTS5 operators from being read
 * as query syntax. Returns malloc'd text or NULL. */
static char *fts_words(const char *text) {
    size_t n = strlen(text);
    char *q = malloc(n * 2 + 3 * n + 3);
    if (!q) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) i++;
        if (i >= n) break;
        if (o) q[o++] = ' ';
        q[o++] = '"';
        while (i < n && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) {
            if (text[i] == '"') q[o++] = '"';
            q[o++] = text[i++];
        }
        q[o++] = '"';
    }
    q[o] = 0;
    return q;
}

static int set(const char *s) { return s && *s; }

int chr_store_events(chr_store *s, const chr_event_filter *f, chr_stored_event_fn fn, void *ctx) {
    static const chr_event_filter none;
    if (!f) f = &none;
    char sql[4096];
    size_t o = (size_t)snprintf(sql, sizeof sql, "SELECT " CHR_STORE_EVENT_COLUMNS
                                CHR_STORE_EVENT_JOINS " WHERE 1");
#define ADD(cond, frag)                                                         \
    if (cond) o += (size_t)snprintf(sql + o, sizeof sql - o, " AND %s", frag)
    ADD(set(f->actor), "(" SIDE("source", "es", "1") " OR " SIDE("target", "et", "1") ")");
    ADD(set(f->source), SIDE("source", "es", "2"));
    ADD(set(f->target), SIDE("target", "et", "3"));
    ADD(set(f->code), "e.code = ?4");
    ADD(set(f->root), "e.root = ?5");
    ADD(f->quad, "e.quad = ?6");
    ADD(f->since.year, "e.date >= ?7");
    ADD(f->until.year, "e.date <= ?8");
    ADD(set(f->text), "s.sid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?9)");
    ADD(set(f->doc), "d.id = ?10");
#undef ADD
    snprintf(sql + o, sizeof sql - o, " ORDER BY e.date, e.doc, e.sentence, e.event LIMIT ?11");
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return chrStore_fail(s, CHR_EIO, "cannot prepare the event query");
    char *words = set(f->text) ? fts_words(f->text) : NULL;
    if (set(f->actor)) chrStore_bindText(st, 1, f->actor);
    if (set(f->source)) chrStore_bindText(st, 2, f->source);
    if (set(f->target)) chrStore_bindText(st, 3, f->target);
    if (set(f->code)) chrStore_bindText(st, 4, f->code);
    if (set(f->root)) chrStore_bindText(st, 5, f->root);
    if (f->quad) sqlite3_bind_int(st, 6, f->quad);
    if (f->since.year) chrStore_bindDate(st, 7, f->since);
    if (f->until.year) chrStore_bindDate(st, 8, f->until);
    if (words) chrStore_bindText(st, 9, words);
    if (set(f->doc)) chrStore_bindText(st, 10, f->doc);
    sqlite3_bind_int64(st, 11, f->limit ? (sqlite3_int64)f->limit : -1);
    int rc, out = CHR_OK;
    chr_stored_event ev;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        chrStore_readEvent(st, 0, &ev);
        if ((out = fn(ctx, &ev)) != 0) break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) out = chrStore_fail(s, CHR_EIO, "cannot read events");
    sqlite3_finalize(st);
    free(words);
    return out;
}
