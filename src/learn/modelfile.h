/*
 * modelfile.h - the container every trained model is stored in.
 *
 * A model file is a header and a payload of named sections, so that the
 * tagger, the parser and the NER each store their own tables (weights,
 * labels, lexicons, clusters) with one loader that checks everything
 * before any stage reads a byte:
 *
 *   offset size
 *     0     8  magic "CHRMDL\r\n" (CR LF catch text-mode damage)
 *     8     4  format version (CHR_MODEL_VERSION)
 *    12     4  0x0A0B0C0D, checks that the file is read little-endian
 *    16     4  number of sections
 *    20     4  CRC-32 (IEEE) of the payload
 *    24     8  payload length in bytes
 *    32     .  payload:
 *              string kind ("tag", "parse", ...)
 *              string training data name ("en_ewt-ud-train.conllu")
 *              per section: string name, u64 length, bytes, zero padding
 *              to a multiple of 8
 *   (strings are a u32 length and the bytes, no NUL)
 *
 * All integers are little-endian whatever the machine; floats are IEEE
 * 754 binary32 stored as their bit pattern. The loader refuses a wrong
 * magic, a newer version, a byte-order mismatch, a truncated or overlong
 * file, a bad checksum, a section running past the end, or the wrong
 * kind, with a message naming the file.
 */
#ifndef CHR_LEARN_MODELFILE_H
#define CHR_LEARN_MODELFILE_H

#include <stddef.h>
#include <stdint.h>

#define CHR_MODEL_MAGIC "CHRMDL\r\n"
#define CHR_MODEL_VERSION 1u
#define CHR_MODEL_HEADER 32u

/* CRC-32 (IEEE 802.3, reflected, as zlib's crc32) of data[0..n),
 * continuing from crc (start with 0). */
uint32_t chrModel_crc32(uint32_t crc, const void *data, size_t n);

/* ------------------------------------------------------------ writing */

/* A growable byte buffer with little-endian writers. An allocation
 * failure sets failed and later writes do nothing; check failed (or the
 * status of chrModelWriter_save) once at the end. */
typedef struct chrBuf {
    unsigned char *data;
    size_t len, cap;
    int failed;
} chrBuf;

void chrBuf_bytes(chrBuf *b, const void *p, size_t n);
void chrBuf_u8(chrBuf *b, uint8_t v);
void chrBuf_u16(chrBuf *b, uint16_t v);
void chrBuf_u32(chrBuf *b, uint32_t v);
void chrBuf_u64(chrBuf *b, uint64_t v);
void chrBuf_i16(chrBuf *b, int16_t v);
void chrBuf_f32(chrBuf *b, float v);
/* A u32 length and the bytes of s (NULL counts as ""). */
void chrBuf_str(chrBuf *b, const char *s);
void chrBuf_release(chrBuf *b);

typedef struct chrModelSection {
    char *name;
    chrBuf buf;
} chrModelSection;

typedef struct chrModelWriter {
    char *kind, *data_name;
    chrModelSection *sections;
    size_t nsections, cap;
    int failed;
} chrModelWriter;

/* kind names the model type ("tag"); data_name the training data. */
void chrModelWriter_init(chrModelWriter *w, const char *kind, const char *data_name);
/* A new, empty section named name; fill the returned buffer. The
 * pointer stays valid until the next call of this function. Returns NULL
 * when out of memory. */
chrBuf *chrModelWriter_section(chrModelWriter *w, const char *name);
/* Writes the file (to path.tmp, then renamed). Returns CHR_OK, CHR_ENOMEM
 * or CHR_EIO with "path: reason" in err. */
int chrModelWriter_save(chrModelWriter *w, const char *path, char *err, size_t errlen);
/* Serialises into a malloc'd buffer *out of *outlen bytes (for tests and
 * for callers that store models elsewhere). */
int chrModelWriter_bytes(chrModelWriter *w, unsigned char **out, size_t *outlen);
void chrModelWriter_release(chrModelWriter *w);

/* ------------------------------------------------------------ reading */

/* A bounds-checked little-endian reader over one section. Reading past
 * the end sets bad and returns zeros; check bad once after reading. */
typedef struct chrCursor {
    const unsigned char *p;
    size_t len, pos;
    int bad;
} chrCursor;

uint8_t chrCursor_u8(chrCursor *c);
uint16_t chrCursor_u16(chrCursor *c);
uint32_t chrCursor_u32(chrCursor *c);
uint64_t chrCursor_u64(chrCursor *c);
int16_t chrCursor_i16(chrCursor *c);
float chrCursor_f32(chrCursor *c);
/* n bytes in place (NULL and bad when fewer remain). */
const unsigned char *chrCursor_bytes(chrCursor *c, size_t n);
/* A string: its bytes in place and *n its length (not NUL-terminated). */
const char *chrCursor_str(chrCursor *c, size_t *n);
/* 1 when every byte was read and nothing overran. */
int chrCursor_done(const chrCursor *c);

typedef struct chrModelFile {
    unsigned char *data; /* the whole file (owned) */
    size_t len;
    char *path;          /* for messages */
    char kind[32];
    char data_name[256];
    uint32_t version;
    uint32_t nsections;
} chrModelFile;

/* Loads and checks path. kind, when not NULL, must match the file's kind.
 * Returns CHR_OK; CHR_ENOTFOUND or CHR_EIO (cannot read), CHR_EFORMAT
 * (not a model, truncated, damaged layout, wrong kind), CHR_EVERSION
 * (newer than this library), CHR_ECHECKSUM, CHR_ENOMEM; with a message
 * "path: reason" in err. Release with chrModelFile_release() in any case. */
int chrModelFile_load(const char *path, const char *kind, chrModelFile *mf, char *err,
                      size_t errlen);
/* The same checks on a copy of data[0..len), named name in messages. */
int chrModelFile_parse(const char *name, const void *data, size_t len, const char *kind,
                       chrModelFile *mf, char *err, size_t errlen);
/* A cursor over section name: CHR_OK or CHR_ENOTFOUND. */
int chrModelFile_section(const chrModelFile *mf, const char *name, chrCursor *out);
void chrModelFile_release(chrModelFile *mf);

#endif
