/*
 * cluster.c - document-level clustering of mentions (see cluster.h).
 */
#include "ner/cluster.h"

#include <stdlib.h>
#include <string.h>

#include "chronicle.h"
#include "ner/gazetteer.h"

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int same_word(const char *a, const char *b) {
    while (*a && lower((unsigned char)*a) == lower((unsigned char)*b)) a++, b++;
    return *a == 0 && *b == 0;
}

static int is_quote(const char *w) {
    return strcmp(w, "\"") == 0 || strcmp(w, "'") == 0 || strcmp(w, "``") == 0 ||
           strcmp(w, "''") == 0 || strcmp(w, "`") == 0;
}

static int is_possessive(const char *w) { return same_word(w, "'s") || strcmp(w, "'") == 0; }

/* Words that never make two names the same on their own. */
static int is_particle(const char *w) {
    static const char *const p[] = {"el", "la", "le", "de", "del", "da", "di", "van", "von", "der",
                                    "bin", "ibn", "al", "abu", "of", "and", "the", "&", "-", "."};
    if (strlen(w) < 2) return 1;
    for (size_t i = 0; i < sizeof p / sizeof *p; i++)
        if (same_word(w, p[i])) return 1;
    return 0;
}

void chrCluster_nameWords(const chrClusterMention *m, size_t *first, size_t *end) {
    size_t a = 0, b = m->nwords;
    /* an owner: "Mexico 's Foreign Ministry" -> "Foreign Ministry" */
    for (size_t i = 1; i + 1 < b; i++)
        if (same_word(m->words[i], "'s")) a = i + 1;
    while (a < b && (chrGaz_isTitle(m->words[a], strlen(m->words[a])) || same_word(m->words[a], "the") ||
                     is_quote(m->words[a])) && a + 1 < b)
        a++;
    while (b > a + 1 && (is_possessive(m->words[b - 1]) || is_quote(m->words[b - 1]))) b--;
    *first = a;
    *end = b;
}

/* The name words of a mention without quotation marks. */
typedef struct nameview {
    const char *w[32];
    uint8_t quoted[32];
    size_t n;
    size_t owner_end; /* words [0, owner_end - 1) are the owner when > 0 */
} nameview;

static void view(const chrClusterMention *m, nameview *v) {
    size_t a, b;
    chrCluster_nameWords(m, &a, &b);
    v->n = 0;
    v->owner_end = 0;
    for (size_t i = 1; i + 1 < m->nwords && i < a; i++)
        if (same_word(m->words[i], "'s")) v->owner_end = i + 1;
    int inq = 0;
    for (size_t i = a; i < b && v->n < 32; i++) {
        if (is_quote(m->words[i])) {
            inq = !inq;
            continue;
        }
        v->quoted[v->n] = (uint8_t)inq;
        v->w[v->n++] = m->words[i];
    }
}

static int has_word(const nameview *v, const char *w) {
    for (size_t i = 0; i < v->n; i++)
        if (same_word(v->w[i], w)) return 1;
    return 0;
}

static int same_owner(const chrClusterMention *a, const nameview *va, const chrClusterMention *b,
                      const nameview *vb) {
    if (!va->owner_end || !vb->owner_end) return 1;
    if (va->owner_end != vb->owner_end) return 0;
    for (size_t i = 0; i + 1 < va->owner_end; i++)
        if (!same_word(a->words[i], b->words[i])) return 0;
    return 1;
}

static int same_names(const nameview *a, const nameview *b) {
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
        if (!same_word(a->w[i], b->w[i])) return 0;
    return 1;
}

/* Person m (view vm) may be the person named by r (view vr). */
static int person_match(const nameview *vm, const nameview *vr) {
    int shared = 0;
    for (size_t i = 0; i < vm->n; i++)
        if (!is_particle(vm->w[i]) && has_word(vr, vm->w[i])) shared = 1;
    if (!shared || vm->n == 0 || vr->n == 0) return 0;
    if (vm->n == 1 || vr->n == 1) return 1;
    /* two full names: one's last word must be in the other ("Guzman Loera"
     * and "Joaquin Guzman"), so "Boris Nemtsov" and "Boris Yeltsin" differ */
    if (!has_word(vr, vm->w[vm->n - 1]) && !has_word(vm, vr->w[vr->n - 1])) return 0;
    return has_word(vr, vm->w[0]) || has_word(vm, vr->w[0]);
}

static int is_company(const char *w) {
    static const char *const words[] = {"Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.",
                                        "Plc", "PLC", "AG", "SA", "NV", "GmbH", "LLC", "Group"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(w, words[i]) == 0) return 1;
    return 0;
}

/* w (all capitals, 2+ letters) is made of the initials of the
 * capitalised words of name[0..n) ("CCTV", "China Central Television"). */
static int is_acronym(const char *w, const char *const *name, size_t n) {
    size_t len = strlen(w), k = 0;
    if (len < 2 || n < 2) return 0;
    for (size_t i = 0; i < len; i++)
        if (w[i] < 'A' || w[i] > 'Z') return 0;
    for (size_t i = 0; i < n; i++) {
        char c = name[i][0];
        if (c < 'A' || c > 'Z') continue;
        if (k >= len || w[k] != c) return 0;
        k++;
    }
    return k == len;
}

/* Organisation m is a shorter form of r: same last word, all words in r;
 * or an acronym of r's capitalised words. */
