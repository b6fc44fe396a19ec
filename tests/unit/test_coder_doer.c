/*
 * test_coder_doer.c - who does a participle or gerund hung on a verb with
 * an object: a bare past participle complement ("arrested a paratrooper
 * accused of ...") befell the object and has no doer but its "by" agent
 * (coder_participle.c); a gerund marked "for", "of" or "from" ("criticized
 * Pakistan for imposing ...") is done by the object, not by the governor's
 * subject (coder_gerund.c); a verb with no subject on a nominal root is
 * the root's act only when the root names an actor before the verb
 * (coder_subject.c), and not when the verb is a participle on another noun
 * (coder_participle.c). An act aimed at another act is aimed at its "by"
 * agent (coder_byagent.c). A bare finite verb hung as an adverbial clause
 * is a misread main clause (coder_unmarked.c). A phrase "under X" ("under UN supervision") names no
 * target (coder_target.c). Hand-built parses with Penn tags, in the shapes
 * the statistical parser gives.
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
    "IRN name : Iran\n"
    "PAK name : Pakistan\n"
    "SOM adj : Somali{,s}\n"
    "[actors]\n"
    "IGOUNO : UN\n"
    "[agents]\n"
    "~MIL : paratrooper{,s}\n"
    "~COP : gendarme{,s} | police\n"
    "~CVL : people\n"
    "~REB : rebel{,s}\n"
    "[verbs]\n"
    "verb accuse => 112\n"
    "- obj:@ => 112\n"
    "- against:@ => 112\n"
    "verb arrest => 173\n"
    "- obj:@ => 173\n"
    "verb criticize => 111\n"
    "- obj:@ => 111\n"
    "verb withdraw => 0874\n"
    "verb attack => 190\n"
    "- obj:@ => 190\n"
    "verb reject => 120\n"
    "- obj:@ => 120\n"
    "verb stab => 182\n"
    "verb threaten => 130\n"
    "- obj:@ => 130\n"
    "verb impose => 163\n"
    "- on:@ => 163\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"
#include "coder_tagged.h"

/* "Gendarmes arrested a paratrooper accused of sadism against Somali people":
 * the paratrooper is the accused, not the accuser. */
static void test_participle_complement_is_passive(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Gendarmes|gendarme|NOUN|2|nsubj arrested|arrest|VERB|0|root a|a|DET|4|det "
                             "paratrooper|paratrooper|NOUN|2|obj accused|accuse|VERB|2|xcomp "
                             "of|of|ADP|7|case sadism|sadism|NOUN|5|obl against|against|ADP|10|case "
                             "Somali|Somali|ADJ|10|amod people|people|NOUN|5|obl",
                             "NNS VBD DT NN VBN IN NN IN JJ NNS");
    assert_true(has(d, "---COP", "---MIL", "173"));
    assert_false(has(d, "---MIL", "SOMCVL", "112"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* "Gendarmes arrested a paratrooper accused by Iran": Iran accused him. */
static void test_participle_complement_agent(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Gendarmes|gendarme|NOUN|2|nsubj arrested|arrest|VERB|0|root a|a|DET|4|det "
                             "paratrooper|paratrooper|NOUN|2|obj accused|accuse|VERB|2|xcomp "
                             "by|by|ADP|7|case Iran|Iran|PROPN|5|obl",
                             "NNS VBD DT NN VBN IN NNP");
    assert_true(has(d, "IRN", "---MIL", "112"));
    assert_false(has(d, "---MIL", "IRN", "112"));
    chr_doc_free(d);
}

/* "Iran criticized Pakistan for imposing sanctions on Afghanistan": Pakistan
 * imposed them. */
static void test_gerund_done_by_object(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Iran|Iran|PROPN|2|nsubj criticized|criticize|VERB|0|root "
                             "Pakistan|Pakistan|PROPN|2|obj for|for|SCONJ|5|mark imposing|impose|VERB|2|advcl "
                             "sanctions|sanction|NOUN|5|obj on|on|ADP|8|case Afghanistan|Afghanistan|PROPN|5|obl",
                             "NNP VBD NNP IN VBG NNS IN NNP");
    assert_true(has(d, "IRN", "PAK", "111"));
    assert_true(has(d, "PAK", "AFG", "163"));
    assert_false(has(d, "IRN", "AFG", "163"));
    chr_doc_free(d);
}

/* An object naming no one leaves the gerund to the governor's subject:
 * "Iran criticized delays for imposing ..." (as in "claimed responsibility
 * for launching ..."). */
