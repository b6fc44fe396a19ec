/*
 * commands.h - the subcommands and their usage texts, one entry each, so
 * that adding a command touches this list and the table in main.c only.
 */
#ifndef CHR_CLI_COMMANDS_H
#define CHR_CLI_COMMANDS_H

int cmd_tokenize(int argc, char **argv);
#define TOKENIZE_USAGE                                                              \
    "usage: chronicle tokenize [options] [FILES...]\n\n"                            \
    "Splits each document into sentences and tokens and prints CoNLL-U with\n"      \
    "'# sent_id', '# text' and TokenRange=START:END (byte offsets into the\n"       \
    "original text) and SpaceAfter=No in MISC. Reads standard input without FILES.\n\n" \
    "options:\n"                                                                    \
    "  --format conllu|json  output format (default conllu; json = JSON Lines)\n"   \
    CLI_INPUT_USAGE

int cmd_dict(int argc, char **argv);
#define DICT_USAGE                                                                  \
    "usage: chronicle dict check DIR [--strict] [--quiet]\n\n"                   \
    "Loads the dictionary directory DIR (chronicle's own format, see\n"            \
    "docs/DICT-FORMAT.md), reports every malformed line as file:line: reason,\n"   \
    "and prints counts per kind and the load time. Exit 1 when a line is bad.\n\n" \
    "options:\n"                                                                   \
    "  --strict  stop at the first malformed line\n"                               \
    "  --quiet   do not print the messages, only the counts\n"

int cmd_eval(int argc, char **argv);
#define EVAL_USAGE                                                                  \
    "usage: chronicle eval WHAT GOLD [options]\n\n"                                 \
    "Measures a stage against gold data and prints one JSON object with figures\n"  \
    "as percentages (two decimals) and a speed.\n\n"                                \
    "WHAT:\n"                                                                       \
    "  tokenize GOLD.conllu   tokens and sentences from the raw text of GOLD\n"

#endif
