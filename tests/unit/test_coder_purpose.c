/*
 * test_coder_purpose.c - "China called for an initiative to support
 * Pakistan": the infinitive right after a noun of an aim or proposal is
 * what is sought, not an act done (coder_purpose.c), whether the parser
 * hangs it on the noun or on the verb; "China sent troops to support
 * Pakistan" (a means, not an aim) keeps its act. Hand-built parses in the
 * shapes the statistical parser gives.
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
    "CHN name : China\n"
    "PAK name : Pakistan\n"
    "[verbs]\n"
    "verb support => ---\n"
    "- obj:@ => 051\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* China VERB [for] NOUN to support Pakistan, "to support" hung on the verb
 * (head 2) or on the noun. */
static chr_doc *sentence(const char *verb, const char *noun, int on_noun) {
    char spec[512];
    snprintf(spec, sizeof spec,
             "China|China|PROPN|2|nsubj %s|%s|VERB|0|root %s|%s|NOUN|2|obj to|to|PART|5|mark "
             "support|support|VERB|%d|%s Pakistan|Pakistan|PROPN|5|obj",
             verb, verb, noun, noun, on_noun ? 3 : 2, on_noun ? "acl" : "advcl");
    return code(spec, NULL, NULL);
}

static void test_aim_not_done(void **state) {
    (void)state;
    for (int on_noun = 0; on_noun < 2; on_noun++) {
        chr_doc *d = sentence("proposed", "initiative", on_noun);
        assert_false(has(d, "CHN", "PAK", "051"));
        assert_int_equal(nevents(d), 0);
        chr_doc_free(d);
    }
}

static void test_means_done(void **state) {
    (void)state;
    chr_doc *d = sentence("sent", "troops", 0);
    assert_true(has(d, "CHN", "PAK", "051"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aim_not_done),
        cmocka_unit_test(test_means_done),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
