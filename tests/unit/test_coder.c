/*
 * test_coder.c - the event coder on hand-built dependency parses, so that its
 * logic is tested apart from the statistical tagger and parser: subjects,
 * objects and obliques, passive agents, compound actors, verb-on-verb
 * (pass-through and combination), light verbs with event nouns, negation,
 * paired codes, discards, skip words, de-duplication and dated codes, and
 * PETRARCH-1 "%" compounds.
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
#include "event/cameo.h"
#include "event/coder.h"
#include "lex/dict_load.h"
#include "lex/lexicon.h"
#include "lex/petrarch_load.h"

static const char *dict_text =
    "[sets]\n"
    "&EXTRADITION : extradition | handover\n"
    "[countries]\n"
    "RUS name : Russia\n"
    "RUS adj : Russian | Russians\n"
    "MEX name : Mexico\n"
    "USA name : United States | U.S.\n"
    "SRB name : Serbia\n"
    "[agents]\n"
    "~COP : police\n"
    "~EDU : student{,s}\n"
    "~GOV : government | foreign ministry\n"
    "[actors]\n"
    "MEXGOV@2012-12-01..2018-11-30 MEXELI (person) : Pena Nieto\n"
    "RUSGOV (org) : Stolichny Council\n"
    "MEXCRMSIN (person) : Guzman\n"
    "SCGSRB@2003-02-04..2006-06-03 : Serbia\n"
    "[skip]\n"
    "media : CCTV\n"
    "reporter : reporter{,s}\n"
    "head : protocol | talks\n"
    "[discards]\n"
    "sentence : basketball\n"
    "story : World Cup\n"
    "[combine]\n"
    "intent 07 => 033\n"
    "intent * => 030\n"
    "appeal 07 => 023\n"
    "appeal * => 020\n"
    "[verbs]\n"
    "negator : not | n't | neither\n"
    "light : provide | give\n"
    "verb arrest | detain => 173\n"
    "verb allow => ---\n"
    "- obj:&EXTRADITION to:@ => 063\n"
    "verb decide => ---\n"
    "- xcomp:* => pass\n"
    "verb promise => 030\n"
    "- xcomp:* => %intent\n"
    "- ccomp:* => 030\n"
    "verb provide => ---\n"
    "- obj:assurance => 031\n"
    "verb help => 070\n"
    "verb give => ---\n"
    "- obj:* to:@ => 070\n"
    "noun warning => 130\n"
    "verb consult => 040\n"
    "verb command => 100\n"
    "- obj:@ => 100\n"
    "verb try => ---\n"
    "- xcomp:* => ---\n"
    "verb urge => 020\n"
    "- obj:@ xcomp:* => %appeal\n"
    "- obj:release of:@ => 0253\n"
    "- obj:release to:@ => 0253\n"
    "verb probe => ---\n"
    "- obj:@ => 090\n"
    "verb take => ---\n"
    "- obj:@ xcomp:hostage => 181\n"
    "verb fire => ---\n"
    "- obj:@ => 190\n"
    "- at:@ => 193\n"
    "verb say => 010\n"
    "- ccomp:@ => 010\n"
    "verb announce => 010\n"
    "verb visit => 042:043\n"
    "verb meet => 036\n"
    "- with:@both => 036\n"
    "verb criticize => 111 not:---\n"
    "verb praise => 051 not:111\n"
    "noun assurance => 031\n"
    "noun extradition => 063\n"
    "- to:@ => 063\n";

#include "coder_dict_fixture.h"
#include "coder_doc.h"

static void test_subject_object(void **state) {
    (void)state;
    chr_doc *d = code("Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj arrested|arrest|VERB|0|root "
                      "Russian|russian|ADJ|5|amod students|student|NOUN|3|obj .|.|PUNCT|3|punct",
                      "1995-01-04", NULL);
    assert_int_equal(nevents(d), 1);
    assert_true(has(d, "RUSCOP", "RUSEDU", "173"));
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    assert_string_equal(ev[0].root, "17");
    assert_int_equal(ev[0].quad, 4);
    assert_string_equal(ev[0].source.text, "Russian police");
    assert_int_equal(ev[0].evidence_start, 15);
    assert_int_equal(ev[0].evidence_end, 40); /* arrested Russian students */
    chr_doc_free(d);
    /* an agent without a country */
    d = code("Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj arrested|arrest|VERB|0|root "
             "students|student|NOUN|3|obj", NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
}

