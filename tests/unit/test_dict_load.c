/*
 * test_dict_load.c - the loader of chronicle's dictionary format and the
 * lexicon model: inline dictionaries, file:line reports for bad lines,
 * dated codes chosen by date, and the shipped dict/ loading cleanly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lex/dict_load.h"
#include "lex/lexicon.h"

typedef struct messages {
    char text[16][256];
    int n;
} messages;

static void collect(void *ctx, const char *message) {
    messages *m = ctx;
    if (m->n < 16) snprintf(m->text[m->n], sizeof m->text[0], "%s", message);
    m->n++;
}

static int load(chrLex *lex, const char *text, int flags, messages *m) {
    return chrDict_loadText(lex, "inline.txt", text, strlen(text), flags, collect, m);
}

/* The node a phrase (blank-separated words) ends at, 0 when absent. */
static uint32_t walk(const chrLex *lex, const char *phrase) {
    uint32_t node = 0;
    const char *p = phrase;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        chrLexId w = chrLex_internUpper((chrLex *)lex, p, n, 0);
        if (!w) return 0;
        node = chrLex_child(lex, node, w);
        if (!node) return 0;
        p += n;
        while (*p == ' ') p++;
    }
    return node;
}

static const chrLexHit *hit_of(const chrLex *lex, const char *phrase, uint8_t kind) {
    uint32_t node = walk(lex, phrase);
    if (!node) return NULL;
    for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next)
        if (lex->hits[h].kind == kind) return &lex->hits[h];
    return NULL;
}

static const char *actor_code(const chrLex *lex, const char *phrase, int32_t ymd) {
    const chrLexHit *h = hit_of(lex, phrase, CHR_LEX_ACTOR);
    return h ? chrLex_str(lex, chrLex_actorCode(lex, h->index, ymd)) : NULL;
}

static const char inline_dict[] =
    "# a small dictionary\n"
    "[sets]\n"
    "&MINISTRY : ministry | minister{,s}\n"
    "&EXTRADITION : extradition | handover\n"
    "[countries]\n"
    "MEX name : Mexico\n"
    "MEX adj : Mexican{,s}\n"
    "USA name : United States | =US | U.S.\n"
    "[actors]\n"
    "USAELI USAGOV@2009-01-20..2017-01-20 (person) : Barack Obama | Obama\n"
    "MEXCRMSIN (group) : Sinaloa cartel\n"
    "[agents]\n"
    "~GOV : foreign &MINISTRY | government{,s}\n"
    "~MIL : soldier{,s} | troop{,s}\n"
    "NGO~ : rights group{,s}\n"
    "[skip]\n"
    "media : CCTV | Reuters\n"
    "[discards]\n"
    "sentence : World Cup | football*\n"
    "[verbs]\n"
    "negator : not | never\n"
    "light : make | carry_out\n"
    "aux will => %intent\n"
    "verb allow | permit => ---   # needs a frame\n"
    "- obj:&EXTRADITION to:@ => 063\n"
    "- xcomp:* => pass\n"
    "verb visit obj:@ => 042:043\n"
    "verb promise => 030 not:---\n"
    "- xcomp:* => %intent\n"
    "verb carry_out => ---\n"
    "- obj:suicide_bombing => 1831\n"
    "noun extradition => 063\n"
    "- of:* to:@ => 063\n"
    "[combine]\n"
    "intent * => 030\n"
    "intent 07 => 033\n"
    "intent 073 => 0333\n"
    "intent 084 => 0353\n"
    "intent 10 => =\n"
    "[transforms]\n"
    "say | claim : a (a b 18) => a b 015\n";

