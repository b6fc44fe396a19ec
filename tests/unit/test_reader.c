/*
 * test_reader.c - the document boundary: text files, JSON Lines, bad
 * records, strict mode, directories, gzip and zstd input, pass-through
 * of unknown fields. Every input is written to a fresh temporary
 * directory by the test itself.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#include <cmocka.h>

#include "chronicle.h"
#include "io/jsonl.h"
#include "io/lines.h"

static char tmpdir[64];
static char messages[8192]; /* every message, one per line */

static void collect(void *ctx, const char *m) {
    (void)ctx;
    size_t n = strlen(messages);
    snprintf(messages + n, sizeof messages - n, "%s\n", m);
}

/* The path of name inside the temporary directory (a rotating buffer). */
static const char *at(const char *name) {
    static char bufs[8][256];
    static int k;
    char *b = bufs[k++ % 8];
    snprintf(b, 256, "%s/%s", tmpdir, name);
    return b;
}

static void write_bytes(const char *name, const void *data, size_t n) {
    FILE *f = fopen(at(name), "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static void write_text(const char *name, const char *s) { write_bytes(name, s, strlen(s)); }

static void write_gzip(const char *name, const char *s, int members) {
    gzFile g = gzopen(at(name), "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, s, (unsigned)strlen(s)), (int)strlen(s));
    gzclose(g);
    for (int i = 1; i < members; i++) { /* append whole members: cat a.gz b.gz */
        g = gzopen(at(name), "ab");
        gzwrite(g, s, (unsigned)strlen(s));
        gzclose(g);
    }
}

static void write_zstd(const char *name, const char *s) {
    size_t cap = ZSTD_compressBound(strlen(s));
    char *buf = malloc(cap);
    size_t n = ZSTD_compress(buf, cap, s, strlen(s), 3);
    assert_false(ZSTD_isError(n));
    write_bytes(name, buf, n);
    free(buf);
}

static chr_reader *open1(const char *path, const chr_reader_options *o) {
    messages[0] = '\0';
    const char *paths[1] = {path};
    chr_reader *r = chr_reader_open(paths, 1, o, collect, NULL);
    assert_non_null(r);
    return r;
}

/* Reads all documents; returns their ids joined by '|' (static buffer). */
static const char *read_ids(chr_reader *r, int *last) {
    static char ids[4096];
    ids[0] = '\0';
    chr_doc *d;
    int rc;
    while ((rc = chr_reader_next(r, &d)) == CHR_OK) {
        size_t n = strlen(ids);
        snprintf(ids + n, sizeof ids - n, "%s%s", n ? "|" : "", chr_doc_id(d));
        chr_doc_free(d);
    }
    if (last) *last = rc;
    return ids;
}

static int setup(void **state) {
    (void)state;
    strcpy(tmpdir, "/tmp/chr-test-reader-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void text_file_is_one_document(void **state) {
    (void)state;
    write_text("a.txt", "Rebels attacked the town.\n");
    chr_reader_options o = {0};
    chr_date_parse("2016-05-20", &o.date);
    chr_reader *r = open1(at("a.txt"), &o);
    chr_doc *d;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    assert_string_equal(chr_doc_id(d), at("a.txt"));
    size_t n;
    assert_string_equal(chr_doc_text(d, &n), "Rebels attacked the town.\n");
    assert_int_equal(chr_doc_date(d).day, 20);
    chr_doc_free(d);
    assert_int_equal(chr_reader_next(r, &d), CHR_EOF);
    assert_null(d);
    assert_int_equal(chr_reader_docs(r), 1);
    assert_int_equal(chr_reader_skipped(r), 0);
    chr_reader_free(r);

    o.id = "given";
    r = open1(at("a.txt"), &o);
    assert_string_equal(read_ids(r, NULL), "given");
    chr_reader_free(r);
}

static void empty_and_binary_files(void **state) {
    (void)state;
    write_text("empty.txt", "");
    chr_reader *r = open1(at("empty.txt"), NULL);
    int last;
    assert_string_equal(read_ids(r, &last), "");
    assert_int_equal(last, CHR_EOF);
    assert_int_equal(chr_reader_skipped(r), 0);
    assert_non_null(strstr(messages, "empty.txt: empty"));
    chr_reader_free(r);

    const char bin[] = {'P', 'K', 3, 4, 0, 0, (char)0xff, (char)0xfe, 'x', (char)0xc3};
    write_bytes("blob.txt", bin, sizeof bin);
    r = open1(at("blob.txt"), NULL);
    chr_doc *d;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    size_t n;
    assert_memory_equal(chr_doc_text(d, &n), bin, sizeof bin); /* bytes kept exactly */
    assert_int_equal(n, sizeof bin);
    /* NUL, NUL, ff, fe and the truncated c3 */
    assert_non_null(strstr(messages, "blob.txt: 5 invalid UTF-8 sequences or NUL bytes"));
    assert_int_equal(chr_tokenize(d), CHR_OK);
    chr_doc_free(d);
    chr_reader_free(r);
}

static void jsonl_fields_and_pass_through(void **state) {
    (void)state;
    write_text("n.jsonl",
               "{\"id\":\"x1\",\"date\":\"2016-05-20T10:00:00Z\",\"text\":\"A\",\"title\":\"T\","
               "\"url\":\"http://e.x/1\",\"source\":\"AFP\",\"lang\":\"en\",\"tags\":[1,{\"a\":null}]}\r\n"
               "\n"
               "{\"id\":42,\"text\":\"B\",\"title\":{\"main\":\"M\"}}\n"
               "{\"text\":\"C\\u0000D\",\"date\":null,\"id\":\"\"}");
    chr_reader_options o = {0};
    chr_date_parse("1999-12-31", &o.date);
    chr_reader *r = open1(at("n.jsonl"), &o);
    chr_doc *d;
    size_t n;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    assert_string_equal(chr_doc_id(d), "x1");
    assert_int_equal(chr_doc_date(d).year, 2016);
    assert_int_equal(chr_doc_date(d).day, 20);
    assert_string_equal(chr_doc_text(d, &n), "A");
    assert_string_equal(chr_doc_meta(d, "title"), "T");
    assert_string_equal(chr_doc_meta(d, "url"), "http://e.x/1");
    assert_string_equal(chr_doc_meta(d, "source"), "AFP");
    assert_string_equal(chr_doc_extra_json(d), "{\"lang\":\"en\",\"tags\":[1,{\"a\":null}]}");
    chr_doc_free(d);

    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    assert_string_equal(chr_doc_id(d), "42");
    assert_int_equal(chr_doc_date(d).year, 1999); /* no date: the default */
    assert_null(chr_doc_meta(d, "title"));        /* not a string: passed through */
    assert_string_equal(chr_doc_extra_json(d), "{\"title\":{\"main\":\"M\"}}");
    chr_doc_free(d);

    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    char want[300];
    snprintf(want, sizeof want, "%s:4", at("n.jsonl")); /* no id: FILE:LINE */
    assert_string_equal(chr_doc_id(d), want);
    assert_int_equal(chr_doc_date(d).year, 1999);
    const char *t = chr_doc_text(d, &n);
    assert_int_equal(n, 3);
    assert_memory_equal(t, "C\0D", 3); /* escaped NUL kept */
    assert_null(chr_doc_extra_json(d));
    chr_doc_free(d);
    assert_int_equal(chr_reader_next(r, &d), CHR_EOF);
    assert_string_equal(messages, "");
    chr_reader_free(r);
}

/* Each bad record: reported as FILE:LINE: reason, skipped and counted. */
static void bad_records_are_reported_and_skipped(void **state) {
    (void)state;
    write_text("bad.jsonl", "[1,2]\n"                                   /* 1 */
                            "{\"id\":\"a\"}\n"                           /* 2 */
                            "{\"text\":7}\n"                             /* 3 */
                            "{\"text\":\"t\",\"id\":true}\n"             /* 4 */
                            "{\"text\":\"t\",\"date\":\"20 May 2016\"}\n" /* 5 */
                            "{\"text\":\"t\",\"date\":\"2016-02-30\"}\n" /* 6 */
                            "{\"text\":\"t\"\n"                          /* 7 */
                            "\"just a string\"\n"                        /* 8 */
                            "{\"text\":\"ok\",\"id\":\"good\"}\n"        /* 9 */
                            "{\"text\":\"t\",\"date\":5}\n"              /* 10 */
                            "{\"text\":\"t\"} trailing\n");              /* 11 */
    chr_reader *r = open1(at("bad.jsonl"), NULL);
    int last;
    assert_string_equal(read_ids(r, &last), "good");
    assert_int_equal(last, CHR_EOF);
    assert_int_equal(chr_reader_docs(r), 1);
    assert_int_equal(chr_reader_skipped(r), 10);
    static const char *const want[] = {
        ":1: not a JSON object but an array",  ":2: no \"text\" field",
        ":3: \"text\" is a number, not a string", ":4: \"id\" is a boolean, not a string or number",
        ":5: invalid date '20 May 2016'",      ":6: invalid date '2016-02-30'",
        ":7: invalid JSON",                     ":8: not a JSON object but a string",
        ":10: \"date\" is a number",            ":11: invalid JSON"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        char line[300];
        snprintf(line, sizeof line, "%s%s", at("bad.jsonl"), want[i]);
        if (!strstr(messages, line)) fail_msg("missing message '%s' in:\n%s", line, messages);
    }
    chr_reader_free(r);
}

static void strict_stops_at_first_bad_record(void **state) {
    (void)state;
    write_text("s.jsonl", "{\"text\":\"one\",\"id\":\"1\"}\n{\"text\":3}\n{\"text\":\"two\"}\n");
    chr_reader_options o = {0};
    o.strict = 1;
    chr_reader *r = open1(at("s.jsonl"), &o);
    chr_doc *d;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    chr_doc_free(d);
    assert_int_equal(chr_reader_next(r, &d), CHR_EFORMAT);
    assert_null(d);
    assert_int_equal(chr_reader_next(r, &d), CHR_EFORMAT); /* stays stopped */
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "s.jsonl:2: \"text\" is a number"));
    chr_reader_free(r);

    r = open1(at("does-not-exist.txt"), &o);
    assert_int_equal(chr_reader_next(r, &d), CHR_ENOTFOUND);
    assert_non_null(strstr(messages, "does-not-exist.txt: cannot open"));
    chr_reader_free(r);
}

static void missing_file_is_skipped_leniently(void **state) {
    (void)state;
    write_text("ok.txt", "fine");
    const char *paths[3] = {at("nope.txt"), at("ok.txt"), at("nope2.jsonl")};
    messages[0] = '\0';
    chr_reader *r = chr_reader_open(paths, 3, NULL, collect, NULL);
    int last;
    assert_string_equal(read_ids(r, &last), at("ok.txt"));
    assert_int_equal(last, CHR_EOF);
    assert_int_equal(chr_reader_skipped(r), 2);
    assert_non_null(strstr(messages, "nope2.jsonl: cannot open"));
    chr_reader_free(r);
}

static void long_lines_are_skipped_not_buffered(void **state) {
    (void)state;
    size_t big = 300000;
    char *line = malloc(big + 64);
    memset(line, 'x', big + 64);
    memcpy(line, "{\"text\":\"", 9);
    memcpy(line + big, "\"}\n{\"text\":\"after\",\"id\":\"z\"}\n", 30);
    write_bytes("long.jsonl", line, big + 29);
    free(line);
    chr_reader_options o = {0};
    o.max_line = 1000;
    chr_reader *r = open1(at("long.jsonl"), &o);
    int last;
    assert_string_equal(read_ids(r, &last), "z");
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "long.jsonl:1: line longer than the limit of 1000 bytes"));
    chr_reader_free(r);

    /* The same limit applies to a whole text file. */
    r = open1(at("long.jsonl"), &(chr_reader_options){.format = CHR_INPUT_TEXT, .max_line = 1000});
    assert_string_equal(read_ids(r, &last), "");
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "long.jsonl: longer than the limit"));
    chr_reader_free(r);
}

