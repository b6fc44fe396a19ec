/*
 * gazetteer.c - dictionary phrases and personal titles in a sentence (see
 * gazetteer.h).
 */
#include "ner/gazetteer.h"

#include <string.h>

#define MAX_PHRASE 12 /* longest phrase looked for, in tokens */

chrLexId chrGaz_wordId(const chrLex *lex, const char *form, size_t len) {
    char buf[256];
    if (!lex || len == 0 || len * 4 + 1 > sizeof buf) return CHR_LEX_NONE;
    size_t m = chrLex_upper(form, len, buf, sizeof buf);
    if (m == (size_t)-1) return CHR_LEX_NONE;
    return chrLex_find(lex, buf, m);
}

/* 1 when the words of forms[0..n) joined by single blanks equal s. */
static int same_case(const char *const *forms, size_t n, const char *s) {
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(forms[i]);
        if (strncmp(s, forms[i], l) != 0) return 0;
        s += l;
        if (i + 1 < n) {
            if (*s != ' ') return 0;
            s++;
        }
    }
    return *s == 0;
}

static uint16_t kind_of_actor(const chrLex *lex, uint32_t actor) {
    switch (lex->actors[actor].sort) {
    case CHR_LEX_SORT_COUNTRY: return CHR_GAZ_COUNTRY;
    case CHR_LEX_SORT_ADJ: return CHR_GAZ_ADJ;
    case CHR_LEX_SORT_CAPITAL: return CHR_GAZ_CAPITAL;
    case CHR_LEX_SORT_CITY: return CHR_GAZ_CITY;
    case CHR_LEX_SORT_PERSON: return CHR_GAZ_PERSON;
    case CHR_LEX_SORT_GROUP: return CHR_GAZ_GROUP;
    default: return CHR_GAZ_ORG;
    }
}

/* The kinds of the hits at node for the words forms[0..n); *actor gets the
 * first actor hit. */
static uint16_t node_kinds(const chrLex *lex, uint32_t node, const char *const *forms, size_t n,
                           int32_t *actor) {
    uint16_t k = 0;
    for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next) {
        const chrLexHit *hit = &lex->hits[h];
        if (hit->exact && !same_case(forms, n, chrLex_str(lex, hit->exact))) continue;
        if (hit->kind == CHR_LEX_ACTOR) {
            k |= kind_of_actor(lex, hit->index);
            if (*actor < 0) *actor = (int32_t)hit->index;
        } else if (hit->kind == CHR_LEX_AGENT) {
            k |= CHR_GAZ_AGENT;
        } else if (hit->kind == CHR_LEX_SKIP && strcmp(chrLex_str(lex, hit->index), "media") == 0) {
            k |= CHR_GAZ_MEDIA;
        }
    }
    return k;
}

uint16_t chrGaz_phrase(const chrLex *lex, const char *const *forms, const chrLexId *ids, size_t n,
                       int32_t *actor) {
    *actor = -1;
    if (!lex || n == 0) return 0;
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        if (!ids[i] || !(node = chrLex_child(lex, node, ids[i]))) return 0;
    }
    return node_kinds(lex, node, forms, n, actor);
}

void chrGaz_sentence(const chrLex *lex, const char *const *forms, size_t n, chrLexId *ids,
                     chrGazSpan *span, uint16_t *begin, uint16_t *inside) {
    for (size_t i = 0; i < n; i++) {
        ids[i] = chrGaz_wordId(lex, forms[i], strlen(forms[i]));
        begin[i] = inside[i] = 0;
        span[i].len = 0;
        span[i].kinds = 0;
        span[i].actor = -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (chrGaz_isTitle(forms[i], strlen(forms[i]))) begin[i] |= CHR_GAZ_TITLE;
        if (!lex || !ids[i]) continue;
        uint32_t node = 0;
        for (size_t j = i; j < n && j - i < MAX_PHRASE; j++) {
            if (!ids[j] || !(node = chrLex_child(lex, node, ids[j]))) break;
            if (!lex->nodes[node].hits) continue;
            int32_t actor = -1;
            uint16_t k = node_kinds(lex, node, forms + i, j - i + 1, &actor);
            if (!k) continue;
            span[i].len = (uint16_t)(j - i + 1);
            span[i].kinds = k;
            span[i].actor = actor;
        }
        if (!span[i].len) continue;
        begin[i] |= span[i].kinds;
        for (size_t j = i + 1; j < i + span[i].len; j++) inside[j] |= span[i].kinds;
    }
}

int chrGaz_isTitle(const char *form, size_t len) {
    static const char *const titles[] = {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt",
        "sgt", "adm", "maj", "cpl", "rev", "fr", "sir", "dame", "lord", "lady", "mister",
        "president", "vice-president", "minister", "secretary", "chancellor", "premier", "king",
        "queen", "prince", "princess", "emperor", "pope", "judge", "justice", "general",
        "senator", "governor", "mayor", "ambassador", "chairman", "chairwoman", "commissioner",
        "sheikh", "sheik", "ayatollah", "cardinal", "bishop", "archbishop", "rabbi", "imam",
        "colonel", "captain", "lieutenant", "sergeant", "admiral", "major", "inspector",
        "congressman", "congresswoman", "spokesman", "spokeswoman", "director", "deputy",
        "professor", "doctor", "father", "brother", "sister", "saint", "st", "sultan", "emir",
        "crown", "chief", "leader", "officer", "attorney", "coach", "pres", "supt", "insp"};
    char low[24];
    if (len == 0 || len >= sizeof low) return 0;
    size_t m = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)form[i];
        if (c == '.' && i + 1 == len) break; /* "Mr." */
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        else if (!(c >= 'a' && c <= 'z') && c != '-') return 0;
        low[m++] = (char)c;
    }
    low[m] = 0;
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (strcmp(low, titles[i]) == 0) return 1;
    return 0;
}
