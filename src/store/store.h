/*
 * store.h - the SQLite event store (internal view).
 *
 * A chr_store is one SQLite connection plus the prepared statements it
 * reuses. schema.c opens and checks the file, put.c writes documents,
 * read.c and story.c read events back, export*.c write the exchange
 * formats. Every value from outside goes in as a bound parameter.
 */
#ifndef CHR_STORE_STORE_H
#define CHR_STORE_STORE_H

#include <sqlite3.h>
#include <stdint.h>

#include "chronicle.h"

/* 'CHRN': PRAGMA application_id of every chronicle database. */
#define CHR_STORE_APPLICATION_ID 0x4348524E

/* The statements put.c prepares once per handle. */
enum {
    STMT_DOC_FIND, STMT_DOC_INSERT, STMT_DOC_UPDATE,
    STMT_DEL_SENTENCES, STMT_DEL_ENTITIES, STMT_DEL_MENTIONS, STMT_DEL_EVENTS,
    STMT_DEL_QUOTES, STMT_DEL_TIMEX,
    STMT_SENTENCE, STMT_ENTITY, STMT_MENTION, STMT_EVENT, STMT_QUOTE, STMT_TIMEX,
    STMT_SAVEPOINT, STMT_RELEASE, STMT_ROLLBACK_TO,
    STMT_MAX_SID, STMT_FTS_ADD, /* fts.c */
    STMT_COUNT
};

struct chr_store {
    sqlite3 *db;
    char path[1024];
    int mode;
    int version; /* the schema version of the file when opened */
    int in_tx;
    sqlite3_int64 fts_mark; /* sentences up to this sid are in sentences_fts */
    sqlite3_stmt *stmt[STMT_COUNT];
    char *buf; /* scratch for cleaned text (put.c) */
    size_t cap;
    char err[2048];
};

/* Records "PATH: what: sqlite message" in s->err and returns status. */
int chrStore_fail(chr_store *s, int status, const char *what);
/* Runs SQL without parameters; on failure records what and returns CHR_EIO. */
int chrStore_exec(chr_store *s, const char *sql, const char *what);
/* Prepares sql (kept in s->stmt[i] when i >= 0 else returned in *out). */
int chrStore_prepare(chr_store *s, const char *sql, sqlite3_stmt **out);

/* Creates the tables in a new database (schema.c). */
int chrStore_createSchema(chr_store *s);

/* The full-text index (fts.c): chrStore_ftsMark notes the last indexed
 * sentence row (at the start of a transaction and after deleting rows);
 * chrStore_ftsFlush indexes the rows after it. */
int chrStore_ftsMark(chr_store *s);
int chrStore_ftsFlush(chr_store *s);

/* The content hash of a document (hash.c): text, date and metadata. */
uint64_t chrStore_docHash(const chr_doc *doc);

/* Binds text (NULL binds NULL) and a date ("" binds NULL). */
int chrStore_bindText(sqlite3_stmt *st, int i, const char *text);
int chrStore_bindDate(sqlite3_stmt *st, int i, chr_date d);
/* A column as text or NULL, and a "YYYY-MM-DD" column as a date. */
const char *chrStore_colText(sqlite3_stmt *st, int i);
chr_date chrStore_colDate(sqlite3_stmt *st, int i);

/* The event columns every reader selects, aliased e, es, et, d, s
 * (events, source and target entities, documents, sentences). */
#define CHR_STORE_EVENT_COLUMNS                                                  \
    "d.id, d.url, d.source, e.sentence, e.date, e.source_code, e.source_text,"   \
    " e.source_start, e.source_end, e.source_entity, e.target_code,"             \
    " e.target_text, e.target_start, e.target_end, e.target_entity, e.code,"     \
    " e.root, e.quad, e.goldstein, e.evidence_start, e.evidence_end, e.pattern," \
    " e.flags, es.name, et.name, s.text"
#define CHR_STORE_EVENT_JOINS                                                    \
    " FROM events e JOIN documents d ON d.doc = e.doc"                           \
    " LEFT JOIN sentences s ON s.doc = e.doc AND s.sentence = e.sentence"        \
    " LEFT JOIN entities es ON es.doc = e.doc AND es.entity = e.source_entity"   \
    " LEFT JOIN entities et ON et.doc = e.doc AND et.entity = e.target_entity"
#define CHR_STORE_EVENT_NCOLS 26
/* Fills out from a row of those columns starting at column first. */
void chrStore_readEvent(sqlite3_stmt *st, int first, chr_stored_event *out);

/* Row writers of the export formats (export_rows.c). */
typedef struct chrStoreGroup {
    chr_stored_event ev;        /* the first mention */
    int paragraph;              /* of that mention's sentence */
    long mentions, articles, sources;
    const char *sentence_ids;   /* "doc_sentence;..." */
    const char *urls, *news_sources; /* ';'-joined, distinct */
    const char *added;          /* "YYYYMMDDHHMMSS" the first article was stored */
} chrStoreGroup;
void chrStore_writeGdelt(FILE *out, long id, const chrStoreGroup *g);
void chrStore_writePhoenix(FILE *out, long id, const chrStoreGroup *g);

#endif