static void inline_dictionary_loads(void **state) {
    (void)state;
    chrLex *lex = chrLex_new();
    assert_non_null(lex);
    messages m = {0};
    assert_int_equal(load(lex, inline_dict, 0, &m), CHR_OK);
    assert_int_equal(m.n, 0);
    assert_int_equal(lex->counts.errors, 0);
    assert_int_equal(lex->counts.countries, 2);
    assert_int_equal(lex->counts.country_names, 6);
    assert_int_equal(lex->counts.sets, 2);
    assert_int_equal(lex->counts.verb_blocks, 4);
    assert_int_equal(lex->counts.noun_blocks, 1);
    assert_int_equal(lex->counts.patterns, 5);

    /* names, case folding, brace and set expansion */
    assert_string_equal(actor_code(lex, "united STATES", 0), "USA");
    assert_string_equal(actor_code(lex, "Mexicans", 0), "MEX");
    assert_string_equal(actor_code(lex, "Sinaloa Cartel", 0), "MEXCRMSIN");
    const chrLexHit *us = hit_of(lex, "US", CHR_LEX_ACTOR);
    assert_non_null(us);
    assert_string_equal(chrLex_str(lex, us->exact), "US");
    assert_null(hit_of(lex, "U.S.", CHR_LEX_ACTOR)->exact ? "exact" : NULL);
    const chrLexHit *fm = hit_of(lex, "foreign ministers", CHR_LEX_AGENT);
    assert_non_null(fm);
    assert_string_equal(chrLex_str(lex, lex->agents[fm->index].code), "GOV");
    assert_int_equal(lex->agents[fm->index].prefix, 0);
    const chrLexHit *rg = hit_of(lex, "rights groups", CHR_LEX_AGENT);
    assert_non_null(rg);
    assert_int_equal(lex->agents[rg->index].prefix, 1);
    assert_non_null(hit_of(lex, "CCTV", CHR_LEX_SKIP));
    assert_null(hit_of(lex, "CCTV", CHR_LEX_ACTOR));
    assert_non_null(hit_of(lex, "world cup", CHR_LEX_DISCARD_SENTENCE));
    assert_int_not_equal(chrLex_starChildren(lex, 0), 0);
    assert_string_equal(chrLex_str(lex, lex->stars[chrLex_starChildren(lex, 0)].prefix), "FOOTBALL");

    /* verb index: "permit" shares allow's block; the pattern keeps its frame */
    chrLexId permit = chrLex_internUpper(lex, "permit", 6, 0);
    uint32_t f = chrLex_forms(lex, permit);
    assert_int_not_equal(f, 0);
    const chrLexBlock *b = &lex->blocks[lex->forms[f].block];
    assert_int_equal(b->n_patterns, 3);
    assert_int_equal(lex->patterns[b->first_pattern].code.kind, CHR_CODE_NULL);
    const chrLexPattern *p = &lex->patterns[b->first_pattern + 1];
    assert_int_equal(p->n_elem, 2);
    assert_string_equal(chrLex_str(lex, p->code.code), "063");
    const chrLexElem *e = &lex->elems[p->first_elem];
    assert_int_equal(e[0].role, CHR_ROLE_OBJ);
    assert_int_equal(e[0].value, CHR_VAL_SET);
    assert_string_equal(chrLex_str(lex, lex->sets[e[0].ref].name), "&EXTRADITION");
    assert_int_equal(e[1].role, CHR_ROLE_PREP);
    assert_string_equal(chrLex_str(lex, e[1].prep), "TO");
    assert_int_equal(e[1].slot, CHR_SLOT_TGT);
    assert_int_equal(lex->patterns[b->first_pattern + 2].code.kind, CHR_CODE_PASS);
    assert_int_equal(p->origin.line, 25);

    /* paired codes on the header, multiword verbs, light verbs, negators */
    f = chrLex_forms(lex, chrLex_internUpper(lex, "visit", 5, 0));
    const chrLexPattern *v = &lex->patterns[lex->blocks[lex->forms[f].block].first_pattern];
    assert_string_equal(chrLex_str(lex, v->code.code), "042");
    assert_string_equal(chrLex_str(lex, v->code.code2), "043");
    assert_int_equal(v->n_elem, 1);
    f = chrLex_forms(lex, chrLex_internUpper(lex, "carry", 5, 0));
    assert_int_not_equal(f, 0);
    assert_string_equal(chrLex_str(lex, lex->words[lex->phrases[lex->forms[f].extra].first]), "OUT");
    assert_true(lex->wordflags[chrLex_internUpper(lex, "carry", 5, 0)] & CHR_WORD_LIGHT);
    assert_true(lex->wordflags[chrLex_internUpper(lex, "never", 5, 0)] & CHR_WORD_NEGATOR);

    /* combination tables: longest prefix, '*' last, '=' keeps */
    chrLexId intent = chrLex_intern(lex, "intent", 6);
    assert_string_equal(chrLex_str(lex, chrLex_combine(lex, intent, chrLex_intern(lex, "0731", 4))), "0333");
    assert_string_equal(chrLex_str(lex, chrLex_combine(lex, intent, chrLex_intern(lex, "071", 3))), "033");
    assert_string_equal(chrLex_str(lex, chrLex_combine(lex, intent, chrLex_intern(lex, "0841", 4))), "0353");
    assert_string_equal(chrLex_str(lex, chrLex_combine(lex, intent, chrLex_intern(lex, "1053", 4))), "1053");
    assert_string_equal(chrLex_str(lex, chrLex_combine(lex, intent, chrLex_intern(lex, "190", 3))), "030");
    assert_int_equal(lex->n_transforms, 1);
    assert_int_equal(lex->transforms[0].n_outer, 2);
    assert_int_equal(chrDict_check(lex, 0, collect, &m), CHR_OK);
    chrLex_free(lex);
}

