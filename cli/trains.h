/*
 * trains.h - the trainers behind `chronicle train`, one file each
 * (cli/train_<what>.c).
 */
#ifndef CHR_CLI_TRAINS_H
#define CHR_CLI_TRAINS_H

int train_parse(int argc, char **argv);
#define TRAIN_PARSE_USAGE                                                           \
    "usage: chronicle train parse --train TRAIN.conllu [--dev DEV.conllu] -o MODEL\n\n" \
    "Trains the dependency parser (greedy arc-eager, dynamic oracle, averaged\n"    \
    "perceptron, pseudo-projective labels) and writes MODEL. With --dev the\n"      \
    "epoch with the best dev LAS is kept.\n\n"                                      \
    "options:\n"                                                                    \
    "  --tagger MODEL   train and pick the epoch on this tagger's predicted tags\n"  \
    "                   (default: the gold tags of the treebank)\n"                  \
    "  --epochs N       passes over the training data (default 15)\n"               \
    "  --seed N         shuffling and exploration seed (default 1)\n"               \
    "  --max-mb MB      prune weights until the model fits (default 20)\n"

#endif
