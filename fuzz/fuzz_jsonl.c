/*
 * fuzz_jsonl.c - libFuzzer target for the JSON Lines reader: arbitrary
 * bytes (possibly gzip or zstd, which the reader recognises by magic
 * bytes) are read as a JSON Lines file through the public reader API.
 * The first byte picks options (strict mode, a small line limit), so that
 * every path of the reader is reached. Nothing may crash, leak or hang.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "chronicle.h"

static void ignore(void *ctx, const char *message) {
    (void)message;
    ++*(size_t *)ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2) return 0; /* fmemopen refuses an empty buffer */
    chr_reader_options o = {0};
    o.format = CHR_INPUT_JSONL;
    o.strict = data[0] & 1;
    o.max_line = (data[0] & 2) ? 64 : 0;
    o.date.year = 2000;
    o.date.month = 1;
    o.date.day = 1;
    FILE *f = fmemopen((void *)(data + 1), size - 1, "rb");
    if (!f) return 0;
    size_t messages = 0;
    chr_reader *r = chr_reader_open_file(f, "fuzz.jsonl", &o, ignore, &messages);
    if (r) {
        chr_doc *d;
        size_t docs = 0;
        while (chr_reader_next(r, &d) == CHR_OK) {
            size_t n;
            const char *text = chr_doc_text(d, &n);
            if (text[n] != '\0') abort(); /* documents are NUL-terminated */
            docs++;
            chr_doc_free(d);
        }
        /* Every skipped record was reported. */
        if (docs != chr_reader_docs(r) || chr_reader_skipped(r) > messages) abort();
        chr_reader_free(r);
    }
    fclose(f);
    return 0;
}
