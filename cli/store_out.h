/*
 * store_out.h - what the database commands (query, story, export) share:
 * opening the database with a message, and writing events as a table,
 * CSV or JSON Lines.
 */
#ifndef CHR_CLI_STORE_OUT_H
#define CHR_CLI_STORE_OUT_H

#include <stdio.h>

#include "chronicle.h"

/* Opens db for reading; prints why not and returns an exit code, or -1. */
int cli_store_open(const char *cmd, const char *db, chr_store **out);

/* Reports an unknown option of cmd; returns EXIT_USAGE. */
int cli_bad_option(const char *cmd, const char *option);

typedef enum { OUT_TABLE = 1, OUT_JSONL, OUT_CSV } cli_out_format;

/* "table", "jsonl" (or "json"), "csv"; NULL: table on a terminal, else
 * jsonl. Returns 0 for an unknown name. */
int cli_out_format_of(const char *name);

/* One event in a format; the table header comes first with row == 0. */
void cli_write_event(FILE *f, int format, const chr_stored_event *e, size_t row);

/* Writes at most width columns of s (UTF-8 characters), padded to width
 * when pad is set. */
void cli_write_cell(FILE *f, const char *s, int width, int pad);

/* Writes a CSV field (quoted when needed). */
void cli_write_csv(FILE *f, const char *s);

#endif
