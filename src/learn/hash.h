/*
 * hash.h - the 64-bit hashes features are made of.
 *
 * Statistical stages describe a decision by a bag of features, each a
 * 64-bit hash of a template number and its values (words, tags, ids).
 * The weights are looked up by that hash alone (feature hashing): no
 * feature strings are stored, and a word is hashed once and combined
 * with many templates. Hashes are stable across machines and builds
 * because models store them: never change these functions without
 * raising the model format version.
 */
#ifndef CHR_LEARN_HASH_H
#define CHR_LEARN_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A strong finaliser (murmur3's fmix64): every input bit reaches every
 * output bit. */
static inline uint64_t chrHash_mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Combines a hash with one more value (order matters). */
static inline uint64_t chrHash_add(uint64_t h, uint64_t v) {
    return chrHash_mix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

/* Hashes n bytes, eight at a time (multiply and xorshift per word, read
 * little-endian so that the value is the same on any machine). */
static inline uint64_t chrHash_bytes(const void *data, size_t n, uint64_t seed) {
    const unsigned char *p = (const unsigned char *)data;
    uint64_t h = seed ^ (0x9e3779b97f4a7c15ULL * (n + 1));
    while (n >= 8) {
        uint64_t v = (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
                     (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
                     (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
        h = (h ^ (v * 0x87c37b91114253d5ULL)) * 0x4cf5ad432745937fULL;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) v |= (uint64_t)p[i] << (8 * i);
    h = (h ^ (v * 0x87c37b91114253d5ULL)) * 0x4cf5ad432745937fULL;
    return chrHash_mix(h);
}

static inline uint64_t chrHash_str(const char *s, uint64_t seed) {
    return chrHash_bytes(s, strlen(s), seed);
}

/* The feature for template t with value hash v: never 0 (0 marks an
 * empty slot in the weight tables). */
static inline uint64_t chrHash_feature(uint32_t t, uint64_t v) {
    uint64_t h = chrHash_add(v, (uint64_t)t * 0xd6e8feb86659fd93ULL + t);
    return h ? h : 1;
}

/* A small deterministic generator (splitmix64) for shuffling. */
typedef struct chrRng {
    uint64_t state;
} chrRng;

static inline uint64_t chrRng_next(chrRng *r) {
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* A uniform number in [0, n), n > 0. */
static inline uint32_t chrRng_below(chrRng *r, uint32_t n) {
    return (uint32_t)(((chrRng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Shuffles idx[0..n) in place (Fisher-Yates). */
static inline void chrRng_shuffle(chrRng *r, uint32_t *idx, size_t n) {
    for (size_t i = n; i > 1; i--) {
        uint32_t j = chrRng_below(r, (uint32_t)i);
        uint32_t t = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = t;
    }
}

#endif
