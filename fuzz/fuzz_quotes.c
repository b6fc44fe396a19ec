/*
 * fuzz_quotes.c - libFuzzer target for the quotation finder.
 *
 * Runs the quotation stage over the fuzzer's bytes (unbalanced, nested
 * and curly marks, cues without speakers) and checks what the layer
 * promises: spans inside the text and in order, text present, a speaker
 * span inside the text whenever a speaker is named. A violated promise
 * aborts so that libFuzzer reports the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

#define CHECK(cond) \
    do {            \
        if (!(cond)) abort(); \
    } while (0)

static chr_pipeline *pipe_;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!pipe_) {
        chr_pipeline_options o = {.stages = CHR_STAGE_QUOTES, .model_dir = "models", .dict_dir = "dict"};
        pipe_ = chr_pipeline_new(&o, NULL, 0);
        if (!pipe_) return 0;
    }
    chr_doc *d = chr_doc_new("fuzz", (const char *)data, size);
    if (!d) return 0;
    if (chr_pipeline_run(pipe_, d) == CHR_OK) {
        size_t n;
        const chr_quote *q = chr_doc_quotes(d, &n);
        for (size_t i = 0; i < n; i++) {
            CHECK(q[i].start < q[i].end && q[i].end <= size);
            CHECK(i == 0 || q[i].start >= q[i - 1].start);
            CHECK(q[i].text != NULL);
            if (q[i].speaker) {
                CHECK(q[i].speaker_start < q[i].speaker_end && q[i].speaker_end <= size);
                CHECK(strlen(q[i].speaker) <= q[i].speaker_end - q[i].speaker_start);
            }
            size_t ne;
            chr_doc_entities(d, &ne);
            CHECK(q[i].speaker_entity == -1 || (size_t)q[i].speaker_entity < ne);
        }
    }
    chr_doc_free(d);
    return 0;
}
