/*
 * ner_common.h - what `chronicle entities` and `chronicle ner` share: a
 * pipeline that runs up to the NER stage, made from --model-dir and
 * --dict options.
 */
#ifndef CHR_CLI_NER_COMMON_H
#define CHR_CLI_NER_COMMON_H

#include "cli.h"

/* Takes --model-dir DIR and --dict DIR out of argv (shifting the rest
 * down, *argc updated). Returns -1 to go on, EXIT_USAGE on a missing
 * value. */
int cli_ner_options(int *argc, char **argv, const char *what, chr_pipeline_options *popts);

/* Makes the pipeline or says why not (naming the file) and returns NULL. */
chr_pipeline *cli_ner_pipeline(const chr_pipeline_options *popts, const char *what);

#endif
