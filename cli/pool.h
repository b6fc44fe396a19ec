/*
 * pool.h - an ordered worker pool: items made one at a time by the
 * caller's thread, worked on by N threads at once, and handed in their
 * original order to one consumer thread. Output order therefore never
 * depends on the number of workers, and at most max_in_flight items exist
 * at any time (the producer waits), so memory stays bounded however large
 * the input is.
 */
#ifndef CHR_CLI_POOL_H
#define CHR_CLI_POOL_H

#include <stddef.h>

typedef struct cli_pool_ops {
    /* Caller's thread: the next item, or NULL at the end. */
    void *(*produce)(void *ctx);
    /* Worker threads, many at once on different items. */
    void (*work)(void *ctx, void *item);
    /* Consumer thread, in production order; takes ownership of item.
     * A non-zero return stops the run: later items go to discard. */
    int (*consume)(void *ctx, void *item);
    /* Consumer thread: frees an item that will not be consumed. */
    void (*discard)(void *ctx, void *item);
    /* Consumer thread, about every idle_ms while it waits (may be NULL). */
    void (*idle)(void *ctx);
    int idle_ms;
} cli_pool_ops;

/* Runs to the end of the input (or the first non-zero consume). Returns
 * that non-zero value, 0, or -1 when threads could not be started. */
int cli_pool_run(const cli_pool_ops *ops, void *ctx, int workers, size_t max_in_flight);

#endif
