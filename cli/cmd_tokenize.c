/*
 * cmd_tokenize.c - `chronicle tokenize`: tokens and sentences as CoNLL-U
 * (for UD tools) or JSON Lines (for scripts).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static void print_json(const chr_doc *d) {
    size_t ns, nt;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const chr_token *tok = chr_doc_tokens(d, &nt);
    const char *id = chr_doc_id(d);
    fputs("{\"doc\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    fputs(",\"sentences\":[", stdout);
    for (size_t i = 0; i < ns; i++) {
        printf("%s{\"span\":[%u,%u],\"paragraph\":%u,\"tokens\":[", i ? "," : "", s[i].start,
               s[i].end, s[i].paragraph);
        for (size_t k = 0; k < s[i].count; k++) {
            const chr_token *t = tok + s[i].first + k;
            printf("%s{\"form\":", k ? "," : "");
            cli_json_string(stdout, t->form, strlen(t->form));
            printf(",\"span\":[%u,%u]%s%s}", t->start, t->end,
                   (t->flags & CHR_TOKEN_JOINED) ? ",\"joined\":true" : "",
                   (t->flags & CHR_TOKEN_DATELINE) ? ",\"dateline\":true" : "");
        }
        fputs("]}", stdout);
    }
    printf("],\"invalid_utf8\":%zu}\n", chr_doc_invalid_count(d));
}

static int tokenize_one(chr_doc *d, void *ctx) {
    const cli_input *in = ctx;
    int rc = chr_tokenize(d);
    if (rc != CHR_OK) return rc; /* cli_each_doc names the document */
    if (in->json_out) print_json(d);
    else cli_print_conllu(d);
    return CHR_OK;
}

int cmd_tokenize(int argc, char **argv) {
    static const cli_command self = {"tokenize", cmd_tokenize, "", TOKENIZE_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out && strcmp(in.format, "conllu") != 0) {
        fprintf(stderr, "chronicle tokenize: --format must be conllu or json, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    return cli_each_doc(&in, argc, argv, first, "tokenize", tokenize_one, &in);
}
