/*
 * clusters.h - unsupervised word classes from unlabeled text (exchange
 * clustering), a cheap stand-in for Brown clusters.
 *
 * Words (normalised: ASCII lower case, digits as 0) seen at least
 * min_count times are put into classes that maximise the likelihood of a
 * class bigram model, by the exchange algorithm: each word in turn moves
 * to the class that raises the likelihood most, until few words move.
 * Two clusterings are made, a fine one and a coarse one (fine / 8), the
 * tagger's counterpart of Brown-cluster path prefixes. Deterministic.
 */
#ifndef CHR_TAG_CLUSTERS_H
#define CHR_TAG_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

typedef struct chrClusterSet {
    char **words;      /* normalised forms (one malloc'd blob: words[0]) */
    uint16_t *coarse, *fine;
    size_t n;
} chrClusterSet;

/* Reads the documents of paths (any input chr_reader accepts),
 * tokenizes them with chr_tokenize and clusters the words. Returns
 * CHR_OK or a status with a reason in err. */
int chrClusters_learn(const char *const *paths, size_t npaths, unsigned fine,
                      unsigned min_count, int verbose, chrClusterSet *out, char *err,
                      size_t errlen);
void chrClusters_release(chrClusterSet *s);

#endif
