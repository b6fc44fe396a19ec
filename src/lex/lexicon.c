/*
 * lexicon.c - the in-memory dictionary model: interned strings, the phrase
 * trie, the verb index and the lookups the event coder needs. Loaders for
 * every dictionary format build on these calls (see lexicon.h).
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lex/lexicon.h"
#include "text/utf8.h"

int chrLex_reserve(void **array, size_t *cap, size_t n, size_t elem) {
    if (n < *cap) return CHR_OK;
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem) return CHR_ENOMEM;
    void *p = realloc(*array, ncap * elem);
    if (!p) return CHR_ENOMEM;
    *array = p;
    *cap = ncap;
    return CHR_OK;
}

/* ---- uint64 -> uint32 map ---- */

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static int map_grow(chrLexMap *m) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    uint64_t *keys = calloc(ncap, sizeof *keys);
    uint32_t *vals = malloc(ncap * sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return CHR_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = mix64(m->keys[i]) & (ncap - 1);
        while (keys[j]) j = (j + 1) & (ncap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = ncap;
    return CHR_OK;
}

int chrLexMap_put(chrLexMap *m, uint64_t key, uint32_t val) {
    if ((m->n + 1) * 4 > m->cap * 3 && map_grow(m) != CHR_OK) return CHR_ENOMEM;
    size_t j = mix64(key) & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != key) j = (j + 1) & (m->cap - 1);
    if (!m->keys[j]) m->n++;
    m->keys[j] = key;
    m->vals[j] = val;
    return CHR_OK;
}

int chrLexMap_get(const chrLexMap *m, uint64_t key, uint32_t *val) {
    if (!m->cap) return 0;
    size_t j = mix64(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key) {
            *val = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

static void map_free(chrLexMap *m) {
    free(m->keys);
    free(m->vals);
}

/* ---- strings ---- */

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int str_equal(const chrLex *lex, uint32_t id, const char *s, size_t n) {
    const char *t = lex->pool + lex->strs[id];
    /* s[0..n) may hold a NUL byte (a damaged file); a pool string never
     * does, so stop at t's end instead of reading past it. */
    for (size_t i = 0; i < n; i++)
        if (t[i] != s[i] || t[i] == '\0') return 0;
    return t[n] == '\0';
}

chrLexId chrLex_find(const chrLex *lex, const char *s, size_t n) {
    if (!lex->str_cap) return CHR_LEX_NONE;
    size_t j = hash_bytes(s, n) & (lex->str_cap - 1);
    while (lex->str_table[j]) {
        if (str_equal(lex, lex->str_table[j], s, n)) return lex->str_table[j];
        j = (j + 1) & (lex->str_cap - 1);
    }
    return CHR_LEX_NONE;
}

static int str_table_grow(chrLex *lex) {
    size_t ncap = lex->str_cap ? lex->str_cap * 2 : 1024;
    uint32_t *t = calloc(ncap, sizeof *t);
    if (!t) return CHR_ENOMEM;
    for (uint32_t id = 1; id < lex->n_strs; id++) {
        const char *s = lex->pool + lex->strs[id];
        size_t j = hash_bytes(s, strlen(s)) & (ncap - 1);
        while (t[j]) j = (j + 1) & (ncap - 1);
        t[j] = id;
    }
    free(lex->str_table);
    lex->str_table = t;
    lex->str_cap = ncap;
    return CHR_OK;
}

chrLexId chrLex_intern(chrLex *lex, const char *s, size_t n) {
    chrLexId id = chrLex_find(lex, s, n);
    if (id) return id;
    if (lex->n_strs * 4 + 4 > lex->str_cap * 3 && str_table_grow(lex) != CHR_OK) return 0;
    /* s may point into the pool itself (a prefix of an interned string):
     * growing the pool would leave it dangling, so keep its offset. */
    int inside = lex->pool && s >= lex->pool && s < lex->pool + lex->cap_pool;
    size_t off = inside ? (size_t)(s - lex->pool) : 0;
    while (lex->n_pool + n + 1 > lex->cap_pool) {
        if (chrLex_reserve((void **)&lex->pool, &lex->cap_pool, lex->cap_pool, 1) != CHR_OK) return 0;
    }
    if (inside) s = lex->pool + off;
    if (CHR_LEX_PUSH(lex, strs) != CHR_OK || CHR_LEX_PUSH(lex, wordflags) != CHR_OK) return 0;
    memcpy(lex->pool + lex->n_pool, s, n);
    lex->pool[lex->n_pool + n] = '\0';
    id = (chrLexId)lex->n_strs;
    lex->strs[lex->n_strs++] = (uint32_t)lex->n_pool;
    lex->wordflags[lex->n_wordflags++] = 0;
    lex->n_pool += n + 1;
    size_t j = hash_bytes(s, n) & (lex->str_cap - 1);
    while (lex->str_table[j]) j = (j + 1) & (lex->str_cap - 1);
    lex->str_table[j] = id;
    return id;
}

size_t chrLex_upper(const char *s, size_t n, char *out, size_t cap) {
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 2 > cap) return (size_t)-1;
            out[o++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
            i++;
            continue;
        }
        size_t len = 1;
        int bad = 0;
        uint32_t cp = chrUtf8_decode((const unsigned char *)s, n, i, &len, &bad);
        if (!bad) cp = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
        char buf[4];
        size_t k = chrUtf8_encode(cp, buf);
        if (o + k + 1 > cap) return (size_t)-1;
        memcpy(out + o, buf, k);
        o += k;
        i += len ? len : 1;
    }
    if (o + 1 > cap) return (size_t)-1;
    out[o] = '\0';
    return o;
}

