/*
 * trains.h - the trainers behind `chronicle train`, one file each
 * (cli/train_<what>.c), dispatched by cli/cmd_train.c.
 */
#ifndef CHR_CLI_TRAINS_H
#define CHR_CLI_TRAINS_H

int train_ner(int argc, char **argv);
#define TRAIN_NER_USAGE                                                              \
    "usage: chronicle train ner --train TRAIN.iob2 [--dev DEV.iob2] -o MODEL\n"      \
    "                           [--epochs N] [--prune W] [--dict DIR] [--quiet]\n"      \
    "                           [--casing DOCS]...\n\n"  \
    "Trains the named-entity labeller on IOB2 columns (UNER layout: id, form,\n"   \
    "tag) with dictionary features from DIR (default: the shipped dict/) and\n"    \
    "writes MODEL. With --dev, the epoch scoring best on it is kept. --casing\n"  \
    "DOCS (any input chronicle reads, up to 16) also teaches the table of how\n"  \
    "words are usually written, used to read all-caps headlines and datelines.\n" \
    "Defaults: --epochs 12, --prune 0.\n"

#endif
