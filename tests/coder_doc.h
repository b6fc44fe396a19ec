/*
 * coder_doc.h - hand-built parsed documents for the event coder's unit tests
 * (test_coder.c, test_coder_petr.c), so that the coder is tested apart from
 * the statistical tagger and parser. Each test file defines the lexicon
 * `lex` its documents are coded with before including this.
 */
#ifndef CHR_TESTS_CODER_DOC_H
#define CHR_TESTS_CODER_DOC_H

/* Builds a document from sentences of tokens "form|lemma|UPOS|head|deprel"
 * separated by blanks; sentences separated by " // ". */
static chr_doc *build(const char *spec, const char *date) {
    char text[4096] = "";
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", spec);
    /* first pass: the text */
    size_t o = 0;
    for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) {
        if (strcmp(tok, "//") == 0) continue;
        char *bar = strchr(tok, '|');
        size_t n = bar ? (size_t)(bar - tok) : strlen(tok);
        if (o) text[o++] = ' ';
        memcpy(text + o, tok, n);
        o += n;
    }
    text[o] = '\0';
    chr_doc *d = chr_doc_new("t", text, o);
    assert_non_null(d);
    if (date) {
        chr_date dt;
        assert_int_equal(chr_date_parse(date, &dt), CHR_OK);
        chr_doc_set_date(d, dt);
    }
    snprintf(copy, sizeof copy, "%s", spec);
    size_t pos = 0;
    uint32_t first = 0, count = 0;
    for (char *tok = strtok(copy, " ");; tok = strtok(NULL, " ")) {
        if (!tok || strcmp(tok, "//") == 0) {
            chr_sentence *s = chrDoc_pushSentence(d);
            assert_non_null(s);
            s->first = first;
            s->count = count;
            s->start = d->tokens[first].start;
            s->end = d->tokens[first + count - 1].end;
            first += count;
            count = 0;
            if (!tok) break;
            continue;
        }
        char *f[5] = {0};
        int nf = 0;
        for (char *p = tok; nf < 5; nf++) {
            f[nf] = p;
            char *bar = strchr(p, '|');
            if (!bar) {
                nf++;
                break;
            }
            *bar = '\0';
            p = bar + 1;
        }
        assert_int_equal(nf, 5);
        chr_token *t = chrDoc_pushToken(d);
        assert_non_null(t);
        t->start = (uint32_t)pos;
        t->end = (uint32_t)(pos + strlen(f[0]));
        pos = t->end + 1;
        t->sentence = (uint32_t)(d->nsentences);
        t->form = chrArena_strdup(&d->arena, f[0]);
        t->fold = t->form;
        t->lemma = chrArena_strdup(&d->arena, f[1]);
        t->upos = (uint8_t)chr_upos_from_name(f[2]);
        t->head = atoi(f[3]);
        t->deprel = chrArena_strdup(&d->arena, f[4]);
        count++;
    }
    return d;
}

static chr_doc *code(const char *spec, const char *date, const chrCoderOptions *o) {
    chr_doc *d = build(spec, date);
    assert_int_equal(chrCoder_codeDoc(lex, o, d, NULL), CHR_OK);
    return d;
}

/* 1 when the document has the event SRC TGT CODE. */
static int has(const chr_doc *d, const char *src, const char *tgt, const char *c) {
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].source.code, src) == 0 && strcmp(ev[i].target.code, tgt) == 0 &&
            strcmp(ev[i].code, c) == 0)
            return 1;
    return 0;
}

static size_t nevents(const chr_doc *d) {
    size_t n;
    chr_doc_events(d, &n);
    return n;
}

#endif