static void invalid_utf8_in_json_is_read_leniently(void **state) {
    (void)state;
    write_text("u.jsonl", "{\"id\":\"u\",\"text\":\"caf\xe9 \xc3\xa9\",\"note\":\"\xff\"}\n");
    chr_reader *r = open1(at("u.jsonl"), NULL);
    chr_doc *d;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    size_t n;
    assert_string_equal(chr_doc_text(d, &n), "caf\xef\xbf\xbd \xc3\xa9");
    assert_string_equal(chr_doc_extra_json(d), "{\"note\":\"\xef\xbf\xbd\"}");
    assert_non_null(strstr(messages, "u.jsonl:1: 2 invalid UTF-8 bytes"));
    assert_int_equal(chr_reader_skipped(r), 0);
    chr_doc_free(d);
    chr_reader_free(r);
}

static void compressed_inputs_by_magic(void **state) {
    (void)state;
    const char *jl = "{\"id\":\"c1\",\"text\":\"one\"}\n{\"id\":\"c2\",\"text\":\"two\"}\n";
    write_gzip("g.jsonl.gz", jl, 1);
    write_gzip("twice.jsonl", jl, 2); /* no .gz: recognised by magic */
    write_zstd("z.jsonl.zst", jl);
    write_zstd("z.txt", "plain words");
    chr_reader *r = open1(at("g.jsonl.gz"), NULL);
    assert_string_equal(read_ids(r, NULL), "c1|c2");
    chr_reader_free(r);
    r = open1(at("twice.jsonl"), NULL);
    assert_string_equal(read_ids(r, NULL), "c1|c2|c1|c2");
    chr_reader_free(r);
    r = open1(at("z.jsonl.zst"), NULL);
    assert_string_equal(read_ids(r, NULL), "c1|c2");
    chr_reader_free(r);
    r = open1(at("z.txt"), NULL);
    chr_doc *d;
    size_t n;
    assert_int_equal(chr_reader_next(r, &d), CHR_OK);
    assert_string_equal(chr_doc_text(d, &n), "plain words");
    chr_doc_free(d);
    chr_reader_free(r);

    /* A big input crosses many buffers of compressed and plain data. */
    size_t lines = 20000;
    char *many = malloc(lines * 40 + 1), *p = many;
    for (size_t i = 0; i < lines; i++) p += sprintf(p, "{\"id\":\"%zu\",\"text\":\"t %zu\"}\n", i, i);
    write_gzip("many.jsonl.gz", many, 1);
    write_zstd("many.jsonl.zst", many);
    free(many);
    const char *names[2] = {"many.jsonl.gz", "many.jsonl.zst"};
    for (int k = 0; k < 2; k++) {
        r = open1(at(names[k]), NULL);
        int last;
        read_ids(r, &last);
        assert_int_equal(last, CHR_EOF);
        assert_int_equal(chr_reader_docs(r), lines);
        assert_int_equal(chr_reader_skipped(r), 0);
        chr_reader_free(r);
    }
}

