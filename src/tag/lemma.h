/*
 * lemma.h - the lemmatizer: an exception lexicon plus suffix rules per
 * Penn tag, both learned from a treebank.
 *
 * A suffix rule says: for a word of tag T ending in S, strip N bytes and
 * append A ("VBD" + "ied" -> strip 3, append "y"). Rules are learned
 * from proper suffixes only, so a whole word ("are" -> "be") never
 * becomes a rule for longer words ("share"). The longest suffix (up to 6
 * bytes) with a rule wins, unless its result is no known lemma and a
 * shorter suffix's is (known words below); tags whose lemmas keep the
 * word's case (NNP) apply rules to the form, the others to its lower
 * case. Every word/tag pair of the training data is kept whole in the
 * lexicon with its majority lemma (exact form first, then lower case;
 * for case-keeping tags the lower-case key only serves forms without
 * capitals: "paris" -> "Paris"). Numbers with thousands separators lose
 * them; case-keeping tags write all-capital words of five letters or
 * more in title case ("TEHRAN" -> "Tehran"). Read-only after loading;
 * safe to share between threads.
 */
#ifndef CHR_TAG_LEMMA_H
#define CHR_TAG_LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "learn/modelfile.h"

typedef struct chrLemmaEntry {
    uint64_t key;      /* 0 = empty */
    uint32_t off;      /* appended text (rules) or lemma (exceptions) in pool */
    uint16_t len;
    uint8_t strip;     /* rules: bytes to strip */
    uint8_t pad;
} chrLemmaEntry;

typedef struct chrLemmaTable {
    chrLemmaEntry *slots;
    uint32_t mask;
    size_t count;
} chrLemmaTable;

typedef struct chrLemmatizer {
    uint32_t ntags;
    uint8_t *keepcase;     /* per tag */
    chrLemmaTable rules, exceptions;
    char *pool;
    size_t npool, cappool;
    /* Known words (hashes of lower-case forms, digits as 0): the
     * training lemmas and any words added by chrLemma_addKnown. When
     * present, a rule whose result is no known word yields to a shorter
     * suffix's rule whose result is one. NULL in older models. */
    uint64_t *known;
    uint32_t kmask;
    size_t nknown;
} chrLemmatizer;

/* One training example. */
typedef struct chrLemmaExample {
    const char *form, *lemma;
    uint32_t tag;          /* < ntags */
} chrLemmaExample;

/* Learns from ex[0..n). Returns CHR_OK or CHR_ENOMEM. */
int chrLemma_learn(chrLemmatizer *lm, uint32_t ntags, const chrLemmaExample *ex, size_t n);

/* Adds words[0..n) to the known words (e.g. the vocabulary of unlabeled
 * text). Returns CHR_OK or CHR_ENOMEM. */
int chrLemma_addKnown(chrLemmatizer *lm, const char *const *words, size_t n);

/* Asks the cache for the table slots chrLemma_apply will read first for
 * form and tag: lemmatize a sentence's words after calling this for all
 * of them, so that their cache misses overlap. */
void chrLemma_prefetch(const chrLemmatizer *lm, const char *form, size_t len, uint32_t tag);
/* The lemma of form[0..len) with tag: either form itself (returns form,
 * *outlen = len) or written into buf[cap] (returns buf). */
const char *chrLemma_apply(const chrLemmatizer *lm, const char *form, size_t len, uint32_t tag,
                           char *buf, size_t cap, size_t *outlen);

int chrLemma_write(const chrLemmatizer *lm, chrModelWriter *w, const char *name);
int chrLemma_read(chrLemmatizer *lm, const chrModelFile *mf, const char *name, char *err,
                  size_t errlen);
void chrLemma_release(chrLemmatizer *lm);

#endif
