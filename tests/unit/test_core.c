/*
 * test_core.c - arena, dates, documents and the UTF-8 policy.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/doc.h"
#include "text/utf8.h"

static void arena_grows_and_aligns(void **state) {
    (void)state;
    chrArena a;
    chrArena_init(&a);
    for (int i = 0; i < 10000; i++) {
        void *p = chrArena_alloc(&a, (size_t)(i % 97) + 1);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
    }
    char *big = chrArena_alloc(&a, 1 << 20); /* larger than a block */
    assert_non_null(big);
    memset(big, 'x', 1 << 20);
    assert_string_equal(chrArena_strndup(&a, "abcdef", 3), "abc");
    chrArena_release(&a);
    assert_null(a.head);
}

static void dates_are_strict(void **state) {
    (void)state;
    chr_date d = {0, 0, 0};
    assert_int_equal(chr_date_parse("2016-05-20", &d), CHR_OK);
    assert_int_equal(d.year, 2016);
    assert_int_equal(d.month, 5);
    assert_int_equal(d.day, 20);
    assert_int_equal(chr_date_parse("2016-02-30", &d), CHR_EFORMAT);
    assert_int_equal(chr_date_parse("2016-2-3", &d), CHR_EFORMAT);
    assert_int_equal(chr_date_parse("2016-05-20x", &d), CHR_EFORMAT);
    assert_int_equal(chr_date_parse("2000-02-29", &d), CHR_OK);
    assert_int_equal(chr_date_parse("1900-02-29", &d), CHR_EFORMAT);
    char buf[11];
    chr_date_format(d, buf);
    assert_string_equal(buf, "2000-02-29");
}

static void doc_keeps_bytes_and_meta(void **state) {
    (void)state;
    const char text[] = "a\0b";
    chr_doc *d = chr_doc_new("x1", text, 3);
    assert_non_null(d);
    size_t n;
    const char *t = chr_doc_text(d, &n);
    assert_int_equal(n, 3);
    assert_memory_equal(t, text, 3);
    assert_int_equal(chr_doc_set_meta(d, "title", "T"), CHR_OK);
    assert_int_equal(chr_doc_set_meta(d, "title", "T2"), CHR_OK);
    assert_string_equal(chr_doc_meta(d, "title"), "T2");
    assert_null(chr_doc_meta(d, "url"));
    chr_doc_free(d);
    chr_doc_free(NULL);
}

static void utf8_policy(void **state) {
    (void)state;
    chrArena a;
    chrArena_init(&a);
    size_t bad = 0;
    /* overlong '/', a lone continuation byte, a surrogate, a NUL */
    const char in[] = "a\xC0\xAF" "b\x80" "c\xED\xA0\x80" "d\0e";
    char *w = chrUtf8_workingForm(&a, in, sizeof in - 1, &bad);
    assert_non_null(w);
    assert_string_equal(w, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                           "d\xEF\xBF\xBD" "e");
    assert_int_equal(bad, 7);
    /* NFC: e + combining acute becomes U+00E9 */
    bad = 0;
    assert_string_equal(chrUtf8_workingForm(&a, "e\xCC\x81", 3, &bad), "\xC3\xA9");
    assert_int_equal(bad, 0);
    /* folding: curly quotes, en dash, NBSP */
    assert_string_equal(chrUtf8_fold(&a, "\xE2\x80\x9CHi\xE2\x80\x9D\xE2\x80\x93x\xC2\xA0y"),
                        "\"Hi\"-x y");
    const char *plain = "plain";
    assert_ptr_equal(chrUtf8_fold(&a, plain), plain);
    /* a truncated sequence at the end */
    bad = 0;
    assert_string_equal(chrUtf8_workingForm(&a, "x\xE2\x82", 3, &bad), "x\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_int_equal(bad, 2);
    chrArena_release(&a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_grows_and_aligns),
        cmocka_unit_test(dates_are_strict),
        cmocka_unit_test(doc_keeps_bytes_and_meta),
        cmocka_unit_test(utf8_policy),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
