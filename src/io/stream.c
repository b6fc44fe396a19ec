/*
 * stream.c - opening an input, recognising its compression by magic
 * bytes, and plain (uncompressed) reads. See stream.h.
 */
#include "io/stream.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

int chrStream_fill(chrStream *s) {
    if (s->inpos < s->inlen) return 1;
    if (s->ineof) return 0;
    s->inpos = 0;
    s->inlen = fread(s->in, 1, sizeof s->in, s->f);
    if (s->inlen == 0) {
        s->ineof = 1;
        if (ferror(s->f)) {
            snprintf(s->err, sizeof s->err, "read error: %s", strerror(errno));
            return CHR_EIO;
        }
        return 0;
    }
    return 1;
}

/* Buffers the first block so that the magic number can be seen; fread
 * returns a short count only at the end of the file or on an error. */
static int peek(chrStream *s) {
    s->inlen = fread(s->in, 1, sizeof s->in, s->f);
    if (s->inlen < sizeof s->in) {
        s->ineof = 1;
        if (ferror(s->f)) {
            snprintf(s->err, sizeof s->err, "read error: %s", strerror(errno));
            return CHR_EIO;
        }
    }
    return CHR_OK;
}

int chrStream_open(const char *path, FILE *f, chrStream **out, char *err, size_t errlen) {
    *out = NULL;
    chrStream *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return CHR_ENOMEM;
    }
    if (path) {
        s->f = fopen(path, "rb");
        if (!s->f) {
            int e = errno;
            snprintf(err, errlen, "cannot open: %s", strerror(e));
            free(s);
            return e == ENOENT ? CHR_ENOTFOUND : CHR_EIO;
        }
        s->owned = 1;
    } else {
        s->f = f;
    }
    int rc = peek(s);
    const unsigned char *m = s->in;
    if (rc == CHR_OK && s->inlen >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
        s->kind = CHR_STREAM_GZIP;
        rc = chrGzip_begin(s);
    } else if (rc == CHR_OK && s->inlen >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f &&
               m[3] == 0xfd) {
        s->kind = CHR_STREAM_ZSTD;
        rc = chrZstd_begin(s);
    }
    if (rc != CHR_OK) {
        snprintf(err, errlen, "%s", s->err[0] ? s->err : chr_strerror(rc));
        chrStream_close(s);
        return rc;
    }
    *out = s;
    return CHR_OK;
}

static long plain_read(chrStream *s, char *buf, size_t n) {
    if (s->inpos < s->inlen) { /* bytes read while looking for magic */
        size_t k = s->inlen - s->inpos;
        if (k > n) k = n;
        memcpy(buf, s->in + s->inpos, k);
        s->inpos += k;
        return (long)k;
    }
    if (s->ineof) return 0;
    size_t got = fread(buf, 1, n, s->f);
    if (got == 0) {
        s->ineof = 1;
        if (ferror(s->f)) {
            snprintf(s->err, sizeof s->err, "read error: %s", strerror(errno));
            return CHR_EIO;
        }
    }
    return (long)got;
}

long chrStream_read(chrStream *s, char *buf, size_t n) {
    if (n == 0) return 0;
    switch (s->kind) {
    case CHR_STREAM_GZIP: return chrGzip_read(s, buf, n);
    case CHR_STREAM_ZSTD: return chrZstd_read(s, buf, n);
    default: return plain_read(s, buf, n);
    }
}

void chrStream_close(chrStream *s) {
    if (!s) return;
    if (s->kind == CHR_STREAM_GZIP) chrGzip_end(s);
    if (s->kind == CHR_STREAM_ZSTD) chrZstd_end(s);
    if (s->owned && s->f) fclose(s->f);
    free(s);
}
