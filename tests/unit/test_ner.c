/*
 * test_ner.c - the NER stage: clustering rules on hand-made mentions, the
 * shipped model on a few sentences, damaged models refused, the
 * organisation list, and the seed
 * article's entities (skipped without ../shared).
 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen */
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
#include "core/doc.h"
#include "ner/cluster.h"
#include "ner/keywords.h"
#include "ner/ner.h"
#include "ner/orgnames.h"
#include "ner/propagate.h"
#include "ner/stage.h"

/* ------------------------------------------------------------ clustering */

#define MAXW 8
typedef struct hand {
    int type;
    const char *w[MAXW];
    int32_t actor;
} hand;

static size_t nwords(const hand *h) {
    size_t n = 0;
    while (n < MAXW && h->w[n]) n++;
    return n;
}

static long cluster(const hand *h, size_t n, uint32_t *ent, int *etype, uint32_t *name_of) {
    chrClusterMention m[16];
    for (size_t i = 0; i < n; i++) {
        m[i].type = h[i].type;
        m[i].words = h[i].w;
        m[i].nwords = nwords(&h[i]);
        m[i].actor = h[i].actor;
        m[i].many_places = 0;
    }
    return chrCluster_run(m, n, ent, etype, name_of);
}

static void person_forms_are_one_entity(void **state) {
    (void)state;
    const hand h[] = {
        {CHR_ENT_PER, {"Joaquin", "'", "El", "Chapo", "'", "Guzman"}, -1},
        {CHR_ENT_PER, {"Guzman"}, -1},
        {CHR_ENT_PER, {"Chapo", "Guzman", "'s"}, -1},
        {CHR_ENT_PER, {"Mr.", "Guzman", "Loera"}, -1},
        {CHR_ENT_PER, {"Analicia", "Ruiz"}, -1},
        {CHR_ENT_PER, {"Ruiz"}, -1},
    };
    uint32_t ent[6], name_of[6];
    int etype[6];
    assert_int_equal(cluster(h, 6, ent, etype, name_of), 2);
    assert_int_equal(ent[0], 0);
    assert_int_equal(ent[1], 0);
    assert_int_equal(ent[2], 0);
    assert_int_equal(ent[3], 0);
    assert_int_equal(ent[4], 1);
    assert_int_equal(ent[5], 1);
    assert_int_equal(etype[0], CHR_ENT_PER);
    chrClusterMention m[6];
    for (size_t i = 0; i < 6; i++) m[i] = (chrClusterMention){h[i].type, h[i].w, nwords(&h[i]), -1, 0};
    char name[64];
    chrCluster_name(&m[name_of[0]], m, ent, 6, 0, name, sizeof name);
    assert_string_equal(name, "Joaquin Guzman");
}

static void different_first_names_stay_apart(void **state) {
    (void)state;
    const hand h[] = {
        {CHR_ENT_PER, {"Bill", "Clinton"}, -1},
        {CHR_ENT_PER, {"Hillary", "Clinton"}, -1},
        {CHR_ENT_PER, {"President", "Bill", "Clinton"}, -1},
    };
    uint32_t ent[3], name_of[3];
    int etype[3];
    assert_int_equal(cluster(h, 3, ent, etype, name_of), 2);
    assert_int_equal(ent[0], ent[2]);
    assert_int_not_equal(ent[0], ent[1]);
}

/* A shared first name does not make two people one; a shared surname
 * with a one-word mention does. */
static void different_surnames_stay_apart(void **state) {
    (void)state;
    const hand h[] = {
        {CHR_ENT_PER, {"Boris", "Nemtsov"}, -1},
        {CHR_ENT_PER, {"Boris", "Yeltsin"}, -1},
        {CHR_ENT_PER, {"Yeltsin"}, -1},
        {CHR_ENT_PER, {"Kim", "Jong", "Il"}, -1},
        {CHR_ENT_PER, {"Kim", "Jong", "Un"}, -1},
    };
    uint32_t ent[5], name_of[5];
    int etype[5];
    assert_int_equal(cluster(h, 5, ent, etype, name_of), 4);
    assert_int_not_equal(ent[0], ent[1]);
    assert_int_equal(ent[1], ent[2]);
    assert_int_not_equal(ent[3], ent[4]);
}

