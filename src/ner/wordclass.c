/*
 * wordclass.c - storing and looking up the NER model's word clusters
 * (see wordclass.h).
 */
#include "ner/wordclass.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

int chrNerClasses_write(chrModelWriter *mw, const chrClusterSet *cs) {
    chrBuf *b = chrModelWriter_section(mw, "clusters");
    if (!b) return CHR_ENOMEM;
    chrBuf_u32(b, (uint32_t)cs->n);
    for (size_t i = 0; i < cs->n; i++) {
        chrBuf_str(b, cs->words[i]);
        chrBuf_u16(b, cs->coarse[i]);
        chrBuf_u16(b, cs->fine[i]);
    }
    return b->failed ? CHR_ENOMEM : CHR_OK;
}

int chrNerClasses_read(const chrModelFile *mf, chrClusterSet *cs, char *err, size_t errlen) {
    memset(cs, 0, sizeof *cs);
    chrCursor c;
    if (chrModelFile_section(mf, "clusters", &c)) return CHR_ENOTFOUND;
    uint32_t n = chrCursor_u32(&c);
    /* each word takes at least 8 bytes: bound n before allocating */
    if (c.bad || n > c.len / 8) goto bad;
    cs->words = malloc((n ? n : 1) * sizeof *cs->words);
    cs->coarse = malloc((n ? n : 1) * sizeof *cs->coarse);
    cs->fine = malloc((n ? n : 1) * sizeof *cs->fine);
    char *blob = malloc(c.len + 1);
    if (!cs->words || !cs->coarse || !cs->fine || !blob) {
        free(blob);
        chrClusters_release(cs);
        snprintf(err, errlen, "%s: out of memory", mf->path);
        return CHR_ENOMEM;
    }
    size_t used = 0;
    for (uint32_t i = 0; i < n && !c.bad; i++) {
        size_t len;
        const char *s = chrCursor_str(&c, &len);
        uint16_t c1 = chrCursor_u16(&c), c2 = chrCursor_u16(&c);
        if (c.bad || !s) break;
        memcpy(blob + used, s, len);
        blob[used + len] = 0;
        cs->words[cs->n] = blob + used;
        cs->coarse[cs->n] = c1;
        cs->fine[cs->n] = c2;
        cs->n++;
        used += len + 1;
    }
    if (!cs->n) free(blob);
    if (!c.bad && cs->n == n && chrCursor_done(&c)) return CHR_OK;
    chrClusters_release(cs);
bad:
    snprintf(err, errlen, "%s: section 'clusters' is damaged", mf->path);
    return CHR_EFORMAT;
}

int chrNerClasses_index(const chrClusterSet *cs, chrTagClusters *cl) {
    if (chrTagClusters_init(cl, cs->n)) return CHR_ENOMEM;
    for (size_t i = 0; i < cs->n; i++)
        chrTagClusters_add(cl, cs->words[i], strlen(cs->words[i]), cs->coarse[i], cs->fine[i]);
    return CHR_OK;
}

void chrNerClasses_of(const chrTagClusters *cl, const char *form, size_t len, uint16_t *coarse,
                      uint16_t *fine) {
    *coarse = *fine = CHR_NER_NOCLASS;
    char norm[64];
    if (!cl->count || len >= sizeof norm) return;
    size_t nn = chrTagWord_normalize(form, len, norm, sizeof norm);
    const uint16_t *ids = chrTagClusters_find(cl, chrTagWord_hash(norm, nn));
    if (ids) {
        *coarse = ids[0];
        *fine = ids[1];
    }
}
