/*
 * arena.h - the per-document bump allocator.
 *
 * Every layer a stage adds to a document (token forms, lemmas, entities,
 * events) lives in the document's arena and is released with it in one
 * call, so the hot path makes no per-token malloc and no stage frees
 * anything by hand. Memory from an arena is never freed individually;
 * pointers stay valid until chrArena_release().
 */
#ifndef CHR_CORE_ARENA_H
#define CHR_CORE_ARENA_H

#include <stddef.h>

typedef struct chrArenaBlock chrArenaBlock;

typedef struct chrArena {
    chrArenaBlock *head;  /* current block; older ones chain behind it */
    size_t total;         /* bytes handed out, for limits and statistics */
} chrArena;

void chrArena_init(chrArena *a);
/* Frees every block; the arena is empty and reusable afterwards. */
void chrArena_release(chrArena *a);
/* size bytes aligned for any object; NULL when out of memory. */
void *chrArena_alloc(chrArena *a, size_t size);
void *chrArena_calloc(chrArena *a, size_t n, size_t size);
/* A NUL-terminated copy of s[0..n). */
char *chrArena_strndup(chrArena *a, const char *s, size_t n);
char *chrArena_strdup(chrArena *a, const char *s);

#endif
