/*
 * quotes.c - the quotation stage: spans, speakers, entities, the layer.
 *
 * Pairs the marks (quotes_marks.c), finds each speaker (quotes_speaker.c),
 * lets a bare quotation inherit the speaker of the quotation before it
 * (a speaker goes on talking across sentences and paragraphs), resolves
 * speakers to document entities when NER has run (a pronoun to the
 * nearest compatible person or organisation, preferring recent speakers),
 * and writes the public chr_quote array into the document's arena.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/quotes.h"
#include "extract/quotes_words.h"

#define CARRY_PARAGRAPHS 2   /* how far back a bare quotation looks for a speaker */
#define PRONOUN_PARAGRAPHS 3 /* how far back a pronoun looks for its entity */

static uint32_t paraOf(const chr_doc *d, uint32_t i) {
    return d->sentences[d->tokens[i].sentence].paragraph;
}

static uint32_t contentEnd(const chrQuoteSpan *q) {
    return (q->flags & CHR_QUOTE_UNTERMINATED) ? q->close + 1 : q->close;
}

static size_t words(const chr_doc *d, const chrQuoteSpan *q) {
    size_t n = 0;
    for (uint32_t i = q->open + 1; i < contentEnd(q); i++) n += chrQuoteWords_isWord(&d->tokens[i]);
    return n;
}

/* The quoted words, marks excluded, continuation marks of later
 * paragraphs left out, a trailing comma dropped; one space wherever the
 * text had space. */
static const char *quoteText(chr_doc *d, const chrQuoteSpan *q) {
    size_t cap = 1;
    uint32_t e = contentEnd(q);
    for (uint32_t i = q->open + 1; i < e; i++) cap += strlen(d->tokens[i].form) + 1;
    char *s = chrArena_alloc(&d->arena, cap), *p = s;
    if (!s) return NULL;
    int gap = 0; /* a space is due before the next word */
    for (uint32_t i = q->open + 1; i < e; i++) {
        const chr_token *t = &d->tokens[i];
        gap |= (t->flags & CHR_TOKEN_PARA_START) || d->tokens[i - 1].space_after;
        if ((t->flags & CHR_TOKEN_PARA_START) && chrQuoteMarks_isMark(d, i)) continue;
        if (p > s && gap && p[-1] != ' ') *p++ = ' ';
        gap = 0;
        size_t n = strlen(t->form);
        memcpy(p, t->form, n);
        p += n;
    }
    /* the comma before "she said" belongs to the sentence, not the words */
    while (p > s && (p[-1] == ' ' || p[-1] == ',')) p--;
    *p = 0;
    return s;
}

static const char *original(chr_doc *d, uint32_t first, uint32_t last) {
    if (last <= first) return NULL;
    uint32_t b = d->tokens[first].start, e = d->tokens[last - 1].end;
    return chrArena_strndup(&d->arena, d->text + b, e - b);
}

/* The entity of the mention that ends last within tokens [first, last). */
static int32_t entityOfTokens(const chr_doc *d, uint32_t first, uint32_t last) {
    int32_t best = -1;
    uint32_t bestEnd = 0;
    for (size_t m = 0; m < d->nmentions; m++) {
        const chr_mention *mm = &d->mentions[m];
        uint32_t me = mm->first + mm->count;
        if (mm->first < last && me > first && me >= bestEnd) {
            best = (int32_t)mm->entity;
            bestEnd = me;
        }
    }
    return best;
}

static int compatible(const chr_doc *d, int32_t ent, int want) {
    if (ent < 0 || (size_t)ent >= d->nentities) return 0;
    int t = d->entities[ent].type;
    if (want == CHR_ENT_NONE) return t == CHR_ENT_PER || t == CHR_ENT_ORG;
    return t == want;
}

/* A pronoun speaker: the latest compatible speaker of an earlier
 * quotation, else the nearest compatible mention before the pronoun. */
static int32_t resolvePronoun(const chr_doc *d, const chr_quote *done, const chrQuoteSpan *spans,
                              size_t k, uint32_t pron) {
    int want = chrQuoteWords_pronounType(&d->tokens[pron]);
    uint32_t para = paraOf(d, pron);
    for (size_t j = k; j-- > 0;) {
        if (para - paraOf(d, spans[j].open) > PRONOUN_PARAGRAPHS) break;
        if (compatible(d, done[j].speaker_entity, want)) return done[j].speaker_entity;
    }
    int32_t best = -1;
    uint32_t bestEnd = 0;
    for (size_t m = 0; m < d->nmentions; m++) {
        const chr_mention *mm = &d->mentions[m];
        uint32_t me = mm->first + mm->count;
        if (me > pron || para - paraOf(d, mm->first) > PRONOUN_PARAGRAPHS) continue;
        if (compatible(d, (int32_t)mm->entity, want) && me >= bestEnd) {
            best = (int32_t)mm->entity;
            bestEnd = me;
        }
    }
    return best;
}

