/*
 * tagsource.c - gold or predicted tags for the parser's training and
 * evaluation (see tagsource.h). Predicted tags come from the tagger run
 * on the gold tokens, word forms as the pipeline gives them.
 */
#include "parse/tagsource.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "tag/tagger.h"

/* Buffers for one sentence, grown as needed. */
typedef struct scratch {
    size_t cap;
    const char **forms;
    const chrTagWord **w; /* cap + 4 */
    chrTagWord *local;
    uint16_t *classes;
    char *lemmas;         /* NUL-terminated lemmas one after another */
    size_t lemcap;
} scratch;

static void scratch_free(scratch *s) {
    if (!s) return;
    free(s->forms);
    free(s->w);
    free(s->local);
    free(s->classes);
    free(s->lemmas);
    free(s);
}

static int scratch_reserve(scratch *s, size_t n, size_t lembytes) {
    if (n > s->cap) {
        size_t cap = n * 2;
        free(s->forms);
        free(s->w);
        free(s->local);
        free(s->classes);
        s->forms = malloc(cap * sizeof *s->forms);
        s->w = malloc((cap + 4) * sizeof *s->w);
        s->local = malloc(cap * sizeof *s->local);
        s->classes = malloc(cap * sizeof *s->classes);
        s->cap = cap;
        if (!s->forms || !s->w || !s->local || !s->classes) {
            s->cap = 0;
            return CHR_ENOMEM;
        }
    }
    if (lembytes > s->lemcap) {
        free(s->lemmas);
        s->lemmas = malloc(lembytes * 2);
        s->lemcap = s->lemmas ? lembytes * 2 : 0;
        if (!s->lemmas) return CHR_ENOMEM;
    }
    return CHR_OK;
}

static int tagger_tags(void *ctx, const chrConlluSentence *s, const char **xpos, int *upos,
                       const char **lemma) {
    chrParseTagSource *ts = ctx;
    const chrTagger *t = ts->tagger;
    scratch *sc = ts->scratch;
    size_t n = s->nwords, bytes = 0;
    for (size_t i = 0; i < n; i++) bytes += strlen(s->words[i].form) * 2 + 16;
    int rc = scratch_reserve(sc, n, bytes);
    if (rc) return rc;
    for (size_t i = 0; i < n; i++) sc->forms[i] = s->words[i].form;
    chrTagger_words(&t->lex, &t->clusters, sc->forms, n, sc->w, sc->local);
    chrTagger_classes(t, sc->w + 2, n, sc->classes);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t c = sc->classes[i], x = t->xpos_id[c];
        upos[i] = t->upos[c];
        xpos[i] = t->xpos[x];
        size_t flen = strlen(sc->forms[i]), len;
        char *dst = sc->lemmas + off;
        size_t room = sc->lemcap - off;
        const char *lem = chrLemma_apply(&t->lemma, sc->forms[i], flen, x, dst, room - 1, &len);
        if (lem != dst) {
            if (len >= room) len = room - 1;
            memcpy(dst, lem, len);
        }
        dst[len] = '\0';
        lemma[i] = dst;
        off += len + 1;
    }
    return CHR_OK;
}

int chrParseTagSource_open(chrParseTagSource *ts, const char *tag_model, char *err,
                           size_t errlen) {
    memset(ts, 0, sizeof *ts);
    ts->fn = chrParseEval_goldTags;
    if (!tag_model) return CHR_OK;
    chrTagger *t = calloc(1, sizeof *t);
    scratch *sc = calloc(1, sizeof *sc);
    if (!t || !sc) {
        free(t);
        free(sc);
        snprintf(err, errlen, "%s: out of memory", tag_model);
        return CHR_ENOMEM;
    }
    int rc = chrTagger_load(t, tag_model, err, errlen);
    if (rc) {
        chrTagger_release(t);
        free(t);
        free(sc);
        return rc;
    }
    ts->tagger = t;
    ts->scratch = sc;
    ts->fn = tagger_tags;
    return CHR_OK;
}

void chrParseTagSource_close(chrParseTagSource *ts) {
    if (ts->tagger) {
        chrTagger_release(ts->tagger);
        free(ts->tagger);
    }
    scratch_free(ts->scratch);
    memset(ts, 0, sizeof *ts);
}