chrLexId chrLex_internUpper(chrLex *lex, const char *s, size_t n, int add) {
    char small[256];
    char *buf = n * 4 + 1 <= sizeof small ? small : malloc(n * 4 + 1);
    if (!buf) return CHR_LEX_NONE;
    size_t m = chrLex_upper(s, n, buf, n * 4 + 1);
    chrLexId id = m == (size_t)-1 ? CHR_LEX_NONE : add ? chrLex_intern(lex, buf, m) : chrLex_find(lex, buf, m);
    if (buf != small) free(buf);
    return id;
}

/* ---- lifetime ---- */

chrLex *chrLex_new(void) {
    chrLex *lex = calloc(1, sizeof *lex);
    if (!lex) return NULL;
    /* id 0, hit 0, star 0, form 0 and node 0 (root) are reserved */
    if (CHR_LEX_PUSH(lex, pool) || CHR_LEX_PUSH(lex, strs) || CHR_LEX_PUSH(lex, wordflags) ||
        CHR_LEX_PUSH(lex, nodes) || CHR_LEX_PUSH(lex, hits) || CHR_LEX_PUSH(lex, stars) ||
        CHR_LEX_PUSH(lex, forms)) {
        chrLex_free(lex);
        return NULL;
    }
    lex->pool[lex->n_pool++] = '\0';
    lex->strs[lex->n_strs++] = 0;
    lex->wordflags[lex->n_wordflags++] = 0;
    memset(&lex->nodes[lex->n_nodes++], 0, sizeof *lex->nodes);
    memset(&lex->hits[lex->n_hits++], 0, sizeof *lex->hits);
    memset(&lex->stars[lex->n_stars++], 0, sizeof *lex->stars);
    memset(&lex->forms[lex->n_forms++], 0, sizeof *lex->forms);
    lex->gap_word = chrLex_intern(lex, "...", 3);
    if (!lex->gap_word) {
        chrLex_free(lex);
        return NULL;
    }
    return lex;
}

