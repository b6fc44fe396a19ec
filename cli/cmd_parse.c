/*
 * cmd_parse.c - `chronicle parse`: tokens, tags, lemmas and dependencies
 * as CoNLL-U, so that any UD tool can read the parse.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static int parse_one(chr_doc *d, void *ctx) {
    const chr_pipeline *p = ctx;
    int rc = chr_pipeline_run(p, d);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle parse: document '%s': %s\n", chr_doc_id(d), chr_strerror(rc));
        return rc;
    }
    cli_print_conllu(d);
    return CHR_OK;
}

int cmd_parse(int argc, char **argv) {
    static const cli_command self = {"parse", cmd_parse, "", PARSE_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && strcmp(in.format, "conllu") != 0) {
        fprintf(stderr, "chronicle parse: --format must be conllu, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    chr_pipeline_options o = {.stages = CHR_STAGE_PARSE};
    char err[512] = "";
    chr_pipeline *p = chr_pipeline_new(&o, err, sizeof err);
    if (!p) {
        fprintf(stderr, "chronicle parse: %s\n", err[0] ? err : "cannot load the models");
        return EXIT_REJECTED;
    }
    rc = cli_each_doc(&in, argc, argv, first, "parse", parse_one, p);
    chr_pipeline_free(p);
    return rc;
}
