/*
 * stream.h - a byte stream over a file or standard input that undoes
 * gzip or zstd compression on the fly (internal to the readers).
 *
 * Compression is recognised by the first bytes of the data (gzip 1f 8b,
 * zstd 28 b5 2f fd), not by the file name, so a renamed or piped file
 * still reads. Nothing is ever loaded whole: every read decompresses at
 * most one buffer of input. Concatenated gzip members and zstd frames
 * read as one stream, as the gzip and zstd tools do.
 */
#ifndef CHR_IO_STREAM_H
#define CHR_IO_STREAM_H

#include <stddef.h>
#include <stdio.h>

#define CHR_STREAM_BUF 65536

typedef enum chrStreamKind { CHR_STREAM_PLAIN, CHR_STREAM_GZIP, CHR_STREAM_ZSTD } chrStreamKind;

typedef struct chrStream chrStream;
struct chrStream {
    FILE *f;
    int owned;                /* fclose f at the end */
    chrStreamKind kind;
    unsigned char in[CHR_STREAM_BUF]; /* raw (compressed) bytes not yet used */
    size_t inpos, inlen;
    int ineof;
    void *codec;              /* z_stream or ZSTD_DStream */
    int done;                 /* codec saw the end of its data */
    char err[200];            /* why the last read failed */
};

/* Opens path for reading, or wraps f when path is NULL (f stays the
 * caller's: it is not closed). Returns CHR_OK, or CHR_ENOTFOUND/CHR_EIO/
 * CHR_ENOMEM with the reason in err. On success *out must be closed. */
int chrStream_open(const char *path, FILE *f, chrStream **out, char *err, size_t errlen);

/* Reads up to n bytes into buf: returns the count (>0), 0 at the end, or
 * a negative status with the reason in s->err (corrupt or truncated
 * compressed data, a read error). */
long chrStream_read(chrStream *s, char *buf, size_t n);

/* NULL-safe; closes the file when the stream opened it. */
void chrStream_close(chrStream *s);

/* For the codecs: refills s->in when it is used up. Returns 1 when bytes
 * are available, 0 at the end of the file, CHR_EIO on a read error. */
int chrStream_fill(chrStream *s);

/* The codecs (stream_gzip.c, stream_zstd.c). */
int chrGzip_begin(chrStream *s);
long chrGzip_read(chrStream *s, char *buf, size_t n);
void chrGzip_end(chrStream *s);
int chrZstd_begin(chrStream *s);
long chrZstd_read(chrStream *s, char *buf, size_t n);
void chrZstd_end(chrStream *s);

#endif
