/*
 * orgnames.h - the NER's own list of organisation names (companies,
 * universities, agencies, parties, teams, outlets), read from
 * dict/names-org.lst at training time and stored in the model (section
 * "orgnames"), so that labelling needs nothing beside the model.
 *
 * The list is NER-only on purpose: the event lexicon (dict/ *.txt) never
 * reads it. One name a line, tokens separated by blanks as the tokenizer
 * splits them ("Procter & Gamble", "McDonald 's"); '#' starts a comment.
 * Matching ignores ASCII case; the labeller's features still see the
 * case of the words.
 */
#ifndef CHR_NER_ORGNAMES_H
#define CHR_NER_ORGNAMES_H

#include <stddef.h>
#include <stdint.h>

#include "learn/modelfile.h"

#define CHR_NER_ORG_MAXLEN 8 /* longest name, in tokens */

/* A set of hashed names and of their token prefixes. */
typedef struct chrNerOrgs {
    uint64_t *keys; /* open addressing, 0 = empty */
    size_t cap, n;  /* cap is 0 or a power of two */
} chrNerOrgs;

/* Reads the list at path. Returns CHR_OK, CHR_ENOTFOUND (no such file:
 * o stays empty) or CHR_ENOMEM / CHR_EFORMAT with "path:line: reason". */
int chrNerOrgs_load(const char *path, chrNerOrgs *o, char *err, size_t errlen);
void chrNerOrgs_release(chrNerOrgs *o);

/* Section "orgnames": write (nothing when o is empty) and read
 * (CHR_ENOTFOUND when the model has none). */
int chrNerOrgs_write(chrModelWriter *mw, const chrNerOrgs *o);
int chrNerOrgs_read(const chrModelFile *mf, chrNerOrgs *o, char *err, size_t errlen);

/* The length in tokens of the longest listed name starting at forms[0]
 * (of n), 0 when none. */
size_t chrNerOrgs_match(const chrNerOrgs *o, const char *const *forms, size_t n);

#endif
