/*
 * test_coder_visiting.c - "met with visiting X", "told visiting X": the
 * participle "visiting" before a noun phrase describes the visitor X, who is
 * the partner of the verb it hangs on, not the destination of a visit by the
 * sentence's subject (coder_visiting.c). "after visiting Y" stays a visit.
 * A visit or meeting that is the setting of a verb ("spoke during his visit
 * to Y") is the subject's (coder.c); an attack as setting says nothing of who
 * attacked. Hand-built parses in the shapes the statistical parser gives.
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
    "CHN adj : Chinese\n"
    "RUS adj : Russian\n"
    "UGA name : Uganda\n"
    "[agents]\n"
    "~GOV : minister | premier\n"
    "[actors]\n"
    "IGOAFU : African Union\n"
    "[verbs]\n"
    "verb meet => 040\n"
    "- with:@ => 040:040\n"
    "verb tell => 010\n"
    "- obj:@ => 010\n"
    "verb visit => 042:043\n"
    "- obj:@ => 042:043\n"
    "verb leave => ---\n"
    "verb speak | prepare => ---\n"
    "verb arrive => ---\n"
    "- in:@ => 042:043\n"
    "noun visit => 042\n"
    "- to:@ => 042:043\n"
    "noun attack => 190\n"
    "- on:@ => 190\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "The Chinese premier met with visiting Russian minister": parsed with
 * "with" as the participle's marker and the minister as its object. */
static void test_met_with_visiting(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det Chinese|Chinese|ADJ|3|amod premier|premier|NOUN|4|nsubj "
                      "met|meet|VERB|0|root with|with|SCONJ|6|mark visiting|visit|VERB|4|advcl "
                      "Russian|Russian|ADJ|8|amod minister|minister|NOUN|6|obj",
                      NULL, NULL);
    assert_true(has(d, "CHNGOV", "RUSGOV", "040"));
    assert_true(has(d, "RUSGOV", "CHNGOV", "040"));
    assert_false(has(d, "CHNGOV", "RUSGOV", "042"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* "The Chinese premier told visiting Russian minister": a statement to him. */
static void test_told_visiting(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det Chinese|Chinese|ADJ|3|amod premier|premier|NOUN|4|nsubj "
                      "told|tell|VERB|0|root visiting|visit|VERB|4|xcomp "
                      "Russian|Russian|ADJ|7|amod minister|minister|NOUN|5|obj",
                      NULL, NULL);
    assert_true(has(d, "CHNGOV", "RUSGOV", "010"));
    assert_false(has(d, "CHNGOV", "RUSGOV", "042"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* "The African Union left after visiting Uganda": a visit of its own. */
static void test_after_visiting(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det African|African|PROPN|3|compound Union|Union|PROPN|4|nsubj "
                      "left|leave|VERB|0|root after|after|SCONJ|6|mark visiting|visit|VERB|4|advcl "
                      "Uganda|Uganda|PROPN|6|obj",
                      NULL, NULL);
    assert_true(has(d, "IGOAFU", "UGA", "042"));
    chr_doc_free(d);
}

/* "The Chinese premier spoke during his visit to Uganda": his visit;
 * "... spoke during an attack on Uganda": no attack by him. */
static void test_visit_as_setting(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det Chinese|Chinese|ADJ|3|amod premier|premier|NOUN|4|nsubj "
                      "spoke|speak|VERB|0|root during|during|ADP|7|case his|his|PRON|7|nmod:poss "
                      "visit|visit|NOUN|4|obl to|to|ADP|9|case Uganda|Uganda|PROPN|7|nmod",
                      NULL, NULL);
    assert_true(has(d, "CHNGOV", "UGA", "042"));
    assert_true(has(d, "UGA", "CHNGOV", "043"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    d = code("The|the|DET|3|det Chinese|Chinese|ADJ|3|amod premier|premier|NOUN|4|nsubj "
             "spoke|speak|VERB|0|root during|during|ADP|7|case an|a|DET|7|det "
             "attack|attack|NOUN|4|obl on|on|ADP|9|case Uganda|Uganda|PROPN|7|nmod",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The Chinese premier arrived for a visit to Uganda": the purpose of a verb
 * of travel; "... prepared for a visit to Uganda" reports none. */
static void test_visit_as_purpose(void **state) {
    (void)state;
    const char *verbs[][2] = {{"arrived", "arrive"}, {"prepared", "prepare"}};
    for (int i = 0; i < 2; i++) {
        char spec[512];
        snprintf(spec, sizeof spec,
                 "The|the|DET|3|det Chinese|Chinese|ADJ|3|amod premier|premier|NOUN|4|nsubj "
                 "%s|%s|VERB|0|root for|for|ADP|7|case a|a|DET|7|det "
                 "visit|visit|NOUN|4|obl to|to|ADP|9|case Uganda|Uganda|PROPN|7|nmod",
                 verbs[i][0], verbs[i][1]);
        chr_doc *d = code(spec, NULL, NULL);
        assert_int_equal(has(d, "CHNGOV", "UGA", "042"), i == 0);
        assert_int_equal(nevents(d), i == 0 ? 2 : 0);
        chr_doc_free(d);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_met_with_visiting),
        cmocka_unit_test(test_told_visiting),
        cmocka_unit_test(test_after_visiting),
        cmocka_unit_test(test_visit_as_setting),
        cmocka_unit_test(test_visit_as_purpose),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
