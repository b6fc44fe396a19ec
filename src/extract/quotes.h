/*
 * quotes.h - quotations and their speakers (internal).
 *
 * Three steps, one file each:
 *  quotes_marks.c    pairs quotation marks into spans (nesting, paragraphs
 *                    that continue a quotation, unterminated quotations)
 *                    and keeps the spans that are direct quotations;
 *  quotes_speaker.c  finds who speaks each span from the words around it;
 *  quotes.c          resolves speakers to document entities and fills the
 *                    public chr_quote layer (doc->quotes).
 * Everything reads tokens only; lemmas, tags and entities are used when
 * earlier stages have set them.
 */
#ifndef CHR_EXTRACT_QUOTES_H
#define CHR_EXTRACT_QUOTES_H

#include <stdint.h>

#include "chronicle.h"
#include "core/doc.h"

/* A quotation as token indices. */
typedef struct chrQuoteSpan {
    uint32_t open;   /* the opening mark */
    uint32_t close;  /* the closing mark, or the last token when unterminated */
    uint32_t flags;  /* CHR_QUOTE_* */
} chrQuoteSpan;

/* A speaker found for a span. */
typedef struct chrQuoteSpeaker {
    int found;                 /* 0: none */
    uint32_t first, last;      /* speaker tokens [first, last) */
    uint32_t desc_first, desc_last; /* apposition tokens, empty when none */
    int32_t cue;               /* cue verb token, or -1 */
    int according;             /* the cue is "according to" */
} chrQuoteSpeaker;

/* 1 when token i is a quotation mark token the finder knows. */
int chrQuoteMarks_isMark(const chr_doc *doc, uint32_t i);

/* Pairs the marks of doc and keeps the direct quotations, in text order.
 * *out is a heap array of *n spans (free()), NULL when none. Returns
 * CHR_OK or CHR_ENOMEM. */
int chrQuoteMarks_find(const chr_doc *doc, chrQuoteSpan **out, size_t *n);

/* Finds the speaker of spans[k] from the words around it (spans[0..n) are
 * all the document's quotations). sp->found is 0 when none is named. */
void chrQuoteSpeaker_find(const chr_doc *doc, const chrQuoteSpan *spans, size_t n, size_t k,
                          chrQuoteSpeaker *sp);

/* Runs all steps and sets doc->quotes / doc->nquotes (arena). Replaces an
 * earlier layer. Returns CHR_OK or CHR_ENOMEM. */
int chrQuotes_run(chr_doc *doc);

#endif
