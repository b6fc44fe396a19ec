/*
 * tagger.c - loading a tagger model and tagging documents with it.
 *
 * Model sections (all little-endian, see learn/modelfile.h):
 *   "classes"  u32 nxpos, nxpos strings; u32 nclass, per class u8 upos,
 *              u16 xpos id
 *   "clusters" u32 n, per word: string (normalised form), u16 coarse,
 *              u16 fine
 *   "words"    u32 n, per word: string (form), i32 tag dictionary class
 *              or -1
 *   "weights"  the perceptron (learn/perceptron.h)
 *   "lemma"    the lemmatizer (tag/lemma.h)
 */
#include "tag/tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "tag/features.h"

static int bad_section(const chrModelFile *mf, const char *name, char *err, size_t errlen) {
    snprintf(err, errlen, "%s: section '%s' is missing or damaged", mf->path, name);
    return CHR_EFORMAT;
}

static int read_classes(chrTagger *t, const chrModelFile *mf, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "classes", &c)) return bad_section(mf, "classes", err, errlen);
    t->nxpos = chrCursor_u32(&c);
    if (c.bad || t->nxpos == 0 || t->nxpos > CHR_TAG_MAXCLASS)
        return bad_section(mf, "classes", err, errlen);
    t->xpos = calloc(t->nxpos, sizeof *t->xpos);
    t->names = malloc(c.len + t->nxpos);
    if (!t->xpos || !t->names) return CHR_ENOMEM;
    size_t used = 0;
    for (uint32_t i = 0; i < t->nxpos; i++) {
        size_t n;
        const char *s = chrCursor_str(&c, &n);
        memcpy(t->names + used, s, n);
        t->names[used + n] = '\0';
        t->xpos[i] = t->names + used;
        used += n + 1;
    }
    t->nclass = chrCursor_u32(&c);
    if (c.bad || t->nclass == 0 || t->nclass > CHR_TAG_MAXCLASS)
        return bad_section(mf, "classes", err, errlen);
    t->upos = malloc(t->nclass);
    t->xpos_id = malloc(t->nclass * sizeof *t->xpos_id);
    if (!t->upos || !t->xpos_id) return CHR_ENOMEM;
    for (uint32_t i = 0; i < t->nclass; i++) {
        t->upos[i] = chrCursor_u8(&c);
        t->xpos_id[i] = chrCursor_u16(&c);
        if (t->upos[i] >= CHR_UPOS_COUNT || t->xpos_id[i] >= t->nxpos) c.bad = 1;
    }
    if (!chrCursor_done(&c)) return bad_section(mf, "classes", err, errlen);
    return CHR_OK;
}

static int read_clusters(chrTagger *t, const chrModelFile *mf, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "clusters", &c)) return bad_section(mf, "clusters", err, errlen);
    uint32_t n = chrCursor_u32(&c);
    if (c.bad || n > c.len / 8) return bad_section(mf, "clusters", err, errlen);
    if (chrTagClusters_init(&t->clusters, n)) return CHR_ENOMEM;
    for (uint32_t i = 0; i < n && !c.bad; i++) {
        size_t len;
        const char *s = chrCursor_str(&c, &len);
        uint16_t c1 = chrCursor_u16(&c), c2 = chrCursor_u16(&c);
        if (!c.bad) chrTagClusters_add(&t->clusters, s, len, c1, c2);
    }
    if (!chrCursor_done(&c)) return bad_section(mf, "clusters", err, errlen);
    return CHR_OK;
}

static int read_words(chrTagger *t, const chrModelFile *mf, char *err, size_t errlen) {
    chrCursor c;
    if (chrModelFile_section(mf, "words", &c)) return bad_section(mf, "words", err, errlen);
    uint32_t n = chrCursor_u32(&c);
    if (c.bad || n > c.len / 8) return bad_section(mf, "words", err, errlen);
    if (chrTagLexicon_init(&t->lex, n)) return CHR_ENOMEM;
    for (uint32_t i = 0; i < n && !c.bad; i++) {
        size_t len;
        const char *s = chrCursor_str(&c, &len);
        int32_t dict = (int32_t)chrCursor_u32(&c);
        if (c.bad || dict < -1 || dict >= (int32_t)t->nclass) {
            c.bad = 1;
            break;
        }
        chrTagWord *w = chrTagLexicon_add(&t->lex, s, len, &t->clusters);
        if (w) w->dict = dict;
    }
    if (!chrCursor_done(&c)) return bad_section(mf, "words", err, errlen);
    return CHR_OK;
}

