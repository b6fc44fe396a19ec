/*
 * test_coder_seize.c - seizing or capturing a country's place is occupying
 * territory (192, coder_seize.c): "the rebels seized Mogadishu", "captured
 * Goma" (a city, otherwise taken for where an act happened); seized people
 * named by a demonym ("seized Iraqis") keep the verb's own code.
 * Hand-built parses in the shapes the statistical parser gives.
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
    "SOM capital : Mogadishu\n"
    "COD city : Goma\n"
    "IRQ adj : Iraqi{,s}\n"
    "[agents]\n"
    "~REB : rebel{,s}\n"
    "[verbs]\n"
    "verb seize => 171\n"
    "- obj:@ => 171\n"
    "verb capture => 173\n"
    "- obj:@ => 173\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static chr_doc *seized(const char *form, const char *lemma, const char *object) {
    char spec[256];
    snprintf(spec, sizeof spec, "The|the|DET|2|det rebels|rebel|NOUN|3|nsubj %s|%s|VERB|0|root %s|%s|PROPN|3|obj",
             form, lemma, object, object);
    return code(spec, NULL, NULL);
}

static void test_seized_capital(void **state) {
    (void)state;
    chr_doc *d = seized("seized", "seize", "Mogadishu");
    assert_true(has(d, "---REB", "SOM", "192"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

static void test_captured_city(void **state) {
    (void)state;
    chr_doc *d = seized("captured", "capture", "Goma");
    assert_true(has(d, "---REB", "COD", "192"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

static void test_seized_people(void **state) {
    (void)state;
    chr_doc *d = seized("seized", "seize", "Iraqis");
    assert_true(has(d, "---REB", "IRQ", "171"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seized_capital),
        cmocka_unit_test(test_captured_city),
        cmocka_unit_test(test_seized_people),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
