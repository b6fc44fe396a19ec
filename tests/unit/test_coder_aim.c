/*
 * test_coder_aim.c - an act named only as the aim of a noun ("launched an
 * offensive to topple X", "in a bid to topple X", "what sanctions to impose
 * on Y") is not coded as done (coder_aim.c); a purpose of a done act ("fired
 * tear gas to disperse the protesters") keeps its own. An act a verb of
 * hindering keeps from happening ("prevented the rebels from attacking X")
 * is not coded either, nor one only thought about ("thinking of charging
 * X") or timed after a future ("will act once the rebels topple X"). Hand-built parses in the shapes the statistical
 * parser gives.
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
    "IRN name : Iran\n"
    "[agents]\n"
    "~REB : rebel{,s}\n"
    "~COP : police\n"
    "~CVL : protester{,s}\n"
    "[actors]\n"
    "CODGOV : Mobutu\n"
    "IGOUNO : United Nations\n"
    "[verbs]\n"
    "verb topple => 1722\n"
    "- obj:@ => 1722\n"
    "verb launch | fight | agree | fire | be => ---\n"
    "verb impose => ---\n"
    "- obj:* on:@ => 170\n"
    "- on:@ => 170\n"
    "verb disperse => 175\n"
    "- obj:@ => 175\n"
    "verb attack => 190\n"
    "- obj:@ => 190\n"
    "verb prevent | help | think | act | accuse | warn | go | find | allege => ---\n"
    "verb charge => 173\n"
    "- obj:@ => 173\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "The rebels launched an offensive to topple Mobutu", the infinitive hung on
 * the verb as its purpose (advcl), and "The rebels toppled Mobutu". */
static void test_offensive_to_topple(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|2|det rebels|rebel|NOUN|3|nsubj launched|launch|VERB|0|root "
                      "an|a|DET|5|det offensive|offensive|NOUN|3|obj to|to|PART|7|mark "
                      "topple|topple|VERB|3|advcl Mobutu|Mobutu|PROPN|7|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("The|the|DET|2|det rebels|rebel|NOUN|3|nsubj toppled|topple|VERB|0|root Mobutu|Mobutu|PROPN|3|obj",
             NULL, NULL);
    assert_true(has(d, "---REB", "CODGOV", "1722"));
    chr_doc_free(d);
}

/* "The rebels fought in a bid to topple Mobutu": the noun right before "to". */
static void test_bid_to_topple(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|2|det rebels|rebel|NOUN|3|nsubj fought|fight|VERB|0|root "
                      "in|in|ADP|6|case a|a|DET|6|det bid|bid|NOUN|3|obl to|to|PART|8|mark "
                      "topple|topple|VERB|3|advcl Mobutu|Mobutu|PROPN|8|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The United Nations agreed on what sanctions to impose on Iran": the
 * infinitive (read as the verb's purpose) follows a noun asked about. */
static void test_noun_clauses(void **state) {
    (void)state;
    /* (events lacking a source kept: the sanctions are nobody's yet) */
    chrCoderOptions monadic = {0, 0, 1, 0};
    chr_doc *d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
                      "agreed|agree|VERB|0|root on|on|ADP|7|case what|what|DET|7|det "
                      "sanctions|sanction|NOUN|4|obl to|to|PART|9|mark impose|impose|VERB|4|advcl "
                      "on|on|ADP|11|case Iran|Iran|PROPN|9|obl",
                      NULL, &monadic);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The police fired tear gas to disperse the protesters": the purpose of a
 * done act is coded. */
static void test_purpose_of_done_act(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|2|det police|police|NOUN|3|nsubj fired|fire|VERB|0|root "
                      "tear|tear|NOUN|5|compound gas|gas|NOUN|3|obj to|to|PART|7|mark "
                      "disperse|disperse|VERB|3|advcl the|the|DET|9|det protesters|protester|NOUN|7|obj",
                      NULL, NULL);
    assert_true(has(d, "---COP", "---CVL", "175"));
    chr_doc_free(d);
}

/* "The police prevented the rebels from attacking Mobutu": kept from
 * happening; "... helped the rebels from attacking" is no verb of hindering
 * (a made-up shape to show the rule is the verb's). */
static void test_prevented_from(void **state) {
    (void)state;
    const char *verbs[][2] = {{"prevented", "prevent"}, {"helped", "help"}};
    for (int i = 0; i < 2; i++) {
        char spec[512];
        snprintf(spec, sizeof spec,
                 "The|the|DET|2|det police|police|NOUN|3|nsubj %s|%s|VERB|0|root the|the|DET|5|det "
                 "rebels|rebel|NOUN|3|obj from|from|SCONJ|7|mark attacking|attack|VERB|3|advcl "
                 "Mobutu|Mobutu|PROPN|7|obj",
                 verbs[i][0], verbs[i][1]);
        chr_doc *d = code(spec, NULL, NULL);
        assert_int_equal(nevents(d), i == 0 ? 0 : 1);
        chr_doc_free(d);
    }
}

/* "The rebels are thinking of charging Mobutu": only thought about. */
static void test_thinking_of(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|2|det rebels|rebel|NOUN|4|nsubj are|be|AUX|4|aux thinking|think|VERB|0|root "
                      "of|of|SCONJ|6|mark charging|charge|VERB|4|advcl Mobutu|Mobutu|PROPN|6|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The United Nations will act once the rebels topple Mobutu": not yet;
 * "... acted once the rebels toppled Mobutu" happened. */
static void test_future_time(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|5|nsubj "
                      "will|will|AUX|5|aux act|act|VERB|0|root once|once|SCONJ|9|mark the|the|DET|8|det "
                      "rebels|rebel|NOUN|9|nsubj topple|topple|VERB|5|advcl Mobutu|Mobutu|PROPN|9|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
             "acted|act|VERB|0|root once|once|SCONJ|8|mark the|the|DET|7|det "
             "rebels|rebel|NOUN|8|nsubj toppled|topple|VERB|4|advcl Mobutu|Mobutu|PROPN|8|obj",
             NULL, NULL);
    assert_true(has(d, "---REB", "CODGOV", "1722"));
    chr_doc_free(d);
}

/* "The United Nations accused the rebels of attacking Mobutu" (the clause
 * hung on the accused) and "The United Nations warned that attacking
 * Mobutu ..." (a gerund subject hung on the verb): no attack reported. */
static void test_alleged_and_gerund(void **state) {
    (void)state;
    chrCoderOptions monadic = {0, 0, 1, 0};
    chr_doc *d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
                      "accused|accuse|VERB|0|root the|the|DET|6|det rebels|rebel|NOUN|4|obj of|of|SCONJ|8|mark "
                      "attacking|attack|VERB|6|acl Mobutu|Mobutu|PROPN|8|obj",
                      NULL, &monadic);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
             "warned|warn|VERB|0|root that|that|SCONJ|6|mark attacking|attack|VERB|4|advcl Mobutu|Mobutu|PROPN|6|obj",
             NULL, &monadic);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The rebels are not going to attack Mobutu": denied. Without "not" it is
 * coded like "will attack". */
