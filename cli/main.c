/*
 * main.c - the `chronicle` command: finds the subcommand and runs it.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static int cmd_help(int argc, char **argv);

static const cli_command commands[] = {
    {"tokenize", cmd_tokenize, "split text into tokens and sentences (CoNLL-U or JSON)",
     TOKENIZE_USAGE},
    {"read", cmd_read, "show documents as the readers see them (JSON Lines)", READ_USAGE},
    {"timex", cmd_timex, "find time expressions and their TIMEX3 values (JSON Lines)",
     TIMEX_USAGE},
    {"quotes", cmd_quotes, "find quotations and their speakers (JSON Lines)", QUOTES_USAGE},

    {"parse", cmd_parse, "tokens, tags and dependencies as CoNLL-U", PARSE_USAGE},
    {"entities", cmd_entities, "people, organisations and places, grouped per document (JSON Lines)",
     ENTITIES_USAGE},
    {"ner", cmd_ner, "label tokens with entity tags (IOB2 columns)", NER_USAGE},
    {"dict", cmd_dict, "check a dictionary directory and count what it holds", DICT_USAGE},
    {"train", cmd_train, "train a statistical stage and write its model", TRAIN_USAGE},
    {"code", cmd_code, "code CAMEO events from raw text (JSON Lines or TSV)", CODE_USAGE},
    {"tag", cmd_tag, "part-of-speech tags and lemmas (CoNLL-U)", TAG_USAGE},
    {"ingest", cmd_ingest, "run the pipeline over a collection into an SQLite database",
     INGEST_USAGE},
    {"query", cmd_query, "find stored events by actor, code, date or words", QUERY_USAGE},
    {"story", cmd_story, "the timeline of one entity across stored documents", STORY_USAGE},
    {"export", cmd_export, "stored events as GDELT, Phoenix or JSON Lines", EXPORT_USAGE},
    {"eval", cmd_eval, "measure a stage against a gold file; prints one JSON object", EVAL_USAGE},
    {"help", cmd_help, "show help for a command", "usage: chronicle help [COMMAND]\n"},
    {0, 0, 0, 0}};

static void usage(FILE *f) {
    fputs("usage: chronicle <command> [options] [FILES...]\n"
          "       chronicle --version\n\n"
          "News reports in, event data out.\n\ncommands:\n",
          f);
    for (const cli_command *c = commands; c->name; c++) fprintf(f, "  %-10s %s\n", c->name, c->summary);
    fputs("\n'chronicle help COMMAND' or 'chronicle COMMAND --help' tells more.\n", f);
}

static int cmd_help(int argc, char **argv) {
    if (argc < 2) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) argv[1] = "help";
    const cli_command *c = cli_find(commands, argv[1]);
    if (!c) {
        fprintf(stderr, "chronicle help: no command '%s'; 'chronicle help' lists them\n", argv[1]);
        return EXIT_USAGE;
    }
    fputs(c->usage, stdout);
    return EXIT_OK;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("chronicle %s\n", chr_version());
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    const cli_command *c = cli_find(commands, argv[1]);
    if (!c) {
        fprintf(stderr, "chronicle: no command '%s'; 'chronicle help' lists them\n", argv[1]);
        return EXIT_USAGE;
    }
    return c->run(argc - 1, argv + 1);
}
