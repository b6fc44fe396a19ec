/*
 * modelfile.c - writes and checks model files (layout in modelfile.h).
 *
 * Everything is read through explicit little-endian accessors, never by
 * casting file bytes to structs, so a model written on one machine loads
 * on any other, and no field is trusted before the checksum and the
 * bounds are verified.
 */
#define _POSIX_C_SOURCE 200809L
#include "learn/modelfile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

/* ---------------------------------------------------------------- crc */

static uint32_t crc_table[256];
static int crc_ready;

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
    crc_ready = 1;
}

uint32_t chrModel_crc32(uint32_t crc, const void *data, size_t n) {
    if (!crc_ready) crc_init(); /* idempotent: a race writes equal values */
    const unsigned char *p = data;
    crc = ~crc;
    for (size_t i = 0; i < n; i++) crc = crc_table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ------------------------------------------------------------- buffer */

static int buf_reserve(chrBuf *b, size_t more) {
    if (b->failed) return 0;
    if (b->len + more <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more) cap *= 2;
    unsigned char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return 0;
    }
    b->data = d;
    b->cap = cap;
    return 1;
}

void chrBuf_bytes(chrBuf *b, const void *p, size_t n) {
    if (!n || !buf_reserve(b, n)) return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put_le(chrBuf *b, uint64_t v, int nbytes) {
    unsigned char t[8];
    for (int i = 0; i < nbytes; i++) t[i] = (unsigned char)(v >> (8 * i));
    chrBuf_bytes(b, t, (size_t)nbytes);
}

void chrBuf_u8(chrBuf *b, uint8_t v) { put_le(b, v, 1); }
void chrBuf_u16(chrBuf *b, uint16_t v) { put_le(b, v, 2); }
void chrBuf_u32(chrBuf *b, uint32_t v) { put_le(b, v, 4); }
void chrBuf_u64(chrBuf *b, uint64_t v) { put_le(b, v, 8); }
void chrBuf_i16(chrBuf *b, int16_t v) { put_le(b, (uint16_t)v, 2); }

void chrBuf_f32(chrBuf *b, float v) {
    uint32_t u;
    memcpy(&u, &v, 4);
    put_le(b, u, 4);
}

void chrBuf_str(chrBuf *b, const char *s) {
    size_t n = s ? strlen(s) : 0;
    chrBuf_u32(b, (uint32_t)n);
    chrBuf_bytes(b, s, n);
}

void chrBuf_release(chrBuf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}

/* ------------------------------------------------------------- writer */

static char *dup_str(const char *s) {
    size_t n = strlen(s ? s : "") + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s ? s : "", n);
    return d;
}

void chrModelWriter_init(chrModelWriter *w, const char *kind, const char *data_name) {
    memset(w, 0, sizeof *w);
    w->kind = dup_str(kind);
    w->data_name = dup_str(data_name);
    if (!w->kind || !w->data_name) w->failed = 1;
}

chrBuf *chrModelWriter_section(chrModelWriter *w, const char *name) {
    if (w->nsections == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        chrModelSection *s = realloc(w->sections, cap * sizeof *s);
        if (!s) {
            w->failed = 1;
            return NULL;
        }
        w->sections = s;
        w->cap = cap;
    }
    chrModelSection *s = &w->sections[w->nsections];
    memset(s, 0, sizeof *s);
    s->name = dup_str(name);
    if (!s->name) {
        w->failed = 1;
        return NULL;
    }
    w->nsections++;
    return &s->buf;
}

int chrModelWriter_bytes(chrModelWriter *w, unsigned char **out, size_t *outlen) {
    *out = NULL;
    *outlen = 0;
    if (w->failed) return CHR_ENOMEM;
    chrBuf b = {0};
    chrBuf_bytes(&b, CHR_MODEL_MAGIC, 8);
    chrBuf_u32(&b, CHR_MODEL_VERSION);
    chrBuf_u32(&b, 0x0A0B0C0Du);
    chrBuf_u32(&b, (uint32_t)w->nsections);
    chrBuf_u32(&b, 0);  /* crc, filled below */
    chrBuf_u64(&b, 0);  /* payload length, filled below */
    chrBuf_str(&b, w->kind);
    chrBuf_str(&b, w->data_name);
    for (size_t i = 0; i < w->nsections; i++) {
        chrModelSection *s = &w->sections[i];
        if (s->buf.failed) b.failed = 1;
        chrBuf_str(&b, s->name);
        chrBuf_u64(&b, s->buf.len);
        chrBuf_bytes(&b, s->buf.data, s->buf.len);
        static const unsigned char zeros[8];
        chrBuf_bytes(&b, zeros, (8 - b.len % 8) % 8);
    }
    if (b.failed) {
        chrBuf_release(&b);
        return CHR_ENOMEM;
    }
    uint64_t plen = b.len - CHR_MODEL_HEADER;
    uint32_t crc = chrModel_crc32(0, b.data + CHR_MODEL_HEADER, (size_t)plen);
    for (int i = 0; i < 4; i++) b.data[20 + i] = (unsigned char)(crc >> (8 * i));
    for (int i = 0; i < 8; i++) b.data[24 + i] = (unsigned char)(plen >> (8 * i));
    *out = b.data;
    *outlen = b.len;
    return CHR_OK;
}

