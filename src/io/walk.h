/*
 * walk.h - the list of inputs still to read, with directories expanded
 * lazily in name order (internal to the reader).
 */
#ifndef CHR_IO_WALK_H
#define CHR_IO_WALK_H

#include <stddef.h>

typedef struct chrWalkItem {
    char *path;   /* malloc'd; "-" is standard input */
    int stream;   /* 1: the caller's FILE (chr_reader_open_file) */
} chrWalkItem;

typedef struct chrWalk {
    chrWalkItem *items;   /* a stack: the last item is read next */
    size_t n, cap;
} chrWalk;

/* Puts path on top of the stack, to be read before everything queued so
 * far: push inputs in reverse reading order. The path is copied. */
int chrWalk_push(chrWalk *w, const char *path, int stream);

/* Replaces the directory dir with its entries (recursively later, as
 * they are popped): hidden names (".x") are left out, the rest go in
 * byte order of their names; symbolic links to directories are not
 * followed (loops), and entries that are neither files nor directories
 * are skipped. Each left-out entry other than a hidden one is described
 * through note(ctx, path, why). Returns CHR_OK, CHR_ENOMEM, or CHR_EIO
 * when the directory cannot be listed (errno kept). */
int chrWalk_expand(chrWalk *w, const char *dir,
                   void (*note)(void *ctx, const char *path, const char *why), void *ctx);

/* Takes the next item; 0 when none is left. The caller frees item->path. */
int chrWalk_pop(chrWalk *w, chrWalkItem *item);

void chrWalk_release(chrWalk *w);

#endif
