/*
 * cmd_entities.c - `chronicle entities`: the document-level entities of
 * each document, one JSON line per document.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "ner_common.h"

typedef struct ctx {
    chr_pipeline *p;
} ctx;

static void print_entity(const chr_doc *d, const chr_entity *e, const chr_mention *ms) {
    size_t len;
    const char *text = chr_doc_text(d, &len);
    printf("{\"type\":\"%s\",\"name\":", chr_entity_type_name(e->type));
    cli_json_string(stdout, e->name, strlen(e->name));
    if (e->code) {
        fputs(",\"code\":", stdout);
        cli_json_string(stdout, e->code, strlen(e->code));
    }
    fputs(",\"mentions\":[", stdout);
    for (uint32_t k = 0; k < e->nmentions; k++) {
        const chr_mention *m = &ms[e->mentions[k]];
        fputs(k ? ",{\"text\":" : "{\"text\":", stdout);
        cli_json_string(stdout, text + m->start, m->end - m->start);
        printf(",\"span\":[%u,%u]}", m->start, m->end);
    }
    fputs("]}", stdout);
}

static int one_doc(chr_doc *d, void *vc) {
    ctx *c = vc;
    int rc = chr_pipeline_run(c->p, d);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle entities: document '%s': %s\n", chr_doc_id(d), chr_strerror(rc));
        return rc;
    }
    size_t ne;
    const chr_entity *es = chr_doc_entities(d, &ne);
    const chr_mention *ms = chr_doc_mentions(d, NULL);
    const char *id = chr_doc_id(d);
    fputs("{\"doc\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    fputs(",\"entities\":[", stdout);
    for (size_t i = 0; i < ne; i++) {
        if (i) fputc(',', stdout);
        print_entity(d, &es[i], ms);
    }
    fputs("]}\n", stdout);
    return CHR_OK;
}

int cmd_entities(int argc, char **argv) {
    static const cli_command self = {"entities", cmd_entities, "", ENTITIES_USAGE};
    chr_pipeline_options popts = {.stages = CHR_STAGE_NER};
    int rc = cli_ner_options(&argc, argv, "entities", &popts);
    if (rc >= 0) return rc;
    cli_input in;
    int first;
    rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out) {
        fprintf(stderr, "chronicle entities: --format must be json, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    ctx c = {cli_ner_pipeline(&popts, "entities")};
    if (!c.p) return EXIT_REJECTED;
    rc = cli_each_doc(&in, argc, argv, first, "entities", one_doc, &c);
    chr_pipeline_free(c.p);
    return rc;
}
