/*
 * test_coder_endorsed.c - "China supported Turkey's bid" endorses Turkey,
 * "China supported the Iraqi unity" endorses no Iraqi actor: an actor named
 * only as a modifier of the object's head is no target of support
 * (coder_endorsed.c), while a possessive or an "of" complement is. Hand-built
 * parses in the shapes the statistical parser gives.
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
    "TUR name : Turkey\n"
    "IRQ adj : Iraqi\n"
    "[verbs]\n"
    "verb support => ---\n"
    "- obj:@ => 051\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_possessor_endorsed(void **state) {
    (void)state;
    chr_doc *d = code("China|China|PROPN|2|nsubj supported|support|VERB|0|root Turkey|Turkey|PROPN|5|nmod:poss "
                      "'s|'s|PART|3|case bid|bid|NOUN|2|obj",
                      NULL, NULL);
    assert_true(has(d, "CHN", "TUR", "051"));
    chr_doc_free(d);
}

static void test_of_complement_endorsed(void **state) {
    (void)state;
    chr_doc *d = code("China|China|PROPN|2|nsubj supported|support|VERB|0|root the|the|DET|4|det "
                      "efforts|effort|NOUN|2|obj of|of|ADP|6|case Turkey|Turkey|PROPN|4|nmod",
                      NULL, NULL);
    assert_true(has(d, "CHN", "TUR", "051"));
    chr_doc_free(d);
}

static void test_modifier_not_endorsed(void **state) {
    (void)state;
    chr_doc *d = code("China|China|PROPN|2|nsubj supported|support|VERB|0|root the|the|DET|5|det "
                      "Iraqi|Iraqi|ADJ|5|amod unity|unity|NOUN|2|obj",
                      NULL, NULL);
    assert_false(has(d, "CHN", "IRQ", "051"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessor_endorsed),
        cmocka_unit_test(test_of_complement_endorsed),
        cmocka_unit_test(test_modifier_not_endorsed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
