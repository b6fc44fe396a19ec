/*
 * test_coder_passive.c - a passive clause with a subject of its own and no
 * agent ("since the regime was toppled") names no one who acted: it takes no
 * source from the clause it hangs on (coder_frame.c); with its "by" agent it
 * is coded as usual. Hand-built parses in the shapes the statistical parser
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
    "AFG name : Afghanistan\n"
    "[agents]\n"
    "~GOV : regime\n"
    "~REB : rebel{,s}\n"
    "[verbs]\n"
    "verb topple => 1722\n"
    "- obj:@ => 1722\n"
    "verb plunge => ---\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

/* "Afghanistan plunged into violence since the regime was toppled". */
static void test_agentless_passive_clause(void **state) {
    (void)state;
    chr_doc *d = code("Afghanistan|Afghanistan|PROPN|2|nsubj plunged|plunge|VERB|0|root into|into|ADP|4|case "
                      "violence|violence|NOUN|2|obl since|since|SCONJ|9|mark the|the|DET|7|det "
                      "regime|regime|NOUN|9|nsubj:pass was|be|AUX|9|aux:pass toppled|topple|VERB|2|advcl",
                      NULL, NULL);
    assert_false(has(d, "AFG", "---GOV", "1722"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Afghanistan plunged into violence since the regime was toppled by the
 * rebels": the agent acted. */
static void test_passive_with_agent(void **state) {
    (void)state;
    chr_doc *d = code("Afghanistan|Afghanistan|PROPN|2|nsubj plunged|plunge|VERB|0|root into|into|ADP|4|case "
                      "violence|violence|NOUN|2|obl since|since|SCONJ|9|mark the|the|DET|7|det "
                      "regime|regime|NOUN|9|nsubj:pass was|be|AUX|9|aux:pass toppled|topple|VERB|2|advcl "
                      "by|by|ADP|12|case the|the|DET|12|det rebels|rebel|NOUN|9|obl:agent",
                      NULL, NULL);
    assert_true(has(d, "---REB", "---GOV", "1722"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agentless_passive_clause),
        cmocka_unit_test(test_passive_with_agent),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