static void bad_lines_are_reported_with_file_and_line(void **state) {
    (void)state;
    static const char text[] =
        "[actors]\n"
        "MEX : Mexico\n"
        "mex!! : Bad Code\n"                   /* 3: not a code */
        "USAGOV@2009-13-01.. : Bad Date\n"     /* 4: month 13 */
        "NGA : Nigeria | \n"                   /* 5: empty name */
        "[agents]\n"
        "GOV : government\n"                   /* 7: no ~ */
        "[verbs]\n"
        "- obj:aid => 070\n"                   /* 9: pattern before a block */
        "verb give => 070\n"
        "- obj:&UNDEFINED => 071\n"            /* 11: undefined set */
        "- obj:aid => 7\n"                     /* 12: bad event code */
        "- obj:aid => %nosuchtable\n"          /* ok here, reported by the check */
        "[nonsense]\n"                         /* 14 */
        "[actors]\n"
        "USA : United States\n";
    chrLex *lex = chrLex_new();
    messages m = {0};
    assert_int_equal(load(lex, text, 0, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 8);
    assert_int_equal(lex->counts.errors, 8);
    const char *want[] = {"inline.txt:3: ", "inline.txt:4: ", "inline.txt:5: ", "inline.txt:7: ",
                          "inline.txt:9: ", "inline.txt:11: ", "inline.txt:12: ", "inline.txt:14: "};
    for (int i = 0; i < 8; i++) assert_memory_equal(m.text[i], want[i], strlen(want[i]));
    assert_non_null(strstr(m.text[1], "bad date"));
    /* loading went on: the last line was read, the bad ones left nothing */
    assert_string_equal(actor_code(lex, "United States", 0), "USA");
    assert_string_equal(actor_code(lex, "Mexico", 0), "MEX");
    assert_null(hit_of(lex, "Nigeria", CHR_LEX_ACTOR));
    assert_null(hit_of(lex, "Bad Code", CHR_LEX_ACTOR));
    /* the whole-dictionary check names the undefined table at its line */
    m.n = 0;
    assert_int_equal(chrDict_check(lex, 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_memory_equal(m.text[0], "inline.txt:13: ", 15);
    chrLex_free(lex);

    /* strict: the first bad line stops the load */
    lex = chrLex_new();
    m.n = 0;
    assert_int_equal(load(lex, text, CHR_LEXICON_STRICT, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_null(hit_of(lex, "United States", CHR_LEX_ACTOR));
    chrLex_free(lex);

    /* hostile bytes: NUL and invalid UTF-8 are line errors, not crashes */
    lex = chrLex_new();
    m.n = 0;
    static const char bytes[] = "[actors]\nMEX : Mex\0ico\nMEX : \xff\xfe\n";
    assert_int_equal(chrDict_loadText(lex, "bytes.txt", bytes, sizeof bytes - 1, 0, collect, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 2);
    assert_memory_equal(m.text[0], "bytes.txt:2: ", 13);
    assert_memory_equal(m.text[1], "bytes.txt:3: ", 13);
    chrLex_free(lex);
}

/* A clausal complement may hold the target ("said Y would ..."), never the
 * source; an open complement holds no actor. */
static void clause_slots(void **state) {
    (void)state;
    static const char text[] =
        "[verbs]\n"
        "verb say => 010\n"
        "- ccomp:@ => 010\n"
        "- ccomp:@src => 010\n" /* 4 */
        "- xcomp:@ => 010\n";   /* 5 */
    chrLex *lex = chrLex_new();
    messages m = {0};
    assert_int_equal(load(lex, text, 0, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 2);
    assert_memory_equal(m.text[0], "inline.txt:4: ", 14);
    assert_memory_equal(m.text[1], "inline.txt:5: ", 14);
    chrLex_free(lex);
}

/* 'cooperation :' lists event code prefixes, nothing else. */
static void cooperation_codes(void **state) {
    (void)state;
    static const char text[] =
        "[verbs]\n"
        "cooperation : 04 | 057\n"
        "cooperation : meet\n"; /* 3 */
    chrLex *lex = chrLex_new();
    messages m = {0};
    assert_int_equal(load(lex, text, 0, &m), CHR_EFORMAT);
    assert_int_equal(m.n, 1);
    assert_memory_equal(m.text[0], "inline.txt:3: ", 14);
    assert_true(lex->coop_listed);
    chrLexId id = chrLex_find(lex, "057", 3);
    assert_true(id && (lex->wordflags[id] & CHR_WORD_COOP));
    chrLex_free(lex);
}

static void dated_codes_follow_the_date(void **state) {
    (void)state;
    static const char text[] =
        "[actors]\n"
        "USAELI USAGOV@2009-01-20..2017-01-20 : Barack Obama\n"
        "USAELI USAGOV@2017-01-20..2021-01-20 USAGOV@2025-01-20.. : Donald Trump\n"
        "OUTGOING@..2017-01-20 INCOMING@2017-01-20.. : the office\n"
        "XXXELI XXXGOV@2008-02..2010 : Partial Dates\n"
        "NODEFAULT@2000..2001 : No Default\n";
    chrLex *lex = chrLex_new();
    messages m = {0};
    assert_int_equal(load(lex, text, 0, &m), CHR_OK);
    assert_string_equal(actor_code(lex, "Barack Obama", chrLex_ymd(2016, 5, 20)), "USAGOV");
    assert_string_equal(actor_code(lex, "Barack Obama", chrLex_ymd(2017, 1, 21)), "USAELI");
    assert_string_equal(actor_code(lex, "Barack Obama", chrLex_ymd(2009, 1, 19)), "USAELI");
    assert_string_equal(actor_code(lex, "Barack Obama", 0), "USAELI");
    assert_string_equal(actor_code(lex, "Donald Trump", chrLex_ymd(2016, 5, 20)), "USAELI");
    assert_string_equal(actor_code(lex, "Donald Trump", chrLex_ymd(2018, 1, 1)), "USAGOV");
    assert_string_equal(actor_code(lex, "Donald Trump", chrLex_ymd(2022, 1, 1)), "USAELI");
    assert_string_equal(actor_code(lex, "Donald Trump", chrLex_ymd(2026, 1, 1)), "USAGOV");
    /* hand-over day: both cover it, the later start wins */
    assert_string_equal(actor_code(lex, "the office", chrLex_ymd(2017, 1, 20)), "INCOMING");
    assert_string_equal(actor_code(lex, "the office", chrLex_ymd(2017, 1, 19)), "OUTGOING");
    /* partial dates: FROM is the first day, UNTIL the last */
    assert_string_equal(actor_code(lex, "Partial Dates", chrLex_ymd(2008, 1, 31)), "XXXELI");
    assert_string_equal(actor_code(lex, "Partial Dates", chrLex_ymd(2008, 2, 1)), "XXXGOV");
    assert_string_equal(actor_code(lex, "Partial Dates", chrLex_ymd(2010, 12, 31)), "XXXGOV");
    assert_string_equal(actor_code(lex, "Partial Dates", chrLex_ymd(2011, 1, 1)), "XXXELI");
    /* no default: no code outside the dates */
    assert_string_equal(actor_code(lex, "No Default", chrLex_ymd(2002, 1, 1)), "");
    assert_string_equal(actor_code(lex, "No Default", chrLex_ymd(2001, 12, 31)), "NODEFAULT");
    chrLex_free(lex);
}

/* ---- the shipped dictionaries ---- */

static void shipped_dict_loads_without_errors(void **state) {
    (void)state;
    chrLex *lex = chrLex_new();
    messages m = {0};
    int rc = chrDict_loadDir(lex, "dict", 0, collect, &m);
    for (int i = 0; i < m.n && i < 16; i++) print_message("%s\n", m.text[i]);
    assert_int_equal(rc, CHR_OK);
    assert_int_equal(lex->counts.errors, 0);
    assert_int_equal(lex->counts.warnings, 0);
    assert_true(lex->counts.files >= 6);
    assert_true(lex->counts.patterns >= 500);
    /* the seed article's actors, by the document date 2016-05-20 */
    int32_t d = chrLex_ymd(2016, 5, 20);
    assert_string_equal(actor_code(lex, "Mexico", d), "MEX");
    assert_string_equal(actor_code(lex, "United States", d), "USA");
    assert_string_equal(actor_code(lex, "Sinaloa cartel", d), "MEXCRMSIN");
    assert_string_equal(actor_code(lex, "Enrique Pena Nieto", d), "MEXGOV");
    assert_string_equal(actor_code(lex, "Barack Obama", d), "USAGOV");
    assert_string_equal(actor_code(lex, "Donald Trump", d), "USAELI");
    assert_non_null(hit_of(lex, "Foreign Relations Ministry", CHR_LEX_AGENT));
    assert_non_null(hit_of(lex, "kingpin", CHR_LEX_AGENT));
    assert_non_null(hit_of(lex, "lawyers", CHR_LEX_AGENT));
    assert_non_null(hit_of(lex, "CCTV", CHR_LEX_SKIP));
    assert_null(hit_of(lex, "CCTV", CHR_LEX_ACTOR));
    assert_non_null(hit_of(lex, "Reuters", CHR_LEX_SKIP));
    chrLexId extradite = chrLex_internUpper(lex, "extradite", 9, 0);
    assert_int_not_equal(chrLex_forms(lex, extradite), 0);
    chrLex_free(lex);
}

/* Every ISO 3166-1 alpha-3 code of Debian's iso-codes has a country entry. */
static void countries_cover_iso_3166(void **state) {
    (void)state;
    FILE *f = fopen("/usr/share/iso-codes/json/iso_3166-1.json", "rb");
    if (!f) {
        print_message("iso-codes JSON not installed; skipping\n");
        skip();
    }
    chrLex *lex = chrLex_new();
    messages m = {0};
    assert_int_equal(chrDict_loadDir(lex, "dict", 0, collect, &m), CHR_OK);
    chrLexMap have = {0};
    for (size_t i = 0; i < lex->n_actors; i++)
        if (lex->actors[i].sort == CHR_LEX_SORT_COUNTRY) chrLexMap_put(&have, lex->actors[i].code, 1);
    char line[512];
    int n = 0, missing = 0;
    while (fgets(line, sizeof line, f)) {
        const char *k = strstr(line, "\"alpha_3\": \"");
        if (!k) continue;
        k += 12;
        uint32_t v;
        chrLexId id = chrLex_find(lex, k, 3);
        n++;
        if (!id || !chrLexMap_get(&have, id, &v)) {
            print_message("no country entry for %.3s\n", k);
            missing++;
        }
    }
    fclose(f);
    free(have.keys);
    free(have.vals);
    chrLex_free(lex);
    assert_true(n >= 249);
    assert_int_equal(missing, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inline_dictionary_loads),
        cmocka_unit_test(bad_lines_are_reported_with_file_and_line),
        cmocka_unit_test(clause_slots),
        cmocka_unit_test(cooperation_codes),
        cmocka_unit_test(dated_codes_follow_the_date),
        cmocka_unit_test(shipped_dict_loads_without_errors),
        cmocka_unit_test(countries_cover_iso_3166),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
