/*
 * tagsource.h - where the parser's training and evaluation take their
 * tags from: the gold columns of the treebank, or a tagger model run on
 * the gold tokens (the realistic setting: the pipeline parses predicted
 * tags).
 */
#ifndef CHR_PARSE_TAGSOURCE_H
#define CHR_PARSE_TAGSOURCE_H

#include <stddef.h>

#include "parse/evaluate.h"

typedef struct chrParseTagSource {
    chrParseTagFn fn; /* call with the source itself as ctx */
    void *tagger;     /* the loaded tagger, or NULL for gold tags */
    void *scratch;    /* per-sentence buffers of the tagger path */
} chrParseTagSource;

/* Opens the source: tag_model NULL means gold tags. Returns CHR_OK or a
 * negative status with "path: reason" in err. */
int chrParseTagSource_open(chrParseTagSource *ts, const char *tag_model, char *err,
                           size_t errlen);
void chrParseTagSource_close(chrParseTagSource *ts);

#endif