static int fail(char *err, size_t errlen, int status, const char *fmt, ...) {
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return status;
}

int chrModelWriter_save(chrModelWriter *w, const char *path, char *err, size_t errlen) {
    unsigned char *data;
    size_t len;
    int rc = chrModelWriter_bytes(w, &data, &len);
    if (rc) return fail(err, errlen, rc, "%s: out of memory while writing the model", path);
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 5);
    if (!tmp) {
        free(data);
        return fail(err, errlen, CHR_ENOMEM, "%s: out of memory", path);
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp", 5);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok) {
        rc = fail(err, errlen, CHR_EIO, "%s: cannot write the model: %s", path, strerror(errno));
        remove(tmp);
    }
    free(tmp);
    free(data);
    return rc;
}

void chrModelWriter_release(chrModelWriter *w) {
    for (size_t i = 0; i < w->nsections; i++) {
        free(w->sections[i].name);
        chrBuf_release(&w->sections[i].buf);
    }
    free(w->sections);
    free(w->kind);
    free(w->data_name);
    memset(w, 0, sizeof *w);
}

/* ------------------------------------------------------------- cursor */

const unsigned char *chrCursor_bytes(chrCursor *c, size_t n) {
    if (c->bad || n > c->len - c->pos) {
        c->bad = 1;
        return NULL;
    }
    const unsigned char *p = c->p + c->pos;
    c->pos += n;
    return p;
}

