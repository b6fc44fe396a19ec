/*
 * schema.c - opening a chronicle database: refusing what is not one,
 * creating the tables in a new file, and the small helpers every store
 * file shares (errors, binding, reading columns).
 *
 * A chronicle database is marked twice: PRAGMA application_id 'CHRN' in
 * the SQLite header and a meta table holding the schema version (also
 * kept in PRAGMA user_version). Before SQLite sees a file, its 100-byte
 * header is read here, so that a file that is not SQLite at all, or one
 * cut short (fewer bytes than the header's page count says), is refused
 * with a plain message instead of failing later in the middle of a query.
 */
#define _POSIX_C_SOURCE 200809L
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const schema_sql =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE documents("
    " doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,"
    " stages INTEGER NOT NULL, date TEXT, title TEXT, url TEXT, source TEXT, extra TEXT,"
    " text TEXT NOT NULL, length INTEGER NOT NULL, tokens INTEGER NOT NULL,"
    " sentences INTEGER NOT NULL, invalid INTEGER NOT NULL, added TEXT NOT NULL);"
    "CREATE INDEX documents_date ON documents(date);"
    "CREATE TABLE sentences("
    " sid INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(doc),"
    " sentence INTEGER NOT NULL, paragraph INTEGER NOT NULL, span_start INTEGER NOT NULL,"
    " span_end INTEGER NOT NULL, tokens INTEGER NOT NULL, text TEXT NOT NULL,"
    " UNIQUE(doc, sentence));"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences',"
    " content_rowid='sid', tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER sentences_fts_del AFTER DELETE ON sentences BEGIN"
    " INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sid, old.text);"
    " END;"
    "CREATE TABLE entities("
    " doc INTEGER NOT NULL REFERENCES documents(doc), entity INTEGER NOT NULL,"
    " type TEXT NOT NULL, name TEXT, code TEXT, mentions INTEGER NOT NULL,"
    " PRIMARY KEY(doc, entity)) WITHOUT ROWID;"
    "CREATE INDEX entities_name ON entities(name COLLATE NOCASE);"
    "CREATE TABLE mentions("
    " doc INTEGER NOT NULL REFERENCES documents(doc), mention INTEGER NOT NULL,"
    " entity INTEGER NOT NULL, sentence INTEGER NOT NULL, span_start INTEGER NOT NULL,"
    " span_end INTEGER NOT NULL, token_first INTEGER NOT NULL, token_count INTEGER NOT NULL,"
    " text TEXT NOT NULL, PRIMARY KEY(doc, mention)) WITHOUT ROWID;"
    "CREATE TABLE events("
    " doc INTEGER NOT NULL REFERENCES documents(doc), event INTEGER NOT NULL,"
    " sentence INTEGER NOT NULL, date TEXT,"
    " source_code TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,"
    " source_entity INTEGER,"
    " target_code TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,"
    " target_entity INTEGER,"
    " code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, pattern TEXT,"
    " flags INTEGER NOT NULL, PRIMARY KEY(doc, event)) WITHOUT ROWID;"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_source ON events(source_code);"
    "CREATE INDEX events_target ON events(target_code);"
    "CREATE INDEX events_code ON events(code);"
    "CREATE TABLE quotes("
    " doc INTEGER NOT NULL REFERENCES documents(doc), quote INTEGER NOT NULL,"
    " sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
    " text TEXT, speaker TEXT, speaker_start INTEGER NOT NULL, speaker_end INTEGER NOT NULL,"
    " speaker_entity INTEGER, description TEXT, code TEXT, cue TEXT, flags INTEGER NOT NULL,"
    " PRIMARY KEY(doc, quote)) WITHOUT ROWID;"
    "CREATE TABLE timex("
    " doc INTEGER NOT NULL REFERENCES documents(doc), timex INTEGER NOT NULL,"
    " sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
    " text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT,"
    " PRIMARY KEY(doc, timex)) WITHOUT ROWID;"
    "CREATE VIEW event_sentences AS SELECT d.id AS doc_id, e.*, s.text AS sentence_text"
    " FROM events e JOIN documents d ON d.doc = e.doc"
    " LEFT JOIN sentences s ON s.doc = e.doc AND s.sentence = e.sentence;";

int chrStore_fail(chr_store *s, int status, const char *what) {
    const char *msg = s->db ? sqlite3_errmsg(s->db) : "out of memory";
    snprintf(s->err, sizeof s->err, "%s: %s: %s", s->path, what, msg);
    return status;
}

int chrStore_exec(chr_store *s, const char *sql, const char *what) {
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return chrStore_fail(s, CHR_EIO, what);
    return CHR_OK;
}

int chrStore_prepare(chr_store *s, const char *sql, sqlite3_stmt **out) {
    if (*out) return CHR_OK;
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, NULL) != SQLITE_OK)
        return chrStore_fail(s, CHR_EIO, "cannot prepare a statement");
    return CHR_OK;
}

