/*
 * cmd_ner.c - `chronicle ner`: each token with its entity label, as IOB2
 * columns (id, form, tag), '# doc' and '# text' comment lines, a blank
 * line after each sentence.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "ner_common.h"

static const char *tag_of(int ner) {
    static const char *const names[] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    return ner >= 0 && ner < (int)(sizeof names / sizeof *names) ? names[ner] : "O";
}

/* Prints s[0..n) on one line: line breaks and tabs become spaces. */
static void put_flat(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        putchar(c == '\n' || c == '\r' || c == '\t' || c == 0 ? ' ' : c);
    }
}

static int one_doc(chr_doc *d, void *vp) {
    int rc = chr_pipeline_run(vp, d);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle ner: document '%s': %s\n", chr_doc_id(d), chr_strerror(rc));
        return rc;
    }
    size_t ns, len;
    const chr_sentence *ss = chr_doc_sentences(d, &ns);
    const chr_token *ts = chr_doc_tokens(d, NULL);
    const char *text = chr_doc_text(d, &len);
    printf("# doc = %s\n", chr_doc_id(d));
    for (size_t s = 0; s < ns; s++) {
        fputs("# text = ", stdout);
        put_flat(text + ss[s].start, ss[s].end - ss[s].start);
        putchar('\n');
        for (uint32_t k = 0; k < ss[s].count; k++) {
            const chr_token *t = &ts[ss[s].first + k];
            printf("%u\t", k + 1);
            put_flat(t->form, strlen(t->form));
            printf("\t%s\n", tag_of(t->ner));
        }
        putchar('\n');
    }
    return CHR_OK;
}

int cmd_ner(int argc, char **argv) {
    static const cli_command self = {"ner", cmd_ner, "", NER_USAGE};
    chr_pipeline_options popts = {.stages = CHR_STAGE_NER};
    int rc = cli_ner_options(&argc, argv, "ner", &popts);
    if (rc >= 0) return rc;
    cli_input in;
    int first;
    rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format) {
        fprintf(stderr, "chronicle ner: prints IOB2 columns only (no --format)\n");
        return EXIT_USAGE;
    }
    chr_pipeline *p = cli_ner_pipeline(&popts, "ner");
    if (!p) return EXIT_REJECTED;
    rc = cli_each_doc(&in, argc, argv, first, "ner", one_doc, p);
    chr_pipeline_free(p);
    return rc;
}
