/*
 * test_tokenize.c - the tokenizer's EWT conventions and the sentence
 * splitter, one test per convention, plus hostile inputs.
 *
 * Most checks compare a rendering of the result: tokens separated by
 * '|', a clitic written against its host as '+', sentences separated by
 * " || ". That keeps each expectation readable in one line.
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

/* Tokenizes text and renders it as described above into a static buffer. */
static const char *render(const char *text) {
    static char out[8192];
    chr_doc *d = chr_doc_new("t", text, strlen(text));
    assert_non_null(d);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t nt, ns, o = 0;
    const chr_token *t = chr_doc_tokens(d, &nt);
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    for (size_t i = 0; i < ns; i++) {
        if (i) o += (size_t)snprintf(out + o, sizeof out - o, " || ");
        for (size_t k = s[i].first; k < s[i].first + s[i].count; k++) {
            const char *sep = k == s[i].first ? "" : (t[k].flags & CHR_TOKEN_JOINED) ? "+" : "|";
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", sep, t[k].form);
            assert_true(o < sizeof out);
        }
    }
    out[o] = '\0';
    chr_doc_free(d);
    return out;
}

static void abbreviations(void **state) {
    (void)state;
    assert_string_equal(render("Mr. Smith met U.S. officials on Jan. 5 at Acme Inc. in Washington, D.C. on Monday."),
                        "Mr.|Smith|met|U.S.|officials|on|Jan.|5|at|Acme|Inc.|in|Washington|,|D.C.|on|Monday|.");
    assert_string_equal(render("Use e.g. a pen, i.e. ink. Jennifer M. Anderson came."),
                        "Use|e.g.|a|pen|,|i.e.|ink|. || Jennifer|M.|Anderson|came|.");
    /* The stop after a general abbreviation also ends the sentence. */
    assert_string_equal(render("He works for Acme Inc. The firm grew."),
                        "He|works|for|Acme|Inc|. || The|firm|grew|.");
    /* "No." only before a number. */
    assert_string_equal(render("It is No. 1. She said no. Then left."),
                        "It|is|No.|1|. || She|said|no|. || Then|left|.");
}

static void clitics(void **state) {
    (void)state;
    assert_string_equal(render("I don't think it's Bush's or the parents' car, I'm sure we'll see."),
                        "I|do+n't|think|it+'s|Bush+'s|or|the|parents+'|car|,|I+'m|sure|we+'ll|see|.");
    assert_string_equal(render("You cannot say you're gonna win, they've said it won't."),
                        "You|can+not|say|you+'re|gon+na|win|,|they+'ve|said|it|wo+n't|.");
    assert_string_equal(render("I dont know, he can\xE2\x80\x99t go."),
                        "I|do+nt|know|,|he|ca+n\xE2\x80\x99t|go|.");
    /* Names keep their apostrophe. */
    assert_string_equal(render("O'Connell met Shi'ite leaders."), "O'Connell|met|Shi'ite|leaders|.");
}

static void numbers(void **state) {
    (void)state;
    assert_string_equal(render("It cost $5 or 1,000.50 euros, up 3.5% at 10:30 on 11/28/2000 and 3/4 of 5pm."),
                        "It|cost|$|5|or|1,000.50|euros|,|up|3.5|%|at|10:30|on|11/28/2000|and|3/4|of|5|pm|.");
    assert_string_equal(render("Call 713-853-3989 on the 2nd or 1990s."),
                        "Call|713-853-3989|on|the|2nd|or|1990s|.");
}

static void urls_handles_mail(void **state) {
    (void)state;
    assert_string_equal(render("See http://example.com/a?b=1&c=2. Mail bob.smith@example.org or @jack_b #news2016 (www.x.org)."),
                        "See|http://example.com/a?b=1&c=2|. || Mail|bob.smith@example.org|or|@jack_b|#news2016|(|www.x.org|)|.");
}

static void hyphens(void **state) {
    (void)state;
    assert_string_equal(render("A well-known non-profit sent an e-mail to a 15-year-old."),
                        "A|well|-|known|non-profit|sent|an|e-mail|to|a|15|-|year|-|old|.");
}

static void quotes_and_brackets(void **state) {
    (void)state;
    assert_string_equal(render("He said \"yes\" and 'no' (maybe) [sic]."),
                        "He|said|\"|yes|\"|and|'|no|'|(|maybe|)|[|sic|]|.");
    assert_string_equal(render("\xE2\x80\x9C" "Fine,\xE2\x80\x9D" " she said. ``OK'' he said."),
                        "\xE2\x80\x9C" "|Fine|,|\xE2\x80\x9D" "|she|said|. || ``|OK|''|he|said|.");
}

static void ellipses_and_marks(void **state) {
    (void)state;
    assert_string_equal(render("Wait... what?! No -- never :-)"), "Wait|...|what|?! || No|--|never|:-)");
}

