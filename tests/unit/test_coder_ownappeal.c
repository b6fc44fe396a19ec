/*
 * test_coder_ownappeal.c - a national government urging police or
 * government offices of its own country, or of none named, directs its own
 * apparatus: no appeal (coder_ownappeal.c). The same government urging
 * another country's police, its own people, or forces of no country, and
 * an opposition urging the government, stay appeals. Hand-built parses in
 * the shapes the statistical parser gives.
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
    "[agents]\n"
    "~GOV : minister | government\n"
    "~COP : police\n"
    "~MIL : officers\n"
    "~CVL : people\n"
    "~OPP : opposition\n"
    "[verbs]\n"
    "verb urge => 020\n"
    "- obj:@ => 020\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "The Chinese minister urged TARGET": one sentence per target phrase. */
static chr_doc *urged(const char *subject_adj, const char *subject, const char *adj, const char *noun) {
    char spec[512];
    if (!adj) {
        snprintf(spec, sizeof spec,
                 "The|the|DET|3|det %s|%s|ADJ|3|amod %s|%s|NOUN|4|nsubj urged|urge|VERB|0|root %s|%s|NOUN|4|obj",
                 subject_adj, subject_adj, subject, subject, noun, noun);
    } else {
        snprintf(spec, sizeof spec,
                 "The|the|DET|3|det %s|%s|ADJ|3|amod %s|%s|NOUN|4|nsubj urged|urge|VERB|0|root "
                 "%s|%s|ADJ|6|amod %s|%s|NOUN|4|obj",
                 subject_adj, subject_adj, subject, subject, adj, adj, noun, noun);
    }
    return code(spec, NULL, NULL);
}

/* Its own police, police of no country, and its own government offices. */
static void test_own_apparatus(void **state) {
    (void)state;
    chr_doc *d = urged("Chinese", "minister", NULL, "police");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = urged("Chinese", "minister", "Chinese", "police");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = urged("Chinese", "minister", NULL, "government");
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* Another country's police, its own people, forces of no country. */
static void test_others_stay(void **state) {
    (void)state;
    chr_doc *d = urged("Chinese", "minister", "Russian", "police");
    assert_true(has(d, "CHNGOV", "RUSCOP", "020"));
    chr_doc_free(d);
    d = urged("Chinese", "minister", "Chinese", "people");
    assert_true(has(d, "CHNGOV", "CHNCVL", "020"));
    chr_doc_free(d);
    d = urged("Chinese", "minister", NULL, "officers");
    assert_true(has(d, "CHNGOV", "---MIL", "020"));
    chr_doc_free(d);
}

/* The opposition urging the government is an appeal. */
static void test_opposition_urges(void **state) {
    (void)state;
    chr_doc *d = urged("Chinese", "opposition", NULL, "government");
    assert_true(has(d, "CHNOPP", "---GOV", "020"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_own_apparatus),
        cmocka_unit_test(test_others_stay),
        cmocka_unit_test(test_opposition_urges),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
