/*
 * tmpdir.h - a fresh temporary directory per unit test program, made by
 * its cmocka group setup and removed with everything in it by teardown
 * (shared by the store tests, which write database files).
 */
#ifndef CHR_TESTS_TMPDIR_H
#define CHR_TESTS_TMPDIR_H

#include <stdio.h>
#include <stdlib.h>

/* Makes /tmp/chr-NAME-XXXXXX into dir (at least 64 bytes); 0 or -1. */
static inline int test_tmpdir_make(char *dir, size_t size, const char *name) {
    snprintf(dir, size, "/tmp/chr-%s-XXXXXX", name);
    return mkdtemp(dir) ? 0 : -1;
}

/* Removes dir and its files; 0 or -1. */
static inline int test_tmpdir_remove(const char *dir) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