static void places_by_dictionary_and_words(void **state) {
    (void)state;
    /* actor 7 stands for the dictionary's United States entry */
    const hand h[] = {
        {CHR_ENT_LOC, {"U.S."}, 7},
        {CHR_ENT_LOC, {"Mexico"}, 3},
        {CHR_ENT_LOC, {"the", "United", "States"}, 7},
        {CHR_ENT_LOC, {"Mexico", "City"}, 4},
        {CHR_ENT_ORG, {"US"}, 7},
        {CHR_ENT_LOC, {"Mexico", "'s"}, 3},
    };
    uint32_t ent[6], name_of[6];
    int etype[6];
    assert_int_equal(cluster(h, 6, ent, etype, name_of), 3);
    assert_int_equal(ent[0], ent[2]);
    assert_int_equal(ent[0], ent[4]);
    assert_int_equal(ent[1], ent[5]);
    assert_int_not_equal(ent[1], ent[3]);
    assert_int_equal(etype[ent[0]], CHR_ENT_LOC);
    chrClusterMention m[6];
    for (size_t i = 0; i < 6; i++) m[i] = (chrClusterMention){h[i].type, h[i].w, nwords(&h[i]), h[i].actor, 0};
    char name[64];
    chrCluster_name(&m[name_of[ent[0]]], m, ent, 6, ent[0], name, sizeof name);
    assert_string_equal(name, "United States");
}

/* A place the dictionaries know does not join an organisation that
 * ends in its name; an unknown one-word mention does. */
static void places_stay_out_of_organisations(void **state) {
    (void)state;
    static const char *const church[] = {"Church", "of", "England"}, *const england[] = {"England"},
                             *const pennzoil_co[] = {"Pennzoil", "Co"}, *const pennzoil[] = {"Pennzoil"};
    const chrClusterMention m[] = {
        {CHR_ENT_ORG, church, 3, -1, 0},
        {CHR_ENT_LOC, england, 1, 5, 0},
        {CHR_ENT_ORG, pennzoil_co, 2, -1, 0},
        {CHR_ENT_LOC, pennzoil, 1, -1, 0},
    };
    uint32_t ent[4], name_of[4];
    int etype[4];
    assert_int_equal(chrCluster_run(m, 4, ent, etype, name_of), 3);
    assert_int_not_equal(ent[0], ent[1]);
    assert_int_equal(etype[ent[1]], CHR_ENT_LOC);
    assert_int_equal(ent[2], ent[3]);
}

/* Two cities of a country's list share its actor but are two places; the
 * same city twice is one. */
static void cities_of_one_country_stay_apart(void **state) {
    (void)state;
    static const char *const kisangani[] = {"Kisangani"}, *const kivu[] = {"South", "Kivu"},
                             *const congo[] = {"Congo"};
    /* actor 9: the list of Congo's cities and regions; 8: Congo itself */
    const chrClusterMention m[] = {
        {CHR_ENT_LOC, kisangani, 1, 9, 1},
        {CHR_ENT_LOC, kivu, 2, 9, 1},
        {CHR_ENT_LOC, kisangani, 1, 9, 1},
        {CHR_ENT_LOC, congo, 1, 8, 0},
    };
    uint32_t ent[4], name_of[4];
    int etype[4];
    assert_int_equal(chrCluster_run(m, 4, ent, etype, name_of), 3);
    assert_int_equal(ent[0], ent[2]);
    assert_int_not_equal(ent[0], ent[1]);
    assert_int_not_equal(ent[0], ent[3]);
}

static void organisations_by_words_owner_and_initials(void **state) {
    (void)state;
    const hand h[] = {
        {CHR_ENT_ORG, {"Mexico", "'s", "Foreign", "Ministry"}, -1},
        {CHR_ENT_ORG, {"Mexico", "'s", "Foreign", "Relations", "Ministry"}, -1},
        {CHR_ENT_ORG, {"France", "'s", "Foreign", "Ministry"}, -1},
        {CHR_ENT_ORG, {"International", "Monetary", "Fund"}, -1},
        {CHR_ENT_ORG, {"IMF"}, -1},
        {CHR_ENT_ORG, {"Foreign", "Ministry"}, -1},
    };
    uint32_t ent[6], name_of[6];
    int etype[6];
    assert_int_equal(cluster(h, 6, ent, etype, name_of), 3);
    assert_int_equal(ent[0], ent[1]);
    assert_int_not_equal(ent[0], ent[2]);
    assert_int_equal(ent[3], ent[4]);
}

