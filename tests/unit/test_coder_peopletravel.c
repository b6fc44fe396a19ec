/*
 * test_coder_peopletravel.c - a country named only by its people (a plural
 * demonym, or a demonym before a common noun that is no agent word) makes
 * no state visit (coder_peopletravel.c): "Albanians arrived in Italy" and
 * "Turkish engineers arrived in Italy" code nothing, "Albanian officials
 * arrived in Italy" codes the visit; refugees visit no one and firms host
 * no one. Hand-built parses in the shapes the
 * statistical parser gives.
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
    "ALB adj : Albanian | Albanians\n"
    "TUR adj : Turkish\n"
    "ITA name : Italy\n"
    "ITA adj : Italian\n"
    "[agents]\n"
    "~GOV : official | officials\n"
    "~REF : refugee | refugees\n"
    "~BUS : firm | firms\n"
    "~CVL : pilgrim | pilgrims\n"
    "[verbs]\n"
    "verb arrive => ---\n"
    "- in:@ => 042:043\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "Albanians arrived in Italy": migrants, no visit. */
static void test_people_arrive(void **state) {
    (void)state;
    chr_doc *d = code("Albanians|Albanians|PROPN|2|nsubj arrived|arrive|VERB|0|root in|in|ADP|4|case "
                      "Italy|Italy|PROPN|2|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Turkish engineers arrived in Italy": a demonym before a common noun. */
static void test_engineers_arrive(void **state) {
    (void)state;
    chr_doc *d = code("Turkish|Turkish|ADJ|2|amod engineers|engineer|NOUN|3|nsubj arrived|arrive|VERB|0|root "
                      "in|in|ADP|5|case Italy|Italy|PROPN|3|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Albanian officials arrived in Italy": a visit, both directions. */
static void test_officials_arrive(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj arrived|arrive|VERB|0|root "
                      "in|in|ADP|5|case Italy|Italy|PROPN|3|obl",
                      NULL, NULL);
    assert_true(has(d, "ALBGOV", "ITA", "042"));
    assert_true(has(d, "ITA", "ALBGOV", "043"));
    chr_doc_free(d);
}

/* "Albanian refugees arrived in Italy": refugees make no visit; "Albanian
 * officials visited Italian firms": a firm hosts no state visit. */
static void test_refugees_and_firms(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod refugees|refugee|NOUN|3|nsubj arrived|arrive|VERB|0|root "
                      "in|in|ADP|5|case Italy|Italy|PROPN|3|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj arrived|arrive|VERB|0|root "
             "in|in|ADP|6|case Italian|Italian|ADJ|6|amod firms|firm|NOUN|3|obl",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Pilgrims arrived in Italy": people of no country make no visit. */
static void test_pilgrims_arrive(void **state) {
    (void)state;
    chr_doc *d = code("Pilgrims|pilgrim|NOUN|2|nsubj arrived|arrive|VERB|0|root in|in|ADP|4|case "
                      "Italy|Italy|PROPN|2|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_people_arrive),
        cmocka_unit_test(test_engineers_arrive),
        cmocka_unit_test(test_officials_arrive),
        cmocka_unit_test(test_refugees_and_firms),
        cmocka_unit_test(test_pilgrims_arrive),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
