/*
 * jackknife.h - predicted tags for the parser's own training data.
 *
 * The parser meets predicted tags in use, so it should learn on them
 * too; but a tagger tags its own training data almost perfectly. Each of
 * K contiguous parts of the treebank is therefore tagged by a tagger
 * trained on the other K-1 parts (jackknifing), with the tagger's own
 * trainer (tag/tagger.h; no word clusters, to keep it quick).
 */
#ifndef CHR_PARSE_JACKKNIFE_H
#define CHR_PARSE_JACKKNIFE_H

#include <stdio.h>

#include "core/arena.h"
#include "io/conllu.h"

typedef struct chrJackknife {
    chrArena arena;      /* the lemma strings and arrays below */
    size_t nsents;
    size_t *line;        /* first line of each sentence, ascending */
    size_t *first;       /* its first word in the arrays below */
    const char **xpos, **lemma;
    int *upos;
} chrJackknife;

/* Tags every sentence of the treebank at path (already loaded as tb)
 * with folds taggers of epochs passes each. Temporary files go to a
 * fresh directory under $TMPDIR (or /tmp) and are removed. Returns
 * CHR_OK or a status with a message in err. Release with
 * chrJackknife_release() in any case. */
int chrJackknife_run(const char *path, const chrConllu *tb, int folds, unsigned epochs, FILE *log,
                     chrJackknife *out, char *err, size_t errlen);
void chrJackknife_release(chrJackknife *j);

/* A chrParseTagFn (evaluate.h) over the result: ctx is the chrJackknife;
 * the sentence is found by its line number. */
int chrJackknife_tags(void *ctx, const chrConlluSentence *s, const char **xpos, int *upos,
                      const char **lemma);

#endif
