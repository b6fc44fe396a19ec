/*
 * test_parse.c - the dependency parser: the arc-eager oracle, the
 * pseudo-projective transformation, the shipped model and model checks.
 * Parts that need ../shared (EWT) or the shipped model skip without them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "chronicle.h"
#include "io/conllu.h"
#include "learn/modelfile.h"
#include "parse/arceager.h"
#include "parse/model.h"
#include "parse/oracle.h"
#include "parse/projective.h"

#define EWT_DEV "../shared/data/ud-ewt/en_ewt-ud-dev.conllu"
#define EWT_TRAIN "../shared/data/ud-ewt/en_ewt-ud-train.conllu"

/* A small label table for tests: ids by first appearance. */
typedef struct labels {
    const char *name[256];
    int n;
} labels;

static int label_id(labels *t, const char *s) {
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->name[i], s) == 0) return i;
    assert_true(t->n < 256);
    t->name[t->n] = s;
    return t->n++;
}

/* Gold heads and label ids of a sentence, 1-based. */
static void sentence_tree(const chrConlluSentence *s, labels *t, int *head, int *label) {
    head[0] = -1;
    label[0] = -1;
    for (size_t i = 0; i < s->nwords; i++) {
        head[i + 1] = s->words[i].head;
        label[i + 1] = label_id(t, s->words[i].deprel);
    }
}

/* Replays the oracle's transition sequence and checks that it rebuilds
 * exactly the gold tree. */
static void check_oracle(int n, const int *head, const int *label, int root) {
    chrArcEager c;
    chrArcEager_init(&c);
    assert_int_equal(chrArcEager_start(&c, n), CHR_OK);
    int *t = malloc(sizeof(int) * (size_t)(2 * n + 2));
    int *l = malloc(sizeof(int) * (size_t)(2 * n + 2));
    assert_non_null(t);
    assert_non_null(l);
    int steps = chrOracle_goldSequence(&c, head, label, root, t, l);
    assert_true(steps >= n && steps <= 2 * n);
    for (int i = 1; i <= n; i++) {
        assert_int_equal(c.head[i], head[i]);
        assert_int_equal(c.label[i], label[i]);
    }
    /* Replaying the sequence on a fresh configuration is legal throughout. */
    assert_int_equal(chrArcEager_start(&c, n), CHR_OK);
    for (int i = 0; i < steps; i++) {
        int is_root = t[i] == CHR_AE_RIGHT && chrArcEager_s0(&c) == 0;
        assert_true(chrArcEager_legal(&c, t[i], is_root));
        chrArcEager_apply(&c, t[i], l[i]);
    }
    assert_true(chrArcEager_terminal(&c));
    free(t);
    free(l);
    chrArcEager_release(&c);
}

static void oracle_small_tree(void **state) {
    (void)state;
    /* "She gave him a book quickly ." heads: gave=root */
    int head[] = {-1, 2, 0, 2, 5, 2, 2, 2};
    int label[] = {-1, 1, 0, 2, 3, 4, 5, 6};
    check_oracle(7, head, label, 0);
    /* A non-projective tree has no zero-cost path. */
    int np_head[] = {-1, 3, 0, 2, 1};
    int np_label[] = {-1, 1, 0, 1, 1};
    assert_false(chrProj_isProjective(4, np_head));
    chrArcEager c;
    chrArcEager_init(&c);
    assert_int_equal(chrArcEager_start(&c, 4), CHR_OK);
    int t[8], l[8];
    assert_int_equal(chrOracle_goldSequence(&c, np_head, np_label, 0, t, l), -1);
    chrArcEager_release(&c);
}

static int load_or_skip(const char *path, chrConllu *c) {
    char err[256];
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fclose(f);
    assert_int_equal(chrConllu_load(path, c, err, sizeof err), CHR_OK);
    return 1;
}

static void oracle_reproduces_ewt_projective_trees(void **state) {
    (void)state;
    chrConllu c;
    if (!load_or_skip(EWT_DEV, &c)) {
        print_message("skipped: %s is absent\n", EWT_DEV);
        skip();
    }
    labels t = {.n = 0};
    int root = label_id(&t, "root");
    int head[1024], label[1024];
    size_t checked = 0;
    for (size_t i = 0; i < c.nsents; i++) {
        const chrConlluSentence *s = &c.sents[i];
        if (s->nwords + 1 > 1024) continue;
        sentence_tree(s, &t, head, label);
        if (!chrProj_isProjective((int)s->nwords, head)) continue;
        check_oracle((int)s->nwords, head, label, root);
        checked++;
    }
    assert_true(checked > 1800);
    chrConllu_release(&c);
}

