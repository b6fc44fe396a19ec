/*
 * conllu.h - reads CoNLL-U treebank files (gold data for training and
 * evaluation of the tokenizer, tagger and parser).
 *
 * The whole file is loaded into one arena. Word lines (integer ids) are
 * kept per sentence; multiword-token ranges ("3-4") are kept apart for
 * the tokenizer evaluation; empty nodes ("5.1") are skipped, as the
 * basic-dependency evaluation of UD does.
 */
#ifndef CHR_IO_CONLLU_H
#define CHR_IO_CONLLU_H

#include <stddef.h>

#include "core/arena.h"

typedef struct chrConlluWord {
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head; /* 0 = root; -1 when '_' */
} chrConlluWord;

typedef struct chrConlluRange {
    int first, last;   /* word ids covered, 1-based inclusive */
    const char *form;  /* the surface token */
    const char *misc;
} chrConlluRange;

typedef struct chrConlluSentence {
    const char *sent_id;   /* NULL when absent */
    const char *text;      /* '# text = ...', NULL when absent */
    const char *newdoc_id; /* non-NULL (maybe "") when '# newdoc' precedes */
    int newpar;            /* 1 when '# newpar' precedes */
    chrConlluWord *words;
    size_t nwords;
    chrConlluRange *ranges;
    size_t nranges;
    size_t line;           /* line number of its first line, for messages */
} chrConlluSentence;

typedef struct chrConllu {
    chrArena arena;
    chrConlluSentence *sents;
    size_t nsents;
    size_t nwords;
} chrConllu;

/* Loads path. On failure returns a negative status and writes
 * "path:line: reason" into err (errlen bytes). Free with
 * chrConllu_release() in any case. */
int chrConllu_load(const char *path, chrConllu *out, char *err, size_t errlen);
/* Parses text[0..len) (not NUL-terminated necessarily); name is used in
 * messages. */
int chrConllu_parse(const char *name, const char *text, size_t len, chrConllu *out, char *err,
                    size_t errlen);
void chrConllu_release(chrConllu *c);

/* The value of KEY=VALUE in a MISC column, copied into buf (NUL-terminated);
 * returns 1 when present. */
int chrConllu_miscGet(const char *misc, const char *key, char *buf, size_t buflen);

#endif
