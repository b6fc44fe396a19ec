/*
 * test_learn.c - the shared learning module: the perceptron learns a
 * separable problem, honours the valid-class mask, survives a save/load
 * round trip with identical scores, and the model file loader refuses
 * damaged, truncated, newer and foreign files.
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
#include "learn/hash.h"
#include "learn/linear_inline.h"
#include "learn/modelfile.h"
#include "learn/perceptron.h"
#include "learn/perceptron_mix.h"

/* A toy problem: 3 classes; the class of an item is decided by which of
 * three marker words it contains, among noise words shared by all. */
#define NITEMS 300
#define NFEAT 6

static void make_item(chrRng *r, int i, uint64_t *f, int *gold) {
    *gold = i % 3;
    static const char *markers[3] = {"alpha", "beta", "gamma"};
    f[0] = chrHash_feature(1, chrHash_str(markers[*gold], 0));
    for (int k = 1; k < NFEAT; k++) f[k] = chrHash_feature(2, chrRng_below(r, 50));
}

static void train_toy(chrPerceptron *p, chrLinear *m) {
    assert_int_equal(chrPerceptron_init(p, 3), CHR_OK);
    uint64_t feats[NITEMS][NFEAT];
    int gold[NITEMS];
    chrRng r = {42};
    for (int i = 0; i < NITEMS; i++) make_item(&r, i, feats[i], &gold[i]);
    uint32_t order[NITEMS];
    for (int i = 0; i < NITEMS; i++) order[i] = (uint32_t)i;
    for (int epoch = 0; epoch < 5; epoch++) {
        chrRng_shuffle(&r, order, NITEMS);
        for (int i = 0; i < NITEMS; i++)
            assert_true(chrPerceptron_learn(p, feats[order[i]], NFEAT, gold[order[i]], NULL,
                                            NULL) >= 0);
    }
    assert_int_equal(chrPerceptron_finish(p, 0.0f, m), CHR_OK);
}

static void learns_separable_problem(void **state) {
    (void)state;
    chrPerceptron p;
    chrLinear m;
    train_toy(&p, &m);
    chrRng r = {7}; /* unseen noise */
    int right = 0;
    for (int i = 0; i < 90; i++) {
        uint64_t f[NFEAT];
        int gold;
        make_item(&r, i, f, &gold);
        if (chrLinear_best(&m, f, NFEAT, NULL) == gold) right++;
    }
    assert_int_equal(right, 90);
    /* The mask: with the gold class excluded the answer is another one. */
    uint64_t f[NFEAT];
    int gold;
    make_item(&r, 1, f, &gold);
    uint8_t valid[3] = {1, 0, 1};
    int c = chrLinear_best(&m, f, NFEAT, valid);
    assert_true(c == 0 || c == 2);
    uint8_t none[3] = {0, 0, 0};
    assert_int_equal(chrLinear_best(&m, f, NFEAT, none), -1);
    chrLinear_release(&m);
    chrPerceptron_release(&p);
}

static void training_is_deterministic(void **state) {
    (void)state;
    chrPerceptron p1, p2;
    chrLinear m1, m2;
    train_toy(&p1, &m1);
    train_toy(&p2, &m2);
    assert_int_equal(m1.npool, m2.npool);
    assert_int_equal(m1.nfeatures, m2.nfeatures);
    assert_memory_equal(m1.pool, m2.pool, m1.npool * sizeof *m1.pool);
    chrLinear_release(&m1);
    chrLinear_release(&m2);
    chrPerceptron_release(&p1);
    chrPerceptron_release(&p2);
}

static void pruning_drops_small_weights(void **state) {
    (void)state;
    chrPerceptron p;
    chrLinear all, pruned;
    train_toy(&p, &all);
    assert_int_equal(chrPerceptron_finish(&p, 0.5f, &pruned), CHR_OK);
    assert_true(pruned.npool < all.npool);
    assert_true(pruned.npool > 0);
    chrLinear_release(&all);
    chrLinear_release(&pruned);
    chrPerceptron_release(&p);
}

/* A small model file with a linear section and a label section. */
static void toy_file(unsigned char **data, size_t *len, chrLinear *m) {
    chrPerceptron p;
    train_toy(&p, m);
    chrPerceptron_release(&p);
    chrModelWriter w;
    chrModelWriter_init(&w, "toy", "toy-data");
    assert_int_equal(chrLinear_write(m, &w, "weights"), CHR_OK);
    chrBuf *b = chrModelWriter_section(&w, "labels");
    assert_non_null(b);
    chrBuf_str(b, "A");
    chrBuf_str(b, "B");
    chrBuf_str(b, "C");
    assert_int_equal(chrModelWriter_bytes(&w, data, len), CHR_OK);
    chrModelWriter_release(&w);
}

