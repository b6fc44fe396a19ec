/*
 * lemma.c - learning, applying and storing the lemmatizer (lemma.h).
 */
#include "tag/lemma.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"
#include "tag/irregular.h"

#define MAXSUF 6
#define MAXWORD 256

static inline unsigned char lower_c(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static uint64_t rule_key(uint32_t tag, const char *suf, size_t k) {
    uint64_t h = chrHash_bytes(suf, k, 0x1e77a000u + tag);
    return h ? h : 1;
}

static uint64_t exc_key(uint32_t tag, const char *form, size_t len, int lowered) {
    uint64_t h = chrHash_bytes(form, len, (lowered ? 0x10e0000u : 0x20e0000u) + tag);
    return h ? h : 1;
}

/* -------------------------------------------------------------- tables */

static int table_init(chrLemmaTable *t, size_t n) {
    uint32_t cap = 16;
    while (cap < n * 2 + 1) cap *= 2;
    t->slots = calloc(cap, sizeof *t->slots);
    t->mask = cap - 1;
    t->count = 0;
    return t->slots ? CHR_OK : CHR_ENOMEM;
}

static const chrLemmaEntry *table_find(const chrLemmaTable *t, uint64_t key) {
    if (!t->slots) return NULL;
    for (uint32_t i = (uint32_t)(key ^ (key >> 31)) & t->mask;; i = (i + 1) & t->mask) {
        if (t->slots[i].key == key) return &t->slots[i];
        if (!t->slots[i].key) return NULL;
    }
}

static chrLemmaEntry *table_put(chrLemmaTable *t, uint64_t key) {
    uint32_t i = (uint32_t)(key ^ (key >> 31)) & t->mask;
    while (t->slots[i].key && t->slots[i].key != key) i = (i + 1) & t->mask;
    if (!t->slots[i].key) {
        if (t->count * 2 + 2 > (size_t)t->mask + 1) return NULL;
        t->count++;
        t->slots[i].key = key;
    }
    return &t->slots[i];
}

static long pool_add(chrLemmatizer *lm, const char *s, size_t n) {
    if (lm->npool + n + 1 > lm->cappool) {
        size_t cap = lm->cappool ? lm->cappool : 4096;
        while (cap < lm->npool + n + 1) cap *= 2;
        char *p = realloc(lm->pool, cap);
        if (!p) return -1;
        lm->pool = p;
        lm->cappool = cap;
    }
    memcpy(lm->pool + lm->npool, s, n);
    lm->pool[lm->npool + n] = '\0';
    long off = (long)lm->npool;
    lm->npool += n + 1;
    return off;
}

/* ----------------------------------------------------------- known words */

/* The key of a word in the known set: ASCII lower case, digits as 0 (the
 * normalisation of the tagger's cluster words, tag/wordfeat.h). */
static uint64_t known_key(const char *s, size_t n, int tier) {
    char buf[MAXWORD];
    if (n >= MAXWORD) n = MAXWORD - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = lower_c((unsigned char)s[i]);
        buf[i] = (char)(c >= '0' && c <= '9' ? '0' : c);
    }
    uint64_t h = chrHash_bytes(buf, n, 0x6b6e0000u + (uint32_t)tier);
    return h ? h : 1;
}

static int known_has(const chrLemmatizer *lm, uint64_t key) {
    if (!lm->known) return 0;
    for (uint32_t i = (uint32_t)(key ^ (key >> 31)) & lm->kmask;; i = (i + 1) & lm->kmask) {
        if (lm->known[i] == key) return 1;
        if (!lm->known[i]) return 0;
    }
}

/* Adds key; the table must have room (grown by known_reserve). */
static void known_put(chrLemmatizer *lm, uint64_t key) {
    uint32_t i = (uint32_t)(key ^ (key >> 31)) & lm->kmask;
    while (lm->known[i] && lm->known[i] != key) i = (i + 1) & lm->kmask;
    if (!lm->known[i]) {
        lm->known[i] = key;
        lm->nknown++;
    }
}

