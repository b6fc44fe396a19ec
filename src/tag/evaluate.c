/*
 * evaluate.c - scores a tagger against gold CoNLL-U with gold tokens, for
 * `chronicle eval tag` and for choosing the best epoch in training.
 * Timing covers word lookup, tagging and lemmatizing, not reading; it is
 * the CPU time of the calling thread, so other load on the machine does
 * not count against the tagger.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "io/conllu.h"
#include "tag/tagger.h"
#include "core/clock.h"

int chrTagger_evaluate(const chrTagger *t, const chrConllu *gold, int with_lemma,
                       chrTagScore *out) {
    memset(out, 0, sizeof *out);
    size_t maxn = 0;
    for (size_t s = 0; s < gold->nsents; s++)
        if (gold->sents[s].nwords > maxn) maxn = gold->sents[s].nwords;
    size_t words = gold->nwords ? gold->nwords : 1;
    const char **forms = malloc(words * sizeof *forms);
    uint16_t *classes = malloc(words * sizeof *classes);
    const char **lemmas = malloc(words * sizeof *lemmas);
    char *lembuf = malloc(words * 64 + 512);
    chrTagWord *local = malloc((maxn + 1) * sizeof *local);
    const chrTagWord **w = malloc((maxn + 4) * sizeof *w);
    int rc = CHR_ENOMEM;
    if (!forms || !classes || !lemmas || !lembuf || !local || !w) goto out;
    size_t k = 0;
    for (size_t s = 0; s < gold->nsents; s++)
        for (size_t i = 0; i < gold->sents[s].nwords; i++) forms[k++] = gold->sents[s].words[i].form;
    double t0 = chrClock_threadCpu();
    k = 0;
    size_t used = 0;
    char buf[512];
    for (size_t s = 0; s < gold->nsents; s++) {
        size_t n = gold->sents[s].nwords;
        chrTagger_words(&t->lex, &t->clusters, forms + k, n, w, local);
        chrTagger_classes(t, w + 2, n, classes + k);
        for (size_t i = 0; with_lemma && i < n; i++)
            chrLemma_prefetch(&t->lemma, forms[k + i], strlen(forms[k + i]),
                              t->xpos_id[classes[k + i]]);
        for (size_t i = 0; with_lemma && i < n; i++) {
            size_t len;
            const char *f = forms[k + i];
            const char *l = chrLemma_apply(&t->lemma, f, strlen(f), t->xpos_id[classes[k + i]],
                                           buf, sizeof buf, &len);
            if (l != f) {
                if (used + len + 1 > words * 64) len = 0; /* never: lemmas are short */
                memcpy(lembuf + used, l, len);
                lembuf[used + len] = '\0';
                l = lembuf + used;
                used += len + 1;
            }
            lemmas[k + i] = l;
        }
        k += n;
    }
    out->seconds = chrClock_threadCpu() - t0;
    k = 0;
    for (size_t s = 0; s < gold->nsents; s++) {
        for (size_t i = 0; i < gold->sents[s].nwords; i++, k++) {
            const chrConlluWord *g = &gold->sents[s].words[i];
            uint16_t c = classes[k];
            out->words++;
            out->upos += strcmp(chr_upos_name(t->upos[c]), g->upos) == 0;
            out->xpos += strcmp(t->xpos[t->xpos_id[c]], g->xpos) == 0;
            if (with_lemma) out->lemma += strcmp(lemmas[k], g->lemma) == 0;
        }
    }
    rc = CHR_OK;
out:
    free(forms);
    free(classes);
    free(lemmas);
    free(lembuf);
    free(local);
    free(w);
    return rc;
}
