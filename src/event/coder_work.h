/*
 * coder_work.h - the working state of coding one sentence (its pending
 * events) and the verb-on-verb steps of coder_combine.c that change it;
 * private to the coder (coder.c, coder_combine.c).
 */
#ifndef CHR_EVENT_CODER_WORK_H
#define CHR_EVENT_CODER_WORK_H

#include <string.h>

#include "event/coder_int.h"

#define MAX_PENDING 256

typedef struct pend {
    int owner;       /* the predicate token that coded it */
    int alive;
    chrCActor src, tgt; /* code "" = none */
    char code[8];
    uint32_t flags;
    uint32_t ev_start, ev_end;
    const chrLexPattern *p;
} pend;

typedef struct sentWork {
    chrSent s;
    pend pend[MAX_PENDING];
    int npend;
    const chrCoderOptions *opts;
} sentWork;

static inline void code_copy(char dst[8], const char *src) {
    size_t n = strlen(src);
    if (n > 7) n = 7;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Verb-on-verb: the complement's pending events become those of verb v,
 * their codes mapped through `table` (NONE = keep as they are), addressed
 * to the actors of token `addressee` when the pattern names one (-1:
 * none); negated drops them (or flags them). Returns how many there were. */
int chrCoder_combine(sentWork *w, int v, const chrFrame *f, chrLexId table, int negated, int addressee);
/* Events of a reported clause about "he", "it" take the speaker as source. */
void chrCoder_speakerFills(sentWork *w, const chrFrame *f);
/* A pattern p that names the complement drops the complement's events. */
void chrCoder_dropComplements(sentWork *w, const chrFrame *f, const chrLexPattern *p);
/* The token a verb-on-verb act is addressed to, -1 when none. */
int chrCoder_addressee(const chrSent *s, const chrFrame *f, const chrCMatch *m);
/* The code a combination table gives any inner code, or CHR_LEX_NONE. */
chrLexId chrCoder_tableDefault(const chrLex *lex, chrLexId table);
/* An intent (03) coded by the bare code because its complement coded
 * nothing, with a target the pattern does not name: the events of v from
 * first_new whose target is a role of no country are dropped
 * (coder_intent.c). */
void chrCoder_dropIntentRoles(sentWork *w, int v, int first_new);
/* Generic intents (030) of v from first_new whose verb phrase, the subject
 * subj's words left aside, holds a word of war ("vowed to dig in for a long
 * war") are dropped (coder_intent.c). */
void chrCoder_dropHostileIntents(sentWork *w, int v, int subj, int first_new);
/* Events of CAMEO 03 and 05-09 of v from first_new aimed at the source's own
 * country's military or police, or at its country named by an adjective
 * ("Italian forces", "Iranian investment"), are dropped (coder_domestic.c). */
void chrCoder_dropDomestic(sentWork *w, int v, int first_new);
/* Events of CAMEO 05 from first_new of v whose target is named only inside
 * a description of the object obj ("supported Saddam-era atrocities"), not
 * as the object or whose it is, are dropped; slot is the token the pattern
 * names as target (-1 none: only obj's targets are judged) (coder_endorsed.c). */
void chrCoder_dropDescribedTargets(sentWork *w, int v, int obj, int slot, int first_new);

#endif
