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
#include "event/coder.h"
#include "parse/stage.h"
#include "tag/tagger.h"
#include "extract/quotes.h"

/* What each stage needs before it. */
static unsigned with_dependencies(unsigned s) {
    if (s & CHR_STAGE_EVENTS) s |= CHR_STAGE_PARSE | CHR_STAGE_NER | CHR_STAGE_TIMEX;
    if (s & CHR_STAGE_QUOTES) s |= CHR_STAGE_NER | CHR_STAGE_PARSE;
    if (s & CHR_STAGE_NER) s |= CHR_STAGE_TAG;
    if (s & CHR_STAGE_PARSE) s |= CHR_STAGE_TAG;
    if (s & CHR_STAGE_TAG) s |= CHR_STAGE_TOKENIZE;
    return s | CHR_STAGE_TOKENIZE;
}

/* Finds models/NAME in opts->model_dir, else among the shipped data. */
static int model_path(const chr_pipeline_options *opts, const char *name, char *out,
                      size_t outlen, char *err, size_t errlen) {
    if (opts && opts->model_dir) {
        int n = snprintf(out, outlen, "%s/%s", opts->model_dir, name);
        if (n < 0 || (size_t)n >= outlen) {
            snprintf(err, errlen, "%s: model directory path too long", opts->model_dir);
            return CHR_EINVAL;
        }
        return CHR_OK;
    }
    char rel[256];
    snprintf(rel, sizeof rel, "models/%s", name);
    if (chr_data_path(rel, out, outlen) != CHR_OK) {
        snprintf(err, errlen,
                 "%s: model not found ($CHRONICLE_DATA, beside the program, or the install); "
                 "train it with 'chronicle train' or set the model directory",
                 rel);
        return CHR_ENOTFOUND;
    }
    return CHR_OK;
}

static int load_tagger(chr_pipeline *p, const chr_pipeline_options *opts, char *err,
                       size_t errlen) {
    char path[4096];
    int rc = model_path(opts, "en-tag.bin", path, sizeof path, err, errlen);
    if (rc) return rc;
    p->tagger = calloc(1, sizeof *p->tagger);
    if (!p->tagger) {
        snprintf(err, errlen, "out of memory");
        return CHR_ENOMEM;
    }
    return chrTagger_load(p->tagger, path, err, errlen);
}

chr_pipeline *chr_pipeline_new(const chr_pipeline_options *opts, char *err, size_t errlen) {
    char dummy[8];
    if (!err) {
        err = dummy;
        errlen = sizeof dummy;
    }
    chr_pipeline *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    unsigned want = opts && opts->stages ? opts->stages : CHR_STAGE_ALL;
    p->stages = with_dependencies(want) & chrPipeline_available();
    if ((p->stages & CHR_STAGE_TAG) && load_tagger(p, opts, err, errlen) != CHR_OK) {
        chr_pipeline_free(p);
        return NULL;
    }
    if (p->stages & CHR_STAGE_PARSE) {
        char path[4096];
        if (model_path(opts, "en-parse.bin", path, sizeof path, err, errlen) != CHR_OK ||
            !(p->parser = chrParseStage_load(path, err, errlen))) {
            chr_pipeline_free(p);
            return NULL;
        }
    }
    if (p->stages & CHR_STAGE_NER) {
        char msg[1024];
        int rc = chrNerStage_open(NULL, opts ? opts->model_dir : NULL, opts ? opts->dict_dir : NULL,
                                  &p->ner, msg, sizeof msg);
        if (rc != CHR_OK) {
            if (err) snprintf(err, errlen, "NER stage: %s", msg);
            chr_pipeline_free(p);
            return NULL;
        }
    }
    if (p->stages & CHR_STAGE_EVENTS) {
        unsigned ef = opts ? opts->event_flags : 0;
        p->coder.keep_negated = (ef & CHR_EVENTS_KEEP_NEGATED) != 0;
        p->coder.all_duplicates = (ef & CHR_EVENTS_ALL) != 0;
        p->coder.allow_monadic = (ef & CHR_EVENTS_MONADIC) != 0;
        if (opts && opts->lexicon) {
            p->lex = opts->lexicon;
        } else {
            char path[4096];
            const char *dir = opts && opts->dict_dir ? opts->dict_dir : NULL;
            if (!dir && chr_data_path("dict", path, sizeof path) == CHR_OK) dir = path;
            int rc = dir ? chr_lexicon_load_dir(dir, 0, NULL, NULL, &p->own_lex) : CHR_ENOTFOUND;
            if (rc != CHR_OK) {
                if (err)
                    snprintf(err, errlen, "%s: cannot load the event dictionaries: %s (check them with 'chronicle dict check')",
                             dir ? dir : "dict", chr_strerror(rc));
                chr_pipeline_free(p);
                return NULL;
            }
            p->lex = p->own_lex;
        }
    }
    return p;
}

unsigned chr_pipeline_stages(const chr_pipeline *p) { return p->stages; }

unsigned chrPipeline_available(void) {
    return CHR_STAGE_TOKENIZE | CHR_STAGE_TAG | CHR_STAGE_PARSE | CHR_STAGE_TIMEX | CHR_STAGE_NER |
           CHR_STAGE_QUOTES |
           CHR_STAGE_EVENTS;
}

int chr_pipeline_run(const chr_pipeline *p, chr_doc *doc) {
    int rc = chr_tokenize(doc);
    if (rc) return rc;
    if (p->stages & CHR_STAGE_TAG) {
        rc = chrTagger_run(p->tagger, doc);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_PARSE) {
        rc = chrParseStage_run(p->parser, doc);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_TIMEX) {
        chr_timex_free(doc->timex);
        doc->timex = NULL;
        doc->ntimex = 0;
        rc = chr_timex_find(doc->text, doc->len, doc->date, &doc->timex, &doc->ntimex);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_NER) {
        rc = chrNerStage_run(p->ner, doc);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_QUOTES) {
        rc = chrQuotes_run(doc);
        if (rc) return rc;
    }
    if (p->stages & CHR_STAGE_EVENTS) {
        rc = chrCoder_codeDoc(p->lex, &p->coder, doc, NULL);
        if (rc) return rc;
    }
    return CHR_OK;
}

void chr_pipeline_free(chr_pipeline *p) {
    if (!p) return;
    chrNerStage_close(p->ner);
    chr_lexicon_free(p->own_lex);
    chrParseStage_free(p->parser);
    if (p->tagger) chrTagger_release(p->tagger);
    free(p->tagger);
    free(p);
}