static int org_match(const nameview *vm, const nameview *vr) {
    if (vm->n == 0 || vr->n == 0) return 0;
    if (vm->n == 1 && vr->n == 2 && same_word(vm->w[0], vr->w[0]) && is_company(vr->w[1]))
        return 1; /* "Pennzoil" and "Pennzoil Co" */
    if (vm->n == 1 && is_acronym(vm->w[0], vr->w, vr->n)) return 1;
    if (vm->n >= vr->n || !same_word(vm->w[vm->n - 1], vr->w[vr->n - 1])) return 0;
    for (size_t i = 0; i < vm->n; i++)
        if (!has_word(vr, vm->w[i])) return 0;
    return 1;
}

typedef struct order_key {
    size_t words, index;
} order_key;

static int by_length(const void *a, const void *b) {
    const order_key *x = a, *y = b;
    if (x->words != y->words) return x->words > y->words ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

long chrCluster_run(const chrClusterMention *m, size_t n, uint32_t *entity_of, int *etype,
                    uint32_t *name_of) {
    if (n == 0) return 0;
    order_key *ord = malloc(n * sizeof *ord);
    nameview *v = malloc(n * sizeof *v);
    uint32_t *rep = malloc(n * sizeof *rep); /* founding mention of each (provisional) entity */
    uint32_t *renum = malloc(n * sizeof *renum);
    if (!ord || !v || !rep || !renum) {
        free(ord);
        free(v);
        free(rep);
        free(renum);
        return CHR_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        view(&m[i], &v[i]);
        ord[i].words = v[i].n;
        ord[i].index = i;
    }
    qsort(ord, n, sizeof *ord, by_length);
    size_t ne = 0;
    for (size_t k = 0; k < n; k++) {
        size_t i = ord[k].index;
        long found = -1;
        size_t best_dist = (size_t)-1;
        for (size_t e = 0; e < ne && found < 0; e++) {
            const chrClusterMention *r = &m[rep[e]];
            int names = same_names(&v[i], &v[rep[e]]);
            if ((m[i].actor >= 0 && m[i].actor == r->actor &&
                 (names || !m[i].many_places || !r->many_places)) ||
                (m[i].type == r->type && names && same_owner(&m[i], &v[i], r, &v[rep[e]])))
                found = (long)e;
        }
        if (found < 0) {
            long cand = -1;
            for (size_t e = 0; e < ne; e++) {
                const chrClusterMention *r = &m[rep[e]];
                int ok = 0;
                if (r->type == CHR_ENT_PER && m[i].type == CHR_ENT_PER)
                    ok = person_match(&v[i], &v[rep[e]]);
                else if (r->type == CHR_ENT_PER && v[i].n == 1)
                    ok = same_word(v[i].w[0], v[rep[e]].w[v[rep[e]].n ? v[rep[e]].n - 1 : 0]);
                else if (r->type == CHR_ENT_ORG &&
                         (m[i].type == CHR_ENT_ORG || (v[i].n == 1 && m[i].actor < 0)))
                    ok = org_match(&v[i], &v[rep[e]]) && same_owner(&m[i], &v[i], r, &v[rep[e]]);
                if (!ok) continue;
                size_t d = rep[e] < i ? i - rep[e] : (size_t)n + rep[e] - i; /* prefer the nearest before */
                if (d < best_dist) {
                    best_dist = d;
                    cand = (long)e;
                }
            }
            found = cand;
        }
        if (found < 0) {
            rep[ne] = (uint32_t)i;
            found = (long)ne++;
        }
        entity_of[i] = (uint32_t)found;
    }
    /* number entities in order of first mention */
    for (size_t e = 0; e < ne; e++) renum[e] = UINT32_MAX;
    uint32_t next = 0;
    for (size_t i = 0; i < n; i++)
        if (renum[entity_of[i]] == UINT32_MAX) renum[entity_of[i]] = next++;
    for (size_t e = 0; e < ne; e++) {
        etype[renum[e]] = m[rep[e]].type;
        name_of[renum[e]] = rep[e];
    }
    for (size_t i = 0; i < n; i++) entity_of[i] = renum[entity_of[i]];
    free(ord);
    free(v);
    free(rep);
    free(renum);
    return (long)ne;
}

size_t chrCluster_name(const chrClusterMention *m, const chrClusterMention *all,
                       const uint32_t *entity_of, size_t n, uint32_t entity, char *out, size_t cap) {
    nameview vm, va;
    view(m, &vm);
    uint8_t drop[32] = {0};
    size_t kept = vm.n;
    for (size_t i = 0; i < n; i++) {
        if (entity_of[i] != entity) continue;
        view(&all[i], &va);
        for (size_t j = 0; j < va.n; j++) {
            if (!va.quoted[j]) continue;
            for (size_t k = 0; k < vm.n; k++)
                if (!drop[k] && same_word(vm.w[k], va.w[j]) && kept > 1) {
                    drop[k] = 1;
                    kept--;
                }
        }
    }
    size_t len = 0;
    int after_hyphen = 0;
    if (cap == 0) return 0;
    out[0] = 0;
    for (size_t k = 0; k < vm.n; k++) {
        if (drop[k]) continue;
        size_t l = strlen(vm.w[k]);
        if (len + l + 2 > cap) break;
        /* a hyphen joins its neighbours: "Al-Qaeda", "al-Qahtani" */
        int hyphen = strcmp(vm.w[k], "-") == 0;
        if (len && !hyphen && !after_hyphen) out[len++] = ' ';
        after_hyphen = hyphen;
        memcpy(out + len, vm.w[k], l);
        len += l;
        out[len] = 0;
    }
    return len;
}
