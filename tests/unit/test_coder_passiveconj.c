/*
 * test_coder_passiveconj.c - "China arrived and was expected to meet Japan":
 * a passive conjunct with no subject or agent of its own shares its
 * governor's subject as its passive subject (coder_frame.c), so that the
 * dictionary reads someone else's expectation ("obj:* xcomp:* => ---"), not
 * China's intent to meet Japan. An active conjunct ("... and wanted to meet
 * Japan") keeps the shared subject as its agent. Hand-built parses in the
 * shapes the statistical parser gives.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/doc.h"
#include "event/coder.h"
#include "lex/dict_load.h"
#include "lex/lexicon.h"

static const char *dict_text =
    "[countries]\n"
    "CHN name : China\n"
    "JPN name : Japan\n"
    "[verbs]\n"
    "verb expect | want => ---\n"
    "- xcomp:* => %intent\n"
    "- obj:* xcomp:* => ---\n"
    "verb meet => ---\n"
    "- obj:@ => 040\n"
    "[combine]\n"
    "intent * => 030\n"
    "intent 04 => 036\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *arrived_and(const char *aux, const char *verb, const char *lemma) {
    char spec[512];
    snprintf(spec, sizeof spec,
             "China|China|PROPN|2|nsubj arrived|arrive|VERB|0|root and|and|CCONJ|5|cc %s "
             "%s|%s|VERB|2|conj to|to|PART|7|mark meet|meet|VERB|5|xcomp Japan|Japan|PROPN|7|obj",
             aux, verb, lemma);
    return code(spec, NULL, NULL);
}

static void test_passive_conjunct(void **state) {
    (void)state;
    chr_doc *d = arrived_and("was|be|AUX|5|aux:pass", "expected", "expect");
    assert_false(has(d, "CHN", "JPN", "036"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_active_conjunct(void **state) {
    (void)state;
    chr_doc *d = arrived_and("then|then|ADV|5|advmod", "wanted", "want");
    assert_true(has(d, "CHN", "JPN", "036"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passive_conjunct),
        cmocka_unit_test(test_active_conjunct),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
