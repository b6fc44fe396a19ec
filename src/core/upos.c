/*
 * upos.c - names of the Universal POS tags (UD v2), the one tag set that
 * is fixed by the guidelines rather than learned from a treebank.
 */
#include "chronicle.h"

#include <string.h>

static const char *const upos_names[CHR_UPOS_COUNT] = {
    "_",     "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM",   "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

const char *chr_upos_name(int upos) {
    if (upos <= 0 || upos >= CHR_UPOS_COUNT) return "_";
    return upos_names[upos];
}

int chr_upos_from_name(const char *name) {
    if (!name) return CHR_UPOS_NONE;
    for (int i = 1; i < CHR_UPOS_COUNT; i++)
        if (strcmp(upos_names[i], name) == 0) return i;
    return CHR_UPOS_NONE;
}
