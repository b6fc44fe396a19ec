/*
 * tagsource.c - gold or predicted tags for the parser's training and
 * evaluation (see tagsource.h).
 */
#include "parse/tagsource.h"

#include <stdio.h>
#include <string.h>

#include "chronicle.h"

int chrParseTagSource_open(chrParseTagSource *ts, const char *tag_model, char *err,
                           size_t errlen) {
    memset(ts, 0, sizeof *ts);
    ts->fn = chrParseEval_goldTags;
    if (!tag_model) return CHR_OK;
    snprintf(err, errlen, "%s: this build has no tagger to predict tags with", tag_model);
    return CHR_ENOTFOUND;
}

void chrParseTagSource_close(chrParseTagSource *ts) { memset(ts, 0, sizeof *ts); }