static void sentence_ends(void **state) {
    (void)state;
    /* Closing quotes and brackets stay with their sentence. */
    assert_string_equal(render("He said \"It is over.\" Then he left. (It rained.) Next."),
                        "He|said|\"|It|is|over|.|\" || Then|he|left|. || (|It|rained|.|) || Next|.");
    /* After ! and ? a lower-case word starts a sentence (web text). */
    assert_string_equal(render("Really? yes it is! ok"), "Really|? || yes|it|is|! || ok");
    /* Blank line: new paragraph; a single line break ends a sentence too. */
    const char *text = "Headline here\nFirst line of text\n\nNew paragraph.";
    chr_doc *d = chr_doc_new("p", text, strlen(text));
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t ns;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    assert_int_equal(ns, 3);
    assert_int_equal(s[0].paragraph, 0);
    assert_int_equal(s[1].paragraph, 0);
    assert_int_equal(s[2].paragraph, 1);
    const chr_token *t = chr_doc_tokens(d, NULL);
    assert_true(t[s[2].first].flags & CHR_TOKEN_PARA_START);
    assert_false(t[s[1].first].flags & CHR_TOKEN_PARA_START);
    chr_doc_free(d);
}

static void datelines(void **state) {
    (void)state;
    assert_string_equal(render("MEXICO CITY, May 20 (Reuters) - Mexico agreed. Officials said so."),
                        "MEXICO|CITY|,|May|20|(|Reuters|)|-|Mexico|agreed|. || Officials|said|so|.");
    assert_string_equal(render("BEIJING, Jan. 5 (Xinhua) -- China grew."),
                        "BEIJING|,|Jan.|5|(|Xinhua|)|--|China|grew|.");
}

/* The tokens flagged CHR_TOKEN_DATELINE, joined by '|'. */
static const char *dateline_of(const char *text) {
    static char out[1024];
    chr_doc *d = chr_doc_new("d", text, strlen(text));
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t n, o = 0;
    const chr_token *t = chr_doc_tokens(d, &n);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        if (t[i].flags & CHR_TOKEN_DATELINE)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? "|" : "", t[i].form);
    chr_doc_free(d);
    return out;
}

static void dateline_tokens_are_flagged(void **state) {
    (void)state;
    assert_string_equal(dateline_of("MEXICO CITY, May 20 (Reuters) - Mexico agreed."),
                        "MEXICO|CITY|,|May|20|(|Reuters|)|-");
    assert_string_equal(dateline_of("PARIS (AFP) - France protested.\n\nWASHINGTON - Talks ended."),
                        "PARIS|(|AFP|)|-|WASHINGTON|-");
    /* a headline in capitals, a sentence with a dash, a dash mid-paragraph */
    assert_string_equal(dateline_of("US SAYS JAPAN MUST OPEN MARKETS"), "");
    assert_string_equal(dateline_of("The UN - and the EU - met."), "");
    assert_string_equal(dateline_of("Talks ended. GENEVA - Nothing."), "");
}

static void hard_wrapped_lines_do_not_end_sentences(void **state) {
    (void)state;
    assert_string_equal(render("The bank said on\nMonday that it would\nraise rates and\ncut costs."),
                        "The|bank|said|on|Monday|that|it|would|raise|rates|and|cut|costs|.");
}

static void long_sentences_are_cut(void **state) {
    (void)state;
    size_t n = 1000;
    char *text = malloc(n * 2 + 1);
    for (size_t i = 0; i < n; i++) memcpy(text + 2 * i, "a ", 2);
    text[2 * n] = '\0';
    chr_doc *d = chr_doc_new("long", text, 2 * n);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t ns;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    assert_int_equal(ns, 4);
    for (size_t i = 0; i < ns; i++) assert_true(s[i].count <= 300);
    chr_doc_free(d);
    free(text);
}

static void invalid_utf8_keeps_offsets(void **state) {
    (void)state;
    const char text[] = "ab\xFF" "c d\0e \xE2\x80";
    chr_doc *d = chr_doc_new("bad", text, sizeof text - 1);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t nt;
    const chr_token *t = chr_doc_tokens(d, &nt);
    assert_int_equal(nt, 3);
    assert_int_equal(t[0].start, 0);
    assert_int_equal(t[0].end, 4);
    assert_string_equal(t[0].form, "ab\xEF\xBF\xBD" "c");
    assert_int_equal(t[1].start, 5);
    assert_int_equal(t[1].end, 8);
    assert_string_equal(t[1].form, "d\xEF\xBF\xBD" "e");
    assert_int_equal(t[2].start, 9);
    assert_int_equal(t[2].end, 11);
    assert_int_equal(chr_doc_invalid_count(d), 4);
    chr_doc_free(d);
}

