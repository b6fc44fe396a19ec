/*
 * test_tag.c - the tagger stage with the shipped model (models/en-tag.bin,
 * found from the repository root where the tests run): tags and lemmas
 * of a news sentence, refusal of damaged models, and the lemmatizer's
 * rules and exceptions on a toy lexicon.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "chronicle.h"
#include "tag/features.h"
#include "tag/lemma.h"
#include "tag/tagger.h"

#define MODEL "models/en-tag.bin"

static chr_pipeline *tagging_pipeline(void) {
    char err[512] = "";
    chr_pipeline_options o = {.stages = CHR_STAGE_TAG, .model_dir = "models"};
    chr_pipeline *p = chr_pipeline_new(&o, err, sizeof err);
    if (!p) fprintf(stderr, "%s\n", err);
    return p;
}

static void tags_a_news_sentence(void **state) {
    (void)state;
    chr_pipeline *p = tagging_pipeline();
    assert_non_null(p);
    assert_true(chr_pipeline_stages(p) & CHR_STAGE_TAG);
    const char text[] = "Mexico's Foreign Ministry has decided to allow the extradition";
    chr_doc *d = chr_doc_new("t", text, sizeof text - 1);
    assert_int_equal(chr_pipeline_run(p, d), CHR_OK);
    size_t n;
    const chr_token *t = chr_doc_tokens(d, &n);
    static const char *want[] = {"PROPN", "PART", "PROPN", "PROPN", "AUX",
                                 "VERB",  "PART", "VERB",  "DET",   "NOUN"};
    assert_int_equal(n, 10);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(chr_upos_name(t[i].upos), want[i]) != 0)
            fprintf(stderr, "word %zu '%s': %s, want %s\n", i, t[i].form,
                    chr_upos_name(t[i].upos), want[i]);
        assert_string_equal(chr_upos_name(t[i].upos), want[i]);
        assert_non_null(t[i].xpos);
        assert_non_null(t[i].lemma);
    }
    assert_string_equal(t[0].xpos, "NNP");
    assert_string_equal(t[4].xpos, "VBZ");
    assert_string_equal(t[5].xpos, "VBN");
    assert_string_equal(t[4].lemma, "have");
    assert_string_equal(t[5].lemma, "decide");
    assert_string_equal(t[0].lemma, "Mexico");
    assert_string_equal(t[8].lemma, "the");
    chr_doc_free(d);
    chr_pipeline_free(p);
}

/* Straight double quotes face the way the spaces around them say. */
static void quotes_face_their_words(void **state) {
    (void)state;
    chr_pipeline *p = tagging_pipeline();
    assert_non_null(p);
    const char text[] = "She said \"no\", and Joaquin \"El Chapo\" Guzman left.";
    chr_doc *d = chr_doc_new("q", text, sizeof text - 1);
    assert_int_equal(chr_pipeline_run(p, d), CHR_OK);
    size_t n, quotes = 0;
    const chr_token *t = chr_doc_tokens(d, &n);
    static const char *want[] = {"``", "''", "``", "''"};
    for (size_t i = 0; i < n; i++) {
        if (strcmp(t[i].form, "\"") != 0) continue;
        assert_true(quotes < 4);
        assert_string_equal(t[i].xpos, want[quotes]);
        assert_int_equal(t[i].upos, CHR_UPOS_PUNCT);
        quotes++;
    }
    assert_int_equal(quotes, 4);
    chr_doc_free(d);
    chr_pipeline_free(p);
}

static unsigned char *read_all(const char *path, size_t *len) {
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *d = malloc((size_t)n);
    if (d && fread(d, 1, (size_t)n, f) != (size_t)n) {
        free(d);
        d = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return d;
}

static int load_bytes(const unsigned char *data, size_t len, char *err, size_t errlen,
                      char *path) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
    chrTagger t;
    int rc = chrTagger_load(&t, path, err, errlen);
    chrTagger_release(&t);
    return rc;
}

