/*
 * dateline.c - finds datelines: at a paragraph start, a place in capitals
 * (one to four words, commas allowed between them), then at most a dozen
 * tokens of date, agency and brackets, then a dash or colon followed by
 * the story's first word. Anything else (a headline in capitals without a
 * separator, a sentence) is left alone.
 */
#include "text/dateline.h"

#include <string.h>

#define MAX_PLACE_WORDS 4
#define MAX_DATELINE_TOKENS 16

/* A word of capital letters (at least two letters; dots and hyphens
 * allowed, as in "U.S." or "PORT-AU-PRINCE"). */
static int all_caps_word(const char *w) {
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') letters++;
        else if (*p == '.' || *p == '-' || *p == '\'') continue;
        else if (*p >= 0x80) letters++; /* accented capitals: trust the rest */
        else return 0;
    }
    return letters >= 2;
}

static int is_separator(const char *f) {
    return strcmp(f, "-") == 0 || strcmp(f, "--") == 0 || strcmp(f, "---") == 0 ||
           strcmp(f, ":") == 0 || strcmp(f, "_") == 0;
}

/* The story after the separator starts like a sentence. */
static int starts_story(const chr_token *t) {
    unsigned char c = (unsigned char)t->fold[0];
    return (c >= 'A' && c <= 'Z') || c == '"' || c == '\'' || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Marks the dateline starting at token i, if there is one there. */
static void mark_at(chr_doc *d, size_t i, size_t end) {
    chr_token *t = d->tokens;
    size_t k = i, words = 0;
    while (k < end && words < MAX_PLACE_WORDS && all_caps_word(t[k].fold)) {
        k++, words++;
        if (k < end && strcmp(t[k].fold, ",") == 0 && k + 1 < end && all_caps_word(t[k + 1].fold))
            k++; /* "WASHINGTON, D.C." or "KABUL, AFGHANISTAN" */
    }
    if (!words) return;
    for (size_t j = k; j < end && j < i + MAX_DATELINE_TOKENS; j++) {
        const char *f = t[j].fold;
        if (strcmp(f, ".") == 0 || strcmp(f, "!") == 0 || strcmp(f, "?") == 0) return;
        if (is_separator(f) && j + 1 < end && starts_story(&t[j + 1])) {
            for (size_t m = i; m <= j; m++) t[m].flags |= CHR_TOKEN_DATELINE;
            return;
        }
    }
}

void chrDateline_mark(chr_doc *d) {
    for (size_t i = 0; i < d->ntokens; i++)
        if (i == 0 || (d->tokens[i].flags & CHR_TOKEN_PARA_START)) {
            size_t end = i + 1;
            while (end < d->ntokens && !(d->tokens[end].flags & CHR_TOKEN_PARA_START)) end++;
            mark_at(d, i, end);
        }
}
