/*
 * cmd_quotes.c - `chronicle quotes`: the quotations of each document and
 * their speakers, one JSON line per quotation.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static void jsonOrNull(const char *s) {
    if (s) cli_json_string(stdout, s, strlen(s));
    else fputs("null", stdout);
}

static void print_quote(const chr_doc *d, const chr_quote *q) {
    const char *id = chr_doc_id(d);
    fputs("{\"doc\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    fputs(",\"text\":", stdout);
    cli_json_string(stdout, q->text, strlen(q->text));
    printf(",\"span\":[%u,%u],\"speaker\":", (unsigned)q->start, (unsigned)q->end);
    if (!q->speaker) {
        fputs("null", stdout);
    } else {
        fputs("{\"text\":", stdout);
        cli_json_string(stdout, q->speaker, strlen(q->speaker));
        printf(",\"span\":[%u,%u],\"entity\":", (unsigned)q->speaker_start,
               (unsigned)q->speaker_end);
        size_t ne;
        const chr_entity *ents = chr_doc_entities(d, &ne);
        if (q->speaker_entity >= 0 && (size_t)q->speaker_entity < ne)
            jsonOrNull(ents[q->speaker_entity].name);
        else
            fputs("null", stdout);
        fputs(",\"description\":", stdout);
        jsonOrNull(q->description);
        fputs(",\"code\":", stdout);
        jsonOrNull(q->code);
        fputs("}", stdout);
    }
    fputs(",\"cue\":", stdout);
    jsonOrNull(q->cue);
    if (q->flags & CHR_QUOTE_UNTERMINATED) fputs(",\"unterminated\":true", stdout);
    fputs("}\n", stdout);
}

static int quotes_one(chr_doc *d, void *ctx) {
    const chr_pipeline *p = ctx;
    int rc = chr_pipeline_run(p, d);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle quotes: document '%s': %s\n", chr_doc_id(d), chr_strerror(rc));
        return rc;
    }
    size_t n;
    const chr_quote *q = chr_doc_quotes(d, &n);
    for (size_t i = 0; i < n; i++) print_quote(d, &q[i]);
    return CHR_OK;
}

int cmd_quotes(int argc, char **argv) {
    static const cli_command self = {"quotes", cmd_quotes, "", QUOTES_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out) {
        fprintf(stderr, "chronicle quotes: --format must be json, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    char err[512];
    chr_pipeline_options o = {.stages = CHR_STAGE_QUOTES};
    chr_pipeline *p = chr_pipeline_new(&o, err, sizeof err);
    if (!p) {
        fprintf(stderr, "chronicle quotes: %s\n", err);
        return EXIT_REJECTED;
    }
    rc = cli_each_doc(&in, argc, argv, first, "quotes", quotes_one, p);
    chr_pipeline_free(p);
    return rc;
}
