/*
 * test_store.c - the SQLite store: idempotent puts, replacement, event
 * filters (with hostile input), stories, exports and refusing files that
 * are not chronicle databases. Events, entities and quotations are filled
 * through the internal document layer, as the stages will fill them.
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
#include "core/doc.h"

static char dir[64];

static void path_of(char *out, size_t n, const char *name) { snprintf(out, n, "%s/%s", dir, name); }

static chr_date date_of(const char *s) {
    chr_date d = {0, 0, 0};
    assert_int_equal(chr_date_parse(s, &d), CHR_OK);
    return d;
}

/* Span of the first occurrence of word in the document text. */
static void span_of(const chr_doc *d, const char *word, uint32_t *start, uint32_t *end) {
    const char *p = strstr(d->text, word);
    assert_non_null(p);
    *start = (uint32_t)(p - d->text);
    *end = *start + (uint32_t)strlen(word);
}

static void set_actor(chr_doc *d, chr_actor *a, const char *code, const char *words, int entity) {
    a->code = chrArena_strdup(&d->arena, code);
    a->text = chrArena_strdup(&d->arena, words);
    span_of(d, words, &a->start, &a->end);
    a->entity = entity;
}

/* "Mexico extradited Guzman to the United States." coded as MEX 0873? Here
 * the test needs one event, one entity per side and one quotation. */
static chr_doc *make_doc(const char *id, const char *date, const char *text) {
    chr_doc *d = chr_doc_new(id, text, strlen(text));
    assert_non_null(d);
    chr_doc_set_date(d, date_of(date));
    chr_doc_set_meta(d, "url", "http://example.org/a");
    assert_int_equal(chr_tokenize(d), CHR_OK);
    d->entities = chrArena_calloc(&d->arena, 2, sizeof *d->entities);
    d->mentions = chrArena_calloc(&d->arena, 2, sizeof *d->mentions);
    d->nentities = d->nmentions = 2;
    static const uint32_t m0 = 0, m1 = 1;
    d->entities[0] = (chr_entity){CHR_ENT_LOC, "Mexico", "MEX", &m0, 1};
    d->entities[1] = (chr_entity){CHR_ENT_PER, "Joaquin Guzman", "MEXCRM", &m1, 1};
    span_of(d, "Mexico", &d->mentions[0].start, &d->mentions[0].end);
    span_of(d, "Guzman", &d->mentions[1].start, &d->mentions[1].end);
    d->mentions[1].entity = 1;
    d->events = chrArena_calloc(&d->arena, 1, sizeof *d->events);
    d->nevents = 1;
    chr_event *e = &d->events[0];
    e->date = date_of(date);
    set_actor(d, &e->source, "MEXGOV", "Mexico", 0);
    set_actor(d, &e->target, "MEXCRM", "Guzman", 1);
    strcpy(e->code, "0873");
    strcpy(e->root, "08");
    e->quad = 2;
    e->goldstein = 5.0;
    span_of(d, "extradited", &e->evidence_start, &e->evidence_end);
    d->quotes = chrArena_calloc(&d->arena, 1, sizeof *d->quotes);
    d->nquotes = 1;
    chr_quote *q = &d->quotes[0];
    span_of(d, "\"We", &q->start, &q->end);
    q->end = q->start + 10;
    q->text = "We won";
    q->speaker = "Guzman";
    span_of(d, "Guzman", &q->speaker_start, &q->speaker_end);
    q->speaker_entity = 1;
    q->cue = "said";
    return d;
}

static const char text1[] = "Mexico extradited Guzman to the United States on Thursday. "
                            "\"We won,\" Guzman said.";
static const char text2[] = "Officials said Mexico extradited Guzman after a long fight. "
                            "\"We won,\" Guzman said again.";

static chr_store *open_new(const char *name) {
    char p[128], err[512];
    path_of(p, sizeof p, name);
    unlink(p);
    chr_store *s;
    assert_int_equal(chr_store_open(p, CHR_STORE_WRITE, &s, err, sizeof err), CHR_OK);
    return s;
}

