/*
 * eval_tokenize.c - `chronicle eval tokenize GOLD.conllu`: tokens and
 * sentences against a UD treebank, scored as the CoNLL 2018 shared task
 * scorer does.
 *
 * The raw text of each document is rebuilt from the '# text' lines
 * (documents start at '# newdoc', paragraphs at '# newpar' are separated
 * by a blank line, sentences within a paragraph by one space), then
 * tokenized and split. Tokens and sentences are compared by their spans
 * over the non-white-space characters of the text, so white space never
 * decides a match. Gold tokens are surface tokens: a multiword token
 * ("don't") counts once, and so do our joined words (do + n't).
 *
 * Gold files are read with the library's internal CoNLL-U reader
 * (io/conllu.h), as the other treebank evaluations do.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "commands.h"
#include "evals.h"
#include "io/conllu.h"
#include "core/clock.h"

typedef struct span {
    size_t start, end; /* over non-white-space bytes */
} span;

typedef struct spans {
    span *v;
    size_t n, cap;
} spans;

typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

typedef struct counts {
    size_t gold, sys, match;
} counts;

typedef struct golddoc {
    buf text;
    spans tokens, sentences;
    size_t nonspace;   /* non-white-space bytes so far */
    size_t sent_start; /* non-space offset where the open sentence began */
    int in_sentence;
} golddoc;

/* Byte length of the white-space character at s[i] (ASCII, no-break and
 * the U+2000 spaces, as the tokenizer sees them), or 0. */
static size_t space_len(const char *str, size_t n, size_t i) {
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) return 2;
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF))
        return 3;
    if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80) return 3;
    return 0;
}

static int spans_push(spans *a, size_t start, size_t end) {
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 256;
        span *v = realloc(a->v, cap * sizeof *v);
        if (!v) return 0;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n].start = start;
    a->v[a->n++].end = end;
    return 1;
}

static int buf_add(buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) return 0;
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return 1;
}

/* Matching spans of two start-sorted lists. */
static size_t matches(const spans *g, const spans *s) {
    size_t i = 0, j = 0, m = 0;
    while (i < g->n && j < s->n) {
        if (g->v[i].start < s->v[j].start) i++;
        else if (g->v[i].start > s->v[j].start) j++;
        else {
            m += g->v[i].end == s->v[j].end;
            i++;
            j++;
        }
    }
    return m;
}

static double f1(counts c) {
    return c.gold + c.sys ? 200.0 * (double)c.match / (double)(c.gold + c.sys) : 100.0;
}

/* Tokenizes one rebuilt document and adds its counts. */
static int score_doc(golddoc *g, counts *tok, counts *sen, double *seconds, size_t *bytes) {
    const char *text = g->text.s ? g->text.s : "";
    size_t n = g->text.n;
    size_t *ns = malloc((n + 1) * sizeof *ns); /* byte -> non-space offset */
    if (!ns) return CHR_ENOMEM;
    for (size_t i = 0, c = 0; i <= n;) {
        size_t sp = i < n ? space_len(text, n, i) : 0;
        for (size_t k = 0; k < (sp ? sp : 1) && i + k <= n; k++) ns[i + k] = c;
        if (sp) i += sp;
        else c++, i++;
    }
    double t0 = chrClock_threadCpu();
    chr_doc *d = chr_doc_new("gold", text, n);
    int rc = d ? chr_tokenize(d) : CHR_ENOMEM;
    *seconds += chrClock_threadCpu() - t0;
    *bytes += n;
    spans st = {0, 0, 0}, ss = {0, 0, 0};
    if (rc == CHR_OK) {
        size_t nt, nsen;
        const chr_token *t = chr_doc_tokens(d, &nt);
        const chr_sentence *s = chr_doc_sentences(d, &nsen);
        for (size_t i = 0; i < nt && rc == CHR_OK; i++) {
            if ((t[i].flags & CHR_TOKEN_JOINED) && st.n) st.v[st.n - 1].end = ns[t[i].end];
            else if (!spans_push(&st, ns[t[i].start], ns[t[i].end])) rc = CHR_ENOMEM;
        }
        for (size_t i = 0; i < nsen && rc == CHR_OK; i++)
            if (!spans_push(&ss, ns[s[i].start], ns[s[i].end])) rc = CHR_ENOMEM;
    }
    if (rc == CHR_OK) {
        tok->gold += g->tokens.n;
        tok->sys += st.n;
        tok->match += matches(&g->tokens, &st);
        sen->gold += g->sentences.n;
        sen->sys += ss.n;
        sen->match += matches(&g->sentences, &ss);
    }
    free(st.v);
    free(ss.v);
    free(ns);
    chr_doc_free(d);
    g->text.n = 0;
    g->tokens.n = g->sentences.n = 0;
    g->nonspace = 0;
    g->in_sentence = 0;
    return rc;
}