static void round_trip_gives_identical_scores(void **state) {
    (void)state;
    unsigned char *data;
    size_t len;
    chrLinear m, back;
    toy_file(&data, &len, &m);
    chrModelFile mf;
    char err[256] = "";
    assert_int_equal(chrModelFile_parse("toy.bin", data, len, "toy", &mf, err, sizeof err), CHR_OK);
    assert_string_equal(mf.data_name, "toy-data");
    assert_int_equal(chrLinear_read(&back, &mf, "weights", err, sizeof err), CHR_OK);
    chrRng r = {99};
    for (int i = 0; i < 50; i++) {
        uint64_t f[NFEAT];
        int gold;
        make_item(&r, i, f, &gold);
        int32_t s1[3] = {0}, s2[3] = {0};
        chrLinear_scores(&m, f, NFEAT, s1);
        chrLinear_scores(&back, f, NFEAT, s2);
        assert_memory_equal(s1, s2, sizeof s1);
    }
    chrCursor c;
    assert_int_equal(chrModelFile_section(&mf, "labels", &c), CHR_OK);
    size_t n;
    const char *s = chrCursor_str(&c, &n);
    assert_int_equal(n, 1);
    assert_memory_equal(s, "A", 1);
    chrCursor_str(&c, &n);
    chrCursor_str(&c, &n);
    assert_true(chrCursor_done(&c));
    assert_int_equal(chrModelFile_section(&mf, "nothing", &c), CHR_ENOTFOUND);
    chrLinear_release(&back);
    assert_int_equal(chrLinear_read(&back, &mf, "nothing", err, sizeof err), CHR_ENOTFOUND);
    chrModelFile_release(&mf);
    chrLinear_release(&m);
    free(data);
}

/* Rows of one and two pairs move into their slots; every score stays
 * the same, and the moved model is refused for writing. */
static void inlined_rows_score_the_same(void **state) {
    (void)state;
    enum { NC = 40, NF = 60 };
    chrPerceptron p;
    assert_int_equal(chrPerceptron_init(&p, NC), CHR_OK);
    uint64_t f[NF];
    chrRng r = {5};
    for (int i = 0; i < NF; i++) {
        f[i] = chrHash_feature(3, (uint64_t)i);
        /* feature i touches i % 5 + 1 classes: one, two, three ... pairs */
        int touched = i % 5 + 1;
        for (int k = 0; k < touched; k++) {
            int cl = (int)chrRng_below(&r, NC);
            float d = (float)(chrRng_below(&r, 7) + 1) * (k % 2 ? -1.0f : 1.0f);
            assert_int_equal(chrPerceptron_update(&p, &f[i], 1, cl, -1, d), CHR_OK);
        }
        if (i == 0) /* and one dense row */
            for (int cl = 0; cl < NC; cl++)
                assert_int_equal(chrPerceptron_update(&p, &f[i], 1, cl, -1, 1.0f + (float)cl),
                                 CHR_OK);
        chrPerceptron_tick(&p);
    }
    chrLinear m;
    assert_int_equal(chrPerceptron_finish(&p, 0.0f, &m), CHR_OK);
    int32_t before[NF + 1][NC];
    memset(before, 0, sizeof before);
    for (int i = 0; i < NF; i++) chrLinear_scores(&m, &f[i], 1, before[i]);
    chrLinear_scores(&m, f, NF, before[NF]);
    chrLinear_inline(&m);
    size_t moved = 0, kept = 0;
    for (size_t i = 0; i <= m.mask; i++) {
        if (!m.slots[i].key) continue;
        if (m.slots[i].off & CHR_LINEAR_INLINE) moved++;
        else kept++;
    }
    assert_true(moved > 0);
    assert_true(kept > 0);
    for (int i = 0; i <= NF; i++) {
        int32_t after[NC] = {0};
        if (i < NF) chrLinear_scores(&m, &f[i], 1, after);
        else chrLinear_scores(&m, f, NF, after);
        assert_memory_equal(before[i], after, sizeof after);
    }
    chrModelWriter w;
    chrModelWriter_init(&w, "toy", "toy-data");
    assert_int_equal(chrLinear_write(&m, &w, "weights"), CHR_EINVAL);
    chrModelWriter_release(&w);
    chrLinear_release(&m);
    chrPerceptron_release(&p);
}

