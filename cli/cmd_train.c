/*
 * cmd_train.c - `chronicle train WHAT ...`: finds the trainer and runs it.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "trains.h"

static const cli_command trainers[] = {
    {"tag", train_tag, "part-of-speech tagger and lemmatizer", TRAIN_TAG_USAGE},
    {"ner", train_ner, "the named-entity labeller", TRAIN_NER_USAGE},
    {"parse", train_parse, "the dependency parser from a UD treebank", TRAIN_PARSE_USAGE},
    {0, 0, 0, 0}};

int cmd_train(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0) {
        fputs(TRAIN_USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    const cli_command *t = cli_find(trainers, argv[1]);
    if (!t) {
        fprintf(stderr, "chronicle train: nothing called '%s' to train; see 'chronicle help train'\n",
                argv[1]);
        return EXIT_USAGE;
    }
    return t->run(argc - 1, argv + 1);
}
