/*
 * lines.h - lines from a chrStream with a cap on their length (internal).
 *
 * A line longer than the cap is never buffered whole: its first bytes
 * are dropped, the rest is read past up to the next newline, and the
 * caller is told (CHR_ELIMIT) so that it can report the line by number.
 * Memory use is bounded by the cap plus one read buffer.
 */
#ifndef CHR_IO_LINES_H
#define CHR_IO_LINES_H

#include "io/stream.h"

typedef struct chrLines {
    chrStream *s;             /* not owned */
    size_t max;               /* longest line kept, in bytes */
    char *buf;                /* read buffer */
    size_t pos, len;
    int eof;
    char *line;               /* the current line, NUL-terminated */
    size_t linelen, linecap;
    size_t lineno;            /* 1-based number of the current line */
} chrLines;

void chrLines_init(chrLines *l, chrStream *s, size_t max);
void chrLines_release(chrLines *l);

/* Reads the next line (without its "\n" or "\r\n") into l->line and
 * l->linelen. Returns CHR_OK, CHR_EOF, CHR_ELIMIT (the line, number
 * l->lineno, was too long and has been skipped), CHR_ENOMEM, or the
 * stream's error (its reason in l->s->err). */
int chrLines_next(chrLines *l);

#endif
