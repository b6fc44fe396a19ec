/*
 * test_coder_against.c - a verb clause marked "against" is an act warned
 * or advised against (coder_against.c): "The German ministry advised
 * nationals against travelling to Iran" codes no visit, while "... after
 * travelling to Iran" does. Parses in the shape the statistical parser
 * gives (the clause as advcl with its mark).
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
    "DEU adj : German\n"
    "IRN name : Iran\n"
    "[agents]\n"
    "~GOV : ministry\n"
    "[verbs]\n"
    "verb advise | speak => ---\n"
    "verb travel => ---\n"
    "- to:@ => 042:043\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *with_mark(const char *verb, const char *lemma, const char *mark) {
    char spec[512];
    snprintf(spec, sizeof spec,
             "The|the|DET|3|det German|German|ADJ|3|amod ministry|ministry|NOUN|4|nsubj %s|%s|VERB|0|root "
             "nationals|national|NOUN|4|obj %s|%s|SCONJ|7|mark travelling|travel|VERB|4|advcl "
             "to|to|ADP|9|case Iran|Iran|PROPN|7|obl",
             verb, lemma, mark, mark);
    return code(spec, NULL, NULL);
}

static void test_advised_against(void **state) {
    (void)state;
    chr_doc *d = with_mark("advised", "advise", "against");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_after_travelling(void **state) {
    (void)state;
    chr_doc *d = with_mark("spoke", "speak", "after");
    assert_true(has(d, "DEUGOV", "IRN", "042"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_advised_against),
        cmocka_unit_test(test_after_travelling),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
