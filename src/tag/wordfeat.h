/*
 * wordfeat.h - what the tagger knows about one word form, computed once.
 *
 * Every template that looks at a word (its form, lower case, prefixes,
 * suffixes, shape, clusters) needs a hash of some part of it. These value
 * hashes are computed once per form: for the words the model knows they
 * are precomputed at load time in a table keyed by the form's hash, so
 * tagging a known word costs one string hash and one probe; unknown
 * words are computed on the fly into caller storage.
 */
#ifndef CHR_TAG_WORDFEAT_H
#define CHR_TAG_WORDFEAT_H

#include <stddef.h>
#include <stdint.h>

enum {
    CHR_WV_FORM,
    CHR_WV_LOWER,
    CHR_WV_SUF1,
    CHR_WV_SUF2,
    CHR_WV_SUF3,
    CHR_WV_SUF4,
    CHR_WV_SUF5,
    CHR_WV_PRE1,
    CHR_WV_PRE2,
    CHR_WV_PRE3,
    CHR_WV_SHAPE,
    CHR_WV_CL1,   /* coarse cluster */
    CHR_WV_CL2,   /* fine cluster */
    CHR_WV_FLAGS, /* has digit, hyphen, upper case; all upper; title case */
    CHR_WV_COUNT
};

typedef struct chrTagWord {
    uint64_t key;               /* hash of the form; 0 = empty slot */
    uint64_t v[CHR_WV_COUNT];   /* value hashes */
    int32_t dict;               /* tag dictionary class, or -1 */
    uint32_t vrow;              /* the tagger's summed role weights: row
                                   index in the low bits, a bit per role
                                   without a row above (CHR_TAG_NOROLE);
                                   CHR_TAG_NOVEC: none at all */
} chrTagWord;

#define CHR_TAG_NOVEC 0xffffffffu
#define CHR_TAG_VROW_INDEX 0x07ffffffu
#define CHR_TAG_NOROLE(r) (1u << (27 + (r)))

/* Whether word has summed weights for role r (see tag/features.h). */
static inline int chrTagWord_hasRole(const struct chrTagWord *w, int r) {
    return !(w->vrow & CHR_TAG_NOROLE(r));
}

/* Word clusters of normalised forms (ASCII lower case, digits as 0). */
typedef struct chrTagClusters {
    uint64_t *keys;   /* hash of the normalised form; 0 = empty */
    uint16_t (*ids)[2];
    uint32_t mask;
    size_t count;
} chrTagClusters;

/* A table of precomputed words, and the padding words around a
 * sentence (w[-2], w[-1], w[n], w[n+1]). */
typedef struct chrTagLexicon {
    chrTagWord pad[4];
    chrTagWord *slots;
    uint32_t mask;
    size_t count;
} chrTagLexicon;

/* The hash of a form (seed fixed: stored in models). */
uint64_t chrTagWord_hash(const char *form, size_t len);
/* The normalised form of form[0..len) into buf (at most cap-1 bytes,
 * NUL-terminated); returns its length. */
size_t chrTagWord_normalize(const char *form, size_t len, char *buf, size_t cap);

/* Fills w for form[0..len) (dict = -1); cl may be NULL or empty. */
void chrTagWord_compute(const char *form, size_t len, const chrTagClusters *cl, chrTagWord *w);

int chrTagClusters_init(chrTagClusters *cl, size_t n);
/* Adds the clusters of a normalised form (no duplicates expected). */
void chrTagClusters_add(chrTagClusters *cl, const char *norm, size_t len, uint16_t c1,
                        uint16_t c2);
/* The clusters of a normalised form's hash, or NULL. */
const uint16_t *chrTagClusters_find(const chrTagClusters *cl, uint64_t key);
void chrTagClusters_release(chrTagClusters *cl);

int chrTagLexicon_init(chrTagLexicon *lx, size_t n);
/* Adds form (ignored when already present); returns its entry or NULL
 * when the table is full (sized by init). */
chrTagWord *chrTagLexicon_add(chrTagLexicon *lx, const char *form, size_t len,
                              const chrTagClusters *cl);
static inline const chrTagWord *chrTagLexicon_find(const chrTagLexicon *lx, uint64_t key) {
    if (!lx->slots) return NULL;
    for (uint32_t i = (uint32_t)(key ^ (key >> 29)) & lx->mask;; i = (i + 1) & lx->mask) {
        if (lx->slots[i].key == key) return &lx->slots[i];
        if (lx->slots[i].key == 0) return NULL;
    }
}
void chrTagLexicon_release(chrTagLexicon *lx);

#endif