static void test_oblique_and_pass(void **state) {
    (void)state;
    chr_doc *d = code("Mexico|Mexico|PROPN|4|nmod:poss 's|'s|PART|1|case Foreign|foreign|ADJ|4|amod "
                      "Ministry|ministry|PROPN|5|nsubj decided|decide|VERB|0|root to|to|PART|7|mark "
                      "allow|allow|VERB|5|xcomp the|the|DET|9|det extradition|extradition|NOUN|7|obj "
                      "of|of|ADP|11|case Guzman|Guzman|PROPN|9|nmod to|to|ADP|15|case the|the|DET|15|det "
                      "United|United|PROPN|15|compound States|States|PROPN|9|nmod",
                      "2016-05-20", NULL);
    assert_true(has(d, "MEXGOV", "USA", "063"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* Attachment variants: the name after the "of" complement parsed as a second
 * object of the verb (with "to" on it), as an oblique of the verb with no
 * preposition (with "to" on it, as the shipped parser reads the seed
 * article), or as an apposition of the event noun (with "to" on the verb);
 * all code the same event. */
static void test_attachment_variants(void **state) {
    (void)state;
    static const char *const head =
        "Mexico|Mexico|PROPN|2|nsubj allowed|allow|VERB|0|root the|the|DET|4|det "
        "extradition|extradition|NOUN|2|obj of|of|ADP|6|case kingpin|kingpin|NOUN|4|nmod ,|,|PUNCT|8|punct ";
    static const char *const tails[] = {
        "Guzman|Guzman|PROPN|2|obj to|to|ADP|10|case U.S.|U.S.|PROPN|8|nmod",
        "Guzman|Guzman|PROPN|4|appos to|to|ADP|10|case U.S.|U.S.|PROPN|2|obl",
        "Guzman|Guzman|PROPN|4|conj to|to|ADP|10|case U.S.|U.S.|PROPN|8|nmod",
        "Guzman|Guzman|PROPN|2|obl to|to|ADP|10|case U.S.|U.S.|PROPN|8|nmod",
    };
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        char spec[1024];
        snprintf(spec, sizeof spec, "%s%s", head, tails[i]);
        chr_doc *d = code(spec, "2016-05-20", NULL);
        assert_true(has(d, "MEX", "USA", "063"));
        assert_int_equal(nevents(d), 1);
        chr_doc_free(d);
    }
}

/* An event takes the date of the time expression in its clause; an event
 * in a sentence without one takes the document date. */
static void test_event_dates(void **state) {
    (void)state;
    chr_doc *d = build("Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj arrested|arrest|VERB|0|root "
                       "students|student|NOUN|3|obj on|on|ADP|6|case Monday|Monday|PROPN|3|obl "
                       "// Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj detained|detain|VERB|0|root "
                       "Russians|Russians|PROPN|3|obj",
                       "2016-05-20");
    assert_int_equal(chr_timex_find(d->text, d->len, d->date, &d->timex, &d->ntimex), CHR_OK);
    assert_true(d->ntimex >= 1);
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    assert_int_equal(n, 2);
    assert_int_equal(ev[0].date.day, 16); /* Monday before Friday 2016-05-20 */
    assert_int_equal(ev[1].date.day, 20);
    chr_doc_free(d);
}

/* A country in a locative phrase places the actor; it names it only when
 * nothing else in the phrase does. */
static void test_locative_countries(void **state) {
    (void)state;
    chr_doc *d = code("Russian|russian|ADJ|2|amod police|police|NOUN|6|nsubj in|in|ADP|4|case "
                      "Mexico|Mexico|PROPN|2|nmod have|have|AUX|6|aux arrested|arrest|VERB|0|root "
                      "students|student|NOUN|6|obj",
                      NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("police|police|NOUN|4|nsubj in|in|ADP|3|case Mexico|Mexico|PROPN|1|nmod arrested|arrest|VERB|0|root "
             "students|student|NOUN|4|obj",
             NULL, NULL);
    assert_true(has(d, "MEXCOP", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* "are about to visit" with "about" parsed as an adverb of the root: the
 * complement still finds the subject (a country: a people, "Russians",
 * makes no state visit, coder_peopletravel.c). */
static void test_subject_through_adverb(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|7|nsubj is|be|AUX|7|cop about|about|ADV|7|advmod "
                      "to|to|PART|5|mark visit|visit|VERB|3|xcomp Mexico|Mexico|PROPN|5|obj .|.|PUNCT|0|root",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "042"));
    chr_doc_free(d);
}

/* "Russia on Monday visited Mexico" parsed with "Monday" as the root and the
 * finite verb as its clause: the subject is the actor before the verb. */
static void test_misattached_subject(void **state) {
    (void)state;
    static const char *const spec = "Russia|Russia|PROPN|3|nsubj on|on|ADP|3|case Monday|Monday|PROPN|0|root "
                                    "visited|visit|VERB|3|acl Mexico|Mexico|PROPN|4|obj";
    chr_doc *d = build(spec, NULL);
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_int_equal(nevents(d), 0); /* no tag: a participle clause keeps its reading */
    chr_doc_free(d);
    d = build(spec, NULL);
    d->tokens[3].xpos = "VBD";
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_true(has(d, "RUS", "MEX", "042"));
    chr_doc_free(d);
}

/* The parse spec coded with one token's fine tag set ("VBN", "NN"). */
static chr_doc *code_tagged(const char *spec, int tok, const char *xpos) {
    chr_doc *d = build(spec, NULL);
    d->tokens[tok].xpos = xpos;
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    return d;
}

/* A verb hanging on its own subject, as an active relative clause or as a
 * participle read off a root noun, keeps that subject as its source although
 * the target lies inside the subject's phrase; a passive relative clause has
 * no agent in the noun it modifies. */
static void test_relative_clause_source(void **state) {
    (void)state;
    chr_doc *d = code("Russian|russian|ADJ|2|amod police|police|NOUN|0|root who|who|PRON|4|nsubj "
                      "fired|fire|VERB|2|acl:relcl at|at|ADP|6|case students|student|NOUN|4|obl",
                      NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "193"));
    chr_doc_free(d);
    d = code("Russian|russian|ADJ|2|amod police|police|NOUN|0|root fired|fire|VERB|2|acl "
             "at|at|ADP|5|case students|student|NOUN|3|obl",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "193"));
    chr_doc_free(d);
    d = code("Mexico|Mexico|PROPN|0|root ,|,|PUNCT|6|punct where|where|ADV|6|advmod students|student|NOUN|6|nsubj:pass "
             "were|be|AUX|6|aux:pass fired|fire|VERB|1|acl:relcl at|at|ADP|6|obl",
             NULL, NULL);
    assert_false(has(d, "MEX", "---EDU", "190"));
    chr_doc_free(d);
    /* a "which" clause hangs on an event or a place, not on its agent */
    d = code("Russian|russian|ADJ|2|amod shelling|shelling|NOUN|0|root which|which|PRON|4|nsubj "
             "fired|fire|VERB|2|acl:relcl at|at|ADP|6|case students|student|NOUN|4|obl",
             NULL, NULL);
    assert_false(has(d, "RUS", "---EDU", "193"));
    chr_doc_free(d);
}

/* "Students were criticized and arrested by Russian police": the participle
 * shares the passive of the verb it is conjoined to, so the "by" phrase is
 * its agent and the students its object. */
static void test_conjoined_passive(void **state) {
    (void)state;
    static const char *const spec = "Students|student|NOUN|3|nsubj:pass were|be|AUX|3|aux:pass "
                                    "criticized|criticize|VERB|0|root and|and|CCONJ|5|cc arrested|arrest|VERB|3|conj "
                                    "by|by|ADP|8|case Russian|russian|ADJ|8|amod police|police|NOUN|5|obl";
    chr_doc *d = code_tagged(spec, 4, "VBN");
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    assert_false(has(d, "---EDU", "RUSCOP", "173"));
    chr_doc_free(d);
}

/* "Students were taken hostage by Russian police": the bare noun after the
 * passive verb is its open complement, the passive subject its object. */
static void test_second_object_complement(void **state) {
    (void)state;
    static const char *const spec = "Students|student|NOUN|3|nsubj:pass were|be|AUX|3|aux:pass taken|take|VERB|0|root "
                                    "hostage|hostage|NOUN|3|obj by|by|ADP|7|case Russian|russian|ADJ|7|amod "
                                    "police|police|NOUN|3|obl:agent";
    chr_doc *d = code_tagged(spec, 3, "NN");
    assert_true(has(d, "RUSCOP", "---EDU", "181"));
    chr_doc_free(d);
}

/* Passive clauses on their object: a participle with a "by" agent hung on a
 * noun that names someone ("students arrested by Russian police"), and a
 * relative clause whose passive subject is "who" ("Guzman, who was arrested
 * by Russian police"). The agent inside the object's phrase stays the
 * source. */
static void test_passive_on_object(void **state) {
    (void)state;
    chr_doc *d = code_tagged("Students|student|NOUN|0|root arrested|arrest|VERB|1|acl by|by|ADP|5|case "
                             "Russian|russian|ADJ|5|amod police|police|NOUN|2|obl",
                             1, "VBN");
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
    d = code_tagged("Students|student|NOUN|0|root fired|fire|VERB|1|acl by|by|ADP|5|case "
                    "Russian|russian|ADJ|5|amod police|police|NOUN|2|obl",
                    1, "VBN");
    assert_true(has(d, "RUSCOP", "---EDU", "190"));
    chr_doc_free(d);
    d = code("Guzman|Guzman|PROPN|0|root ,|,|PUNCT|5|punct who|who|PRON|5|nsubj:pass was|be|AUX|5|aux:pass "
             "arrested|arrest|VERB|1|acl:relcl by|by|ADP|8|case Russian|russian|ADJ|8|amod police|police|NOUN|5|obl:agent",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "MEXCRMSIN", "173"));
    chr_doc_free(d);
}

static void test_passive(void **state) {
    (void)state;
    chr_doc *d = code("Students|student|NOUN|3|nsubj:pass were|be|AUX|3|aux:pass arrested|arrest|VERB|0|root "
                      "by|by|ADP|6|case Russian|russian|ADJ|6|amod police|police|NOUN|3|obl",
                      NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

static void test_compound_actors(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|4|nsubj and|and|CCONJ|3|cc Mexico|Mexico|PROPN|1|conj "
                      "arrested|arrest|VERB|0|root students|student|NOUN|4|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "---EDU", "173"));
    assert_true(has(d, "MEX", "---EDU", "173"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    /* a compound subject of a cooperation code (03-06) without a target
     * cooperates with itself, both ways (PETRARCH2) */
    d = code("Russia|Russia|PROPN|4|nsubj and|and|CCONJ|3|cc Mexico|Mexico|PROPN|1|conj met|meet|VERB|0|root",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "036"));
    assert_true(has(d, "MEX", "RUS", "036"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    /* not so for other codes */
    d = code("Russia|Russia|PROPN|4|nsubj and|and|CCONJ|3|cc Mexico|Mexico|PROPN|1|conj "
             "arrested|arrest|VERB|0|root",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj met|meet|VERB|0|root with|with|ADP|4|case Mexico|Mexico|PROPN|2|obl "
             "and|and|CCONJ|6|cc United|United|PROPN|7|compound States|States|PROPN|4|conj",
             NULL, NULL);
    assert_true(has(d, "MEX", "USA", "036"));
    assert_true(has(d, "USA", "MEX", "036"));
    chr_doc_free(d);
}

static void test_verb_on_verb(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj promised|promise|VERB|0|root to|to|PART|4|mark "
                      "help|help|VERB|2|xcomp Mexico|Mexico|PROPN|4|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "033"));
    assert_int_equal(nevents(d), 1); /* the inner 070 is not coded on its own */
    chr_doc_free(d);
}

static void test_light_verb(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj provided|provide|VERB|0|root assurances|assurance|NOUN|2|obj "
                      "to|to|ADP|5|case Mexico|Mexico|PROPN|2|obl",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "031"));
    chr_doc_free(d);
}

static void test_clause_target(void **state) {
    (void)state;
    /* the target of an assurance is the actor its clause is about */
    chr_doc *d = code("The|the|DET|3|det U.S.|U.S.|PROPN|3|compound government|government|NOUN|4|nsubj "
                      "provided|provide|VERB|0|root assurances|assurance|NOUN|4|obj that|that|SCONJ|11|mark "
                      "the|the|DET|9|det death|death|NOUN|9|compound penalty|penalty|NOUN|11|nsubj "
                      "shall|shall|AUX|11|aux apply|apply|VERB|5|acl to|to|ADP|13|case Guzman|Guzman|PROPN|11|obl",
                      "2016-05-20", NULL);
    assert_true(has(d, "USAGOV", "MEXCRMSIN", "031"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj promised|promise|VERB|0|root that|that|SCONJ|6|mark "
             "Guzman|Guzman|PROPN|6|nsubj will|will|AUX|6|aux leave|leave|VERB|2|ccomp", NULL, NULL);
    assert_true(has(d, "RUS", "MEXCRMSIN", "030"));
    chr_doc_free(d);
    /* a clause coding an event of its own is no target (PETRARCH2: the
     * saying verb's target would be an event) */
    d = code("Russia|Russia|PROPN|2|nsubj announced|announce|VERB|0|root that|that|SCONJ|6|mark "
             "Mexico|Mexico|PROPN|6|nsubj will|will|AUX|6|aux arrest|arrest|VERB|2|ccomp "
             "students|student|NOUN|6|obj", NULL, NULL);
    assert_true(has(d, "MEX", "---EDU", "173"));
    assert_false(has(d, "RUS", "MEX", "010"));
    chr_doc_free(d);
    /* but a pattern naming the clause ("promise ... ccomp:*") codes the
     * whole act: the promised arrest did not happen */
    d = code("Russia|Russia|PROPN|2|nsubj promised|promise|VERB|0|root that|that|SCONJ|6|mark "
             "Mexico|Mexico|PROPN|6|nsubj will|will|AUX|6|aux arrest|arrest|VERB|2|ccomp "
             "students|student|NOUN|6|obj", NULL, NULL);
    assert_false(has(d, "MEX", "---EDU", "173"));
    chr_doc_free(d);
}

/* A third-person pronoun stands for the actor named in a clause above. */
static void test_pronouns(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj indicated|indicate|VERB|0|root it|it|PRON|4|nsubj "
                      "criticized|criticize|VERB|2|ccomp Mexico|Mexico|PROPN|4|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    /* not in its own clause, and never first person */
    d = code("It|it|PRON|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj indicated|indicate|VERB|0|root we|we|PRON|4|nsubj "
             "criticized|criticize|VERB|2|ccomp Mexico|Mexico|PROPN|4|obj",
             NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
}

/* Targets further down the verb phrase (coder_target.c). */
static void test_more_targets(void **state) {
    (void)state;
    /* a participle on the object, behind a preposition the lexicon lacks */
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|4|det "
                      "roads|road|NOUN|2|obj leading|lead|VERB|4|acl into|into|ADP|7|case Mexico|Mexico|PROPN|5|obl",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    /* ... or on a noun inside the object's phrase */
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root plans|plan|NOUN|2|obj on|on|ADP|5|case "
             "issues|issue|NOUN|3|nmod sent|send|VERB|5|acl from|from|ADP|8|case Mexico|Mexico|PROPN|6|obl",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    /* the clause of a clause */
    d = code("Russia|Russia|PROPN|2|nsubj promised|promise|VERB|0|root that|that|SCONJ|5|mark it|it|PRON|5|nsubj "
             "hopes|hope|VERB|2|ccomp that|that|SCONJ|9|mark Guzman|Guzman|PROPN|9|nsubj will|will|AUX|9|aux "
             "leave|leave|VERB|5|ccomp",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEXCRMSIN", "030"));
    chr_doc_free(d);
    /* an infinitive complement */
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|4|det deal|deal|NOUN|2|obj "
             "to|to|PART|6|mark help|help|VERB|2|advcl Mexico|Mexico|PROPN|6|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
}

/* "ccomp:@": a statement about the actor of the reported clause; the clause
 * is coded on its own, and takes the speaker as source only through a
 * pronoun subject. */
static void test_said_clause(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root Mexico|Mexico|PROPN|4|nsubj "
                      "arrested|arrest|VERB|2|ccomp students|student|NOUN|4|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "010"));
    assert_true(has(d, "MEX", "---EDU", "173"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root it|it|PRON|5|nsubj would|would|AUX|5|aux "
             "help|help|VERB|2|ccomp Mexico|Mexico|PROPN|5|obj", NULL, NULL);
    /* the clause is about its own subject only: the pronoun's help is coded, no statement to Mexico */
    assert_false(has(d, "RUS", "MEX", "010"));
    assert_true(has(d, "RUS", "MEX", "070"));
    chr_doc_free(d);
    /* "said students were arrested": the speaker did not arrest them, and
     * a bare role ("students", ---EDU) names no one a statement is about */
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root students|student|NOUN|5|nsubj:pass "
             "were|be|AUX|5|aux:pass arrested|arrest|VERB|2|ccomp", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    /* "said talks were held in Mexico": a place in the clause is no addressee */
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root talks|talk|NOUN|5|nsubj:pass "
             "were|be|AUX|5|aux:pass held|hold|VERB|2|ccomp in|in|ADP|7|case Mexico|Mexico|PROPN|5|obl",
             NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "010"));
    chr_doc_free(d);
    /* "said Mexico's police ...": the named subject; "said the Mexico help ...": a modifier only */
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root Mexico|Mexico|PROPN|4|compound "
             "police|police|NOUN|5|nsubj left|leave|VERB|2|ccomp", NULL, NULL);
    assert_true(has(d, "RUS", "MEXCOP", "010"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root Mexico|Mexico|PROPN|4|compound "
             "help|help|NOUN|5|nsubj ended|end|VERB|2|ccomp", NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "010"));
    chr_doc_free(d);
    /* "Russia said Russian police left": its own police, no addressee */
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root Russian|Russian|ADJ|4|amod "
             "police|police|NOUN|5|nsubj left|leave|VERB|2|ccomp", NULL, NULL);
    assert_false(has(d, "RUS", "RUSCOP", "010"));
    chr_doc_free(d);
}

/* A phrase headed by a "head" skip word names no actor ("the Mexico
 * Protocol"), but its "with" party does ("talks with Mexico"), and the word
 * elsewhere in a phrase leaves the actor ("the Mexico talks police" is
 * police). */
static void test_head_skip(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|5|det "
                      "Mexico|Mexico|PROPN|5|compound Protocol|protocol|PROPN|2|obj", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root talks|talk|NOUN|2|obj "
             "with|with|ADP|5|case Mexico|Mexico|PROPN|3|nmod", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|5|compound "
             "talks|talk|NOUN|5|compound police|police|NOUN|2|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEXCOP", "111"));
    chr_doc_free(d);
}

/* An actor slot is filled only by a phrase naming an actor: "fired shots at
 * Mexico" takes "at:@", not "obj:@" with the object "shots". */
static void test_slot_needs_actor(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj fired|fire|VERB|0|root shots|shot|NOUN|2|obj "
                      "at|at|ADP|5|case Mexico|Mexico|PROPN|2|obl", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "193"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj fired|fire|VERB|0|root on|on|ADP|4|case Mexico|Mexico|PROPN|2|obl",
             NULL, NULL);
    assert_int_equal(nevents(d), 0); /* no pattern names "on" */
    chr_doc_free(d);
}

static void test_negation(void **state) {
    (void)state;
    /* "Neither Russia nor Mexico arrested students": nobody did */
    chr_doc *nd = code("Neither|neither|CCONJ|2|cc Russia|Russia|PROPN|5|nsubj nor|nor|CCONJ|4|cc "
                       "Mexico|Mexico|PROPN|2|conj arrested|arrest|VERB|0|root students|student|NOUN|5|obj",
                       NULL, NULL);
    assert_int_equal(nevents(nd), 0);
    chr_doc_free(nd);
    const char *s = "Russia|Russia|PROPN|4|nsubj did|do|AUX|4|aux not|not|PART|4|advmod visit|visit|VERB|0|root "
                    "Mexico|Mexico|PROPN|4|obj";
    chr_doc *d = code(s, NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    chrCoderOptions keep = {.keep_negated = 1};
    d = code(s, NULL, &keep);
    assert_int_equal(nevents(d), 2);
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    assert_true(ev[0].flags & CHR_EVENT_NEGATED);
    chr_doc_free(d);
    /* not:CODE: a negated praise is a criticism */
    d = code("Russia|Russia|PROPN|4|nsubj did|do|AUX|4|aux n't|not|PART|4|advmod praise|praise|VERB|0|root "
             "Mexico|Mexico|PROPN|4|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

static void test_paired_codes(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "042"));
    assert_true(has(d, "MEX", "RUS", "043"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

static void test_discards(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root Mexico|Mexico|PROPN|2|obj "
                      "for|for|ADP|5|case basketball|basketball|NOUN|2|obl",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    /* a story discard drops events of every sentence, earlier ones too */
    chrCoderStats st;
    d = build("Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root Mexico|Mexico|PROPN|2|obj // "
              "The|the|DET|3|det World|World|PROPN|3|compound Cup|Cup|PROPN|4|nsubj began|begin|VERB|0|root",
              NULL);
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, &st), CHR_OK);
    assert_int_equal(nevents(d), 0);
    assert_int_equal(st.story_discarded, 1);
    chr_doc_free(d);
}

static void test_skip_words(void **state) {
    (void)state;
    chr_doc *d = code("CCTV|CCTV|PROPN|2|compound reporters|reporter|NOUN|3|nsubj visited|visit|VERB|0|root "
                      "Mexico|Mexico|PROPN|3|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

static void test_dedup(void **state) {
    (void)state;
    const char *s = "Russia|Russia|PROPN|2|nsubj arrested|arrest|VERB|0|root students|student|NOUN|2|obj // "
                    "Russia|Russia|PROPN|2|nsubj detained|detain|VERB|0|root students|student|NOUN|2|obj";
    chr_doc *d = code(s, "2016-05-20", NULL);
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    chrCoderOptions all = {.all_duplicates = 1};
    d = code(s, "2016-05-20", &all);
    assert_int_equal(nevents(d), 2);
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    assert_int_equal(ev[1].sentence, 1);
    chr_doc_free(d);
}

static void test_dated_codes(void **state) {
    (void)state;
    const char *s = "Pena|Pena|PROPN|3|nsubj Nieto|Nieto|PROPN|1|flat visited|visit|VERB|0|root Russia|Russia|PROPN|3|obj";
    chr_doc *d = code(s, "2015-06-01", NULL);
    assert_true(has(d, "MEXGOV", "RUS", "042"));
    chr_doc_free(d);
    d = code(s, "2020-06-01", NULL);
    assert_true(has(d, "MEXELI", "RUS", "042"));
    chr_doc_free(d);
    /* a name that is both a country and a dated actor is the actor while its
     * dates cover the sentence, the country otherwise (and without a date) */
    const char *serbia = "Serbia|Serbia|PROPN|2|nsubj criticized|criticize|VERB|0|root Russia|Russia|PROPN|2|obj";
    const char *dates[] = {"2005-06-01", "2010-06-01", NULL};
    const char *want[] = {"SCGSRB", "SRB", "SRB"};
    for (int i = 0; i < 3; i++) {
        d = code(serbia, dates[i], NULL);
        assert_true(has(d, want[i], "RUS", "111"));
        assert_int_equal(nevents(d), 1);
        chr_doc_free(d);
    }
}

/* A surname alone (the last word, or the first when it is the phrase's only
 * word) stands for the person the document named in full before it; not
 * without that earlier mention, nor for the last word of an organisation's
 * name. */
static void test_surname(void **state) {
    (void)state;
    const char *full = "Pena|Pena|PROPN|3|nsubj Nieto|Nieto|PROPN|1|flat visited|visit|VERB|0|root "
                       "Russia|Russia|PROPN|3|obj // ";
    const char *alone = "Nieto|Nieto|PROPN|2|nsubj criticized|criticize|VERB|0|root Russia|Russia|PROPN|2|obj";
    char spec[512];
    snprintf(spec, sizeof spec, "%s%s", full, alone);
    chr_doc *d = code(spec, "2015-06-01", NULL);
    assert_true(has(d, "MEXGOV", "RUS", "111"));
    chr_doc_free(d);
    d = code(alone, "2015-06-01", NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    /* after a title too ("Premier Wen") */
    snprintf(spec, sizeof spec, "%s%s", full,
             "President|president|NOUN|2|compound Pena|Pena|PROPN|3|nsubj criticized|criticize|VERB|0|root "
             "Russia|Russia|PROPN|3|obj");
    d = code(spec, "2015-06-01", NULL);
    assert_true(has(d, "MEXGOV", "RUS", "111"));
    chr_doc_free(d);
    /* a family name written first stands alone too ("Wen Jiabao ... Wen") */
    snprintf(spec, sizeof spec, "%s%s", full, "Pena|Pena|PROPN|2|nsubj criticized|criticize|VERB|0|root Russia|Russia|PROPN|2|obj");
    d = code(spec, "2015-06-01", NULL);
    assert_true(has(d, "MEXGOV", "RUS", "111"));
    chr_doc_free(d);
    d = code("Stolichny|Stolichny|PROPN|2|compound Council|Council|PROPN|3|nsubj criticized|criticize|VERB|0|root "
             "Mexico|Mexico|PROPN|3|obj // "
             "Council|Council|PROPN|2|nsubj criticized|criticize|VERB|0|root Russia|Russia|PROPN|2|obj",
             "2015-06-01", NULL);
    assert_true(has(d, "RUSGOV", "MEX", "111"));
    assert_false(has(d, "RUSGOV", "RUS", "111"));
    chr_doc_free(d);
}

/* "Russian-backed police": the backer is not the actor's country. */
static void test_backer(void **state) {
    (void)state;
    chr_doc *d = code("Russian|Russian|ADJ|3|obl:unmarked -|-|PUNCT|1|punct backed|back|VERB|4|amod "
                      "police|police|NOUN|5|nsubj arrested|arrest|VERB|0|root students|student|NOUN|5|obj",
                      NULL, NULL);
    assert_true(has(d, "---COP", "---EDU", "173"));
    assert_false(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
    d = code("Russian|Russian|ADJ|2|amod police|police|NOUN|3|nsubj arrested|arrest|VERB|0|root "
             "students|student|NOUN|3|obj",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
}

static void test_monadic(void **state) {
    (void)state;
    const char *s = "Russia|Russia|PROPN|2|nsubj arrested|arrest|VERB|0|root people|people|NOUN|2|obj";
    chr_doc *d = code(s, NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    chrCoderOptions mon = {.allow_monadic = 1};
    d = code(s, NULL, &mon);
    assert_true(has(d, "RUS", "---", "173"));
    chr_doc_free(d);
}

static void test_cameo(void **state) {
    (void)state;
    const chrCameoCode *c = chrCameo_find("063");
    assert_non_null(c);
    assert_string_equal(c->root, "06");
    assert_int_equal(c->quad, 2);
    assert_null(chrCameo_find("999"));
    char root[4];
    int quad;
    double g;
    assert_int_equal(chrCameo_describe("1717", root, &quad, &g), 0);
    assert_string_equal(root, "17");
    assert_int_equal(quad, 4);
    assert_non_null(chrCameo_role("CRM"));
    size_t n;
    chrCameo_all(&n);
    assert_true(n > 300);
}

/* Codes with the shipped dict/ until restore(the returned lexicon). */
static chrLex *use_shipped(void) {
    chrLex *shipped = chrLex_new();
    assert_non_null(shipped);
    assert_int_equal(chrDict_loadDir(shipped, "dict", 0, NULL, NULL), CHR_OK);
    chrLex *saved = lex;
    lex = shipped;
    return saved;
}

static void restore(chrLex *saved) {
    chrLex_free(lex);
    lex = saved;
}

/* The shipped dict/ on hand-parsed sentences of the seed article (UD parses
 * as a parser trained on EWT gives them). */
static void test_shipped_dict_seed(void **state) {
    (void)state;
    chrLex *saved = use_shipped();
    chr_doc *d = code("Mexico|Mexico|PROPN|4|nmod:poss 's|'s|PART|1|case Foreign|Foreign|PROPN|4|compound "
                      "Ministry|Ministry|PROPN|6|nsubj has|have|AUX|6|aux decided|decide|VERB|0|root "
                      "to|to|PART|8|mark allow|allow|VERB|6|xcomp the|the|DET|10|det extradition|extradition|NOUN|8|obj "
                      "of|of|ADP|13|case drug|drug|NOUN|13|compound kingpin|kingpin|NOUN|10|nmod ,|,|PUNCT|13|punct "
                      "Joaquin|Joaquin|PROPN|13|appos Guzman|Guzman|PROPN|15|flat to|to|ADP|20|case the|the|DET|20|det "
                      "United|United|PROPN|20|compound States|States|PROPN|8|obl .|.|PUNCT|6|punct",
                      "2016-05-20", NULL);
    assert_true(has(d, "MEXGOV", "USA", "063"));
    chr_doc_free(d);
    /* a news outlet's reporter is never an actor */
    d = code("As|as|SCONJ|5|mark CCTV|CCTV|PROPN|4|nmod:poss 's|'s|PART|2|case Franc|Franc|PROPN|5|nsubj "
             "reports|report|VERB|0|root from|from|ADP|8|case Mexico|Mexico|PROPN|8|compound City|City|PROPN|5|obl",
             "2016-05-20", NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    restore(saved);
}

/* Precision rules of coder_scope.c and the shipped dict/ (issue 7): acts
 * that did not happen, and places and modifiers taken as actors. */
static void test_precision_rules(void **state) {
    (void)state;
    chrLex *saved = use_shipped();
    static const struct {
        const char *spec, *src, *tgt, *code; /* src NULL: no event at all */
    } cases[] = {
        /* the act itself */
        {"Russia|Russia|PROPN|2|nsubj arrested|arrest|VERB|0|root students|student|NOUN|2|obj", "RUS", "---EDU", "173"},
        /* a condition, and the unreal consequence of one */
        {"If|if|SCONJ|3|mark Russia|Russia|PROPN|3|nsubj arrests|arrest|VERB|0|root students|student|NOUN|3|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|3|nsubj would|would|AUX|3|aux arrest|arrest|VERB|0|root students|student|NOUN|3|obj "
         "if|if|SCONJ|7|mark Mexico|Mexico|PROPN|7|nsubj asked|ask|VERB|3|advcl", NULL, NULL, NULL},
        /* "as long as" and "so long as" open a condition too; "as" after another word does not */
        {"Russia|Russia|PROPN|2|nsubj waits|wait|VERB|0|root as|as|ADV|4|advmod long|long|ADV|2|advmod "
         "as|as|SCONJ|7|mark police|police|NOUN|7|nsubj arrest|arrest|VERB|4|advcl students|student|NOUN|7|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj waits|wait|VERB|0|root so|so|ADV|4|advmod long|long|ADV|2|advmod "
         "as|as|SCONJ|7|mark police|police|NOUN|7|nsubj arrest|arrest|VERB|4|advcl students|student|NOUN|7|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj waits|wait|VERB|0|root just|just|ADV|4|advmod "
         "as|as|SCONJ|6|mark police|police|NOUN|6|nsubj arrest|arrest|VERB|2|advcl students|student|NOUN|6|obj", "---COP", "---EDU", "173"},
        /* a negated subject negates the act */
        {"Neither|neither|CCONJ|2|cc:preconj Russia|Russia|PROPN|5|nsubj nor|nor|CCONJ|5|cc China|China|PROPN|5|nsubj "
         "criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|5|obj", NULL, NULL, NULL},
        /* nor does an object none of which is acted upon */
        {"Russia|Russia|PROPN|2|nsubj arrested|arrest|VERB|0|root no|no|DET|4|det students|student|NOUN|2|obj", NULL, NULL, NULL},
        /* possibility is no act */
        {"Russia|Russia|PROPN|3|nsubj could|could|AUX|3|aux arrest|arrest|VERB|0|root students|student|NOUN|3|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|3|nsubj could|could|AUX|3|aux decide|decide|VERB|0|root to|to|PART|5|mark "
         "arrest|arrest|VERB|3|xcomp students|student|NOUN|5|obj", NULL, NULL, NULL},
        /* a place is no target */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root in|in|ADP|4|case Mexico|Mexico|PROPN|2|obl", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|2|obj", "RUS", "MEX", "111"},
        /* the country of an "of" complement belongs to the phrase, that of another modifier not */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root students|student|NOUN|2|obj "
         "of|of|ADP|5|case Mexico|Mexico|PROPN|3|nmod", "RUS", "MEXEDU", "111"},
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root students|student|NOUN|2|obj "
         "against|against|ADP|5|case Mexico|Mexico|PROPN|3|nmod", "RUS", "---EDU", "111"},
        /* a country naming a policy's topic is no target (dict/ "head" skip line) */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|4|compound "
         "policy|policy|NOUN|2|obj", NULL, NULL, NULL},
        /* an airline flying to a country makes no state visit */
        {"Singapore|Singapore|PROPN|2|compound Airlines|Airlines|PROPN|3|nsubj flew|fly|VERB|0|root "
         "to|to|ADP|5|case Russia|Russia|PROPN|3|obl", NULL, NULL, NULL},
        /* an actor's own government, army or police is its own side; another's is not */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root its|its|PRON|4|nmod:poss "
         "army|army|NOUN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|4|det "
         "army|army|NOUN|2|obj", "RUS", "---MIL", "111"},
        /* a meeting is held with its partners, not with what it is about */
        {"Russia|Russia|PROPN|2|nsubj held|hold|VERB|0|root talks|talk|NOUN|2|obj "
         "regarding|regarding|ADP|5|case Mexico|Mexico|PROPN|2|obl", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj held|hold|VERB|0|root talks|talk|NOUN|2|obj "
         "on|on|ADP|5|case Mexico|Mexico|PROPN|2|obl", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj held|hold|VERB|0|root talks|talk|NOUN|2|obj "
         "with|with|ADP|5|case Mexico|Mexico|PROPN|2|obl", "RUS", "MEX", "046"},
        /* (the participle is made the partner's modifier again: talks with visiting Mexico are talks with Mexico) */
        {"Russia|Russia|PROPN|2|nsubj held|hold|VERB|0|root talks|talk|NOUN|2|obj "
         "with|with|SCONJ|5|mark visiting|visit|VERB|3|acl Mexico|Mexico|PROPN|5|obj", "RUS", "MEX", "046"},
        /* "rebels and a soldier were killed", the first noun parsed as the active subject: no one killed */
        {"rebels|rebel|NOUN|6|nsubj and|and|CCONJ|6|cc a|a|DET|4|det soldier|soldier|NOUN|6|nsubj:pass "
         "were|be|AUX|6|aux:pass killed|kill|VERB|0|root", NULL, NULL, NULL},
        {"rebels|rebel|NOUN|2|nsubj killed|kill|VERB|0|root a|a|DET|4|det soldier|soldier|NOUN|2|obj",
         "---REB", "---MIL", "190"},
        /* a city alone is a place, except as where one travels or what is attacked */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Goma|Goma|PROPN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root Goma|Goma|PROPN|2|obj", "RUS", "COD", "042"},
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Kinshasa|Kinshasa|PROPN|2|obj", "RUS", "COD", "111"},
        {"Russia|Russia|PROPN|2|nsubj attacked|attack|VERB|0|root Goma|Goma|PROPN|2|obj", "RUS", "COD", "190"},
        /* one consults or meets people, not a city ("met in Goma" parsed with Goma as object) */
        {"Russia|Russia|PROPN|2|nsubj consulted|consult|VERB|0|root Goma|Goma|PROPN|2|obj", NULL, NULL, NULL},
        {"Goma|Goma|PROPN|2|nsubj attacked|attack|VERB|0|root Russia|Russia|PROPN|2|obj", NULL, NULL, NULL},
        /* so is a capital named as such ("the capital Kinshasa"), not its country acting */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|5|det capital|capital|NOUN|5|compound "
         "Kinshasa|Kinshasa|PROPN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root the|the|DET|5|det capital|capital|NOUN|5|compound "
         "Kinshasa|Kinshasa|PROPN|2|obj", "RUS", "COD", "042"},
        /* an attempt is no act done */
        {"Russia|Russia|PROPN|2|nsubj tried|try|VERB|0|root to|to|PART|4|mark arrest|arrest|VERB|2|xcomp "
         "students|student|NOUN|4|obj", NULL, NULL, NULL},
        /* nor is a claimed one */
        {"Russia|Russia|PROPN|2|nsubj claimed|claim|VERB|0|root to|to|PART|4|mark arrest|arrest|VERB|2|xcomp "
         "students|student|NOUN|4|obj", NULL, NULL, NULL},
        /* a statement without a clause about someone or an addressee has no target; claiming a
         * territory is no statement */
        {"Russia|Russia|PROPN|2|nsubj argued|argue|VERB|0|root over|over|ADP|4|case students|student|NOUN|2|obl",
         NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj claimed|claim|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root to|to|ADP|4|case Mexico|Mexico|PROPN|2|obl", "RUS", "MEX", "010"},
        /* an organisation and a body of its own are one side */
        {"UN|UN|PROPN|2|nsubj praised|praise|VERB|0|root UNHCR|UNHCR|PROPN|2|obj", NULL, NULL, NULL},
        {"UN|UN|PROPN|2|nsubj praised|praise|VERB|0|root Mexico|Mexico|PROPN|2|obj", "IGOUNO", "MEX", "051"},
        /* a visit is to a country or a government, not to people or buildings of no country,
         * and not inside one's own country */
        {"Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root students|student|NOUN|2|obj", NULL, NULL, NULL},
        {"Russian|Russian|ADJ|2|amod police|police|NOUN|3|nsubj visited|visit|VERB|0|root "
         "Russian|Russian|ADJ|5|amod students|student|NOUN|3|obj", NULL, NULL, NULL},
        {"Russian|Russian|ADJ|2|amod police|police|NOUN|3|nsubj visited|visit|VERB|0|root "
         "Mexican|Mexican|ADJ|5|amod students|student|NOUN|3|obj", "RUSCOP", "MEXEDU", "042"},
        {"Russia|Russia|PROPN|2|nsubj visited|visit|VERB|0|root the|the|DET|4|det government|government|NOUN|2|obj",
         "RUS", "---GOV", "042"},
        /* being admitted to hospital acknowledges nothing */
        {"students|student|NOUN|3|nsubj:pass were|be|AUX|3|aux:pass admitted|admit|VERB|0|root "
         "to|to|ADP|5|case hospital|hospital|NOUN|3|obl by|by|ADP|7|case police|police|NOUN|3|obl:agent", NULL, NULL, NULL},
        /* a country acts upon its own rebels, not upon its own army */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Russian|Russian|ADJ|4|amod "
         "army|army|NOUN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj arrested|arrest|VERB|0|root Russian|Russian|ADJ|4|amod "
         "rebels|rebel|NOUN|2|obj", "RUS", "RUSREB", "173"},
        /* an accident or a vehicle kills no one on purpose */
        {"Russian|Russian|ADJ|2|amod aircraft|aircraft|NOUN|3|nsubj killed|kill|VERB|0|root "
         "students|student|NOUN|3|obj", NULL, NULL, NULL},
        {"Russian|Russian|ADJ|2|amod soldiers|soldier|NOUN|3|nsubj killed|kill|VERB|0|root "
         "students|student|NOUN|3|obj", "RUSMIL", "---EDU", "190"},
        /* "met with visiting X": X is the guest; "after visiting X": X is the host */
        {"Russia|Russia|PROPN|2|nsubj met|meet|VERB|0|root with|with|SCONJ|4|mark visiting|visit|VERB|2|advcl "
         "Mexican|Mexican|ADJ|6|amod officials|official|NOUN|4|obj", "RUS", "MEXGOV", "040"},
        /* (recv's repair makes the visitors the partners of the meeting) */
        {"Russia|Russia|PROPN|2|nsubj met|meet|VERB|0|root with|with|SCONJ|4|mark visiting|visit|VERB|2|advcl "
         "Mexican|Mexican|ADJ|6|amod officials|official|NOUN|4|obj", "MEXGOV", "RUS", "040"},
        {"Russia|Russia|PROPN|2|nsubj left|leave|VERB|0|root after|after|SCONJ|4|mark visiting|visit|VERB|2|advcl "
         "Mexico|Mexico|PROPN|4|obj", "RUS", "MEX", "042"},
        /* a city naming an action plan is no actor; a purpose clause on a discussion names no partner */
        {"Russia|Russia|PROPN|2|nsubj endorsed|endorse|VERB|0|root the|the|DET|6|det Moscow|Moscow|PROPN|6|compound "
         "Action|action|NOUN|6|compound Plan|plan|NOUN|2|obj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj held|hold|VERB|0|root talks|talk|NOUN|2|obj to|to|PART|5|mark "
         "punish|punish|VERB|3|acl Mexico|Mexico|PROPN|5|obj", NULL, NULL, NULL},
        /* nor do a country and its own police meet each other */
        {"Russia|Russia|PROPN|5|nsubj and|and|CCONJ|4|cc Russian|Russian|ADJ|4|amod police|police|NOUN|1|conj "
         "met|meet|VERB|0|root", NULL, NULL, NULL},
        /* one actor acting upon a list of many acts upon a group, not upon each */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|2|obj ,|,|PUNCT|5|punct "
         "Peru|Peru|PROPN|3|conj ,|,|PUNCT|7|punct Chile|Chile|PROPN|3|conj ,|,|PUNCT|9|punct Cuba|Cuba|PROPN|3|conj "
         ",|,|PUNCT|11|punct Brazil|Brazil|PROPN|3|conj and|and|CCONJ|13|cc Bolivia|Bolivia|PROPN|3|conj", NULL, NULL, NULL},
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|2|obj and|and|CCONJ|5|cc "
         "Peru|Peru|PROPN|3|conj", "RUS", "PER", "111"},
        /* a siege restricts movement (191) */
        {"Russia|Russia|PROPN|2|nsubj besieged|besiege|VERB|0|root Mexico|Mexico|PROPN|2|obj", "RUS", "MEX", "191"},
        /* no actor acts upon itself ("refused to join the negotiations") */
        {"Russia|Russia|PROPN|2|nsubj refused|refuse|VERB|0|root to|to|PART|4|mark join|join|VERB|2|xcomp "
         "the|the|DET|6|det negotiations|negotiation|NOUN|4|obj", NULL, NULL, NULL},
        /* a market index is no actor */
        {"Russia|Russia|PROPN|3|nmod:poss 's|'s|PART|1|case index|index|NOUN|4|nsubj criticized|criticize|VERB|0|root "
         "Mexico|Mexico|PROPN|4|obj", NULL, NULL, NULL},
        /* "official residence" names no official */
        {"Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root official|official|ADJ|4|amod "
         "residence|residence|NOUN|2|obj", NULL, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        chr_doc *d = code(cases[i].spec, "2016-05-20", NULL);
        if (!cases[i].src) assert_int_equal(nevents(d), 0);
        else assert_true(has(d, cases[i].src, cases[i].tgt, cases[i].code));
        chr_doc_free(d);
    }
    /* an actor does not act upon its own country, but upon its people */
    static const struct {
        const char *verb, *lemma, *obj, *code;
    } own[] = {{"visited", "visit", "Russia", NULL}, {"arrested", "arrest", "Russians", "173"}};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
        char spec[256];
        snprintf(spec, sizeof spec, "Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj %s|%s|VERB|0|root %s|%s|PROPN|3|obj",
                 own[i].verb, own[i].lemma, own[i].obj, own[i].obj);
        chr_doc *d = code(spec, "2016-05-20", NULL);
        if (own[i].code) assert_true(has(d, "RUSCOP", "RUS", own[i].code));
        else assert_int_equal(nevents(d), 0);
        chr_doc_free(d);
    }
    /* a pattern naming the complement codes the whole act: the denied arrest did not happen */
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj denied|deny|VERB|0|root that|that|SCONJ|5|mark "
                      "police|police|NOUN|5|nsubj arrested|arrest|VERB|2|ccomp students|student|NOUN|5|obj",
                      "2016-05-20", NULL);
    assert_false(has(d, "---COP", "---EDU", "173"));
    /* and a denial naming no accuser is aimed at no one (dict/: deny ccomp:* => ---) */
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    /* what a claim, hope or fear is about did not happen as such, whether its clause hangs on the
     * noun or on the verb that has the noun as object; a plain "said that" clause is coded */
    static const char *const unfactual[] = {
        "Mexico|Mexico|PROPN|2|nsubj rejected|reject|VERB|0|root claims|claim|NOUN|2|obj that|that|SCONJ|6|mark "
        "Russia|Russia|PROPN|6|nsubj arrested|arrest|VERB|3|acl students|student|NOUN|6|obj",
        "Mexico|Mexico|PROPN|2|nsubj voiced|voice|VERB|0|root fears|fear|NOUN|2|obj that|that|SCONJ|6|mark "
        "Russia|Russia|PROPN|6|nsubj arrested|arrest|VERB|2|ccomp students|student|NOUN|6|obj",
        "Mexico|Mexico|PROPN|2|nsubj said|say|VERB|0|root that|that|SCONJ|5|mark "
        "Russia|Russia|PROPN|5|nsubj arrested|arrest|VERB|2|ccomp students|student|NOUN|5|obj"};
    for (size_t i = 0; i < sizeof unfactual / sizeof *unfactual; i++) {
        d = code(unfactual[i], "2016-05-20", NULL);
        assert_int_equal(has(d, "RUS", "---EDU", "173"), i == 2);
        chr_doc_free(d);
    }
    /* what police are accused, suspected or convicted of is alleged, not reported as done; the same
     * gerund after "before" is coded */
    static const struct {
        const char *verb, *lemma, *mark;
        int coded;
    } alleged[] = {{"accused", "accuse", "of", 0}, {"suspected", "suspect", "of", 0},
                   {"charged", "charge", "with", 0}, {"left", "leave", "before", 1}};
    for (size_t i = 0; i < sizeof alleged / sizeof *alleged; i++) {
        char spec[256];
        snprintf(spec, sizeof spec, "Russian|russian|ADJ|2|amod police|police|NOUN|3|nsubj %s|%s|VERB|0|root "
                 "%s|%s|SCONJ|5|mark arresting|arrest|VERB|3|advcl Mexicans|Mexicans|PROPN|5|obj",
                 alleged[i].verb, alleged[i].lemma, alleged[i].mark, alleged[i].mark);
        d = code(spec, "2016-05-20", NULL);
        assert_int_equal(has(d, "RUSCOP", "MEX", "173"), alleged[i].coded);
        chr_doc_free(d);
    }
    /* an appeal for a release goes to whoever holds the people, not to the people released */
    d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root release|release|NOUN|2|obj "
             "of|of|ADP|5|case Mexicans|Mexicans|PROPN|3|nmod", "2016-05-20", NULL);
    assert_false(has(d, "RUS", "MEX", "0253"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root release|release|NOUN|2|obj "
             "to|to|ADP|5|case Mexico|Mexico|PROPN|2|obl", "2016-05-20", NULL);
    assert_true(has(d, "RUS", "MEX", "0253"));
    chr_doc_free(d);
    /* an intent is the subject's own: "Russia agreed to meet Mexico" expresses nothing of Mexico's */
    d = code("Russia|Russia|PROPN|2|nsubj agreed|agree|VERB|0|root to|to|PART|4|mark meet|meet|VERB|2|xcomp "
             "Mexico|Mexico|PROPN|4|obj", "2016-05-20", NULL);
    assert_true(has(d, "RUS", "MEX", "036"));
    assert_false(has(d, "MEX", "RUS", "036"));
    chr_doc_free(d);
    restore(saved);
}

/* A third-person pronoun stands for the subject above it; the "we" of a
 * quotation is the speaker, not that subject. */
static void test_pronoun_subject(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root it|it|PRON|5|nsubj "
                      "would|would|AUX|5|aux visit|visit|VERB|2|ccomp Mexico|Mexico|PROPN|5|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "042"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj said|say|VERB|0|root we|we|PRON|5|nsubj "
             "would|would|AUX|5|aux visit|visit|VERB|2|ccomp Mexico|Mexico|PROPN|5|obj", NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "042"));
    chr_doc_free(d);
}

