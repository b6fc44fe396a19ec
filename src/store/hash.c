/*
 * hash.c - the content hash that tells whether a stored document changed.
 *
 * 64 bits, written here rather than taken from a crypto library: it only
 * has to tell an edited document from the stored version with the same
 * id (not resist an attacker), and a chance of 2^-64 that an edit goes
 * unnoticed is far below any other risk. Eight bytes a step, each word
 * mixed in with a multiply and a rotate, then a final avalanche (the
 * xor-shift-multiply finaliser of 64-bit hash tables). Every field is
 * preceded by its length so that moving bytes between fields changes it.
 */
#include <string.h>

#include "core/doc.h"
#include "store/store.h"

#define K1 0x9E3779B97F4A7C15ull
#define K2 0xC2B2AE3D27D4EB4Full

static uint64_t rotl(uint64_t x, int r) { return x << r | x >> (64 - r); }

static uint64_t mix_word(uint64_t h, uint64_t w) {
    h ^= rotl(w * K2, 31) * K1;
    return rotl(h, 27) * 5 + 0x52DCE729;
}

/* Little-endian whatever the machine, so a database moves between them. */
static uint64_t load_le(const char *s, size_t n) {
    uint64_t w = 0;
    for (size_t k = 0; k < n; k++) w |= (uint64_t)(unsigned char)s[k] << (8 * k);
    return w;
}

static uint64_t mix_bytes(uint64_t h, const char *s, size_t n) {
    h = mix_word(h, (uint64_t)n);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = mix_word(h, load_le(s + i, 8));
    return mix_word(h, load_le(s + i, n - i));
}

static uint64_t mix_field(uint64_t h, const char *s) {
    if (!s) return mix_word(h, K1); /* absent differs from "" */
    return mix_bytes(h, s, strlen(s));
}

uint64_t chrStore_docHash(const chr_doc *doc) {
    uint64_t h = K1;
    h = mix_bytes(h, doc->text, doc->len);
    h = mix_word(h, (uint64_t)doc->date.year * 10000 + (uint64_t)doc->date.month * 100 +
                        (uint64_t)doc->date.day);
    h = mix_field(h, chr_doc_meta(doc, "title"));
    h = mix_field(h, chr_doc_meta(doc, "url"));
    h = mix_field(h, chr_doc_meta(doc, "source"));
    h = mix_field(h, doc->extra_json);
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}
