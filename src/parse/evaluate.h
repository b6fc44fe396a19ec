/*
 * evaluate.h - attachment scores of a parser model on a gold treebank,
 * with gold tokens and tags from a chosen source (the gold ones, or a
 * tagger's), as training (dev scores per epoch) and `chronicle eval
 * parse` need them.
 *
 * Scoring follows the CoNLL 2018 shared task scorer: every word counts,
 * punctuation included; LAS compares the universal part of the relation
 * (nsubj for nsubj:pass). las_full compares whole labels, subtypes
 * included, and the per-relation figures use whole labels as well.
 */
#ifndef CHR_PARSE_EVALUATE_H
#define CHR_PARSE_EVALUATE_H

#include <stddef.h>

#include "io/conllu.h"
#include "parse/model.h"

/* Writes the tags the parser should see for the words of sentence s:
 * xpos[i], upos[i], lemma[i] for i in 0..s->nwords-1 (strings owned by
 * s or ctx, valid until the next call). Returns CHR_OK or a negative
 * status. */
typedef int (*chrParseTagFn)(void *ctx, const chrConlluSentence *s, const char **xpos,
                             int *upos, const char **lemma);

/* The gold tags and lemmas of the treebank. */
int chrParseEval_goldTags(void *ctx, const chrConlluSentence *s, const char **xpos, int *upos,
                          const char **lemma);

#define CHR_PARSE_EVAL_RELS 8

typedef struct chrParseScore {
    size_t words, head_ok, label_ok, full_ok;
    double parse_seconds; /* time spent in the parser alone */
    /* whole-label LAS of the relations in chrParseEval_relations */
    size_t rel_gold[CHR_PARSE_EVAL_RELS], rel_ok[CHR_PARSE_EVAL_RELS];
} chrParseScore;

/* The relations reported one by one: nsubj, nsubj:pass, obj, iobj, obl,
 * ccomp, xcomp, conj. */
extern const char *const chrParseEval_relations[CHR_PARSE_EVAL_RELS];

/* Parses every sentence of gold with tags from tag(ctx) and scores it.
 * Returns CHR_OK or a negative status. */
int chrParseEval_treebank(const chrParseModel *m, const chrConllu *gold, chrParseTagFn tag,
                          void *ctx, chrParseScore *out);

#endif