static int parse_status(const unsigned char *data, size_t len, const char *kind, char *err,
                        size_t errlen) {
    chrModelFile mf;
    int rc = chrModelFile_parse("bad.bin", data, len, kind, &mf, err, errlen);
    chrModelFile_release(&mf);
    return rc;
}

static void refuses_damaged_files(void **state) {
    (void)state;
    unsigned char *data;
    size_t len;
    chrLinear m;
    toy_file(&data, &len, &m);
    unsigned char *copy = malloc(len);
    char err[256];

    /* A flipped payload byte: checksum. */
    memcpy(copy, data, len);
    copy[len / 2] ^= 0x40;
    assert_int_equal(parse_status(copy, len, "toy", err, sizeof err), CHR_ECHECKSUM);
    assert_non_null(strstr(err, "bad.bin"));
    assert_non_null(strstr(err, "checksum"));

    /* Every truncation is refused. */
    for (size_t cut = 0; cut < len; cut += (cut < 64 ? 1 : 97)) {
        int rc = parse_status(data, cut, "toy", err, sizeof err);
        assert_int_equal(rc, CHR_EFORMAT);
        assert_non_null(strstr(err, "bad.bin"));
    }

    /* A newer format version. */
    memcpy(copy, data, len);
    copy[8] = (unsigned char)(CHR_MODEL_VERSION + 1);
    assert_int_equal(parse_status(copy, len, "toy", err, sizeof err), CHR_EVERSION);
    assert_non_null(strstr(err, "newer"));

    /* Wrong magic, wrong byte order, wrong kind. */
    memcpy(copy, data, len);
    copy[0] = 'X';
    assert_int_equal(parse_status(copy, len, "toy", err, sizeof err), CHR_EFORMAT);
    assert_non_null(strstr(err, "magic"));
    memcpy(copy, data, len);
    copy[12] = 0x0A;
    copy[15] = 0x0D;
    assert_int_equal(parse_status(copy, len, "toy", err, sizeof err), CHR_EFORMAT);
    assert_int_equal(parse_status(data, len, "parse", err, sizeof err), CHR_EFORMAT);
    assert_non_null(strstr(err, "expected a 'parse' model"));

    /* A section whose counts lie, with a valid checksum: refused. */
    chrModelWriter w;
    chrModelWriter_init(&w, "toy", "x");
    chrBuf *b = chrModelWriter_section(&w, "weights");
    chrBuf_u32(b, 3);
    chrBuf_f32(b, 1.0f);
    chrBuf_u64(b, 1000000);
    chrBuf_u64(b, 5);
    unsigned char *lie;
    size_t lielen;
    assert_int_equal(chrModelWriter_bytes(&w, &lie, &lielen), CHR_OK);
    chrModelWriter_release(&w);
    chrModelFile mf;
    assert_int_equal(chrModelFile_parse("lie.bin", lie, lielen, "toy", &mf, err, sizeof err),
                     CHR_OK);
    chrLinear back;
    assert_int_equal(chrLinear_read(&back, &mf, "weights", err, sizeof err), CHR_EFORMAT);
    assert_non_null(strstr(err, "lie.bin"));
    chrModelFile_release(&mf);
    free(lie);

    free(copy);
    free(data);
    chrLinear_release(&m);
}

static void file_save_and_load(void **state) {
    (void)state;
    char path[] = "/tmp/chr_test_learn_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    chrModelWriter w;
    chrModelWriter_init(&w, "toy", "d");
    chrBuf_u32(chrModelWriter_section(&w, "s"), 0xdeadbeefu);
    char err[256] = "";
    assert_int_equal(chrModelWriter_save(&w, path, err, sizeof err), CHR_OK);
    chrModelWriter_release(&w);
    chrModelFile mf;
    assert_int_equal(chrModelFile_load(path, "toy", &mf, err, sizeof err), CHR_OK);
    chrCursor c;
    assert_int_equal(chrModelFile_section(&mf, "s", &c), CHR_OK);
    assert_int_equal(chrCursor_u32(&c), 0xdeadbeefu);
    chrModelFile_release(&mf);
    remove(path);
    assert_int_equal(chrModelFile_load(path, "toy", &mf, err, sizeof err), CHR_ENOTFOUND);
    assert_non_null(strstr(err, path));
    chrModelFile_release(&mf);
}

