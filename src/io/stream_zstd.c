/*
 * stream_zstd.c - zstd decompression for chrStream with libzstd's
 * streaming API. Several frames in a row read as one stream. The window
 * size is capped by libzstd's default limit (128 MiB), so a hostile frame
 * header cannot make us allocate gigabytes.
 */
#include <string.h>
#include <zstd.h>

#include "chronicle.h"
#include "io/stream.h"

int chrZstd_begin(chrStream *s) {
    ZSTD_DStream *z = ZSTD_createDStream();
    if (!z) return CHR_ENOMEM;
    ZSTD_initDStream(z);
    s->codec = z;
    s->done = 1; /* no frame started yet: the end of input here is clean */
    return CHR_OK;
}

long chrZstd_read(chrStream *s, char *buf, size_t n) {
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0) {
        int more = chrStream_fill(s);
        if (more < 0) return more;
        if (more == 0 && s->done) return 0;
        /* At the end of the input the decoder is still called once: it
         * may hold output that did not fit last time. */
        ZSTD_inBuffer in = {s->in, more ? s->inlen : 0, more ? s->inpos : 0};
        size_t zr = ZSTD_decompressStream(s->codec, &out, &in);
        if (more) s->inpos = in.pos;
        if (ZSTD_isError(zr)) {
            snprintf(s->err, sizeof s->err, "corrupt zstd data: %s", ZSTD_getErrorName(zr));
            return CHR_EFORMAT;
        }
        s->done = zr == 0; /* 0: a frame just ended and is flushed */
        if (!more && out.pos == 0 && !s->done) {
            snprintf(s->err, sizeof s->err, "zstd data ends early (truncated file)");
            return CHR_EFORMAT;
        }
    }
    return (long)out.pos;
}

void chrZstd_end(chrStream *s) {
    ZSTD_freeDStream(s->codec);
    s->codec = NULL;
}
