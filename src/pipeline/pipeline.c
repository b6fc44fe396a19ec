/*
 * pipeline.c - runs the stages in their one direction over a document.
 *
 * The pipeline owns what the stages load once (models, dictionaries) and
 * is read-only afterwards, so worker threads share one pipeline. Each
 * stage reads the layers of earlier stages and adds its own; none calls
 * a later one.
 */
#include "pipeline/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "parse/stage.h"
#include "tag/tagger.h"

/* What each stage needs before it. */
static unsigned with_dependencies(unsigned s) {
    if (s & CHR_STAGE_EVENTS) s |= CHR_STAGE_PARSE | CHR_STAGE_NER | CHR_STAGE_TIMEX;
    if (s & CHR_STAGE_QUOTES) s |= CHR_STAGE_NER | CHR_STAGE_PARSE;
    if (s & CHR_STAGE_NER) s |= CHR_STAGE_TAG;
    if (s & CHR_STAGE_PARSE) s |= CHR_STAGE_TAG;
    if (s & CHR_STAGE_TAG) s |= CHR_STAGE_TOKENIZE;
    return s | CHR_STAGE_TOKENIZE;
}

/* The tagger from dir/en-tag.bin, or the shipped models/en-tag.bin. */
static struct chrTagger *load_tagger(const char *dir, char *err, size_t errlen) {
    char path[4096];
    if (dir) {
        snprintf(path, sizeof path, "%s/en-tag.bin", dir);
    } else if (chr_data_path("models/en-tag.bin", path, sizeof path)) {
        snprintf(err, errlen,
                 "models/en-tag.bin: tagger model not found (looked in $CHRONICLE_DATA, beside "
                 "the program and in the installed share directory)");
        return NULL;
    }
    chrTagger *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    if (chrTagger_load(t, path, err, errlen)) {
        chrTagger_release(t);
        free(t);
        return NULL;
    }
    return t;
}

chr_pipeline *chr_pipeline_new(const chr_pipeline_options *opts, char *err, size_t errlen) {
    chr_pipeline *p = calloc(1, sizeof *p);
    if (!p) {
        if (err) snprintf(err, errlen, "out of memory");
        return NULL;
    }
    unsigned want = opts && opts->stages ? opts->stages : CHR_STAGE_ALL;
    p->stages = with_dependencies(want) & chrPipeline_available();
    char buf[512];
    if (!err) {
        err = buf;
        errlen = sizeof buf;
    }
    const char *dir = opts ? opts->model_dir : NULL;
    if (p->stages & CHR_STAGE_TAG) {
        p->tagger = load_tagger(dir, err, errlen);
        if (!p->tagger) {
            chr_pipeline_free(p);
            return NULL;
        }
    }
    if (p->stages & CHR_STAGE_PARSE) {
        char path[4096];
        if (dir) snprintf(path, sizeof path, "%s/en-parse.bin", dir);
        p->parser = chrParseStage_load(dir ? path : NULL, err, errlen);
        if (!p->parser) {
            chr_pipeline_free(p);
            return NULL;
        }
    }
    return p;
}

unsigned chr_pipeline_stages(const chr_pipeline *p) { return p->stages; }

unsigned chrPipeline_available(void) {
    return CHR_STAGE_TOKENIZE | CHR_STAGE_TAG | CHR_STAGE_TIMEX | CHR_STAGE_PARSE;
}

int chr_pipeline_run(const chr_pipeline *p, chr_doc *doc) {
    int rc = chr_tokenize(doc);
    if (rc) return rc;
    if (p->stages & CHR_STAGE_TIMEX) {
        chr_timex_free(doc->timex);
        doc->timex = NULL;
        doc->ntimex = 0;
        rc = chr_timex_find(doc->text, doc->len, doc->date, &doc->timex, &doc->ntimex);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_TAG) {
        rc = chrTagger_run(p->tagger, doc);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_PARSE) {
        rc = chrParseStage_run(p->parser, doc);
        if (rc) return rc;
    }
    return CHR_OK;
}

void chr_pipeline_free(chr_pipeline *p) {
    if (!p) return;
    chrParseStage_free(p->parser);
    if (p->tagger) {
        chrTagger_release(p->tagger);
        free(p->tagger);
    }
    free(p);
}
