/*
 * utf8.c - strict decoding with replacement, NFC via utf8proc, folding.
 */
#include "text/utf8.h"

#include <string.h>
#include <stdlib.h>
#include <utf8proc.h>

uint32_t chrUtf8_decode(const unsigned char *s, size_t n, size_t i, size_t *len, int *bad) {
    unsigned c = s[i];
    *bad = 0;
    *len = 1;
    if (c < 0x80) {
        if (c == 0) {
            *bad = 1;
            return CHR_REPLACEMENT;
        }
        return c;
    }
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1; cp = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; cp = c & 0x07; min = 0x10000;
    } else {
        *bad = 1;
        return CHR_REPLACEMENT;
    }
    if (i + need >= n) { /* truncated at the end of the text */
        *bad = 1;
        return CHR_REPLACEMENT;
    }
    for (size_t k = 1; k <= need; k++) {
        unsigned cc = s[i + k];
        if ((cc & 0xC0) != 0x80) {
            *bad = 1;
            return CHR_REPLACEMENT;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *bad = 1;
        return CHR_REPLACEMENT;
    }
    *len = need + 1;
    return cp;
}

size_t chrUtf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

char *chrUtf8_workingForm(chrArena *a, const char *src, size_t n, size_t *nbad) {
    const unsigned char *s = (const unsigned char *)src;
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80 || s[i] == 0) {
            ascii = 0;
            break;
        }
    if (ascii) return chrArena_strndup(a, src, n); /* ASCII is valid NFC */
    /* Replace invalid bytes first (at most 3 bytes out per byte in). */
    char *clean = chrArena_alloc(a, n * 3 + 1);
    if (!clean) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        int bad;
        uint32_t cp = chrUtf8_decode(s, n, i, &len, &bad);
        if (bad) {
            (*nbad)++;
            o += chrUtf8_encode(CHR_REPLACEMENT, clean + o);
        } else {
            memcpy(clean + o, src + i, len);
            o += len;
        }
        (void)cp;
        i += len;
    }
    clean[o] = '\0';
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)clean);
    if (!nfc) return clean; /* cannot happen on valid input; keep clean text */
    char *out = chrArena_strdup(a, (const char *)nfc);
    free(nfc);
    return out;
}

int chrUtf8_isSpace(uint32_t cp) {
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200B;
    }
}

/* The ASCII stand-in of a quote, dash or space, or 0. */
static int fold_cp(uint32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return '-';
    default:
        return chrUtf8_isSpace(cp) ? ' ' : 0;
    }
}

const char *chrUtf8_fold(chrArena *a, const char *form) {
    const unsigned char *s = (const unsigned char *)form;
    size_t n = strlen(form);
    int any = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        int bad;
        uint32_t cp = chrUtf8_decode(s, n, i, &len, &bad);
        if (fold_cp(cp)) {
            any = 1;
            break;
        }
        i += len;
    }
    if (!any) return form;
    char *out = chrArena_alloc(a, n + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        int bad;
        uint32_t cp = chrUtf8_decode(s, n, i, &len, &bad);
        int f = fold_cp(cp);
        if (f)
            out[o++] = (char)f;
        else {
            memcpy(out + o, form + i, len);
            o += len;
        }
        i += len;
    }
    out[o] = '\0';
    return out;
}
