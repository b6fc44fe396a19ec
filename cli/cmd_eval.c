/*
 * cmd_eval.c - `chronicle eval WHAT ...`: finds the evaluation and runs it.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "evals.h"

static const cli_command evals[] = {
    {"tokenize", eval_tokenize, "tokens and sentences against a UD treebank", EVAL_TOKENIZE_USAGE},
    {"tag", eval_tag, "UPOS, XPOS and lemma accuracy on gold tokens", EVAL_TAG_USAGE},
    {"events", eval_events, "CAMEO events against a TABARI or PETRARCH suite", EVAL_EVENTS_USAGE},
    {"timex", eval_timex, "time expressions against TimeBank-style gold", EVAL_TIMEX_USAGE},
    {"quotes", eval_quotes, "quotations and speakers against PolNeAR", EVAL_QUOTES_USAGE},
    {"ner", eval_ner, "named entities against UNER IOB2 gold", EVAL_NER_USAGE},
    {"dict-compare", eval_dict_compare, "dict/ against the Phoenix dictionaries on news",
     EVAL_DICT_COMPARE_USAGE},
    {"parse", eval_parse, "dependency parse on gold tokens", EVAL_PARSE_USAGE},
    {0, 0, 0, 0}};

int cmd_eval(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0) {
        fputs(EVAL_USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    const cli_command *e = cli_find(evals, argv[1]);
    if (!e) {
        fprintf(stderr, "chronicle eval: nothing called '%s' to evaluate; see 'chronicle help eval'\n",
                argv[1]);
        return EXIT_USAGE;
    }
    return e->run(argc - 1, argv + 1);
}
