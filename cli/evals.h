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

int eval_quotes(int argc, char **argv);
#define EVAL_QUOTES_USAGE                                                           \
    "usage: chronicle eval quotes [--split NAME] [--errors] DOCS.jsonl ATTR.jsonl\n\n" \
    "DOCS: {\"id\",\"text\",\"meta\"} per article; ATTR: PolNeAR attributions\n"      \
    "{\"doc\",\"source\",\"cue\",\"content\"} with code-point segments. Direct\n"     \
    "quotations are the attributions whose content begins with a quotation mark.\n" \
    "Prints quote_f1 (a match overlaps by half of the longer span) and\n"          \
    "speaker_accuracy (speaker span or its entity overlaps the gold source).\n"     \
    "--split NAME keeps articles whose meta.split is NAME; --errors lists\n"       \
    "misses (FN), false alarms (FP) and wrong speakers (SPK) on stderr.\n"
int eval_ner(int argc, char **argv);
#define EVAL_NER_USAGE                                                              \
    "usage: chronicle eval ner GOLD.iob2 [--model FILE] [--dict DIR] [--errors]\n\n" \
    "Labels the gold tokens of a UNER IOB2 file (id, form, tag columns), one\n"   \
    "document ('# newdoc') at a time with the names kept consistent across it, and\n" \
    "prints {\"f1\",\"precision\",\"recall\",\"per\",\"org\",\"loc\",\"words_per_s\"}:\n" \
    "exact-span micro scores as conlleval computes them (percentages) and the\n"  \
    "labeller's speed on one thread. --errors prints the sentences with a\n"      \
    "mistake on stderr (form, gold, predicted).\n"
int eval_events(int argc, char **argv);
#define EVAL_EVENTS_USAGE                                                           \
    "usage: chronicle eval events SUITE [--dict-dir DIR ...] [--models DIR] [--verbose] [--strict]\n\n" \
    "Runs an event-coding validation suite from raw text (tokenize, tag, parse,\n" \
    "code). SUITE is a TABARI .project or a PETRARCH records .xml whose\n"          \
    "<Environment> names the dictionaries (looked up beside it, then in each\n"    \
    "--dict-dir). A record passes when its coded (source, target, code) set equals\n" \
    "the expected one. Prints {\"records\",\"passed\",\"accuracy\" (percent),\n"  \
    "\"by_category\",\"sentences_per_s\"}; --verbose lists failures on stderr.\n"
int eval_parse(int argc, char **argv);
#define EVAL_PARSE_USAGE                                                            \
    "usage: chronicle eval parse [options] GOLD.conllu\n\n"                          \
    "Parses the gold tokens of GOLD on tags predicted by the tagger and prints\n"   \
    "uas, las (CoNLL 2018 scorer: punctuation counts, LAS on universal labels)\n"  \
    "and words_per_s (the parser alone: CPU time of one thread, median of 5\n"  \
    "passes).\n\n"                            \
    "options:\n"                                                                      \
    "  --per-relation  also las_full (subtypes count) and whole-label LAS for\n"     \
    "                  nsubj, nsubj:pass, obj, iobj, obl, ccomp, xcomp, conj\n"      \
    "  --model FILE    parser model (default: shipped models/en-parse.bin)\n"        \
    "  --tagger FILE   tagger model (default: shipped models/en-tag.bin)\n"          \
    "  --gold-tags     parse on the gold tags of GOLD instead\n"
int eval_dict_compare(int argc, char **argv);
#define EVAL_DICT_COMPARE_USAGE                                                     \
    "usage: chronicle eval dict-compare NEWS.jsonl --phoenix DIR [--dict DIR]\n"     \
    "       [--sample N --seed S [--sample-out FILE]] [--misses FILE] [--limit N]\n" \
    "       [--phoenix-sample N [--phoenix-sample-out FILE]] [--judged FILE]\n"      \
    "       [--judged-dict FILE]\n\n"                                               \
    "Parses each document once and codes it twice: with chronicle's dict/ (or\n"   \
    "--dict DIR) and with the PETRARCH/Phoenix dictionaries in DIR. Prints\n"       \
    "{\"articles\",\"events_dict\",\"events_phoenix\",\"per_article_dict\",\n"     \
    "\"per_article_phoenix\",\"phoenix_found_by_dict\" (percent of Phoenix events\n" \
    "with a dict/ event of the same sentence, root code and source and target\n"   \
    "country),\"phoenix_with_media\" (Phoenix events with a news outlet or\n"      \
    "journalist as actor; the coder codes no statement to or meeting with one,\n"  \
    "so these are mostly acts on journalists),\"seconds\"}.\n"                      \
    "--sample N writes N seeded random dict/ events with\n"                            \
    "their sentences (stderr, or --sample-out FILE); --misses FILE lists the\n"     \
    "Phoenix events dict/ missed; --phoenix-sample N draws Phoenix events the\n"   \
    "same way, each marked found_by_dict; --judged FILE reads hand-judged\n"      \
    "Phoenix events (doc, sentence, source, target, code, right|wrong; tab-\n"   \
    "separated) and adds judged_recall: the percent of the right ones dict/\n"   \
    "also codes; --judged-dict FILE reads hand-judged dict/ events the same\n"  \
    "way and adds dict_judged_precision: the percent right of those dict/\n"    \
    "still codes exactly; --limit N stops after N documents.\n"

#endif