/* Makes room for n more keys, keeping the table at most half full. */
static int known_reserve(chrLemmatizer *lm, size_t n) {
    size_t want = (lm->nknown + n) * 2 + 1;
    if (lm->known && want <= (size_t)lm->kmask + 1) return CHR_OK;
    uint32_t cap = 16;
    while (cap < want) cap *= 2;
    uint64_t *old = lm->known;
    uint32_t oldmask = lm->kmask;
    lm->known = calloc(cap, sizeof *lm->known);
    if (!lm->known) {
        lm->known = old;
        return CHR_ENOMEM;
    }
    lm->kmask = cap - 1;
    lm->nknown = 0;
    for (size_t i = 0; old && i <= oldmask; i++)
        if (old[i]) known_put(lm, old[i]);
    free(old);
    return CHR_OK;
}

int chrLemma_addKnown(chrLemmatizer *lm, const char *const *words, size_t n) {
    if (known_reserve(lm, n)) return CHR_ENOMEM;
    for (size_t i = 0; i < n; i++) known_put(lm, known_key(words[i], strlen(words[i]), 2));
    return CHR_OK;
}

/* ---------------------------------------------------------------- apply */

/* Numbers with thousands separators lose them ("1,200" -> "1200"), as
 * in UD English; returns the length written to buf, or 0 when form is
 * not such a number. */
static size_t number_lemma(const char *form, size_t len, char *buf) {
    size_t k = 0, commas = 0;
    if (len < 3 || form[0] < '0' || form[0] > '9') return 0;
    for (size_t i = 0; i < len; i++) {
        char c = form[i];
        if (c == ',') {
            if (i + 1 >= len || form[i + 1] < '0' || form[i + 1] > '9') return 0;
            commas++;
        } else if ((c >= '0' && c <= '9') || c == '.') {
            buf[k++] = c;
        } else {
            return 0;
        }
    }
    buf[k] = '\0';
    return commas ? k : 0;
}

/* An all-capital word of five letters or more ("TEHRAN"): case-keeping
 * tags write its lemma in title case, as UD English mostly does
 * (acronyms are shorter). */
static int shouted(const char *form, size_t len) {
    if (len < 5) return 0;
    for (size_t i = 0; i < len; i++)
        if (form[i] < 'A' || form[i] > 'Z') return 0;
    return 1;
}

static size_t prepare(const chrLemmatizer *lm, const char *form, size_t len, uint32_t tag,
                      char *src) {
    int keep = tag < lm->ntags && lm->keepcase[tag];
    for (size_t i = 0; i < len; i++) src[i] = keep ? form[i] : (char)lower_c((unsigned char)form[i]);
    if (keep && lm->known && shouted(form, len))
        for (size_t i = 1; i < len; i++) src[i] = (char)lower_c((unsigned char)form[i]);
    return len;
}

/* The suffix rules alone, on src (form prepared for the tag's case). */
static const char *apply_rules(const chrLemmatizer *lm, const char *form, size_t len,
                               uint32_t tag, const char *src, char *buf, size_t *outlen) {
    /* The longest suffix with a rule wins, unless its result is no known
     * lemma and a shorter suffix's result is one; failing that, a word
     * added by chrLemma_addKnown (other than the form itself, which text
     * shows to be a word but not to be a lemma). */
    size_t kmax = len < MAXSUF ? len : MAXSUF;
    const chrLemmaEntry *first = NULL, *weak = NULL;
    for (size_t k = kmax + 1; k-- > 0;) {
        const chrLemmaEntry *r = table_find(&lm->rules, rule_key(tag, src + len - k, k));
        if (!r) continue;
        if (r->strip > len || r->strip > k) break;
        if (!first) first = r;
        if (!lm->known) break;
        size_t keep = len - r->strip, n = keep + r->len;
        memcpy(buf, src, keep);
        memcpy(buf + keep, lm->pool + r->off, r->len);
        if (known_has(lm, known_key(buf, n, 1))) {
            weak = r;
            break;
        }
        if (!weak && (r->strip || r->len) && known_has(lm, known_key(buf, n, 2))) weak = r;
    }
    if (weak) first = weak;
    if (first) {
        size_t keep = len - first->strip;
        memcpy(buf, src, keep);
        memcpy(buf + keep, lm->pool + first->off, first->len);
        buf[keep + first->len] = '\0';
        *outlen = keep + first->len;
        if (*outlen == len && memcmp(buf, form, len) == 0) return form;
        return buf;
    }
    memcpy(buf, src, len);
    buf[len] = '\0';
    return memcmp(buf, form, len) == 0 ? form : buf;
}


