/*
 * evals.h - the evaluations behind `chronicle eval`, one file each
 * (cli/eval_<what>.c). Each prints one JSON object on stdout.
 */
#ifndef CHR_CLI_EVALS_H
#define CHR_CLI_EVALS_H

/* int eval_<what>(int argc, char **argv); one line each */
int eval_tokenize(int argc, char **argv);

int eval_timex(int argc, char **argv);
#define EVAL_TIMEX_USAGE                                                            \
    "usage: chronicle eval timex [--errors] DOCS.jsonl GOLD.jsonl\n\n"              \
    "DOCS: {\"id\",\"date\",\"text\"} per line; GOLD: {\"doc\",\"start\",\"end\",\"value\"}\n" \
    "per expression (byte offsets). Prints detect_f1 (overlap match),\n"            \
    "value_accuracy (gold spans normalised) and value_f1 (overlap + same value).\n" \
    "--errors lists the mistakes on stderr.\n"

int eval_events(int argc, char **argv);
#define EVAL_EVENTS_USAGE                                                           \
    "usage: chronicle eval events SUITE [--dict-dir DIR ...] [--models DIR] [--verbose] [--strict]\n\n" \
    "Runs an event-coding validation suite from raw text (tokenize, tag, parse,\n" \
    "code). SUITE is a TABARI .project or a PETRARCH records .xml whose\n"          \
    "<Environment> names the dictionaries (looked up beside it, then in each\n"    \
    "--dict-dir). A record passes when its coded (source, target, code) set equals\n" \
    "the expected one. Prints {\"records\",\"passed\",\"accuracy\" (percent),\n"  \
    "\"by_category\",\"sentences_per_s\"}; --verbose lists failures on stderr.\n"

#endif
