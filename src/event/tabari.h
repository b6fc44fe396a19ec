/*
 * tabari.h - TABARI-style event coding: surface-order patterns over the words
 * of a text, with TABARI's sparse parse (word types, compound actors,
 * pronoun references, comma-delimited clauses, conjunction clauses, passive
 * voice) and its source/target rules.
 *
 * Why: users' TABARI dictionaries are written for this matching, not for a
 * dependency parse; coding them the way TABARI does keeps their years of
 * tuning valid. The dictionaries come from the lexicon's surface model
 * (src/lex/tabari_load.h), so any loader that fills it can drive this coder.
 */
#ifndef CHR_EVENT_TABARI_H
#define CHR_EVENT_TABARI_H

#include <stddef.h>
#include <stdint.h>

#include "chronicle.h"
#include "lex/lexicon.h"
#include "lex/tabari_load.h"

#define CHR_TABARI_MAX_EVENTS 64

typedef struct chrTabariEvent {
    char source[48], target[48], code[16];
    uint32_t src_start, src_end; /* byte spans in the text (0,0: a default code) */
    uint32_t tgt_start, tgt_end;
    uint32_t verb_start, verb_end;
} chrTabariEvent;

typedef struct chrTabariResult {
    int discarded;  /* a discard code ([###]) was met */
    int complex;    /* a complex code or a COMPLEX condition */
    int too_short;  /* fewer words than MINIMUM WORDS */
    int truncated;  /* more events than CHR_TABARI_MAX_EVENTS */
    size_t n;
    chrTabariEvent ev[CHR_TABARI_MAX_EVENTS];
} chrTabariResult;

/* Working memory reused between calls (one per thread). */
typedef struct chrTabariCoder chrTabariCoder;
chrTabariCoder *chrTabari_coderNew(const chrLex *lex);
void chrTabari_coderFree(chrTabariCoder *c);

/* Codes one text (a TABARI record: one or more sentences) dated ymd
 * (YYYYMMDD, 0 unknown) under options o. Never fails on odd input: overlong
 * texts are cut at an internal word limit. Returns CHR_OK or CHR_ENOMEM. */
int chrTabari_code(chrTabariCoder *c, const chrTabariOpts *o, const char *text, size_t len, int32_t ymd,
                   chrTabariResult *res);

/* Fills a public event from a coded one (root, quad class by root). */
void chrTabari_toEvent(const chrTabariEvent *e, uint32_t sentence, chr_date date, chr_event *out);

#endif
