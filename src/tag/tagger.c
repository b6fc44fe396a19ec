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
#include "learn/linear_huge.h"
#include "learn/linear_inline.h"
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
    t->quote_open = t->quote_close = -1;
    for (uint32_t i = 0; i < t->nclass; i++) {
        if (t->upos[i] != CHR_UPOS_PUNCT) continue;
        if (strcmp(t->xpos[t->xpos_id[i]], "``") == 0) t->quote_open = (int)i;
        if (strcmp(t->xpos[t->xpos_id[i]], "''") == 0) t->quote_close = (int)i;
    }
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
        if (w && i < CHR_TAG_VECWORDS && w->vrow == CHR_TAG_NOVEC) w->vrow = (uint32_t)t->nvec++;
    }
    if (!chrCursor_done(&c)) return bad_section(mf, "words", err, errlen);
    return CHR_OK;
}

/* Sums the role weights of word w into its rows of t->svec and t->wvec
 * (row index vrow); marks the neighbour roles whose sums do not fit in
 * int16 as having none. */
static void sum_roles(chrTagger *t, chrTagWord *w, uint32_t vrow, int32_t *acc) {
    const chrLinear *m = &t->lin;
    const size_t nclass = m->nclass;
    w->vrow = vrow;
    for (int r = 0; r < CHR_TAG_NROLES; r++) {
        uint64_t f[CHR_TAG_MAXROLEFEAT];
        size_t nf = chrTagFeat_role(w, r, f);
        int32_t *sum = r == CHR_TAG_SELF ? t->svec + vrow * nclass : acc;
        memset(sum, 0, nclass * sizeof *sum);
        chrLinear_scores(m, f, nf, sum);
        if (r == CHR_TAG_SELF) continue;
        int16_t *row = t->wvec + ((size_t)vrow * (CHR_TAG_NROLES - 1) + (size_t)r - 1) * nclass;
        for (size_t c = 0; c < nclass; c++) {
            if (acc[c] > INT16_MAX || acc[c] < -INT16_MAX) {
                w->vrow |= CHR_TAG_NOROLE(r);
                break;
            }
            row[c] = (int16_t)acc[c];
        }
    }
}

/* Fills t->svec and t->wvec for the lexicon words given a vrow by
 * read_words, and for the padding words. */
static int build_vectors(chrTagger *t) {
    const size_t nclass = t->nclass, rows = t->nvec + 4;
    t->svec = malloc(rows * nclass * sizeof *t->svec);
    t->wvec = malloc(rows * (CHR_TAG_NROLES - 1) * nclass * sizeof *t->wvec);
    int32_t *acc = malloc(nclass * sizeof *acc);
    if (!t->svec || !t->wvec || !acc) {
        free(acc);
        return CHR_ENOMEM;
    }
    for (int k = 0; k < 4; k++) sum_roles(t, &t->lex.pad[k], (uint32_t)(t->nvec + (size_t)k), acc);
    for (size_t i = 0; i <= t->lex.mask; i++) {
        chrTagWord *w = &t->lex.slots[i];
        if (w->key && w->vrow != CHR_TAG_NOVEC) sum_roles(t, w, w->vrow, acc);
    }
    /* Previous tags: 2 tables of nclass + 2 rows. */
    t->tvec = calloc(2 * (t->nclass + 2) * (size_t)t->nclass, sizeof *t->tvec);
    if (!t->tvec) {
        free(acc);
        return CHR_ENOMEM;
    }
    for (int which = 1; which <= 2; which++)
        for (uint32_t p = 0; p < t->nclass + 2; p++) {
            uint64_t f = chrTagFeat_prevTag(which, p < t->nclass ? p : CHR_TAG_MAXCLASS + 1 + p - t->nclass);
            int16_t *row = t->tvec + ((size_t)(which - 1) * (t->nclass + 2) + p) * t->nclass;
            const chrLinearSlot *sl = chrLinear_find(&t->lin, f);
            if (!sl) continue;
            const int16_t *e = t->lin.pool + sl->off;
            if (sl->n & CHR_LINEAR_DENSE)
                memcpy(row, e, t->nclass * sizeof *row);
            else
                for (uint32_t k = 0; k < sl->n; k++) row[(uint16_t)e[2 * k]] = e[2 * k + 1];
        }
    free(acc);
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
            else
                rc = build_vectors(t);
            /* From here on the weights only score (the tables above are
             * built): huge pages and small rows inside their slots. */
            if (rc == CHR_OK) rc = chrLinear_hugepages(&t->lin);
            if (rc == CHR_OK) chrLinear_inline(&t->lin);
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
    free(t->svec);
    free(t->wvec);
    free(t->tvec);
    memset(t, 0, sizeof *t);
}

void chrTagger_words(const chrTagLexicon *lx, const chrTagClusters *cl,
                     const char *const *forms, size_t n, const chrTagWord **w,
                     chrTagWord *local) {
    w[0] = &lx->pad[0];
    w[1] = &lx->pad[1];
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(forms[i]);
        const chrTagWord *k = chrTagLexicon_find(lx, chrTagWord_hash(forms[i], len));
        if (!k) {
            chrTagWord_compute(forms[i], len, cl, &local[i]);
            k = &local[i];
        }
        w[i + 2] = k;
    }
    w[n + 2] = &lx->pad[2];
    w[n + 3] = &lx->pad[3];
}

/* The scores of word i into scores (nclass), given the classes p1 and
 * p2 before it, their rows r1 and r2 of tvec and the word's np pair
 * features pf (chrTagFeat_pairs); returns the best class. */