/* ------------------------------------------------------------- the model */

static chrNerStage *open_shipped(void) {
    char err[512];
    chrNerStage *st = NULL;
    int rc = chrNerStage_open(NULL, "models", "dict", &st, err, sizeof err);
    if (rc != CHR_OK) print_message("%s\n", err);
    assert_int_equal(rc, CHR_OK);
    return st;
}

static chr_doc *run(const chrNerStage *st, const char *text) {
    chr_doc *d = chr_doc_new("t", text, strlen(text));
    assert_non_null(d);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    assert_int_equal(chrNerStage_run(st, d), CHR_OK);
    return d;
}

/* The length of the mention that covers the first "what" of text, or 0. */
static size_t mention_len_at(const chr_doc *d, const char *text, const char *what) {
    const char *p = strstr(text, what);
    assert_non_null(p);
    size_t at = (size_t)(p - text), nm;
    const chr_mention *ms = chr_doc_mentions(d, &nm);
    for (size_t i = 0; i < nm; i++)
        if (ms[i].start <= at && at < ms[i].end) return ms[i].end - ms[i].start;
    return 0;
}

/* The entity whose mention covers text[at...]: its type, or 0. */
static int type_at(const chr_doc *d, const char *text, const char *what) {
    const char *p = strstr(text, what);
    assert_non_null(p);
    size_t at = (size_t)(p - text), nm;
    const chr_mention *ms = chr_doc_mentions(d, &nm);
    const chr_entity *es = chr_doc_entities(d, NULL);
    for (size_t i = 0; i < nm; i++)
        if (ms[i].start <= at && at < ms[i].end) return es[ms[i].entity].type;
    return 0;
}

/* A name found once is found everywhere in the document, with the type it
 * was given most often; "The ...", names glued to another name and
 * names across a sentence end stay as they were. */
static void names_spread_through_the_document(void **state) {
    (void)state;
    const char *forms[] = {"Google", "likes", "Google", ".",   /* 0-3 */
                           "Google", "Maps", "is", "slow", ".", /* 4-8 */
                           "Google", "said", "The", "Store", "and", "New", "York", /* 9-15 */
                           "Google", ".", "The", "Store", "New", "York"}; /* 16-21 */
    const uint32_t sent[] = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3};
    enum { O = CHR_NER_O };
    const uint8_t BO = CHR_NER_B(CHR_ENT_ORG), IO = CHR_NER_I(CHR_ENT_ORG),
                  BL = CHR_NER_B(CHR_ENT_LOC), IL = CHR_NER_I(CHR_ENT_LOC);
    uint8_t lab[22] = {BO, O, BO, O, BO, IO, O, O, O, O, O, BO, IO, O, BL, IL, BL, O, O, O, O, O};
    /* "Google" twice ORG, once LOC: ORG wins */
    assert_int_equal(chrNer_propagate(NULL, forms, sent, lab, 22), CHR_OK);
    assert_int_equal(lab[9], BO);   /* found where the labeller missed it */
    assert_int_equal(lab[16], BL);  /* labelled names keep their label */
    assert_int_equal(lab[18], O);   /* "The Store" does not spread */
    assert_int_equal(lab[20], BL);  /* "New York" does */
    assert_int_equal(lab[21], IL);
    assert_int_equal(lab[4], BO);   /* "Google Maps" is left whole */
    assert_int_equal(lab[5], IO);
    /* in lower case, a name spreads when the word is not usually written
     * so ("google"), a common word does not ("apple"); spreading ignores
     * case, but never reaches a word written in lower case ("us", "bank") */
    const char *low[] = {"google", "it", ".", "google", "it", ".", "apple", "pie", ".", "apple",
                         ".", "GOOGLE", ".", "Dell", ".", "dell", ".", "US", ".", "us",
                         ".", "Bank", ".", "bank"};
    const uint32_t lsent[] = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10};
    uint8_t llab[24] = {BO, O, O, O, O, O, BO, O, O, O, O, O, O, BO, O, O, O, BL, O, O, O, BO, O, O};
    chrCasing casing = {0};
    for (int k = 0; k < 3; k++) {
        assert_int_equal(chrCasing_count(&casing, "Google", 6), CHR_OK);
        assert_int_equal(chrCasing_count(&casing, "apple", 5), CHR_OK);
        assert_int_equal(chrCasing_count(&casing, "dell", 4), CHR_OK); /* a valley */
        assert_int_equal(chrCasing_count(&casing, "US", 2), CHR_OK);
    }
    chrCasing_finish(&casing);
    assert_int_equal(chrNer_propagate(NULL, low, lsent, llab, 24), CHR_OK);
    assert_int_equal(llab[3], O); /* no table: no lower-case name spreads */
    assert_int_equal(chrNer_propagate(&casing, low, lsent, llab, 24), CHR_OK);
    assert_int_equal(llab[3], BO);
    assert_int_equal(llab[9], O);
    assert_int_equal(llab[11], BO); /* case aside */
    assert_int_equal(llab[15], O);  /* but not into a word usually in lower case */
    assert_int_equal(llab[19], O);  /* nor into "us" */
    assert_int_equal(llab[23], O);  /* nor "Bank" into "bank" */
    chrCasing_release(&casing);
}

