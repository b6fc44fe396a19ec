/*
 * test_actors_things.c - phrases that name things, not actors (actors.c): a
 * one-word agent that is a participle modifying a head naming no actor
 * ("police searched suspected vehicles": no criminals), as an adjective
 * agent does ("official residence"), while as a noun it names one ("police
 * searched the suspects"); and a country that only owns or made the thing
 * ("looted Chinese-owned stores", "Chinese-made cars"), or a city or capital
 * that only says where the actor sits ("Paris-based rebels"). Hand-built
 * parses.
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
    "FRA name : France\n"
    "FRA capital : Paris\n"
    "[actors]\n"
    "CODGOV : Mobutu\n"
    "[agents]\n"
    "~COP : police\n"
    "~CRM : suspect{,s} | suspected | mob{,s}\n"
    "~REB : rebel{,s}\n"
    "[verbs]\n"
    "verb search => 175\n"
    "- obj:@ => 175\n"
    "verb attack => 190\n"
    "- obj:@ => 190\n"
    "verb loot => 145\n"
    "- obj:@ => 145\n";

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

/* "Mobs looted Chinese-owned stores" and "Mobs looted Chinese stores". */
static void test_owned_thing(void **state) {
    (void)state;
    chr_doc *d = code("Mobs|mob|NOUN|2|nsubj looted|loot|VERB|0|root Chinese|Chinese|ADJ|6|amod -|-|PUNCT|3|punct "
                      "owned|own|VERB|6|amod stores|store|NOUN|2|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Mobs|mob|NOUN|2|nsubj looted|loot|VERB|0|root Chinese|Chinese|ADJ|4|amod stores|store|NOUN|2|obj", NULL,
             NULL);
    assert_true(has(d, "---CRM", "CHN", "145"));
    chr_doc_free(d);
}

/* "Paris-based rebels attacked Mobutu": the city says where they sit;
 * "France-based rebels" are French. */
static void test_city_based(void **state) {
    (void)state;
    const char *where[] = {"Paris", "France"};
    for (int i = 0; i < 2; i++) {
        char spec[256];
        snprintf(spec, sizeof spec,
                 "%s|%s|PROPN|4|compound -|-|PUNCT|1|punct based|base|VERB|4|amod rebels|rebel|NOUN|5|nsubj "
                 "attacked|attack|VERB|0|root Mobutu|Mobutu|PROPN|5|obj",
                 where[i], where[i]);
        chr_doc *d = code(spec, NULL, NULL);
        assert_true(has(d, i == 0 ? "---REB" : "FRAREB", "CODGOV", "190"));
        assert_int_equal(nevents(d), 1);
        chr_doc_free(d);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle_describes_thing),
        cmocka_unit_test(test_owned_thing),
        cmocka_unit_test(test_city_based),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
