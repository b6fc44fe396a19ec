/*
 * cmd_tag.c - `chronicle tag`: tokens with their UPOS, XPOS and lemma as
 * CoNLL-U, through the pipeline (tokenize + tag) and its shipped model.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

typedef struct tag_ctx {
    chr_pipeline *p;
} tag_ctx;

static int tag_one(chr_doc *d, void *ctx) {
    const tag_ctx *c = ctx;
    int rc = chr_pipeline_run(c->p, d);
    if (rc != CHR_OK) return rc; /* cli_each_doc names the document */
    cli_print_conllu(d);
    return CHR_OK;
}

int cmd_tag(int argc, char **argv) {
    static const cli_command self = {"tag", cmd_tag, "", TAG_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && strcmp(in.format, "conllu") != 0) {
        fprintf(stderr, "chronicle tag: --format must be conllu, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    char err[512] = "";
    chr_pipeline_options o = {.stages = CHR_STAGE_TAG};
    tag_ctx c = {chr_pipeline_new(&o, err, sizeof err)};
    if (!c.p) {
        fprintf(stderr, "chronicle tag: %s\n", err);
        return EXIT_REJECTED;
    }
    rc = cli_each_doc(&in, argc, argv, first, "tag", tag_one, &c);
    chr_pipeline_free(c.p);
    return rc;
}