static void refuses_damaged_models(void **state) {
    (void)state;
    size_t len = 0;
    unsigned char *data = read_all(MODEL, &len);
    assert_non_null(data);
    char dir[] = "/tmp/chr_test_tag_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256], err[512];
    snprintf(path, sizeof path, "%s/en-tag.bin", dir);

    assert_int_equal(load_bytes(data, len, err, sizeof err, path), CHR_OK);
    data[len / 3] ^= 0x10;
    assert_int_equal(load_bytes(data, len, err, sizeof err, path), CHR_ECHECKSUM);
    assert_non_null(strstr(err, path));
    data[len / 3] ^= 0x10;
    assert_int_equal(load_bytes(data, len / 2, err, sizeof err, path), CHR_EFORMAT);
    assert_non_null(strstr(err, "truncated"));

    /* The pipeline names the file it could not use. */
    chr_pipeline_options o = {.stages = CHR_STAGE_TAG, .model_dir = dir};
    assert_null(chr_pipeline_new(&o, err, sizeof err));
    assert_non_null(strstr(err, "en-tag.bin"));
    remove(path);
    assert_null(chr_pipeline_new(&o, err, sizeof err));
    assert_non_null(strstr(err, "en-tag.bin"));
    rmdir(dir);
    free(data);
}

/* Tags sentences of t into out (n words each at most 64). */
static void tag_words(const chrTagger *t, const char *const *forms, size_t n, uint16_t *out) {
    const chrTagWord *w[64 + 4];
    chrTagWord local[64];
    chrTagger_words(&t->lex, &t->clusters, forms, n, w, local);
    chrTagger_classes(t, w + 2, n, out);
}

/* The role sums built at load (int32 for the word itself, int16 for its
 * neighbours, features where a sum does not fit) and the previous-tag
 * tables score exactly like the plain features. */
static void load_time_sums_score_like_features(void **state) {
    (void)state;
    static const char *const forms[] = {
        "The", "unprecedentedly", "long", "negotiations", "in", "Geneva", "ended", "on",
        "Tuesday", ",", "officials", "said", ",", "but", "the", "ceasefire", "remains",
        "fragile", "and", "Xinhua", "reported", "that", "3,400", "refugees", "had", "fled",
        "north-east", "of", "the", "capital", "."};
    const size_t n = sizeof forms / sizeof *forms;
    char err[512];
    chrTagger t;
    assert_int_equal(chrTagger_load(&t, MODEL, err, sizeof err), CHR_OK);
    size_t with = 0;
    for (size_t i = 0; i <= t.lex.mask; i++)
        with += t.lex.slots[i].key && chrTagWord_hasRole(&t.lex.slots[i], CHR_TAG_SELF);
    assert_true(with * 2 > t.lex.count); /* most known words have their sums */
    uint16_t fast[64], plain[64];
    tag_words(&t, forms, n, fast);
    for (size_t i = 0; i <= t.lex.mask; i++) t.lex.slots[i].vrow = CHR_TAG_NOVEC;
    for (int k = 0; k < 4; k++) t.lex.pad[k].vrow = CHR_TAG_NOVEC;
    int16_t *tvec = t.tvec;
    t.tvec = NULL;
    tag_words(&t, forms, n, plain);
    t.tvec = tvec;
    assert_memory_equal(fast, plain, n * sizeof *fast);
    chrTagger_release(&t);
}

