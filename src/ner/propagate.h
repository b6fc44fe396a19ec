/*
 * propagate.h - one name, one label throughout a document.
 *
 * The labeller decides word by word with a few words of context, so the
 * same name may be found in one sentence and missed in the next ("Google
 * is slow ... I switched to Google"), or typed differently. Once the
 * whole document is labelled, every other occurrence of a name it found,
 * left unlabelled, gets the name's type; a name found with more than one
 * type takes the type it was given most often.
 */
#ifndef CHR_NER_PROPAGATE_H
#define CHR_NER_PROPAGATE_H

#include <stddef.h>
#include <stdint.h>

#include "ner/casing.h"

/* forms[0..n) are the words of a whole document and labels[0..n) their
 * BIO labels (CHR_NER_*), rewritten in place; sent[0..n) the sentence
 * number of each word (a name never runs across sentences). Words whose
 * usual case (casing, may be NULL) is lower-case do not spread, nor do
 * names written in lower case when casing is NULL. Returns CHR_OK or
 * CHR_ENOMEM. */
int chrNer_propagate(const chrCasing *casing, const char *const *forms, const uint32_t *sent,
                     uint8_t *labels, size_t n);

#endif