static void projectivize_round_trip(void **state) {
    (void)state;
    chrConllu c;
    if (!load_or_skip(EWT_TRAIN, &c)) {
        print_message("skipped: %s is absent\n", EWT_TRAIN);
        skip();
    }
    labels t = {.n = 0};
    int head[1024], label[1024], proj[1024], lifted[1024];
    size_t nonproj = 0, recovered = 0;
    for (size_t i = 0; i < c.nsents; i++) {
        const chrConlluSentence *s = &c.sents[i];
        int n = (int)s->nwords;
        if (n + 1 > 1024) continue;
        sentence_tree(s, &t, head, label);
        if (chrProj_isProjective(n, head)) continue;
        nonproj++;
        memcpy(proj, head, sizeof(int) * (size_t)(n + 1));
        assert_true(chrProj_projectivize(n, proj, label, lifted) > 0);
        assert_true(chrProj_isProjective(n, proj));
        /* The oracle can follow the lifted tree exactly. */
        check_oracle(n, proj, label, label_id(&t, "root"));
        assert_int_equal(chrProj_deprojectivize(n, proj, label, lifted), CHR_OK);
        recovered += memcmp(proj + 1, head + 1, sizeof(int) * (size_t)n) == 0;
    }
    print_message("non-projective trees: %zu, recovered exactly: %zu\n", nonproj, recovered);
    assert_true(nonproj > 100);
    assert_true(recovered * 100 >= nonproj * 90); /* 271 of 288 on EWT 2.x train */
    chrConllu_release(&c);
}

static void projectivize_refuses_cycles(void **state) {
    (void)state;
    int head[] = {-1, 2, 1, 0};
    int label[] = {-1, 0, 0, 0};
    int lifted[4];
    assert_int_equal(chrProj_projectivize(3, head, label, lifted), CHR_EINVAL);
}

static int fixed_label(void *ctx, int dep, int to_root) {
    (void)ctx;
    (void)dep;
    return to_root ? 0 : 1;
}

static void finish_joins_a_forest(void **state) {
    (void)state;
    chrArcEager c;
    chrArcEager_init(&c);
    assert_int_equal(chrArcEager_start(&c, 4), CHR_OK);
    for (int i = 0; i < 4; i++) chrArcEager_apply(&c, CHR_AE_SHIFT, -1);
    assert_true(chrArcEager_terminal(&c));
    int roots = 0;
    chrArcEager_finish(&c, fixed_label, NULL);
    for (int i = 1; i <= 4; i++) {
        assert_true(c.head[i] >= 0 && c.head[i] <= 4 && c.head[i] != i);
        roots += c.head[i] == 0;
        assert_int_equal(c.label[i], c.head[i] == 0 ? 0 : 1);
    }
    assert_int_equal(roots, 1);
    chrArcEager_release(&c);
}

/* A model with labels and classes but no weights: every decision is a
 * tie, settled by the class order. Written to bytes in *out. */
static void tiny_model_bytes(unsigned char **out, size_t *len) {
    static char root[] = "root", nsubj[] = "nsubj", obj[] = "obj";
    char *names[] = {root, nsubj, obj};
    uint32_t base[] = {0, 1, 2};
    int32_t lift[] = {-1, -1, -1};
    uint8_t tr[] = {CHR_AE_SHIFT, CHR_AE_REDUCE, CHR_AE_LEFT, CHR_AE_RIGHT, CHR_AE_RIGHT};
    uint32_t lab[] = {0, 0, 1, 0, 2};
    chrParseModel m;
    memset(&m, 0, sizeof m);
    m.nlabels = 3;
    m.label_name = names;
    m.label_base = base;
    m.label_lift = lift;
    m.nclass = 5;
    m.class_tr = tr;
    m.class_label = lab;
    m.weights.nclass = 5;
    m.weights.scale = 1.0f;
    chrModelWriter w;
    chrModelWriter_init(&w, "parse", "test");
    chrParseModel_write(&m, &w);
    assert_int_equal(chrModelWriter_bytes(&w, out, len), CHR_OK);
    chrModelWriter_release(&w);
}

