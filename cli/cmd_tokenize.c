/*
 * cmd_tokenize.c - `chronicle tokenize`: tokens and sentences as CoNLL-U
 * (for UD tools) or JSON Lines (for scripts).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

/* The working text of a sentence: token forms joined by the spaces the
 * original had between them (CoNLL-U's '# text'). */
static void print_sentence_text(const chr_token *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fputs(t[i].form, stdout);
        if (i + 1 < n && t[i].space_after) putchar(' ');
    }
}

static void print_conllu(const chr_doc *d) {
    size_t ns, nt;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const chr_token *tok = chr_doc_tokens(d, &nt);
    printf("# newdoc id = %s\n", chr_doc_id(d));
    for (size_t i = 0; i < ns; i++) {
        const chr_token *t = tok + s[i].first;
        if (i == 0 || s[i].paragraph != s[i - 1].paragraph) printf("# newpar\n");
        printf("# sent_id = %s-%zu\n# text = ", chr_doc_id(d), i + 1);
        print_sentence_text(t, s[i].count);
        putchar('\n');
        for (size_t k = 0; k < s[i].count; k++) {
            int last = i + 1 == ns && k + 1 == s[i].count;
            size_t e = k; /* last word of the surface token starting at k */
            while (e + 1 < s[i].count && (t[e + 1].flags & CHR_TOKEN_JOINED)) e++;
            if (e > k && !(t[k].flags & CHR_TOKEN_JOINED)) {
                /* A multiword token ("don't" = do + n't): the range line
                 * carries the surface form, its span and SpaceAfter. */
                printf("%zu-%zu\t", k + 1, e + 1);
                for (size_t w = k; w <= e; w++) fputs(t[w].form, stdout);
                printf("\t_\t_\t_\t_\t_\t_\t_\tTokenRange=%u:%u%s\n", t[k].start, t[e].end,
                       (!t[e].space_after && !(i + 1 == ns && e + 1 == s[i].count))
                           ? "|SpaceAfter=No"
                           : "");
            }
            int in_mwt = (t[k].flags & CHR_TOKEN_JOINED) ||
                         (k + 1 < s[i].count && (t[k + 1].flags & CHR_TOKEN_JOINED));
            /* A form may not contain spaces or tabs in CoNLL-U: none do
             * here, since the tokenizer splits at white space. */
            printf("%zu\t%s\t_\t_\t_\t_\t_\t_\t_\tTokenRange=%u:%u%s\n", k + 1, t[k].form,
                   t[k].start, t[k].end,
                   (!in_mwt && !t[k].space_after && !last) ? "|SpaceAfter=No" : "");
        }
        putchar('\n');
    }
}

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
            printf(",\"span\":[%u,%u]%s}", t->start, t->end,
                   (t->flags & CHR_TOKEN_JOINED) ? ",\"joined\":true" : "");
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
    else print_conllu(d);
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
