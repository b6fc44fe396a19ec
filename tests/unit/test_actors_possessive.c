/*
 * test_actors_possessive.c - a dictionary name with a possessive ending
 * inside ("National People 's Congress") that the parser cut after the
 * "'s" is still matched whole (actors.c, name_goes_on): "the Committee of
 * China's National People's Congress met Italian officials" codes the
 * legislature, not China's civilians ("people"). Hand-built parse in the
 * shape the statistical parser gives.
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
    "ITA adj : Italian\n"
    "[actors]\n"
    "CHNLEG (org) : National People 's Congress\n"
    "[agents]\n"
    "~GOV : official{,s}\n"
    "~CVL : people\n"
    "[verbs]\n"
    "verb meet => 040\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_cut_after_possessive(void **state) {
    (void)state;
    /* the Committee of China 's National People 's | Congress met Italian officials */
    chr_doc *d = code("the|the|DET|2|det Committee|Committee|PROPN|10|nsubj of|of|ADP|7|case "
                      "China|China|PROPN|7|nmod:poss 's|'s|PART|4|case National|National|ADJ|7|amod "
                      "People|People|PROPN|2|nmod 's|'s|PART|7|case Congress|Congress|PROPN|10|dep "
                      "met|meet|VERB|0|root Italian|Italian|ADJ|12|amod officials|official|NOUN|10|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 1);
    assert_true(has(d, "CHNLEG", "ITAGOV", "040"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cut_after_possessive),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
