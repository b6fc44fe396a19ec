/*
 * test_coder_intent.c - an intent whose complement codes nothing falls back
 * on the block's bare code (030) with a target found down the phrase; a role
 * of no country found there ("vowed to maintain troops") is what the
 * intended act handles, and no event is coded (coder_intent.c). A named
 * country ("vowed to maintain ties with Pakistan") stays the target, and a
 * role the complement's own pattern names keeps its event; a vow of war is
 * no intent to cooperate. Hand-built parses
 * in the shapes the statistical parser gives.
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
    "PAK name : Pakistan\n"
    "[agents]\n"
    "~GOV : minister\n"
    "~MIL : troops\n"
    "[verbs]\n"
    "verb vow => 030\n"
    "- xcomp:* => %intent\n"
    "verb help => 070\n"
    "- obj:@ => 070\n"
    "verb maintain => ---\n"
    "[combine]\n"
    "intent * => 030\n"
    "intent 07 => 033\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static const char *vowed = "The|the|DET|3|det Chinese|Chinese|ADJ|3|amod minister|minister|NOUN|4|nsubj "
                           "vowed|vow|VERB|0|root to|to|PART|6|mark ";

static chr_doc *vow(const char *rest) {
    char spec[512];
    snprintf(spec, sizeof spec, "%s%s", vowed, rest);
    return code(spec, NULL, NULL);
}

/* "The Chinese minister vowed to maintain troops": no intent towards troops. */
static void test_role_target_dropped(void **state) {
    (void)state;
    chr_doc *d = vow("maintain|maintain|VERB|4|xcomp troops|troops|NOUN|6|obj");
    assert_false(has(d, "CHNGOV", "---MIL", "030"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The Chinese minister vowed to maintain ties with Pakistan": 030 to Pakistan. */
static void test_country_target_kept(void **state) {
    (void)state;
    chr_doc *d = vow("maintain|maintain|VERB|4|xcomp ties|tie|NOUN|6|obj with|with|ADP|9|case "
                     "Pakistan|Pakistan|PROPN|6|obl");
    assert_true(has(d, "CHNGOV", "PAK", "030"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* "The Chinese minister vowed to wage war with Pakistan": no intent to
 * cooperate with Pakistan. */
static void test_vow_of_war_dropped(void **state) {
    (void)state;
    chr_doc *d = vow("wage|wage|VERB|4|xcomp war|war|NOUN|6|obj with|with|ADP|9|case Pakistan|Pakistan|PROPN|6|obl");
    assert_false(has(d, "CHNGOV", "PAK", "030"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The Chinese minister vowed to help troops": the complement codes (070),
 * its named target stays (033). */
static void test_coded_complement_kept(void **state) {
    (void)state;
    chr_doc *d = vow("help|help|VERB|4|xcomp troops|troops|NOUN|6|obj");
    assert_true(has(d, "CHNGOV", "---MIL", "033"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_target_dropped),
        cmocka_unit_test(test_country_target_kept),
        cmocka_unit_test(test_coded_complement_kept),
        cmocka_unit_test(test_vow_of_war_dropped),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
