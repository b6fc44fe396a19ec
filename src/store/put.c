/*
 * put.c - writing one document and all its layers.
 *
 * A document row is found by id; when its hash and stages match, nothing
 * is written. Otherwise its layer rows are deleted and written afresh
 * under a savepoint, so a failure leaves the document as it was, and the
 * document row keeps its number (doc), so a replaced document keeps its
 * place in input order. Text slices that come from the original bytes
 * (sentences, mentions, time expressions) are stored with invalid UTF-8
 * shown as U+FFFD, so the full-text index and users' tools always get
 * valid text; spans stay byte offsets into documents.text.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/doc.h"
#include "store/store.h"

static const char *const stmt_sql[STMT_COUNT] = {
    [STMT_DOC_FIND] = "SELECT doc, hash, stages FROM documents WHERE id = ?1",
    [STMT_DOC_INSERT] =
        "INSERT INTO documents(id, hash, stages, date, title, url, source, extra, text, length,"
        " tokens, sentences, invalid, added) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    [STMT_DOC_UPDATE] =
        "UPDATE documents SET id=?1, hash=?2, stages=?3, date=?4, title=?5, url=?6, source=?7,"
        " extra=?8, text=?9, length=?10, tokens=?11, sentences=?12, invalid=?13, added=?14"
        " WHERE doc = ?15",
    [STMT_DEL_SENTENCES] = "DELETE FROM sentences WHERE doc = ?1",
    [STMT_DEL_ENTITIES] = "DELETE FROM entities WHERE doc = ?1",
    [STMT_DEL_MENTIONS] = "DELETE FROM mentions WHERE doc = ?1",
    [STMT_DEL_EVENTS] = "DELETE FROM events WHERE doc = ?1",
    [STMT_DEL_QUOTES] = "DELETE FROM quotes WHERE doc = ?1",
    [STMT_DEL_TIMEX] = "DELETE FROM timex WHERE doc = ?1",
    [STMT_SENTENCE] = "INSERT INTO sentences(doc, sentence, paragraph, span_start, span_end,"
                      " tokens, text) VALUES (?1,?2,?3,?4,?5,?6,?7)",
    [STMT_ENTITY] = "INSERT INTO entities VALUES (?1,?2,?3,?4,?5,?6)",
    [STMT_MENTION] = "INSERT INTO mentions VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    [STMT_EVENT] = "INSERT INTO events VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
                   "?15,?16,?17,?18,?19,?20,?21,?22)",
    [STMT_QUOTE] = "INSERT INTO quotes VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    [STMT_TIMEX] = "INSERT INTO timex VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    [STMT_SAVEPOINT] = "SAVEPOINT put",
    [STMT_RELEASE] = "RELEASE put",
    [STMT_ROLLBACK_TO] = "ROLLBACK TO put",
};

static sqlite3_stmt *stmt(chr_store *s, int i) {
    if (chrStore_prepare(s, stmt_sql[i], &s->stmt[i]) != CHR_OK) return NULL;
    sqlite3_reset(s->stmt[i]);
    sqlite3_clear_bindings(s->stmt[i]);
    return s->stmt[i];
}

/* Steps a bound insert/update/delete; records what on failure. */
static int done(chr_store *s, sqlite3_stmt *st, const char *what) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return chrStore_fail(s, CHR_EIO, what);
    return CHR_OK;
}

/* text[start, end) with invalid UTF-8 and NUL as U+FFFD, in s->buf. */
static const char *clean(chr_store *s, const char *text, size_t len, size_t start, size_t end) {
    if (end > len) end = len;
    if (start > end) start = end;
    size_t need = (end - start) * 3 + 1;
    if (need > s->cap) {
        char *b = realloc(s->buf, need);
        if (!b) return NULL;
        s->buf = b;
        s->cap = need;
    }
    size_t o = 0;
    for (size_t i = start; i < end;) {
        int bad;
        size_t k = chr_utf8_next(text, end, i, &bad);
        if (bad) {
            memcpy(s->buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(s->buf + o, text + i, k);
            o += k;
        }
        i += k;
    }
    s->buf[o] = 0;
    return s->buf;
}

static int bind_clean(chr_store *s, sqlite3_stmt *st, int i, const chr_doc *d, size_t a, size_t b) {
    const char *t = clean(s, d->text, d->len, a, b);
    if (!t) return SQLITE_NOMEM;
    return sqlite3_bind_text(st, i, t, -1, SQLITE_TRANSIENT);
}

/* The sentence holding byte offset off (the last one starting at or before it). */
static uint32_t sentence_at(const chr_doc *d, size_t off) {
    size_t lo = 0, hi = d->nsentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->sentences[mid].start <= off) lo = mid;
        else hi = mid;
    }
    return (uint32_t)lo;
}