static void prefetch_key(const chrLemmaTable *t, uint64_t key) {
    if (t->slots) __builtin_prefetch(&t->slots[(uint32_t)(key ^ (key >> 31)) & t->mask]);
}

void chrLemma_prefetch(const chrLemmatizer *lm, const char *form, size_t len, uint32_t tag) {
    if (len == 0 || len >= MAXWORD) return;
    char low[MAXWORD];
    for (size_t i = 0; i < len; i++) low[i] = (char)lower_c((unsigned char)form[i]);
    prefetch_key(&lm->exceptions, exc_key(tag, form, len, 0));
    prefetch_key(&lm->exceptions, exc_key(tag, low, len, 1));
}

const char *chrLemma_apply(const chrLemmatizer *lm, const char *form, size_t len, uint32_t tag,
                           char *buf, size_t cap, size_t *outlen) {
    *outlen = len;
    if (len == 0 || len >= MAXWORD || cap < MAXWORD + 64) return form;
    const chrLemmaEntry *e = table_find(&lm->exceptions, exc_key(tag, form, len, 0));
    if (!e) {
        /* The lower-case key; for tags that keep case only when the form
         * has no capitals ("paris" -> "Paris", but not "PARIS"). */
        char low[MAXWORD];
        int upper = 0;
        for (size_t i = 0; i < len; i++) {
            low[i] = (char)lower_c((unsigned char)form[i]);
            upper |= low[i] != form[i];
        }
        if (!(upper && tag < lm->ntags && lm->keepcase[tag]))
            e = table_find(&lm->exceptions, exc_key(tag, low, len, 1));
    }
    if (e) {
        if (e->len == len && memcmp(lm->pool + e->off, form, len) == 0) return form;
        memcpy(buf, lm->pool + e->off, e->len);
        buf[e->len] = '\0';
        *outlen = e->len;
        return buf;
    }
    if (lm->known) {
        size_t n = number_lemma(form, len, buf);
        if (n) {
            *outlen = n;
            return buf;
        }
    }
    char src[MAXWORD];
    prepare(lm, form, len, tag, src);
    const char *lemma = apply_rules(lm, form, len, tag, src, buf, outlen);
    /* A rule that changes an irregular past it never saw makes a
     * non-word ("fled" -> "fl"): the irregular table knows better. Tags
     * whose rules leave the word alone ("ground" as a noun) keep it. */
    if (lemma != form) {
        char low[MAXWORD];
        for (size_t i = 0; i < len; i++) low[i] = (char)lower_c((unsigned char)form[i]);
        const char *base = chrIrregular_base(low, len);
        if (base) {
            size_t n = strlen(base);
            memcpy(buf, base, n + 1);
            *outlen = n;
            return buf;
        }
    }
    return lemma;
}

/* ---------------------------------------------------------------- learn */

/* Counting transforms per (tag, suffix): a small hash of candidates. */
typedef struct cand {
    uint64_t key;        /* rule key */
    uint64_t transform;  /* hash of (strip, append) */
    uint32_t count;
    uint8_t strip;
    const char *app;     /* into an example's lemma */
    uint16_t applen;
} cand;

static uint64_t transform_hash(size_t strip, const char *app, size_t n) {
    return chrHash_bytes(app, n, 0x7a00 + strip);
}

typedef struct candset {
    cand *c;
    size_t n, cap;
    uint32_t mask;
    uint32_t *index; /* hash of (key, transform) -> c index + 1 */
} candset;