static void test_going_to(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|2|det rebels|rebel|NOUN|5|nsubj are|be|AUX|5|aux not|not|PART|5|advmod "
                      "going|go|VERB|0|root to|to|PART|7|mark attack|attack|VERB|5|xcomp Mobutu|Mobutu|PROPN|7|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("The|the|DET|2|det rebels|rebel|NOUN|4|nsubj are|be|AUX|4|aux "
             "going|go|VERB|0|root to|to|PART|6|mark attack|attack|VERB|4|xcomp Mobutu|Mobutu|PROPN|6|obj",
             NULL, NULL);
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* "The UN found no proof to back charges that the rebels attacked Mobutu",
 * the clause read as a relative one with "that" as an oblique. */
static void test_charges_that(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
                      "found|find|VERB|0|root no|no|DET|6|det proof|proof|NOUN|4|obj to|to|ADP|9|case "
                      "back|back|NOUN|9|compound charges|charge|NOUN|4|obl that|that|PRON|13|obl "
                      "the|the|DET|12|det rebels|rebel|NOUN|13|nsubj attacked|attack|VERB|9|acl:relcl "
                      "Mobutu|Mobutu|PROPN|13|obj",
                      NULL, NULL);
    assert_false(has(d, "---REB", "CODGOV", "190"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The United Nations alleged that the rebels attacked Mobutu". */
static void test_alleged(void **state) {
    (void)state;
    chr_doc *d = code("The|the|DET|3|det United|United|PROPN|3|compound Nations|Nations|PROPN|4|nsubj "
                      "alleged|allege|VERB|0|root that|that|SCONJ|8|mark the|the|DET|7|det rebels|rebel|NOUN|8|nsubj "
                      "attacked|attack|VERB|4|ccomp Mobutu|Mobutu|PROPN|8|obj",
                      NULL, NULL);
    assert_false(has(d, "---REB", "CODGOV", "190"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offensive_to_topple),
        cmocka_unit_test(test_bid_to_topple),
        cmocka_unit_test(test_noun_clauses),
        cmocka_unit_test(test_purpose_of_done_act),
        cmocka_unit_test(test_prevented_from),
        cmocka_unit_test(test_thinking_of),
        cmocka_unit_test(test_future_time),
        cmocka_unit_test(test_alleged_and_gerund),
        cmocka_unit_test(test_going_to),
        cmocka_unit_test(test_charges_that),
        cmocka_unit_test(test_alleged),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
