/*
 * test_coder_media.c - reporters and news outlets are no parties to
 * statements or meetings: "Albanian officials met journalists" codes no
 * meeting (coder_media.c) while "met Italian officials" does and an arrest
 * of journalists stays an event; and a news outlet whose name the parser
 * cut after its country ("told Kuwait News Agency") names no actor
 * (actors.c). Hand-built parses in the shapes the statistical parser gives.
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
    "ITA adj : Italian\n"
    "KWT name : Kuwait\n"
    "[agents]\n"
    "~GOV : official{,s}\n"
    "~MED : journalist{,s}\n"
    "[skip]\n"
    "reporter : news agency | television\n"
    "[verbs]\n"
    "verb meet => 040\n"
    "verb arrest => 173\n"
    "verb tell => ---\n"
    "- iobj:@ => 010\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "Albanian officials met journalists": how news is gathered, no meeting. */
static void test_met_journalists(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj met|meet|VERB|0|root "
                      "journalists|journalist|NOUN|3|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Albanian officials met Italian officials": a meeting. */
static void test_met_officials(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj met|meet|VERB|0|root "
                      "Italian|Italian|ADJ|5|amod officials|official|NOUN|3|obj",
                      NULL, NULL);
    assert_true(has(d, "ALBGOV", "ITAGOV", "040"));
    chr_doc_free(d);
}

/* "Albanian officials arrested journalists": coercion of reporters stays an event. */
static void test_arrested_journalists(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj arrested|arrest|VERB|0|root "
                      "journalists|journalist|NOUN|3|obj",
                      NULL, NULL);
    assert_true(has(d, "ALBGOV", "---MED", "173"));
    chr_doc_free(d);
}

/* "Albanian officials told Kuwait News Agency", the outlet's name cut after
 * the country: no statement to Kuwait; "told Kuwait" is one. */
static void test_told_split_outlet(void **state) {
    (void)state;
    chr_doc *d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj told|tell|VERB|0|root "
                      "Kuwait|Kuwait|PROPN|3|iobj News|News|PROPN|6|compound Agency|Agency|PROPN|3|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Albanian|Albanian|ADJ|2|amod officials|official|NOUN|3|nsubj told|tell|VERB|0|root "
             "Kuwait|Kuwait|PROPN|3|iobj",
             NULL, NULL);
    assert_true(has(d, "ALBGOV", "KWT", "010"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_met_journalists),
        cmocka_unit_test(test_met_officials),
        cmocka_unit_test(test_arrested_journalists),
        cmocka_unit_test(test_told_split_outlet),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
