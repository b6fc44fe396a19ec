/*
 * walk.c - the reader's to-do stack and directory expansion. See walk.h.
 */
#define _POSIX_C_SOURCE 200809L
#include "io/walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "chronicle.h"

int chrWalk_push(chrWalk *w, const char *path, int stream) {
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 16;
        chrWalkItem *it = realloc(w->items, cap * sizeof *it);
        if (!it) return CHR_ENOMEM;
        w->items = it;
        w->cap = cap;
    }
    char *p = strdup(path);
    if (!p) return CHR_ENOMEM;
    w->items[w->n].path = p;
    w->items[w->n].stream = stream;
    w->n++;
    return CHR_OK;
}

int chrWalk_pop(chrWalk *w, chrWalkItem *item) {
    if (w->n == 0) return 0;
    *item = w->items[--w->n];
    return 1;
}

void chrWalk_release(chrWalk *w) {
    for (size_t i = 0; i < w->n; i++) free(w->items[i].path);
    free(w->items);
    memset(w, 0, sizeof *w);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_names(char **names, size_t n) {
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* The entries of dir, hidden ones left out, sorted. */
static int list_dir(const char *dir, char ***out, size_t *count) {
    DIR *d = opendir(dir);
    if (!d) return CHR_EIO;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = CHR_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                rc = CHR_ENOMEM;
                break;
            }
            names = nn;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = CHR_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc) {
        free_names(names, n);
        return rc;
    }
    if (n) qsort(names, n, sizeof *names, by_name);
    *out = names;
    *count = n;
    return CHR_OK;
}

int chrWalk_expand(chrWalk *w, const char *dir,
                   void (*note)(void *ctx, const char *path, const char *why), void *ctx) {
    char **names = NULL;
    size_t n = 0;
    int rc = list_dir(dir, &names, &n);
    if (rc) return rc;
    size_t dlen = strlen(dir);
    int slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = n; i-- > 0 && rc == CHR_OK;) {
        size_t len = dlen + 1 + strlen(names[i]) + 1;
        char *path = malloc(len);
        if (!path) {
            rc = CHR_ENOMEM;
            break;
        }
        snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", names[i]);
        struct stat ls, st;
        if (lstat(path, &ls) != 0 || stat(path, &st) != 0) {
            rc = chrWalk_push(w, path, 0); /* let opening it report why */
        } else if (S_ISDIR(st.st_mode) && S_ISLNK(ls.st_mode)) {
            if (note) note(ctx, path, "symbolic link to a directory, not followed");
        } else if (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)) {
            rc = chrWalk_push(w, path, 0);
        } else {
            if (note) note(ctx, path, "not a regular file, not read");
        }
        free(path);
    }
    free_names(names, n);
    return rc;
}