static void corrupt_compressed_input_is_reported(void **state) {
    (void)state;
    write_gzip("t.jsonl.gz", "{\"id\":\"c1\",\"text\":\"one\"}\n{\"id\":\"c2\",\"text\":\"two\"}\n", 1);
    FILE *f = fopen(at("t.jsonl.gz"), "rb");
    char buf[256];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    write_bytes("cut.jsonl.gz", buf, n - 10); /* truncated */
    chr_reader *r = open1(at("cut.jsonl.gz"), NULL);
    int last;
    read_ids(r, &last);
    assert_int_equal(last, CHR_EOF);
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "cut.jsonl.gz:"));
    assert_non_null(strstr(messages, "truncated"));
    chr_reader_free(r);

    const unsigned char junk[] = {0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3, 4, 5, 6, 7, 8};
    write_bytes("junk.zst", junk, sizeof junk);
    r = open1(at("junk.zst"), NULL);
    read_ids(r, &last);
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "junk.zst: corrupt zstd data"));
    chr_reader_free(r);
}

static void directories_in_name_order(void **state) {
    (void)state;
    char dir[256];
    snprintf(dir, sizeof dir, "%s/corpus", tmpdir);
    assert_int_equal(mkdir(dir, 0755), 0);
    assert_int_equal(mkdir(at("corpus/b-sub"), 0755), 0);
    assert_int_equal(mkdir(at("corpus/.git"), 0755), 0);
    write_text("corpus/c.txt", "third");
    write_text("corpus/a.jsonl", "{\"id\":\"j1\",\"text\":\"x\"}\n{\"id\":\"j2\",\"text\":\"y\"}\n");
    write_text("corpus/b-sub/inner.txt", "second");
    write_text("corpus/.hidden.txt", "never");
    write_text("corpus/.git/config", "never");
    write_zstd("corpus/d.ndjson.zst", "{\"id\":\"j3\",\"text\":\"z\"}\n");
    chr_reader_options o = {0};
    o.id = NULL;
    chr_reader *r = open1(dir, &o);
    char want[1024];
    snprintf(want, sizeof want, "j1|j2|%s/b-sub/inner.txt|%s/c.txt|j3", dir, dir);
    assert_string_equal(read_ids(r, NULL), want);
    assert_int_equal(chr_reader_skipped(r), 0);
    chr_reader_free(r);
}

