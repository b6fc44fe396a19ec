/*
 * test_pipeline.c - the pipeline pulls in dependencies and fills layers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "chronicle.h"

static void timex_stage_fills_the_layer(void **state) {
    (void)state;
    char err[256];
    chr_pipeline_options o = {.stages = CHR_STAGE_TIMEX};
    chr_pipeline *p = chr_pipeline_new(&o, err, sizeof err);
    assert_non_null(p);
    assert_true(chr_pipeline_stages(p) & CHR_STAGE_TOKENIZE);
    const char text[] = "The talks resumed on Friday after a pause in 2019.";
    chr_doc *d = chr_doc_new("t", text, sizeof text - 1);
    chr_date date;
    assert_int_equal(chr_date_parse("2023-03-09", &date), CHR_OK); /* a Thursday */
    chr_doc_set_date(d, date);
    assert_int_equal(chr_pipeline_run(p, d), CHR_OK);
    size_t nt, nx;
    assert_non_null(chr_doc_tokens(d, &nt));
    assert_true(nt >= 10);
    const chr_timex *x = chr_doc_timex(d, &nx);
    assert_int_equal(nx, 2);
    assert_string_equal(x[0].value, "2023-03-03");
    assert_string_equal(x[1].value, "2019");
    chr_doc_free(d);
    chr_pipeline_free(p);
    chr_pipeline_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(timex_stage_fills_the_layer),
    };
    return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