/* IOB2 files: '# newdoc' lines split the sentences into documents; a
 * file without them is one document. */
static void corpus_documents(void **state) {
    (void)state;
    const char *texts[] = {"# newdoc id = a\n1\tHi\tO\n\n1\tBob\tB-PER\n\n"
                           "# newdoc id = b\n# sent_id = 3\n1\tParis\tB-LOC\n\n",
                           "1\tHi\tO\n\n1\tBob\tB-PER\n"};
    const size_t ndocs[] = {2, 1}, nsents[] = {3, 2};
    for (size_t k = 0; k < 2; k++) {
        char path[] = "/tmp/chr-iob-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        FILE *f = fdopen(fd, "w");
        assert_non_null(f);
        fputs(texts[k], f);
        fclose(f);
        chrNerCorpus c;
        char err[256];
        assert_int_equal(chrNerCorpus_load(path, &c, err, sizeof err), CHR_OK);
        remove(path);
        assert_int_equal(c.nsents, nsents[k]);
        assert_int_equal(c.ndocs, ndocs[k]);
        assert_int_equal(c.doc[0], 0);
        assert_int_equal(c.doc[c.ndocs], c.nsents);
        if (k == 0) assert_int_equal(c.doc[1], 2);
        chrNerCorpus_release(&c);
    }
}

/* Repairs of the stage on news text: an unlabelled university, a
 * "Bureau of ..." office, a square named after a person, a dictionary
 * place ending in "Bank", a demonym, a region after a compass word, a
 * name over a hyphen or a particle, places named as such ("province of"),
 * people in apposition with a person noun, no name ending in "on". */
