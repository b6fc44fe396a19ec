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

int cmd_quotes(int argc, char **argv);
#define QUOTES_USAGE                                                                \
    "usage: chronicle quotes [options] [FILES...]\n\n"                              \
    "Finds direct quotations (straight or curly marks, nested, continued across\n"  \
    "paragraphs, unterminated) and their speakers. Prints one JSON line per\n"      \
    "quotation: doc, text (the quoted words), span (byte offsets, marks included),\n" \
    "speaker {text, span, entity, description, code} or null, cue (the verb of\n"   \
    "saying) and, for a quotation its paragraph never closed, unterminated.\n"      \
    "Reads standard input without FILES.\n\n"                                       \
    "options:\n"                                                                     \
    CLI_INPUT_USAGE

int cmd_entities(int argc, char **argv);
#define ENTITIES_USAGE                                                              \
    "usage: chronicle entities [options] [FILES...]\n\n"                            \
    "Finds the people (PER), organisations (ORG) and places (LOC) of each\n"      \
    "document and groups their mentions into document-level entities. Prints\n"   \
    "one JSON line per document: {\"doc\":..,\"entities\":[{\"type\":\"PER\",\n"  \
    "\"name\":\"Joaquin Guzman\",\"code\":..,\"mentions\":[{\"text\":..,\n"          \
    "\"span\":[START,END]}]}]} (byte offsets; code only when the dictionaries\n"  \
    "know the actor). Reads standard input without FILES.\n\n"                    \
    "options:\n"                                                                    \
    CLI_NER_USAGE_TEXT                                                              \
    CLI_INPUT_USAGE

int cmd_ner(int argc, char **argv);
#define NER_USAGE                                                                   \
    "usage: chronicle ner [options] [FILES...]\n\n"                                 \
    "Labels every token with its entity tag and prints IOB2 columns: ID, FORM,\n" \
    "TAG (B-PER, I-ORG, O ...), a '# doc' line per document, a '# text' line\n"  \
    "and a blank line per sentence. Reads standard input without FILES.\n\n"      \
    "options:\n"                                                                    \
    CLI_NER_USAGE_TEXT                                                              \
    CLI_INPUT_USAGE

#define CLI_NER_USAGE_TEXT                                                          \
    "  --model-dir DIR    where en-ner.bin is (default: the shipped models/)\n"     \
    "  --dict DIR         dictionaries (default: the shipped dict/)\n"

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
    "  ner --train F.iob2 --dev F.iob2 -o models/en-ner.bin   entity labeller\n"  \
    "\n'chronicle train WHAT --help' tells more.\n"

int cmd_eval(int argc, char **argv);
#define EVAL_USAGE                                                                  \
    "usage: chronicle eval WHAT GOLD [options]\n\n"                                 \
    "Measures a stage against gold data and prints one JSON object with figures\n"  \
    "as percentages (two decimals) and a speed.\n\n"                                \
    "WHAT:\n"                                                                       \
    "  tokenize GOLD.conllu   tokens and sentences from the raw text of GOLD\n"    \
    "  tag GOLD.conllu        UPOS, XPOS and lemma on gold tokens\n"              \
    "  timex DOCS.jsonl GOLD.jsonl  time expressions and their TIMEX3 values\n"   \
    "  quotes DOCS.jsonl ATTR.jsonl  quotations and speakers (PolNeAR)\n"         \
    "  ner GOLD.iob2          named entities (exact-span F1 as conlleval)\n"

#define EVAL_TOKENIZE_USAGE                                                         \
    "usage: chronicle eval tokenize GOLD.conllu\n\n"                                \
    "Rebuilds the raw text of each document of GOLD from its '# text' lines\n"     \
    "('# newdoc' starts a document, '# newpar' a paragraph, separated by a blank\n" \
    "line; sentences joined by one space), tokenizes and splits it, and scores\n"  \
    "tokens and sentences by their character spans as the CoNLL 2018 scorer does\n" \
    "(a multiword token such as \"don't\" is one token). Prints\n"                 \
    "{\"tokens_f1\":..,\"sentences_f1\":..,\"mb_per_s\":..} (percentages).\n"

#endif
