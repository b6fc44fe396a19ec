/*
 * jackknife.c - tagging the parser's training data with taggers that
 * never saw the sentence they tag (see jackknife.h).
 */
#define _DEFAULT_SOURCE
#include "parse/jackknife.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chronicle.h"
#include "parse/tagsource.h"
#include "tag/tagger.h"
#include "core/file.h"

void chrJackknife_release(chrJackknife *j) {
    chrArena_release(&j->arena);
    memset(j, 0, sizeof *j);
}

/* Copies lines [from, to) (1-based; to = 0: to the end) of text. */
static int copy_lines(FILE *out, const char *text, size_t len, size_t from, size_t to) {
    size_t line = 1;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) + 1 : len;
        if (line >= from && (to == 0 || line < to))
            if (fwrite(text + i, 1, end - i, out) != end - i) return CHR_EIO;
        i = end;
        line++;
    }
    return CHR_OK;
}

static char *read_all(const char *path, size_t *len) {
    char *buf = NULL;
    *len = 0;
    return chrFile_read(path, 0, &buf, len) == CHR_OK ? buf : NULL;
}

/* Writes the treebank without sentences [lo, hi) to path. */
static int write_rest(const char *path, const char *text, size_t len, const chrConllu *tb,
                      size_t lo, size_t hi) {
    FILE *f = fopen(path, "wb");
    if (!f) return CHR_EIO;
    int rc = copy_lines(f, text, len, 1, tb->sents[lo].line);
    if (!rc && hi < tb->nsents) rc = copy_lines(f, text, len, tb->sents[hi].line, 0);
    if (fclose(f) != 0 && !rc) rc = CHR_EIO;
    return rc;
}

/* Tags sentences [lo, hi) of tb with the tagger at model into j. */
static int tag_fold(const char *model, const chrConllu *tb, size_t lo, size_t hi, chrJackknife *j,
                    char *err, size_t errlen) {
    chrParseTagSource ts;
    int rc = chrParseTagSource_open(&ts, model, err, errlen);
    if (rc) return rc;
    for (size_t si = lo; si < hi && !rc; si++) {
        const chrConlluSentence *s = &tb->sents[si];
        size_t at = j->first[si];
        rc = ts.fn(&ts, s, j->xpos + at, j->upos + at, j->lemma + at);
        for (size_t i = 0; i < s->nwords && !rc; i++) {
            /* the lemma buffer is the source's: keep a copy */
            j->lemma[at + i] = chrArena_strdup(&j->arena, j->lemma[at + i]);
            j->xpos[at + i] = chrArena_strdup(&j->arena, j->xpos[at + i]);
            if (!j->lemma[at + i] || !j->xpos[at + i]) rc = CHR_ENOMEM;
        }
    }
    chrParseTagSource_close(&ts);
    if (rc == CHR_ENOMEM) snprintf(err, errlen, "out of memory while jackknifing tags");
    return rc;
}

int chrJackknife_run(const char *path, const chrConllu *tb, int folds, unsigned epochs, FILE *log,
                     chrJackknife *j, char *err, size_t errlen) {
    memset(j, 0, sizeof *j);
    chrArena_init(&j->arena);
    if (folds < 2 || tb->nsents < (size_t)folds) {
        snprintf(err, errlen, "%s: too few sentences for %d folds", path, folds);
        return CHR_EINVAL;
    }
    size_t nw = tb->nwords ? tb->nwords : 1;
    j->nsents = tb->nsents;
    j->line = chrArena_alloc(&j->arena, tb->nsents * sizeof *j->line);
    j->first = chrArena_alloc(&j->arena, tb->nsents * sizeof *j->first);
    j->xpos = chrArena_calloc(&j->arena, nw, sizeof *j->xpos);
    j->lemma = chrArena_calloc(&j->arena, nw, sizeof *j->lemma);
    j->upos = chrArena_calloc(&j->arena, nw, sizeof *j->upos);
    size_t len = 0;
    char *text = read_all(path, &len);
    if (!j->line || !j->first || !j->xpos || !j->lemma || !j->upos || !text) {
        free(text);
        snprintf(err, errlen, "%s: cannot read it again for jackknifing", path);
        return CHR_EIO;
    }
    size_t w = 0;
    for (size_t si = 0; si < tb->nsents; si++) {
        j->line[si] = tb->sents[si].line;
        j->first[si] = w;
        w += tb->sents[si].nwords;
    }
    const char *tmp = getenv("TMPDIR");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/chronicle-jackknife-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        free(text);
        snprintf(err, errlen, "%s: cannot make a temporary directory", dir);
        return CHR_EIO;
    }
    char rest[600], model[600];
    snprintf(rest, sizeof rest, "%s/rest.conllu", dir);
    snprintf(model, sizeof model, "%s/tag.bin", dir);
    int rc = CHR_OK;
    for (int k = 0; k < folds && !rc; k++) {
        size_t lo = tb->nsents * (size_t)k / (size_t)folds;
        size_t hi = tb->nsents * (size_t)(k + 1) / (size_t)folds;
        rc = write_rest(rest, text, len, tb, lo, hi);
        if (rc) {
            snprintf(err, errlen, "%s: cannot write", rest);
            break;
        }
        chrTagTrainOptions o = {0};
        o.train = rest;
        o.out = model;
        o.epochs = epochs;
        o.seed = 1;
        o.prune = 0.5f;
        rc = chrTagger_train(&o, err, errlen);
        if (!rc) rc = tag_fold(model, tb, lo, hi, j, err, errlen);
        if (log && !rc)
            fprintf(log, "chronicle train parse: jackknife fold %d of %d tagged (sentences %zu-%zu)\n",
                    k + 1, folds, lo + 1, hi);
    }
    unlink(rest);
    unlink(model);
    rmdir(dir);
    free(text);
    return rc;
}

int chrJackknife_tags(void *ctx, const chrConlluSentence *s, const char **xpos, int *upos,
                      const char **lemma) {
    const chrJackknife *j = ctx;
    size_t lo = 0, hi = j->nsents;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (j->line[mid] < s->line) lo = mid + 1;
        else hi = mid;
    }
    if (lo == j->nsents || j->line[lo] != s->line) return CHR_EINVAL;
    size_t at = j->first[lo];
    for (size_t i = 0; i < s->nwords; i++) {
        xpos[i] = j->xpos[at + i];
        upos[i] = j->upos[at + i];
        lemma[i] = j->lemma[at + i];
    }
    return CHR_OK;
}