static inline int score_word(const chrTagger *t, const chrTagWord *const *w, size_t i,
                             uint32_t p1, uint32_t p2, size_t r1, size_t r2,
                             const uint64_t *pf, size_t np, int32_t *scores) {
    uint64_t f[CHR_TAG_MAXFEAT];
    const size_t nclass = t->nclass, per = (CHR_TAG_NROLES - 1) * nclass;
    /* The features of the predicted tags first: their table slots load
     * while the summed rows are added. */
    size_t nf = chrTagFeat_tagged(w, i, p1, p2, f);
    for (size_t k = 0; k < nf; k++) chrLinear_prefetchSlot(&t->lin, f[k]);
    memcpy(f + nf, pf, np * sizeof *pf);
    nf += np;
    const chrTagWord *x = w[i];
    if (chrTagWord_hasRole(x, CHR_TAG_SELF)) {
        memcpy(scores, t->svec + (x->vrow & CHR_TAG_VROW_INDEX) * nclass,
               nclass * sizeof *scores);
    } else {
        memset(scores, 0, nclass * sizeof *scores);
        nf += chrTagFeat_role(x, CHR_TAG_SELF, f + nf);
    }
    for (int r = 1; r < CHR_TAG_NROLES; r++) {
        x = w[(ptrdiff_t)i + chrTagFeat_offset[r]];
        if (chrTagWord_hasRole(x, r))
            chrLinear_addDense(scores,
                               t->wvec + (x->vrow & CHR_TAG_VROW_INDEX) * per +
                                   (size_t)(r - 1) * nclass,
                               (uint32_t)nclass);
        else
            nf += chrTagFeat_role(x, r, f + nf);
    }
    if (t->tvec) {
        chrLinear_addDense(scores, t->tvec + r1 * nclass, (uint32_t)nclass);
        chrLinear_addDense(scores, t->tvec + r2 * nclass, (uint32_t)nclass);
    } else { /* while training: no tables */
        f[nf++] = chrTagFeat_prevTag(1, p1);
        f[nf++] = chrTagFeat_prevTag(2, p2);
    }
    chrLinear_scores(&t->lin, f, nf, scores);
    return chrLinear_argmax(scores, t->nclass, NULL);
}

void chrTagger_classes(const chrTagger *t, const chrTagWord *const *w, size_t n,
                       uint16_t *classes) {
    uint32_t p1 = CHR_TAG_NONE1, p2 = CHR_TAG_NONE2;
    int32_t scores[CHR_TAG_MAXCLASS];
    const size_t nclass = t->nclass;
    /* Rows of tvec for the "none" tags p1 and p2 start with. */
    size_t r1 = nclass, r2 = (nclass + 2) + nclass + 1;
    /* The pair features of a word do not depend on tags: they are made
     * one word ahead and their table slots fetched while the word
     * before is scored. */
    uint64_t pf[2][CHR_TAG_MAXPAIRS];
    size_t np[2] = {0, 0};
    if (n > 0 && w[0]->dict < 0) np[0] = chrTagFeat_pairs(w, 0, pf[0]);
    for (size_t i = 0; i < n; i++) {
        const int cur = i & 1, next = !cur;
        np[next] = 0;
        if (i + 1 < n && w[i + 1]->dict < 0) {
            np[next] = chrTagFeat_pairs(w, i + 1, pf[next]);
            for (size_t k = 0; k < np[next]; k++) chrLinear_prefetchSlot(&t->lin, pf[next][k]);
        }
        int c = w[i]->dict;
        if (c < 0) c = score_word(t, w, i, p1, p2, r1, r2, pf[cur], np[cur], scores);
        classes[i] = (uint16_t)c;
        p2 = p1;
        p1 = (uint32_t)c;
        r2 = (nclass + 2) + r1;
        r1 = (size_t)c;
    }
}

/* Whether token i of tok[0..n) is written against the word before it or
 * after it: the start or end of the sentence, spaces, and punctuation
 * that hugs words (a comma after a quote, a bracket before one) count
 * as a gap. */
static int gap_before(const chr_token *tok, size_t i) {
    return i == 0 || tok[i - 1].space_after || strchr("([{", tok[i - 1].form[0]) != NULL;
}

static int gap_after(const chr_token *tok, size_t n, size_t i) {
    return i + 1 == n || tok[i].space_after || strchr(",.;:!?)]}", tok[i + 1].form[0]) != NULL;
}

/* Straight quotes: the tagger sees no spaces, but the text shows which
 * way a quote faces. A double quote with a gap before it and a word right
 * after opens (``), one with a word right before it and a gap after
 * closes (''); the tagger's guess stands otherwise. A single quote is
 * also an apostrophe ("the leaders' meeting"), so it closes only a single
 * quote opened before it in the sentence ("Joaquin 'El Chapo' Guzman"). */
static void quote_direction(const chrTagger *t, const chr_token *tok, size_t n,
                            uint16_t *classes) {
    if (t->quote_open < 0 || t->quote_close < 0) return;
    int single_open = 0;
    for (size_t i = 0; i < n; i++) {
        const char *f = tok[i].fold ? tok[i].fold : tok[i].form;
        int dbl = strcmp(f, "\"") == 0;
        if (!dbl && strcmp(f, "'") != 0) continue;
        int before = gap_before(tok, i), after = gap_after(tok, n, i);
        if (before && !after) {
            classes[i] = (uint16_t)t->quote_open;
            single_open |= !dbl;
        } else if (!before && after && (dbl || single_open)) {
            classes[i] = (uint16_t)t->quote_close;
            if (!dbl) single_open = 0;
        }
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
        quote_direction(t, tok, n, classes);
        for (size_t i = 0; i < n; i++)
            chrLemma_prefetch(&t->lemma, forms[i], strlen(forms[i]), t->xpos_id[classes[i]]);
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