static void empty_and_blank_input(void **state) {
    (void)state;
    const char *inputs[] = {"", "   \n\n\t  "};
    for (size_t i = 0; i < 2; i++) {
        chr_doc *d = chr_doc_new("e", inputs[i], strlen(inputs[i]));
        assert_int_equal(chr_tokenize(d), CHR_OK);
        size_t nt, ns;
        chr_doc_tokens(d, &nt);
        chr_doc_sentences(d, &ns);
        assert_int_equal(nt, 0);
        assert_int_equal(ns, 0);
        chr_doc_free(d);
    }
}

/* Tokenizes n copies of the pattern without spaces; returns the count. */
static size_t tokens_of_repeat(const char *pattern, size_t n) {
    size_t m = strlen(pattern);
    char *text = malloc(n * m);
    for (size_t i = 0; i < n; i++) memcpy(text + i * m, pattern, m);
    chr_doc *d = chr_doc_new("big", text, n * m);
    free(text);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t nt, ns;
    const chr_token *t = chr_doc_tokens(d, &nt);
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    for (size_t i = 1; i < nt; i++) assert_true(t[i].start >= t[i - 1].end);
    size_t covered = 0;
    for (size_t i = 0; i < ns; i++) covered += s[i].count;
    assert_int_equal(covered, nt);
    chr_doc_free(d);
    return nt;
}

static void one_megabyte_without_spaces(void **state) {
    (void)state;
    size_t mb = 1 << 20;
    assert_int_equal(tokens_of_repeat("a", mb), 1);
    assert_int_equal(tokens_of_repeat(".", mb), 1);
    assert_int_equal(tokens_of_repeat("\"", mb), mb);
    assert_int_equal(tokens_of_repeat("''", mb / 2), mb / 2);
    assert_true(tokens_of_repeat("a.", mb / 2) >= 1);
    assert_true(tokens_of_repeat("a@", mb / 2) >= 1);
    assert_true(tokens_of_repeat("http://", mb / 7) >= 1);
    assert_true(tokens_of_repeat("1,", mb / 2) >= 1);
    assert_true(tokens_of_repeat("x-", mb / 2) >= 1);
}

/* ../shared/seed/article.txt holds one sentence per line, except the
 * first line, which holds two ("... United States. As CCTV's ..."). */
static void seed_article_splits_into_its_sentences(void **state) {
    (void)state;
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[4096];
    snprintf(path, sizeof path, "%s/seed/article.txt", shared);
    FILE *f = fopen(path, "rb");
    if (!f) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    static char text[1 << 16];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    /* The expected sentence spans: the lines, the first one cut in two. */
    uint32_t want[64][2];
    size_t nwant = 0;
    for (size_t i = 0, start = 0; i <= n && nwant < 62; i++) {
        if (i < n && text[i] != '\n') continue;
        size_t end = i;
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\r')) end--;
        if (end > start) {
            const char *cut = nwant == 0 ? strstr(text, ". As CCTV") : NULL;
            if (cut && (size_t)(cut - text) < end) {
                want[nwant][0] = (uint32_t)start;
                want[nwant++][1] = (uint32_t)(cut - text + 1);
                start = (size_t)(cut - text + 2);
            }
            want[nwant][0] = (uint32_t)start;
            want[nwant++][1] = (uint32_t)end;
        }
        start = i + 1;
    }
    assert_int_equal(nwant, 13);
    chr_doc *d = chr_doc_new("article", text, n);
    assert_int_equal(chr_tokenize(d), CHR_OK);
    size_t ns, nt;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const chr_token *t = chr_doc_tokens(d, &nt);
    assert_int_equal(ns, nwant);
    for (size_t i = 0; i < ns; i++) {
        assert_int_equal(s[i].start, want[i][0]);
        assert_int_equal(s[i].end, want[i][1]);
    }
    /* Every quotation mark is a token of its own. */
    size_t quotes = 0;
    for (size_t k = 0; k < nt; k++) {
        for (uint32_t i = t[k].start; i < t[k].end; i++)
            if (text[i] == '"') {
                assert_int_equal(t[k].end - t[k].start, 1);
                quotes++;
            }
    }
    assert_int_equal(quotes, 6);
    chr_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(abbreviations),
        cmocka_unit_test(clitics),
        cmocka_unit_test(numbers),
        cmocka_unit_test(urls_handles_mail),
        cmocka_unit_test(hyphens),
        cmocka_unit_test(quotes_and_brackets),
        cmocka_unit_test(ellipses_and_marks),
        cmocka_unit_test(sentence_ends),
        cmocka_unit_test(datelines),
        cmocka_unit_test(dateline_tokens_are_flagged),
        cmocka_unit_test(hard_wrapped_lines_do_not_end_sentences),
        cmocka_unit_test(long_sentences_are_cut),
        cmocka_unit_test(invalid_utf8_keeps_offsets),
        cmocka_unit_test(empty_and_blank_input),
        cmocka_unit_test(one_megabyte_without_spaces),
        cmocka_unit_test(seed_article_splits_into_its_sentences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
