/*
 * cmd_tokenize.c - `chronicle tokenize`: tokens and sentences as CoNLL-U
 * (for UD tools) or JSON Lines (for scripts).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "core/clock.h"

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

typedef struct tok_ctx {
    const cli_input *in;
    int quiet;               /* --format none: count and time only */
    double seconds;          /* spent in chr_tokenize */
    size_t bytes, tokens, sentences;
} tok_ctx;

static int tokenize_one(chr_doc *d, void *ctx) {
    tok_ctx *c = ctx;
    double t0 = chrClock_threadCpu();
    int rc = chr_tokenize(d);
    c->seconds += chrClock_threadCpu() - t0;
    if (rc != CHR_OK) return rc; /* cli_each_doc names the document */
    size_t len, nt, ns;
    chr_doc_text(d, &len);
    chr_doc_tokens(d, &nt);
    chr_doc_sentences(d, &ns);
    c->bytes += len, c->tokens += nt, c->sentences += ns;
    if (c->quiet) return CHR_OK;
    if (c->in->json_out) print_json(d);
    else cli_print_conllu(d);
    return CHR_OK;
}

int cmd_tokenize(int argc, char **argv) {
    static const cli_command self = {"tokenize", cmd_tokenize, "", TOKENIZE_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    tok_ctx c = {&in, in.format && strcmp(in.format, "none") == 0, 0, 0, 0, 0};
    if (in.format && !in.json_out && !c.quiet && strcmp(in.format, "conllu") != 0) {
        fprintf(stderr, "chronicle tokenize: --format must be conllu, json or none, not '%s'\n",
                in.format);
        return EXIT_USAGE;
    }
    rc = cli_each_doc(&in, argc, argv, first, "tokenize", tokenize_one, &c);
    if (c.quiet)
        /* One core, tokenizing and splitting only: reading and writing are
         * not counted. */
        fprintf(stderr, "chronicle tokenize: %zu bytes, %zu tokens, %zu sentences in %.3f s: %.2f MB/s\n",
                c.bytes, c.tokens, c.sentences, c.seconds,
                c.seconds > 0 ? (double)c.bytes / 1e6 / c.seconds : 0.0);
    return rc;
}