static void hash_text(const chr_doc *doc, char out[17]) {
    snprintf(out, 17, "%016" PRIx64, chrStore_docHash(doc));
}

/* Finds the stored row of doc: 1 found (doc number, hash, stages out), 0 not, <0 error. */
static int find(chr_store *s, const char *id, sqlite3_int64 *row, char hash[17], unsigned *stages) {
    sqlite3_stmt *st = stmt(s, STMT_DOC_FIND);
    if (!st) return CHR_EIO;
    chrStore_bindText(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *row = sqlite3_column_int64(st, 0);
        snprintf(hash, 17, "%s", chrStore_colText(st, 1) ? chrStore_colText(st, 1) : "");
        *stages = (unsigned)sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    return chrStore_fail(s, CHR_EIO, "cannot look up a document");
}

int chr_store_has(chr_store *s, const chr_doc *doc, unsigned stages) {
    sqlite3_int64 row;
    char old[17], now[17];
    unsigned st;
    int rc = find(s, doc->id, &row, old, &st);
    if (rc <= 0) return rc;
    hash_text(doc, now);
    return strcmp(old, now) == 0 && st == stages;
}

static int put_document(chr_store *s, const chr_doc *d, const char *hash, unsigned stages,
                        sqlite3_int64 *row, int replace) {
    sqlite3_stmt *st = stmt(s, replace ? STMT_DOC_UPDATE : STMT_DOC_INSERT);
    if (!st) return CHR_EIO;
    char added[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(added, sizeof added, "%Y-%m-%d %H:%M:%S", &tm);
    chrStore_bindText(st, 1, d->id);
    chrStore_bindText(st, 2, hash);
    sqlite3_bind_int64(st, 3, stages);
    chrStore_bindDate(st, 4, d->date);
    chrStore_bindText(st, 5, chr_doc_meta(d, "title"));
    chrStore_bindText(st, 6, chr_doc_meta(d, "url"));
    chrStore_bindText(st, 7, chr_doc_meta(d, "source"));
    chrStore_bindText(st, 8, d->extra_json);
    sqlite3_bind_text(st, 9, d->text, (int)d->len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)d->len);
    sqlite3_bind_int64(st, 11, (sqlite3_int64)d->ntokens);
    sqlite3_bind_int64(st, 12, (sqlite3_int64)d->nsentences);
    sqlite3_bind_int64(st, 13, (sqlite3_int64)d->ninvalid);
    chrStore_bindText(st, 14, added);
    if (replace) sqlite3_bind_int64(st, 15, *row);
    int rc = done(s, st, "cannot write a document");
    if (!rc && !replace) *row = sqlite3_last_insert_rowid(s->db);
    return rc;
}

static int delete_layers(chr_store *s, sqlite3_int64 row) {
    for (int i = STMT_DEL_SENTENCES; i <= STMT_DEL_TIMEX; i++) {
        sqlite3_stmt *st = stmt(s, i);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        int rc = done(s, st, "cannot delete the old rows of a document");
        if (rc) return rc;
    }
    return CHR_OK;
}

static int put_sentences(chr_store *s, const chr_doc *d, sqlite3_int64 row) {
    for (size_t i = 0; i < d->nsentences; i++) {
        const chr_sentence *x = &d->sentences[i];
        sqlite3_stmt *st = stmt(s, STMT_SENTENCE);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, x->paragraph);
        sqlite3_bind_int64(st, 4, x->start);
        sqlite3_bind_int64(st, 5, x->end);
        sqlite3_bind_int64(st, 6, x->count);
        bind_clean(s, st, 7, d, x->start, x->end);
        int rc = done(s, st, "cannot write a sentence");
        if (rc) return rc;
    }
    return CHR_OK;
}

