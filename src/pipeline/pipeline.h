/*
 * pipeline.h - the pipeline object (internal view).
 */
#ifndef CHR_PIPELINE_PIPELINE_H
#define CHR_PIPELINE_PIPELINE_H

#include "chronicle.h"
#include "event/coder_int.h"
#include "ner/stage.h"

struct chrTagger;
struct chrParseModel;

struct chr_pipeline {
    unsigned stages;          /* CHR_STAGE_* bits that run */
    struct chrTagger *tagger; /* CHR_STAGE_TAG: models/en-tag.bin */
    struct chrParseModel *parser; /* CHR_STAGE_PARSE: models/en-parse.bin */
    chrNerStage *ner;         /* model and dictionaries of CHR_STAGE_NER */
    const chr_lexicon *lex;   /* event dictionaries (CHR_STAGE_EVENTS) */
    chr_lexicon *own_lex;     /* ... when the pipeline loaded them itself */
    chrCoderOptions coder;
};

/* The stages this build can run; the others are dropped with a note. */
unsigned chrPipeline_available(void);

#endif
