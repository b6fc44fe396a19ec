/*
 * evaluate.c - attachment scores on a gold treebank (see evaluate.h).
 */
#define _POSIX_C_SOURCE 200809L
#include "parse/evaluate.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "core/clock.h"

const char *const chrParseEval_relations[CHR_PARSE_EVAL_RELS] = {
    "nsubj", "nsubj:pass", "obj", "iobj", "obl", "ccomp", "xcomp", "conj"};

int chrParseEval_goldTags(void *ctx, const chrConlluSentence *s, const char **xpos, int *upos,
                          const char **lemma) {
    (void)ctx;
    for (size_t i = 0; i < s->nwords; i++) {
        xpos[i] = s->words[i].xpos;
        upos[i] = chr_upos_from_name(s->words[i].upos);
        lemma[i] = s->words[i].lemma;
    }
    return CHR_OK;
}

/* Length of the universal part of a relation ("nsubj" of "nsubj:pass"). */
static size_t universal_len(const char *s) {
    const char *colon = strchr(s, ':');
    return colon ? (size_t)(colon - s) : strlen(s);
}

int chrParseEval_treebank(const chrParseModel *m, const chrConllu *gold, chrParseTagFn tag,
                          void *ctx, chrParseScore *out) {
    memset(out, 0, sizeof *out);
    chrParseWork wk;
    chrParseWork_init(&wk);
    size_t cap = 0;
    const char **xpos = NULL, **lemma = NULL;
    int *upos = NULL;
    int rc = CHR_OK;
    for (size_t si = 0; si < gold->nsents && rc == CHR_OK; si++) {
        const chrConlluSentence *s = &gold->sents[si];
        int n = (int)s->nwords;
        if (n == 0) continue;
        if ((size_t)n > cap) {
            cap = (size_t)n * 2;
            free(xpos);
            free(lemma);
            free(upos);
            xpos = malloc(cap * sizeof *xpos);
            lemma = malloc(cap * sizeof *lemma);
            upos = malloc(cap * sizeof *upos);
            if (!xpos || !lemma || !upos) {
                rc = CHR_ENOMEM;
                break;
            }
        }
        rc = tag(ctx, s, xpos, upos, lemma);
        if (rc) break;
        double t0 = chrClock_threadCpu(); /* hashing the words is part of the parser's work */
        rc = chrParseWords_start(&wk.words, n);
        for (int i = 0; i < n && !rc; i++) {
            const char *form = s->words[i].form;
            chrParseModel_setWord(m, &wk.words, i + 1, form, strlen(form), xpos[i], upos[i],
                                  lemma[i]);
        }
        if (!rc) rc = chrParseModel_run(m, &wk, n);
        out->parse_seconds += chrClock_threadCpu() - t0;
        for (int i = 1; i <= n && !rc; i++) {
            const chrConlluWord *g = &s->words[i - 1];
            const char *pred = m->label_name[wk.label[i]];
            int head_ok = wk.head[i] == g->head;
            size_t ul = universal_len(g->deprel);
            int label_ok = universal_len(pred) == ul && strncmp(pred, g->deprel, ul) == 0;
            int full_ok = strcmp(pred, g->deprel) == 0;
            out->words++;
            out->head_ok += head_ok;
            out->label_ok += head_ok && label_ok;
            out->full_ok += head_ok && full_ok;
            for (int r = 0; r < CHR_PARSE_EVAL_RELS; r++) {
                if (strcmp(g->deprel, chrParseEval_relations[r]) != 0) continue;
                out->rel_gold[r]++;
                out->rel_ok[r] += head_ok && full_ok;
            }
        }
    }
    chrParseWork_release(&wk);
    free(xpos);
    free(lemma);
    free(upos);
    return rc;
}
