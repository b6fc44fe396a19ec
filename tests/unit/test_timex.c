/*
 * test_timex.c - time expressions: detection and TIMEX3 values against the
 * document date, the seed article, and hostile input.
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
#include "extract/timex.h"

/* The value of the expression whose text is `what` in `text` (dated d),
 * as the finder reports it; fails the test when it is not found. */
static const char *valueOf(const char *text, chr_date d, const char *what, char *buf, size_t n) {
    chr_timex *x = NULL;
    size_t count = 0;
    assert_int_equal(chr_timex_find(text, strlen(text), d, &x, &count), CHR_OK);
    const char *at = strstr(text, what);
    assert_non_null(at);
    size_t s = (size_t)(at - text), e = s + strlen(what);
    buf[0] = 0;
    for (size_t i = 0; i < count; i++)
        if (x[i].start == s && x[i].end == e) snprintf(buf, n, "%s", x[i].value);
    chr_timex_free(x);
    if (!buf[0]) fail_msg("'%s' not found as an expression in: %s", what, text);
    return buf;
}

/* The value chr_timex_normalize gives the span of `what` in `text`. */
static const char *normalizedValue(const char *text, chr_date d, const char *what,
                                   chr_timex *r) {
    const char *at = strstr(text, what);
    assert_non_null(at);
    size_t s = (size_t)(at - text);
    assert_int_equal(chr_timex_normalize(text, strlen(text), s, s + strlen(what), d, r), 1);
    return r->value;
}

#define ASSERT_VALUE(text, date, what, expected)                       \
    do {                                                               \
        char buf_[32];                                                 \
        assert_string_equal(valueOf(text, date, what, buf_, sizeof buf_), expected); \
    } while (0)

static const chr_date thursday = {2016, 5, 19};
static const chr_date seedDate = {2016, 5, 20};

static void seed_sentence_inline(void **state) {
    (void)state;
    const char *s = "Guzman escaped twice - first in 2001, and then in the summer of 2015 "
                    "through a tunnel.";
    ASSERT_VALUE(s, seedDate, "2001", "2001");
    ASSERT_VALUE(s, seedDate, "the summer of 2015", "2015-SU");
}

static void seed_article(void **state) {
    (void)state;
    const char *shared = getenv("SHARED");
    char path[512];
    snprintf(path, sizeof path, "%s/seed/article.txt", shared && *shared ? shared : "../shared");
    FILE *f = fopen(path, "rb");
    if (!f) {
        print_message("no %s (../shared absent): seed article test skipped\n", path);
        skip();
    }
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = 0;
    ASSERT_VALUE(text, seedDate, "2001", "2001");
    ASSERT_VALUE(text, seedDate, "the summer of 2015", "2015-SU");
}

static void weekdays_lean_to_the_past(void **state) {
    (void)state;
    /* reported on Thursday 2016-05-19 */
    ASSERT_VALUE("Rebels attacked the town on Friday, officials said.", thursday, "Friday",
                 "2016-05-13");
    ASSERT_VALUE("The minister arrived Monday.", thursday, "Monday", "2016-05-16");
    ASSERT_VALUE("The talks will resume on Friday.", thursday, "Friday", "2016-05-20");
    ASSERT_VALUE("Police said Thursday that two men were held.", thursday, "Thursday",
                 "2016-05-19");
    ASSERT_VALUE("It happened last Thursday.", thursday, "last Thursday", "2016-05-12");
    /* phrases that look past but plan ahead */
    ASSERT_VALUE("The peace talks are set to resume Monday in Belfast.", thursday, "Monday",
                 "2016-05-23");
    ASSERT_VALUE("The stock is to resume trading in Paris Tuesday.", thursday, "Tuesday",
                 "2016-05-24");
    ASSERT_VALUE("His father could come as early as Tuesday.", thursday, "Tuesday",
                 "2016-05-24");
    ASSERT_VALUE("Officials postponed until Tuesday any action on the case.", thursday,
                 "Tuesday", "2016-05-24");
    ASSERT_VALUE("They did not plan to remove him on Friday.", thursday, "Friday",
                 "2016-05-20");
    /* but a sentence opening with "Until" looks back, and "the plan" is a noun */
    ASSERT_VALUE("Until Monday, they had not named a suspect.", thursday, "Monday",
                 "2016-05-16");
    ASSERT_VALUE("The firm announced the plan Monday.", thursday, "Monday", "2016-05-16");
    /* a change "effective" on a date is still to come */
    ASSERT_VALUE("An office of the chairman was created, effective Feb. 1.", thursday,
                 "Feb. 1", "2017-02-01");
    ASSERT_VALUE("He resigned yesterday.", thursday, "yesterday", "2016-05-18");
    ASSERT_VALUE("Voting starts next week.", thursday, "next week", "2016-W21");
}

