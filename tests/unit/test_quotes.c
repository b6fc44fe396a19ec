/*
 * test_quotes.c - quotations and speakers: one test per speaker form,
 * nesting, quotations across paragraphs, unterminated ones, apostrophes
 * and nicknames that are no quotations, hostile input, and the seed
 * article against ../shared/seed/expected.json.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "chronicle.h"
#include "core/doc.h"
#include "extract/quotes.h"

static chr_pipeline *pipe_;

static int setup(void **state) {
    (void)state;
    char err[256];
    /* the shipped NER model and dictionaries, from the repository root */
    chr_pipeline_options o = {.stages = CHR_STAGE_QUOTES, .model_dir = "models", .dict_dir = "dict"};
    pipe_ = chr_pipeline_new(&o, err, sizeof err);
    if (!pipe_) print_error("quotation pipeline: %s\n", err);
    return pipe_ ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    chr_pipeline_free(pipe_);
    return 0;
}

/* Runs the quotation stage on text; the caller frees the document. */
static chr_doc *run(const char *text, size_t len, const chr_quote **q, size_t *n) {
    chr_doc *d = chr_doc_new("t", text, len);
    assert_non_null(d);
    assert_int_equal(chr_pipeline_run(pipe_, d), CHR_OK);
    *q = chr_doc_quotes(d, n);
    return d;
}

/* One quotation with this speaker and cue (cue NULL: none expected). */
static chr_doc *one(const char *text, const char *speaker, const char *cue, const chr_quote **out) {
    const chr_quote *q;
    size_t n;
    chr_doc *d = run(text, strlen(text), &q, &n);
    assert_int_equal(n, 1);
    assert_non_null(q[0].speaker);
    assert_string_equal(q[0].speaker, speaker);
    assert_int_equal(q[0].speaker_end - q[0].speaker_start, strlen(speaker));
    assert_memory_equal(text + q[0].speaker_start, speaker, strlen(speaker));
    if (cue) assert_string_equal(q[0].cue, cue);
    else assert_null(q[0].cue);
    size_t ne;
    chr_doc_entities(d, &ne);
    assert_true(q[0].speaker_entity == -1 || (size_t)q[0].speaker_entity < ne);
    *out = q;
    return d;
}

static void speaker_then_cue(void **state) {
    (void)state;
    const char *t = "The vote is near. \"We will win the vote,\" Smith said on Tuesday.";
    const chr_quote *q;
    chr_doc *d = one(t, "Smith", "said", &q);
    assert_string_equal(q[0].text, "We will win the vote");
    assert_int_equal(q[0].start, strchr(t, '"') - t);
    assert_int_equal(t[q[0].end - 1], '"');
    assert_int_equal(q[0].flags, 0);
    assert_null(q[0].description);
    chr_doc_free(d);
}

static void cue_then_speaker_with_apposition(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("\"It is over for them,\" said John Smith, a spokesman for the ministry.",
                     "John Smith", "said", &q);
    assert_string_equal(q[0].description, "spokesman for the ministry");
    chr_doc_free(d);
}

static void apposition_between_commas(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("\"It is over for them,\" Smith, the party's leader, said.", "Smith", "said", &q);
    assert_string_equal(q[0].description, "party's leader");
    chr_doc_free(d);
}

static void according_to(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("\"The deal is dead and buried,\" according to the mayor's office.",
                     "the mayor's office", "according to", &q);
    chr_doc_free(d);
    d = one("According to Smith, \"the deal is dead and buried.\"", "Smith", "according to", &q);
    chr_doc_free(d);
}

static void told_before_the_quote(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("Smith told reporters: \"We are ready to fight for it.\"", "Smith", "told", &q);
    assert_string_equal(q[0].text, "We are ready to fight for it.");
    chr_doc_free(d);
    d = one("\xE2\x80\x9CWe are ready,\xE2\x80\x9D the minister told reporters in Rome.",
            "the minister", "told", &q);
    assert_string_equal(q[0].text, "We are ready");
    chr_doc_free(d);
}

static void colon_form(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("Mexico's Foreign Relations Ministry: \"The assurances were sufficient.\"",
                     "Mexico's Foreign Relations Ministry", NULL, &q);
    chr_doc_free(d);
}

static void speaker_in_next_sentence(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("\"We will never give up on this fight.\" Smith said it twice.", "Smith", "said", &q);
    chr_doc_free(d);
}

static void pronoun_speaker(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("Smith spoke on Monday. \"We are not leaving,\" he said.", "he", "said", &q);
    chr_doc_free(d);
}

static void nested_single_inside_double(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("\"He told me, 'We will win this war,' and I believed him,\" Jones said.",
                     "Jones", "said", &q);
    assert_string_equal(q[0].text, "He told me, 'We will win this war,' and I believed him");
    chr_doc_free(d);
}

