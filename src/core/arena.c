/*
 * arena.c - bump allocation in growing blocks, freed all at once.
 */
#include "core/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_MIN_BLOCK 16384u
#define ARENA_ALIGN 16u

struct chrArenaBlock {
    chrArenaBlock *prev;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void chrArena_init(chrArena *a) {
    a->head = NULL;
    a->total = 0;
}

void chrArena_release(chrArena *a) {
    chrArenaBlock *b = a->head;
    while (b) {
        chrArenaBlock *prev = b->prev;
        free(b);
        b = prev;
    }
    a->head = NULL;
    a->total = 0;
}

void *chrArena_alloc(chrArena *a, size_t size) {
    size_t need = (size + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < size) return NULL; /* overflow */
    chrArenaBlock *b = a->head;
    if (!b || b->cap - b->used < need) {
        size_t cap = b ? b->cap * 2 : ARENA_MIN_BLOCK;
        if (cap > (size_t)1 << 26) cap = (size_t)1 << 26;
        if (cap < need) cap = need;
        if (cap > SIZE_MAX - sizeof(chrArenaBlock)) return NULL;
        chrArenaBlock *nb = malloc(sizeof(chrArenaBlock) + cap);
        if (!nb) return NULL;
        nb->prev = b;
        nb->used = 0;
        nb->cap = cap;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    return p;
}

void *chrArena_calloc(chrArena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = chrArena_alloc(a, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

char *chrArena_strndup(chrArena *a, const char *s, size_t n) {
    char *p = chrArena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *chrArena_strdup(chrArena *a, const char *s) {
    return chrArena_strndup(a, s, strlen(s));
}
