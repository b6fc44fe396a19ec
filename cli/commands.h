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

int cmd_read(int argc, char **argv);
#define READ_USAGE                                                                  \
    "usage: chronicle read [options] [FILES...]\n\n"                                \
    "Reads documents (text files, JSON Lines, directories, gzip or zstd files,\n"  \
    "standard input without FILES) and prints each as one JSON object per line:\n" \
    "id, date, title, url, source, text, then any other fields of the input.\n"   \
    "Bad records are reported as FILE:LINE: reason and skipped.\n\n"              \
    "options:\n"                                                                    \
    "  --format json      output format (the only one)\n"                          \
    CLI_INPUT_USAGE

int cmd_timex(int argc, char **argv);
#define TIMEX_USAGE                                                                 \
    "usage: chronicle timex [options] [FILES...]\n\n"                               \
    "Finds time expressions and normalises them (TIMEX3) against each document's\n" \
    "date. Prints one JSON line per expression: doc, text, span (byte offsets),\n"  \
    "type (DATE, TIME, DURATION, SET), value and, when there is one, mod.\n"        \
    "Reads standard input without FILES.\n\n"                                       \
    "options:\n"                                                                     \
    CLI_INPUT_USAGE

int cmd_eval(int argc, char **argv);
#define EVAL_USAGE                                                                  \
    "usage: chronicle eval WHAT GOLD [options]\n\n"                                 \
    "Measures a stage against gold data and prints one JSON object with figures\n"  \
    "as percentages (two decimals) and a speed.\n\n"                                \
    "WHAT:\n"                                                                       \
    "  tokenize GOLD.conllu   tokens and sentences from the raw text of GOLD\n"    \
    "  timex DOCS.jsonl GOLD.jsonl  time expressions and their TIMEX3 values\n"    \
    "  parse GOLD.conllu      dependencies on gold tokens, predicted tags\n"

int cmd_parse(int argc, char **argv);
#define PARSE_USAGE                                                                 \
    "usage: chronicle parse [options] [FILES...]\n\n"                               \
    "Tokenizes, tags and parses each document and prints CoNLL-U: LEMMA, UPOS,\n"  \
    "XPOS, HEAD and DEPREL (UD relations) filled, TokenRange=START:END (byte\n"    \
    "offsets) and SpaceAfter=No in MISC. Needs models/en-tag.bin and\n"            \
    "models/en-parse.bin. Reads standard input without FILES.\n\n"                  \
    "options:\n"                                                                    \
    "  --format conllu    output format (the only one)\n"                           \
    CLI_INPUT_USAGE

int cmd_train(int argc, char **argv);
#define TRAIN_USAGE                                                                 \
    "usage: chronicle train WHAT [options]\n\n"                                      \
    "Trains a model from the data in ../shared and writes it.\n\n"                 \
    "WHAT:\n"                                                                        \
    "  parse   the dependency parser ('chronicle train parse --help')\n"

#endif
