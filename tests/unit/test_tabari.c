/*
 * test_tabari.c - TABARI loaders (.actors, .agents, .verbs, .options) on
 * small inline dictionaries, malformed lines reported as file:line, the
 * TABARI-style coder on hand-made sentences, and the TABARI validation
 * suite (skipped when ../shared is absent).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "event/suite_tabari.h"
#include "event/tabari.h"
#include "lex/tabari_load.h"

typedef struct messages {
    char text[16][256];
    int n;
} messages;

static void collect(void *ctx, const char *message) {
    messages *m = ctx;
    if (m->n < 16) snprintf(m->text[m->n], sizeof m->text[0], "%s", message);
    m->n++;
}

static const char *ACTORS = "<NOUN>\nSHEEP\n</NOUN>\n<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n"
                            "ARNOR  [ARN] ;comment\n"
                            "GONDOR\n+MINAS_TIRITH\n\t[GON]\n"
                            "ESTONIA_ [EST]\n"
                            "SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n\t[HOBREB >990816]\n"
                            "NASGUL [###]\n"
                            "~~FINISH\n";
static const char *AGENTS = "POLICE_ [~COP]\nHUMAN_RIGHTS_ACTIVISTS_ [NGM~]\n";
static const char *VERBS = "<SYNSETS>\n&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n</SYNSETS>\n"
                           "RESTOR [064]\n"
                           "- * FXLL DIPLOMATIC [+++]\n"
                           "CONTRIBUT [070]\n"
                           "- * &CURRENCY [903]\n"
                           "MEET [031:031]\n"
                           "- % HAVE POSTPONED * [191]\n"
                           "FREE [066]\n"
                           "- + * FROM $ [066]\n"
                           "ASK [090]\n"
                           "- * FOR { SANCTIONS | BOYCOTT } [172]\n"
                           "SAID [023?]\n"
                           "- SAID $ * [113]\n"
                           "REGRET [111]\n"
                           "- SAID $ * [113]\n"
                           "ARRIVE [032:033]\n"
                           "DEPART_ [032]\n"
                           "~~FINISH\n";

typedef struct world {
    chrLex *lex;
    chrTabariOpts o;
    chrTabariCoder *coder;
    chrTabariResult res;
} world;

static int setup(void **state) {
    world *w = calloc(1, sizeof *w);
    w->lex = chrLex_new();
    messages m = {0};
    assert_int_equal(chrTabari_loadVerbs(w->lex, "t.verbs", VERBS, strlen(VERBS), 0, collect, &m), CHR_OK);
    assert_int_equal(chrTabari_loadActors(w->lex, "t.actors", ACTORS, strlen(ACTORS), 0, collect, &m), CHR_OK);
    assert_int_equal(chrTabari_loadAgents(w->lex, "t.agents", AGENTS, strlen(AGENTS), 0, collect, &m), CHR_OK);
    assert_int_equal(m.n, 0);
    chrTabari_optsDefault(&w->o);
    w->o.min_words = 1;
    w->coder = chrTabari_coderNew(w->lex);
    *state = w;
    return 0;
}

static int teardown(void **state) {
    world *w = *state;
    chrTabari_coderFree(w->coder);
    chrLex_free(w->lex);
    free(w);
    return 0;
}

/* Codes text and returns the events as "SRC TGT CODE;" in coded order. */
static const char *code(world *w, const char *text, int32_t ymd) {
    static char out[1024];
    assert_int_equal(chrTabari_code(w->coder, &w->o, text, strlen(text), ymd, &w->res), CHR_OK);
    out[0] = '\0';
    if (w->res.discarded) return "discard";
    if (w->res.complex) return "complex";
    for (size_t k = 0; k < w->res.n; k++) {
        size_t l = strlen(out);
        snprintf(out + l, sizeof out - l, "%s %s %s;", w->res.ev[k].source, w->res.ev[k].target,
                 w->res.ev[k].code);
    }
    return out;
}

/* ------------------------------------------------------------ loaders */

static void test_actor_loader(void **state) {
    world *w = *state;
    assert_true(w->lex->n_actors >= 5);
    /* the dated codes of SMEAGOL stay in file order with their ranges */
    const chrLexActor *smeagol = NULL;
    for (size_t k = 0; k < w->lex->n_actors; k++)
        if (w->lex->actors[k].n_dated == 3) smeagol = &w->lex->actors[k];
    assert_non_null(smeagol);
    const chrLexDated *d = &w->lex->dated[smeagol->first_dated];
    assert_string_equal(chrLex_str(w->lex, d[0].code), "HOB");
    assert_int_equal(d[0].until, 19950601);
    assert_int_equal(d[1].from, 19950601);
    assert_int_equal(d[1].until, 19990815);
    assert_int_equal(d[2].from, 19990816);
}

