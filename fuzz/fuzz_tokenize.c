/*
 * fuzz_tokenize.c - libFuzzer target for the tokenizer and splitter.
 *
 * Makes a document from the fuzzer's bytes, tokenizes it and checks the
 * invariants every later stage relies on; a violated invariant aborts so
 * that libFuzzer reports the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"

#define CHECK(cond) \
    do {            \
        if (!(cond)) abort(); \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    chr_doc *d = chr_doc_new("fuzz", (const char *)data, size);
    if (!d) return 0;
    if (chr_tokenize(d) != CHR_OK) {
        chr_doc_free(d);
        return 0;
    }
    size_t nt, ns;
    const chr_token *t = chr_doc_tokens(d, &nt);
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    for (size_t i = 0; i < nt; i++) {
        CHECK(t[i].start < t[i].end && t[i].end <= size);
        CHECK(i == 0 || t[i].start >= t[i - 1].end);
        CHECK(t[i].form && t[i].fold && t[i].form[0]);
        CHECK(t[i].sentence < ns);
        /* A joined word touches the word before it. */
        CHECK(!(t[i].flags & CHR_TOKEN_JOINED) || (i > 0 && t[i - 1].end == t[i].start));
    }
    size_t next = 0;
    for (size_t k = 0; k < ns; k++) {
        CHECK(s[k].first == next && s[k].count > 0);
        CHECK(s[k].start == t[s[k].first].start);
        CHECK(s[k].end == t[s[k].first + s[k].count - 1].end);
        CHECK(k == 0 || s[k].paragraph >= s[k - 1].paragraph);
        for (size_t i = s[k].first; i < s[k].first + s[k].count; i++) CHECK(t[i].sentence == k);
        next += s[k].count;
    }
    CHECK(next == nt);
    chr_doc_free(d);
    return 0;
}
