/*
 * utf8_next.c - the UTF-8 policy's decoder, offered in the public API so
 * that the command (and other callers) write valid UTF-8 out of
 * documents whose original bytes are not.
 */
#include "chronicle.h"
#include "text/utf8.h"

size_t chr_utf8_next(const char *s, size_t n, size_t i, int *bad) {
    size_t len;
    chrUtf8_decode((const unsigned char *)s, n, i, &len, bad);
    return len;
}
