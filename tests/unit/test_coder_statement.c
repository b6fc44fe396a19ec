/*
 * test_coder_statement.c - a statement or a rejection whose pattern names
 * no target is aimed at the verb's own argument (object, indirect object,
 * oblique, or the maker named in the object's phrase), never at an actor
 * of a clause below it: "told reporters that Ethiopia would help" is no
 * statement to Ethiopia, "dismissed the idea that Ethiopia had attacked"
 * no rejection of Ethiopia; "told Ethiopia that ...", "rejected deals
 * signed by Ethiopia" and a worry about the subject of its clause
 * ("expressed concern that Ethiopia would close the border") keep theirs,
 * and so does a demand made of a clause's subject ("ordered that Ethiopia
 * withdraw"), but not one about what the clause names ("ordered that the
 * border be opened to refugees"); an order of a state named alone to its
 * own offices is no demand at all ("ordered the government to reopen").
 * Hand-built parses, so that the rule is tested apart from the parser.
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
    "ETH name : Ethiopia\n"
    "ERI name : Eritrea\n"
    "FRA name : France\n"
    "[agents]\n"
    "~REF : refugee{,s}\n"
    "~GOV : government\n"
    "~EDU : school{,s}\n"
    "[combine]\n"
    "demand * => 100\n"
    "[skip]\n"
    "reporter : reporter{,s}\n"
    "[verbs]\n"
    "verb tell => 010\n"
    "verb reject | dismiss => 120\n"
    "verb order => 100\n"
    "- ccomp:* => 100\n"
    "- obj:@ xcomp:* => %demand\n"
    "verb express => ---\n"
    "- obj:concern => 012\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "France told reporters that Ethiopia would help": about Ethiopia, to no
 * one; "France told Ethiopia that Eritrea would help": to Ethiopia only. */
static void test_statement_needs_addressee(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj told|tell|VERB|0|root reporters|reporter|NOUN|2|obj "
                      "that|that|SCONJ|7|mark Ethiopia|Ethiopia|PROPN|7|nsubj would|would|AUX|7|aux "
                      "help|help|VERB|2|ccomp",
                      NULL, NULL);
    assert_false(has(d, "FRA", "ETH", "010"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj told|tell|VERB|0|root Ethiopia|Ethiopia|PROPN|2|obj "
             "that|that|SCONJ|7|mark Eritrea|Eritrea|PROPN|7|nsubj would|would|AUX|7|aux "
             "help|help|VERB|2|ccomp",
             NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "010"));
    assert_false(has(d, "FRA", "ERI", "010"));
    chr_doc_free(d);
}

/* "Eritrea dismissed the idea that Ethiopia had attacked": no rejection of
 * Ethiopia; "Eritrea rejected deals signed by Ethiopia": Ethiopia made what
 * is rejected. */
static void test_rejection_of_a_maker_not_a_topic(void **state) {
    (void)state;
    chr_doc *d = code("Eritrea|Eritrea|PROPN|2|nsubj dismissed|dismiss|VERB|0|root the|the|DET|4|det "
                      "idea|idea|NOUN|2|obj that|that|SCONJ|8|mark Ethiopia|Ethiopia|PROPN|8|nsubj "
                      "had|have|AUX|8|aux attacked|attack|VERB|4|acl",
                      NULL, NULL);
    assert_false(has(d, "ERI", "ETH", "120"));
    chr_doc_free(d);
    d = code("Eritrea|Eritrea|PROPN|2|nsubj rejected|reject|VERB|0|root deals|deal|NOUN|2|obj "
             "signed|sign|VERB|3|acl by|by|ADP|6|case Ethiopia|Ethiopia|PROPN|4|obl",
             NULL, NULL);
    assert_true(has(d, "ERI", "ETH", "120"));
    chr_doc_free(d);
}

/* "France expressed concern that Ethiopia would close the border": a worry
 * about Ethiopia, the subject of the clause. */
static void test_worry_about_clause_subject(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj expressed|express|VERB|0|root concern|concern|NOUN|2|obj "
                      "that|that|SCONJ|7|mark Ethiopia|Ethiopia|PROPN|7|nsubj would|would|AUX|7|aux "
                      "close|close|VERB|3|acl the|the|DET|9|det border|border|NOUN|7|obj",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "012"));
    chr_doc_free(d);
}

/* "France ordered that Ethiopia withdraw": a demand made of Ethiopia;
 * "France ordered that the border be opened to refugees": the refugees are
 * what the order is about, no one it is made of. */
static void test_demand_of_clause_subject(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj ordered|order|VERB|0|root that|that|SCONJ|5|mark "
                      "Ethiopia|Ethiopia|PROPN|5|nsubj withdraw|withdraw|VERB|2|ccomp",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "100"));
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj ordered|order|VERB|0|root that|that|SCONJ|7|mark the|the|DET|5|det "
             "border|border|NOUN|7|nsubj:pass be|be|AUX|7|aux:pass opened|open|VERB|2|ccomp "
             "to|to|ADP|9|case refugees|refugee|NOUN|7|obl",
             NULL, NULL);
    assert_false(has(d, "FRA", "---REF", "100"));
    chr_doc_free(d);
}

/* "France ordered the government / schools to reopen": a state named alone
 * governing its own offices (coder_scope.c, chrCoder_ownCommand), no demand
 * made of another; "France ordered Ethiopia to reopen" is one. */
static void test_own_command_of_a_state(void **state) {
    (void)state;
    static const char *const obj[] = {"government|government|NOUN|2|obj", "schools|school|NOUN|2|obj",
                                      "Ethiopia|Ethiopia|PROPN|2|obj"};
    for (size_t i = 0; i < sizeof obj / sizeof *obj; i++) {
        char spec[256];
        snprintf(spec, sizeof spec, "France|France|PROPN|2|nsubj ordered|order|VERB|0|root %s to|to|PART|5|mark "
                 "reopen|reopen|VERB|2|xcomp", obj[i]);
        chr_doc *d = code(spec, NULL, NULL);
        if (i < 2) assert_int_equal(nevents(d), 0);
        else assert_true(has(d, "FRA", "ETH", "100"));
        chr_doc_free(d);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_statement_needs_addressee),
        cmocka_unit_test(test_rejection_of_a_maker_not_a_topic),
        cmocka_unit_test(test_worry_about_clause_subject),
        cmocka_unit_test(test_demand_of_clause_subject),
        cmocka_unit_test(test_own_command_of_a_state),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
