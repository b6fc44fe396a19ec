/*
 * file.c - whole-file reading with a size cap (see file.h).
 */
#include "core/file.h"

#include <stdio.h>
#include <stdlib.h>

#include "chronicle.h"

int chrFile_read(const char *path, size_t limit, char **out, size_t *len) {
    if (!limit) limit = (size_t)1 << 30;
    FILE *f = fopen(path, "rb");
    if (!f) return CHR_ENOTFOUND;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    int rc = buf ? CHR_OK : CHR_ENOMEM;
    while (rc == CHR_OK) {
        if (n == cap) {
            if (cap >= limit) {
                rc = CHR_ELIMIT;
                break;
            }
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                rc = CHR_ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) rc = CHR_EIO;
            break;
        }
    }
    fclose(f);
    if (rc != CHR_OK) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return CHR_OK;
}
