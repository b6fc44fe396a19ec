/*
 * tokenize.c - splits a document into tokens and sentences.
 *
 * First version: white space and punctuation boundaries, sentence ends at
 * . ! ? before white space and an upper-case letter, and at blank lines.
 * (To be replaced by the EWT-convention tokenizer.)
 */
#include "core/doc.h"
#include "text/utf8.h"

static int is_punct_cp(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`') ||
               (cp >= '{' && cp <= '~');
    return (cp >= 0x2010 && cp <= 0x205E) || cp == 0xAB || cp == 0xBB;
}

static int emit(chr_doc *d, size_t start, size_t end, int para_start) {
    chr_token *t = chrDoc_pushToken(d);
    if (!t) return CHR_ENOMEM;
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->form = chrUtf8_workingForm(&d->arena, d->text + start, end - start, &d->ninvalid);
    if (!t->form) return CHR_ENOMEM;
    t->fold = chrUtf8_fold(&d->arena, t->form);
    if (!t->fold) return CHR_ENOMEM;
    t->flags = para_start ? CHR_TOKEN_PARA_START : 0;
    return CHR_OK;
}

static int close_sentence(chr_doc *d, size_t *first, uint32_t para) {
    if (*first >= d->ntokens) return CHR_OK;
    chr_sentence *s = chrDoc_pushSentence(d);
    if (!s) return CHR_ENOMEM;
    s->first = (uint32_t)*first;
    s->count = (uint32_t)(d->ntokens - *first);
    s->start = d->tokens[*first].start;
    s->end = d->tokens[d->ntokens - 1].end;
    s->paragraph = para;
    for (size_t i = *first; i < d->ntokens; i++) d->tokens[i].sentence = (uint32_t)(d->nsentences - 1);
    *first = d->ntokens;
    return CHR_OK;
}

int chr_tokenize(chr_doc *d) {
    if (d->len > UINT32_MAX - 1) return CHR_ELIMIT;
    chrDoc_clearTokens(d);
    const unsigned char *s = (const unsigned char *)d->text;
    size_t n = d->len, i = 0, first = 0;
    uint32_t para = 0;
    int para_start = 1, rc;
    while (i < n) {
        size_t len;
        int bad;
        uint32_t cp = chrUtf8_decode(s, n, i, &len, &bad);
        if (chrUtf8_isSpace(cp)) {
            int newlines = 0;
            while (i < n) {
                cp = chrUtf8_decode(s, n, i, &len, &bad);
                if (!chrUtf8_isSpace(cp)) break;
                newlines += cp == '\n';
                i += len;
            }
            if (d->ntokens) d->tokens[d->ntokens - 1].space_after = 1;
            if (newlines >= 1 && d->ntokens > first) {
                if ((rc = close_sentence(d, &first, para))) return rc;
                para++;
                para_start = 1;
            }
            continue;
        }
        size_t start = i;
        if (is_punct_cp(cp)) {
            i += len;
        } else {
            while (i < n) {
                cp = chrUtf8_decode(s, n, i, &len, &bad);
                if (chrUtf8_isSpace(cp) || is_punct_cp(cp)) break;
                i += len;
            }
        }
        if ((rc = emit(d, start, i, para_start))) return rc;
        para_start = 0;
        if (i - start == 1 && (s[start] == '.' || s[start] == '!' || s[start] == '?')) {
            size_t j = i;
            while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
            if (j > i && j < n && s[j] >= 'A' && s[j] <= 'Z')
                if ((rc = close_sentence(d, &first, para))) return rc;
        }
    }
    return close_sentence(d, &first, para);
}