int chrStore_bindText(sqlite3_stmt *st, int i, const char *text) {
    if (!text) return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, text, -1, SQLITE_STATIC);
}

int chrStore_bindDate(sqlite3_stmt *st, int i, chr_date d) {
    char buf[11];
    chr_date_format(d, buf);
    if (!buf[0]) return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

const char *chrStore_colText(sqlite3_stmt *st, int i) {
    return (const char *)sqlite3_column_text(st, i);
}

chr_date chrStore_colDate(sqlite3_stmt *st, int i) {
    chr_date d = {0, 0, 0};
    const char *t = chrStore_colText(st, i);
    if (t) chr_date_parse(t, &d);
    return d;
}

static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* What the raw header says: 0 fine (or empty), else a status with err set. */
static int check_header(chr_store *s, off_t size) {
    if (size == 0) return CHR_OK;
    unsigned char h[100];
    FILE *f = fopen(s->path, "rb");
    if (!f) {
        snprintf(s->err, sizeof s->err, "%s: cannot read: %s", s->path, strerror(errno));
        return CHR_EIO;
    }
    size_t n = fread(h, 1, sizeof h, f);
    fclose(f);
    if (n < 16 || memcmp(h, "SQLite format 3", 16) != 0) {
        snprintf(s->err, sizeof s->err,
                 "%s is not a chronicle database (not even an SQLite file); "
                 "give another --db path", s->path);
        return CHR_EFORMAT;
    }
    if (n < sizeof h) {
        snprintf(s->err, sizeof s->err, "%s is truncated (%zu bytes, shorter than the SQLite "
                 "header); restore it or ingest into a new file", s->path, n);
        return CHR_EFORMAT;
    }
    /* With a write-ahead log present the main file may be mid-checkpoint
     * (page 1 written before the pages that extend the file); SQLite
     * completes that from the log, so the size says nothing then. */
    char wal[1100];
    struct stat wb;
    snprintf(wal, sizeof wal, "%s-wal", s->path);
    if (stat(wal, &wb) == 0 && wb.st_size > 0) return CHR_OK;
    uint32_t page = (uint32_t)h[16] << 8 | h[17];
    if (page == 1) page = 65536;
    uint32_t pages = be32(h + 28);
    if (be32(h + 92) == be32(h + 24) && (uint64_t)pages * page > (uint64_t)size) {
        snprintf(s->err, sizeof s->err, "%s is truncated or damaged (%lld bytes of the %llu its "
                 "header announces); restore it or ingest into a new file", s->path,
                 (long long)size, (unsigned long long)pages * page);
        return CHR_EFORMAT;
    }
    return CHR_OK;
}

/* The marks of a chronicle database, checked after SQLite opened the file. */
static int check_marks(chr_store *s) {
    sqlite3_stmt *st = NULL;
    int app = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA application_id", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        snprintf(s->err, sizeof s->err, "%s is damaged or not a database (%s); restore it or "
                 "ingest into a new file", s->path, sqlite3_errmsg(s->db));
        return CHR_EFORMAT;
    }
    app = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    st = NULL;
    if ((uint32_t)app != CHR_STORE_APPLICATION_ID) {
        snprintf(s->err, sizeof s->err, "%s is an SQLite database but not a chronicle database "
                 "(application_id %d); give another --db path", s->path, app);
        return CHR_EFORMAT;
    }
    int version = -1;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st,
                           NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        version = atoi((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (version < 1) {
        snprintf(s->err, sizeof s->err, "%s: the chronicle meta table is missing or damaged (%s)",
                 s->path, sqlite3_errmsg(s->db));
        return CHR_EFORMAT;
    }
    s->version = version;
    if (version > CHR_STORE_SCHEMA) {
        snprintf(s->err, sizeof s->err, "%s has schema version %d, newer than the %d this "
                 "chronicle %s knows; use a newer chronicle", s->path, version, CHR_STORE_SCHEMA,
                 CHR_VERSION);
        return CHR_EVERSION;
    }
    return CHR_OK;
}

int chrStore_createSchema(chr_store *s) {
    char sql[256];
    int rc = chrStore_exec(s, "BEGIN IMMEDIATE", "cannot start creating the tables");
    if (rc) return rc;
    rc = chrStore_exec(s, schema_sql, "cannot create the tables");
    snprintf(sql, sizeof sql,
             "PRAGMA application_id = %d; PRAGMA user_version = %d;"
             "INSERT INTO meta VALUES ('schema_version', '%d'), ('created_by', 'chronicle %s');",
             (int)CHR_STORE_APPLICATION_ID, CHR_STORE_SCHEMA, CHR_STORE_SCHEMA, CHR_VERSION);
    if (!rc) rc = chrStore_exec(s, sql, "cannot mark the database");
    if (!rc) return chrStore_exec(s, "COMMIT", "cannot commit the new tables");
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Brings an older database up to this schema when opened for writing.
 * 1 -> 2: sentences_fts is filled at each commit (fts.c), no longer by an
 * insert trigger; a version 1 file is fully indexed, so dropping the
 * trigger is all it takes. */
static int upgrade(chr_store *s) {
    if (s->version >= CHR_STORE_SCHEMA) return CHR_OK;
    char sql[256];
    snprintf(sql, sizeof sql,
             "BEGIN IMMEDIATE; DROP TRIGGER IF EXISTS sentences_fts_add;"
             " UPDATE meta SET value = '%d' WHERE key = 'schema_version';"
             " PRAGMA user_version = %d; COMMIT;", CHR_STORE_SCHEMA, CHR_STORE_SCHEMA);
    int rc = chrStore_exec(s, sql, "cannot upgrade the schema");
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    else s->version = CHR_STORE_SCHEMA;
    return rc;
}

static int is_empty_db(chr_store *s) {
    sqlite3_stmt *st = NULL;
    int empty = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_schema", -1, &st, NULL) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        empty = sqlite3_column_int(st, 0) == 0;
    sqlite3_finalize(st);
    return empty;
}

static int open_db(chr_store *s, off_t size) {
    /* NOMUTEX: a handle belongs to one thread at a time (chronicle.h), so
     * SQLite need not lock the connection on every call. */
    int flags = SQLITE_OPEN_NOMUTEX | (s->mode == CHR_STORE_WRITE
                                           ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                           : SQLITE_OPEN_READONLY);
    if (sqlite3_open_v2(s->path, &s->db, flags, NULL) != SQLITE_OK)
        return chrStore_fail(s, CHR_EIO, "cannot open the database");
    sqlite3_busy_timeout(s->db, 60000);
    sqlite3_extended_result_codes(s->db, 1);
    if (s->mode == CHR_STORE_WRITE && size == 0 && is_empty_db(s)) {
        /* Tables first (rollback journal, so the marks land in the main
         * file at once), then WAL. */
        int rc = chrStore_createSchema(s);
        if (rc) return rc;
    }
    int rc = check_marks(s);
    if (rc) return rc;
    if (s->mode == CHR_STORE_WRITE) {
        /* WAL: readers see committed transactions only. synchronous =
         * NORMAL: a commit is not synced (a power cut may lose the last
         * batches, never consistency; a killed process loses nothing
         * committed). Savepoint journals in memory, and a 64 MiB page
         * cache, so that a batch's pages are written once, at commit. */
        rc = chrStore_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                              " PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;",
                           "cannot switch to WAL mode");
        if (!rc) rc = upgrade(s);
        return rc;
    }
    return CHR_OK;
}

int chr_store_open(const char *path, int mode, chr_store **out, char *err, size_t errlen) {
    *out = NULL;
    chr_store *s = calloc(1, sizeof *s);
    if (!s) {
        if (err) snprintf(err, errlen, "out of memory");
        return CHR_ENOMEM;
    }
    s->mode = mode;
    snprintf(s->path, sizeof s->path, "%s", path ? path : "");
    struct stat sb;
    int rc = CHR_OK;
    off_t size = 0;
    if (!path || !*path) {
        snprintf(s->err, sizeof s->err, "no database path given");
        rc = CHR_EINVAL;
    } else if (stat(path, &sb) != 0) {
        if (errno != ENOENT || mode != CHR_STORE_WRITE) {
            snprintf(s->err, sizeof s->err, "%s: %s%s", path, strerror(errno),
                     errno == ENOENT ? " (create it with chronicle ingest --db)" : "");
            rc = errno == ENOENT ? CHR_ENOTFOUND : CHR_EIO;
        }
    } else if (!S_ISREG(sb.st_mode)) {
        snprintf(s->err, sizeof s->err, "%s is not a regular file", path);
        rc = CHR_EINVAL;
    } else {
        size = sb.st_size;
        if (size == 0 && mode != CHR_STORE_WRITE) {
            snprintf(s->err, sizeof s->err, "%s is empty, not a chronicle database", path);
            rc = CHR_EFORMAT;
        } else
            rc = check_header(s, size);
    }
    if (!rc) rc = open_db(s, size);
    if (rc) {
        if (err) snprintf(err, errlen, "%s", s->err);
        chr_store_close(s);
        return rc;
    }
    *out = s;
    return CHR_OK;
}

void chr_store_close(chr_store *s) {
    if (!s) return;
    if (s->in_tx) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < STMT_COUNT; i++) sqlite3_finalize(s->stmt[i]);
    sqlite3_close(s->db);
    free(s->buf);
    free(s);
}