static void put(chr_store *s, chr_doc *d, int want) {
    int action = 0;
    assert_int_equal(chr_store_put(s, d, 17, &action), CHR_OK);
    assert_int_equal(action, want);
    chr_doc_free(d);
}

static void put_twice_and_replace(void **state) {
    (void)state;
    chr_store *s = open_new("a.sqlite");
    put(s, make_doc("d1", "2017-01-19", text1), CHR_STORE_ADDED);
    put(s, make_doc("d2", "2017-01-20", text2), CHR_STORE_ADDED);
    chr_store_counts c1, c2;
    assert_int_equal(chr_store_count(s, &c1), CHR_OK);
    assert_int_equal(c1.documents, 2);
    assert_int_equal(c1.events, 2);
    assert_int_equal(c1.entities, 4);
    assert_int_equal(c1.quotes, 2);
    assert_true(c1.sentences >= 2);
    chr_doc *same = make_doc("d1", "2017-01-19", text1);
    assert_int_equal(chr_store_has(s, same, 17), 1);
    assert_int_equal(chr_store_has(s, same, 19), 0); /* other stages: not the same */
    put(s, same, CHR_STORE_UNCHANGED);
    assert_int_equal(chr_store_count(s, &c2), CHR_OK);
    assert_memory_equal(&c1, &c2, sizeof c1);
    /* A changed text replaces the rows of d1, adding none. */
    static const char edited[] = "Mexico extradited Guzman. \"We won,\" he said. Done. Really.";
    chr_doc *a = make_doc("d1", "2017-01-19", text1), *b = make_doc("d1", "2017-01-19", edited);
    size_t before = a->nsentences, after = b->nsentences;
    chr_doc_free(a);
    assert_true(after > before);
    put(s, b, CHR_STORE_REPLACED);
    assert_int_equal(chr_store_count(s, &c2), CHR_OK);
    assert_int_equal(c2.documents, 2);
    assert_int_equal(c2.events, 2);
    assert_int_equal(c2.sentences, c1.sentences - before + after);
    chr_store_close(s);
}

typedef struct seen {
    int n;
    char doc[16][32];
    char sentence[256];
} seen;

static int collect(void *ctx, const chr_stored_event *e) {
    seen *v = ctx;
    if (v->n < 16) snprintf(v->doc[v->n], sizeof v->doc[0], "%s", e->doc);
    snprintf(v->sentence, sizeof v->sentence, "%s", e->sentence_text ? e->sentence_text : "");
    v->n++;
    return 0;
}

static int count_events(chr_store *s, const chr_event_filter *f) {
    seen v;
    memset(&v, 0, sizeof v);
    assert_int_equal(chr_store_events(s, f, collect, &v), CHR_OK);
    return v.n;
}

static void filters(void **state) {
    (void)state;
    chr_store *s = open_new("f.sqlite");
    put(s, make_doc("d1", "2017-01-19", text1), CHR_STORE_ADDED);
    put(s, make_doc("d2", "2017-01-20", text2), CHR_STORE_ADDED);
    chr_event_filter f;
    memset(&f, 0, sizeof f);
    assert_int_equal(count_events(s, &f), 2);
    f.actor = "MEX";
    assert_int_equal(count_events(s, &f), 2);
    f.actor = "joaquin guzman"; /* entity name, any case */
    assert_int_equal(count_events(s, &f), 2);
    f.actor = "USA";
    assert_int_equal(count_events(s, &f), 0);
    f.actor = "' OR 1=1 --"; /* a bound value, never SQL */
    assert_int_equal(count_events(s, &f), 0);
    memset(&f, 0, sizeof f);
    f.source = "MEXGOV";
    f.target = "MEXCRM";
    f.code = "0873";
    f.root = "08";
    f.quad = 2;
    assert_int_equal(count_events(s, &f), 2);
    f.source = "MEXCRM";
    assert_int_equal(count_events(s, &f), 0);
    memset(&f, 0, sizeof f);
    f.since = date_of("2017-01-20");
    assert_int_equal(count_events(s, &f), 1);
    f.until = date_of("2017-01-19");
    assert_int_equal(count_events(s, &f), 0);
    memset(&f, 0, sizeof f);
    f.text = "officials fight";
    seen v;
    memset(&v, 0, sizeof v);
    assert_int_equal(chr_store_events(s, &f, collect, &v), CHR_OK);
    assert_int_equal(v.n, 1);
    assert_string_equal(v.doc[0], "d2");
    assert_true(strncmp(v.sentence, "Officials said Mexico extradited Guzman after a long fight.",
                        59) == 0);
    f.text = "\"unbalanced AND OR ( quote"; /* not FTS syntax: words */
    assert_int_equal(count_events(s, &f), 0);
    memset(&f, 0, sizeof f);
    f.doc = "d1";
    assert_int_equal(count_events(s, &f), 1);
    chr_store_close(s);
}