static void lemmatizer_rules_and_exceptions(void **state) {
    (void)state;
    static const chrLemmaExample ex[] = {
        {"walked", "walk", 0},  {"talked", "talk", 0}, {"jumped", "jump", 0},
        {"went", "go", 0},      {"cities", "city", 1}, {"ladies", "lady", 1},
        {"Paris", "Paris", 2},  {"London", "London", 2}, {"dogs", "dog", 1},
        {"cats", "cat", 1},
    };
    chrLemmatizer lm;
    assert_int_equal(chrLemma_learn(&lm, 3, ex, sizeof ex / sizeof *ex), CHR_OK);
    char buf[512];
    size_t n;
    const char *l = chrLemma_apply(&lm, "kicked", 6, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(l, "kick", 4);
    l = chrLemma_apply(&lm, "went", 4, 0, buf, sizeof buf, &n);
    assert_memory_equal(l, "go", 2);
    l = chrLemma_apply(&lm, "Went", 4, 0, buf, sizeof buf, &n); /* lower-case key */
    assert_int_equal(n, 2);
    assert_memory_equal(l, "go", 2);
    l = chrLemma_apply(&lm, "babies", 6, 1, buf, sizeof buf, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(l, "baby", 4);
    const char *f = "Berlin";
    assert_ptr_equal(chrLemma_apply(&lm, f, 6, 2, buf, sizeof buf, &n), f); /* keeps case */
    chrLemma_release(&lm);
}

/* A rule that overreaches ("-lled" -> "-l", from "controlled") yields
 * to a shorter suffix's rule when only that one gives a known lemma;
 * numbers lose their thousands separators once known words exist. */
static void lemmatizer_prefers_known_lemmas(void **state) {
    (void)state;
    static const chrLemmaExample ex[] = {
        {"controlled", "control", 0}, {"patrolled", "patrol", 0}, {"enrolled", "enrol", 0},
        {"called", "call", 0},        {"filled", "fill", 0},       {"smell", "smell", 1},
        {"walked", "walk", 0},        {"talked", "talk", 0},
    };
    chrLemmatizer lm;
    assert_int_equal(chrLemma_learn(&lm, 2, ex, sizeof ex / sizeof *ex), CHR_OK);
    char buf[512];
    size_t n;
    const char *l = chrLemma_apply(&lm, "smelled", 7, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 5);
    assert_memory_equal(l, "smell", 5);
    l = chrLemma_apply(&lm, "strolled", 8, 0, buf, sizeof buf, &n); /* nothing known */
    assert_int_equal(n, 5);
    assert_memory_equal(l, "strol", 5);
    static const char *const news[] = {"stroll"};
    assert_int_equal(chrLemma_addKnown(&lm, news, 1), CHR_OK);
    l = chrLemma_apply(&lm, "strolled", 8, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 6);
    assert_memory_equal(l, "stroll", 6);
    l = chrLemma_apply(&lm, "12,500", 6, 1, buf, sizeof buf, &n);
    assert_int_equal(n, 5);
    assert_memory_equal(l, "12500", 5);
    chrLemma_release(&lm);
}

/* Case-keeping tags write long all-capital words in title case. */
static void lemmatizer_title_cases_shouted_names(void **state) {
    (void)state;
    static const chrLemmaExample ex[] = {
        {"Paris", "Paris", 0}, {"London", "London", 0}, {"IBM", "IBM", 0}, {"cats", "cat", 1},
    };
    chrLemmatizer lm;
    assert_int_equal(chrLemma_learn(&lm, 2, ex, sizeof ex / sizeof *ex), CHR_OK);
    char buf[512];
    size_t n;
    const char *l = chrLemma_apply(&lm, "TEHRAN", 6, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 6);
    assert_memory_equal(l, "Tehran", 6);
    const char *f = "NATO";
    assert_ptr_equal(chrLemma_apply(&lm, f, 4, 0, buf, sizeof buf, &n), f);
    chrLemma_release(&lm);
}

/* An irregular past the rules never saw gets its base from the irregular
 * table ("fled" -> "flee", not "fl"; "shed" stays "shed"), a word the
 * rules leave alone is not touched, and a regular past keeps its rule. */
static void lemmatizer_irregular_pasts(void **state) {
    (void)state;
    static const chrLemmaExample ex[] = {
        {"walked", "walk", 0}, {"talked", "talk", 0}, {"jumped", "jump", 0}, {"ground", "ground", 1},
    };
    chrLemmatizer lm;
    assert_int_equal(chrLemma_learn(&lm, 2, ex, sizeof ex / sizeof *ex), CHR_OK);
    char buf[512];
    size_t n;
    const char *l = chrLemma_apply(&lm, "fled", 4, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(l, "flee", 4);
    l = chrLemma_apply(&lm, "Upheld", 6, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 6);
    assert_memory_equal(l, "uphold", 6);
    l = chrLemma_apply(&lm, "shed", 4, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(l, "shed", 4);
    l = chrLemma_apply(&lm, "kicked", 6, 0, buf, sizeof buf, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(l, "kick", 4);
    const char *f = "ground"; /* a noun: no rule changes it */
    assert_ptr_equal(chrLemma_apply(&lm, f, 6, 1, buf, sizeof buf, &n), f);
    chrLemma_release(&lm);
}

int main(void) {
    if (access(MODEL, R_OK) != 0) {
        fprintf(stderr, "test_tag: %s not readable from %s\n", MODEL, "the repository root");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tags_a_news_sentence),
        cmocka_unit_test(quotes_face_their_words),
        cmocka_unit_test(refuses_damaged_models),
        cmocka_unit_test(load_time_sums_score_like_features),
        cmocka_unit_test(lemmatizer_rules_and_exceptions),
        cmocka_unit_test(lemmatizer_prefers_known_lemmas),
        cmocka_unit_test(lemmatizer_title_cases_shouted_names),
        cmocka_unit_test(lemmatizer_irregular_pasts),
    };
    return cmocka_run_group_tests_name("tag", tests, NULL, NULL);
}
