/*
 * stage.h - the NER stage of the pipeline: loads the model and the
 * dictionaries once, then labels documents, builds their mentions and
 * clusters them into document-level entities (cluster.h).
 */
#ifndef CHR_NER_STAGE_H
#define CHR_NER_STAGE_H

#include <stddef.h>

#include "chronicle.h"
#include "lex/lexicon.h"
#include "ner/ner.h"

#define CHR_NER_MODEL_FILE "en-ner.bin"

typedef struct chrNerStage {
    chrNerModel *model;
    chrLex *lex; /* owned */
} chrNerStage;

/* Loads the model from model_path, else model_dir/en-ner.bin, else the
 * shipped models/en-ner.bin (chr_data_path); the dictionaries from
 * dict_dir, else the shipped dict/. On failure returns a negative status
 * and a message naming the file in err. */
int chrNerStage_open(const char *model_path, const char *model_dir, const char *dict_dir,
                     chrNerStage **out, char *err, size_t errlen);
void chrNerStage_close(chrNerStage *st);

/* Labels doc (tokenized; tagged when the model wants tags), sets each
 * token's ner label, and fills doc->mentions and doc->entities.
 * Thread-safe for different documents. */
int chrNerStage_run(const chrNerStage *st, chr_doc *doc);

#endif