void chrLex_free(chrLex *lex) {
    if (!lex) return;
    free(lex->pool);
    free(lex->strs);
    free(lex->wordflags);
    free(lex->str_table);
    free(lex->nodes);
    free(lex->hits);
    free(lex->stars);
    map_free(&lex->edges);
    free(lex->actors);
    free(lex->dated);
    free(lex->agents);
    free(lex->words);
    free(lex->phrases);
    free(lex->sets);
    free(lex->members);
    map_free(&lex->set_index);
    free(lex->blocks);
    free(lex->patterns);
    free(lex->elems);
    free(lex->forms);
    map_free(&lex->form_index);
    free(lex->combines);
    free(lex->transforms);
    free(lex->ids);
    free(lex->auxes);
    free(lex->negators);
    free(lex->surf_toks);
    free(lex->surf_seqs);
    free(lex->surf_alts);
    free(lex->surf_alt_seqs);
    free(lex->surf_pats);
    free(lex->surf_entries);
    map_free(&lex->surf_exact);
    map_free(&lex->surf_stem);
    map_free(&lex->surf_synsets);
    for (size_t i = 0; i < lex->n_files; i++) free(lex->files[i]);
    free(lex->files);
    free(lex);
}

void chr_lexicon_free(chr_lexicon *lex) { chrLex_free(lex); }

void chr_lexicon_get_counts(const chr_lexicon *lex, chr_lexicon_counts *out) {
    if (!out) return;
    if (!lex) {
        memset(out, 0, sizeof *out);
        return;
    }
    *out = lex->counts;
}

int chrLex_addFile(chrLex *lex, const char *name) {
    if (CHR_LEX_PUSH(lex, files) != CHR_OK) return CHR_ENOMEM;
    size_t n = strlen(name);
    char *copy = malloc(n + 1);
    if (!copy) return CHR_ENOMEM;
    memcpy(copy, name, n + 1);
    lex->files[lex->n_files] = copy;
    return (int)lex->n_files++;
}

/* ---- trie ---- */

uint32_t chrLex_child(const chrLex *lex, uint32_t node, chrLexId word) {
    uint32_t child = 0;
    chrLexMap_get(&lex->edges, (uint64_t)node << 32 | word, &child);
    return child;
}

static uint32_t new_node(chrLex *lex) {
    if (CHR_LEX_PUSH(lex, nodes) != CHR_OK) return 0;
    memset(&lex->nodes[lex->n_nodes], 0, sizeof *lex->nodes);
    return (uint32_t)lex->n_nodes++;
}

static uint32_t star_child(chrLex *lex, uint32_t node, chrLexId word) {
    /* word is "PREFIX*"; the star edge stores PREFIX */
    const char *w = chrLex_str(lex, word);
    chrLexId prefix = chrLex_intern(lex, w, strlen(w) - 1);
    if (!prefix) return 0;
    for (uint32_t e = lex->nodes[node].stars; e; e = lex->stars[e].next)
        if (lex->stars[e].prefix == prefix) return lex->stars[e].child;
    uint32_t child = new_node(lex);
    if (!child || CHR_LEX_PUSH(lex, stars) != CHR_OK) return 0;
    chrLexStar *st = &lex->stars[lex->n_stars];
    st->prefix = prefix;
    st->child = child;
    st->next = lex->nodes[node].stars;
    lex->nodes[node].stars = (uint32_t)lex->n_stars++;
    return child;
}

