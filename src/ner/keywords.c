/*
 * keywords.c - organisation and place head words (see keywords.h).
 */
#include "ner/keywords.h"

#include <stdlib.h>
#include <string.h>

typedef struct kw {
    const char *word;
    int kind;
} kw;

/* Sorted by word (bsearch). */
static const kw words[] = {
    {"academy", 1}, {"administration", 1}, {"agency", 1}, {"airlines", 1}, {"airways", 1},
    {"alliance", 1}, {"army", 1}, {"associates", 1}, {"association", 1}, {"authority", 1},
    {"avenue", 2}, {"bank", 1}, {"bay", 2}, {"beach", 2}, {"board", 1}, {"bureau", 1},
    {"canyon", 2}, {"church", 1}, {"club", 1}, {"co", 1}, {"coalition", 1}, {"college", 1},
    {"commission", 1}, {"committee", 1}, {"company", 1}, {"corp", 1}, {"corporation", 1},
    {"council", 1}, {"county", 2}, {"court", 1}, {"department", 1}, {"desert", 2},
    {"district", 2}, {"exchange", 1}, {"federation", 1}, {"force", 1}, {"forces", 1},
    {"foundation", 1}, {"fund", 1}, {"group", 1}, {"gulf", 2}, {"highway", 2}, {"hill", 2},
    {"hills", 2}, {"holdings", 1}, {"hospital", 1}, {"inc", 1}, {"industries", 1},
    {"institute", 1}, {"institution", 1}, {"island", 2}, {"islands", 2}, {"lake", 2},
    {"league", 1}, {"llc", 1}, {"ltd", 1}, {"ministry", 1}, {"mount", 2}, {"mountain", 2},
    {"mountains", 2}, {"network", 1}, {"ocean", 2}, {"office", 1}, {"organisation", 1},
    {"organization", 1}, {"parish", 2}, {"park", 2}, {"partners", 1}, {"party", 1},
    {"peninsula", 2}, {"plc", 1}, {"police", 1}, {"province", 2}, {"region", 2},
    {"river", 2}, {"road", 2}, {"school", 1}, {"sea", 2}, {"senate", 1}, {"service", 1},
    {"services", 1}, {"society", 1}, {"square", 2}, {"street", 2},
    {"systems", 1}, {"technologies", 1}, {"times", 1}, {"trust", 1}, {"union", 1},
    {"university", 1}, {"valley", 2},
};

static int cmp(const void *a, const void *b) {
    return strcmp((const char *)a, ((const kw *)b)->word);
}

int chrNerKw_kind(const char *form, size_t len) {
    char low[16];
    if (len && form[len - 1] == '.') len--;
    if (len < 2 || len >= sizeof low) return 0;
    for (size_t i = 0; i < len; i++) {
        char c = form[i];
        low[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    low[len] = 0;
    const kw *k = bsearch(low, words, sizeof words / sizeof *words, sizeof *words, cmp);
    return k ? k->kind : 0;
}