static void continued_in_next_paragraph(void **state) {
    (void)state;
    const char *t = "\"The first part of what I have to say goes here.\n\n"
                    "\"And the second part closes it,\" Smith said.\n\nThen the story goes on.";
    const chr_quote *q;
    chr_doc *d = one(t, "Smith", "said", &q);
    assert_int_equal(q[0].start, 0);
    assert_ptr_equal(t + q[0].end, strstr(t, "\" Smith") + 1);
    assert_int_equal(q[0].flags, 0);
    assert_string_equal(q[0].text,
                        "The first part of what I have to say goes here. And the second part closes it");
    chr_doc_free(d);
}

static void unterminated_closes_at_paragraph_end(void **state) {
    (void)state;
    const char *t = "Smith said: \"We will fight until the end of days.\n\nThe next paragraph is narration.";
    const chr_quote *q;
    chr_doc *d = one(t, "Smith", "said", &q);
    assert_int_equal(q[0].flags & CHR_QUOTE_UNTERMINATED, CHR_QUOTE_UNTERMINATED);
    assert_ptr_equal(t + q[0].end, strstr(t, "\n\n"));
    assert_string_equal(q[0].text, "We will fight until the end of days.");
    chr_doc_free(d);
}

static void nicknames_apostrophes_and_fragments_are_no_quotes(void **state) {
    (void)state;
    static const char *const texts[] = {
        "Joaquin 'El Chapo' Guzman's lawyers met the players' union.",
        "Joaquin \xE2\x80\x98" "El Chapo\xE2\x80\x99 Guzman\xE2\x80\x99s lawyers met.",
        "Smith called the plan \"a disaster for everyone involved\" on Monday.",
        "She said that \"nothing will change\" after the vote.",
        "He appeared on \"Meet the Press\" and \"The View\" this week.",
        "It was the 'rock 'n' roll' era of the '80s and the voters' choice.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        const chr_quote *q;
        size_t n;
        chr_doc *d = run(texts[i], strlen(texts[i]), &q, &n);
        if (n) print_error("unexpected quotation in: %s\n", texts[i]);
        assert_int_equal(n, 0);
        chr_doc_free(d);
    }
}

static void single_quoted_clause_is_a_quote(void **state) {
    (void)state;
    const chr_quote *q;
    chr_doc *d = one("'We have been after this for years,' the senator said.", "the senator", "said", &q);
    assert_string_equal(q[0].text, "We have been after this for years");
    chr_doc_free(d);
}

static void hostile_input(void **state) {
    (void)state;
    static const char odd[] = "\"\"\"\" '' \" \xE2\x80\x9D\xE2\x80\x9C ' \xff\xfe\0\"\0said \"";
    const chr_quote *q;
    size_t n;
    chr_doc *d = run(odd, sizeof odd - 1, &q, &n);
    for (size_t i = 0; i < n; i++) {
        assert_true(q[i].start < q[i].end && q[i].end <= sizeof odd - 1);
        assert_non_null(q[i].text);
    }
    chr_doc_free(d);
    d = run("", 0, &q, &n);
    assert_int_equal(n, 0);
    chr_doc_free(d);
    /* many unbalanced marks and cues: bounded work, spans in range */
    size_t len = 200000;
    char *big = malloc(len);
    assert_non_null(big);
    for (size_t i = 0; i < len; i++) big[i] = "\" said ,\n:'"[i % 11];
    d = run(big, len, &q, &n);
    for (size_t i = 0; i < n; i++) assert_true(q[i].end <= len);
    chr_doc_free(d);
    free(big);
}

/* Marks tokens [first, first+count) as a mention of entity e. */
static void mention(chr_doc *d, chr_mention *m, uint32_t first, uint32_t count, uint32_t e) {
    m->first = first;
    m->count = count;
    m->start = d->tokens[first].start;
    m->end = d->tokens[first + count - 1].end;
    m->sentence = d->tokens[first].sentence;
    m->entity = e;
}

static uint32_t tokenAt(const chr_doc *d, const char *text, const char *word) {
    uint32_t off = (uint32_t)(strstr(text, word) - text);
    for (uint32_t i = 0; i < d->ntokens; i++)
        if (d->tokens[i].start == off) return i;
    fail_msg("no token at '%s'", word);
    return 0;
}

/* With entities from NER: a named speaker takes its mention's entity and
 * code; "she" resolves to the nearest person, "it" to the organisation. */