static void test_malformed_lines(void **state) {
    (void)state;
    chrLex *lex = chrLex_new();
    messages m = {0};
    const char *bad = "ARNOR [ARN]\nGONDOR [GON\nROHAN [ 991201-010114]\nBREE [BRE]\n";
    assert_int_equal(chrTabari_loadActors(lex, "bad.actors", bad, strlen(bad), 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 2);
    assert_non_null(strstr(m.text[0], "bad.actors:2: "));
    assert_non_null(strstr(m.text[1], "bad.actors:3: "));
    /* loading went on: BREE on line 4 is there */
    assert_int_equal(lex->actors[lex->n_actors - 1].origin.line, 4);
    chrLex_free(lex);

    lex = chrLex_new();
    m.n = 0;
    const char *verbs = "ATTACK [223]\n- + IS_ RESPONSIBLE FOR_ [1123]\n- * &NOSUCH [111]\nKILL [222]\n";
    assert_int_equal(chrTabari_loadVerbs(lex, "bad.verbs", verbs, strlen(verbs), 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 2);
    assert_non_null(strstr(m.text[0], "bad.verbs:2: missing verb marker"));
    assert_non_null(strstr(m.text[1], "bad.verbs:3: synset used before it is defined"));
    assert_int_equal(lex->n_blocks, 2);
    /* strict: stops at the first bad line */
    chrLex_free(lex);
    lex = chrLex_new();
    m.n = 0;
    assert_int_equal(chrTabari_loadVerbs(lex, "bad.verbs", verbs, strlen(verbs), CHR_LEXICON_STRICT, collect, &m),
                     CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_int_equal(lex->n_blocks, 1);
    chrLex_free(lex);

    lex = chrLex_new();
    m.n = 0;
    const char *agents = "POLICE [COP]\nARMY [~MIL]\n";
    assert_int_equal(chrTabari_loadAgents(lex, "bad.agents", agents, strlen(agents), 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_non_null(strstr(m.text[0], "bad.agents:1: missing ~"));
    assert_int_equal(lex->n_agents, 1);
    chrLex_free(lex);
}

static void test_options(void **state) {
    (void)state;
    chrTabariOpts o;
    chrTabari_optsDefault(&o);
    assert_int_equal(o.min_words, 8);
    const char *text = "// comment\nCOMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\nSET: MINIMUM WORDS = 4\n"
                       "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]\nCOMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6\n"
                       "LABEL: 010=YIELD\nFROBNICATE: 3\n";
    messages m = {0};
    assert_int_equal(chrTabari_loadOptions(&o, "t.options", text, strlen(text), 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_non_null(strstr(m.text[0], "t.options:7: unknown command"));
    assert_int_equal(o.cx_verbs, 5);
    assert_int_equal(o.cx_conj, 4);
    assert_true(o.cx_noactprior);
    assert_int_equal(o.min_words, 4);
    assert_string_equal(o.def_source, "DEFSRC");
    assert_true(o.def_source_prior);
    assert_string_equal(o.def_target, "DEFTAR");
    assert_false(o.def_target_after);
    assert_int_equal(o.comma_min, 4);
    assert_int_equal(o.comma_max, 6);
    assert_int_equal(o.comma_emin, 3);
    assert_int_equal(o.comma_emax, 6);
    char why[100];
    assert_int_equal(chrTabari_option(&o, "DEFAULT: OFF", why, sizeof why), CHR_OK);
    assert_string_equal(o.def_source, "");
}

static void test_dates(void **state) {
    (void)state;
    assert_int_equal(chrTabari_date("950601", 6, 0), 19950601);
    assert_int_equal(chrTabari_date("010114", 6, 0), 20010114);
    assert_int_equal(chrTabari_date("19140724", 8, 1), 19140724);
    assert_int_equal(chrTabari_date("951301", 6, 0), -1);
    assert_int_equal(chrTabari_date("95", 2, 0), -1);
}

/* ------------------------------------------------------------ coding */

static void test_simple_and_synonyms(void **state) {
    world *w = *state;
    assert_string_equal(code(w, "Arnor is about to restore full diplomatic ties with Gondor.", 19950101),
                        "ARN GON 064;");
    assert_string_equal(code(w, "Arnor is about to restore ties with Minas Tirith.", 19950101), "ARN GON 064;");
    /* whole word with regular endings; a wrong ending is no actor */
    assert_string_equal(code(w, "Estonia's envoy will restore ties with Gondor.", 19950101), "EST GON 064;");
    assert_string_equal(code(w, "Estoniab envoy will restore ties with Gondor.", 19950101), "");
}

static void test_dated_codes(void **state) {
    world *w = *state;
    assert_string_equal(code(w, "Smeagol will restore ties with Gondor.", 19940101), "HOB GON 064;");
    assert_string_equal(code(w, "Smeagol will restore ties with Gondor.", 19960101), "HOBGOV GON 064;");
    assert_string_equal(code(w, "Smeagol will restore ties with Gondor.", 20000101), "HOBREB GON 064;");
}

static void test_patterns(void **state) {
    world *w = *state;
    /* + before the verb, $ after it */
    assert_string_equal(code(w, "Gondor was freed from Arnor yesterday.", 0), "ARN GON 066;");
    /* alternatives after the verb */
    assert_string_equal(code(w, "Arnor asked for a boycott against Gondor.", 0), "ARN GON 172;");
    assert_string_equal(code(w, "Arnor asked for a truce with Gondor.", 0), "ARN GON 090;");
    /* synset member, with a stem ending */
    assert_string_equal(code(w, "Arnor will contribute two swiss francs to Gondor.", 0), "ARN GON 903;");
    /* % takes a compound as source and target at once */
    assert_string_equal(code(w, "Gondor and Arnor have postponed their meeting.", 0), "GON ARN 191;ARN GON 191;");
    /* paired codes */
    assert_string_equal(code(w, "Arnor arrived in Gondor on Monday.", 0), "ARN GON 032;GON ARN 033;");
    /* a subordinate code gives way; $ takes a pronoun */
    assert_string_equal(code(w, "Arnor said he regretted the position of Gondor.", 0), "ARN GON 113;");
}

static void test_compounds_agents_passive(void **state) {
    world *w = *state;
    assert_string_equal(code(w, "Arnor and Estonia will restore ties with Gondor.", 0), "ARN GON 064;EST GON 064;");
    assert_string_equal(code(w, "Arnor police will restore ties with human rights activists in Gondor.", 0),
                        "ARNCOP NGMGON 064;");
    /* passive voice swaps source and target */
    assert_string_equal(code(w, "Gondor was visited by Arnor.", 0), "");
    assert_string_equal(code(w, "Gondor was departed by Arnor.", 0), "ARN GON 032;");
}

static void test_discard_complex_clauses(void **state) {
    world *w = *state;
    assert_string_equal(code(w, "The Nasgul said Arnor would restore ties with Gondor.", 0), "discard");
    assert_string_equal(code(w, "Arnor will restore fxll diplomatic ties with Gondor.", 0), "complex");
    /* a short comma-delimited clause is not coded */
    assert_string_equal(code(w, "Arnor, which restored ties with Gondor, departed.", 0), "");
    /* a capitalized verb is a noun */
    assert_string_equal(code(w, "Arnor is about To Restore ties with Gondor.", 0), "");
    /* a clause after a conjunction keeps the source */
    assert_string_equal(code(w, "Arnor arrived in Gondor and departed for Estonia.", 0),
                        "ARN GON 032;GON ARN 033;ARN EST 032;");
}

static void test_odd_input(void **state) {
    world *w = *state;
    char big[20000];
    for (size_t k = 0; k + 1 < sizeof big; k++) big[k] = "Arnor, and \"Gondor\" - ; "[k % 25];
    big[sizeof big - 1] = '\0';
    assert_int_equal(chrTabari_code(w->coder, &w->o, big, strlen(big), 0, &w->res), CHR_OK);
    assert_int_equal(chrTabari_code(w->coder, &w->o, "", 0, 0, &w->res), CHR_OK);
    assert_int_equal(w->res.n, 0);
    const char bytes[] = {'\xff', '\xc3', ',', '\0', 'A'};
    assert_int_equal(chrTabari_code(w->coder, &w->o, bytes, sizeof bytes, 0, &w->res), CHR_OK);
}

/* ------------------------------------------------------------ the suite */

static void test_validation_suite(void **state) {
    (void)state;
    const char *project = "../shared/data/eventcoding/tabari/Validate.project";
    if (access(project, R_OK) != 0) {
        fprintf(stderr, "skipped: %s is absent\n", project);
        skip();
    }
    chrSuiteOptions o = {0};
    o.log = stderr;
    chrSuiteResult r = {0};
    assert_int_equal(chrSuite_runTabari(project, &o, &r), CHR_OK);
    assert_true(r.records >= 400);
    double acc = (double)r.passed / (double)r.records;
    fprintf(stderr, "TABARI suite: %zu of %zu (%.3f)\n", r.passed, r.records, acc);
    assert_true(acc >= 0.90);
    chrSuite_release(&r);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_actor_loader, setup, teardown),
        cmocka_unit_test(test_malformed_lines),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_dates),
        cmocka_unit_test_setup_teardown(test_simple_and_synonyms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dated_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_patterns, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compounds_agents_passive, setup, teardown),
        cmocka_unit_test_setup_teardown(test_discard_complex_clauses, setup, teardown),
        cmocka_unit_test_setup_teardown(test_odd_input, setup, teardown),
        cmocka_unit_test(test_validation_suite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
