/*
 * story.c - the timeline of one entity across the collection: the events
 * it takes part in and the quotations it speaks, in date order.
 *
 * An entity is matched by name, not by row: the same person is a
 * different entity row in every document. A name matches an entity's
 * canonical name, any of its mentions, an actor's or speaker's words as
 * whole words, or an actor code exactly (case-insensitive). Events and
 * quotations come from two ordered queries merged here by (date,
 * document, sentence).
 */
#include <string.h>

#include "store/store.h"

/* ?1 is the name; X the words column, E the entity column of the row. */
#define NAME_MATCH(words, entity, alias)                                                    \
    "(" alias ".name = ?1 COLLATE NOCASE"                                                   \
    " OR instr(' ' || lower(" words ") || ' ', ' ' || lower(?1) || ' ') > 0"               \
    " OR " entity " IN (SELECT m.entity FROM mentions m WHERE m.doc = d.doc"                \
    " AND m.text = ?1 COLLATE NOCASE))"

static const char *const events_sql =
    "SELECT coalesce(e.date, d.date), e.doc, " CHR_STORE_EVENT_COLUMNS CHR_STORE_EVENT_JOINS
    " WHERE " NAME_MATCH("e.source_text", "e.source_entity", "es")
    " OR " NAME_MATCH("e.target_text", "e.target_entity", "et")
    " OR e.source_code = upper(?1) OR e.target_code = upper(?1)"
    " ORDER BY 1, e.doc, e.sentence, e.event";

static const char *const quotes_sql =
    "SELECT d.date, q.doc, d.id, q.sentence, q.span_start, q.span_end, q.text, q.speaker,"
    " q.speaker_start, q.speaker_end, q.speaker_entity, q.description, q.code, q.cue, q.flags,"
    " s.text FROM quotes q JOIN documents d ON d.doc = q.doc"
    " LEFT JOIN sentences s ON s.doc = q.doc AND s.sentence = q.sentence"
    " LEFT JOIN entities en ON en.doc = q.doc AND en.entity = q.speaker_entity"
    " WHERE " NAME_MATCH("coalesce(q.speaker, '')", "q.speaker_entity", "en")
    " OR q.code = upper(?1)"
    " ORDER BY 1, q.doc, q.sentence, q.quote";

static void read_quote(sqlite3_stmt *st, chr_quote *q, chr_story_item *it) {
    memset(q, 0, sizeof *q);
    it->date = chrStore_colDate(st, 0);
    it->doc = chrStore_colText(st, 2);
    it->sentence = (uint32_t)sqlite3_column_int64(st, 3);
    q->start = (uint32_t)sqlite3_column_int64(st, 4);
    q->end = (uint32_t)sqlite3_column_int64(st, 5);
    q->text = chrStore_colText(st, 6);
    q->speaker = chrStore_colText(st, 7);
    q->speaker_start = (uint32_t)sqlite3_column_int64(st, 8);
    q->speaker_end = (uint32_t)sqlite3_column_int64(st, 9);
    q->speaker_entity = sqlite3_column_type(st, 10) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 10);
    q->description = chrStore_colText(st, 11);
    q->code = chrStore_colText(st, 12);
    q->cue = chrStore_colText(st, 13);
    q->flags = (uint32_t)sqlite3_column_int64(st, 14);
    it->sentence_text = chrStore_colText(st, 15);
    it->quote = q;
}

/* Orders the current rows (date, doc, sentence) of the two queries. */
static int before(sqlite3_stmt *a, sqlite3_stmt *b) {
    const char *da = chrStore_colText(a, 0), *db = chrStore_colText(b, 0);
    int c = strcmp(da ? da : "", db ? db : "");
    if (c) return c < 0;
    sqlite3_int64 x = sqlite3_column_int64(a, 1), y = sqlite3_column_int64(b, 1);
    if (x != y) return x < y;
    /* the event query has its sentence in column 5, the quote query in 3 */
    return sqlite3_column_int64(a, 5) <= sqlite3_column_int64(b, 3);
}

int chr_store_story(chr_store *s, const char *name, chr_story_fn fn, void *ctx) {
    sqlite3_stmt *ev = NULL, *qu = NULL;
    if (sqlite3_prepare_v2(s->db, events_sql, -1, &ev, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, quotes_sql, -1, &qu, NULL) != SQLITE_OK) {
        int rc = chrStore_fail(s, CHR_EIO, "cannot prepare the story query");
        sqlite3_finalize(ev);
        return rc;
    }
    chrStore_bindText(ev, 1, name);
    chrStore_bindText(qu, 1, name);
    int re = sqlite3_step(ev), rq = sqlite3_step(qu), out = CHR_OK;
    while (re == SQLITE_ROW || rq == SQLITE_ROW) {
        chr_story_item it;
        chr_stored_event e;
        chr_quote q;
        memset(&it, 0, sizeof it);
        if (re == SQLITE_ROW && (rq != SQLITE_ROW || before(ev, qu))) {
            chrStore_readEvent(ev, 2, &e);
            it.event = &e;
            it.doc = e.doc;
            it.date = chrStore_colDate(ev, 0);
            it.sentence = e.event.sentence;
            it.sentence_text = e.sentence_text;
            if ((out = fn(ctx, &it)) != 0) break;
            re = sqlite3_step(ev);
        } else {
            read_quote(qu, &q, &it);
            if ((out = fn(ctx, &it)) != 0) break;
            rq = sqlite3_step(qu);
        }
    }
    if (!out && ((re != SQLITE_DONE && re != SQLITE_ROW) || (rq != SQLITE_DONE && rq != SQLITE_ROW)))
        out = chrStore_fail(s, CHR_EIO, "cannot read the story");
    sqlite3_finalize(ev);
    sqlite3_finalize(qu);
    return out;
}
