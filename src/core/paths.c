/*
 * paths.c - where shipped models and dictionaries are found, so that the
 * command works from a build tree, an install and a relocated copy alike.
 */
#define _DEFAULT_SOURCE
#include "chronicle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CHR_DATADIR
#define CHR_DATADIR "/usr/local/share/chronicle"
#endif

static int try_path(const char *dir, const char *rel, char *out, size_t outlen) {
    struct stat st;
    int n = snprintf(out, outlen, "%s/%s", dir, rel);
    if (n < 0 || (size_t)n >= outlen) return 0;
    return stat(out, &st) == 0;
}

int chr_data_path(const char *rel, char *out, size_t outlen) {
    const char *env = getenv("CHRONICLE_DATA");
    if (env && *env && try_path(env, rel, out, outlen)) return CHR_OK;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0'; /* the bin directory */
            slash = strrchr(exe, '/');
            if (slash) {
                *slash = '\0'; /* its parent: the tree or the prefix */
                if (try_path(exe, rel, out, outlen)) return CHR_OK;
                char share[4200];
                snprintf(share, sizeof share, "%s/share/chronicle", exe);
                if (try_path(share, rel, out, outlen)) return CHR_OK;
            }
        }
    }
    if (try_path(CHR_DATADIR, rel, out, outlen)) return CHR_OK;
    return CHR_ENOTFOUND;
}