/* Counts one more (key, transform); returns 1 when it was new, 0 when
 * counted again, or CHR_ELIMIT. */
static int cand_add(candset *s, uint64_t key, size_t strip, const char *app, size_t applen) {
    uint64_t tr = transform_hash(strip, app, applen);
    uint64_t h = chrHash_add(key, tr);
    uint32_t i = (uint32_t)h & s->mask;
    while (s->index[i]) {
        cand *c = &s->c[s->index[i] - 1];
        if (c->key == key && c->transform == tr) {
            c->count++;
            return 0;
        }
        i = (i + 1) & s->mask;
    }
    if (s->n == s->cap) return CHR_ELIMIT;
    s->c[s->n] = (cand){key, tr, 1, (uint8_t)strip, app, (uint16_t)applen};
    s->index[i] = (uint32_t)++s->n;
    return 1;
}

/* The transform from src[0..n) to lemma: strip and append. */
static size_t transform_of(const char *src, size_t n, const char *lemma, size_t ln,
                           size_t *strip) {
    size_t p = 0;
    while (p < n && p < ln && src[p] == lemma[p]) p++;
    *strip = n - p;
    return p; /* append lemma + p */
}

static int candset_init(candset *s, size_t n) {
    memset(s, 0, sizeof *s);
    s->cap = n + 1;
    uint32_t cap = 16;
    while (cap < s->cap * 2) cap *= 2;
    s->mask = cap - 1;
    s->c = malloc(s->cap * sizeof *s->c);
    s->index = calloc(cap, sizeof *s->index);
    return s->c && s->index ? CHR_OK : CHR_ENOMEM;
}

static void candset_release(candset *s) {
    free(s->c);
    free(s->index);
}

/* Fills t with the most frequent candidate per key (ties: the first
 * seen), skipping candidates for which skip() says so. */
static int majority(chrLemmatizer *lm, const candset *s, chrLemmaTable *t,
                    int (*skip)(const cand *c)) {
    if (table_init(t, s->n)) return CHR_ENOMEM;
    uint32_t *best = calloc((size_t)t->mask + 1, sizeof *best);
    if (!best) return CHR_ENOMEM;
    int rc = CHR_ENOMEM;
    for (size_t i = 0; i < s->n; i++) {
        const cand *c = &s->c[i];
        if (skip && skip(c)) continue;
        chrLemmaEntry *e = table_put(t, c->key);
        if (!e) goto out;
        size_t slot = (size_t)(e - t->slots);
        if (!best[slot] || s->c[best[slot] - 1].count < c->count) best[slot] = (uint32_t)i + 1;
    }
    for (size_t slot = 0; slot <= t->mask; slot++) {
        if (!best[slot]) continue;
        const cand *c = &s->c[best[slot] - 1];
        long off = pool_add(lm, c->app, c->applen);
        if (off < 0) goto out;
        t->slots[slot].off = (uint32_t)off;
        t->slots[slot].len = c->applen;
        t->slots[slot].strip = c->strip;
    }
    rc = CHR_OK;
out:
    free(best);
    return rc;
}

/* A suffix rule seen once is noise, unless it strips nothing. */
static int rare_rule(const cand *c) { return c->count < 2 && c->strip > 0; }

