/*
 * trains.h - the trainers behind `chronicle train`, one file each
 * (cli/train_<what>.c).
 */
#ifndef CHR_CLI_TRAINS_H
#define CHR_CLI_TRAINS_H

int train_tag(int argc, char **argv);
#define TRAIN_TAG_USAGE                                                             \
    "usage: chronicle train tag --train F --dev F -o MODEL [options]\n\n"           \
    "Trains the part-of-speech tagger and lemmatizer on a CoNLL-U treebank and\n"   \
    "writes MODEL (models/en-tag.bin is the one the pipeline loads).\n\n"            \
    "options:\n"                                                                     \
    "  --train F        training treebank (CoNLL-U)\n"                               \
    "  --dev F          development treebank: picks the best epoch\n"                \
    "  -o, --output F   the model file to write\n"                                   \
    "  --news P[:P...]  unlabeled text (files or directories of JSON Lines or\n"     \
    "                   text) to learn word clusters from\n"                         \
    "  --clusters N     fine word clusters (coarse = N/8; default 256; 0: none)\n"  \
    "  --epochs N       training passes (default 10)\n"                              \
    "  --seed N         shuffling seed (default 1)\n"                                \
    "  --prune X        drop averaged weights below X (default 0.5)\n"               \
    "  --ensemble K     train K taggers on different shuffles and mix their\n"    \
    "                   weights into one model (default 1)\n"                       \
    "  --quiet          no progress on stderr\n"
int train_ner(int argc, char **argv);
#define TRAIN_NER_USAGE                                                              \
    "usage: chronicle train ner --train TRAIN.iob2 [--dev DEV.iob2] -o MODEL\n"      \
    "                           [--epochs N] [--prune W] [--dict DIR] [--quiet]\n"      \
    "                           [--casing DOCS]... [--news DOCS]... [--clusters N]\n" \
    "                           [--clusters-from MODEL]\n\n"                            \
    "Trains the named-entity labeller on IOB2 columns (UNER layout: id, form,\n"   \
    "tag) with dictionary features from DIR (default: the shipped dict/) and\n"    \
    "writes MODEL. With --dev, the epoch scoring best on it is kept. --casing\n"  \
    "DOCS (any input chronicle reads, up to 16) also teaches the table of how\n"  \
    "words are usually written, used to read all-caps headlines and datelines.\n" \
    "--news DOCS (up to 16) is unlabeled text the model learns N fine word\n"     \
    "clusters from (coarse = N/8), stored in MODEL; --clusters-from MODEL\n"       \
    "reuses the clusters of another ner or tag model instead. --dropout X shows\n" \
    "that share of training words as unknown (0..0.5); --seed N shuffles anew.\n"   \
    "--ensemble K trains K labellers side by side on different shuffles and\n"   \
    "stores their mixed (averaged) weights as one model (1..16). --org-names\n"  \
    "FILE (default DIR/names-org.lst when present; 'none' for no list) is the\n" \
    "NER-only list of organisation names, stored in MODEL.\n"                    \
    "Defaults: --epochs 12, --prune 0, --clusters 256.\n"

int train_parse(int argc, char **argv);
#define TRAIN_PARSE_USAGE                                                           \
    "usage: chronicle train parse --train TRAIN.conllu [--dev DEV.conllu] -o MODEL\n\n" \
    "Trains the dependency parser (greedy arc-eager, dynamic oracle, averaged\n"    \
    "perceptron, pseudo-projective labels) and writes MODEL. With --dev the\n"      \
    "epoch with the best dev LAS is kept.\n\n"                                      \
    "options:\n"                                                                    \
    "  --tagger MODEL   train and pick the epoch on this tagger's predicted tags\n"  \
    "                   (default: the gold tags of the treebank)\n"                  \
    "  --jackknife K    train on tags from K taggers, each trained on the other\n"  \
    "                   parts of TRAIN (--tagger then tags the dev set only)\n"     \
    "  --epochs N       passes over the training data (default 15)\n"               \
    "  --seed N         shuffling and exploration seed (default 1)\n"               \
    "  --max-mb MB      prune weights until the model fits (default 20)\n"

#endif
