/*
 * pipeline.h - the pipeline object (internal view).
 */
#ifndef CHR_PIPELINE_PIPELINE_H
#define CHR_PIPELINE_PIPELINE_H

#include "chronicle.h"

struct chrParseModel;
struct chrTagger;

struct chr_pipeline {
    unsigned stages; /* CHR_STAGE_* bits that run */
    struct chrTagger *tagger;     /* CHR_STAGE_TAG */
    struct chrParseModel *parser; /* CHR_STAGE_PARSE */
};

/* The stages this build can run; the others are dropped with a note. */
unsigned chrPipeline_available(void);

#endif
