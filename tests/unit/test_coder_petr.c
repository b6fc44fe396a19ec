/*
 * test_coder_petr.c - the event coder with PETRARCH-1 dictionaries (word-order
 * patterns around '*', synsets), on hand-built dependency parses: patterns
 * that spell out a negation, and the robust fall-backs for odd parses that
 * the PETRARCH unit-test sentences exposed.
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
#include "lex/lexicon.h"
#include "lex/petrarch_load.h"

static const char *actors_text =
    "GONDOR_ [GON]\n"
    "MORDOR_ [MOR]\n"
    "+BARAD-DUR\n"
    "ARNOR_ [ARN]\n"
    "PRINCE OF DOL AMROTH [DOL]\n"
    "ELENDIL [ARN]\n";

static const char *agents_text = "MINISTER [~GOV]\n";

static const char *verbs_text =
    "&NEGAUX\n"
    "+DID N'T\n"
    "+WILL NOT\n"
    "\n"
    "--- CLASH [223] ---\n"
    "CLASH\n"
    "- &NEGAUX * OVER EFFORTS [904]\n"
    "- * OVER EFFORTS [121]\n"
    "\n"
    "--- VISIT [042] ---\n"
    "VISIT\n"
    "\n"
    "--- BREAK [1717] ---\n"
    "BREAK {BROKE BROKEN}\n"
    "\n"
    "--- LEAVE [012] ---\n"
    "LEAVE\n"
    "\n"
    "--- LEFT [032:033] ---\n"
    "LEFT\n"
    "\n"
    "--- DELAY [031] ---\n"
    "DELAY\n"
    "- % HAVE * [191]\n"
    "\n"
    "--- CONFISCATE [1711] ---\n"
    "CONFISCATE\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
    "- WILL NOT * [081]\n"
    "\n"
    "--- VOW [170] ---\n"
    "VOW\n"
    "- * WAR [173]\n"
    "\n"
    "--- AGREE [081] ---\n"
    "AGREE\n"
    "- * WITH % [031]\n"
    "\n"
    "--- REGRET [111] ---\n"
    "REGRET {REGRETTED REGRETS}\n"
    "- NOTED + * [115]\n"
    "\n"
    "--- CRITICIZE [121] ---\n"
    "CRITICIZE\n";

static chrLex *lex;

static int setup(void **state) {
    (void)state;
    lex = chrLex_new();
    if (!lex) return -1;
    if (chrPetr_loadText(lex, "t.actors", actors_text, strlen(actors_text), CHR_PETR_ACTORS, CHR_LEXICON_STRICT,
                         NULL, NULL))
        return -1;
    if (chrPetr_loadText(lex, "t.agents", agents_text, strlen(agents_text), CHR_PETR_AGENTS, CHR_LEXICON_STRICT,
                         NULL, NULL))
        return -1;
    return chrPetr_loadText(lex, "t.verbs", verbs_text, strlen(verbs_text), CHR_PETR_VERBS, CHR_LEXICON_STRICT,
                            NULL, NULL);
}

static int teardown(void **state) {
    (void)state;
    chrLex_free(lex);
    return 0;
}

#include "coder_doc.h"

/* A pattern whose words include the negation codes the negated verb; a
 * negated verb no such pattern covers is still dropped. */
static void test_negation_in_pattern(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|4|nsubj did|do|AUX|4|aux n't|not|PART|4|advmod clash|clash|VERB|0|root "
                      "over|over|ADP|7|case the|the|DET|7|det efforts|effort|NOUN|4|obl of|of|ADP|9|case "
                      "Gondor|Gondor|PROPN|7|nmod", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "904"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|4|nsubj did|do|AUX|4|aux n't|not|PART|4|advmod visit|visit|VERB|0|root "
             "Gondor|Gondor|PROPN|4|obj", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* "Arnor most certainly did not clash ...", parsed with "most" as the
 * subject of a relative clause on "Arnor": the stray adjective is no
 * subject, the noun the clause hangs on is. */
static void test_stray_modifier_subject(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|0|root most|most|ADJ|6|nsubj certainly|certainly|ADV|6|advmod "
                      "will|will|AUX|6|aux not|not|PART|6|advmod clash|clash|VERB|1|acl:relcl "
                      "over|over|ADP|9|case the|the|DET|9|det efforts|effort|NOUN|6|obl of|of|ADP|11|case "
                      "Gondor|Gondor|PROPN|9|nmod", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "904"));
    chr_doc_free(d);
}