static void reads_from_an_open_stream(void **state) {
    (void)state;
    static char data[] = "{\"id\":\"m1\",\"text\":\"x\"}\n{oops\n";
    FILE *f = fmemopen(data, strlen(data), "rb");
    assert_non_null(f);
    messages[0] = '\0';
    chr_reader *r = chr_reader_open_file(f, "mem.jsonl", NULL, collect, NULL);
    int last;
    assert_string_equal(read_ids(r, &last), "m1");
    assert_int_equal(chr_reader_skipped(r), 1);
    assert_non_null(strstr(messages, "mem.jsonl:2: invalid JSON"));
    chr_reader_free(r);
    fclose(f); /* still ours */
    assert_null(chr_reader_open_file(NULL, "x", NULL, NULL, NULL));
}

static void dates_accept_iso_timestamps(void **state) {
    (void)state;
    chr_date d = {0, 0, 0};
    assert_int_equal(chrJsonl_parseDate("2016-05-20T10:00:00Z", &d), CHR_OK);
    assert_int_equal(d.month, 5);
    assert_int_equal(chrJsonl_parseDate("2016-05-20 10:00", &d), CHR_OK);
    assert_int_equal(chrJsonl_parseDate("2016-05-20", &d), CHR_OK);
    assert_int_equal(chrJsonl_parseDate("2016-05-20X", &d), CHR_EFORMAT);
    assert_int_equal(chrJsonl_parseDate("2016-05-2", &d), CHR_EFORMAT);
    assert_int_equal(chrJsonl_parseDate("", &d), CHR_EFORMAT);
}