const char *chr_store_error(const chr_store *s) { return s ? s->err : "out of memory"; }

int chr_store_begin(chr_store *s) {
    if (s->in_tx) return CHR_OK;
    int rc = chrStore_exec(s, "BEGIN IMMEDIATE", "cannot start a transaction");
    if (!rc) s->in_tx = 1;
    if (!rc) rc = chrStore_ftsMark(s);
    return rc;
}

int chr_store_commit(chr_store *s) {
    if (!s->in_tx) return CHR_OK;
    int rc = chrStore_ftsFlush(s);
    if (!rc) rc = chrStore_exec(s, "COMMIT", "cannot commit");
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_tx = 0;
    return rc;
}

int chr_store_count(chr_store *s, chr_store_counts *out) {
    static const char *const sql =
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
        " (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions),"
        " (SELECT count(*) FROM events), (SELECT count(*) FROM quotes),"
        " (SELECT count(*) FROM timex)";
    sqlite3_stmt *st = NULL;
    memset(out, 0, sizeof *out);
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return chrStore_fail(s, CHR_EIO, "cannot count rows");
    }
    size_t *f[] = {&out->documents, &out->sentences, &out->entities, &out->mentions,
                   &out->events, &out->quotes, &out->timex};
    for (int i = 0; i < 7; i++) *f[i] = (size_t)sqlite3_column_int64(st, i);
    sqlite3_finalize(st);
    return CHR_OK;
}
