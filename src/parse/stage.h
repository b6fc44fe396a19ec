/*
 * stage.h - the parse stage of the pipeline: fills HEAD and DEPREL of
 * every token of a tagged document from a loaded parser model.
 */
#ifndef CHR_PARSE_STAGE_H
#define CHR_PARSE_STAGE_H

#include "chronicle.h"
#include "parse/model.h"

/* Loads the parser model at path, or, when path is NULL, the shipped
 * models/en-parse.bin (found with chr_data_path). On failure returns
 * NULL with the reason, naming the file, in err. */
chrParseModel *chrParseStage_load(const char *path, char *err, size_t errlen);
void chrParseStage_free(chrParseModel *m);

/* Parses every sentence of doc (tokens and, ideally, tags must exist):
 * each token gets head (0 = root, else 1-based in its sentence), deprel
 * (a string of the model) and deprel_id. Safe to call from many threads
 * at once on different documents. Returns CHR_OK or CHR_ENOMEM. */
int chrParseStage_run(const chrParseModel *m, chr_doc *doc);

#endif
