/*
 * reader.c - the document boundary: turns inputs (text files, JSON Lines,
 * directories, compressed files, standard input) into documents, and
 * reports, counts and skips what cannot become one. The rules are
 * documented with the API in chronicle.h.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/doc.h"
#include "io/jsonl.h"
#include "io/lines.h"
#include "io/stream.h"
#include "io/walk.h"
#include "text/utf8.h"

#define DEFAULT_MAX_LINE ((size_t)64 << 20)

struct chr_reader {
    chrWalk todo;
    FILE *user_file;          /* chr_reader_open_file: not ours to close */
    chr_reader_options opts;  /* opts.id points to id_copy */
    char *id_copy;
    chr_message_fn on_message;
    void *ctx;
    size_t docs, skipped;
    int failed;               /* sticky status once a strict reader stopped */

    /* The input being read. */
    chrStream *s;
    chrLines lines;
    char *name;               /* as given, or "stdin" */
    int is_stdin, jsonl;
};

static void say(chr_reader *r, const char *fmt, ...) {
    if (!r->on_message) return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    r->on_message(r->ctx, buf);
}

static void walk_note(void *ctx, const char *path, const char *why) {
    say(ctx, "%s: %s", path, why);
}

/* A record or input that could not be read: already reported; counts it
 * and returns 0 to go on, or the status when the reader is strict. */
static int reject(chr_reader *r, int status) {
    r->skipped++;
    if (!r->opts.strict) return 0;
    r->failed = status;
    return status;
}

static chr_reader *reader_new(const chr_reader_options *opts, chr_message_fn on_message,
                              void *ctx) {
    chr_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    if (opts) r->opts = *opts;
    if (!r->opts.max_line) r->opts.max_line = DEFAULT_MAX_LINE;
    if (r->opts.id && !(r->id_copy = strdup(r->opts.id))) {
        free(r);
        return NULL;
    }
    r->opts.id = r->id_copy;
    r->on_message = on_message;
    r->ctx = ctx;
    return r;
}

chr_reader *chr_reader_open(const char *const *paths, size_t npaths,
                            const chr_reader_options *opts, chr_message_fn on_message,
                            void *ctx) {
    chr_reader *r = reader_new(opts, on_message, ctx);
    if (!r) return NULL;
    if (npaths == 0 && chrWalk_push(&r->todo, "-", 0) != CHR_OK) goto oom;
    for (size_t i = npaths; i-- > 0;)
        if (chrWalk_push(&r->todo, paths[i] ? paths[i] : "-", 0) != CHR_OK) goto oom;
    return r;
oom:
    chr_reader_free(r);
    return NULL;
}

chr_reader *chr_reader_open_file(FILE *f, const char *name, const chr_reader_options *opts,
                                 chr_message_fn on_message, void *ctx) {
    if (!f) return NULL;
    chr_reader *r = reader_new(opts, on_message, ctx);
    if (!r) return NULL;
    r->user_file = f;
    if (chrWalk_push(&r->todo, name ? name : "-", 1) != CHR_OK) {
        chr_reader_free(r);
        return NULL;
    }
    return r;
}

static int has_suffix(const char *s, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* CHR_INPUT_AUTO: JSON Lines by name (.jsonl, .ndjson, also under .gz,
 * .zst or .zstd), text otherwise. */
static int is_jsonl_name(const char *name) {
    size_t n = strlen(name);
    if (has_suffix(name, n, ".gz")) n -= 3;
    else if (has_suffix(name, n, ".zst")) n -= 4;
    else if (has_suffix(name, n, ".zstd")) n -= 5;
    return has_suffix(name, n, ".jsonl") || has_suffix(name, n, ".ndjson");
}

static void close_input(chr_reader *r) {
    chrLines_release(&r->lines);
    chrStream_close(r->s);
    r->s = NULL;
    free(r->name);
    r->name = NULL;
}

/* Opens the next input. Returns CHR_OK (r->s set), 1 when the item was
 * a directory or a skipped input (try again), CHR_EOF, or a failure. */
static int open_next(chr_reader *r) {
    chrWalkItem it;
    if (!chrWalk_pop(&r->todo, &it)) return CHR_EOF;
    int is_stdin = !it.stream && strcmp(it.path, "-") == 0;
    char err[256];
    int rc;
    if (!it.stream && !is_stdin) {
        struct stat st;
        if (stat(it.path, &st) == 0 && S_ISDIR(st.st_mode)) {
            rc = chrWalk_expand(&r->todo, it.path, walk_note, r);
            if (rc == CHR_EIO) say(r, "%s: cannot list directory: %s", it.path, strerror(errno));
            free(it.path);
            if (rc == CHR_ENOMEM) return rc;
            return rc ? (reject(r, rc) ? rc : 1) : 1;
        }
    }
    rc = chrStream_open(it.stream || is_stdin ? NULL : it.path,
                        it.stream ? r->user_file : stdin, &r->s, err, sizeof err);
    if (rc != CHR_OK) {
        say(r, "%s: %s; check the path", it.path, err);
        free(it.path);
        if (rc == CHR_ENOMEM) return rc;
        return reject(r, rc) ? rc : 1;
    }
    r->is_stdin = is_stdin;
    r->name = is_stdin ? strdup("stdin") : it.path;
    if (is_stdin) free(it.path);
    if (!r->name) {
        chrStream_close(r->s);
        r->s = NULL;
        return CHR_ENOMEM;
    }
    r->jsonl = r->opts.format == CHR_INPUT_JSONL ||
               (r->opts.format == CHR_INPUT_AUTO && is_jsonl_name(r->name));
    chrLines_init(&r->lines, r->s, r->opts.max_line);
    return CHR_OK;
}

/* How many bytes of text the UTF-8 policy replaces by U+FFFD. */
static size_t count_invalid(const char *text, size_t n) {
    const unsigned char *s = (const unsigned char *)text;
    size_t bad = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] != 0 && s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k;
        int b;
        chrUtf8_decode(s, n, i, &k, &b);
        bad += (size_t)b;
        i += k;
    }
    return bad;
}

