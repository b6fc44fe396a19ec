/*
 * ner.h - the named-entity labeller: a greedy left-to-right BIO tagger
 * over the averaged perceptron of src/learn, and its model file.
 *
 * A model (kind "ner") holds the quantised weights ("weights"), the
 * usual-case table ("casing"), its own word clusters ("clusters",
 * optional: wordclass.h), plus a small header section ("config")
 * saying whether it was trained with part-of-speech features. The
 * dictionary features come from the lexicon given at labelling time, so
 * a model must be used with the dictionaries it was trained with (the
 * shipped dict/).
 *
 * A loaded model is read-only: any number of threads may label with it,
 * each with its own chrNerWork.
 */
#ifndef CHR_NER_NER_H
#define CHR_NER_NER_H

#include <stddef.h>
#include <stdint.h>

#include "learn/perceptron.h"
#include "lex/lexicon.h"
#include "ner/casing.h"
#include "ner/features.h"
#include "ner/wordclass.h"

#define CHR_NER_KIND "ner"

typedef struct chrNerModel {
    chrLinear weights;
    chrCasing casing;
    chrTagClusters clusters; /* empty when the model has none */
    chrNerOrgs orgs;         /* empty when the model has no "orgnames" */
    int use_pos; /* trained with UPOS features */
} chrNerModel;

/* Loads path; failures give a negative status and "path: reason" in err. */
int chrNer_load(const char *path, chrNerModel **out, char *err, size_t errlen);
/* The same from bytes in memory (tests). */
int chrNer_loadBytes(const char *name, const void *data, size_t len, chrNerModel **out, char *err,
                     size_t errlen);
void chrNer_free(chrNerModel *m);

/* Labels forms[0..n) (upos may be NULL) into labels[0..n) (CHR_NER_*).
 * Returns CHR_OK or CHR_ENOMEM. */
int chrNer_label(const chrNerModel *m, const chrLex *lex, chrNerWork *w, const char *const *forms,
                 const uint8_t *upos, size_t n, uint8_t *labels);

/* Labels the nsents sentences of one document, sentence s being the
 * words forms[first[s] .. first[s + 1]), into labels[] at the same
 * places, then makes the labels of the document's names consistent
 * (propagate.h). Returns CHR_OK or CHR_ENOMEM. */
int chrNer_labelDocument(const chrNerModel *m, const chrLex *lex, chrNerWork *w,
                         const char *const *forms, const size_t *first, size_t nsents,
                         uint8_t *labels);

/* 1 when label may follow prev (I-X only after B-X or I-X). */
static inline int chrNer_allowed(int prev, int label) {
    return CHR_NER_IS_B(label) || label == CHR_NER_O || CHR_NER_TYPE(prev) == CHR_NER_TYPE(label);
}

/* ----------------------------------------------------------- training */

/* A labelled corpus: sentences of forms with gold labels. */
typedef struct chrNerCorpus {
    const char **forms;  /* all tokens */
    uint8_t *labels;     /* gold labels per token */
    uint8_t *upos;       /* NULL, or tags per token */
    size_t *first;       /* first token of each sentence; first[nsents] = ntokens */
    size_t *doc;         /* first sentence of each document; doc[ndocs] = nsents */
    size_t ndocs;
    size_t nsents, ntokens;
    void *mem;           /* owned storage */
} chrNerCorpus;

/* Reads a UNER IOB2 file (columns: id, form, tag, ...; '#' comments;
 * sentences separated by blank lines; '# newdoc' starts a document, and
 * a file without any is one document). Tags other than PER, ORG, LOC
 * become O. Errors name path:line. */
int chrNerCorpus_load(const char *path, chrNerCorpus *c, char *err, size_t errlen);
void chrNerCorpus_release(chrNerCorpus *c);

typedef struct chrNerTrainOptions {
    int epochs;          /* most epochs (the best on dev is kept) */
    float prune;         /* drop averaged weights below this */
    const chrLex *lex;   /* dictionaries for features (may be NULL) */
    int verbose;         /* progress on stderr */
    const char *const *casing_inputs; /* documents (chr_reader inputs) whose words also
                                         teach the usual-case table, e.g. news text */
    size_t ncasing_inputs;
    const char *const *news;  /* documents to learn word clusters from */
    size_t nnews;
    unsigned nclusters;       /* fine clusters (coarse: a eighth); 0 = none */
    const char *clusters_from; /* or: a model (ner or tag) whose clusters to reuse */
    float word_dropout;       /* share of training words shown as unknown (0..0.5) */
    const char *org_names;    /* list of organisation names (orgnames.h), or NULL */
    uint64_t seed;            /* shuffling seed (0: the default) */
    unsigned ensemble;        /* perceptrons trained side by side on different
                                 shuffles and mixed (0 or 1: one) */
} chrNerTrainOptions;

/* Trains on train (dev may be NULL: then every epoch is kept) and writes
 * the model to path. Returns CHR_OK or a negative status with err. */
int chrNer_train(const chrNerCorpus *train, const chrNerCorpus *dev,
                 const chrNerTrainOptions *opt, const char *data_name, const char *path, char *err,
                 size_t errlen);

/* Exact-span micro scores of predicted against gold labels, as conlleval
 * counts them. */
typedef struct chrNerScore {
    size_t gold[CHR_ENT_COUNT], pred[CHR_ENT_COUNT], correct[CHR_ENT_COUNT]; /* [0] = all */
} chrNerScore;

void chrNer_score(chrNerScore *s, const uint8_t *gold, const uint8_t *pred, size_t n);
/* F1 (percent) of type t (0 = all), and precision/recall when wanted. */
double chrNer_f1(const chrNerScore *s, int t, double *precision, double *recall);

#endif