int chrLemma_learn(chrLemmatizer *lm, uint32_t ntags, const chrLemmaExample *ex, size_t n) {
    memset(lm, 0, sizeof *lm);
    lm->ntags = ntags;
    lm->keepcase = calloc(ntags ? ntags : 1, 1);
    size_t *kept = calloc(ntags ? ntags * 2 : 2, sizeof *kept);
    candset s = {0}, words = {0};
    int rc = CHR_ENOMEM;
    if (!lm->keepcase || !kept) goto out;
    /* Case: a tag keeps case when most capitalised words keep it. */
    for (size_t i = 0; i < n; i++) {
        unsigned char f = (unsigned char)ex[i].form[0];
        if (f >= 'A' && f <= 'Z' && ex[i].tag < ntags)
            kept[ex[i].tag * 2 + (ex[i].lemma[0] == ex[i].form[0])]++;
    }
    for (uint32_t t = 0; t < ntags; t++) lm->keepcase[t] = kept[t * 2 + 1] > kept[t * 2];
    /* Known words: every lemma seen (before the rules: see prepare). */
    if (known_reserve(lm, n)) goto out;
    for (size_t i = 0; i < n; i++) known_put(lm, known_key(ex[i].lemma, strlen(ex[i].lemma), 1));

    /* Suffix rules: (tag, suffix) -> the most frequent transform. */
    if (candset_init(&s, n * (MAXSUF + 1)) || candset_init(&words, n * 2)) goto out;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(ex[i].form), ln = strlen(ex[i].lemma);
        if (len == 0 || len >= MAXWORD || ln >= 65535) continue;
        char src[MAXWORD], low[MAXWORD];
        prepare(lm, ex[i].form, len, ex[i].tag, src);
        for (size_t k = 0; k < len; k++) low[k] = (char)lower_c((unsigned char)ex[i].form[k]);
        /* Whole words, for the exceptions: exact and lower-case keys. */
        int isnew = cand_add(&words, exc_key(ex[i].tag, ex[i].form, len, 0), 0, ex[i].lemma, ln);
        if (isnew < 0 || cand_add(&words, exc_key(ex[i].tag, low, len, 1), 0, ex[i].lemma, ln) < 0) {
            rc = CHR_ELIMIT;
            goto out;
        }
        if (!isnew) continue; /* rules count word types, not tokens */
        size_t strip, p = transform_of(src, len, ex[i].lemma, ln, &strip);
        if (strip > MAXSUF) continue; /* irregular: the lexicon's job */
        /* Proper suffixes only: a whole word ("are" -> "be") is the
         * lexicon's, not a rule for every word ending so ("share"). */
        size_t kmax = len - 1 < MAXSUF ? len - 1 : MAXSUF;
        for (size_t k = strip; k <= kmax; k++)
            if (cand_add(&s, rule_key(ex[i].tag, src + len - k, k), strip, ex[i].lemma + p,
                         ln - p) < 0) {
                rc = CHR_ELIMIT;
                goto out;
            }
    }
    if ((rc = majority(lm, &s, &lm->rules, rare_rule))) goto out;

    /* Every word seen: its majority lemma per tag, exact and lower case
     * (apply_rules may check results against known words, so a word the
     * rules get right without that check might not be right with it). */
    if ((rc = majority(lm, &words, &lm->exceptions, NULL))) goto out;
    rc = CHR_OK;
out:
    free(kept);
    candset_release(&s);
    candset_release(&words);
    return rc;
}

/* -------------------------------------------------------------- storage */

static void write_table(chrBuf *b, const chrLemmaTable *t) {
    chrBuf_u64(b, t->count);
    for (size_t i = 0; i <= t->mask; i++) {
        const chrLemmaEntry *e = &t->slots[i];
        if (!e->key) continue;
        chrBuf_u64(b, e->key);
        chrBuf_u32(b, e->off);
        chrBuf_u16(b, e->len);
        chrBuf_u8(b, e->strip);
    }
}

int chrLemma_write(const chrLemmatizer *lm, chrModelWriter *w, const char *name) {
    chrBuf *b = chrModelWriter_section(w, name);
    if (!b) return CHR_ENOMEM;
    chrBuf_u32(b, lm->ntags);
    chrBuf_bytes(b, lm->keepcase, lm->ntags);
    chrBuf_u64(b, lm->npool);
    chrBuf_bytes(b, lm->pool, lm->npool);
    write_table(b, &lm->rules);
    write_table(b, &lm->exceptions);
    if (b->failed) return CHR_ENOMEM;
    if (!lm->known) return CHR_OK;
    char kname[64];
    snprintf(kname, sizeof kname, "%s-known", name);
    b = chrModelWriter_section(w, kname);
    if (!b) return CHR_ENOMEM;
    chrBuf_u64(b, lm->nknown);
    for (size_t i = 0; i <= lm->kmask; i++)
        if (lm->known[i]) chrBuf_u64(b, lm->known[i]);
    return b->failed ? CHR_ENOMEM : CHR_OK;
}

