/*
 * abbrev.c - the abbreviation list and its lookup.
 *
 * A sorted table searched by binary search on the lower-cased word; the
 * table is small and the words short, so no hashing is needed.
 */
#include "text/abbrev.h"

#include <stdlib.h>
#include <string.h>

typedef struct entry {
    const char *word;  /* lower case, without the stop */
    unsigned char kind;
    unsigned char cap; /* 1: only with a capital first letter */
} entry;

#define T CHR_ABBREV_TITLE
#define M CHR_ABBREV_MONTH
#define N CHR_ABBREV_NUMBER
#define G CHR_ABBREV_GENERAL

/* Keep sorted (strcmp order). */
static const entry table[] = {
    {"adm", T, 0},   {"al", G, 0},     {"ala", G, 1},    {"apr", M, 1},    {"approx", G, 0},
    {"ariz", G, 1},  {"ark", G, 1},    {"assn", G, 0},   {"aug", M, 1},    {"ave", G, 0},
    {"blvd", G, 0},  {"brig", T, 1},   {"bros", G, 0},   {"calif", G, 1},  {"capt", T, 0},
    {"cf", G, 0},    {"cmdr", T, 0},   {"co", G, 1},     {"col", T, 1},    {"colo", G, 1},
    {"conn", G, 1},  {"corp", G, 0},   {"cpl", T, 1},    {"dec", M, 1},    {"del", G, 1},
    {"dept", G, 0},  {"dr", T, 0},     {"ed", G, 1},     {"eds", G, 0},    {"esp", G, 0},
    {"est", G, 0},   {"etc", G, 0},    {"feb", M, 1},    {"fig", N, 0},    {"figs", N, 0},
    {"fla", G, 1},   {"fr", T, 1},     {"ft", G, 1},     {"ga", G, 1},     {"gen", T, 1},
    {"gov", T, 1},   {"govt", G, 0},   {"hon", T, 1},    {"ill", G, 1},    {"inc", G, 0},
    {"ind", G, 1},   {"insp", T, 1},   {"intl", G, 0},   {"jan", M, 1},    {"jr", G, 0},
    {"jul", M, 1},   {"jun", M, 1},    {"kan", G, 1},    {"kans", G, 1},   {"ky", G, 1},
    {"lt", T, 0},    {"ltd", G, 0},    {"maj", T, 1},    {"mar", M, 1},    {"mass", G, 1},
    {"md", G, 1},    {"messrs", T, 0}, {"mich", G, 1},   {"minn", G, 1},   {"miss", G, 1},
    {"mme", T, 1},   {"mo", G, 1},     {"mont", G, 1},   {"mr", T, 0},     {"mrs", T, 0},
    {"ms", T, 1},    {"msgr", T, 1},   {"mt", T, 1},     {"natl", G, 0},   {"neb", G, 1},
    {"nev", G, 1},   {"no", N, 1},     {"nos", N, 1},    {"nov", M, 1},    {"oct", M, 1},
    {"okla", G, 1},  {"ore", G, 1},    {"pa", G, 1},     {"penn", G, 1},   {"pfc", T, 1},
    {"pp", N, 0},    {"pres", T, 1},   {"prof", T, 0},   {"pvt", T, 1},    {"rd", G, 1},
    {"rep", T, 1},   {"reps", T, 1},   {"rev", T, 1},    {"sen", T, 1},    {"sens", T, 1},
    {"sep", M, 1},   {"sept", M, 1},   {"sgt", T, 0},    {"sr", G, 0},     {"st", T, 1},
    {"supt", T, 1},  {"tenn", G, 1},   {"tex", G, 1},    {"univ", G, 0},   {"va", G, 1},
    {"vol", N, 0},   {"vs", G, 0},     {"vt", G, 1},     {"wash", G, 1},   {"wis", G, 1},
    {"wyo", G, 1},
};

static int cmp(const void *key, const void *elem) {
    return strcmp((const char *)key, ((const entry *)elem)->word);
}

chrAbbrevKind chrAbbrev_lookup(const char *s, size_t n) {
    char low[8];
    if (n == 0 || n >= sizeof low) return CHR_ABBREV_NONE;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        else if (c < 'a' || c > 'z') return CHR_ABBREV_NONE;
        low[i] = (char)c;
    }
    low[n] = '\0';
    const entry *e = bsearch(low, table, sizeof table / sizeof table[0], sizeof table[0], cmp);
    if (!e) return CHR_ABBREV_NONE;
    if (e->cap && !(s[0] >= 'A' && s[0] <= 'Z')) return CHR_ABBREV_NONE;
    return (chrAbbrevKind)e->kind;
}

int chrAbbrev_isOpener(const char *s, size_t n) {
    static const char *const words[] = {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "but", "and", "in", "on", "at", "for", "if", "when", "as", "there", "his",
        "her", "their", "our", "its", "my", "so", "after", "while", "however", "then", "what",
        "how", "why", "who", "some", "many", "most", "all", "no", "one", "last", "earlier",
        "meanwhile", "also", "since", "according", "under", "with", "both", "please", NULL};
    for (const char *const *w = words; *w; w++) {
        size_t i = 0;
        while (i < n && (*w)[i] && (s[i] | 32) == (*w)[i]) i++;
        if (i == n && !(*w)[i]) return 1;
    }
    return 0;
}
