/*
 * test_coder_gathering.c - the members of a gathering of more than three
 * parties are no pairwise meetings (coder_gathering.c): "Egypt, Jordan,
 * Israel and Syria met" codes nothing, while "Egypt and Jordan met" codes
 * both directions, one party meeting a list ("Egypt met Jordan, Israel
 * and Syria") a meeting with each and two lists facing each other each pair;
 * three parties with more than three members gather too. Hand-built parses in the shapes the
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
    "EGY name : Egypt\n"
    "JOR name : Jordan\n"
    "ISR name : Israel\n"
    "SYR name : Syria\n"
    "EGY adj : Egyptian\n"
    "JOR adj : Jordanian\n"
    "[agents]\n"
    "~GOV : officials\n"
    "[verbs]\n"
    "verb meet => 040\n"
    "- obj:@ => 040:040\n"
    "- subj:@both => 040\n"
    "verb hold => ---\n"
    "- obj:talks => 040:040\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "Egypt , Jordan , Israel and Syria met": four parties of one gathering. */
static void test_four_met(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|8|nsubj ,|,|PUNCT|3|punct Jordan|Jordan|PROPN|1|conj "
                      ",|,|PUNCT|5|punct Israel|Israel|PROPN|1|conj and|and|CCONJ|7|cc "
                      "Syria|Syria|PROPN|1|conj met|meet|VERB|0|root",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Egypt , Jordan , Israel and Syria held talks": the same through the
 * cooperation rule (a compound subject, no target). */
static void test_four_held_talks(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|8|nsubj ,|,|PUNCT|3|punct Jordan|Jordan|PROPN|1|conj "
                      ",|,|PUNCT|5|punct Israel|Israel|PROPN|1|conj and|and|CCONJ|7|cc "
                      "Syria|Syria|PROPN|1|conj held|hold|VERB|0|root talks|talks|NOUN|8|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Egypt and Jordan met": a meeting of two, both directions. */
static void test_two_met(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|4|nsubj and|and|CCONJ|3|cc Jordan|Jordan|PROPN|1|conj "
                      "met|meet|VERB|0|root",
                      NULL, NULL);
    assert_true(has(d, "EGY", "JOR", "040"));
    assert_true(has(d, "JOR", "EGY", "040"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* "Egypt met Jordan , Israel and Syria": one party meets each of a list. */
static void test_one_meets_list(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|2|nsubj met|meet|VERB|0|root Jordan|Jordan|PROPN|2|obj "
                      ",|,|PUNCT|5|punct Israel|Israel|PROPN|3|conj and|and|CCONJ|7|cc "
                      "Syria|Syria|PROPN|3|conj",
                      NULL, NULL);
    assert_true(has(d, "EGY", "JOR", "040"));
    assert_true(has(d, "EGY", "ISR", "040"));
    assert_true(has(d, "SYR", "EGY", "040"));
    assert_int_equal(nevents(d), 6);
    chr_doc_free(d);
}

/* "Egypt and Jordan met Israel and Syria": two lists facing each other
 * stay pair by pair (PETRARCH's compound rule). */
static void test_lists_meet(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|4|nsubj and|and|CCONJ|3|cc Jordan|Jordan|PROPN|1|conj "
                      "met|meet|VERB|0|root Israel|Israel|PROPN|4|obj and|and|CCONJ|7|cc "
                      "Syria|Syria|PROPN|5|conj",
                      NULL, NULL);
    assert_true(has(d, "EGY", "ISR", "040"));
    assert_true(has(d, "SYR", "JOR", "040"));
    assert_int_equal(nevents(d), 8);
    chr_doc_free(d);
}

/* "Egypt , Jordanian officials , Jordan and Syria met": three parties with
 * four members gather; "Egypt , Egyptian officials , Jordan and Jordanian
 * officials met": two parties meet, each member with the other party's. */
static void test_members_and_parties(void **state) {
    (void)state;
    chr_doc *d = code("Egypt|Egypt|PROPN|9|nsubj ,|,|PUNCT|4|punct Jordanian|Jordanian|ADJ|4|amod "
                      "officials|official|NOUN|1|conj ,|,|PUNCT|6|punct Jordan|Jordan|PROPN|1|conj "
                      "and|and|CCONJ|8|cc Syria|Syria|PROPN|1|conj met|meet|VERB|0|root",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Egypt|Egypt|PROPN|10|nsubj ,|,|PUNCT|4|punct Egyptian|Egyptian|ADJ|4|amod "
             "officials|official|NOUN|1|conj ,|,|PUNCT|6|punct Jordan|Jordan|PROPN|1|conj "
             "and|and|CCONJ|9|cc Jordanian|Jordanian|ADJ|9|amod officials|official|NOUN|1|conj "
             "met|meet|VERB|0|root",
             NULL, NULL);
    assert_true(has(d, "EGYGOV", "JORGOV", "040"));
    assert_true(has(d, "JOR", "EGY", "040"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_four_met),
        cmocka_unit_test(test_four_held_talks),
        cmocka_unit_test(test_two_met),
        cmocka_unit_test(test_one_meets_list),
        cmocka_unit_test(test_lists_meet),
        cmocka_unit_test(test_members_and_parties),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