static void stage_repairs_news_names(void **state) {
    (void)state;
    chrNerStage *st = open_shipped();
    const char *t = "Analicia Ruiz, an expert of Anahuac University, spoke. The Bureau of "
                    "Meteorology warned crowds in George Square.";
    chr_doc *d = run(st, t);
    assert_int_equal(type_at(d, t, "Anahuac University"), CHR_ENT_ORG);
    assert_int_equal(type_at(d, t, "Bureau of"), CHR_ENT_ORG);
    assert_int_equal(type_at(d, t, "George Square"), CHR_ENT_LOC);
    chr_doc_free(d);
    const char *t2 = "Kim Jong-Il toured the West Bank with South Korean firms and went on to "
                     "Central China's Hunan Province.";
    d = run(st, t2);
    assert_int_equal(type_at(d, t2, "West Bank"), CHR_ENT_LOC);
    assert_int_equal(type_at(d, t2, "South Korean"), 0);
    assert_int_equal(type_at(d, t2, "Central China"), CHR_ENT_LOC);
    size_t nm;
    const chr_mention *ms = chr_doc_mentions(d, &nm);
    assert_true(nm > 0);
    assert_int_equal(ms[0].end - ms[0].start, strlen("Kim Jong-Il"));
    for (size_t i = 0; i < nm; i++) /* "Central China" is one place */
        assert_false(ms[i].end - ms[i].start == strlen("Central"));
    chr_doc_free(d);
    const char *t3 = "Bowling: F. de Wet 3-57, D. du Preez 3-41.";
    d = run(st, t3);
    ms = chr_doc_mentions(d, &nm);
    assert_int_equal(nm, 2); /* names over a particle */
    assert_int_equal(ms[0].end - ms[0].start, strlen("F. de Wet"));
    assert_int_equal(type_at(d, t3, "D. du Preez"), CHR_ENT_PER);
    chr_doc_free(d);
    const char *t4 = "Zeng urged the coal-producing province of Shanxi to act. The blast was "
                     "8 km from Muzaffarabad, the capital of Kashmir.";
    d = run(st, t4);
    assert_int_equal(type_at(d, t4, "Shanxi"), CHR_ENT_LOC);
    assert_int_equal(type_at(d, t4, "Muzaffarabad"), CHR_ENT_LOC);
    chr_doc_free(d);
    const char *t5 = "Williams, the Church of England's cleric, met Robin van Persie. Sudan-Attack.";
    d = run(st, t5);
    assert_int_equal(mention_len_at(d, t5, "Church"), strlen("Church of England"));
    assert_int_equal(type_at(d, t5, "Church of"), CHR_ENT_ORG);
    assert_int_equal(mention_len_at(d, t5, "Robin"), strlen("Robin van Persie"));
    assert_int_equal(mention_len_at(d, t5, "Sudan"), strlen("Sudan")); /* keywords, not a name */
    chr_doc_free(d);
    const char *t6 = "Chen Qiwen, a county official in Guizhou, said so. The tour was good, said "
                     "the mufti of Istanbul, Mustafa Cagrici, who was the guide.";
    d = run(st, t6);
    assert_int_equal(type_at(d, t6, "Chen Qiwen"), CHR_ENT_PER);
    assert_int_equal(type_at(d, t6, "Mustafa Cagrici"), CHR_ENT_PER);
    chr_doc_free(d);
    const char *t7 = "Lahoud said in a statement that Resolution 1636 adopted by the UN Security "
                     "Council on Monday should aim to put to light all facts.";
    d = run(st, t7);
    assert_int_equal(mention_len_at(d, t7, "UN Security"), strlen("UN Security Council"));
    chr_doc_free(d);
    const char *t8 = "It happened in north China's Shanxi Province.";
    d = run(st, t8);
    assert_int_equal(type_at(d, t8, "north"), 0); /* a compass word is no name */
    assert_int_equal(type_at(d, t8, "China"), CHR_ENT_LOC);
    chr_doc_free(d);
    const char *t9 = "The deal will lower US-Philippine telephone rates.";
    d = run(st, t9);
    assert_int_equal(mention_len_at(d, t9, "US-"), strlen("US")); /* no join to a demonym */
    chr_doc_free(d);
    chrNerStage_close(st);
}

static void shipped_model_tags_sentences(void **state) {
    (void)state;
    chrNerStage *st = open_shipped();
    const char *t1 = "German Chancellor Angela Merkel met President Barack Obama in Washington on "
                     "Tuesday, and the United Nations said Google would help.";
    chr_doc *d = run(st, t1);
    assert_int_equal(type_at(d, t1, "Angela"), CHR_ENT_PER);
    assert_int_equal(type_at(d, t1, "Obama"), CHR_ENT_PER);
    assert_int_equal(type_at(d, t1, "Washington"), CHR_ENT_LOC);
    assert_int_equal(type_at(d, t1, "United Nations"), CHR_ENT_ORG);
    assert_int_equal(type_at(d, t1, "Tuesday"), 0);
    assert_int_equal(type_at(d, t1, "President"), 0); /* titles stay outside */
    size_t ne;
    const chr_entity *es = chr_doc_entities(d, &ne);
    int saw_un_code = 0;
    for (size_t i = 0; i < ne; i++)
        if (es[i].code && strcmp(es[i].code, "IGOUNO") == 0) saw_un_code = 1;
    assert_true(saw_un_code);
    chr_doc_free(d);
    /* a dateline in capitals is still a place */
    const char *t2 = "MEXICO CITY, May 20 (Reuters) - Mexico's government said on Friday it would "
                     "extradite the drug lord.";
    d = run(st, t2);
    assert_int_equal(type_at(d, t2, "MEXICO CITY"), CHR_ENT_LOC);
    assert_int_equal(type_at(d, t2, "Mexico's"), CHR_ENT_LOC);
    chr_doc_free(d);
    /* no tokens, no entities */
    d = run(st, "   ");
    size_t n;
    chr_doc_entities(d, &n);
    assert_int_equal(n, 0);
    chr_doc_free(d);
    chrNerStage_close(st);
}

