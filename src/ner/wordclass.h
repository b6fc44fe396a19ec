/*
 * wordclass.h - the NER model's own word clusters.
 *
 * Names unseen in the labelled data still fall into the word classes
 * that exchange clustering (tag/clusters.h) learns from news text: a
 * new company name lands among other company names. The NER model keeps
 * its own copy of the clusters (section "clusters", the same layout as
 * the tagger's: u32 n, per word the normalised form as a string, u16
 * coarse, u16 fine) so that it does not depend on whichever tagger
 * model is installed.
 */
#ifndef CHR_NER_WORDCLASS_H
#define CHR_NER_WORDCLASS_H

#include <stddef.h>
#include <stdint.h>

#include "learn/modelfile.h"
#include "tag/clusters.h"
#include "tag/wordfeat.h"

/* The class ids of a word that has no cluster. */
#define CHR_NER_NOCLASS 0xffffu

/* Writes cs as section "clusters". Returns CHR_OK or CHR_ENOMEM. */
int chrNerClasses_write(chrModelWriter *mw, const chrClusterSet *cs);

/* Reads section "clusters" of mf into cs (caller releases it with
 * chrClusters_release). CHR_ENOTFOUND when the model has none,
 * CHR_EFORMAT with "path: reason" in err when it is damaged. */
int chrNerClasses_read(const chrModelFile *mf, chrClusterSet *cs, char *err, size_t errlen);

/* Builds the look-up table of cs into cl. Returns CHR_OK or CHR_ENOMEM. */
int chrNerClasses_index(const chrClusterSet *cs, chrTagClusters *cl);

/* The coarse and fine class of form[0..len) (CHR_NER_NOCLASS when it
 * has none or cl is empty). */
void chrNerClasses_of(const chrTagClusters *cl, const char *form, size_t len, uint16_t *coarse,
                      uint16_t *fine);

#endif