/* The optional known-word section (older models have none). */
static int read_known(chrLemmatizer *lm, const chrModelFile *mf, const char *name) {
    char kname[64];
    snprintf(kname, sizeof kname, "%s-known", name);
    chrCursor c;
    if (chrModelFile_section(mf, kname, &c)) return CHR_OK;
    uint64_t n = chrCursor_u64(&c);
    if (c.bad || n > (c.len - c.pos) / 8) return CHR_EFORMAT;
    if (known_reserve(lm, (size_t)n)) return CHR_ENOMEM;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t key = chrCursor_u64(&c);
        if (c.bad || !key) return CHR_EFORMAT;
        known_put(lm, key);
    }
    return chrCursor_done(&c) ? CHR_OK : CHR_EFORMAT;
}

static int read_table(chrCursor *c, chrLemmaTable *t, size_t npool) {
    uint64_t n = chrCursor_u64(c);
    if (c->bad || n > (c->len - c->pos) / 15) return CHR_EFORMAT;
    if (table_init(t, (size_t)n)) return CHR_ENOMEM;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t key = chrCursor_u64(c);
        uint32_t off = chrCursor_u32(c);
        uint16_t len = chrCursor_u16(c);
        uint8_t strip = chrCursor_u8(c);
        if (c->bad || !key || (uint64_t)off + len >= npool + (npool ? 0 : 1) || table_find(t, key))
            return CHR_EFORMAT;
        chrLemmaEntry *e = table_put(t, key);
        e->off = off;
        e->len = len;
        e->strip = strip;
    }
    return CHR_OK;
}

int chrLemma_read(chrLemmatizer *lm, const chrModelFile *mf, const char *name, char *err,
                  size_t errlen) {
    memset(lm, 0, sizeof *lm);
    chrCursor c;
    if (chrModelFile_section(mf, name, &c)) {
        snprintf(err, errlen, "%s: the model has no section '%s'", mf->path, name);
        return CHR_ENOTFOUND;
    }
    int rc = CHR_EFORMAT;
    lm->ntags = chrCursor_u32(&c);
    const unsigned char *kc = chrCursor_bytes(&c, lm->ntags);
    uint64_t np = chrCursor_u64(&c);
    const unsigned char *pool = c.bad || np > c.len ? NULL : chrCursor_bytes(&c, (size_t)np);
    if (!kc || !pool || (np && pool[np - 1] != '\0')) goto bad;
    rc = CHR_ENOMEM;
    lm->keepcase = malloc(lm->ntags ? lm->ntags : 1);
    lm->pool = malloc(np ? np : 1);
    if (!lm->keepcase || !lm->pool) goto bad;
    memcpy(lm->keepcase, kc, lm->ntags);
    memcpy(lm->pool, pool, np);
    lm->npool = lm->cappool = (size_t)np;
    if ((rc = read_table(&c, &lm->rules, lm->npool)) ||
        (rc = read_table(&c, &lm->exceptions, lm->npool)))
        goto bad;
    if (!chrCursor_done(&c)) {
        rc = CHR_EFORMAT;
        goto bad;
    }
    if ((rc = read_known(lm, mf, name))) goto bad;
    return CHR_OK;
bad:
    chrLemma_release(lm);
    snprintf(err, errlen, "%s: section '%s' is %s", mf->path, name,
             rc == CHR_ENOMEM ? "too big for memory" : "damaged");
    return rc;
}

void chrLemma_release(chrLemmatizer *lm) {
    free(lm->keepcase);
    free(lm->rules.slots);
    free(lm->exceptions.slots);
    free(lm->pool);
    free(lm->known);
    memset(lm, 0, sizeof *lm);
}
