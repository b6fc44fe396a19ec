/*
 * test_coder_address.c - verb-on-verb acts addressed to someone ("X urged Y
 * to V", "X told Y to V"): the combined appeal or demand goes from X to the
 * addressee Y the pattern names, whichever role the parser gave Y (object or
 * indirect object), and not to the complement's own actors; a to-clause the
 * parser hung as an adverbial clause after Y is the complement for verbs
 * that address someone; with no coded complement the act keeps the table's
 * general code; an act on a clause ("demanded that Y ...") is addressed to
 * the clause's subject. Hand-built parses, so that the rules are tested apart from
 * the statistical parser.
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
    "~GOV : government\n"
    "~REF : refugee{,s}\n"
    "[actors]\n"
    "IGOAFU : African Union\n"
    "IGOARL : Arab League\n"
    "[combine]\n"
    "appeal 084 => 0253\n"
    "appeal 04 => 026\n"
    "appeal 087 => 0256\n"
    "appeal * => 020\n"
    "demand 084 => 1053\n"
    "demand * => 100\n"
    "[verbs]\n"
    "verb urge => 020\n"
    "- obj:@ xcomp:* => %appeal\n"
    "- iobj:@ xcomp:* => %appeal\n"
    "- xcomp:* => %appeal\n"
    "verb tell => 010\n"
    "- obj:@ xcomp:* => %demand\n"
    "verb call => ---\n"
    "- on:@ xcomp:* => %appeal\n"
    "- obj:@ xcomp:* => %appeal\n"
    "verb send => ---\n"
    "verb demand => 100\n"
    "- ccomp:* => %demand\n"
    "verb withdraw => 087\n"
    "verb release | free => 084\n"
    "verb negotiate => 046\n"
    "- with:@ => 046:046\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "France urged Ethiopia to free refugees": an appeal to Ethiopia, with the
 * inner act's code (release -> 0253), whether the parser made Ethiopia the
 * object or the indirect object; not an appeal to the refugees. */
static void test_appeal_to_addressee(void **state) {
    (void)state;
    const char *rels[] = {"obj", "iobj"};
    for (int i = 0; i < 2; i++) {
        char spec[512];
        snprintf(spec, sizeof spec,
                 "France|France|PROPN|2|nsubj urged|urge|VERB|0|root Ethiopia|Ethiopia|PROPN|2|%s "
                 "to|to|PART|5|mark free|free|VERB|2|xcomp refugees|refugee|NOUN|5|obj",
                 rels[i]);
        chr_doc *d = code(spec, NULL, NULL);
        assert_true(has(d, "FRA", "ETH", "0253"));
        assert_false(has(d, "FRA", "---REF", "0253"));
        assert_int_equal(nevents(d), 1);
        chr_doc_free(d);
    }
}

/* Each member of a compound source appeals; a paired inner act ("negotiate
 * with Eritrea", 046:046) gives one appeal, to the addressee. */
static void test_compound_and_paired(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det African|African|PROPN|3|compound Union|Union|PROPN|8|nsubj "
                      "and|and|CCONJ|7|cc the|the|DET|7|det Arab|Arab|PROPN|7|compound League|League|PROPN|3|conj "
                      "urged|urge|VERB|0|root Ethiopia|Ethiopia|PROPN|8|iobj to|to|PART|11|mark "
                      "negotiate|negotiate|VERB|8|xcomp with|with|ADP|13|case Eritrea|Eritrea|PROPN|11|obl",
                      NULL, NULL);
    assert_true(has(d, "IGOAFU", "ETH", "026"));
    assert_true(has(d, "IGOARL", "ETH", "026"));
    assert_false(has(d, "IGOAFU", "ERI", "026"));
    assert_false(has(d, "ERI", "IGOAFU", "026"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* A demand is addressed the same way ("told Ethiopia to free refugees");
 * without an addressee the complement keeps its own target ("urged to
 * negotiate with Eritrea": an appeal concerning Eritrea). */
static void test_demand_and_no_addressee(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj told|tell|VERB|0|root Ethiopia|Ethiopia|PROPN|2|obj "
                      "to|to|PART|5|mark free|free|VERB|2|xcomp refugees|refugee|NOUN|5|obj",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "1053"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj urged|urge|VERB|0|root to|to|PART|4|mark "
             "negotiate|negotiate|VERB|2|xcomp with|with|ADP|6|case Eritrea|Eritrea|PROPN|4|obl",
             NULL, NULL);
    assert_true(has(d, "FRA", "ERI", "026"));
    chr_doc_free(d);
}

/* "France called on Ethiopia to withdraw" with "to withdraw" an adverbial
 * clause: the appeal to withdraw, to Ethiopia; "France sent Ethiopia to
 * free refugees": send addresses no one, the clause is coded on its own. */
static void test_adverbial_complement(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj called|call|VERB|0|root on|on|ADP|4|case "
                      "Ethiopia|Ethiopia|PROPN|2|obl to|to|PART|6|mark withdraw|withdraw|VERB|2|advcl",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "0256"));
    assert_false(has(d, "FRA", "---", "087"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj sent|send|VERB|0|root Ethiopia|Ethiopia|PROPN|2|obj "
             "to|to|PART|5|mark free|free|VERB|2|advcl refugees|refugee|NOUN|5|obj",
             NULL, NULL);
    assert_false(has(d, "FRA", "ETH", "0253"));
    assert_true(has(d, "FRA", "---REF", "084"));
    chr_doc_free(d);
}

/* "France called on Ethiopia to rest": no coded complement, still an appeal
 * to Ethiopia (appeal * => 020); "France called Ethiopia weak" names. */
static void test_general_code(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj called|call|VERB|0|root on|on|ADP|4|case "
                      "Ethiopia|Ethiopia|PROPN|2|obl to|to|PART|6|mark rest|rest|VERB|2|xcomp",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "020"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj called|call|VERB|0|root Ethiopia|Ethiopia|PROPN|2|obj "
             "weak|weak|ADJ|2|xcomp",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "France demanded that Ethiopia free refugees": a demand to the clause's
 * subject, not Ethiopia's release of refugees. */
static void test_clause_addressee(void **state) {
    (void)state;
    chr_doc *d = code("France|France|PROPN|2|nsubj demanded|demand|VERB|0|root that|that|SCONJ|5|mark "
                      "Ethiopia|Ethiopia|PROPN|5|nsubj free|free|VERB|2|ccomp refugees|refugee|NOUN|5|obj",
                      NULL, NULL);
    assert_true(has(d, "FRA", "ETH", "1053"));
    assert_false(has(d, "ETH", "---REF", "1053"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appeal_to_addressee),
        cmocka_unit_test(test_compound_and_paired),
        cmocka_unit_test(test_demand_and_no_addressee),
        cmocka_unit_test(test_adverbial_complement),
        cmocka_unit_test(test_general_code),
        cmocka_unit_test(test_clause_addressee),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
