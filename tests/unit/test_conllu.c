/*
 * test_conllu.c - the CoNLL-U reader on inline samples and, when
 * ../shared is present, on the EWT test file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "chronicle.h"
#include "io/conllu.h"

static const char sample[] =
    "# newdoc id = d1\n# sent_id = s1\n# newpar\n# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "# sent_id = s2\n# text = Yes\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

static void parses_words_ranges_and_comments(void **state) {
    (void)state;
    chrConllu c;
    char err[256] = "";
    assert_int_equal(chrConllu_parse("s", sample, sizeof sample - 1, &c, err, sizeof err), CHR_OK);
    assert_int_equal(c.nsents, 2);
    assert_int_equal(c.nwords, 6);
    chrConlluSentence *s = &c.sents[0];
    assert_string_equal(s->newdoc_id, "d1");
    assert_int_equal(s->newpar, 1);
    assert_string_equal(s->text, "I don't know.");
    assert_int_equal(s->nwords, 5);
    assert_int_equal(s->nranges, 1);
    assert_string_equal(s->ranges[0].form, "don't");
    assert_int_equal(s->words[3].head, 0);
    assert_string_equal(s->words[2].deprel, "advmod");
    char buf[32];
    assert_int_equal(chrConllu_miscGet(s->words[3].misc, "SpaceAfter", buf, sizeof buf), 1);
    assert_string_equal(buf, "No");
    assert_null(c.sents[1].newdoc_id);
    chrConllu_release(&c);
}

static void reports_bad_lines(void **state) {
    (void)state;
    chrConllu c;
    char err[256] = "";
    const char bad[] = "1\tA\n";
    assert_int_equal(chrConllu_parse("f.conllu", bad, sizeof bad - 1, &c, err, sizeof err),
                     CHR_EFORMAT);
    assert_non_null(strstr(err, "f.conllu:1:"));
    chrConllu_release(&c);
    const char skip[] = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n";
    assert_int_equal(chrConllu_parse("g", skip, sizeof skip - 1, &c, err, sizeof err), CHR_EFORMAT);
    assert_non_null(strstr(err, "g:2:"));
    chrConllu_release(&c);
}

static void reads_ewt_test(void **state) {
    (void)state;
    const char *path = "../shared/data/ud-ewt/en_ewt-ud-test.conllu";
    FILE *f = fopen(path, "r");
    if (!f) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    fclose(f);
    chrConllu c;
    char err[256] = "";
    assert_int_equal(chrConllu_load(path, &c, err, sizeof err), CHR_OK);
    assert_int_equal(c.nsents, 2077);
    chrConllu_release(&c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_words_ranges_and_comments),
        cmocka_unit_test(reports_bad_lines),
        cmocka_unit_test(reads_ewt_test),
    };
    return cmocka_run_group_tests_name("conllu", tests, NULL, NULL);
}
