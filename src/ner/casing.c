/*
 * casing.c - the usual-case table (see casing.h): open addressing keyed
 * by the hash of the lower-cased word.
 */
#include "ner/casing.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"

#define CASING_SEED 0x6361736531ULL

uint64_t chrCasing_key(const char *s, size_t n) {
    char buf[64];
    if (n > sizeof buf) n = sizeof buf;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    uint64_t h = chrHash_bytes(buf, n, CASING_SEED);
    return h ? h : 1;
}

static size_t slot_of(const chrCasing *c, uint64_t key) {
    size_t i = (size_t)(key ^ (key >> 29)) & (c->cap - 1);
    while (c->keys[i] && c->keys[i] != key) i = (i + 1) & (c->cap - 1);
    return i;
}

static int grow(chrCasing *c) {
    size_t cap = c->cap ? c->cap * 2 : 1024;
    chrCasing old = *c;
    c->keys = calloc(cap, sizeof *c->keys);
    c->cls = calloc(cap, 1);
    for (int k = 0; k < 3; k++) c->count[k] = calloc(cap, sizeof **c->count);
    if (!c->keys || !c->cls || !c->count[0] || !c->count[1] || !c->count[2]) {
        chrCasing_release(c);
        *c = old;
        return CHR_ENOMEM;
    }
    c->cap = cap;
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i]) continue;
        size_t j = slot_of(c, old.keys[i]);
        c->keys[j] = old.keys[i];
        for (int k = 0; k < 3; k++) c->count[k][j] = old.count[k][i];
    }
    chrCasing_release(&old);
    return CHR_OK;
}

static int class_of(const char *s, size_t n) {
    size_t up = 0, low = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') up++;
        else if (s[i] >= 'a' && s[i] <= 'z') low++;
    }
    if (up == 0) return CHR_CASE_LOWER;
    if (low == 0) return CHR_CASE_UPPER;
    return CHR_CASE_TITLE;
}

int chrCasing_count(chrCasing *c, const char *form, size_t n) {
    if ((c->n + 1) * 2 > c->cap && grow(c) != CHR_OK) return CHR_ENOMEM;
    uint64_t key = chrCasing_key(form, n);
    size_t i = slot_of(c, key);
    if (!c->keys[i]) {
        c->keys[i] = key;
        c->n++;
    }
    c->count[class_of(form, n)][i]++;
    return CHR_OK;
}

void chrCasing_finish(chrCasing *c) {
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->keys[i]) continue;
        uint32_t l = c->count[0][i], t = c->count[1][i], u = c->count[2][i];
        c->cls[i] = u > l && u > t ? CHR_CASE_UPPER : t > l ? CHR_CASE_TITLE : CHR_CASE_LOWER;
    }
}

int chrCasing_get(const chrCasing *c, const char *form, size_t n) {
    if (!c->cap) return CHR_CASE_UNKNOWN;
    size_t i = slot_of(c, chrCasing_key(form, n));
    return c->keys[i] ? c->cls[i] : CHR_CASE_UNKNOWN;
}

char *chrCasing_apply(const char *form, size_t n, int cls, char *out) {
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        char ch = form[i];
        int letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        if (letter && cls != CHR_CASE_UPPER && !(cls == CHR_CASE_TITLE && first))
            ch = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
        if (letter) first = 0;
        out[i] = ch;
    }
    out[n] = 0;
    return out;
}

void chrCasing_release(chrCasing *c) {
    free(c->keys);
    free(c->cls);
    for (int k = 0; k < 3; k++) free(c->count[k]);
    memset(c, 0, sizeof *c);
}