/* Two equal members mixed half and half score as one of them does; a
 * member mixed at share 0.5 alone scores half as high. */
static void mixing_averages_members(void **state) {
    (void)state;
    chrPerceptron a, b, mix, half;
    chrLinear ma, mb, mm, mh;
    train_toy(&a, &ma);
    train_toy(&b, &mb);
    assert_int_equal(chrPerceptron_init(&mix, 3), CHR_OK);
    assert_int_equal(chrPerceptron_mix(&mix, &a, 0.5f), CHR_OK);
    assert_int_equal(chrPerceptron_mix(&mix, &b, 0.5f), CHR_OK);
    assert_int_equal(chrPerceptron_finish(&mix, 0.0f, &mm), CHR_OK);
    assert_int_equal(chrPerceptron_init(&half, 3), CHR_OK);
    assert_int_equal(chrPerceptron_mix(&half, &a, 0.5f), CHR_OK);
    assert_int_equal(chrPerceptron_finish(&half, 0.0f, &mh), CHR_OK);
    assert_int_equal(mm.nfeatures, ma.nfeatures);
    chrRng r = {9};
    for (int i = 0; i < 30; i++) {
        uint64_t f[NFEAT];
        int gold;
        make_item(&r, i, f, &gold);
        int32_t s1[8] = {0}, s2[8] = {0}, s3[8] = {0};
        chrLinear_scores(&ma, f, NFEAT, s1);
        chrLinear_scores(&mm, f, NFEAT, s2);
        chrLinear_scores(&mh, f, NFEAT, s3);
        /* each model is quantised to its own scale: compare in weights */
        for (int c = 0; c < 3; c++) {
            double w1 = s1[c] / ma.scale, w2 = s2[c] / mm.scale, w3 = s3[c] / mh.scale;
            assert_true(w1 - w2 < 0.01 * NFEAT && w2 - w1 < 0.01 * NFEAT);
            assert_true(w1 / 2 - w3 < 0.01 * NFEAT && w3 - w1 / 2 < 0.01 * NFEAT);
        }
        assert_int_equal(chrLinear_best(&mm, f, NFEAT, NULL), chrLinear_best(&ma, f, NFEAT, NULL));
    }
    /* chrPerceptron_finishMix: the same mix in one call; one member alone
     * is that member finished. */
    chrPerceptron pair[2] = {a, b};
    chrLinear mf, m1;
    assert_int_equal(chrPerceptron_finishMix(pair, 2, 0.0f, &mf), CHR_OK);
    assert_int_equal(chrPerceptron_finishMix(pair, 1, 0.0f, &m1), CHR_OK);
    assert_int_equal(mf.nfeatures, mm.nfeatures);
    assert_int_equal(mf.npool, mm.npool);
    assert_memory_equal(mf.pool, mm.pool, mm.npool * sizeof *mm.pool);
    assert_int_equal(m1.npool, ma.npool);
    assert_memory_equal(m1.pool, ma.pool, ma.npool * sizeof *ma.pool);
    chrLinear_release(&mf);
    chrLinear_release(&m1);
    chrPerceptron wrong;
    assert_int_equal(chrPerceptron_init(&wrong, 4), CHR_OK);
    assert_int_equal(chrPerceptron_mix(&wrong, &a, 1.0f), CHR_EINVAL);
    chrPerceptron_release(&wrong);
    chrLinear_release(&ma);
    chrLinear_release(&mb);
    chrLinear_release(&mm);
    chrLinear_release(&mh);
    chrPerceptron_release(&a);
    chrPerceptron_release(&b);
    chrPerceptron_release(&mix);
    chrPerceptron_release(&half);
}

static void crc_matches_reference(void **state) {
    (void)state;
    assert_int_equal(chrModel_crc32(0, "123456789", 9), 0xCBF43926u);
    assert_true(chrHash_str("word", 0) != chrHash_str("Word", 0));
    assert_true(chrHash_feature(1, 5) != chrHash_feature(2, 5));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(learns_separable_problem),
        cmocka_unit_test(training_is_deterministic),
        cmocka_unit_test(pruning_drops_small_weights),
        cmocka_unit_test(round_trip_gives_identical_scores),
        cmocka_unit_test(inlined_rows_score_the_same),
        cmocka_unit_test(refuses_damaged_files),
        cmocka_unit_test(file_save_and_load),
        cmocka_unit_test(mixing_averages_members),
        cmocka_unit_test(crc_matches_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