/* A phrase of time names no target ("met after talks with Mexico"), nor
 * does a gerund clause ("spoke after meeting Mexico"); a phrase whose
 * preposition no pattern names still does ("helped into Mexico"). */
static void test_oblique_targets(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj helped|help|VERB|0|root after|after|ADP|4|case "
                      "talks|talk|NOUN|2|obl with|with|ADP|6|case Mexico|Mexico|PROPN|4|nmod", NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = build("Russia|Russia|PROPN|2|nsubj helped|help|VERB|0|root after|after|ADP|4|case "
              "meeting|meet|VERB|2|obl Mexico|Mexico|PROPN|4|obj", NULL);
    d->tokens[3].xpos = "VBG";
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_false(has(d, "RUS", "MEX", "070"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj helped|help|VERB|0|root into|into|ADP|4|case "
             "Mexico|Mexico|PROPN|2|obl", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "070"));
    chr_doc_free(d);
}

/* Subjects the parser split or lost (coder_subject.c). */
static void test_subject_repairs(void **state) {
    (void)state;
    /* two subjects joined by "and": conjuncts */
    chr_doc *d = code("Russia|Russia|PROPN|4|nsubj and|and|CCONJ|4|cc Mexico|Mexico|PROPN|4|nsubj "
                      "arrested|arrest|VERB|0|root students|student|NOUN|4|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "---EDU", "173"));
    assert_true(has(d, "MEX", "---EDU", "173"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    /* adjacent: the first modifies the second */
    d = code("Old|old|ADJ|2|amod foes|foe|NOUN|4|nsubj Mexico|Mexico|PROPN|4|nsubj "
             "arrested|arrest|VERB|0|root students|student|NOUN|4|obj",
             NULL, NULL);
    assert_true(has(d, "MEX", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* a speaker's label before a colon is no part of the subject */
    d = code("Mexico|Mexico|PROPN|4|nsubj :|:|PUNCT|4|punct Russia|Russia|PROPN|4|nsubj "
             "arrested|arrest|VERB|0|root students|student|NOUN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* an actor read as an adverb before a subjectless verb */
    d = code("Mexico|mexico|ADV|2|advmod arrested|arrest|VERB|0|root students|student|NOUN|2|obj", NULL, NULL);
    assert_true(has(d, "MEX", "---EDU", "173"));
    chr_doc_free(d);
    /* a subjectless verb under a nominal root before it: the root; the
     * clause below the root is no part of its name */
    d = code("Russian|russian|ADJ|2|amod police|police|NOUN|0|root are|be|AUX|2|goeswith "
             "about|about|ADV|3|goeswith to|to|PART|6|mark arrest|arrest|VERB|4|xcomp "
             "students|student|NOUN|6|obj",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* the verb made a conjunct of its subject's first noun */
    d = code("Russia|Russia|PROPN|0|root and|and|CCONJ|4|cc police|police|NOUN|4|nsubj "
             "arrested|arrest|VERB|1|conj students|student|NOUN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "---EDU", "173"));
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
    /* the complement of a passive without agent: the passive's subject */
    d = code("Russia|Russia|PROPN|3|nsubj:pass was|be|AUX|3|aux:pass seen|see|VERB|0|root to|to|PART|5|mark "
             "help|help|VERB|3|xcomp Mexico|Mexico|PROPN|5|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "070"));
    chr_doc_free(d);
    /* a participle read as a clause inside a prepositional phrase */
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|4|det "
             "plan|plan|NOUN|2|obj against|against|ADP|6|case besieged|besiege|VERB|2|obl Mexico|Mexico|PROPN|6|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    /* a relative pronoun subject is the noun the clause modifies */
    d = code("Russian|russian|ADJ|2|amod police|police|NOUN|0|root who|who|PRON|4|nsubj "
             "arrested|arrest|VERB|2|acl:relcl students|student|NOUN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "---EDU", "173"));
    chr_doc_free(d);
    /* ... also when that noun hung on a reporting verb after the clause */
    d = code("Russia|Russia|PROPN|12|nsubj ,|,|PUNCT|3|punct Mexico|Mexico|PROPN|1|appos ,|,|PUNCT|6|punct "
             "and|and|CCONJ|6|cc police|police|NOUN|7|nsubj criticized|criticize|VERB|1|conj "
             "Guzman|Guzman|PROPN|7|obj ,|,|PUNCT|11|punct the|the|DET|11|det agency|agency|NOUN|1|conj "
             "said|say|VERB|0|root",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEXCRMSIN", "111"));
    assert_true(has(d, "MEX", "MEXCRMSIN", "111"));
    chr_doc_free(d);
    /* a subjectless verb in parataxis shares its governor's subject */
    d = code("Russia|Russia|PROPN|2|nsubj spoke|speak|VERB|0|root ,|,|PUNCT|4|punct "
             "criticized|criticize|VERB|2|parataxis Mexico|Mexico|PROPN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    /* but not one behind a preposition */
    d = code("In|in|ADP|2|case Mexico|Mexico|PROPN|3|obl arrested|arrest|VERB|0|root students|student|NOUN|3|obj",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* Actor phrases: words joined by underscores, names the parser split, one
 * actor per phrase unless a later one refines it. */
static void test_actor_phrases(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root "
                      "United_States|United_States|PROPN|2|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "USA", "111"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root the|the|DET|4|det "
             "United|United|PROPN|2|obj States|States|PROPN|2|obl",
             NULL, NULL);
    assert_true(has(d, "RUS", "USA", "111"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|3|nmod:poss 's|'s|PART|1|case Guzman|Guzman|PROPN|4|nsubj "
             "criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Mexico|Mexico|PROPN|3|nmod:poss 's|'s|PART|1|case Guzman|Guzman|PROPN|4|nsubj "
             "criticized|criticize|VERB|0|root Russia|Russia|PROPN|4|obj",
             NULL, NULL);
    assert_true(has(d, "MEXCRMSIN", "RUS", "111"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* a conj link without conjunction or comma is a name the parser cut */
    d = code("Russia|Russia|PROPN|4|nsubj police|police|NOUN|3|compound Guzman|Guzman|PROPN|1|conj "
             "criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUSCOP", "MEX", "111"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* one per conjunct: "Russia and Mexico's Guzman" */
    d = code("Russia|Russia|PROPN|6|nsubj and|and|CCONJ|3|cc Mexico|Mexico|PROPN|1|conj 's|'s|PART|3|case "
             "Guzman|Guzman|PROPN|3|flat criticized|criticize|VERB|0|root the|the|DET|9|det "
             "United|United|PROPN|9|compound States|States|PROPN|6|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "USA", "111"));
    assert_true(has(d, "MEXCRMSIN", "USA", "111"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* PETRARCH's new_actor_length: phrases naming no actor, short enough, are
 * coded as their text; obliques other than "of" are no part of it. */
static void test_new_actors(void **state) {
    (void)state;
    chrCoderOptions o = {.new_actor_length = 4};
    static const char *const spec =
        "The|the|DET|2|det Ministry|Ministry|PROPN|5|nsubj of|of|ADP|4|case Magic|Magic|PROPN|2|nmod "
        "criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|5|obj on|on|ADP|8|case Monday|Monday|PROPN|5|obl";
    chr_doc *d = code(spec, NULL, &o);
    assert_true(has(d, "\"THE MINISTRY OF MAGIC\"", "MEX", "111"));
    chr_doc_free(d);
    o.new_actor_length = 3;
    d = code(spec, NULL, &o);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    o.new_actor_length = 2;
    d = code("Russia|Russia|PROPN|5|nsubj and|and|CCONJ|4|cc the|the|DET|4|det mayor|mayor|NOUN|1|conj "
             "criticized|criticize|VERB|0|root the|the|DET|7|det town|town|NOUN|5|obj of|of|ADP|9|case "
             "Mexico|Mexico|PROPN|7|nmod",
             NULL, &o);
    assert_true(has(d, "RUS", "MEX", "111"));
    assert_true(has(d, "\"THE MAYOR\"", "MEX", "111"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
}

/* A lexicon from PETRARCH-1 verbs and actors texts. */
static chrLex *petr_lex(const char *verbs, const char *actors) {
    chrLex *plex = chrLex_new();
    assert_non_null(plex);
    assert_int_equal(chrPetr_loadText(plex, "v.txt", verbs, strlen(verbs), CHR_PETR_VERBS, 0, NULL, NULL), CHR_OK);
    assert_int_equal(chrPetr_loadText(plex, "a.txt", actors, strlen(actors), CHR_PETR_ACTORS, 0, NULL, NULL),
                     CHR_OK);
    return plex;
}

/* An irregular form with a block of its own wins over its lemma's block. */
static void test_form_block(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- MEET [031:031] ---\nMEET\n\n--- MET [031:032] ---\nMET\n",
                            "RUSSIA [RUS]\nMEXICO [MEX]\n");
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj met|meet|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "031"));
    assert_true(has(d, "MEX", "RUS", "032"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj meets|meet|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL);
    assert_true(has(d, "MEX", "RUS", "031"));
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* PETRARCH names match words as written: "POLICE {}" has no plural, so
 * "polices" is no agent; a generated plural is. */
static void test_names_by_form(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- CRITICIZE [111] ---\nCRITICIZE\n", "RUSSIA [RUS]\nMEXICO [MEX]\n");
    static const char *const agents = "POLICE {} [~COP]\nSOLDIER [~MIL]\n";
    assert_int_equal(chrPetr_loadText(plex, "g.txt", agents, strlen(agents), CHR_PETR_AGENTS, 0, NULL, NULL),
                     CHR_OK);
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|4|nmod:poss "
                      "polices|police|NOUN|2|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root Mexico|Mexico|PROPN|4|nmod:poss "
             "soldiers|soldier|NOUN|2|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEXMIL", "111"));
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* A name the tokenizer split at a hyphen ("Barad - dur", no spaces)
 * matches the dictionary word, even across the parser's cut. */
static void test_hyphen_split(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- CRITICIZE [111] ---\nCRITICIZE\n", "MORDOR [MOR]\n+BARAD-DUR\nRUSSIA [RUS]\n");
    chrLex *saved = lex;
    lex = plex;
    static const char *const spec = "Russia|Russia|PROPN|2|nsubj criticized|criticize|VERB|0|root "
                                    "Barad|Barad|PROPN|2|obj -|-|PUNCT|5|punct dur|dur|NOUN|2|parataxis";
    chr_doc *d = build(spec, NULL);
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_int_equal(nevents(d), 0); /* spaced: three words */
    chr_doc_free(d);
    d = build(spec, NULL);
    d->tokens[3].start = d->tokens[2].end; /* "Barad-dur" as written */
    d->tokens[3].end = d->tokens[3].start + 1;
    d->tokens[4].start = d->tokens[3].end;
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    assert_true(has(d, "RUS", "MOR", "111"));
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* A "+" before the verb that takes its subject leaves the source to the
 * clause above ("X noted that Y regretted"). */
static void test_target_before_verb(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n", "RUSSIA [RUS]\nMEXICO [MEX]\n");
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj noted|note|VERB|0|root that|that|SCONJ|5|mark "
                      "Mexico|Mexico|PROPN|5|nsubj regretted|regret|VERB|2|ccomp",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "115"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* A multiword verb whose other word comes first ("WIRE_+TAP"), and a
 * passive auxiliary that is no form of "be" (the parser's "wire"). */
static void test_word_before_verb(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n",
                            "RUSSIA [RUS]\nMEXICO [MEX]\n");
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|3|nsubj wire|wire|NOUN|3|compound tapped|tap|VERB|0|root "
                      "Mexico|Mexico|PROPN|3|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "1711"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|3|nsubj:pass wire|wire|AUX|3|aux:pass tapped|tap|VERB|0|root "
             "Mexico|Mexico|PROPN|3|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "1711"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj tapped|tap|VERB|0|root Mexico|Mexico|PROPN|2|obj", NULL, NULL);
    assert_int_equal(nevents(d), 0); /* "tap" alone is no verb of the block */
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* "^" skips an actor before the next element, and needs none. */
static void test_caret_skip(void **state) {
    (void)state;
    chrLex *plex = petr_lex("--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n",
                            "RUSSIA [RUS]\nMEXICO [MEX]\nFRANCE [FRA]\n");
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj warned|warn|VERB|0|root their|their|PRON|4|nmod:poss "
                      "people|people|NOUN|2|obj about|about|ADP|6|case France|France|PROPN|4|nmod",
                      NULL, NULL);
    assert_true(has(d, "RUS", "FRA", "162"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj warned|warn|VERB|0|root their|their|PRON|5|nmod:poss "
             "Mexico|Mexico|PROPN|5|compound people|people|NOUN|2|obj about|about|ADP|7|case "
             "France|France|PROPN|5|nmod",
             NULL, NULL);
    assert_true(has(d, "RUS", "FRA", "162"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* PETRARCH-1 word-order patterns with "%": before the verb a compound
 * subject gives every pair; after it, the subject acts on each member; a
 * single actor does not satisfy "%" (the bare code stands). */
static void test_percent_compounds(void **state) {
    (void)state;
    static const char *const verbs = "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n";
    static const char *const actors = "RUSSIA [RUS]\nMEXICO [MEX]\nFRANCE [FRA]\n";
    chrLex *plex = petr_lex(verbs, actors);
    chrLex *saved = lex;
    lex = plex;
    chr_doc *d = code("Russia|Russia|PROPN|4|nsubj and|and|CCONJ|3|cc Mexico|Mexico|PROPN|1|conj "
                      "agree|agree|VERB|0|root",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "030"));
    assert_true(has(d, "MEX", "RUS", "030"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj agrees|agree|VERB|0|root with|with|ADP|4|case Russia|Russia|PROPN|2|obl "
             "and|and|CCONJ|6|cc Mexico|Mexico|PROPN|4|conj",
             NULL, NULL);
    assert_true(has(d, "FRA", "RUS", "031"));
    assert_true(has(d, "FRA", "MEX", "031"));
    assert_int_equal(nevents(d), 2);
    chr_doc_free(d);
    d = code("France|France|PROPN|2|nsubj agrees|agree|VERB|0|root with|with|ADP|4|case Russia|Russia|PROPN|2|obl",
             NULL, NULL);
    assert_true(has(d, "FRA", "RUS", "081"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    lex = saved;
    chrLex_free(plex);
}

/* "urged Mexico to probe the police": the appeal goes to the object that is
 * asked to act, not to the complement's own target, and an act the
 * complement has no actor for ("to probe the cases") is still asked of it. */
static void test_appeal_to_object(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root Mexico|Mexico|PROPN|2|obj "
                      "to|to|PART|5|mark probe|probe|VERB|2|xcomp the|the|DET|7|det police|police|NOUN|5|obj",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "020"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root Mexico|Mexico|PROPN|2|obj "
             "to|to|PART|5|mark help|help|VERB|2|xcomp Russian|russian|ADJ|7|amod students|student|NOUN|5|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "023"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    /* no actor asks itself */
    d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root Russia|Russia|PROPN|2|obj "
             "to|to|PART|5|mark help|help|VERB|2|xcomp Mexico|Mexico|PROPN|5|obj",
             NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* A light verb whose pattern takes any object gives way to its event noun
 * ("gave a warning to Mexico"); an object that is no event stays the verb's. */
static void test_light_verb_any_object(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj gave|give|VERB|0|root a|a|DET|4|det warning|warning|NOUN|2|obj "
                      "to|to|ADP|6|case Mexico|Mexico|PROPN|2|obl",
                      NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "130"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj gave|give|VERB|0|root food|food|NOUN|2|obj "
             "to|to|ADP|5|case Mexico|Mexico|PROPN|2|obl",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "070"));
    assert_int_equal(nevents(d), 1);
    chr_doc_free(d);
}

/* A conjunct verb shares its head's subject only across "and" or a comma:
 * one the parser hung on the main verb without either is a stray clause
 * ("Russia left after the students criticized Mexico", misparsed). */
static void test_stray_conjunct(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj left|leave|VERB|0|root after|after|ADP|5|case the|the|DET|5|det "
                      "students|student|NOUN|2|obl criticized|criticize|VERB|2|conj Mexico|Mexico|PROPN|6|obj",
                      NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj left|leave|VERB|0|root and|and|CCONJ|4|cc criticized|criticize|VERB|2|conj "
             "Mexico|Mexico|PROPN|4|obj",
             NULL, NULL);
    assert_true(has(d, "RUS", "MEX", "111"));
    chr_doc_free(d);
}

/* What is tried is no act, also when the parser hangs the to-clause after
 * an oblique as an adverbial clause ("tried for weeks to criticize"). */
static void test_tried_after_oblique(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj tried|try|VERB|0|root for|for|ADP|4|case weeks|week|NOUN|2|obl "
                      "to|to|PART|6|mark criticize|criticize|VERB|2|advcl Mexico|Mexico|PROPN|6|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
}

/* An appeal goes to the one asked: not to one's own side ("urged its
 * police to ...") and not, when the lexicon does not know the one asked,
 * to the complement's target ("urged the republic to help Mexico"). */
static void test_appeal_unknown_or_own_addressee(void **state) {
    (void)state;
    chr_doc *d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root its|its|PRON|4|nmod:poss police|police|NOUN|2|obj "
                      "to|to|PART|6|mark help|help|VERB|2|xcomp Mexico|Mexico|PROPN|6|obj",
                      NULL, NULL);
    assert_false(has(d, "RUS", "---COP", "023"));
    assert_false(has(d, "RUS", "MEX", "023"));
    chr_doc_free(d);
    d = code("Russia|Russia|PROPN|2|nsubj urged|urge|VERB|0|root the|the|DET|4|det republic|republic|NOUN|2|obj "
             "to|to|PART|6|mark help|help|VERB|2|xcomp Mexico|Mexico|PROPN|6|obj",
             NULL, NULL);
    assert_false(has(d, "RUS", "MEX", "023"));
    chr_doc_free(d);
}

/* A government's order to its own police, or to police of no country, is
 * how it governs; one to another country's police is a demand. */
static void test_own_command(void **state) {
    (void)state;
    chr_doc *d = code("Russian|russian|ADJ|2|amod government|government|NOUN|3|nsubj commanded|command|VERB|0|root "
                      "the|the|DET|5|det police|police|NOUN|3|obj",
                      NULL, NULL);
    assert_int_equal(nevents(d), 0);
    chr_doc_free(d);
    d = code("Russian|russian|ADJ|2|amod government|government|NOUN|3|nsubj commanded|command|VERB|0|root "
             "Mexico|Mexico|PROPN|5|compound police|police|NOUN|3|obj",
             NULL, NULL);
    assert_true(has(d, "RUSGOV", "MEXCOP", "100"));
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_object), cmocka_unit_test(test_oblique_and_pass),
        cmocka_unit_test(test_passive),        cmocka_unit_test(test_compound_actors),
        cmocka_unit_test(test_verb_on_verb),   cmocka_unit_test(test_light_verb),
        cmocka_unit_test(test_negation),       cmocka_unit_test(test_paired_codes),
        cmocka_unit_test(test_discards),       cmocka_unit_test(test_skip_words),
        cmocka_unit_test(test_dedup),          cmocka_unit_test(test_dated_codes), cmocka_unit_test(test_surname), cmocka_unit_test(test_backer),
        cmocka_unit_test(test_monadic),        cmocka_unit_test(test_cameo),
        cmocka_unit_test(test_clause_target),  cmocka_unit_test(test_shipped_dict_seed),
        cmocka_unit_test(test_attachment_variants), cmocka_unit_test(test_event_dates),
        cmocka_unit_test(test_locative_countries), cmocka_unit_test(test_subject_through_adverb),
        cmocka_unit_test(test_misattached_subject), cmocka_unit_test(test_relative_clause_source), cmocka_unit_test(test_conjoined_passive), cmocka_unit_test(test_second_object_complement), cmocka_unit_test(test_passive_on_object), cmocka_unit_test(test_pronoun_subject),
        cmocka_unit_test(test_oblique_targets),
        cmocka_unit_test(test_percent_compounds),
        cmocka_unit_test(test_subject_repairs), cmocka_unit_test(test_more_targets),
        cmocka_unit_test(test_form_block),     cmocka_unit_test(test_actor_phrases),
        cmocka_unit_test(test_caret_skip),     cmocka_unit_test(test_new_actors),
        cmocka_unit_test(test_names_by_form),  cmocka_unit_test(test_pronouns),
        cmocka_unit_test(test_hyphen_split),   cmocka_unit_test(test_target_before_verb),
        cmocka_unit_test(test_word_before_verb),
        cmocka_unit_test(test_said_clause),
        cmocka_unit_test(test_head_skip),
        cmocka_unit_test(test_slot_needs_actor),
        cmocka_unit_test(test_precision_rules),
        cmocka_unit_test(test_appeal_to_object),
        cmocka_unit_test(test_light_verb_any_object),
        cmocka_unit_test(test_stray_conjunct),
        cmocka_unit_test(test_tried_after_oblique),
        cmocka_unit_test(test_appeal_unknown_or_own_addressee),
        cmocka_unit_test(test_own_command),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
