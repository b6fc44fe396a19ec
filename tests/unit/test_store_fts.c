/*
 * test_store_fts.c - the full-text index stays in step with the sentences
 * table: sentences are indexed in bulk when a transaction commits, and a
 * document replaced (even one added earlier in the same transaction, or
 * in the same transaction twice) leaves no stale or doubled entries. Also
 * the upgrade of a version 1 database, which indexed by trigger.
 *
 * The index is compared with the table through an fts5vocab table: for a
 * word, the number of sentences holding it and its number of occurrences.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "chronicle.h"
#include "tmpdir.h"

static char dir[64];

static void path_of(char *out, size_t n, const char *name) { snprintf(out, n, "%s/%s", dir, name); }

static chr_doc *make_doc(const char *id, const char *text) {
    chr_doc *d = chr_doc_new(id, text, strlen(text));
    assert_non_null(d);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    return d;
}

static void put(chr_store *s, const char *id, const char *text, int want) {
    chr_doc *d = make_doc(id, text);
    int action = 0;
    assert_int_equal(chr_store_put(s, d, 1, &action), CHR_OK);
    assert_int_equal(action, want);
    chr_doc_free(d);
}

static long query_long(sqlite3 *db, const char *sql, const char *word) {
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    if (word) sqlite3_bind_text(st, 1, word, -1, SQLITE_STATIC);
    long v = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return v;
}

/* Sentences holding word and its occurrences, in the table and in the
 * index, must agree; returns the number of sentences. */
static long check_word(sqlite3 *db, const char *word) {
    long rows = query_long(db, "SELECT count(*) FROM sentences WHERE instr(lower(text), ?1)", word);
    long occ = query_long(db, "SELECT coalesce(sum((length(lower(text)) -"
                              " length(replace(lower(text), ?1, ''))) / length(?1)), 0)"
                              " FROM sentences", word);
    long irows = query_long(db, "SELECT coalesce(sum(doc), 0) FROM temp.vocab WHERE term = ?1", word);
    long iocc = query_long(db, "SELECT coalesce(sum(cnt), 0) FROM temp.vocab WHERE term = ?1", word);
    if (rows != irows || occ != iocc)
        fail_msg("'%s': %ld sentences (%ld times) in the table, %ld (%ld times) in the index", word,
                 rows, occ, irows, iocc);
    return rows;
}

static sqlite3 *open_raw(const char *name) {
    char p[128];
    path_of(p, sizeof p, name);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.vocab USING"
                                      " fts5vocab(main, sentences_fts, 'row')", 0, 0, 0), SQLITE_OK);
    return db;
}

static chr_store *open_store(const char *name, int fresh) {
    char p[128], err[512];
    path_of(p, sizeof p, name);
    if (fresh) unlink(p);
    chr_store *s;
    assert_int_equal(chr_store_open(p, CHR_STORE_WRITE, &s, err, sizeof err), CHR_OK);
    return s;
}

static const char a1[] = "The treaty was signed in Lima. Envoys praised the treaty.";
static const char a2[] = "The treaty failed. Envoys left Lima on Monday. Talks ended.";
static const char a3[] = "Nothing about it here. Lima was quiet.";
static const char b1[] = "A second treaty was drafted in Quito.";

static void replaced_in_one_transaction(void **state) {
    (void)state;
    chr_store *s = open_store("a.sqlite", 1);
    assert_int_equal(chr_store_begin(s), CHR_OK);
    put(s, "a", a1, CHR_STORE_ADDED);
    put(s, "a", a2, CHR_STORE_REPLACED); /* added in this transaction: not indexed yet */
    put(s, "b", b1, CHR_STORE_ADDED);
    put(s, "a", a3, CHR_STORE_REPLACED);
    put(s, "a", a2, CHR_STORE_REPLACED);
    assert_int_equal(chr_store_commit(s), CHR_OK);
    sqlite3 *db = open_raw("a.sqlite");
    assert_int_equal(check_word(db, "treaty"), 2);
    assert_int_equal(check_word(db, "lima"), 1);
    assert_int_equal(check_word(db, "quito"), 1);
    assert_int_equal(check_word(db, "quiet"), 0);
    /* Each on its own (a transaction of its own per put). */
    put(s, "b", a3, CHR_STORE_REPLACED);
    put(s, "c", b1, CHR_STORE_ADDED);
    put(s, "a", a1, CHR_STORE_REPLACED);
    assert_int_equal(check_word(db, "treaty"), 3);
    assert_int_equal(check_word(db, "quiet"), 1);
    assert_int_equal(check_word(db, "envoys"), 1);
    assert_int_equal(query_long(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts"
                                    " MATCH ?1", "treaty"), 3);
    sqlite3_close(db);
    chr_store_close(s);
}

static void uncommitted_is_not_indexed(void **state) {
    (void)state;
    chr_store *s = open_store("b.sqlite", 1);
    put(s, "a", a1, CHR_STORE_ADDED);
    assert_int_equal(chr_store_begin(s), CHR_OK);
    put(s, "b", b1, CHR_STORE_ADDED);
    chr_store_close(s); /* rolls the open transaction back */
    sqlite3 *db = open_raw("b.sqlite");
    assert_int_equal(check_word(db, "treaty"), 2);
    assert_int_equal(check_word(db, "quito"), 0);
    sqlite3_close(db);
    s = open_store("b.sqlite", 0);
    put(s, "b", b1, CHR_STORE_ADDED);
    chr_store_close(s);
    db = open_raw("b.sqlite");
    assert_int_equal(check_word(db, "treaty"), 3);
    assert_int_equal(check_word(db, "quito"), 1);
    sqlite3_close(db);
}

static void upgrades_version_1(void **state) {
    (void)state;
    chr_store *s = open_store("v1.sqlite", 1);
    put(s, "a", a1, CHR_STORE_ADDED);
    chr_store_close(s);
    /* What version 1 wrote: an insert trigger did the indexing. */
    sqlite3 *db = open_raw("v1.sqlite");
    assert_int_equal(sqlite3_exec(db,
        "CREATE TRIGGER sentences_fts_add AFTER INSERT ON sentences BEGIN"
        " INSERT INTO sentences_fts(rowid, text) VALUES (new.sid, new.text); END;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'; PRAGMA user_version = 1;",
        0, 0, 0), SQLITE_OK);
    sqlite3_close(db);
    s = open_store("v1.sqlite", 0);
    put(s, "b", b1, CHR_STORE_ADDED);
    put(s, "a", a2, CHR_STORE_REPLACED);
    chr_store_close(s);
    db = open_raw("v1.sqlite");
    assert_int_equal(check_word(db, "treaty"), 2);
    assert_int_equal(check_word(db, "praised"), 0);
    assert_int_equal(query_long(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?1",
                                "sentences_fts_add"), 0);
    assert_int_equal(query_long(db, "SELECT value FROM meta WHERE key = ?1", "schema_version"),
                     CHR_STORE_SCHEMA);
    assert_int_equal(query_long(db, "PRAGMA user_version", NULL), CHR_STORE_SCHEMA);
    sqlite3_close(db);
}

static int setup(void **state) {
    (void)state;
    return test_tmpdir_make(dir, sizeof dir, "fts");
}

static int teardown(void **state) {
    (void)state;
    return test_tmpdir_remove(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(replaced_in_one_transaction),
        cmocka_unit_test(uncommitted_is_not_indexed),
        cmocka_unit_test(upgrades_version_1),
    };
    return cmocka_run_group_tests_name("store_fts", tests, setup, teardown);
}