static int add_phrase(chrLex *lex, const chrLexId *words, size_t n, uint8_t kind, uint32_t index,
                      chrLexId exact) {
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        const char *w = chrLex_str(lex, words[i]);
        size_t wl = strlen(w);
        uint32_t next;
        if (wl > 1 && w[wl - 1] == '*') {
            next = star_child(lex, node, words[i]);
        } else {
            next = chrLex_child(lex, node, words[i]);
            if (!next) {
                next = new_node(lex);
                if (next && chrLexMap_put(&lex->edges, (uint64_t)node << 32 | words[i], next) != CHR_OK)
                    next = 0;
            }
        }
        if (!next) return CHR_ENOMEM;
        node = next;
    }
    for (uint32_t h = lex->nodes[node].hits; h; h = lex->hits[h].next) {
        const chrLexHit *hit = &lex->hits[h];
        if (hit->kind != kind || hit->exact != exact) continue;
        if (hit->index == index) return 2; /* the same entry spelt twice (case, accents) */
        if (kind == CHR_LEX_ACTOR && lex->actors[hit->index].code == lex->actors[index].code &&
            lex->actors[hit->index].n_dated == 0 && lex->actors[index].n_dated == 0)
            return 1; /* same name, same code: nothing new */
        if (kind == CHR_LEX_AGENT && lex->agents[hit->index].code == lex->agents[index].code &&
            lex->agents[hit->index].prefix == lex->agents[index].prefix)
            return 1;
    }
    if (CHR_LEX_PUSH(lex, hits) != CHR_OK) return CHR_ENOMEM;
    chrLexHit *hit = &lex->hits[lex->n_hits];
    hit->kind = kind;
    hit->index = index;
    hit->exact = exact;
    /* keep hits in insertion order: earlier entries first */
    hit->next = 0;
    uint32_t *link = &lex->nodes[node].hits;
    while (*link) link = &lex->hits[*link].next;
    *link = (uint32_t)lex->n_hits++;
    return CHR_OK;
}

/* The words of a phrase split at each inner hyphen, as the tokenizer splits
 * text: keep 1 gives the hyphen as a word of its own ("BARAD-DUR" -> "BARAD"
 * "-" "DUR", the tokens), keep 0 drops it ("BARAD" "DUR", a noun phrase
 * without its punctuation). 0 when no word has one (or the result does not
 * fit), -1 when out of memory. */
static int split_hyphens(chrLex *lex, const chrLexId *words, size_t n, int keep, chrLexId *out, size_t cap) {
    size_t k = 0;
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        /* a copy: interning may move the string pool under the pointer */
        char w[256];
        const char *pooled = chrLex_str(lex, words[i]);
        size_t wl = strlen(pooled), st = 0;
        if (wl >= sizeof w) wl = 0; /* too long to be a name: kept whole */
        memcpy(w, pooled, wl);
        w[wl] = 0;
        if (wl == 0 || (wl > 1 && w[wl - 1] == '*')) { /* prefix words stay as they are */
            if (k == cap) return 0;
            out[k++] = words[i];
            continue;
        }
        for (size_t j = 1; j + 1 < wl; j++) {
            if (w[j] != '-' || w[j - 1] == '-' || w[j + 1] == '-') continue;
            if (k + 2 > cap) return 0;
            if (!(out[k++] = chrLex_intern(lex, w + st, j - st))) return -1;
            if (keep && !(out[k++] = chrLex_intern(lex, "-", 1))) return -1;
            st = j + 1;
            any = 1;
        }
        if (k == cap) return 0;
        if (st == 0) out[k++] = words[i];
        else if (!(out[k++] = chrLex_intern(lex, w + st, wl - st))) return -1;
    }
    return any ? (int)k : 0;
}

int chrLex_addPhrase(chrLex *lex, const chrLexId *words, size_t n, uint8_t kind, uint32_t index,
                     chrLexId exact) {
    int rc = add_phrase(lex, words, n, kind, index, exact);
    if (rc < 0 || exact) return rc;
    /* text splits "Barad-dur" and "Al-Qaeda" at the hyphen (prefixes such as
     * "anti-" excepted): the name is found either way */
    for (int keep = 0; keep < 2; keep++) {
        chrLexId split[64];
        int k = split_hyphens(lex, words, n, keep, split, sizeof split / sizeof *split);
        if (k < 0) return CHR_ENOMEM;
        if (k > 0 && add_phrase(lex, split, (size_t)k, kind, index, exact) < 0) return CHR_ENOMEM;
    }
    return rc;
}

