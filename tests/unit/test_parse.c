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
#include "parse/arceager.h"
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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(oracle_small_tree),
        cmocka_unit_test(oracle_reproduces_ewt_projective_trees),
        cmocka_unit_test(projectivize_round_trip),
        cmocka_unit_test(projectivize_refuses_cycles),
        cmocka_unit_test(finish_joins_a_forest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
