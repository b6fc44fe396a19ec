/*
 * model.c - loading the NER model and labelling a sentence with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/modelfile.h"
#include "ner/ner.h"
#include "ner/propagate.h"

static int read_casing(chrCasing *c, const chrModelFile *mf, char *err, size_t errlen) {
    chrCursor cur;
    if (chrModelFile_section(mf, "casing", &cur) != CHR_OK) {
        snprintf(err, errlen, "%s: no 'casing' section", mf->path);
        return CHR_EFORMAT;
    }
    uint64_t cap = chrCursor_u64(&cur);
    if (cur.bad || cap == 0 || (cap & (cap - 1)) || cap > (1u << 26) || cap * 9 > cur.len) {
        snprintf(err, errlen, "%s: damaged 'casing' section", mf->path);
        return CHR_EFORMAT;
    }
    c->keys = malloc(cap * sizeof *c->keys);
    c->cls = malloc(cap);
    if (!c->keys || !c->cls) return CHR_ENOMEM;
    c->cap = cap;
    for (size_t i = 0; i < cap; i++) c->keys[i] = chrCursor_u64(&cur);
    for (size_t i = 0; i < cap; i++) {
        c->cls[i] = chrCursor_u8(&cur);
        if (c->cls[i] > CHR_CASE_UPPER) cur.bad = 1;
        if (c->keys[i]) c->n++;
    }
    if (cur.bad || !chrCursor_done(&cur) || c->n >= cap) {
        snprintf(err, errlen, "%s: damaged 'casing' section", mf->path);
        return CHR_EFORMAT;
    }
    return CHR_OK;
}

static int from_file(chrModelFile *mf, chrNerModel **out, char *err, size_t errlen) {
    chrNerModel *m = calloc(1, sizeof *m);
    if (!m) return CHR_ENOMEM;
    chrCursor cur;
    int rc = CHR_OK;
    if (chrModelFile_section(mf, "config", &cur) != CHR_OK) {
        snprintf(err, errlen, "%s: no 'config' section", mf->path);
        rc = CHR_EFORMAT;
    } else {
        uint32_t nlabels = chrCursor_u32(&cur);
        m->use_pos = (int)chrCursor_u32(&cur);
        if (cur.bad || nlabels != CHR_NER_NLABELS || m->use_pos > 1) {
            snprintf(err, errlen, "%s: 'config' section does not describe this labeller", mf->path);
            rc = CHR_EFORMAT;
        }
    }
    if (rc == CHR_OK) rc = chrLinear_read(&m->weights, mf, "weights", err, errlen);
    if (rc == CHR_ENOTFOUND) {
        snprintf(err, errlen, "%s: no 'weights' section", mf->path);
        rc = CHR_EFORMAT;
    }
    if (rc == CHR_OK && m->weights.nclass != CHR_NER_NLABELS) {
        snprintf(err, errlen, "%s: weights for %u labels, expected %d", mf->path,
                 m->weights.nclass, CHR_NER_NLABELS);
        rc = CHR_EFORMAT;
    }
    if (rc == CHR_OK) rc = read_casing(&m->casing, mf, err, errlen);
    if (rc == CHR_OK) {
        chrClusterSet cs;
        rc = chrNerClasses_read(mf, &cs, err, errlen);
        if (rc == CHR_OK) rc = chrNerClasses_index(&cs, &m->clusters);
        else if (rc == CHR_ENOTFOUND) rc = CHR_OK; /* a model without clusters */
        chrClusters_release(&cs);
    }
    if (rc == CHR_OK) {
        rc = chrNerOrgs_read(mf, &m->orgs, err, errlen);
        if (rc == CHR_ENOTFOUND) rc = CHR_OK; /* a model without its own name list */
    }
    if (rc != CHR_OK) {
        if (rc == CHR_ENOMEM) snprintf(err, errlen, "%s: out of memory", mf->path);
        chrNer_free(m);
        return rc;
    }
    *out = m;
    return CHR_OK;
}

int chrNer_load(const char *path, chrNerModel **out, char *err, size_t errlen) {
    chrModelFile mf;
    *out = NULL;
    int rc = chrModelFile_load(path, CHR_NER_KIND, &mf, err, errlen);
    if (rc == CHR_OK) rc = from_file(&mf, out, err, errlen);
    chrModelFile_release(&mf);
    return rc;
}

int chrNer_loadBytes(const char *name, const void *data, size_t len, chrNerModel **out, char *err,
                     size_t errlen) {
    chrModelFile mf;
    *out = NULL;
    int rc = chrModelFile_parse(name, data, len, CHR_NER_KIND, &mf, err, errlen);
    if (rc == CHR_OK) rc = from_file(&mf, out, err, errlen);
    chrModelFile_release(&mf);
    return rc;
}

void chrNer_free(chrNerModel *m) {
    if (!m) return;
    chrLinear_release(&m->weights);
    chrCasing_release(&m->casing);
    chrTagClusters_release(&m->clusters);
    chrNerOrgs_release(&m->orgs);
    free(m);
}

int chrNer_label(const chrNerModel *m, const chrLex *lex, chrNerWork *w, const char *const *forms,
                 const uint8_t *upos, size_t n, uint8_t *labels) {
    if (chrNerFeat_prepare(w, lex, &m->casing, &m->clusters, &m->orgs, forms,
                           m->use_pos ? upos : NULL, n) != CHR_OK)
        return CHR_ENOMEM;
    uint64_t feats[CHR_NER_MAXFEATS];
    int p1 = CHR_NER_O, p2 = CHR_NER_O;
    for (size_t i = 0; i < n; i++) {
        size_t nf = chrNerFeat_token(w, n, i, p1, p2, feats);
        /* padded to whole vectors: the scorer adds eight at a time */
        int32_t scores[(CHR_NER_NLABELS + 7) & ~7] = {0};
        chrLinear_scores(&m->weights, feats, nf, scores);
        int best = CHR_NER_O;
        for (int c = 1; c < CHR_NER_NLABELS; c++)
            if (scores[c] > scores[best] && chrNer_allowed(p1, c)) best = c;
        labels[i] = (uint8_t)best;
        p2 = p1;
        p1 = best;
    }
    return CHR_OK;
}

int chrNer_labelDocument(const chrNerModel *m, const chrLex *lex, chrNerWork *w,
                         const char *const *forms, const size_t *first, size_t nsents,
                         uint8_t *labels) {
    if (nsents == 0) return CHR_OK;
    size_t a = first[0], n = first[nsents] - a;
    uint32_t *sent = malloc((n ? n : 1) * sizeof *sent);
    if (!sent) return CHR_ENOMEM;
    int rc = CHR_OK;
    for (size_t s = 0; rc == CHR_OK && s < nsents; s++) {
        for (size_t i = first[s]; i < first[s + 1]; i++) sent[i - a] = (uint32_t)s;
        rc = chrNer_label(m, lex, w, forms + first[s], NULL, first[s + 1] - first[s],
                          labels + first[s]);
    }
    if (rc == CHR_OK)
        rc = chrNer_propagate(&m->casing, forms + a, sent, labels + a, n);
    free(sent);
    return rc;
}
