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

int cmd_dict(int argc, char **argv);
#define DICT_USAGE                                                                  \
    "usage: chronicle dict check DIR [--strict] [--quiet]\n\n"                   \
    "Loads the dictionary directory DIR (chronicle's own format, see\n"            \
    "docs/DICT-FORMAT.md), reports every malformed line as file:line: reason,\n"   \
    "and prints counts per kind and the load time. Exit 1 when a line is bad.\n\n" \
    "options:\n"                                                                   \
    "  --strict  stop at the first malformed line\n"                               \
    "  --quiet   do not print the messages, only the counts\n"

int cmd_train(int argc, char **argv);
#define TRAIN_USAGE                                                                 \
    "usage: chronicle train WHAT [options]\n\n"                                     \
    "Trains a model from gold data with a fixed seed and writes the model file.\n\n" \
    "WHAT:\n"                                                                       \
    "  tag --train F --dev F -o models/en-tag.bin   tagger and lemmatizer\n"       \
    "  parse --train F --dev F -o models/en-parse.bin  dependency parser\n"       \
    "\n'chronicle train WHAT --help' tells more.\n"

int cmd_eval(int argc, char **argv);
#define EVAL_USAGE                                                                  \
    "usage: chronicle eval WHAT GOLD [options]\n\n"                                 \
    "Measures a stage against gold data and prints one JSON object with figures\n"  \
    "as percentages (two decimals) and a speed.\n\n"                                \
    "WHAT:\n"                                                                       \
    "  tokenize GOLD.conllu   tokens and sentences from the raw text of GOLD\n"    \
    "  tag GOLD.conllu        UPOS, XPOS and lemma on gold tokens\n"              \
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


#define EVAL_TOKENIZE_USAGE                                                         \
    "usage: chronicle eval tokenize GOLD.conllu\n\n"                                \
    "Rebuilds the raw text of each document of GOLD from its '# text' lines\n"     \
    "('# newdoc' starts a document, '# newpar' a paragraph, separated by a blank\n" \
    "line; sentences joined by one space), tokenizes and splits it, and scores\n"  \
    "tokens and sentences by their character spans as the CoNLL 2018 scorer does\n" \
    "(a multiword token such as \"don't\" is one token). Prints\n"                 \
    "{\"tokens_f1\":..,\"sentences_f1\":..,\"mb_per_s\":..} (percentages).\n"

#endif
