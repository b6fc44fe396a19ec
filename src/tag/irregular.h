/*
 * irregular.h - English irregular verb forms and their lemmas, for the
 * words the learned lemmatizer has not seen with a given tag.
 *
 * Why it exists: suffix rules learned from a treebank turn an unseen
 * irregular past into a non-word ("fled" -> "fl", "upheld" -> "uphel",
 * "won" as a participle -> "wo"), and the event dictionaries match on
 * lemmas. The table is written by this project from general knowledge of
 * English; it lists past tenses and past participles.
 */
#ifndef CHR_TAG_IRREGULAR_H
#define CHR_TAG_IRREGULAR_H

#include <stddef.h>

/* The base form of the irregular past form[0..len) (lower case), or NULL
 * when it is none. */
const char *chrIrregular_base(const char *form, size_t len);

#endif
