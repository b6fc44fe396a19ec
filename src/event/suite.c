/*
 * suite.c - bookkeeping shared by the validation-suite runners (suite.h).
 */
#include "event/suite.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

int chrSuite_count(chrSuiteResult *r, const char *category, int passed) {
    if (!category || !category[0]) category = "-";
    size_t i = 0;
    while (i < r->ncats && strncmp(r->cats[i].name, category, sizeof r->cats[i].name - 1) != 0) i++;
    if (i == r->ncats) {
        if (r->ncats == r->capcats) {
            size_t cap = r->capcats ? r->capcats * 2 : 16;
            chrSuiteCategory *c = realloc(r->cats, cap * sizeof *c);
            if (!c) return CHR_ENOMEM;
            r->cats = c;
            r->capcats = cap;
        }
        memset(&r->cats[i], 0, sizeof r->cats[i]);
        strncpy(r->cats[i].name, category, sizeof r->cats[i].name - 1);
        r->ncats++;
    }
    r->cats[i].records++;
    r->records++;
    if (passed) {
        r->cats[i].passed++;
        r->passed++;
    }
    return CHR_OK;
}

void chrSuite_release(chrSuiteResult *r) {
    if (!r) return;
    free(r->cats);
    memset(r, 0, sizeof *r);
}

static int contains(const char *const *set, size_t n, const char *s) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(set[i], s) == 0) return 1;
    return 0;
}

int chrSuite_sameTriples(const char *const *a, size_t na, const char *const *b, size_t nb) {
    for (size_t i = 0; i < na; i++)
        if (!contains(b, nb, a[i])) return 0;
    for (size_t i = 0; i < nb; i++)
        if (!contains(a, na, b[i])) return 0;
    return 1;
}