/* "Arnor indicated it would visit Gondor": the pronoun stands for the
 * subject of the verb its clause complements; "Arnor was seen to visit
 * Gondor": the passive subject is the complement's subject. */
static void test_pronoun_and_raising(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj indicated|indicate|VERB|0|root it|it|PRON|5|nsubj "
                      "would|would|AUX|5|aux visit|visit|VERB|2|ccomp Gondor|Gondor|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|3|nsubj:pass was|be|AUX|3|aux:pass seen|see|VERB|0|root to|to|PART|5|mark "
             "visit|visit|VERB|3|xcomp Gondor|Gondor|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
}

/* A preposition the dictionaries never name ("into") still leads to the
 * target. */
static void test_unknown_preposition(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj broke|break|VERB|0|root into|into|ADP|6|case a|a|DET|6|det "
                      "Gondor|Gondor|PROPN|6|compound parade|parade|NOUN|2|obl", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "1717"));
    chr_doc_free(d);
}

/* Odd parses: the verb hung beside a root noun ("Arnor in recent days did
 * visit Gondor"); a participle with an object inside a prepositional phrase
 * ("broke into besieged Gondor"). */
static void test_odd_parses(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|0|root in|in|ADP|4|case recent|recent|ADJ|4|amod days|day|NOUN|6|obl "
                      "did|do|AUX|6|aux visit|visit|VERB|1|parataxis Gondor|Gondor|PROPN|6|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|2|nsubj broke|break|VERB|0|root into|into|ADP|4|case "
             "besieged|besiege|VERB|2|obl Gondor|Gondor|PROPN|4|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "1717"));
    chr_doc_free(d);
}

/* One event per verb phrase: "Arnor visited Gondor after Mordor broke into
 * Arnor" codes the visit only; a conjoined verb keeps its own event. */
static void test_one_event_per_phrase(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj visited|visit|VERB|0|root Gondor|Gondor|PROPN|2|obj "
                      "after|after|SCONJ|6|mark Mordor|Mordor|PROPN|6|nsubj broke|break|VERB|2|advcl "
                      "into|into|ADP|8|case Arnor|Arnor|PROPN|6|obl", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|2|nsubj visited|visit|VERB|0|root Gondor|Gondor|PROPN|2|obj "
             "and|and|CCONJ|6|cc Mordor|Mordor|PROPN|6|nsubj broke|break|VERB|2|conj "
             "into|into|ADP|8|case Arnor|Arnor|PROPN|6|obl", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    assert_true(has(d, "MOR", "ARN", "1717"));
    chr_doc_free(d);
}

/* A form listed as a verb of its own wins over its lemma's entry. */
static void test_form_before_lemma(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj left|leave|VERB|0|root for|for|ADP|4|case Gondor|Gondor|PROPN|2|obl",
                      NULL, NULL);
    assert_true(has(d, "ARN", "GON", "032"));
    assert_true(has(d, "GON", "ARN", "033"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|2|nsubj leaves|leave|VERB|0|root Gondor|Gondor|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "012"));
    chr_doc_free(d);
}

/* An actor slot read next to the last conjunct holds the whole compound:
 * "Arnor and Gondor have delayed talks" -> '%' gives both directions. */
