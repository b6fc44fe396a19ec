/*
 * cli.h - what the subcommands of the `chronicle` command share.
 *
 * Every subcommand lives in its own cli/cmd_<name>.c and uses only the
 * public API in chronicle.h. Exit codes: 0 success, 1 input rejected,
 * 2 usage error.
 */
#ifndef CHR_CLI_H
#define CHR_CLI_H

#include <stdio.h>

#include "chronicle.h"

#define EXIT_OK 0
#define EXIT_REJECTED 1
#define EXIT_USAGE 2

typedef int (*cli_command_fn)(int argc, char **argv);

typedef struct cli_command {
    const char *name;
    cli_command_fn run;
    const char *summary; /* one line for `chronicle help` */
    const char *usage;   /* full text for `chronicle help NAME` */
} cli_command;

/* The table in main.c; `eval` looks up its own table in cmd_eval.c. */
const cli_command *cli_find(const cli_command *table, const char *name);

/* Input options every document-reading command takes. */
typedef struct cli_input {
    chr_reader_options opts;
    const char *date_text; /* for messages */
    int json_out;          /* --format json */
    const char *format;    /* --format value, or NULL */
} cli_input;

/* Options shared by commands that read documents, for usage texts. */
#define CLI_INPUT_USAGE                                                          \
    "  --date YYYY-MM-DD  document date (for inputs that carry none)\n"          \
    "  --id ID            document id for a single text input\n"                 \
    "  --input text|jsonl input format (default: by file name; .jsonl = JSONL)\n" \
    "  --max-line BYTES   longest record accepted (default 64 MiB)\n"            \
    "  --strict           stop at the first bad record instead of skipping it\n"

/*
 * Parses argv for the shared input options plus --format and --help.
 * Leaves the remaining (file) arguments at argv[*first..argc).
 * Returns -1 to go on, or an exit code (help printed, usage error).
 */
int cli_parse_input(cli_input *in, const cli_command *cmd, int argc, char **argv, int *first);

/* Opens a reader over argv[first..argc) reporting problems on stderr. */
chr_reader *cli_open_reader(cli_input *in, int argc, char **argv, int first);

/* Flushes stdout, prints "chronicle WHAT: N documents read, M skipped" to
 * stderr and returns the exit code the run deserves: EXIT_REJECTED when a
 * record or input was skipped, the reader stopped (status, the last one
 * it returned, is neither CHR_OK nor CHR_EOF) or the output could not be
 * written; EXIT_OK otherwise. */
int cli_finish_reader(chr_reader *r, int status, const char *what);
/* The same, adding documents that a stage refused after reading. */
int cli_finish_run(chr_reader *r, int status, const char *what, size_t rejected);

/* Reads every document of argv[first..argc) and hands it to fn (which
 * must not free it; the document is freed after the call). Stops when fn
 * returns a status other than CHR_OK. Ends with the summary line and
 * returns the exit code (cli_finish_reader). */
int cli_each_doc(cli_input *in, int argc, char **argv, int first, const char *what,
                 int (*fn)(chr_doc *doc, void *ctx), void *ctx);

/* Prints d as CoNLL-U on stdout: '# newdoc', '# newpar', '# sent_id',
 * '# text', multiword ranges, TokenRange and SpaceAfter=No in MISC, and
 * the columns the stages filled. */
void cli_print_conllu(const chr_doc *d);

/* Message callback printing "chronicle: MESSAGE" to stderr. */
void cli_message(void *ctx, const char *message);

/* Writes s as a JSON string (quotes included) to f; invalid UTF-8 is
 * written as \ufffd, NUL and control bytes as \u00XX escapes. */
void cli_json_string(FILE *f, const char *s, size_t len);


#endif