static int put_entities(chr_store *s, const chr_doc *d, sqlite3_int64 row) {
    for (size_t i = 0; i < d->nentities; i++) {
        const chr_entity *x = &d->entities[i];
        sqlite3_stmt *st = stmt(s, STMT_ENTITY);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        chrStore_bindText(st, 3, chr_entity_type_name(x->type));
        chrStore_bindText(st, 4, x->name);
        chrStore_bindText(st, 5, x->code);
        sqlite3_bind_int64(st, 6, x->nmentions);
        int rc = done(s, st, "cannot write an entity");
        if (rc) return rc;
    }
    for (size_t i = 0; i < d->nmentions; i++) {
        const chr_mention *x = &d->mentions[i];
        sqlite3_stmt *st = stmt(s, STMT_MENTION);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, x->entity);
        sqlite3_bind_int64(st, 4, x->sentence);
        sqlite3_bind_int64(st, 5, x->start);
        sqlite3_bind_int64(st, 6, x->end);
        sqlite3_bind_int64(st, 7, x->first);
        sqlite3_bind_int64(st, 8, x->count);
        bind_clean(s, st, 9, d, x->start, x->end);
        int rc = done(s, st, "cannot write a mention");
        if (rc) return rc;
    }
    return CHR_OK;
}

/* Binds an actor at columns i (code, text, start, end, entity). */
static void bind_actor(sqlite3_stmt *st, int i, const chr_actor *a) {
    chrStore_bindText(st, i, a->code && *a->code ? a->code : NULL);
    chrStore_bindText(st, i + 1, a->text);
    if (a->end > a->start || a->code) {
        sqlite3_bind_int64(st, i + 2, a->start);
        sqlite3_bind_int64(st, i + 3, a->end);
    }
    if (a->entity >= 0) sqlite3_bind_int64(st, i + 4, a->entity);
}

static int put_events(chr_store *s, const chr_doc *d, sqlite3_int64 row) {
    for (size_t i = 0; i < d->nevents; i++) {
        const chr_event *x = &d->events[i];
        sqlite3_stmt *st = stmt(s, STMT_EVENT);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, x->sentence);
        chrStore_bindDate(st, 4, x->date.year ? x->date : d->date);
        bind_actor(st, 5, &x->source);
        bind_actor(st, 10, &x->target);
        chrStore_bindText(st, 15, x->code);
        chrStore_bindText(st, 16, x->root);
        sqlite3_bind_int(st, 17, x->quad);
        sqlite3_bind_double(st, 18, x->goldstein);
        sqlite3_bind_int64(st, 19, x->evidence_start);
        sqlite3_bind_int64(st, 20, x->evidence_end);
        chrStore_bindText(st, 21, x->pattern);
        sqlite3_bind_int64(st, 22, x->flags);
        int rc = done(s, st, "cannot write an event");
        if (rc) return rc;
    }
    return CHR_OK;
}

static int put_quotes(chr_store *s, const chr_doc *d, sqlite3_int64 row) {
    for (size_t i = 0; i < d->nquotes; i++) {
        const chr_quote *x = &d->quotes[i];
        sqlite3_stmt *st = stmt(s, STMT_QUOTE);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, sentence_at(d, x->start));
        sqlite3_bind_int64(st, 4, x->start);
        sqlite3_bind_int64(st, 5, x->end);
        chrStore_bindText(st, 6, x->text);
        chrStore_bindText(st, 7, x->speaker);
        sqlite3_bind_int64(st, 8, x->speaker_start);
        sqlite3_bind_int64(st, 9, x->speaker_end);
        if (x->speaker_entity >= 0) sqlite3_bind_int64(st, 10, x->speaker_entity);
        chrStore_bindText(st, 11, x->description);
        chrStore_bindText(st, 12, x->code);
        chrStore_bindText(st, 13, x->cue);
        sqlite3_bind_int64(st, 14, x->flags);
        int rc = done(s, st, "cannot write a quotation");
        if (rc) return rc;
    }
    return CHR_OK;
}

