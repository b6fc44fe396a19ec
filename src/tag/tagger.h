/*
 * tagger.h - the part-of-speech tagger and lemmatizer stage.
 *
 * A greedy left-to-right tagger: each word gets one class, a (UPOS, Penn
 * XPOS) pair, from an averaged perceptron over hashed features
 * (features.h), except frequent words the training data always tags the
 * same way, which the tag dictionary settles without scoring. Word
 * clusters learned from unlabeled news (clusters.h) ship in the model.
 * The lemma comes from the lemmatizer (lemma.h) given the XPOS.
 *
 * A loaded tagger is read-only: any number of threads may tag at once.
 */
#ifndef CHR_TAG_TAGGER_H
#define CHR_TAG_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "chronicle.h"
#include "learn/perceptron.h"
#include "tag/lemma.h"
#include "tag/wordfeat.h"

#define CHR_TAG_KIND "tag"
#define CHR_TAG_MAXCLASS 1024
/* The classes of the two words before the first. */
#define CHR_TAG_NONE1 (CHR_TAG_MAXCLASS + 1)
#define CHR_TAG_NONE2 (CHR_TAG_MAXCLASS + 2)

typedef struct chrTagger {
    chrLinear lin;
    uint32_t nclass;
    uint8_t *upos;          /* per class: chr_upos */
    uint16_t *xpos_id;      /* per class: index into xpos names */
    const char **xpos;      /* per xpos id: the Penn tag (into names) */
    uint32_t nxpos;
    int quote_open, quote_close; /* classes PUNCT `` and PUNCT '', or -1 */
    char *names;
    chrTagClusters clusters;
    chrTagLexicon lex;      /* known words, with tag dictionary entries */
    chrLemmatizer lemma;
    /* Per frequent word (chrTagWord.vrow), the weights of its role
     * features summed per role, built at load time: the same scores as
     * the features, fewer lookups. The word's own role sums in int32
     * (svec, one row of nclass), the neighbour roles in int16 (wvec,
     * CHR_TAG_NROLES - 1 rows of nclass; a role whose sums do not fit
     * keeps its features). */
    int32_t *svec;
    int16_t *wvec;
    size_t nvec;
    /* The weights of the previous-tag features, per tag (and the two
     * "none" values after the classes): 2 x (nclass + 2) rows. */
    int16_t *tvec;
    char data_name[256];
} chrTagger;

/* How many of the model's words (stored most frequent first) get summed
 * role weights. */
#define CHR_TAG_VECWORDS 32768

/* Loads a tagger model. Returns CHR_OK or a status with "path: reason"
 * in err; release with chrTagger_release() in any case. */
int chrTagger_load(chrTagger *t, const char *path, char *err, size_t errlen);
void chrTagger_release(chrTagger *t);

/* Word lookup for a sentence: w[-2..n+1] are set (padding included);
 * words the lexicon lacks are computed into local[0..n). w must have room
 * for n + 4 pointers and is used from w + 2 on: pass w, use w + 2. */
void chrTagger_words(const chrTagLexicon *lx, const chrTagClusters *cl,
                     const char *const *forms, size_t n, const chrTagWord **w,
                     chrTagWord *local);

/* Tags the words w (as set by chrTagger_words, from w + 2) into
 * classes[0..n). */
void chrTagger_classes(const chrTagger *t, const chrTagWord *const *w, size_t n,
                       uint16_t *classes);

/* Tags and lemmatizes every sentence of doc (tokens must exist).
 * Returns CHR_OK or CHR_ENOMEM. */
int chrTagger_run(const chrTagger *t, chr_doc *doc);

/* Training options for chrTagger_train (tag/train.c). */
typedef struct chrTagTrainOptions {
    const char *train, *dev;   /* CoNLL-U files */
    const char *out;           /* model path */
    const char *news;          /* unlabeled text for clusters: files or
                                  directories, ':'-separated; NULL: none */
    unsigned clusters;         /* fine clusters (coarse = fine / 8); 0: none */
    unsigned epochs;
    uint64_t seed;
    float prune;
    unsigned ensemble;         /* perceptrons mixed into one (0 or 1: one) */
    int verbose;               /* progress on stderr */
} chrTagTrainOptions;

int chrTagger_train(const chrTagTrainOptions *o, char *err, size_t errlen);



/* Accuracy of a tagger on gold-tokenized sentences (io/conllu.h). */
struct chrConllu;
typedef struct chrTagScore {
    size_t words, upos, xpos, lemma; /* words, and how many were right */
    double seconds;                  /* tagging + lemmatizing time */
} chrTagScore;

/* Tags every sentence of gold (with its gold tokens) and counts the
 * agreements; lemma is only checked when with_lemma. Returns CHR_OK or
 * CHR_ENOMEM. */
int chrTagger_evaluate(const chrTagger *t, const struct chrConllu *gold, int with_lemma,
                       chrTagScore *out);
#endif
