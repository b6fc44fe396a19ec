/*
 * test_actors_meeting.c - a name that only names a meeting below the
 * phrase head is no actor (actors.c, names_meeting): "Ukraine welcomed the
 * resumption of six-party talks" praises no party, while "Ukraine welcomed
 * the resumption of talks with the party" still names the party as the
 * talks' partner. Hand-built parses in the shapes the statistical parser
 * gives.
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
    "UKR name : Ukraine\n"
    "[agents]\n"
    "~PTY : party | parties\n"
    "[verbs]\n"
    "verb welcome => 051\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_six_party_talks(void **state) {
    (void)state;
    chr_doc *d = code("Ukraine|Ukraine|PROPN|2|nsubj welcomed|welcome|VERB|0|root the|the|DET|4|det "
                      "resumption|resumption|NOUN|2|obj of|of|ADP|9|case six|six|NUM|8|nummod -|-|PUNCT|6|punct "
                      "party|party|NOUN|9|compound talks|talk|NOUN|4|nmod",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_talks_with_party(void **state) {
    (void)state;
    chr_doc *d = code("Ukraine|Ukraine|PROPN|2|nsubj welcomed|welcome|VERB|0|root the|the|DET|4|det "
                      "resumption|resumption|NOUN|2|obj of|of|ADP|6|case talks|talk|NOUN|4|nmod "
                      "with|with|ADP|9|case the|the|DET|9|det party|party|NOUN|6|nmod",
                      NULL, NULL);
    assert_true(has(d, "UKR", "---PTY", "051"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_six_party_talks),
        cmocka_unit_test(test_talks_with_party),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
