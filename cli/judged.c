/*
 * judged.c - loads a hand-judged set of Phoenix events and marks the ones
 * a dict/ coding finds, or (dict/'s own judged events) repeats exactly;
 * see judged.h for why and the file format.
 */
#define _POSIX_C_SOURCE 200809L
#include "judged.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/file.h"

#define JUDGED_MAX_BYTES (16u << 20)
#define JUDGED_FIELDS 6

int cli_event_matches(const cliCoded *c, uint32_t sentence, const char *root, const char *src, const char *tgt) {
    return c->sentence == sentence && strncmp(c->root, root, 2) == 0 && strncmp(c->src, src, 3) == 0 &&
           strncmp(c->tgt, tgt, 3) == 0;
}

static int bad(const char *path, size_t line, const char *why) {
    fprintf(stderr, "%s:%zu: %s\n", path, line, why);
    return -1;
}

/* Splits line (modified in place) at tabs into at most max fields. */
static int split_tabs(char *line, char **field, int max) {
    int n = 0;
    char *p = line;
    while (n < max) {
        field[n++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

static int fits(const char *s, size_t cap) { return strlen(s) < cap; }

static int parse_line(char *line, cliJudged *j, const char **why) {
    char *f[JUDGED_FIELDS + 1];
    int n = split_tabs(line, f, JUDGED_FIELDS + 1);
    if (n < JUDGED_FIELDS) return *why = "wants 6 tab-separated fields: doc sentence source target code verdict", -1;
    char *end;
    unsigned long sent = strtoul(f[1], &end, 10);
    if (!f[1][0] || *end || sent > UINT32_MAX) return *why = "the sentence is no number", -1;
    if (!fits(f[0], sizeof j->doc) || !fits(f[2], sizeof j->src) || !fits(f[3], sizeof j->tgt) ||
        !fits(f[4], sizeof j->code))
        return *why = "a field is too long", -1;
    if (strlen(f[2]) < 3 || strlen(f[3]) < 3 || strlen(f[4]) < 2) return *why = "an actor or code is too short", -1;
    int right = strcmp(f[5], "right") == 0;
    if (!right && strcmp(f[5], "wrong") != 0) return *why = "the verdict is neither 'right' nor 'wrong'", -1;
    memset(j, 0, sizeof *j);
    strcpy(j->doc, f[0]);
    j->sentence = (uint32_t)sent;
    strcpy(j->src, f[2]);
    strcpy(j->tgt, f[3]);
    strcpy(j->code, f[4]);
    j->right = right;
    return 0;
}

int cli_judged_load(const char *path, cliJudgedSet *out) {
    out->v = NULL;
    out->n = 0;
    char *text = NULL;
    size_t len = 0;
    if (chrFile_read(path, JUDGED_MAX_BYTES, &text, &len) != 0) {
        fprintf(stderr, "%s: cannot read the judged events\n", path);
        return -1;
    }
    size_t cap = 0, line_no = 0;
    int rc = 0;
    for (char *p = text, *next; p && *p && rc == 0; p = next) {
        char *nl = strchr(p, '\n');
        next = nl ? nl + 1 : NULL;
        if (nl) *nl = '\0';
        line_no++;
        size_t l = strlen(p);
        if (l && p[l - 1] == '\r') p[--l] = '\0';
        if (!l || p[0] == '#') continue;
        if (out->n == cap) {
            size_t ncap = cap ? 2 * cap : 64;
            cliJudged *g = realloc(out->v, ncap * sizeof *g);
            if (!g) {
                rc = bad(path, line_no, "out of memory");
                break;
            }
            out->v = g;
            cap = ncap;
        }
        const char *why = NULL;
        if (parse_line(p, &out->v[out->n], &why) != 0) rc = bad(path, line_no, why);
        else out->n++;
    }
    free(text);
    if (rc) cli_judged_free(out);
    return rc;
}

void cli_judged_free(cliJudgedSet *set) {
    free(set->v);
    set->v = NULL;
    set->n = 0;
}

/* The country of a coded actor matches a judged one's; a judged actor whose
 * country the sentence does not name ("---GOV", "the foreign minister")
 * is found by a coding that does name it ("SOMGOV"). */
static int country_fits(const char *coded, const char *judged) {
    return strncmp(coded, judged, 3) == 0 || strncmp(judged, "---", 3) == 0;
}

void cli_judged_mark(cliJudgedSet *set, const char *doc, const cliCoded *coded, size_t n) {
    for (size_t i = 0; i < set->n; i++) {
        cliJudged *j = &set->v[i];
        if (j->found || strcmp(j->doc, doc) != 0) continue;
        for (size_t k = 0; k < n && !j->found; k++) {
            const cliCoded *c = &coded[k];
            j->found = c->sentence == j->sentence && strncmp(c->root, j->code, 2) == 0 &&
                       country_fits(c->src, j->src) && country_fits(c->tgt, j->tgt);
        }
    }
}

void cli_judged_mark_exact(cliJudgedSet *set, const char *doc, const cliCoded *coded, size_t n) {
    for (size_t i = 0; i < set->n; i++) {
        cliJudged *j = &set->v[i];
        if (j->found || strcmp(j->doc, doc) != 0) continue;
        for (size_t k = 0; k < n && !j->found; k++) {
            const cliCoded *c = &coded[k];
            j->found = c->sentence == j->sentence && strcmp(c->code, j->code) == 0 && strcmp(c->src, j->src) == 0 &&
                       strcmp(c->tgt, j->tgt) == 0;
        }
    }
}

void cli_judged_count_found(const cliJudgedSet *set, size_t *found, size_t *found_right) {
    *found = *found_right = 0;
    for (size_t i = 0; i < set->n; i++) {
        *found += (size_t)set->v[i].found;
        *found_right += (size_t)(set->v[i].right && set->v[i].found);
    }
}

void cli_judged_count(const cliJudgedSet *set, size_t *right, size_t *right_found) {
    *right = *right_found = 0;
    for (size_t i = 0; i < set->n; i++) {
        *right += (size_t)set->v[i].right;
        *right_found += (size_t)(set->v[i].right && set->v[i].found);
    }
}
