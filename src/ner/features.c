/*
 * features.c - NER feature extraction (see features.h).
 */
#include "ner/features.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "learn/hash.h"
#include "ner/keywords.h"
#include "ner/wordclass.h"

enum {
    T_BIAS = 1, T_W, T_LW, T_SHAPE, T_PRE, T_SUF, T_LW_M1, T_LW_P1, T_LW_M2, T_LW_P2,
    T_W_M1, T_W_P1, T_SH_M1, T_SH_P1, T_SH_M1_0, T_SH_0_P1, T_BI_M1, T_BI_P1, T_P1, T_P2,
    T_P1_LW, T_P1_SH, T_GB, T_GI, T_GB_M1, T_GB_P1, T_GI_P1, T_GSPAN, T_FIRST_SH, T_CAPS,
    T_TITLE_M1, T_UPOS, T_UPOS_M1, T_UPOS_P1, T_UPOS_LW, T_P1_GB, T_SH_M1_0_P1, T_LW_M1_SH,
    T_CASECLS, T_CASECLS_P1, T_SUF_P1, T_RUN_KW, T_ORG, T_ORG_P1L, T_ORG_M1, T_ORG_P1,
    T_CF, T_CC, T_CF_M1, T_CF_P1, T_CC_M1, T_CC_P1, T_CC_M2, T_CC_P2, T_CF_SH, T_CF_P1L,
    T_CF_M1_0, T_CF_0_P1, T_SCASE_SH, T_SCASE_CF, T_CF_M2, T_CF_P2, T_BI_M2M1, T_BI_P1P2,
    T_CC_SH_P1, T_RUN_LAST, T_RUN_FIRST, T_RUN_LAST_POS, T_RUN_LEN, T_RUN_LASTCF
};

#define SEED_WORD 0x776f7264ULL

int chrNerWork_reserve(chrNerWork *w, size_t n) {
    if (n <= w->cap) return CHR_OK;
    size_t cap = n < 64 ? 64 : n * 2;
    chrNerTok *t = realloc(w->tok, cap * sizeof *t);
    if (t) w->tok = t;
    chrLexId *ids = realloc(w->ids, cap * sizeof *ids);
    if (ids) w->ids = ids;
    chrGazSpan *sp = realloc(w->span, cap * sizeof *sp);
    if (sp) w->span = sp;
    uint16_t *gb = realloc(w->gb, cap * sizeof *gb);
    if (gb) w->gb = gb;
    uint16_t *gi = realloc(w->gi, cap * sizeof *gi);
    if (gi) w->gi = gi;
    if (!t || !ids || !sp || !gb || !gi) return CHR_ENOMEM;
    w->cap = cap;
    return CHR_OK;
}

void chrNerWork_release(chrNerWork *w) {
    free(w->tok);
    free(w->ids);
    free(w->span);
    free(w->gb);
    free(w->gi);
    memset(w, 0, sizeof *w);
}

int chrNerFeat_allCaps(const char *s, size_t n) {
    size_t up = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') return 0;
        if (s[i] >= 'A' && s[i] <= 'Z') up++;
    }
    return up >= 2;
}

static int has_letter(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) return 1;
    return 0;
}

/* Marks the tokens read in all-caps: every token of a sentence whose
 * words are mostly in capitals, else a leading run of capitals ended by a
 * comma or dash (a dateline). */
static void mark_caps(chrNerWork *w, const char *const *forms, size_t n) {
    size_t words = 0, caps = 0, title = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(forms[i]);
        if (!has_letter(forms[i], l)) continue;
        words++;
        if (chrNerFeat_allCaps(forms[i], l)) caps++;
        if (forms[i][0] >= 'A' && forms[i][0] <= 'Z') title++;
    }
    w->scase = title == 0 ? 0 : title * 10 <= words * 4 ? 1 : 2;
    if (words >= 3 && caps * 10 >= words * 7) {
        for (size_t i = 0; i < n; i++) w->tok[i].flags |= NERTOK_CAPS;
        return;
    }
    size_t run = 0;
    while (run < n && chrNerFeat_allCaps(forms[run], strlen(forms[run]))) run++;
    if (run > 0 && run < n && (strcmp(forms[run], ",") == 0 || strcmp(forms[run], "-") == 0))
        for (size_t i = 0; i < run; i++) w->tok[i].flags |= NERTOK_CAPS;
}