int chrTagger_load(chrTagger *t, const char *path, char *err, size_t errlen) {
    memset(t, 0, sizeof *t);
    chrModelFile mf;
    int rc = chrModelFile_load(path, CHR_TAG_KIND, &mf, err, errlen);
    if (rc == CHR_OK) {
        snprintf(t->data_name, sizeof t->data_name, "%s", mf.data_name);
        if (!(rc = read_classes(t, &mf, err, errlen)) &&
            !(rc = read_clusters(t, &mf, err, errlen)) &&
            !(rc = read_words(t, &mf, err, errlen)) &&
            !(rc = chrLinear_read(&t->lin, &mf, "weights", err, errlen)) &&
            !(rc = chrLemma_read(&t->lemma, &mf, "lemma", err, errlen))) {
            if (t->lin.nclass != t->nclass || t->lemma.ntags != t->nxpos)
                rc = bad_section(&mf, "weights", err, errlen);
        }
        if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory loading the model", path);
        if (rc == CHR_ENOTFOUND) rc = CHR_EFORMAT; /* a missing section */
    }
    chrModelFile_release(&mf);
    return rc;
}

void chrTagger_release(chrTagger *t) {
    chrLinear_release(&t->lin);
    free(t->upos);
    free(t->xpos_id);
    free(t->xpos);
    free(t->names);
    chrTagClusters_release(&t->clusters);
    chrTagLexicon_release(&t->lex);
    chrLemma_release(&t->lemma);
    memset(t, 0, sizeof *t);
}

void chrTagger_words(const chrTagLexicon *lx, const chrTagClusters *cl,
                     const char *const *forms, size_t n, const chrTagWord **w,
                     chrTagWord *local) {
    w[0] = &chrTagFeat_start2;
    w[1] = &chrTagFeat_start1;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(forms[i]);
        const chrTagWord *k = chrTagLexicon_find(lx, chrTagWord_hash(forms[i], len));
        if (!k) {
            chrTagWord_compute(forms[i], len, cl, &local[i]);
            k = &local[i];
        }
        w[i + 2] = k;
    }
    w[n + 2] = &chrTagFeat_end1;
    w[n + 3] = &chrTagFeat_end2;
}

void chrTagger_classes(const chrTagger *t, const chrTagWord *const *w, size_t n,
                       uint16_t *classes) {
    uint32_t p1 = CHR_TAG_MAXCLASS + 1, p2 = CHR_TAG_MAXCLASS + 2;
    int32_t scores[CHR_TAG_MAXCLASS];
    uint64_t f[CHR_TAG_MAXFEAT];
    for (size_t i = 0; i < n; i++) {
        int c = w[i]->dict;
        if (c < 0) {
            size_t nf = chrTagFeat_extract(w, n, i, p1, p2, f);
            memset(scores, 0, t->nclass * sizeof *scores);
            chrLinear_scores(&t->lin, f, nf, scores);
            c = chrLinear_argmax(scores, t->nclass, NULL);
        }
        classes[i] = (uint16_t)c;
        p2 = p1;
        p1 = (uint32_t)c;
    }
}

int chrTagger_run(const chrTagger *t, chr_doc *doc) {
    size_t maxn = 0;
    for (size_t s = 0; s < doc->nsentences; s++)
        if (doc->sentences[s].count > maxn) maxn = doc->sentences[s].count;
    if (maxn == 0) return CHR_OK;
    /* One allocation per document for all scratch arrays. */
    size_t bytes = (maxn + 4) * sizeof(chrTagWord *) + maxn * sizeof(chrTagWord) +
                   maxn * sizeof(const char *) + maxn * sizeof(uint16_t);
    char *mem = malloc(bytes);
    if (!mem) return CHR_ENOMEM;
    chrTagWord *local = (chrTagWord *)mem;
    const chrTagWord **w = (const chrTagWord **)(local + maxn);
    const char **forms = (const char **)(w + maxn + 4);
    uint16_t *classes = (uint16_t *)(forms + maxn);
    int rc = CHR_OK;
    char buf[512];
    for (size_t s = 0; s < doc->nsentences && rc == CHR_OK; s++) {
        chr_token *tok = doc->tokens + doc->sentences[s].first;
        size_t n = doc->sentences[s].count;
        for (size_t i = 0; i < n; i++) forms[i] = tok[i].fold ? tok[i].fold : tok[i].form;
        chrTagger_words(&t->lex, &t->clusters, forms, n, w, local);
        chrTagger_classes(t, w + 2, n, classes);
        for (size_t i = 0; i < n; i++) {
            uint16_t c = classes[i], x = t->xpos_id[c];
            tok[i].upos = t->upos[c];
            tok[i].xpos_id = x;
            tok[i].xpos = t->xpos[x];
            size_t len;
            const char *lem = chrLemma_apply(&t->lemma, forms[i], strlen(forms[i]), x, buf,
                                             sizeof buf, &len);
            tok[i].lemma = lem == forms[i] ? forms[i] : chrArena_strndup(&doc->arena, lem, len);
            if (!tok[i].lemma) {
                rc = CHR_ENOMEM;
                break;
            }
        }
    }
    free(mem);
    return rc;
}