static void test_compound_slot(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|5|nsubj and|and|CCONJ|3|cc Gondor|Gondor|PROPN|1|conj have|have|AUX|5|aux "
                      "delayed|delay|VERB|0|root talks|talk|NOUN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "191"));
    assert_true(has(d, "GON", "ARN", "191"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* "wire tap" is one verb however the parser read "wire": as a passive
 * auxiliary, or as the verb governing "tap". */
static void test_multiword_before(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|3|nsubj:pass wire|wire|AUX|3|aux:pass tapped|tap|VERB|0|root "
                      "Gondor|Gondor|PROPN|3|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "1711"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|4|nsubj will|will|AUX|4|aux not|not|PART|4|advmod wire|wire|VERB|0|root "
             "tap|tap|VERB|4|xcomp Gondor|Gondor|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "081"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* A name split by the parser is joined again ("visited the Prince of Dol
 * Amroth" with "Amroth" on the verb); a name tagged as an adverb before the verb is
 * its subject. */
static void test_split_and_mistagged_names(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj visited|visit|VERB|0|root the|the|DET|4|det "
                      "Prince|Prince|PROPN|2|obj of|of|ADP|6|case Dol|Dol|PROPN|4|nmod Amroth|Amroth|PROPN|2|obl",
                      NULL, NULL);
    assert_true(has(d, "ARN", "DOL", "042"));
    chr_doc_free(d);
    d = code("Arnor|arnor|ADV|2|advmod visited|visit|VERB|0|root Gondor|Gondor|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
    d = code("Arnor|arnor|ADV|2|nsubj visited|visit|VERB|0|root Gondor|Gondor|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042")); /* a name read as an adverb subject stays the subject */
    chr_doc_free(d);
}

/* A pattern word is the word as written: "* OVER EFFORTS" does not match
 * "over the effort"; a synset member stands for its other forms. */
static void test_literal_pattern_words(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj clashed|clash|VERB|0|root over|over|ADP|5|case the|the|DET|5|det "
                      "effort|effort|NOUN|2|obl of|of|ADP|7|case Gondor|Gondor|PROPN|5|nmod", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "223"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* A target the pattern does not place is the first actor after the verb in
 * its phrase; the subject of an adverbial clause is not one. */
static void test_target_after_verb(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj vowed|vow|VERB|0|root to|to|PART|4|mark wage|wage|VERB|2|advcl "
                      "war|war|NOUN|4|obj on|on|ADP|7|case Gondor|Gondor|PROPN|4|obl", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "173"));
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|2|nsubj vowed|vow|VERB|0|root war|war|NOUN|2|obj as|as|SCONJ|5|mark "
             "Gondor|Gondor|PROPN|6|nsubj said|say|VERB|2|advcl", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* A compound after the verb of an actor subject is that actor's target,
 * member by member. */
static void test_compound_after_verb(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj agreed|agree|VERB|0|root with|with|ADP|4|case "
                      "Gondor|Gondor|PROPN|2|obl and|and|CCONJ|6|cc Mordor|Mordor|PROPN|4|conj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "031"));
    assert_true(has(d, "ARN", "MOR", "031"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* A pattern that makes the verb's subject the target ("NOTED + *") takes
 * the source from the clause above. */
static void test_source_from_above(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|2|nsubj noted|note|VERB|0|root that|that|SCONJ|5|mark "
                      "Gondor|Gondor|PROPN|5|nsubj regretted|regret|VERB|2|ccomp it|it|PRON|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "115"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* A finite verb set beside a participle shares its subject; a subject
 * naming no actor leaves the source to the nearest actor before the verb. */
static void test_source_fallbacks(void **state) {
    (void)state;
    chr_doc *d = build("Arnor|Arnor|PROPN|2|nsubj published|publish|VERB|0|root ,|,|PUNCT|4|punct "
                       "visited|visit|VERB|2|parataxis Gondor|Gondor|PROPN|4|obj", NULL);
    d->tokens[3].xpos = "VBD";
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|2|nmod:poss death|death|NOUN|0|root and|and|CCONJ|5|cc toll|toll|NOUN|5|nsubj "
             "visited|visit|VERB|2|conj Gondor|Gondor|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|0|root ,|,|PUNCT|4|punct crowds|crowd|NOUN|4|nsubj visited|visit|VERB|1|parataxis "
             "Gondor|Gondor|PROPN|4|obj", NULL, NULL);
    assert_int_equal(nevents(d), 0); /* not across a comma */
    chr_doc_free(d);
}

/* "Arnor Minister Elendil" parsed with "Elendil" a conjunct of "Arnor" and
 * nothing coordinating between them is one name: one actor, ARNGOV. */
static void test_asyndetic_name(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|4|nsubj Minister|Minister|PROPN|3|nmod:desc Elendil|Elendil|PROPN|1|conj "
                      "visited|visit|VERB|0|root Gondor|Gondor|PROPN|4|obj", NULL, NULL);
    assert_true(has(d, "ARNGOV", "GON", "042"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* Two subjects with a coordinating word between them are one compound:
 * "Neither Arnor nor Mordor visited Gondor". */
static void test_coordinated_subjects(void **state) {
    (void)state;
    chr_doc *d = code("Neither|neither|CCONJ|5|cc Arnor|Arnor|PROPN|5|nsubj nor|nor|CCONJ|5|cc "
                      "Mordor|Mordor|PROPN|5|nsubj visited|visit|VERB|0|root Gondor|Gondor|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    assert_true(has(d, "MOR", "GON", "042"));
    chr_doc_free(d);
}

/* As PETRARCH-1 reads passives: one with a "by" agent has it as source,
 * one without has its surface subject as source. */
static void test_passive_by_agent_only(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|3|nsubj:pass was|be|AUX|3|aux:pass criticized|criticize|VERB|0|root "
                      "by|by|ADP|5|case Gondor|Gondor|PROPN|3|obl:agent", NULL, NULL);
    assert_true(has(d, "GON", "ARN", "121"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Arnor|Arnor|PROPN|3|nsubj:pass was|be|AUX|3|aux:pass criticized|criticize|VERB|0|root "
             "over|over|ADP|5|case dispute|dispute|NOUN|3|obl with|with|ADP|7|case Gondor|Gondor|PROPN|5|nmod",
             NULL, NULL);
    assert_true(has(d, "ARN", "GON", "121"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* A hyphenated name the tokenizer split ("Barad - dur") is found, even
 * when the parser hung its last part elsewhere. */
static void test_hyphenated_name(void **state) {
    (void)state;
    chr_doc *d = build("Arnor|Arnor|PROPN|2|nsubj broke|break|VERB|0|root into|into|ADP|4|case "
                       "Barad|Barad|PROPN|2|obl -|-|PUNCT|6|punct dur|dur|NOUN|2|parataxis", NULL);
    d->tokens[4].start = d->tokens[3].end; /* "Barad-dur" as written */
    d->tokens[4].end = d->tokens[4].start + 1;
    d->tokens[5].start = d->tokens[4].end;
    d->tokens[5].end = d->tokens[5].start + 3;
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_true(has(d, "ARN", "MOR", "1717"));
    chr_doc_free(d);
}

/* The phrase of a complement is its governor's: "Arnor is about to visit,
 * full ties with Gondor" with "ties" hung beside "about" still finds the
 * target after the verb. */
static void test_complement_phrase(void **state) {
    (void)state;
    chr_doc *d = code("Arnor|Arnor|PROPN|3|nsubj is|be|AUX|3|cop about|about|ADJ|0|root to|to|PART|5|mark "
                      "visit|visit|VERB|3|xcomp ,|,|PUNCT|8|punct full|full|ADJ|8|amod ties|tie|NOUN|3|parataxis "
                      "with|with|ADP|10|case Gondor|Gondor|PROPN|8|nmod", NULL, NULL);
    assert_true(has(d, "ARN", "GON", "042"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_negation_in_pattern),
        cmocka_unit_test(test_stray_modifier_subject),
        cmocka_unit_test(test_pronoun_and_raising),
        cmocka_unit_test(test_unknown_preposition),
        cmocka_unit_test(test_odd_parses),
        cmocka_unit_test(test_one_event_per_phrase),
        cmocka_unit_test(test_form_before_lemma),
        cmocka_unit_test(test_compound_slot),
        cmocka_unit_test(test_multiword_before),
        cmocka_unit_test(test_split_and_mistagged_names),
        cmocka_unit_test(test_literal_pattern_words),
        cmocka_unit_test(test_target_after_verb),
        cmocka_unit_test(test_compound_after_verb),
        cmocka_unit_test(test_source_from_above),
        cmocka_unit_test(test_source_fallbacks),
        cmocka_unit_test(test_asyndetic_name),
        cmocka_unit_test(test_coordinated_subjects),
        cmocka_unit_test(test_passive_by_agent_only),
        cmocka_unit_test(test_hyphenated_name),
        cmocka_unit_test(test_complement_phrase),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