static uint64_t shape_hash(const char *s, size_t n) {
    char out[24];
    size_t m = 0;
    char last = 0;
    for (size_t i = 0; i < n && m < sizeof out; i++) {
        unsigned char c = (unsigned char)s[i];
        char k;
        if (c >= 'A' && c <= 'Z') k = 'X';
        else if (c >= 'a' && c <= 'z') k = 'x';
        else if (c >= '0' && c <= '9') k = 'd';
        else if (c >= 0xC0) k = 'u';
        else if (c >= 0x80) continue;
        else k = (char)c;
        if (k == last && (k == 'X' || k == 'x' || k == 'd' || k == 'u')) continue;
        out[m++] = last = k;
    }
    return chrHash_bytes(out, m, 0x736861ULL);
}

/* Byte length of the first k characters (or of the last k) of s[0..n). */
static size_t head_bytes(const char *s, size_t n, size_t k) {
    size_t i = 0;
    while (i < n && k) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

static size_t tail_bytes(const char *s, size_t n, size_t k) {
    size_t i = n;
    while (i > 0 && k) {
        i--;
        while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
        k--;
    }
    return n - i;
}

static int capitalised(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }

/* Small words that may join two capitalised ones in a name ("Bank of
 * America", "Procter & Gamble"). */
static int joiner(const char *s) {
    return strcmp(s, "of") == 0 || strcmp(s, "and") == 0 || strcmp(s, "&") == 0 ||
           strcmp(s, "for") == 0 || strcmp(s, "the") == 0 || strcmp(s, "de") == 0;
}

/* Finds the runs of capitalised words (joined by joiner words): a name's
 * last word (University, Inc., River) says much of its type. */
static void mark_runs(chrNerWork *w, const char *const *forms, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (!capitalised(forms[i])) {
            w->tok[i].run0 = (uint32_t)i;
            w->tok[i].run1 = (uint32_t)i;
            w->tok[i].runkw = 0;
            i++;
            continue;
        }
        size_t j = i + 1;
        for (;;) {
            if (j < n && capitalised(forms[j])) j++;
            else if (j + 1 < n && joiner(forms[j]) && capitalised(forms[j + 1])) j += 2;
            else break;
        }
        unsigned kinds = 0;
        for (size_t k = i; k < j; k++) kinds |= (unsigned)chrNerKw_kind(forms[k], strlen(forms[k]));
        for (size_t k = i; k < j; k++) {
            w->tok[k].run0 = (uint32_t)i;
            w->tok[k].run1 = (uint32_t)j;
            w->tok[k].runkw = (uint8_t)kinds;
        }
        i = j;
    }
}

/* Marks the listed organisation names, longest first from the left. */
static void mark_orgs(chrNerWork *w, const chrNerOrgs *orgs, const char *const *forms, size_t n) {
    for (size_t i = 0; i < n; i++) w->tok[i].orgb = w->tok[i].orgi = 0;
    if (!orgs || !orgs->n) return;
    for (size_t i = 0; i < n;) {
        size_t len = chrNerOrgs_match(orgs, forms + i, n - i);
        if (!len) {
            i++;
            continue;
        }
        /* the length, and 8 when written with a capital ("Google", "google") */
        w->tok[i].orgb = (uint8_t)((len > 4 ? 4 : len) | (capitalised(forms[i]) ? 8 : 0));
        for (size_t k = i + 1; k < i + len; k++) w->tok[k].orgi = 1;
        i += len;
    }
}

