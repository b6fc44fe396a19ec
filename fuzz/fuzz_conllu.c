/*
 * fuzz_conllu.c - arbitrary bytes as a CoNLL-U file: the treebank reader
 * behind training and every eval must report, never crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "io/conllu.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    chrConllu c;
    char err[256];
    if (chrConllu_parse("fuzz.conllu", (const char *)data, size, &c, err, sizeof err) == 0) {
        /* every word of every sentence is readable */
        for (size_t i = 0; i < c.nsents; i++)
            for (size_t k = 0; k < c.sents[i].nwords; k++)
                if (!c.sents[i].words[k].form) abort();
    }
    chrConllu_release(&c);
    return 0;
}
