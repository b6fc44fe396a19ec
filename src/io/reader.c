/*
 * reader.c - the document boundary: turns input files into documents.
 *
 * First version: plain text files and standard input, one document each.
 * (JSON Lines, directories and compressed input follow.)
 */
#include "core/doc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chr_reader {
    const char *const *paths;
    size_t npaths, next;
    chr_reader_options opts;
    chr_message_fn on_message;
    void *ctx;
    size_t docs, skipped;
};

static void say(chr_reader *r, const char *fmt, const char *a, const char *b) {
    char buf[1024];
    snprintf(buf, sizeof buf, fmt, a, b);
    if (r->on_message) r->on_message(r->ctx, buf);
}

chr_reader *chr_reader_open(const char *const *paths, size_t npaths,
                            const chr_reader_options *opts, chr_message_fn on_message,
                            void *ctx) {
    static const char *const stdin_path[1] = {"-"};
    chr_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->paths = npaths ? paths : stdin_path;
    r->npaths = npaths ? npaths : 1;
    if (opts) r->opts = *opts;
    if (!r->opts.max_line) r->opts.max_line = (size_t)64 << 20;
    r->on_message = on_message;
    r->ctx = ctx;
    return r;
}

/* Reads a whole stream, refusing more than limit bytes. */
static int slurp(FILE *f, size_t limit, char **out, size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) return CHR_ENOMEM;
    for (;;) {
        if (n == cap) {
            if (cap >= limit) {
                free(buf);
                return CHR_ELIMIT;
            }
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return CHR_ENOMEM;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) {
        free(buf);
        return CHR_EIO;
    }
    *out = buf;
    *len = n;
    return CHR_OK;
}

int chr_reader_next(chr_reader *r, chr_doc **out) {
    *out = NULL;
    while (r->next < r->npaths) {
        const char *path = r->paths[r->next++];
        int is_stdin = strcmp(path, "-") == 0;
        FILE *f = is_stdin ? stdin : fopen(path, "rb");
        if (!f) {
            say(r, "%s: cannot open: %s", path, strerror(errno));
            r->skipped++;
            if (r->opts.strict) return CHR_EIO;
            continue;
        }
        char *buf = NULL;
        size_t len = 0;
        int rc = slurp(f, r->opts.max_line, &buf, &len);
        if (!is_stdin) fclose(f);
        if (rc) {
            say(r, "%s: skipped: %s", path, chr_strerror(rc));
            r->skipped++;
            if (r->opts.strict) return rc;
            continue;
        }
        const char *id = r->opts.id ? r->opts.id : (is_stdin ? "stdin" : path);
        chr_doc *d = chr_doc_new(id, buf, len);
        free(buf);
        if (!d) return CHR_ENOMEM;
        chr_doc_set_date(d, r->opts.date);
        r->docs++;
        *out = d;
        return CHR_OK;
    }
    return CHR_EOF;
}

size_t chr_reader_docs(const chr_reader *r) { return r->docs; }
size_t chr_reader_skipped(const chr_reader *r) { return r->skipped; }
void chr_reader_free(chr_reader *r) { free(r); }