static void months_get_their_year(void **state) {
    (void)state;
    ASSERT_VALUE("The deal was signed in November.", thursday, "November", "2015-11");
    ASSERT_VALUE("The deal was signed in March.", thursday, "March", "2016-03");
    ASSERT_VALUE("Elections are due in November.", thursday, "November", "2016-11");
    ASSERT_VALUE("The dividend is payable June 15 to holders.", thursday, "June 15",
                 "2016-06-15");
    ASSERT_VALUE("He was born on May 20, 1960 in Oaxaca.", thursday, "May 20, 1960",
                 "1960-05-20");
    ASSERT_VALUE("The filing of 5/20/2016 and 2016-05-21.", thursday, "5/20/2016",
                 "2016-05-20");
    ASSERT_VALUE("The filing of 5/20/2016 and 2016-05-21.", thursday, "2016-05-21",
                 "2016-05-21");
    ASSERT_VALUE("They met on 20 May 2015.", thursday, "20 May 2015", "2015-05-20");
    ASSERT_VALUE("Sales rose in the third quarter.", thursday, "the third quarter", "2015-Q3");
    ASSERT_VALUE("Sales rose in the first quarter.", thursday, "the first quarter", "2016-Q1");
    ASSERT_VALUE("Prices fell in the 1990s.", thursday, "1990s", "199");
    ASSERT_VALUE("It rained last summer.", thursday, "last summer", "2015-SU");
}

static void relative_expressions(void **state) {
    (void)state;
    ASSERT_VALUE("The group was founded two years ago.", thursday, "two years ago", "2014");
    ASSERT_VALUE("It opened earlier this month.", thursday, "earlier this month", "2016-05");
    ASSERT_VALUE("Exports grew this year.", thursday, "this year", "2016");
    ASSERT_VALUE("Exports grew last year.", thursday, "last year", "2015");
    ASSERT_VALUE("He has recently left.", thursday, "recently", "PAST_REF");
    ASSERT_VALUE("He is now in Paris.", thursday, "now", "PRESENT_REF");
    ASSERT_VALUE("The court meets today.", thursday, "today", "2016-05-19");
}

/* "that year", "the next day": the latest date the story named, not the report's */
static void anaphora_follow_the_story(void **state) {
    (void)state;
    ASSERT_VALUE("He fled in June 1998 and returned later that year.", thursday,
                 "later that year", "1998");
    ASSERT_VALUE("Imports totaled $37 million in 1988, a small share of that year's trade.",
                 thursday, "that year", "1988");
    ASSERT_VALUE("He was made a general on May 22, 1995, and the following year he left.",
                 thursday, "the following year", "1996");
    ASSERT_VALUE("An offer came in March 2010. The following month, the firm was sold.",
                 thursday, "The following month", "2010-04");
    ASSERT_VALUE("He was killed on Oct. 23, 1998. Earlier that day, police were warned.",
                 thursday, "Earlier that day", "1998-10-23");
    ASSERT_VALUE("He fell ill on Oct. 23, 1998 and was seen in court the next morning.",
                 thursday, "the next morning", "1998-10-24");
    ASSERT_VALUE("Shares closed on Oct. 27, 2015, down from the previous Friday.", thursday,
                 "the previous Friday", "2015-10-23");
    ASSERT_VALUE("He was shot last October. His name was crossed out that same day.",
                 thursday, "that same day", "2015-10-XX");
    ASSERT_VALUE("Results of the quarter ended June 30, 2015 were weak; that quarter hurt.",
                 thursday, "that quarter", "2015-Q2");
    /* a clock time without its day is on the story's day */
    ASSERT_VALUE("The blasts came on Friday. The first was at 10:35 a.m. in Nairobi.",
                 thursday, "10:35 a.m.", "2016-05-13T10:35");
    /* with no earlier date the report's date is the reference */
    ASSERT_VALUE("Police were warned that day.", thursday, "that day", "2016-05-19");
    /* "the next year" still counts from the report */
    ASSERT_VALUE("In 1990 it was founded. Growth will slow the next year.", thursday,
                 "the next year", "2017");
    /* the same holds for a span given to chr_timex_normalize */
    chr_timex r;
    assert_string_equal(normalizedValue("He fled in June 1998 and returned later that year.",
                                        thursday, "later that year", &r),
                        "1998");
}

static void durations_and_sets(void **state) {
    (void)state;
    ASSERT_VALUE("He served three years in prison.", thursday, "three years", "P3Y");
    ASSERT_VALUE("The strike lasted 48 hours.", thursday, "48 hours", "PT48H");
    ASSERT_VALUE("He was jailed for twenty-five years.", thursday, "twenty-five years", "P25Y");
    ASSERT_VALUE("A two-year deal was signed.", thursday, "two-year", "P2Y");
    ASSERT_VALUE("It took 2 1/2 years.", thursday, "2 1/2 years", "P2Y6M");
    ASSERT_VALUE("The paper appears daily.", thursday, "daily", "P1D");
    ASSERT_VALUE("The fund pays 5% a year.", thursday, "a year", "P1Y");
}