/* The tiny model loaded into *m; its bytes in *out when out is not NULL. */
static void tiny_model(chrParseModel *m, unsigned char **out, size_t *outlen) {
    unsigned char *bytes;
    size_t len;
    char err[256];
    tiny_model_bytes(&bytes, &len);
    assert_int_equal(chrParseModel_parse("tiny", bytes, len, m, err, sizeof err), CHR_OK);
    assert_int_equal(m->nlabels, 3);
    if (out) {
        *out = bytes;
        *outlen = len;
    } else {
        free(bytes);
    }
}

static void corrupt_models_are_refused(void **state) {
    (void)state;
    unsigned char *bytes;
    size_t len;
    chrParseModel m;
    char err[256];
    tiny_model(&m, &bytes, &len);
    chrParseModel_release(&m);
    /* a flipped payload byte */
    bytes[len - 3] ^= 0x40;
    assert_int_equal(chrParseModel_parse("flipped", bytes, len, &m, err, sizeof err), CHR_ECHECKSUM);
    assert_non_null(strstr(err, "flipped"));
    chrParseModel_release(&m);
    bytes[len - 3] ^= 0x40;
    /* truncated */
    assert_int_equal(chrParseModel_parse("cut", bytes, len / 2, &m, err, sizeof err), CHR_EFORMAT);
    chrParseModel_release(&m);
    /* not a model at all */
    assert_int_not_equal(chrParseModel_parse("text", "hello world", 11, &m, err, sizeof err), CHR_OK);
    chrParseModel_release(&m);
    free(bytes);
    /* a missing file names itself */
    assert_int_not_equal(chrParseModel_load("/nonexistent/en-parse.bin", &m, err, sizeof err), CHR_OK);
    assert_non_null(strstr(err, "/nonexistent/en-parse.bin"));
    chrParseModel_release(&m);
}

/* Even a model that knows nothing gives every word of a long sentence a
 * head, in one tree, in linear time. */
static void every_word_gets_a_head(void **state) {
    (void)state;
    chrParseModel m;
    tiny_model(&m, NULL, NULL);
    chrParseWork wk;
    chrParseWork_init(&wk);
    int n = 20000;
    assert_int_equal(chrParseWords_start(&wk.words, n), CHR_OK);
    for (int i = 1; i <= n; i++) chrParseWords_set(&wk.words, i, "word", 4, "NN", 8, "word");
    assert_int_equal(chrParseModel_run(&m, &wk, n), CHR_OK);
    int roots = 0;
    for (int i = 1; i <= n; i++) {
        assert_true(wk.head[i] >= 0 && wk.head[i] <= n && wk.head[i] != i);
        roots += wk.head[i] == 0;
        /* the head chain reaches the root */
        int w = i, steps = 0;
        while (w != 0 && steps++ <= n) w = wk.head[w];
        assert_int_equal(w, 0);
    }
    assert_int_equal(roots, 1);
    chrParseWork_release(&wk);
    chrParseModel_release(&m);
}

/* The parser reuses the scores of the S0 word and of the buffer front
 * across steps; a plain greedy loop that scores every feature at every
 * step must make the same arcs. */
static void reused_scores_match_full_scoring(void **state) {
    (void)state;
    chrParseModel m;
    char err[512] = "";
    FILE *f = fopen("models/en-parse.bin", "rb");
    if (f) fclose(f);
    chrConllu dev;
    if (!f || !load_or_skip(EWT_DEV, &dev)) {
        print_message("skipped: models/en-parse.bin or %s is absent\n", EWT_DEV);
        skip();
    }
    assert_int_equal(chrParseModel_load("models/en-parse.bin", &m, err, sizeof err), CHR_OK);
    chrParseWork wk;
    chrParseWork_init(&wk);
    chrArcEager ref;
    chrArcEager_init(&ref);
    int32_t *scores = malloc(m.nclass * sizeof *scores);
    assert_non_null(scores);
    uint64_t feats[CHR_PARSE_MAX_FEATURES];
    size_t arcs = 0;
    for (size_t si = 0; si < dev.nsents && si < 300; si++) {
        const chrConlluSentence *s = &dev.sents[si];
        int n = (int)s->nwords;
        assert_int_equal(chrParseWords_start(&wk.words, n), CHR_OK);
        for (int i = 0; i < n; i++) {
            const chrConlluWord *w = &s->words[i];
            chrParseModel_setWord(&m, &wk.words, i + 1, w->form, strlen(w->form), w->xpos,
                                  (int)strlen(w->upos), w->lemma);
        }
        assert_int_equal(chrParseModel_run(&m, &wk, n), CHR_OK);
        assert_int_equal(chrArcEager_start(&ref, n), CHR_OK);
        while (!chrArcEager_terminal(&ref)) {
            size_t nf = chrParseFeatures_extract(&ref, &wk.words, feats);
            memset(scores, 0, m.nclass * sizeof *scores);
            chrLinear_scores(&m.weights, feats, nf, scores);
            int k = chrParseModel_bestLegal(&m, &ref, scores);
            assert_true(k >= 0);
            chrArcEager_apply(&ref, m.class_tr[k], (int)m.class_label[k]);
        }
        for (int i = 1; i <= n; i++) {
            if (ref.head[i] < 0) continue; /* joined up after the last step */
            assert_int_equal(wk.c.head[i], ref.head[i]);
            assert_int_equal(wk.c.label[i], ref.label[i]);
            arcs++;
        }
    }
    assert_true(arcs > 3000);
    free(scores);
    chrArcEager_release(&ref);
    chrParseWork_release(&wk);
    chrParseModel_release(&m);
    chrConllu_release(&dev);
}

