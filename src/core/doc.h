/*
 * doc.h - the document as stages see it (internal).
 *
 * A document is the unit every stage reads and extends: the original
 * bytes, metadata, and one array per layer, indexed by token number.
 * Everything hangs off the document's arena and goes with chr_doc_free().
 * Stages append layers through the helpers below; the public header only
 * exposes read accessors.
 */
#ifndef CHR_CORE_DOC_H
#define CHR_CORE_DOC_H

#include "chronicle.h"
#include "core/arena.h"

typedef struct chrMeta {
    const char *key, *value;
} chrMeta;

struct chr_doc {
    chrArena arena;
    const char *id;
    char *text;        /* original bytes + a NUL; owned (arena) */
    size_t len;
    chr_date date;
    chrMeta *meta;
    size_t nmeta, capmeta;
    const char *extra_json;

    chr_token *tokens;        /* heap array (grows), not in the arena */
    size_t ntokens, captokens;
    chr_sentence *sentences;  /* heap array */
    size_t nsentences, capsentences;
    size_t ninvalid;          /* U+FFFD replacements made */
};

/* Appends a zeroed token and returns it (NULL when out of memory). The
 * pointer is valid until the next append. */
chr_token *chrDoc_pushToken(chr_doc *doc);
chr_sentence *chrDoc_pushSentence(chr_doc *doc);
/* Drops all tokens and sentences (before re-tokenizing). */
void chrDoc_clearTokens(chr_doc *doc);

#endif