/* How many expressions the finder reports in text; *first gets the value
 * of the first one ("" when none). */
static size_t countFound(const char *text, char first[32]) {
    chr_timex *x = NULL;
    size_t n = 99;
    assert_int_equal(chr_timex_find(text, strlen(text), thursday, &x, &n), CHR_OK);
    snprintf(first, 32, "%s", n ? x[0].value : "");
    if (!n) assert_null(x);
    chr_timex_free(x);
    return n;
}

/* ages are understood in a given span, but the finder does not report them */
static void ages_are_not_reported(void **state) {
    (void)state;
    char first[32];
    assert_int_equal(countFound("The 6-year-old boy and his 52 years old father met in 2001.",
                                first),
                     1);
    assert_string_equal(first, "2001");
    chr_timex r;
    assert_string_equal(normalizedValue("The 8-month-old truce held.", thursday,
                                        "8-month-old", &r),
                        "P8M");
}

static void numbers_are_not_years(void **state) {
    (void)state;
    char first[32];
    assert_int_equal(countFound("The company paid $1990 for 1,500 shares at 12.5 percent.",
                                first),
                     0);
}

static void unknown_date_keeps_shape(void **state) {
    (void)state;
    chr_date none = {0, 0, 0};
    ASSERT_VALUE("They struck on Friday.", none, "Friday", "XXXX-WXX-5");
    ASSERT_VALUE("They struck in 1998.", none, "1998", "1998");
}

static void normalize_given_span(void **state) {
    (void)state;
    chr_timex r;
    assert_string_equal(normalizedValue("Officials said the attack happened on Friday.",
                                        thursday, "Friday", &r),
                        "2016-05-13");
    /* "soon" is not reported by the finder but is understood as a span */
    const char *t = "The results will come soon.";
    assert_string_equal(normalizedValue(t, thursday, "soon", &r), "FUTURE_REF");
    assert_int_equal(chr_timex_normalize(t, strlen(t), 5, 3, thursday, &r), CHR_EINVAL);
    assert_int_equal(chr_timex_normalize(t, strlen(t), 0, 3, thursday, &r), 0);
}

static void bad_input_does_not_crash(void **state) {
    (void)state;
    chr_timex *x = NULL;
    size_t n = 7;
    assert_int_equal(chr_timex_find("", 0, thursday, &x, &n), CHR_OK);
    assert_int_equal(n, 0);
    assert_int_equal(chr_timex_find(NULL, 5, thursday, &x, &n), CHR_EINVAL);
    /* invalid UTF-8, NUL bytes and stray high bytes around a date */
    const char bad[] = "\xff\xfe in 2001 \xc3\x28 on\0Friday \xe2\x82";
    assert_int_equal(chr_timex_find(bad, sizeof bad - 1, thursday, &x, &n), CHR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(x[0].value, "2001");
    assert_string_equal(x[1].value, "2016-05-13");
    chr_timex_free(x);
    /* a long text without line breaks: expressions across stretch borders
     * are found once each, and it finishes */
    size_t len = 3u << 20;
    char *big = malloc(len);
    assert_non_null(big);
    static const char unit[] = "In 1999 nothing happened on Friday. ";
    for (size_t i = 0; i < len; i++) big[i] = unit[i % (sizeof unit - 1)];
    assert_int_equal(chr_timex_find(big, len, thursday, &x, &n), CHR_OK);
    size_t units = len / (sizeof unit - 1);
    assert_true(n >= 2 * units - 4 && n <= 2 * units + 2);
    for (size_t i = 1; i < n; i++) assert_true(x[i].start >= x[i - 1].end);
    chr_timex_free(x);
    /* digits and punctuation only */
    memset(big, '9', len);
    assert_int_equal(chr_timex_find(big, len, thursday, &x, &n), CHR_OK);
    assert_int_equal(n, 0);
    chr_timex_free(x);
    free(big);
    /* a nonsense document date */
    chr_date odd = {2016, 13, 40};
    assert_int_equal(chr_timex_find("on Friday", 9, odd, &x, &n), CHR_OK);
    assert_int_equal(n, 1);
    assert_string_equal(x[0].value, "XXXX-WXX-5");
    chr_timex_free(x);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_sentence_inline),
        cmocka_unit_test(seed_article),
        cmocka_unit_test(weekdays_lean_to_the_past),
        cmocka_unit_test(months_get_their_year),
        cmocka_unit_test(relative_expressions),
        cmocka_unit_test(anaphora_follow_the_story),
        cmocka_unit_test(durations_and_sets),
        cmocka_unit_test(ages_are_not_reported),
        cmocka_unit_test(numbers_are_not_years),
        cmocka_unit_test(unknown_date_keeps_shape),
        cmocka_unit_test(normalize_given_span),
        cmocka_unit_test(bad_input_does_not_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
