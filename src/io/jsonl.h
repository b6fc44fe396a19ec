/*
 * jsonl.h - one JSON Lines record to one document (internal).
 *
 * The record format and the rules for bad records are documented with
 * the reader API in chronicle.h; this is their single implementation,
 * kept apart from file handling so that it can be tested and fuzzed on
 * bytes in memory.
 */
#ifndef CHR_IO_JSONL_H
#define CHR_IO_JSONL_H

#include <stddef.h>

#include "chronicle.h"

/* What parsing one line gave besides the document. */
typedef struct chrJsonlNote {
    size_t replaced;   /* invalid UTF-8 bytes or raw NULs read as U+FFFD */
    char why[256];     /* reason the record was refused */
} chrJsonlNote;

/* Parses line[0..len) (need not be NUL-terminated). defid names the
 * document when the record has no id; defdate dates it when it has no
 * date. Returns CHR_OK with *out set (the caller frees it), CHR_EFORMAT
 * with note->why set for a bad record, or CHR_ENOMEM. */
int chrJsonl_parse(const char *line, size_t len, const char *defid, chr_date defdate,
                   chr_doc **out, chrJsonlNote *note);

/* Accepts "YYYY-MM-DD" or an ISO 8601 timestamp that starts with one
 * ("2016-05-20T10:00:00Z", "2016-05-20 10:00"); the time is ignored. */
int chrJsonl_parseDate(const char *s, chr_date *out);

/* 1 for a line of only spaces, tabs and carriage returns. */
int chrJsonl_isBlank(const char *line, size_t len);

#endif