int chrNerFeat_prepare(chrNerWork *w, const chrLex *lex, const chrCasing *casing,
                       const chrTagClusters *clusters, const chrNerOrgs *orgs,
                       const char *const *forms, const uint8_t *upos, size_t n) {
    if (chrNerWork_reserve(w, n) != CHR_OK) return CHR_ENOMEM;
    chrGaz_sentence(lex, forms, n, w->ids, w->span, w->gb, w->gi);
    for (size_t i = 0; i < n; i++) w->tok[i].flags = 0;
    mark_caps(w, forms, n);
    mark_runs(w, forms, n);
    mark_orgs(w, orgs, forms, n);
    for (size_t i = 0; i < n; i++) {
        chrNerTok *t = &w->tok[i];
        const char *f = forms[i];
        size_t len = strlen(f);
        char buf[64], low[64];
        if (len >= sizeof buf) len = sizeof buf - 1;
        if (t->flags & NERTOK_CAPS) {
            int cls = chrCasing_get(casing, f, len);
            f = chrCasing_apply(f, len, cls == CHR_CASE_UNKNOWN ? CHR_CASE_TITLE : cls, buf);
        }
        for (size_t k = 0; k < len; k++) low[k] = f[k] >= 'A' && f[k] <= 'Z' ? (char)(f[k] + 32) : f[k];
        t->w = chrHash_bytes(f, len, SEED_WORD);
        t->lw = chrHash_bytes(low, len, SEED_WORD);
        t->shape = shape_hash(f, len);
        for (size_t k = 0; k < 3; k++) t->pre[k] = chrHash_bytes(low, head_bytes(low, len, k + 1), 0x707265 + k);
        for (size_t k = 0; k < 4; k++) {
            size_t b = tail_bytes(low, len, k + 1);
            t->suf[k] = chrHash_bytes(low + len - b, b, 0x737566 + k);
        }
        t->gbegin = w->gb[i];
        t->ginside = w->gi[i];
        t->gspan = (uint8_t)(w->span[i].len > 4 ? 4 : w->span[i].len);
        if (w->gb[i] & CHR_GAZ_TITLE) t->flags |= NERTOK_TITLE;
        t->upos = upos ? upos[i] : 0;
        t->casecls = (uint8_t)chrCasing_get(casing, forms[i], len);
        chrNerClasses_of(clusters, low, len, &t->cc, &t->cf);
    }
    return CHR_OK;
}

#define F(tmpl, v) (out[k++] = chrHash_feature((tmpl), (v)))
#define PAIR(a, b) chrHash_add((a), (b))