static void speakers_resolve_to_entities(void **state) {
    (void)state;
    const char *t = "Maria Lopez met the Interior Ministry in Lima. \"We will act soon,\" Lopez said. "
                    "The ministry agreed. \"The plan is ready for us,\" it said. "
                    "\"We are glad about that outcome,\" she said.";
    chr_doc *d = chr_doc_new("t", t, strlen(t));
    assert_int_equal(chr_tokenize(d), CHR_OK);
    chr_entity *ents = chrArena_calloc(&d->arena, 2, sizeof *ents);
    chr_mention *ms = chrArena_calloc(&d->arena, 4, sizeof *ms);
    uint32_t *m0 = chrArena_calloc(&d->arena, 2, sizeof *m0), *m1 = chrArena_calloc(&d->arena, 2, sizeof *m1);
    mention(d, &ms[0], tokenAt(d, t, "Maria"), 2, 0);
    mention(d, &ms[1], tokenAt(d, t, "Interior"), 2, 1);
    mention(d, &ms[2], tokenAt(d, t, "Lopez said"), 1, 0);
    mention(d, &ms[3], tokenAt(d, t, "ministry agreed") , 1, 1);
    m0[0] = 0, m0[1] = 2, m1[0] = 1, m1[1] = 3;
    ents[0] = (chr_entity){CHR_ENT_PER, "Maria Lopez", NULL, m0, 2};
    ents[1] = (chr_entity){CHR_ENT_ORG, "Interior Ministry", "PERGOV", m1, 2};
    d->entities = ents;
    d->nentities = 2;
    d->mentions = ms;
    d->nmentions = 4;
    assert_int_equal(chrQuotes_run(d), CHR_OK);
    size_t n;
    const chr_quote *q = chr_doc_quotes(d, &n);
    assert_int_equal(n, 3);
    assert_string_equal(q[0].speaker, "Lopez");
    assert_int_equal(q[0].speaker_entity, 0);
    assert_null(q[0].code);
    assert_string_equal(q[1].speaker, "it");
    assert_int_equal(q[1].speaker_entity, 1);
    assert_string_equal(q[1].code, "PERGOV");
    assert_string_equal(q[2].speaker, "she");
    assert_int_equal(q[2].speaker_entity, 0);
    chr_doc_free(d);
}

static char *readFile(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(1 << 20);
    *len = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    return buf;
}

static void seed_article(void **state) {
    (void)state;
    const char *shared = getenv("SHARED");
    char path[1024], epath[1024];
    snprintf(path, sizeof path, "%s/seed/article.txt", shared && *shared ? shared : "../shared");
    snprintf(epath, sizeof epath, "%s/seed/expected.json", shared && *shared ? shared : "../shared");
    size_t len = 0;
    char *text = readFile(path, &len);
    json_t *exp = json_load_file(epath, 0, NULL);
    if (!text || !exp) {
        free(text);
        json_decref(exp);
        print_message("no %s (../shared absent): seed quotations test skipped\n", path);
        skip();
    }
    const chr_quote *q;
    size_t n, i;
    chr_doc *d = run(text, len, &q, &n);
    json_t *want, *quotes = json_object_get(exp, "quotes");
    assert_true(json_array_size(quotes) >= 2);
    assert_int_equal(n, json_array_size(quotes));
    json_array_foreach(quotes, i, want) {
        const char *starts = json_string_value(json_object_get(want, "starts_with"));
        const char *speaker = json_string_value(json_object_get(want, "speaker"));
        const char *desc = json_string_value(json_object_get(want, "speaker_description"));
        assert_non_null(starts);
        size_t k = 0;
        while (k < n && strncmp(q[k].text, starts, strlen(starts)) != 0) k++;
        if (k == n) print_error("no quotation starts with: %s\n", starts);
        assert_true(k < n);
        assert_non_null(q[k].speaker);
        assert_non_null(strstr(q[k].speaker, speaker));
        if (desc) assert_string_equal(q[k].description, desc);
        /* NER ran: the speaker is one of the document's entities */
        size_t ne, j;
        const chr_entity *ents = chr_doc_entities(d, &ne);
        assert_true(q[k].speaker_entity >= 0 && (size_t)q[k].speaker_entity < ne);
        const char *name = ents[q[k].speaker_entity].name;
        json_t *any, *names = json_object_get(want, "speaker_entity_any");
        int ok = 0;
        json_array_foreach(names, j, any) ok |= strcmp(json_string_value(any), name) == 0;
        if (!ok) print_error("speaker entity '%s' is not one of the expected names\n", name);
        assert_true(ok);
    }
    chr_doc_free(d);
    json_decref(exp);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speaker_then_cue),
        cmocka_unit_test(cue_then_speaker_with_apposition),
        cmocka_unit_test(apposition_between_commas),
        cmocka_unit_test(according_to),
        cmocka_unit_test(told_before_the_quote),
        cmocka_unit_test(colon_form),
        cmocka_unit_test(speaker_in_next_sentence),
        cmocka_unit_test(pronoun_speaker),
        cmocka_unit_test(nested_single_inside_double),
        cmocka_unit_test(continued_in_next_paragraph),
        cmocka_unit_test(unterminated_closes_at_paragraph_end),
        cmocka_unit_test(nicknames_apostrophes_and_fragments_are_no_quotes),
        cmocka_unit_test(single_quoted_clause_is_a_quote),
        cmocka_unit_test(speakers_resolve_to_entities),
        cmocka_unit_test(hostile_input),
        cmocka_unit_test(seed_article),
    };
    return cmocka_run_group_tests_name("quotes", tests, setup, teardown);
}