uint32_t chrLex_addWords(chrLex *lex, const chrLexId *words, size_t n) {
    if (CHR_LEX_PUSH(lex, phrases) != CHR_OK) return UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        if (CHR_LEX_PUSH(lex, words) != CHR_OK) return UINT32_MAX;
        lex->words[lex->n_words++] = words[i];
    }
    chrLexPhrase *p = &lex->phrases[lex->n_phrases];
    p->first = (uint32_t)(lex->n_words - n);
    p->n = (uint32_t)n;
    return (uint32_t)lex->n_phrases++;
}

/* ---- verbs ---- */

int chrLex_addForm(chrLex *lex, chrLexId lemma, uint32_t extra_phrase, uint32_t block) {
    if (CHR_LEX_PUSH(lex, forms) != CHR_OK) return CHR_ENOMEM;
    uint32_t idx = (uint32_t)lex->n_forms;
    chrLexForm *f = &lex->forms[idx];
    f->lemma = lemma;
    f->extra = extra_phrase;
    f->block = block;
    f->next = 0;
    uint32_t first = 0;
    if (chrLexMap_get(&lex->form_index, lemma, &first)) {
        uint32_t last = first;
        while (lex->forms[last].next) last = lex->forms[last].next;
        lex->forms[last].next = idx; /* file order is kept: it ranks ties */
    } else if (chrLexMap_put(&lex->form_index, lemma, idx) != CHR_OK) {
        return CHR_ENOMEM;
    }
    lex->n_forms++;
    return CHR_OK;
}

uint32_t chrLex_forms(const chrLex *lex, chrLexId lemma) {
    uint32_t first = 0;
    chrLexMap_get(&lex->form_index, lemma, &first);
    return first;
}

const chrLexSet *chrLex_set(const chrLex *lex, chrLexId name) {
    uint32_t v = 0;
    if (!chrLexMap_get(&lex->set_index, name, &v) || !v) return NULL;
    return &lex->sets[v - 1];
}

chrLexId chrLex_combine(const chrLex *lex, chrLexId table, chrLexId inner) {
    const char *code = chrLex_str(lex, inner);
    const chrLexCombine *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < lex->n_combines; i++) {
        const chrLexCombine *c = &lex->combines[i];
        if (c->table != table) continue;
        size_t len = 0;
        if (c->from) {
            const char *from = chrLex_str(lex, c->from);
            len = strlen(from);
            if (strncmp(code, from, len) != 0) continue;
        }
        if (!best || len > best_len) {
            best = c;
            best_len = len;
        }
    }
    if (!best) return CHR_LEX_NONE;
    return best->keep ? inner : best->to;
}

/* ---- actors ---- */

chrLexId chrLex_actorCode(const chrLex *lex, uint32_t actor, int32_t ymd) {
    if (actor >= lex->n_actors) return CHR_LEX_NONE;
    const chrLexActor *a = &lex->actors[actor];
    const chrLexDated *best = NULL;
    for (uint32_t i = 0; i < a->n_dated; i++) {
        const chrLexDated *d = &lex->dated[a->first_dated + i];
        if (ymd) {
            if (d->from && ymd < d->from) continue;
            if (d->until && ymd > d->until) continue;
        } else if (a->code) {
            break; /* unknown date: the default wins */
        }
        if (!best || d->from > best->from) best = d;
    }
    return best ? best->code : a->code;
}

int chrLex_actorDatedOn(const chrLex *lex, uint32_t actor, int32_t ymd) {
    if (!ymd || actor >= lex->n_actors) return 0;
    const chrLexActor *a = &lex->actors[actor];
    for (uint32_t i = 0; i < a->n_dated; i++) {
        const chrLexDated *d = &lex->dated[a->first_dated + i];
        if ((!d->from || ymd >= d->from) && (!d->until || ymd <= d->until)) return 1;
    }
    return 0;
}
