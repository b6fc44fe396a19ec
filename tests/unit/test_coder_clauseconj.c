/*
 * test_coder_clauseconj.c - "The EU demanded that Hamas renounce violence,
 * recognize Israel": the parser hangs "recognize" on "demanded"; the repair
 * (coder_clauseconj.c) makes it a conjunct of "renounce", so Hamas, not the
 * EU, is the one who would recognize Israel. "The EU demanded ... and
 * urged ..." (same verb form) keeps its conjunct. Hand-built parses with
 * Penn tags, in the shapes the statistical parser gives.
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
    "ISR name : Israel\n"
    "[actors]\n"
    "IGOEEC : EU\n"
    "PSEINSHMS : Hamas\n"
    "[verbs]\n"
    "verb recognize | recognized => 054\n"
    "- obj:@ => 054\n"
    "verb demand => ---\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"
#include "coder_tagged.h"


static const char *demanded = "The|the|DET|2|det EU|EU|PROPN|3|nsubj demanded|demand|VERB|0|root "
                              "that|that|SCONJ|6|mark Hamas|Hamas|PROPN|6|nsubj "
                              "renounce|renounce|VERB|3|ccomp violence|violence|NOUN|6|obj ,|,|PUNCT|9|punct ";

static void test_listed_act_in_clause(void **state) {
    (void)state;
    char spec[512];
    snprintf(spec, sizeof spec, "%srecognize|recognize|VERB|3|conj Israel|Israel|PROPN|9|obj", demanded);
    chr_doc *d = code_tagged(spec, "DT NNP VBD IN NNP VB NN , VB NNP");
    assert_true(has(d, "PSEINSHMS", "ISR", "054"));
    assert_false(has(d, "IGOEEC", "ISR", "054"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* Without Penn tags (a parse read from elsewhere) the tree is kept. */
static void test_untagged_kept(void **state) {
    (void)state;
    char spec[512];
    snprintf(spec, sizeof spec, "%srecognize|recognize|VERB|3|conj Israel|Israel|PROPN|9|obj", demanded);
    chr_doc *d = code(spec, NULL, NULL);
    assert_true(has(d, "IGOEEC", "ISR", "054"));
    chr_doc_free(d);
}

/* "The EU demanded that Hamas renounce violence, recognized Israel": a
 * past-tense conjunct is the EU's own act. */
static void test_same_form_stays(void **state) {
    (void)state;
    char spec[512];
    snprintf(spec, sizeof spec, "%srecognized|recognize|VERB|3|conj Israel|Israel|PROPN|9|obj", demanded);
    chr_doc *d = code_tagged(spec, "DT NNP VBD IN NNP VB NN , VBD NNP");
    assert_true(has(d, "IGOEEC", "ISR", "054"));
    assert_false(has(d, "PSEINSHMS", "ISR", "054"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listed_act_in_clause),
        cmocka_unit_test(test_same_form_stays),
        cmocka_unit_test(test_untagged_kept),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
