/*
 * test_coder_domestic.c - "The Italian minister praised Italian troops" is
 * no endorsement between actors: a country's own military, police or people
 * named by an adjective are no partners of its cooperation (coder_domestic.c);
 * "... praised French troops" is one. Hand-built parses.
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
    "ITA adj : Italian\n"
    "FRA adj : French\n"
    "[agents]\n"
    "~GOV : minister\n"
    "~MIL : troops\n"
    "[verbs]\n"
    "verb praise => ---\n"
    "- obj:@ => 051\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *praised(const char *adj) {
    char spec[512];
    snprintf(spec, sizeof spec,
             "The|the|DET|3|det Italian|Italian|ADJ|3|amod minister|minister|NOUN|4|nsubj "
             "praised|praise|VERB|0|root %s|%s|ADJ|6|amod troops|troops|NOUN|4|obj",
             adj, adj);
    return code(spec, NULL, NULL);
}

static void test_own_troops(void **state) {
    (void)state;
    chr_doc *d = praised("Italian");
    assert_false(has(d, "ITAGOV", "ITAMIL", "051"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_other_troops(void **state) {
    (void)state;
    chr_doc *d = praised("French");
    assert_true(has(d, "ITAGOV", "FRAMIL", "051"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_troops),
        cmocka_unit_test(test_other_troops),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
