/*
 * fts.c - keeping the full-text index sentences_fts in step with the
 * sentences table, in bulk.
 *
 * An insert trigger indexing one sentence at a time made SQLite's FTS5
 * write a new index segment for nearly every sentence (it flushes its
 * pending terms at each statement savepoint) and cost the writer thread
 * more than all other inserts together. Instead, the sentences a
 * transaction adds are indexed by one INSERT ... SELECT just before it
 * commits: they are the rows above the mark, the largest sid that was
 * indexed when the transaction began. Deleting a document's sentences
 * still goes through the delete trigger, which needs the row to be
 * indexed, so the pending rows are indexed first (chrStore_ftsFlush), and
 * the mark is taken again after the delete (new rows may reuse sids).
 * Everything happens inside the writer's transaction: a reader or a run
 * killed at any moment sees sentences and index that agree.
 */
#include "store/store.h"

int chrStore_ftsMark(chr_store *s) {
    sqlite3_stmt **st = &s->stmt[STMT_MAX_SID];
    if (chrStore_prepare(s, "SELECT coalesce(max(sid), 0) FROM sentences", st)) return CHR_EIO;
    int rc = sqlite3_step(*st);
    if (rc == SQLITE_ROW) s->fts_mark = sqlite3_column_int64(*st, 0);
    sqlite3_reset(*st);
    if (rc != SQLITE_ROW) return chrStore_fail(s, CHR_EIO, "cannot read the last sentence row");
    return CHR_OK;
}

int chrStore_ftsFlush(chr_store *s) {
    sqlite3_stmt **st = &s->stmt[STMT_FTS_ADD];
    if (chrStore_prepare(s, "INSERT INTO sentences_fts(rowid, text)"
                            " SELECT sid, text FROM sentences WHERE sid > ?1 ORDER BY sid", st))
        return CHR_EIO;
    sqlite3_bind_int64(*st, 1, s->fts_mark);
    int rc = sqlite3_step(*st);
    sqlite3_reset(*st);
    if (rc != SQLITE_DONE) return chrStore_fail(s, CHR_EIO, "cannot update the full-text index");
    return chrStore_ftsMark(s);
}
