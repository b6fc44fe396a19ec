/*
 * lines.c - capped line reading over a stream. See lines.h.
 */
#include "io/lines.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

void chrLines_init(chrLines *l, chrStream *s, size_t max) {
    memset(l, 0, sizeof *l);
    l->s = s;
    l->max = max;
}

void chrLines_release(chrLines *l) {
    free(l->buf);
    free(l->line);
    memset(l, 0, sizeof *l);
}

/* Appends buf[0..n) to the current line; the caller has checked the cap. */
static int append(chrLines *l, const char *p, size_t n) {
    if (l->linelen + n + 1 > l->linecap) {
        size_t cap = l->linecap ? l->linecap : 4096;
        while (cap < l->linelen + n + 1) cap *= 2;
        char *nl = realloc(l->line, cap);
        if (!nl) return CHR_ENOMEM;
        l->line = nl;
        l->linecap = cap;
    }
    memcpy(l->line + l->linelen, p, n);
    l->linelen += n;
    return CHR_OK;
}

int chrLines_next(chrLines *l) {
    if (!l->buf && !(l->buf = malloc(CHR_STREAM_BUF))) return CHR_ENOMEM;
    l->linelen = 0;
    int too_long = 0, any = 0;
    for (;;) {
        if (l->pos == l->len) {
            if (l->eof) break;
            long got = chrStream_read(l->s, l->buf, CHR_STREAM_BUF);
            if (got < 0) {
                l->eof = 1;
                return (int)got;
            }
            if (got == 0) {
                l->eof = 1;
                break;
            }
            l->pos = 0;
            l->len = (size_t)got;
        }
        any = 1;
        const char *start = l->buf + l->pos;
        size_t avail = l->len - l->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        l->pos += take + (nl != NULL);
        if (!too_long) {
            if (l->linelen + take > l->max) {
                too_long = 1; /* drop what we have and read past the rest */
                l->linelen = 0;
            } else {
                int rc = append(l, start, take);
                if (rc) return rc;
            }
        }
        if (nl) break;
    }
    if (!any) return CHR_EOF;
    l->lineno++;
    if (too_long) return CHR_ELIMIT;
    if (l->linelen && l->line[l->linelen - 1] == '\r') l->linelen--;
    if (!l->line && append(l, "", 0)) return CHR_ENOMEM;
    l->line[l->linelen] = '\0';
    return CHR_OK;
}
