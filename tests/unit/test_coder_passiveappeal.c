/*
 * test_coder_passiveappeal.c - "called for Antarctica to be transferred":
 * a passive complement names the actor acted upon, not the one asked to
 * act, so no appeal is coded (coder_passiveappeal.c); "called for
 * Antarctica to act" stays an appeal to it. Parses in the shape the
 * statistical parser gives (the complement as advcl with "to").
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
    "MYS name : Malaysia\n"
    "ATA name : Antarctica\n"
    "[combine]\n"
    "appeal * => 020\n"
    "[verbs]\n"
    "verb call => ---\n"
    "- for:@ xcomp:* => %appeal\n"
    "verb transfer | act => ---\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_passive_complement(void **state) {
    (void)state;
    chr_doc *d = code("Malaysia|Malaysia|PROPN|2|nsubj called|call|VERB|0|root for|for|ADP|4|case "
                      "Antarctica|Antarctica|PROPN|2|obl to|to|PART|7|mark be|be|AUX|7|aux:pass "
                      "transferred|transfer|VERB|2|advcl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_active_complement(void **state) {
    (void)state;
    chr_doc *d = code("Malaysia|Malaysia|PROPN|2|nsubj called|call|VERB|0|root for|for|ADP|4|case "
                      "Antarctica|Antarctica|PROPN|2|obl to|to|PART|6|mark act|act|VERB|2|advcl",
                      NULL, NULL);
    assert_true(has(d, "MYS", "ATA", "020"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passive_complement),
        cmocka_unit_test(test_active_complement),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
