/*
 * fuzz_pipeline.c - libFuzzer target for the whole pipeline: raw bytes
 * through tokenizer, tagger, parser, NER, time expressions, quotations and
 * the event coder with the shipped models and dict/.
 *
 * Why: the coder's parse repairs, the NER's document passes and the
 * actor-phrase walks index token arrays by heads and spans the statistical
 * models produce; odd text makes odd trees. The target checks the layers'
 * promises (spans inside the text, sentences, mentions and entities that
 * point at each other, codes present) and aborts when one is broken.
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

static void check_actor(const chr_actor *a, size_t size) {
    CHECK(a->code != NULL);
    if (a->start || a->end) CHECK(a->start <= a->end && a->end <= size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!pipe_) {
        chr_pipeline_options o = {.stages = CHR_STAGE_ALL, .model_dir = "models", .dict_dir = "dict"};
        pipe_ = chr_pipeline_new(&o, NULL, 0);
        if (!pipe_) abort(); /* run from the repository root */
    }
    chr_doc *d = chr_doc_new("fuzz", (const char *)data, size);
    if (!d) return 0;
    chr_doc_set_date(d, (chr_date){2016, 5, 20});
    if (chr_pipeline_run(pipe_, d) == CHR_OK) {
        size_t ns, nm, ne, nv;
        chr_doc_sentences(d, &ns);
        const chr_mention *m = chr_doc_mentions(d, &nm);
        const chr_entity *e = chr_doc_entities(d, &ne);
        const chr_event *ev = chr_doc_events(d, &nv);
        for (size_t i = 0; i < nm; i++) {
            CHECK(m[i].start < m[i].end && m[i].end <= size);
            CHECK(m[i].sentence < ns && m[i].entity < ne);
        }
        for (size_t i = 0; i < ne; i++) {
            CHECK(e[i].name != NULL && e[i].nmentions > 0);
            for (uint32_t k = 0; k < e[i].nmentions; k++) CHECK(e[i].mentions[k] < nm);
        }
        for (size_t i = 0; i < nv; i++) {
            CHECK(ev[i].sentence < ns);
            CHECK(ev[i].code[0] && strncmp(ev[i].code, ev[i].root, 2) == 0);
            CHECK(ev[i].evidence_start <= ev[i].evidence_end && ev[i].evidence_end <= size);
            check_actor(&ev[i].source, size);
            check_actor(&ev[i].target, size);
        }
    }
    chr_doc_free(d);
    return 0;
}
