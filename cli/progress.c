/*
 * progress.c - the progress line of `chronicle ingest` (see progress.h).
 *
 * Drawn with a carriage return and erase-to-end-of-line on the terminal;
 * a mutex keeps it and reader messages, which come from another thread,
 * from interleaving.
 */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"
#include "core/clock.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static pthread_mutex_t stderr_lock = PTHREAD_MUTEX_INITIALIZER;

void cli_progress_init(cli_progress *p, size_t total) {
    memset(p, 0, sizeof *p);
    p->on = isatty(2);
    p->start = chrClock_wall();
    p->total = total;
}

void cli_progress_show(cli_progress *p, size_t done, size_t events, size_t skipped, int force) {
    if (!p->on) return;
    double now = chrClock_wall();
    if (!force && now - p->last < 0.2) return;
    p->last = now;
    double rate = now > p->start ? (double)done / (now - p->start) : 0;
    char eta[32] = "";
    if (p->total > done && rate > 0) {
        long s = (long)((double)(p->total - done) / rate);
        snprintf(eta, sizeof eta, "  ETA %ld:%02ld", s / 60, s % 60);
    }
    pthread_mutex_lock(&stderr_lock);
    if (p->total)
        fprintf(stderr, "\r%zu/%zu documents  %.0f/s  %zu events  %zu skipped%s\033[K", done,
                p->total, rate, events, skipped, eta);
    else
        fprintf(stderr, "\r%zu documents  %.0f/s  %zu events  %zu skipped\033[K", done, rate,
                events, skipped);
    fflush(stderr);
    pthread_mutex_unlock(&stderr_lock);
}

void cli_progress_clear(cli_progress *p) {
    if (!p->on) return;
    pthread_mutex_lock(&stderr_lock);
    fputs("\r\033[K", stderr);
    pthread_mutex_unlock(&stderr_lock);
}

void cli_progress_message(void *progress, const char *message) {
    cli_progress *p = progress;
    pthread_mutex_lock(&stderr_lock);
    fprintf(stderr, "%schronicle: %s\n", p && p->on ? "\r\033[K" : "", message);
    pthread_mutex_unlock(&stderr_lock);
}

static int is_jsonl_name(const char *path) {
    static const char *const ends[] = {".jsonl", ".ndjson", NULL};
    size_t n = strlen(path);
    for (int i = 0; ends[i]; i++) {
        size_t k = strlen(ends[i]);
        if (n >= k && strcmp(path + n - k, ends[i]) == 0) return 1;
    }
    return 0;
}

/* Non-blank lines of an uncompressed file; 0 with *ok = 0 when unknown. */
static size_t count_lines(const char *path, int *ok) {
    FILE *f = fopen(path, "rb");
    if (!f) return *ok = 0, 0;
    unsigned char buf[65536];
    size_t n, lines = 0, first = 1;
    int inline_ = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (first && n >= 4 && ((buf[0] == 0x1f && buf[1] == 0x8b) ||
                                (buf[0] == 0x28 && buf[1] == 0xb5 && buf[2] == 0x2f && buf[3] == 0xfd))) {
            *ok = 0; /* compressed: not worth a second decompression */
            break;
        }
        first = 0;
        for (size_t i = 0; i < n; i++) {
            if (buf[i] == '\n') {
                lines += inline_;
                inline_ = 0;
            } else if (buf[i] != '\r' && buf[i] != ' ' && buf[i] != '\t')
                inline_ = 1;
        }
    }
    fclose(f);
    return lines + (size_t)inline_;
}

size_t cli_count_documents(char *const *paths, size_t n, chr_input_format format) {
    size_t total = 0;
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") == 0 || stat(paths[i], &sb) != 0 || !S_ISREG(sb.st_mode))
            return 0;
        int jsonl = format == CHR_INPUT_JSONL || (format == CHR_INPUT_AUTO && is_jsonl_name(paths[i]));
        if (!jsonl) {
            total += sb.st_size > 0;
            continue;
        }
        int ok = 1;
        total += count_lines(paths[i], &ok);
        if (!ok) return 0;
    }
    return total;
}
