/*
 * stage.c - the parse stage (see stage.h).
 */
#include "parse/stage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"

chrParseModel *chrParseStage_load(const char *path, char *err, size_t errlen) {
    char found[4096];
    if (!path) {
        if (chr_data_path("models/en-parse.bin", found, sizeof found)) {
            snprintf(err, errlen,
                     "models/en-parse.bin: parser model not found (looked in $CHRONICLE_DATA, "
                     "beside the program and in the installed share directory)");
            return NULL;
        }
        path = found;
    }
    chrParseModel *m = malloc(sizeof *m);
    if (!m) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    if (chrParseModel_load(path, m, err, errlen)) {
        chrParseModel_release(m);
        free(m);
        return NULL;
    }
    return m;
}

void chrParseStage_free(chrParseModel *m) {
    if (!m) return;
    chrParseModel_release(m);
    free(m);
}

int chrParseStage_run(const chrParseModel *m, chr_doc *doc) {
    chrParseWork wk;
    chrParseWork_init(&wk);
    int rc = CHR_OK;
    for (size_t si = 0; si < doc->nsentences && !rc; si++) {
        const chr_sentence *s = &doc->sentences[si];
        int n = (int)s->count;
        if (n == 0) continue;
        chr_token *tok = doc->tokens + s->first;
        rc = chrParseWords_start(&wk.words, n);
        if (rc) break;
        for (int i = 0; i < n; i++) {
            const chr_token *t = &tok[i];
            const char *form = t->form ? t->form : ""; /* as in training */
            chrParseModel_setWord(m, &wk.words, i + 1, form, strlen(form), t->xpos, t->upos, t->lemma);
        }
        rc = chrParseModel_run(m, &wk, n);
        for (int i = 0; i < n && !rc; i++) {
            tok[i].head = wk.head[i + 1];
            tok[i].deprel_id = (uint16_t)wk.label[i + 1];
            tok[i].deprel = m->label_name[wk.label[i + 1]];
        }
    }
    chrParseWork_release(&wk);
    return rc;
}