/* The whole input as one document. Returns CHR_OK, 1 for nothing (empty
 * or rejected input), or a failure. */
static int read_text(chr_reader *r, chr_doc **out) {
    size_t cap = 0, n = 0, max = r->opts.max_line;
    char *buf = NULL;
    int rc = CHR_OK;
    for (;;) {
        if (n == cap) {
            if (cap > max) {
                rc = CHR_ELIMIT;
                break;
            }
            size_t ncap = cap ? cap * 2 : 65536;
            if (ncap > max + 1) ncap = max + 1; /* one byte more tells "too long" */
            char *nb = realloc(buf, ncap);
            if (!nb) {
                rc = CHR_ENOMEM;
                break;
            }
            buf = nb;
            cap = ncap;
        }
        long got = chrStream_read(r->s, buf + n, cap - n);
        if (got < 0) {
            rc = (int)got;
            break;
        }
        if (got == 0) break;
        n += (size_t)got;
        if (n > max) {
            rc = CHR_ELIMIT;
            break;
        }
    }
    if (rc == CHR_OK && n == 0) {
        say(r, "%s: empty, no document", r->name);
        free(buf);
        return 1;
    }
    if (rc != CHR_OK) {
        free(buf);
        if (rc == CHR_ENOMEM) return rc;
        if (rc == CHR_ELIMIT)
            say(r, "%s: longer than the limit of %zu bytes; skipped (raise --max-line)", r->name,
                max);
        else
            say(r, "%s: %s; skipped", r->name, r->s->err[0] ? r->s->err : chr_strerror(rc));
        return reject(r, rc) ? rc : 1;
    }
    size_t bad = count_invalid(buf, n);
    if (bad)
        say(r, "%s: %zu invalid UTF-8 sequence%s or NUL byte%s, read as U+FFFD", r->name, bad,
            bad == 1 ? "" : "s", bad == 1 ? "" : "s");
    chr_doc *d = chr_doc_new(r->opts.id ? r->opts.id : r->name, buf, n);
    free(buf);
    if (!d) return CHR_ENOMEM;
    chr_doc_set_date(d, r->opts.date);
    *out = d;
    return CHR_OK;
}

/* The next record of a JSON Lines input. Returns CHR_OK, CHR_EOF at the
 * end of this input, or a failure. */
static int read_jsonl(chr_reader *r, chr_doc **out) {
    for (;;) {
        int rc = chrLines_next(&r->lines);
        if (rc == CHR_EOF || rc == CHR_ENOMEM) return rc;
        size_t line = r->lines.lineno;
        if (rc == CHR_ELIMIT) {
            say(r, "%s:%zu: line longer than the limit of %zu bytes; skipped (raise --max-line)",
                r->name, line, r->opts.max_line);
            if (reject(r, rc)) return rc;
            continue;
        }
        if (rc != CHR_OK) {
            say(r, "%s:%zu: %s; rest of the file skipped", r->name, line + 1,
                r->s->err[0] ? r->s->err : chr_strerror(rc));
            return reject(r, rc) ? rc : CHR_EOF;
        }
        if (chrJsonl_isBlank(r->lines.line, r->lines.linelen)) continue;
        char defid[512];
        snprintf(defid, sizeof defid, "%s:%zu", r->name, line);
        chrJsonlNote note;
        rc = chrJsonl_parse(r->lines.line, r->lines.linelen, defid, r->opts.date, out, &note);
        if (note.replaced)
            say(r, "%s:%zu: %zu invalid UTF-8 byte%s or raw NUL%s read as U+FFFD", r->name, line,
                note.replaced, note.replaced == 1 ? "" : "s", note.replaced == 1 ? "" : "s");
        if (rc == CHR_EFORMAT) {
            say(r, "%s:%zu: %s", r->name, line, note.why);
            if (reject(r, rc)) return rc;
            continue;
        }
        return rc;
    }
}

int chr_reader_next(chr_reader *r, chr_doc **out) {
    *out = NULL;
    if (r->failed) return r->failed;
    for (;;) {
        if (!r->s) {
            int rc = open_next(r);
            if (rc == 1) continue;
            if (rc != CHR_OK) return rc;
        }
        int rc = r->jsonl ? read_jsonl(r, out) : read_text(r, out);
        if (rc == CHR_OK) {
            if (!r->jsonl) close_input(r);
            r->docs++;
            return CHR_OK;
        }
        close_input(r);
        if (rc != CHR_EOF && rc != 1) return rc;
    }
}

size_t chr_reader_docs(const chr_reader *r) { return r->docs; }
size_t chr_reader_skipped(const chr_reader *r) { return r->skipped; }

void chr_reader_free(chr_reader *r) {
    if (!r) return;
    close_input(r);
    chrWalk_release(&r->todo);
    free(r->id_copy);
    free(r);
}
