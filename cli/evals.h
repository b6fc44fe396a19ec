/*
 * evals.h - the evaluations behind `chronicle eval`, one file each
 * (cli/eval_<what>.c). Each prints one JSON object on stdout.
 */
#ifndef CHR_CLI_EVALS_H
#define CHR_CLI_EVALS_H

/* int eval_<what>(int argc, char **argv); one line each */
int eval_tokenize(int argc, char **argv);

int eval_tag(int argc, char **argv);
#define EVAL_TAG_USAGE                                                              \
    "usage: chronicle eval tag GOLD.conllu [--model F] [--runs N]\n\n"              \
    "Tags the gold tokens of GOLD and prints upos, xpos and lemma accuracy and\n"   \
    "words_per_s: the median of N timed passes (default 5) on one core, model\n"   \
    "loaded. The model is models/en-tag.bin unless --model is given.\n"

int eval_timex(int argc, char **argv);
#define EVAL_TIMEX_USAGE                                                            \
    "usage: chronicle eval timex [--errors] DOCS.jsonl GOLD.jsonl\n\n"              \
    "DOCS: {\"id\",\"date\",\"text\"} per line; GOLD: {\"doc\",\"start\",\"end\",\"value\"}\n" \
    "per expression (byte offsets). Prints detect_f1 (overlap match),\n"            \
    "value_accuracy (gold spans normalised) and value_f1 (overlap + same value).\n" \
    "--errors lists the mistakes on stderr.\n"

int eval_parse(int argc, char **argv);
#define EVAL_PARSE_USAGE                                                            \
    "usage: chronicle eval parse [options] GOLD.conllu\n\n"                          \
    "Parses the gold tokens of GOLD on tags predicted by the tagger and prints\n"   \
    "uas, las (CoNLL 2018 scorer: punctuation counts, LAS on universal labels)\n"  \
    "and words_per_s (the parser alone, one thread).\n\n"                            \
    "options:\n"                                                                      \
    "  --per-relation  also las_full (subtypes count) and whole-label LAS for\n"     \
    "                  nsubj, nsubj:pass, obj, iobj, obl, ccomp, xcomp, conj\n"      \
    "  --model FILE    parser model (default: shipped models/en-parse.bin)\n"        \
    "  --tagger FILE   tagger model (default: shipped models/en-tag.bin)\n"          \
    "  --gold-tags     parse on the gold tags of GOLD instead\n"

#endif