static void close_sentence(golddoc *g) {
    if (g->in_sentence && g->nonspace > g->sent_start)
        spans_push(&g->sentences, g->sent_start, g->nonspace);
    g->in_sentence = 0;
}

/* Reads one token line's FORM (column 2) and records its span, checking
 * that it is the next text of the document. Returns 0 on a mismatch. */
static int gold_token(golddoc *g, const char *form, size_t len, size_t *textpos) {
    size_t start = g->nonspace;
    for (size_t i = 0; i < len; i++) {
        size_t sp = space_len(form, len, i);
        if (sp) {
            i += sp - 1;
            continue;
        }
        while (*textpos < g->text.n && (sp = space_len(g->text.s, g->text.n, *textpos)))
            *textpos += sp;
        if (*textpos >= g->text.n || g->text.s[*textpos] != form[i]) return 0;
        (*textpos)++;
        g->nonspace++;
    }
    return spans_push(&g->tokens, start, g->nonspace);
}

/* Adds one gold sentence: its text to the document, its surface tokens
 * (multiword ranges as one) and its span. Returns 0 when the tokens do
 * not spell the text. */
static int gold_sentence(golddoc *g, const chrConlluSentence *cs) {
    if (g->text.n && !buf_add(&g->text, cs->newpar ? "\n\n" : " ", cs->newpar ? 2 : 1)) return 0;
    size_t textpos = g->text.n;
    if (!buf_add(&g->text, cs->text, strlen(cs->text))) return 0;
    g->in_sentence = 1;
    g->sent_start = g->nonspace;
    size_t r = 0;
    for (size_t w = 0; w < cs->nwords; w++) {
        const char *form = cs->words[w].form;
        while (r < cs->nranges && (size_t)cs->ranges[r].last < w + 1) r++;
        if (r < cs->nranges && (size_t)cs->ranges[r].first == w + 1) {
            form = cs->ranges[r].form;
            w = (size_t)cs->ranges[r].last - 1;
        }
        if (!gold_token(g, form, strlen(form), &textpos)) return 0;
    }
    close_sentence(g);
    return 1;
}

int eval_tokenize(int argc, char **argv) {
    if (argc != 2 || strcmp(argv[1], "--help") == 0) {
        fputs(EVAL_TOKENIZE_USAGE, argc == 2 ? stdout : stderr);
        return argc == 2 ? EXIT_OK : EXIT_USAGE;
    }
    const char *path = argv[1];
    chrConllu gold;
    char err[512];
    int rc = chrConllu_load(path, &gold, err, sizeof err);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval tokenize: %s\n", err);
        chrConllu_release(&gold);
        return EXIT_REJECTED;
    }
    golddoc g;
    memset(&g, 0, sizeof g);
    counts tok = {0, 0, 0}, sen = {0, 0, 0};
    double seconds = 0;
    size_t bytes = 0, badline = 0;
    for (size_t i = 0; i < gold.nsents && rc == CHR_OK && !badline; i++) {
        const chrConlluSentence *cs = &gold.sents[i];
        if (cs->newdoc_id && g.text.n) rc = score_doc(&g, &tok, &sen, &seconds, &bytes);
        if (rc == CHR_OK && (!cs->text || !gold_sentence(&g, cs))) badline = cs->line;
    }
    if (rc == CHR_OK && !badline && g.text.n) rc = score_doc(&g, &tok, &sen, &seconds, &bytes);
    chrConllu_release(&gold);
    free(g.text.s);
    free(g.tokens.v);
    free(g.sentences.v);
    if (badline) {
        fprintf(stderr,
                "chronicle eval tokenize: %s:%zu: the sentence has no '# text' line or its tokens "
                "do not spell it; give UD CoNLL-U with '# text' comments\n",
                path, badline);
        return EXIT_REJECTED;
    }
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle eval tokenize: %s: %s\n", path, chr_strerror(rc));
        return EXIT_REJECTED;
    }
    if (tok.gold == 0) {
        fprintf(stderr, "chronicle eval tokenize: %s: no tokens found; is this CoNLL-U?\n", path);
        return EXIT_REJECTED;
    }
    printf("{\"tokens_f1\":%.2f,\"sentences_f1\":%.2f,\"mb_per_s\":%.2f}\n", f1(tok), f1(sen),
           seconds > 0 ? (double)bytes / 1e6 / seconds : 0.0);
    return EXIT_OK;
}
