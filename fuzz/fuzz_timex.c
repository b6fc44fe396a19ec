/*
 * fuzz_timex.c - arbitrary bytes as a news text for the time-expression
 * finder: spans must lie inside the text and in order, values must be
 * NUL-terminated, and nothing may crash or hang.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    chr_date dct = {2016, 5, 20};
    chr_timex *x = NULL;
    size_t n = 0;
    if (chr_timex_find((const char *)data, size, dct, &x, &n) != CHR_OK) return 0;
    for (size_t i = 0; i < n; i++) {
        if (x[i].start >= x[i].end || x[i].end > size) abort();
        if (i && x[i].start < x[i - 1].start) abort();
        if (memchr(x[i].value, '\0', sizeof x[i].value) == NULL) abort();
    }
    chr_timex_free(x);
    return 0;
}
