/*
 * progress.h - the one-line progress report of long commands, shown only
 * when standard error is a terminal, and the input count that gives it an
 * ETA.
 */
#ifndef CHR_CLI_PROGRESS_H
#define CHR_CLI_PROGRESS_H

#include <stddef.h>

#include "chronicle.h"

typedef struct cli_progress {
    int on;          /* stderr is a terminal */
    double start;    /* monotonic seconds */
    double last;     /* when the line was last drawn */
    size_t total;    /* documents expected, 0 = unknown */
} cli_progress;

void cli_progress_init(cli_progress *p, size_t total);
/* Redraws the line (at most 5 times a second unless force). */
void cli_progress_show(cli_progress *p, size_t done, size_t events, size_t skipped, int force);
/* Clears the line so that other messages start on a clean line. */
void cli_progress_clear(cli_progress *p);
/* Message callback for readers that clears the progress line first. */
void cli_progress_message(void *progress, const char *message);

/* How many documents paths[0..n) hold, when that can be known cheaply
 * (uncompressed regular files); 0 when it cannot. */
size_t cli_count_documents(char *const *paths, size_t n, chr_input_format format);

#endif