static uint64_t get_le(chrCursor *c, int nbytes) {
    const unsigned char *p = chrCursor_bytes(c, (size_t)nbytes);
    uint64_t v = 0;
    if (p)
        for (int i = 0; i < nbytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

uint8_t chrCursor_u8(chrCursor *c) { return (uint8_t)get_le(c, 1); }
uint16_t chrCursor_u16(chrCursor *c) { return (uint16_t)get_le(c, 2); }
uint32_t chrCursor_u32(chrCursor *c) { return (uint32_t)get_le(c, 4); }
uint64_t chrCursor_u64(chrCursor *c) { return get_le(c, 8); }
int16_t chrCursor_i16(chrCursor *c) {
    uint16_t u = (uint16_t)get_le(c, 2);
    int16_t v;
    memcpy(&v, &u, 2);
    return v;
}

float chrCursor_f32(chrCursor *c) {
    uint32_t u = (uint32_t)get_le(c, 4);
    float v;
    memcpy(&v, &u, 4);
    return v;
}

const char *chrCursor_str(chrCursor *c, size_t *n) {
    uint32_t len = chrCursor_u32(c);
    const unsigned char *p = chrCursor_bytes(c, len);
    *n = p ? len : 0;
    return p ? (const char *)p : "";
}

int chrCursor_done(const chrCursor *c) { return !c->bad && c->pos == c->len; }

/* ------------------------------------------------------------- reader */

static void copy_str(char *dst, size_t cap, const char *s, size_t n) {
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

/* Checks the header and walks the sections once; data is already owned. */
static int check(chrModelFile *mf, const char *kind, char *err, size_t errlen) {
    const char *name = mf->path;
    chrCursor c = {mf->data, mf->len, 0, 0};
    if (mf->len < 8 || memcmp(mf->data, CHR_MODEL_MAGIC, 8) != 0) {
        if (mf->len >= 6 && memcmp(mf->data, CHR_MODEL_MAGIC, 6) == 0)
            return fail(err, errlen, CHR_EFORMAT,
                        "%s: damaged model file (line ends were converted?)", name);
        return fail(err, errlen, CHR_EFORMAT, "%s: not a chronicle model file (bad magic)", name);
    }
    if (mf->len < CHR_MODEL_HEADER)
        return fail(err, errlen, CHR_EFORMAT, "%s: truncated model file (%zu bytes)", name,
                    mf->len);
    chrCursor_bytes(&c, 8);
    mf->version = chrCursor_u32(&c);
    uint32_t order = chrCursor_u32(&c);
    mf->nsections = chrCursor_u32(&c);
    uint32_t crc = chrCursor_u32(&c);
    uint64_t plen = chrCursor_u64(&c);
    if (order != 0x0A0B0C0Du)
        return fail(err, errlen, CHR_EFORMAT, "%s: model byte-order mark is wrong", name);
    if (mf->version > CHR_MODEL_VERSION)
        return fail(err, errlen, CHR_EVERSION,
                    "%s: model format version %u is newer than this library reads (%u); "
                    "upgrade chronicle or retrain the model",
                    name, mf->version, CHR_MODEL_VERSION);
    if (mf->version == 0)
        return fail(err, errlen, CHR_EFORMAT, "%s: model format version 0 is invalid", name);
    if (plen != mf->len - CHR_MODEL_HEADER)
        return fail(err, errlen, CHR_EFORMAT,
                    "%s: %s model file: payload should be %llu bytes, found %zu", name,
                    plen > mf->len - CHR_MODEL_HEADER ? "truncated" : "overlong",
                    (unsigned long long)plen, mf->len - CHR_MODEL_HEADER);
    if (chrModel_crc32(0, mf->data + CHR_MODEL_HEADER, (size_t)plen) != crc)
        return fail(err, errlen, CHR_ECHECKSUM, "%s: model checksum mismatch (file damaged)",
                    name);
    size_t n;
    const char *s = chrCursor_str(&c, &n);
    copy_str(mf->kind, sizeof mf->kind, s, n);
    s = chrCursor_str(&c, &n);
    copy_str(mf->data_name, sizeof mf->data_name, s, n);
    for (uint32_t i = 0; i < mf->nsections && !c.bad; i++) {
        chrCursor_str(&c, &n);
        uint64_t slen = chrCursor_u64(&c);
        if (slen > c.len - c.pos) c.bad = 1;
        else c.pos += (size_t)slen;
        chrCursor_bytes(&c, (8 - c.pos % 8) % 8);
    }
    if (c.bad || c.pos != c.len)
        return fail(err, errlen, CHR_EFORMAT, "%s: model sections are damaged", name);
    if (kind && strcmp(kind, mf->kind) != 0)
        return fail(err, errlen, CHR_EFORMAT, "%s: a '%s' model, expected a '%s' model", name,
                    mf->kind, kind);
    return CHR_OK;
}

static int take(const char *name, chrModelFile *mf, char *err, size_t errlen) {
    mf->path = dup_str(name);
    if (!mf->path) return fail(err, errlen, CHR_ENOMEM, "%s: out of memory", name);
    return CHR_OK;
}

int chrModelFile_parse(const char *name, const void *data, size_t len, const char *kind,
                       chrModelFile *mf, char *err, size_t errlen) {
    memset(mf, 0, sizeof *mf);
    int rc = take(name, mf, err, errlen);
    if (rc) return rc;
    mf->data = malloc(len ? len : 1);
    if (!mf->data) return fail(err, errlen, CHR_ENOMEM, "%s: out of memory", name);
    memcpy(mf->data, data, len);
    mf->len = len;
    return check(mf, kind, err, errlen);
}

int chrModelFile_load(const char *path, const char *kind, chrModelFile *mf, char *err,
                      size_t errlen) {
    memset(mf, 0, sizeof *mf);
    int rc = take(path, mf, err, errlen);
    if (rc) return rc;
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail(err, errlen, errno == ENOENT ? CHR_ENOTFOUND : CHR_EIO,
                    "%s: cannot open the model: %s", path, strerror(errno));
    size_t cap = 1 << 16, len = 0;
    unsigned char *d = malloc(cap);
    while (d) {
        if (len == cap) {
            unsigned char *nd = realloc(d, cap * 2);
            if (!nd) {
                free(d);
                d = NULL;
                break;
            }
            d = nd;
            cap *= 2;
        }
        size_t got = fread(d + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    int ioerr = ferror(f);
    fclose(f);
    if (!d) return fail(err, errlen, CHR_ENOMEM, "%s: out of memory reading the model", path);
    mf->data = d;
    mf->len = len;
    if (ioerr) return fail(err, errlen, CHR_EIO, "%s: read error", path);
    return check(mf, kind, err, errlen);
}

int chrModelFile_section(const chrModelFile *mf, const char *name, chrCursor *out) {
    chrCursor c = {mf->data, mf->len, CHR_MODEL_HEADER, 0};
    size_t n;
    chrCursor_str(&c, &n);
    chrCursor_str(&c, &n);
    size_t want = strlen(name);
    for (uint32_t i = 0; i < mf->nsections && !c.bad; i++) {
        const char *s = chrCursor_str(&c, &n);
        uint64_t slen = chrCursor_u64(&c);
        if (c.bad || slen > c.len - c.pos) break;
        if (n == want && memcmp(s, name, n) == 0) {
            out->p = c.p + c.pos;
            out->len = (size_t)slen;
            out->pos = 0;
            out->bad = 0;
            return CHR_OK;
        }
        c.pos += (size_t)slen;
        chrCursor_bytes(&c, (8 - c.pos % 8) % 8);
    }
    memset(out, 0, sizeof *out);
    out->bad = 1;
    return CHR_ENOTFOUND;
}

void chrModelFile_release(chrModelFile *mf) {
    free(mf->data);
    free(mf->path);
    memset(mf, 0, sizeof *mf);
}
