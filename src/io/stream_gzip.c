/*
 * stream_gzip.c - gzip decompression for chrStream with zlib, one input
 * buffer at a time. Concatenated members (cat a.gz b.gz) read as one.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "chronicle.h"
#include "io/stream.h"

int chrGzip_begin(chrStream *s) {
    z_stream *z = calloc(1, sizeof *z);
    if (!z) return CHR_ENOMEM;
    if (inflateInit2(z, 15 + 16) != Z_OK) { /* 15-bit window, gzip wrapper */
        free(z);
        snprintf(s->err, sizeof s->err, "cannot start gzip decompression");
        return CHR_ENOMEM;
    }
    s->codec = z;
    return CHR_OK;
}

long chrGzip_read(chrStream *s, char *buf, size_t n) {
    z_stream *z = s->codec;
    if (n > (1u << 30)) n = 1u << 30; /* avail_out is 32-bit */
    z->next_out = (unsigned char *)buf;
    z->avail_out = (uInt)n;
    while (z->avail_out == n) {
        int more = chrStream_fill(s);
        if (more < 0) return more;
        if (more == 0 && s->done) return 0;
        if (more && s->done) { /* another member follows the one that ended */
            if (s->in[s->inpos] != 0x1f) {
                snprintf(s->err, sizeof s->err, "trailing garbage after gzip data");
                return CHR_EFORMAT;
            }
            inflateReset(z);
            s->done = 0;
        }
        /* At the end of the input inflate is still called once: it may
         * hold output that did not fit last time. */
        z->next_in = s->in + s->inpos;
        z->avail_in = more ? (uInt)(s->inlen - s->inpos) : 0;
        int zr = inflate(z, Z_NO_FLUSH);
        if (more) s->inpos = s->inlen - z->avail_in;
        if (zr == Z_STREAM_END) {
            s->done = 1;
        } else if (zr == Z_MEM_ERROR) {
            return CHR_ENOMEM;
        } else if (zr != Z_OK && zr != Z_BUF_ERROR) {
            snprintf(s->err, sizeof s->err, "corrupt gzip data: %s",
                     z->msg ? z->msg : "inflate failed");
            return CHR_EFORMAT;
        }
        if (!more && z->avail_out == n && !s->done) {
            snprintf(s->err, sizeof s->err, "gzip data ends early (truncated file)");
            return CHR_EFORMAT;
        }
    }
    return (long)(n - z->avail_out);
}

void chrGzip_end(chrStream *s) {
    if (!s->codec) return;
    inflateEnd(s->codec);
    free(s->codec);
    s->codec = NULL;
}