size_t chrNerFeat_token(const chrNerWork *w, size_t n, size_t i, int p1, int p2, uint64_t *out) {
    static const chrNerTok none = {.w = 1, .lw = 1, .shape = 1, .casecls = 4, .cc = 0xfffe,
                                   .cf = 0xfffe};
    static const chrNerTok none2 = {.w = 2, .lw = 2, .shape = 2, .cc = 0xfffd, .cf = 0xfffd};
    const chrNerTok *t = &w->tok[i];
    const chrNerTok *m1 = i >= 1 ? &w->tok[i - 1] : &none;
    const chrNerTok *m2 = i >= 2 ? &w->tok[i - 2] : &none2;
    const chrNerTok *q1 = i + 1 < n ? &w->tok[i + 1] : &none;
    const chrNerTok *q2 = i + 2 < n ? &w->tok[i + 2] : &none2;
    size_t k = 0;
    F(T_BIAS, 0);
    F(T_W, t->w);
    F(T_LW, t->lw);
    F(T_SHAPE, t->shape);
    for (int j = 0; j < 3; j++) F(T_PRE + 100 * j, t->pre[j]);
    for (int j = 0; j < 4; j++) F(T_SUF + 100 * j, t->suf[j]);
    F(T_LW_M1, m1->lw);
    F(T_LW_P1, q1->lw);
    F(T_LW_M2, m2->lw);
    F(T_LW_P2, q2->lw);
    F(T_W_M1, m1->w);
    F(T_W_P1, q1->w);
    F(T_SH_M1, m1->shape);
    F(T_SH_P1, q1->shape);
    F(T_SH_M1_0, PAIR(m1->shape, t->shape));
    F(T_SH_0_P1, PAIR(t->shape, q1->shape));
    F(T_SH_M1_0_P1, PAIR(PAIR(m1->shape, t->shape), q1->shape));
    F(T_BI_M1, PAIR(m1->lw, t->lw));
    F(T_BI_P1, PAIR(t->lw, q1->lw));
    F(T_LW_M1_SH, PAIR(m1->lw, t->shape));
    F(T_P1, (uint64_t)p1);
    F(T_P2, (uint64_t)(p1 * 16 + p2));
    F(T_P1_LW, PAIR(t->lw, (uint64_t)p1));
    F(T_P1_SH, PAIR(t->shape, (uint64_t)p1));
    for (int b = 0; b < CHR_GAZ_KINDS; b++) {
        if (t->gbegin & (1u << b)) F(T_GB, (uint64_t)b);
        if (t->ginside & (1u << b)) F(T_GI, (uint64_t)b);
    }
    F(T_GB_M1, (uint64_t)m1->gbegin << 16 | m1->ginside);
    F(T_GB_P1, q1->gbegin);
    F(T_GI_P1, q1->ginside);
    F(T_GSPAN, (uint64_t)t->gspan << 16 | t->gbegin);
    F(T_P1_GB, (uint64_t)p1 << 32 | (uint64_t)t->gbegin << 16 | t->ginside);
    if (i == 0) F(T_FIRST_SH, t->shape);
    F(T_CASECLS, (uint64_t)t->casecls << 8 | (i == 0));
    F(T_CASECLS_P1, (uint64_t)q1->casecls << 8 | t->casecls);
    F(T_SUF_P1, q1->suf[2]);
    F(T_CF, t->cf);
    F(T_CC, t->cc);
    F(T_CF_M1, m1->cf);
    F(T_CF_P1, q1->cf);
    F(T_CC_M1, m1->cc);
    F(T_CC_P1, q1->cc);
    F(T_CC_M2, m2->cc);
    F(T_CC_P2, q2->cc);
    F(T_CF_SH, (uint64_t)t->cf << 32 | (t->shape & 0xffffffffu));
    F(T_CF_P1L, (uint64_t)t->cf << 8 | (uint64_t)p1);
    F(T_CF_M1_0, (uint64_t)m1->cf << 16 | t->cf);
    F(T_CF_0_P1, (uint64_t)t->cf << 16 | q1->cf);
    F(T_CF_M2, m2->cf);
    F(T_CF_P2, q2->cf);
    F(T_BI_M2M1, PAIR(m2->lw, m1->lw));
    F(T_BI_P1P2, PAIR(q1->lw, q2->lw));
    F(T_CC_SH_P1, PAIR(q1->shape, (uint64_t)q1->cc << 16 | t->cc));
    if (t->run1 > t->run0) {
        const chrNerTok *last = &w->tok[t->run1 - 1], *first = &w->tok[t->run0];
        size_t len = t->run1 - t->run0, pos = i == t->run0 ? 0 : i + 1 == t->run1 ? 2 : 1;
        F(T_RUN_LAST, last->lw);
        F(T_RUN_FIRST, first->lw);
        F(T_RUN_LAST_POS, PAIR(last->lw, pos));
        F(T_RUN_LEN, (len > 5 ? 5 : len) << 4 | pos);
        F(T_RUN_LASTCF, (uint64_t)last->cf << 4 | pos);
        if (t->runkw) F(T_RUN_KW, (uint64_t)t->runkw << 8 | (len > 5 ? 5 : len) << 4 | pos);
    }
    if (t->orgb || t->orgi) {
        F(T_ORG, (uint64_t)t->orgb << 8 | (uint64_t)t->orgi << 4 | (t->casecls & 0xf));
        F(T_ORG_P1L, (uint64_t)t->orgb << 8 | (uint64_t)t->orgi << 4 | (uint64_t)p1);
    }
    if (m1->orgb || m1->orgi) F(T_ORG_M1, (uint64_t)m1->orgb << 4 | t->orgi);
    if (q1->orgb || q1->orgi) F(T_ORG_P1, (uint64_t)q1->orgb << 4 | q1->orgi);
    F(T_SCASE_SH, PAIR(t->shape, (uint64_t)w->scase));
    F(T_SCASE_CF, (uint64_t)t->cf << 8 | (uint64_t)w->scase);
    if (t->flags & NERTOK_CAPS) F(T_CAPS, t->shape);
    if (m1->flags & NERTOK_TITLE) F(T_TITLE_M1, t->shape);
    if (t->upos) {
        F(T_UPOS, t->upos);
        F(T_UPOS_M1, (uint64_t)m1->upos << 8 | t->upos);
        F(T_UPOS_P1, (uint64_t)q1->upos << 8 | t->upos);
        F(T_UPOS_LW, PAIR(t->lw, t->upos));
    }
    return k;
}
