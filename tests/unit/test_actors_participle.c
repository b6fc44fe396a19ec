/*
 * test_actors_participle.c - a one-word agent that is a participle modifying
 * a head naming no actor describes a thing ("police searched suspected
 * vehicles": no criminals), as an adjective agent does ("official
 * residence"); as a noun it still names one ("police searched the
 * suspects"). actors.c, adjective_role. Hand-built parses.
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
    "~COP : police\n"
    "~CRM : suspect{,s} | suspected\n"
    "[verbs]\n"
    "verb search => 175\n"
    "- obj:@ => 175\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_participle_describes_thing(void **state) {
    (void)state;
    chr_doc *d = code("Police|police|NOUN|2|nsubj searched|search|VERB|0|root suspected|suspect|VERB|4|amod "
                      "vehicles|vehicle|NOUN|2|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Police|police|NOUN|2|nsubj searched|search|VERB|0|root the|the|DET|4|det "
             "suspects|suspect|NOUN|2|obj",
             NULL, NULL);
    assert_true(has(d, "---COP", "---CRM", "175"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle_describes_thing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
