/*
 * test_actors_pronoun.c - "he", "him", "she" and "her" stand for a person
 * (actors_pronoun.c): in "the court said Mobutu criticized him" "him" is no
 * court, while in "the minister said Mobutu criticized him" it is the
 * minister.
 * Hand-built parses.
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
    "[agents]\n"
    "~JUD : court\n"
    "~GOV : minister\n"
    "[actors]\n"
    "CODGOV : Mobutu\n"
    "[verbs]\n"
    "verb say => ---\n"
    "verb criticize => 111\n"
    "- obj:@ => 111\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *said(const char *speaker) {
    char spec[256];
    snprintf(spec, sizeof spec,
             "The|the|DET|2|det %s|%s|NOUN|3|nsubj said|say|VERB|0|root Mobutu|Mobutu|PROPN|5|nsubj "
             "criticized|criticize|VERB|3|ccomp him|he|PRON|5|obj",
             speaker, speaker);
    return code(spec, NULL, NULL);
}

static void test_he_is_a_person(void **state) {
    (void)state;
    chr_doc *d = said("court");
    assert_false(has(d, "CODGOV", "---JUD", "111"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = said("minister");
    assert_true(has(d, "CODGOV", "---GOV", "111"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_he_is_a_person),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
