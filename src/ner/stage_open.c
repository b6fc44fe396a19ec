/*
 * stage_open.c - finding and loading what the NER stage needs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/stage.h"

static void ignore_message(void *ctx, const char *msg) {
    (void)ctx;
    (void)msg;
}

int chrNerStage_open(const char *model_path, const char *model_dir, const char *dict_dir,
                     chrNerStage **out, char *err, size_t errlen) {
    char path[4096], dpath[4096];
    *out = NULL;
    if (!model_path && model_dir) {
        snprintf(path, sizeof path, "%s/%s", model_dir, CHR_NER_MODEL_FILE);
        model_path = path;
    } else if (!model_path) {
        if (chr_data_path("models/" CHR_NER_MODEL_FILE, path, sizeof path) != CHR_OK) {
            snprintf(err, errlen,
                     "models/%s: NER model not found (looked in $CHRONICLE_DATA, beside the "
                     "program and in the installed share directory)",
                     CHR_NER_MODEL_FILE);
            return CHR_ENOTFOUND;
        }
        model_path = path;
    }
    if (!dict_dir) {
        if (chr_data_path("dict", dpath, sizeof dpath) != CHR_OK) {
            snprintf(err, errlen, "dict: dictionary directory not found (the NER reads it)");
            return CHR_ENOTFOUND;
        }
        dict_dir = dpath;
    }
    chrNerStage *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(err, errlen, "out of memory");
        return CHR_ENOMEM;
    }
    int rc = chrNer_load(model_path, &st->model, err, errlen);
    if (rc == CHR_OK) {
        rc = chr_lexicon_load_dir(dict_dir, 0, ignore_message, NULL, &st->lex);
        if (rc != CHR_OK && st->lex) rc = CHR_OK; /* bad lines were skipped; the rest is usable */
        if (rc != CHR_OK) snprintf(err, errlen, "%s: %s", dict_dir, chr_strerror(rc));
    }
    if (rc != CHR_OK) {
        chrNerStage_close(st);
        return rc;
    }
    *out = st;
    return CHR_OK;
}

void chrNerStage_close(chrNerStage *st) {
    if (!st) return;
    chrNer_free(st->model);
    chr_lexicon_free(st->lex);
    free(st);
}