/* A bare quotation q (opening its sentence) keeps the latest speaker of
 * the quotations before it, spans[0..n) with their speakers sps. */
static int inherit(const chr_doc *d, const chrQuoteSpan *q, const chrQuoteSpan *spans,
                   const chrQuoteSpeaker *sps, size_t n, chrQuoteSpeaker *sp) {
    if (q->open > 0 && d->tokens[q->open - 1].sentence == d->tokens[q->open].sentence &&
        !chrQuoteMarks_isMark(d, q->open - 1))
        return 0;
    for (size_t j = n; j-- > 0;) {
        if (paraOf(d, q->open) - paraOf(d, spans[j].close) > CARRY_PARAGRAPHS) return 0;
        if (sps[j].found) {
            *sp = sps[j];
            return 1;
        }
    }
    return 0;
}

static int fill(chr_doc *d, const chrQuoteSpan *spans, const chrQuoteSpeaker *sps, size_t k,
                chr_quote *out, const chr_quote *done) {
    const chrQuoteSpan *q = &spans[k];
    const chrQuoteSpeaker *sp = &sps[k];
    memset(out, 0, sizeof *out);
    out->start = d->tokens[q->open].start;
    out->end = d->tokens[q->close].end;
    out->flags = q->flags;
    out->speaker_entity = -1;
    if (!(out->text = quoteText(d, q))) return CHR_ENOMEM;
    if (!sp->found) return CHR_OK;
    out->speaker_start = d->tokens[sp->first].start;
    out->speaker_end = d->tokens[sp->last - 1].end;
    if (!(out->speaker = original(d, sp->first, sp->last))) return CHR_ENOMEM;
    if (sp->desc_last > sp->desc_first &&
        !(out->description = original(d, sp->desc_first, sp->desc_last)))
        return CHR_ENOMEM;
    if (sp->according) out->cue = "according to";
    else if (sp->cue >= 0 && !(out->cue = chrArena_strdup(&d->arena, d->tokens[sp->cue].form)))
        return CHR_ENOMEM;
    if (d->nmentions) {
        if (sp->last == sp->first + 1 && chrQuoteWords_isPronoun(&d->tokens[sp->first]))
            out->speaker_entity = resolvePronoun(d, done, spans, k, sp->first);
        else
            out->speaker_entity = entityOfTokens(d, sp->first, sp->last);
        if (out->speaker_entity >= 0 && (size_t)out->speaker_entity < d->nentities)
            out->code = d->entities[out->speaker_entity].code;
        else
            out->speaker_entity = -1;
    }
    return CHR_OK;
}

int chrQuotes_run(chr_doc *d) {
    d->quotes = NULL;
    d->nquotes = 0;
    if (!d->ntokens || !d->nsentences) return CHR_OK;
    chrQuoteSpan *spans;
    size_t n;
    int rc = chrQuoteMarks_find(d, &spans, &n);
    if (rc || !n) return rc;
    chrQuoteSpeaker *sps = calloc(n, sizeof *sps);
    if (!sps) {
        free(spans);
        return CHR_ENOMEM;
    }
    for (size_t k = 0; k < n; k++) chrQuoteSpeaker_find(d, spans, n, k, &sps[k]);
    size_t kept = 0;
    for (size_t k = 0; k < n; k++) {
        chrQuoteSpeaker sp = sps[k];
        /* a word or two in quotes with nobody saying them is no quotation */
        if (!sp.found && words(d, &spans[k]) < 3) continue;
        if (!sp.found) inherit(d, &spans[k], spans, sps, kept, &sp);
        spans[kept] = spans[k];
        sps[kept++] = sp;
    }
    chr_quote *out = kept ? chrArena_calloc(&d->arena, kept, sizeof *out) : NULL;
    rc = kept && !out ? CHR_ENOMEM : CHR_OK;
    for (size_t k = 0; !rc && k < kept; k++) rc = fill(d, spans, sps, k, &out[k], out);
    free(spans);
    free(sps);
    if (rc) return rc;
    d->quotes = out;
    d->nquotes = kept;
    return CHR_OK;
}