static int story_item(void *ctx, const chr_story_item *it) {
    char *out = ctx;
    char date[11];
    chr_date_format(it->date, date);
    size_t n = strlen(out);
    snprintf(out + n, 512 - n, "%s %s %s|", date, it->doc, it->event ? it->event->event.code : "Q");
    return 0;
}

static void story(void **state) {
    (void)state;
    chr_store *s = open_new("s.sqlite");
    put(s, make_doc("late", "2017-01-20", text2), CHR_STORE_ADDED);
    put(s, make_doc("early", "2017-01-19", text1), CHR_STORE_ADDED);
    char out[512] = "";
    assert_int_equal(chr_store_story(s, "Guzman", story_item, out), CHR_OK);
    assert_string_equal(out, "2017-01-19 early 0873|2017-01-19 early Q|"
                             "2017-01-20 late 0873|2017-01-20 late Q|");
    out[0] = 0;
    assert_int_equal(chr_store_story(s, "Nobody", story_item, out), CHR_OK);
    assert_string_equal(out, "");
    chr_store_close(s);
}

/* Exports into a temporary file; returns its lines in buf. */
static size_t export_lines(chr_store *s, int format, char *buf, size_t cap) {
    FILE *f = tmpfile();
    assert_non_null(f);
    size_t rows = 0;
    assert_int_equal(chr_store_export(s, format, f, &rows), CHR_OK);
    rewind(f);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = 0;
    fclose(f);
    return rows;
}

static int columns(const char *line) {
    int n = 1;
    for (; *line && *line != '\n'; line++) n += *line == '\t';
    return n;
}

static void exports(void **state) {
    (void)state;
    chr_store *s = open_new("e.sqlite");
    put(s, make_doc("d1", "2017-01-19", text1), CHR_STORE_ADDED);
    put(s, make_doc("d2", "2017-01-19", text2), CHR_STORE_ADDED); /* same date: one event */
    put(s, make_doc("d3", "2017-01-21", text2), CHR_STORE_ADDED);
    char buf[8192];
    assert_int_equal(export_lines(s, CHR_EXPORT_GDELT, buf, sizeof buf), 2);
    char *second = strchr(buf, '\n') + 1;
    assert_int_equal(columns(buf), 61);
    assert_int_equal(columns(second), 61);
    /* first row: NumMentions, NumSources, NumArticles (columns 32-34) = 2 */
    char copy[4096];
    snprintf(copy, sizeof copy, "%.*s", (int)(second - buf), buf);
    char *col[61];
    int k = 0;
    for (char *p = copy; k < 61; k++) {
        col[k] = p;
        char *t = strpbrk(p, "\t\n");
        if (!t) break;
        *t = 0;
        p = t + 1;
    }
    assert_string_equal(col[1], "20170119");
    assert_string_equal(col[5], "MEXGOV");
    assert_string_equal(col[7], "MEX");
    assert_string_equal(col[12], "GOV");
    assert_string_equal(col[26], "0873");
    assert_string_equal(col[27], "087");
    assert_string_equal(col[28], "08");
    assert_string_equal(col[29], "2"); /* GDELT quad of root 08 */
    assert_string_equal(col[31], "2");
    assert_string_equal(col[33], "2");
    assert_string_equal(col[60], "http://example.org/a");
    assert_int_equal(export_lines(s, CHR_EXPORT_PHOENIX, buf, sizeof buf), 2);
    assert_int_equal(columns(buf), 26);
    assert_non_null(strstr(buf, "\td1_0;d2_0\t"));
    assert_int_equal(export_lines(s, CHR_EXPORT_JSONL, buf, sizeof buf), 3);
    assert_non_null(strstr(buf, "{\"doc\":\"d1\",\"sentence\":0,\"date\":\"2017-01-19\","
                                "\"source\":{\"code\":\"MEXGOV\",\"text\":\"Mexico\",\"span\":[0,6]},"));
    assert_non_null(strstr(buf, "\"code\":\"0873\",\"root\":\"08\",\"quad\":2,\"goldstein\":5.0,"
                                "\"evidence\":[7,17]"));
    chr_store_close(s);
}

