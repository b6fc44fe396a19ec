/*
 * test_actors_acronym.c - an acronym the story defines itself wins over
 * the dictionary's (actors_acronym.c): after "the International Commission
 * of Jurists (ICJ) criticised Nepal", "The ICJ urged Nepal" is the jurists'
 * appeal (NGOJUR), not the World Court's the dictionary lists as ICJ; a story
 * that defines no ICJ, or defines it by a long name the dictionary does not
 * list, keeps the dictionary's meaning. Hand-built parses in the shapes the
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
    "NPL name : Nepal\n"
    "[actors]\n"
    "IGOUNOICJ (org) : International Court of Justice | =ICJ\n"
    "NGOJUR (org) : International Commission of Jurists\n"
    "[verbs]\n"
    "verb urge => 020\n"
    "verb criticise => 111\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

#define URGE "The|the|DET|2|det ICJ|ICJ|PROPN|3|nsubj urged|urge|VERB|0|root Nepal|Nepal|PROPN|3|obj"

static void test_defined_by_story(void **state) {
    (void)state;
    chr_doc *d = code("the|the|DET|2|det International|International|PROPN|9|nsubj Commission|Commission|PROPN|2|flat "
                      "of|of|ADP|5|case Jurists|Jurists|PROPN|2|nmod (|(|PUNCT|7|punct ICJ|ICJ|PROPN|2|appos "
                      ")|)|PUNCT|7|punct criticised|criticise|VERB|0|root Nepal|Nepal|PROPN|9|obj // " URGE,
                      NULL, NULL);
    assert_true(has(d, "NGOJUR", "NPL", "020"));
    assert_false(has(d, "IGOUNOICJ", "NPL", "020"));
    chr_doc_free(d);
}

static void test_not_defined(void **state) {
    (void)state;
    chr_doc *d = code(URGE, NULL, NULL);
    assert_int_equal(nevents(d), 1);
    assert_true(has(d, "IGOUNOICJ", "NPL", "020"));
    chr_doc_free(d);
    /* "the Indian Cricket Jamboree (ICJ)": a long name the dictionary does not list */
    d = code("the|the|DET|2|det Indian|Indian|PROPN|0|root Cricket|Cricket|PROPN|2|flat Jamboree|Jamboree|PROPN|2|flat "
             "(|(|PUNCT|6|punct ICJ|ICJ|PROPN|2|appos )|)|PUNCT|6|punct // " URGE,
             NULL, NULL);
    assert_true(has(d, "IGOUNOICJ", "NPL", "020"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defined_by_story),
        cmocka_unit_test(test_not_defined),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