/* The relation of the word spelled form in the parsed doc, and its head's form. */
static const chr_token *find_word(const chr_token *t, size_t n, const char *form) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].form, form) == 0) return &t[i];
    return NULL;
}

static void shipped_model_parses_a_news_sentence(void **state) {
    (void)state;
    FILE *f1 = fopen("models/en-parse.bin", "rb"), *f2 = fopen("models/en-tag.bin", "rb");
    if (f1) fclose(f1);
    if (f2) fclose(f2);
    if (!f1 || !f2) {
        print_message("skipped: models/en-parse.bin or models/en-tag.bin is absent\n");
        skip();
    }
    char err[512] = "";
    chr_pipeline_options o = {.stages = CHR_STAGE_PARSE, .model_dir = "models"};
    chr_pipeline *p = chr_pipeline_new(&o, err, sizeof err);
    if (!p) print_message("%s\n", err);
    assert_non_null(p);
    const char text[] = "Mexico's Foreign Ministry has decided to allow the extradition of "
                        "Guzman to the United States.";
    chr_doc *d = chr_doc_new("t", text, sizeof text - 1);
    assert_int_equal(chr_pipeline_run(p, d), CHR_OK);
    size_t n;
    const chr_token *t = chr_doc_tokens(d, &n);
    const chr_sentence *s = chr_doc_sentences(d, &(size_t){0});
    const chr_token *ministry = find_word(t, n, "Ministry"), *decided = find_word(t, n, "decided"),
                    *allow = find_word(t, n, "allow"), *extradition = find_word(t, n, "extradition");
    assert_non_null(ministry);
    assert_non_null(decided);
    assert_non_null(allow);
    assert_non_null(extradition);
    /* heads are 1-based within the sentence */
    int i_decided = (int)(decided - t) - (int)s[0].first + 1;
    int i_allow = (int)(allow - t) - (int)s[0].first + 1;
    assert_string_equal(ministry->deprel, "nsubj");
    assert_int_equal(ministry->head, i_decided);
    assert_string_equal(allow->deprel, "xcomp");
    assert_int_equal(allow->head, i_decided);
    assert_string_equal(extradition->deprel, "obj");
    assert_int_equal(extradition->head, i_allow);
    assert_string_equal(decided->deprel, "root");
    for (size_t i = 0; i < n; i++) assert_true(t[i].head >= 0);
    chr_doc_free(d);
    chr_pipeline_free(p);
}

static void missing_model_is_named(void **state) {
    (void)state;
    char err[512] = "";
    chr_pipeline_options o = {.stages = CHR_STAGE_PARSE, .model_dir = "/nonexistent-models"};
    assert_null(chr_pipeline_new(&o, err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent-models/en-"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(oracle_small_tree),
        cmocka_unit_test(oracle_reproduces_ewt_projective_trees),
        cmocka_unit_test(projectivize_round_trip),
        cmocka_unit_test(projectivize_refuses_cycles),
        cmocka_unit_test(finish_joins_a_forest),
        cmocka_unit_test(corrupt_models_are_refused),
        cmocka_unit_test(every_word_gets_a_head),
        cmocka_unit_test(reused_scores_match_full_scoring),
        cmocka_unit_test(shipped_model_parses_a_news_sentence),
        cmocka_unit_test(missing_model_is_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