static void write_file(const char *p, const void *data, size_t n) {
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static int open_fails(const char *name, int mode, int want, const char *msg) {
    char p[128], err[2048] = "";
    path_of(p, sizeof p, name);
    chr_store *s = NULL;
    int rc = chr_store_open(p, mode, &s, err, sizeof err);
    assert_int_equal(rc, want);
    assert_null(s);
    if (!strstr(err, msg)) fail_msg("message '%s' lacks '%s'", err, msg);
    return rc;
}

static void refuses_foreign_and_damaged(void **state) {
    (void)state;
    char p[128];
    path_of(p, sizeof p, "text.sqlite");
    write_file(p, "hello, this is not a database\n", 30);
    open_fails("text.sqlite", CHR_STORE_WRITE, CHR_EFORMAT, "not a chronicle database");
    path_of(p, sizeof p, "other.sqlite");
    unlink(p);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1)", 0, 0, 0), 0);
    sqlite3_close(db);
    open_fails("other.sqlite", CHR_STORE_READ, CHR_EFORMAT, "not a chronicle database");
    open_fails("missing.sqlite", CHR_STORE_READ, CHR_ENOTFOUND, "missing.sqlite");
    /* A real database, cut in half. */
    chr_store *s = open_new("cut.sqlite");
    for (int i = 0; i < 40; i++) {
        char id[16];
        snprintf(id, sizeof id, "d%d", i);
        put(s, make_doc(id, "2017-01-19", text1), CHR_STORE_ADDED);
    }
    chr_store_close(s);
    path_of(p, sizeof p, "cut.sqlite");
    FILE *f = fopen(p, "rb");
    char *data = malloc(1 << 20);
    size_t n = fread(data, 1, 1 << 20, f);
    fclose(f);
    assert_true(n > 8192);
    write_file(p, data, n / 2);
    open_fails("cut.sqlite", CHR_STORE_READ, CHR_EFORMAT, "truncated");
    write_file(p, data, 50);
    open_fails("cut.sqlite", CHR_STORE_WRITE, CHR_EFORMAT, "truncated");
    free(data);
    /* A newer schema. */
    s = open_new("new.sqlite");
    chr_store_close(s);
    path_of(p, sizeof p, "new.sqlite");
    assert_int_equal(sqlite3_open(p, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
                                  0, 0, 0), 0);
    sqlite3_close(db);
    open_fails("new.sqlite", CHR_STORE_WRITE, CHR_EVERSION, "newer");
}

static int setup(void **state) {
    (void)state;
    return test_tmpdir_make(dir, sizeof dir, "store");
}

static int teardown(void **state) {
    (void)state;
    return test_tmpdir_remove(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(put_twice_and_replace),
        cmocka_unit_test(filters),
        cmocka_unit_test(story),
        cmocka_unit_test(exports),
        cmocka_unit_test(refuses_foreign_and_damaged),
    };
    return cmocka_run_group_tests_name("store", tests, setup, teardown);
}
