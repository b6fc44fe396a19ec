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
    "  --format conllu|json|none  output (default conllu; json = JSON Lines;\n"   \
    "                    none = only count, and time the tokenizer)\n"         \
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
    "usage: chronicle dict check DIR [--petrarch] [--strict] [--quiet]\n\n"      \
    "Loads the dictionary directory DIR (chronicle's own format, see\n"            \
    "docs/DICT-FORMAT.md), reports every malformed line as file:line: reason,\n"   \
    "and prints counts per kind and the load time. Exit 1 when a line is bad.\n\n" \
    "options:\n"                                                                   \
    "  --petrarch  DIR holds PETRARCH-1 or PETRARCH2/Phoenix dictionary files\n"   \
    "  --strict    stop at the first malformed line\n"                             \
    "  --quiet     do not print the messages, only the counts\n"

int cmd_code(int argc, char **argv);
#define CODE_USAGE                                                                  \
    "usage: chronicle code [options] [FILES...]\n\n"                               \
    "Codes CAMEO events from raw text (tokenize, tag, parse, code) and prints one\n" \
    "JSON object per event (schema: README, 'Event output'): doc, sentence, date,\n" \
    "source and target {code, text, span}, code, root, quad, goldstein, evidence.\n" \
    "Reads standard input without FILES.\n\n"                                      \
    "options:\n"                                                                    \
    "  --format json|tsv     JSON Lines (default) or 'date src tgt code id' lines\n" \
    "  --dict DIR            dictionaries in chronicle's format (default: shipped dict/)\n" \
    "  --petrarch DIR        PETRARCH-1 or PETRARCH2/Phoenix dictionary files\n"   \
    "  --tabari PROJECT      the dictionaries a TABARI .project names\n"           \
    "  --models DIR          tagger and parser models (default: shipped)\n"        \
    "  --keep-negated        also print negated events, with \"negated\":true\n"    \
    "  --all-events          keep repeats of (date, source, target, code) in a document\n" \
    "  --monadic             also print events lacking a source or target (\"---\")\n" \
    CLI_INPUT_USAGE

int cmd_tag(int argc, char **argv);
#define TAG_USAGE                                                                   \
    "usage: chronicle tag [options] [FILES...]\n\n"                                 \
    "Tokenizes each document and tags it: prints CoNLL-U with LEMMA, UPOS and\n"   \
    "XPOS (Penn Treebank) filled, TokenRange=START:END and SpaceAfter=No in MISC.\n" \
    "The model is models/en-tag.bin (from $CHRONICLE_DATA, beside the program or\n" \
    "the install). Reads standard input without FILES.\n\n"                        \
    "options:\n"                                                                     \
    "  --format conllu    output format (the only one)\n"                           \
    CLI_INPUT_USAGE

int cmd_train(int argc, char **argv);
#define TRAIN_USAGE                                                                 \
    "usage: chronicle train WHAT [options]\n\n"                                     \
    "Trains a model from gold data with a fixed seed and writes the model file.\n\n" \
    "WHAT:\n"                                                                       \
    "  tag --train F --dev F -o models/en-tag.bin   tagger and lemmatizer\n"       \
    "  ner --train F.iob2 --dev F.iob2 -o models/en-ner.bin   entity labeller\n"  \
    "  parse --train F --dev F -o models/en-parse.bin  dependency parser\n"       \
    "\n'chronicle train WHAT --help' tells more.\n"

int cmd_ingest(int argc, char **argv);
#define INGEST_USAGE                                                                \
    "usage: chronicle ingest --db FILE.sqlite [options] [INPUTS...]\n\n"            \
    "Runs the whole pipeline over the inputs and keeps documents, sentences\n"     \
    "(full-text indexed), entities, mentions, events, quotations and time\n"       \
    "expressions in an SQLite database (tables: docs/SCHEMA.md). Documents are\n"  \
    "keyed by id and content: ingesting the same input again adds nothing, a\n"    \
    "changed document is replaced, and a killed run can simply be run again.\n"    \
    "Results are written in input order whatever -j is. On a terminal a\n"         \
    "progress line shows documents done, per second, events, skipped and ETA.\n\n" \
    "options:\n"                                                                    \
    "  --db FILE          the database (created when absent)\n"                    \
    "  -j, --jobs N       worker threads (default: the number of cores)\n"         \
    CLI_INPUT_USAGE

int cmd_query(int argc, char **argv);
#define QUERY_USAGE                                                                 \
    "usage: chronicle query --db FILE [filters] [--format table|jsonl|csv]\n\n"     \
    "Prints the stored events that match every filter given, each with the\n"     \
    "sentence it was coded from; ordered by date, then input order. Output is\n"  \
    "an aligned table on a terminal, JSON Lines otherwise (or as --format says).\n\n" \
    "filters:\n"                                                                    \
    "  --actor X      source or target: actor code prefix (MEX, MEXGOV) or entity name\n" \
    "  --source X     the source only       --target X   the target only\n"        \
    "  --code C       event code (063)      --root R     root code (06)\n"         \
    "  --quad N       quad class 1-4        --doc ID     one document\n"           \
    "  --since DATE   --until DATE          event dates, YYYY-MM-DD, inclusive\n"  \
    "  --text WORDS   sentences holding all these words (full-text index)\n"       \
    "  --limit N      at most N events\n"

int cmd_story(int argc, char **argv);
#define STORY_USAGE                                                                 \
    "usage: chronicle story --db FILE --entity NAME [--format text|jsonl]\n\n"      \
    "Prints the timeline of one entity across all stored documents: the events\n" \
    "it takes part in and the quotations it speaks, in date order. NAME matches\n" \
    "an entity's name or any of its mentions, an actor's or speaker's words, or\n" \
    "an actor code (case-insensitive).\n"

int cmd_export(int argc, char **argv);
#define EXPORT_USAGE                                                                \
    "usage: chronicle export --db FILE --format gdelt|phoenix|jsonl\n\n"            \
    "Writes every stored event to standard output:\n"                              \
    "  gdelt    GDELT 2.0 event table, 61 tab-separated columns, one row per\n"     \
    "           distinct (date, source, target, code) with NumMentions,\n"          \
    "           NumSources and NumArticles counted across the collection\n"         \
    "  phoenix  Phoenix, 26 tab-separated columns, grouped the same way\n"          \
    "  jsonl    one JSON object per event (the schema of 'chronicle code')\n"

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
    "  ner GOLD.iob2          named entities (exact-span F1 as conlleval)\n"     \
    "  events SUITE           CAMEO events against a TABARI .project or PETRARCH .xml\n" \
    "  parse GOLD.conllu      dependencies on gold tokens, predicted tags\n"      \
    "  dict-compare NEWS.jsonl --phoenix DIR  dict/ against Phoenix on news\n"

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
