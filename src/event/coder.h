/*
 * coder.h - the event coder: a parsed document in, CAMEO events out
 * (internal; the pipeline runs it as CHR_STAGE_EVENTS).
 *
 * Per sentence, on the dependency parse (tokens with upos, lemma, head,
 * deprel): discards first; then every predicate whose lemma the lexicon
 * knows gets its frame and its best pattern; complements are coded before
 * the verbs that govern them so verb-on-verb codes ("promised to help",
 * "decided to allow") can combine or pass them through; light verbs hand
 * their event-noun objects to the noun blocks ("provided assurances");
 * compound actors give one event per actor, paired codes the reversed
 * event; negated events are dropped unless kept as flagged. Each document
 * keeps one event per (date, source, target, code) unless asked otherwise.
 */
#ifndef CHR_EVENT_CODER_H
#define CHR_EVENT_CODER_H

#include "chronicle.h"
#include "event/coder_int.h"
#include "lex/lexicon.h"

typedef struct chrCoderStats {
    size_t sentences;           /* sentences coded */
    size_t discarded_sentences; /* sentences a discard phrase or ### stopped */
    int story_discarded;        /* a story-level discard matched */
} chrCoderStats;

/* Replaces doc's events with those coded from its parse. Sentences without
 * a parse are skipped. stats may be NULL. Returns CHR_OK or CHR_ENOMEM. */
int chrCoder_codeDoc(const chrLex *lex, const chrCoderOptions *opts, chr_doc *doc, chrCoderStats *stats);

#endif
