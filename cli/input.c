/*
 * input.c - the options, reader and end-of-run summary that all
 * document-reading subcommands share, so they behave alike.
 */
#define _GNU_SOURCE
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

const cli_command *cli_find(const cli_command *table, const char *name) {
    for (; table->name; table++)
        if (strcmp(table->name, name) == 0) return table;
    return NULL;
}

void cli_message(void *ctx, const char *message) {
    (void)ctx;
    fprintf(stderr, "chronicle: %s\n", message);
}

int cli_parse_input(cli_input *in, const cli_command *cmd, int argc, char **argv, int *first) {
    static const struct option longopts[] = {
        {"date", required_argument, 0, 'd'},   {"id", required_argument, 0, 'i'},
        {"input", required_argument, 0, 'I'},  {"max-line", required_argument, 0, 'm'},
        {"strict", no_argument, 0, 's'},       {"format", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'},         {0, 0, 0, 0}};
    memset(in, 0, sizeof *in);
    optind = 0; /* glibc: full reset, so subcommands can parse afresh */
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (chr_date_parse(optarg, &in->opts.date) != CHR_OK) {
                fprintf(stderr, "chronicle %s: --date '%s' is not a date; use YYYY-MM-DD\n",
                        cmd->name, optarg);
                return EXIT_USAGE;
            }
            in->date_text = optarg;
            break;
        case 'i': in->opts.id = optarg; break;
        case 'I':
            if (strcmp(optarg, "text") == 0) in->opts.format = CHR_INPUT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0) in->opts.format = CHR_INPUT_JSONL;
            else {
                fprintf(stderr, "chronicle %s: --input must be text or jsonl, not '%s'\n",
                        cmd->name, optarg);
                return EXIT_USAGE;
            }
            break;
        case 'm': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "chronicle %s: --max-line takes a positive number of bytes\n",
                        cmd->name);
                return EXIT_USAGE;
            }
            in->opts.max_line = (size_t)v;
            break;
        }
        case 's': in->opts.strict = 1; break;
        case 'f':
            in->format = optarg;
            in->json_out = strcmp(optarg, "json") == 0 || strcmp(optarg, "jsonl") == 0;
            break;
        case 'h': fputs(cmd->usage, stdout); return EXIT_OK;
        default:
            fprintf(stderr, "chronicle %s: unknown option '%s'; see 'chronicle help %s'\n",
                    cmd->name, argv[optind - 1], cmd->name);
            return EXIT_USAGE;
        }
    }
    if (in->opts.id && argc - optind > 1) {
        fprintf(stderr, "chronicle %s: --id names one document; give one FILE (or none for "
                "standard input)\n", cmd->name);
        return EXIT_USAGE;
    }
    *first = optind;
    return -1;
}

chr_reader *cli_open_reader(cli_input *in, int argc, char **argv, int first) {
    chr_reader *r = chr_reader_open((const char *const *)argv + first, (size_t)(argc - first),
                                    &in->opts, cli_message, NULL);
    if (!r) fprintf(stderr, "chronicle: out of memory\n");
    return r;
}

int cli_finish_reader(chr_reader *r, int status, const char *what) {
    return cli_finish_run(r, status, what, 0);
}

int cli_finish_run(chr_reader *r, int status, const char *what, size_t rejected) {
    size_t docs = chr_reader_docs(r), skipped = chr_reader_skipped(r) + rejected;
    int write_failed = fflush(stdout) != 0 || ferror(stdout);
    if (write_failed)
        fprintf(stderr, "chronicle %s: cannot write the output (disk full or closed pipe?)\n",
                what);
    fprintf(stderr, "chronicle %s: %zu document%s read, %zu skipped\n", what, docs,
            docs == 1 ? "" : "s", skipped);
    if (write_failed || (status != CHR_OK && status != CHR_EOF)) return EXIT_REJECTED;
    return skipped ? EXIT_REJECTED : EXIT_OK;
}

int cli_each_doc(cli_input *in, int argc, char **argv, int first, const char *what,
                 int (*fn)(chr_doc *doc, void *ctx), void *ctx) {
    chr_reader *r = cli_open_reader(in, argc, argv, first);
    if (!r) return EXIT_REJECTED;
    chr_doc *d;
    int st;
    size_t rejected = 0;
    while ((st = chr_reader_next(r, &d)) == CHR_OK) {
        st = fn(d, ctx);
        if (st == CHR_ELIMIT || st == CHR_EFORMAT) {
            /* One document the stages refuse (too large, malformed): name
             * it, count it as skipped and go on, unless --strict. */
            fprintf(stderr, "chronicle %s: document '%s' skipped: %s%s\n", what, chr_doc_id(d),
                    chr_strerror(st),
                    st == CHR_ELIMIT ? " (split it into smaller documents)" : "");
            rejected++;
            if (!in->opts.strict) st = CHR_OK;
        }
        chr_doc_free(d);
        if (st != CHR_OK) break;
    }
    int rc = cli_finish_run(r, st, what, rejected);
    chr_reader_free(r);
    return rc;
}

void cli_json_string(FILE *f, const char *s, size_t len) { chr_json_write_string(f, s, len); }
