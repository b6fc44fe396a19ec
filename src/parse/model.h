/*
 * model.h - a trained parser: its labels, its classes (transition and
 * label) and its weights, and the greedy parse of one sentence.
 *
 * Labels are the UD relations of the training treebank, subtypes kept
 * (nsubj:pass, obl:tmod), plus the pseudo-projective ones "rel^head"
 * (projective.h). A class is SHIFT, REDUCE, or LEFT/RIGHT with one
 * label, as seen in the training data. A model is read-only once
 * loaded; parsing needs a chrParseWork per thread.
 *
 * File sections (kind "parse", learn/modelfile.h):
 *   "meta"    u32 feature version
 *   "labels"  u32 count; per label: string, u32 base label, i32 lifted
 *             head label (-1 when the label is not a lifted one)
 *   "classes" u32 count; per class: u8 transition, u32 label
 *   "weights" chrLinear
 *   "clusters" (optional) the word clusters of the tagger model the
 *             parser was trained with, in the tagger's layout: u32 n, per
 *             word: string (normalised form), u16 coarse, u16 fine
 */
#ifndef CHR_PARSE_MODEL_H
#define CHR_PARSE_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "learn/perceptron.h"
#include "tag/wordfeat.h"
#include "parse/arceager.h"
#include "parse/features.h"

typedef struct chrParseModel {
    uint32_t nlabels;
    char **label_name;  /* label_name[i], NUL-terminated */
    uint32_t *label_base; /* the plain relation of label i (itself when plain) */
    int32_t *label_lift;  /* for "rel^head": the id of head; else -1 */
    uint32_t root_label;  /* id of "root" */
    uint32_t nclass;
    uint8_t *class_tr;    /* CHR_AE_* */
    uint32_t *class_label; /* label of an arc class */
    chrLinear weights;
    chrTagClusters clusters;     /* empty when the model has none */
    unsigned char *cluster_bytes; /* the "clusters" section as stored */
    size_t ncluster_bytes;
    /* the legal classes of each kind of configuration (see
     * chrParseModel_bestLegal), ascending: legal[legal_off[st] ..
     * legal_off[st + 1]); NULL (then worked out per step) until loaded */
    uint16_t *legal;
    uint32_t legal_off[17];
} chrParseModel;

/* Per-thread scratch for parsing. */
typedef struct chrParseWork {
    chrArcEager c;
    chrParseWords words;
    int32_t *scores;
    size_t nscores;
    int *head, *label, *want; /* results, 1-based */
    size_t cap;
    /* reused partial scores: per word as S0 (chrParseFeatures_stackTop),
     * and for the current buffer front (chrParseFeatures_buffer) */
    int32_t *top_scores;  /* cap * nclass */
    uint8_t *top_done;    /* cap */
    int32_t *buf_scores;  /* nclass */
    size_t top_cap;       /* words top_scores has room for */
} chrParseWork;

void chrParseWork_init(chrParseWork *wk);
void chrParseWork_release(chrParseWork *wk);

/* Loads path (CHR_ENOTFOUND, CHR_EFORMAT, CHR_EVERSION, CHR_ECHECKSUM,
 * CHR_ENOMEM with "path: reason" in err). Release with
 * chrParseModel_release() in any case. */
int chrParseModel_load(const char *path, chrParseModel *m, char *err, size_t errlen);
/* The same from bytes in memory (tests), named name in messages. */
int chrParseModel_parse(const char *name, const void *data, size_t len, chrParseModel *m,
                        char *err, size_t errlen);
/* Writes the sections of m into w. */
void chrParseModel_write(const chrParseModel *m, chrModelWriter *w);
void chrParseModel_release(chrParseModel *m);

/* Takes the "clusters" section of the model file mf (a tagger's) into
 * m. Returns CHR_OK, CHR_ENOTFOUND, CHR_EFORMAT or CHR_ENOMEM. */
int chrParseModel_takeClusters(chrParseModel *m, const chrModelFile *mf);

/* Sets word i of w from its form, tags and lemma, with its clusters. */
void chrParseModel_setWord(const chrParseModel *m, chrParseWords *w, int i, const char *form,
                           size_t len, const char *xpos, int upos, const char *lemma);

/* Finds label s (length n); -1 when unknown. */
int chrParseModel_label(const chrParseModel *m, const char *s, size_t n);

/* Parses the n words already set in wk->words (chrParseWords_start and
 * _set): afterwards wk->head[1..n] holds heads (0 = root) and
 * wk->label[1..n] plain label ids, after de-projectivisation, one tree.
 * Returns CHR_OK or CHR_ENOMEM. */
int chrParseModel_run(const chrParseModel *m, chrParseWork *wk, int n);

/* The class of scores that is best among those legal in c (-1 when
 * none is legal, which happens only in a terminal configuration). */
int chrParseModel_bestLegal(const chrParseModel *m, const chrArcEager *c, const int32_t *scores);

#endif