static unsigned char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    b[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void damaged_models_are_refused(void **state) {
    (void)state;
    size_t len;
    unsigned char *b = slurp("models/en-ner.bin", &len);
    char err[512];
    chrNerModel *m = NULL;
    assert_int_equal(chrNer_loadBytes("good", b, len, &m, err, sizeof err), CHR_OK);
    chrNer_free(m);
    b[len / 2] ^= 0x40; /* one flipped bit in the payload */
    assert_int_equal(chrNer_loadBytes("flipped", b, len, &m, err, sizeof err), CHR_ECHECKSUM);
    assert_null(m);
    assert_non_null(strstr(err, "flipped"));
    b[len / 2] ^= 0x40;
    assert_int_not_equal(chrNer_loadBytes("cut", b, len - 100, &m, err, sizeof err), CHR_OK);
    assert_int_not_equal(chrNer_loadBytes("empty", b, 0, &m, err, sizeof err), CHR_OK);
    memcpy(b, "NOTMODEL", 8);
    assert_int_equal(chrNer_loadBytes("magic", b, len, &m, err, sizeof err), CHR_EFORMAT);
    free(b);
    chrNerStage *st = NULL;
    assert_int_equal(chrNerStage_open("/nonexistent/en-ner.bin", NULL, "dict", &st, err, sizeof err),
                     CHR_ENOTFOUND);
    assert_non_null(strstr(err, "/nonexistent/en-ner.bin"));
    assert_null(st);
}

/* The model keeps its own word clusters: the shipped one has them, they
 * survive a write and read, and a damaged section is refused. */
static void word_clusters_are_stored(void **state) {
    (void)state;
    char err[512];
    chrNerModel *m = NULL;
    assert_int_equal(chrNer_load("models/en-ner.bin", &m, err, sizeof err), CHR_OK);
    assert_true(m->clusters.count > 1000);
    uint16_t c1, f1, c2, f2;
    chrNerClasses_of(&m->clusters, "the", 3, &c1, &f1);
    assert_int_not_equal(f1, CHR_NER_NOCLASS);
    chrNerClasses_of(&m->clusters, "THE", 3, &c2, &f2); /* case does not matter */
    assert_int_equal(f1, f2);
    chrNerClasses_of(&m->clusters, "qxzvwy", 6, &c2, &f2);
    assert_int_equal(f2, CHR_NER_NOCLASS);
    chrNer_free(m);

    char w0[] = "monday", w1[] = "tuesday";
    char *words[] = {w0, w1};
    uint16_t coarse[] = {1, 1}, fine[] = {7, 9};
    chrClusterSet cs = {.words = words, .coarse = coarse, .fine = fine, .n = 2}, back;
    chrModelWriter mw;
    chrModelWriter_init(&mw, CHR_NER_KIND, "test");
    assert_int_equal(chrNerClasses_write(&mw, &cs), CHR_OK);
    unsigned char *bytes;
    size_t len;
    assert_int_equal(chrModelWriter_bytes(&mw, &bytes, &len), CHR_OK);
    chrModelWriter_release(&mw);
    chrModelFile mf;
    assert_int_equal(chrModelFile_parse("mem", bytes, len, CHR_NER_KIND, &mf, err, sizeof err), CHR_OK);
    assert_int_equal(chrNerClasses_read(&mf, &back, err, sizeof err), CHR_OK);
    assert_int_equal(back.n, 2);
    assert_string_equal(back.words[1], "tuesday");
    assert_int_equal(back.fine[1], 9);
    chrTagClusters tab;
    assert_int_equal(chrNerClasses_index(&back, &tab), CHR_OK);
    chrNerClasses_of(&tab, "Tuesday", 7, &c1, &f1);
    assert_int_equal(c1, 1);
    assert_int_equal(f1, 9);
    chrTagClusters_release(&tab);
    chrClusters_release(&back);
    chrModelFile_release(&mf);
    free(bytes);

    /* a count larger than the section can hold */
    chrModelWriter_init(&mw, CHR_NER_KIND, "test");
    chrBuf *b = chrModelWriter_section(&mw, "clusters");
    chrBuf_u32(b, 1000);
    chrBuf_str(b, "monday");
    assert_int_equal(chrModelWriter_bytes(&mw, &bytes, &len), CHR_OK);
    chrModelWriter_release(&mw);
    assert_int_equal(chrModelFile_parse("bad", bytes, len, CHR_NER_KIND, &mf, err, sizeof err), CHR_OK);
    assert_int_equal(chrNerClasses_read(&mf, &back, err, sizeof err), CHR_EFORMAT);
    assert_non_null(strstr(err, "clusters"));
    chrModelFile_release(&mf);
    free(bytes);
}

/* ------------------------------------------------------- the seed article */

static const chr_entity *entity_with(const chr_doc *d, int type, const char *mention) {
    size_t ne, len;
    const chr_entity *es = chr_doc_entities(d, &ne);
    const chr_mention *ms = chr_doc_mentions(d, NULL);
    const char *text = chr_doc_text(d, &len);
    size_t ml = strlen(mention);
    for (size_t i = 0; i < ne; i++) {
        if (es[i].type != type) continue;
        for (uint32_t k = 0; k < es[i].nmentions; k++) {
            const chr_mention *m = &ms[es[i].mentions[k]];
            if (m->end - m->start == ml && memcmp(text + m->start, mention, ml) == 0) return &es[i];
        }
    }
    return NULL;
}

/* The NER-only organisation list: longest names, case ignored, prefixes
 * alone no match, and the same after a trip through a model section. */
static void organisation_list_matches(void **state) {
    (void)state;
    char path[] = "/tmp/chr-orgs-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs("# comment\nBank of America\nGoogle\nProcter & Gamble  # a comment\n\n", f);
    fclose(f);
    chrNerOrgs o;
    char err[256];
    assert_int_equal(chrNerOrgs_load(path, &o, err, sizeof err), CHR_OK);
    remove(path);
    const char *s1[] = {"bank", "of", "America", "said"};
    const char *s2[] = {"Bank", "of", "England"};
    const char *s3[] = {"Procter", "&", "Gamble"};
    const char *s4[] = {"Googles"};
    assert_int_equal(chrNerOrgs_match(&o, s1, 4), 3);
    assert_int_equal(chrNerOrgs_match(&o, s2, 3), 0);
    assert_int_equal(chrNerOrgs_match(&o, s3, 3), 3);
    assert_int_equal(chrNerOrgs_match(&o, s3, 2), 0);
    assert_int_equal(chrNerOrgs_match(&o, s4, 1), 0);
    chrModelWriter mw;
    chrModelWriter_init(&mw, CHR_NER_KIND, "test");
    assert_int_equal(chrNerOrgs_write(&mw, &o), CHR_OK);
    char mpath[] = "/tmp/chr-orgsm-XXXXXX";
    fd = mkstemp(mpath);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(chrModelWriter_save(&mw, mpath, err, sizeof err), CHR_OK);
    chrModelWriter_release(&mw);
    chrModelFile mf;
    assert_int_equal(chrModelFile_load(mpath, CHR_NER_KIND, &mf, err, sizeof err), CHR_OK);
    chrNerOrgs back;
    assert_int_equal(chrNerOrgs_read(&mf, &back, err, sizeof err), CHR_OK);
    chrModelFile_release(&mf);
    remove(mpath);
    assert_int_equal(chrNerOrgs_match(&back, s1, 4), 3);
    assert_int_equal(chrNerOrgs_match(&back, s2, 3), 0);
    chrNerOrgs_release(&back);
    chrNerOrgs_release(&o);
    assert_int_equal(chrNerOrgs_load("/nonexistent/orgs.lst", &o, err, sizeof err), CHR_ENOTFOUND);
    assert_int_equal(chrNerKw_kind("University", 10), CHR_NER_KW_ORG);
    assert_int_equal(chrNerKw_kind("Inc.", 4), CHR_NER_KW_ORG);
    assert_int_equal(chrNerKw_kind("river", 5), CHR_NER_KW_LOC);
    assert_int_equal(chrNerKw_kind("Guzman", 6), 0);
}

static void seed_article_entities(void **state) {
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[1024];
    snprintf(path, sizeof path, "%s/seed/article.txt", shared);
    FILE *f = fopen(path, "rb");
    if (!f) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    fclose(f);
    size_t len;
    char *text = (char *)slurp(path, &len);
    chrNerStage *st = open_shipped();
    chr_doc *d = chr_doc_new("article", text, len);
    chr_doc_set_date(d, (chr_date){2016, 5, 20});
    assert_int_equal(chr_tokenize(d), CHR_OK);
    assert_int_equal(chrNerStage_run(st, d), CHR_OK);
    /* every "Guzman" of the text is a mention of one PER entity */
    const chr_entity *g = entity_with(d, CHR_ENT_PER, "Joaquin 'El Chapo' Guzman");
    assert_non_null(g);
    assert_string_equal(g->name, "Joaquin Guzman");
    const chr_mention *ms = chr_doc_mentions(d, NULL);
    size_t guzmans = 0;
    for (const char *p = text; (p = strstr(p, "Guzman")) != NULL; p++) {
        size_t at = (size_t)(p - text);
        guzmans++;
        int covered = 0;
        for (uint32_t k = 0; k < g->nmentions; k++)
            covered |= ms[g->mentions[k]].start <= at && at < ms[g->mentions[k]].end;
        if (!covered) print_message("Guzman at byte %zu is not in the Guzman entity\n", at);
        assert_true(covered);
    }
    assert_int_equal(guzmans, 8);
    assert_ptr_equal(entity_with(d, CHR_ENT_PER, "Chapo Guzman"), g);
    assert_ptr_equal(entity_with(d, CHR_ENT_PER, "Guzman Loera"), g);
    assert_non_null(entity_with(d, CHR_ENT_PER, "Franc Contreras"));
    assert_non_null(entity_with(d, CHR_ENT_PER, "Analicia Ruiz"));
    const char *orgs[] = {"CCTV", "Foreign Ministry", "Sinaloa cartel", "Anahuac University",
                          "Supreme Court"};
    for (size_t i = 0; i < 5; i++) {
        if (!entity_with(d, CHR_ENT_ORG, orgs[i])) print_message("no ORG %s\n", orgs[i]);
        assert_non_null(entity_with(d, CHR_ENT_ORG, orgs[i]));
    }
    assert_ptr_equal(entity_with(d, CHR_ENT_ORG, "Foreign Relations Ministry"),
                     entity_with(d, CHR_ENT_ORG, "Foreign Ministry"));
    const char *locs[] = {"Mexico", "United States", "Mexico City", "Washington"};
    for (size_t i = 0; i < 4; i++) {
        if (!entity_with(d, CHR_ENT_LOC, locs[i])) print_message("no LOC %s\n", locs[i]);
        assert_non_null(entity_with(d, CHR_ENT_LOC, locs[i]));
    }
    const chr_entity *us = entity_with(d, CHR_ENT_LOC, "United States");
    assert_string_equal(us->name, "United States");
    assert_string_equal(us->code, "USA");
    assert_ptr_equal(entity_with(d, CHR_ENT_LOC, "US"), us);
    assert_ptr_equal(entity_with(d, CHR_ENT_LOC, "U.S."), us);
    assert_ptr_not_equal(entity_with(d, CHR_ENT_LOC, "Mexico City"), entity_with(d, CHR_ENT_LOC, "Mexico"));
    chr_doc_free(d);
    chrNerStage_close(st);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(person_forms_are_one_entity),
        cmocka_unit_test(different_first_names_stay_apart),
        cmocka_unit_test(places_by_dictionary_and_words),
        cmocka_unit_test(cities_of_one_country_stay_apart),
        cmocka_unit_test(places_stay_out_of_organisations),
        cmocka_unit_test(different_surnames_stay_apart),
        cmocka_unit_test(names_spread_through_the_document),
        cmocka_unit_test(stage_repairs_news_names),
        cmocka_unit_test(corpus_documents),
        cmocka_unit_test(organisations_by_words_owner_and_initials),
        cmocka_unit_test(shipped_model_tags_sentences),
        cmocka_unit_test(damaged_models_are_refused),
        cmocka_unit_test(word_clusters_are_stored),
        cmocka_unit_test(organisation_list_matches),
        cmocka_unit_test(seed_article_entities),
    };
    return cmocka_run_group_tests_name("ner", tests, NULL, NULL);
}