static void test_gerund_object_names_no_one(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Iran|Iran|PROPN|2|nsubj criticized|criticize|VERB|0|root "
                             "delays|delay|NOUN|2|obj for|for|SCONJ|5|mark imposing|impose|VERB|2|advcl "
                             "sanctions|sanction|NOUN|5|obj on|on|ADP|8|case Afghanistan|Afghanistan|PROPN|5|obl",
                             "NNP VBD NNS IN VBG NNS IN NNP");
    assert_true(has(d, "IRN", "AFG", "163"));
    chr_doc_free(d);
}

/* "It is the same violence threatening Afghanistan as well as people":
 * the people conjoined to the root after the verb do not threaten. */
static void test_root_conjunct_after_verb(void **state) {
    (void)state;
    chr_doc *d = code_tagged("the|the|DET|3|det same|same|ADJ|3|amod violence|violence|NOUN|0|root "
                             "threatening|threaten|VERB|3|acl Afghanistan|Afghanistan|PROPN|4|obj "
                             "as|as|ADV|9|cc well|well|ADV|6|fixed as|as|ADP|6|fixed people|people|NOUN|3|conj",
                             "DT JJ NN VBG NNP RB RB IN NNS");
    assert_false(has(d, "---CVL", "AFG", "130"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "The rebels withdrew under UN supervision": the UN is not withdrawn from. */
static void test_under_phrase_no_target(void **state) {
    (void)state;
    chr_doc *d = code_tagged("The|the|DET|2|det rebels|rebel|NOUN|3|nsubj withdrew|withdraw|VERB|0|root "
                             "under|under|ADP|6|case UN|UN|PROPN|6|compound supervision|supervision|NOUN|3|obl",
                             "DT NNS VBD IN NNP NN");
    assert_false(has(d, "---REB", "IGOUNO", "0874"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Police found women stabbed on Afghanistan's border", with "police" the
 * root and "found" its conjunct: the women were stabbed by no one named. */
static void test_participle_on_noun_no_subject(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Police|police|NOUN|0|root found|find|VERB|1|conj women|woman|NOUN|2|obj "
                             "stabbed|stab|VERB|3|acl on|on|ADP|6|case Afghanistan|Afghanistan|PROPN|4|obl",
                             "NN VBD NNS VBN IN NNP");
    assert_false(has(d, "---COP", "AFG", "182"));
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Iran rejected the occupation of Afghanistan by Pakistan": aimed at the
 * occupier. */
static void test_act_aimed_at_by_agent(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Iran|Iran|PROPN|2|nsubj rejected|reject|VERB|0|root the|the|DET|4|det "
                             "occupation|occupation|NOUN|2|obj of|of|ADP|6|case Afghanistan|Afghanistan|PROPN|4|nmod "
                             "by|by|ADP|8|case Pakistan|Pakistan|PROPN|4|nmod",
                             "NNP VBD DT NN IN NNP IN NNP");
    assert_true(has(d, "IRN", "PAK", "120"));
    assert_false(has(d, "IRN", "AFG", "120"));
    chr_doc_free(d);
}

/* "After Iran failed, rebels attacked Afghanistan" parsed with "failed" as
 * the root, "rebels" an oblique and "attacked" its adverbial clause. */
static void test_unmarked_finite_clause(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Iran|Iran|PROPN|2|nsubj failed|fail|VERB|0|root ,|,|PUNCT|4|punct "
                             "rebels|rebel|NOUN|2|obl attacked|attack|VERB|2|advcl Afghanistan|Afghanistan|PROPN|5|obj",
                             "NNP VBD , NNS VBD NNP");
    assert_true(has(d, "---REB", "AFG", "190"));
    assert_false(has(d, "IRN", "AFG", "190"));
    chr_doc_free(d);
}

int main(void) {
    (void)code; /* (every parse here needs its Penn tags) */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle_complement_is_passive),
        cmocka_unit_test(test_participle_complement_agent),
        cmocka_unit_test(test_gerund_done_by_object),
        cmocka_unit_test(test_gerund_object_names_no_one),
        cmocka_unit_test(test_root_conjunct_after_verb),
        cmocka_unit_test(test_under_phrase_no_target),
        cmocka_unit_test(test_participle_on_noun_no_subject),
        cmocka_unit_test(test_act_aimed_at_by_agent),
        cmocka_unit_test(test_unmarked_finite_clause),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
