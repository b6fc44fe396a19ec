/*
 * test_coder_ownsanction.c - a government dismissing or dissolving its own
 * officials or parliament governs, it sanctions no one
 * (coder_ownsanction.c): "the government suspended senior officers" and
 * "the Israeli government dissolved the Knesset" code nothing; "the
 * government suspended the opposition" and a ban of a party stay 172.
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
    "[countries]\n"
    "ISR adj : Israeli\n"
    "[agents]\n"
    "~GOV : government\n"
    "~COP : officer{,s}\n"
    "~LEG : Knesset\n"
    "~OPP : opposition\n"
    "~PTY : party\n"
    "[verbs]\n"
    "verb suspend | dissolve | ban => 172\n"
    "- obj:@ => 172\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *acted(const char *verb, const char *lemma, const char *object) {
    char spec[256];
    snprintf(spec, sizeof spec,
             "The|the|DET|3|det Israeli|Israeli|ADJ|3|amod government|government|NOUN|4|nsubj %s|%s|VERB|0|root "
             "the|the|DET|6|det %s|%s|NOUN|4|obj",
             verb, lemma, object, object);
    return code(spec, NULL, NULL);
}

static void test_own_apparatus(void **state) {
    (void)state;
    chr_doc *d = acted("suspended", "suspend", "officers");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = acted("dissolved", "dissolve", "Knesset");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_others_sanctioned(void **state) {
    (void)state;
    chr_doc *d = acted("suspended", "suspend", "opposition");
    assert_true(has(d, "ISRGOV", "---OPP", "172"));
    chr_doc_free(d);
    d = acted("banned", "ban", "party");
    assert_true(has(d, "ISRGOV", "---PTY", "172"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_apparatus),
        cmocka_unit_test(test_others_sanctioned),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
