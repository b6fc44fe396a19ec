/*
 * test_timex_anchor.c - an event's date from the time expression governing
 * its clause: hand-built documents (tokenized text, a hand-made time
 * expression layer) and one through the real finder.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "chronicle.h"
#include "core/doc.h"
#include "extract/timex_anchor.h"

static const chr_date reportDay = {2016, 5, 19};

/* A tokenized document dated reportDay with no time expressions yet. */
static chr_doc *makeDoc(const char *text) {
    chr_doc *d = chr_doc_new("t", text, strlen(text));
    assert_non_null(d);
    chr_doc_set_date(d, reportDay);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    return d;
}

/* Adds an expression over the first occurrence of `what` (the layer is
 * malloc'ed, as the time-expression stage leaves it). */
static void addTimex(chr_doc *d, const char *what, int type, const char *value) {
    const char *at = strstr(d->text, what);
    assert_non_null(at);
    chr_timex *nx = realloc(d->timex, (d->ntimex + 1) * sizeof *nx);
    assert_non_null(nx);
    d->timex = nx;
    chr_timex *x = &nx[d->ntimex++];
    memset(x, 0, sizeof *x);
    x->start = (size_t)(at - d->text);
    x->end = x->start + strlen(what);
    x->type = type;
    snprintf(x->value, sizeof x->value, "%s", value);
}

/* Document token number of the first token starting at `word`. */
static size_t tokenAt(const chr_doc *d, const char *word) {
    size_t s = (size_t)(strstr(d->text, word) - d->text);
    for (size_t i = 0; i < d->ntokens; i++)
        if (d->tokens[i].start == s) return i;
    fail_msg("no token at '%s'", word);
    return 0;
}

static void assertDate(chr_date got, int y, int m, int dd) {
    assert_int_equal(got.year, y);
    assert_int_equal(got.month, m);
    assert_int_equal(got.day, dd);
}

static void day_in_the_clause_wins(void **state) {
    (void)state;
    chr_doc *d = makeDoc("Officials said Monday that rebels attacked the town on Friday.");
    addTimex(d, "Monday", CHR_TIMEX_DATE, "2016-05-16");
    addTimex(d, "Friday", CHR_TIMEX_DATE, "2016-05-13");
    chr_date got;
    const chr_timex *by = NULL;
    /* the attack clause: "rebels attacked the town on Friday ." */
    size_t first = tokenAt(d, "rebels"), end = d->sentences[0].first + d->sentences[0].count;
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, first, end, &got, &by),
                     CHR_TIMEX_ANCHOR_DAY);
    assertDate(got, 2016, 5, 13);
    assert_ptr_equal(by, &d->timex[1]);
    /* the saying clause: "Officials said Monday" */
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, tokenAt(d, "that"), &got, &by),
                     CHR_TIMEX_ANCHOR_DAY);
    assertDate(got, 2016, 5, 16);
    chr_doc_free(d);
}

static void sentence_date_when_the_clause_has_none(void **state) {
    (void)state;
    chr_doc *d = makeDoc("He said Friday that rebels attacked the town. Nothing else.");
    addTimex(d, "Friday", CHR_TIMEX_DATE, "2016-05-13");
    chr_date got;
    size_t first = tokenAt(d, "rebels"), end = tokenAt(d, "town") + 1;
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, first, end, &got, NULL),
                     CHR_TIMEX_ANCHOR_DAY);
    assertDate(got, 2016, 5, 13);
    /* the next sentence has no expression: the document date */
    const chr_timex *by = &d->timex[0];
    assert_int_equal(chrTimexAnchor_eventDate(d, 1, 0, 2, &got, &by), CHR_EINVAL);
    assert_int_equal(chrTimexAnchor_eventDate(d, 1, d->sentences[1].first,
                                              d->sentences[1].first, &got, &by),
                     CHR_TIMEX_ANCHOR_DOC);
    assertDate(got, 2016, 5, 19);
    assert_null(by);
    chr_doc_free(d);
}

static void coarse_or_unfit_expressions(void **state) {
    (void)state;
    chr_doc *d = makeDoc("He said Friday that the rebels attacked in May 2015 for three days.");
    addTimex(d, "Friday", CHR_TIMEX_DATE, "2016-05-13");
    addTimex(d, "May 2015", CHR_TIMEX_DATE, "2015-05");
    addTimex(d, "three days", CHR_TIMEX_DURATION, "P3D");
    chr_date got;
    const chr_timex *by = NULL;
    /* a month governs the clause but names no day: document date, flagged */
    size_t first = tokenAt(d, "the rebels"), end = tokenAt(d, "days") + 1;
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, first, end, &got, &by),
                     CHR_TIMEX_ANCHOR_COARSE);
    assertDate(got, 2016, 5, 19);
    assert_string_equal(by->value, "2015-05");
    /* a duration never governs: "for three days" takes the sentence's
     * expression nearest to it, May 2015 */
    first = tokenAt(d, "for");
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, first, end, &got, &by),
                     CHR_TIMEX_ANCHOR_COARSE);
    assert_ptr_equal(by, &d->timex[1]);
    chr_doc_free(d);
}

static void times_references_and_bad_ranges(void **state) {
    (void)state;
    chr_doc *d = makeDoc("Troops recently moved in and the blast came at 10 a.m. Friday.");
    addTimex(d, "recently", CHR_TIMEX_DATE, "PAST_REF");
    addTimex(d, "10 a.m. Friday", CHR_TIMEX_TIME, "2016-05-13T10:00");
    chr_date got;
    /* "Troops recently moved in": PAST_REF does not govern; the nearest
     * expression of the sentence does */
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, tokenAt(d, "and"), &got, NULL),
                     CHR_TIMEX_ANCHOR_DAY);
    assertDate(got, 2016, 5, 13);
    size_t n = d->sentences[0].count;
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 2, 1, &got, NULL), CHR_EINVAL);
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, n + 1, &got, NULL), CHR_EINVAL);
    assert_int_equal(chrTimexAnchor_eventDate(d, 5, 0, 0, &got, NULL), CHR_EINVAL);
    assert_int_equal(chrTimexAnchor_eventDate(NULL, 0, 0, 0, &got, NULL), CHR_EINVAL);
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, 0, NULL, NULL), CHR_EINVAL);
    chr_doc_free(d);
}

static void no_time_layer_gives_the_document_date(void **state) {
    (void)state;
    chr_doc *d = makeDoc("Rebels attacked the town on Friday.");
    chr_date got;
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, 0, &got, NULL), CHR_TIMEX_ANCHOR_DOC);
    assertDate(got, 2016, 5, 19);
    /* with the real finder's layer, Friday governs */
    assert_int_equal(chr_timex_find(d->text, d->len, d->date, &d->timex, &d->ntimex), CHR_OK);
    assert_int_equal(chrTimexAnchor_eventDate(d, 0, 0, 0, &got, NULL), CHR_TIMEX_ANCHOR_DAY);
    assertDate(got, 2016, 5, 13);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(day_in_the_clause_wins),
        cmocka_unit_test(sentence_date_when_the_clause_has_none),
        cmocka_unit_test(coarse_or_unfit_expressions),
        cmocka_unit_test(times_references_and_bad_ranges),
        cmocka_unit_test(no_time_layer_gives_the_document_date),
    };
    return cmocka_run_group_tests_name("timex_anchor", tests, NULL, NULL);
}