static int put_timex(chr_store *s, const chr_doc *d, sqlite3_int64 row) {
    for (size_t i = 0; i < d->ntimex; i++) {
        const chr_timex *x = &d->timex[i];
        sqlite3_stmt *st = stmt(s, STMT_TIMEX);
        if (!st) return CHR_EIO;
        sqlite3_bind_int64(st, 1, row);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, sentence_at(d, x->start));
        sqlite3_bind_int64(st, 4, (sqlite3_int64)x->start);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)x->end);
        bind_clean(s, st, 6, d, x->start, x->end);
        chrStore_bindText(st, 7, chr_timex_type_name(x->type));
        chrStore_bindText(st, 8, x->value);
        chrStore_bindText(st, 9, x->mod[0] ? x->mod : NULL);
        int rc = done(s, st, "cannot write a time expression");
        if (rc) return rc;
    }
    return CHR_OK;
}

static int put_layers(chr_store *s, const chr_doc *d, const char *hash, unsigned stages,
                      sqlite3_int64 row, int replace) {
    int rc = replace ? delete_layers(s, row) : CHR_OK;
    if (!rc && replace) rc = chrStore_ftsMark(s); /* new rows may reuse deleted sids */
    if (!rc) rc = put_document(s, d, hash, stages, &row, replace);
    if (!rc) rc = put_sentences(s, d, row);
    if (!rc) rc = put_entities(s, d, row);
    if (!rc) rc = put_events(s, d, row);
    if (!rc) rc = put_quotes(s, d, row);
    if (!rc) rc = put_timex(s, d, row);
    return rc;
}

/* Runs a prepared statement without parameters. */
static int run(chr_store *s, int i, const char *what) {
    sqlite3_stmt *st = stmt(s, i);
    return st ? done(s, st, what) : CHR_EIO;
}

/* put_layers under a savepoint: a failure leaves the document as it was.
 * Rows to be deleted are indexed first (see fts.c); the full-text mark
 * returns to its value at the savepoint when it is rolled back. */
static int put_atomically(chr_store *s, const chr_doc *d, const char *hash, unsigned stages,
                          sqlite3_int64 row, int replace) {
    int rc = replace ? chrStore_ftsFlush(s) : CHR_OK;
    sqlite3_int64 mark = s->fts_mark;
    if (!rc) rc = run(s, STMT_SAVEPOINT, "cannot start a savepoint");
    if (rc) return rc;
    rc = put_layers(s, d, hash, stages, row, replace);
    if (rc) {
        run(s, STMT_ROLLBACK_TO, "cannot roll back a document");
        s->fts_mark = mark;
    }
    int rrc = run(s, STMT_RELEASE, "cannot release a savepoint");
    return rc ? rc : rrc;
}

int chr_store_put(chr_store *s, const chr_doc *doc, unsigned stages, int *action) {
    sqlite3_int64 row = 0;
    char old[17], hash[17];
    unsigned old_stages = 0;
    hash_text(doc, hash);
    int own = !s->in_tx;
    if (own && chr_store_begin(s)) return CHR_EIO;
    int found = find(s, doc->id, &row, old, &old_stages);
    int rc = found < 0 ? found : CHR_OK;
    if (found == 1 && strcmp(old, hash) == 0 && old_stages == stages) {
        if (action) *action = CHR_STORE_UNCHANGED;
    } else if (!rc) {
        rc = put_atomically(s, doc, hash, stages, row, found == 1);
        if (!rc && action) *action = found == 1 ? CHR_STORE_REPLACED : CHR_STORE_ADDED;
    }
    if (own) {
        int crc = rc ? (sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL), s->in_tx = 0, rc)
                     : chr_store_commit(s);
        if (!rc) rc = crc;
    }
    return rc;
}
