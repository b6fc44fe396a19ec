/*
 * test_actors_entourage.c - "his party" or "her party" conjoined after
 * another actor is that person's entourage, no political party (actors.c,
 * entourage): "the Albanian minister and his party arrived in Italy" codes
 * the minister's visit and none by a party ("---PTY"), while "the party
 * arrived in Italy" still makes the party a guest. Hand-built parses in the
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
    "ALB adj : Albanian\n"
    "ITA name : Italy\n"
    "[agents]\n"
    "~GOV : minister{,s}\n"
    "~PTY : party | parties\n"
    "[verbs]\n"
    "verb arrive => ---\n"
    "- in:@ => 042:043\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_minister_and_his_party(void **state) {
    (void)state;
    chr_doc *d = code("the|the|DET|3|det Albanian|Albanian|ADJ|3|amod minister|minister|NOUN|7|nsubj "
                      "and|and|CCONJ|6|cc his|his|PRON|6|nmod:poss party|party|NOUN|3|conj "
                      "arrived|arrive|VERB|0|root in|in|ADP|9|case Italy|Italy|PROPN|7|obl",
                      NULL, NULL);
    assert_true(has(d, "ALBGOV", "ITA", "042"));
    assert_false(has(d, "---PTY", "ITA", "042"));
    assert_false(has(d, "ALBPTY", "ITA", "042"));
    chr_doc_free(d);
}

static void test_party_alone(void **state) {
    (void)state;
    chr_doc *d = code("the|the|DET|2|det party|party|NOUN|3|nsubj arrived|arrive|VERB|0|root "
                      "in|in|ADP|5|case Italy|Italy|PROPN|3|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 2);
    assert_true(has(d, "---PTY", "ITA", "042"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_minister_and_his_party),
        cmocka_unit_test(test_party_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