static void line_reader_edges(void **state) {
    (void)state;
    static char data[] = "ab\r\n\nlonger-than-five\nxyz";
    FILE *f = fmemopen(data, strlen(data), "rb");
    chrStream *s;
    char err[100];
    assert_int_equal(chrStream_open(NULL, f, &s, err, sizeof err), CHR_OK);
    chrLines l;
    chrLines_init(&l, s, 5);
    assert_int_equal(chrLines_next(&l), CHR_OK);
    assert_string_equal(l.line, "ab");
    assert_int_equal(chrLines_next(&l), CHR_OK);
    assert_string_equal(l.line, "");
    assert_int_equal(chrLines_next(&l), CHR_ELIMIT);
    assert_int_equal(l.lineno, 3);
    assert_int_equal(chrLines_next(&l), CHR_OK); /* last line without "\n" */
    assert_string_equal(l.line, "xyz");
    assert_int_equal(l.lineno, 4);
    assert_int_equal(chrLines_next(&l), CHR_EOF);
    chrLines_release(&l);
    chrStream_close(s);
    fclose(f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_file_is_one_document),
        cmocka_unit_test(empty_and_binary_files),
        cmocka_unit_test(jsonl_fields_and_pass_through),
        cmocka_unit_test(bad_records_are_reported_and_skipped),
        cmocka_unit_test(strict_stops_at_first_bad_record),
        cmocka_unit_test(missing_file_is_skipped_leniently),
        cmocka_unit_test(long_lines_are_skipped_not_buffered),
        cmocka_unit_test(invalid_utf8_in_json_is_read_leniently),
        cmocka_unit_test(compressed_inputs_by_magic),
        cmocka_unit_test(corrupt_compressed_input_is_reported),
        cmocka_unit_test(directories_in_name_order),
        cmocka_unit_test(reads_from_an_open_stream),
        cmocka_unit_test(dates_accept_iso_timestamps),
        cmocka_unit_test(line_reader_edges),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
