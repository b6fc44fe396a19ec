/*
 * file.h - reads a whole file into memory, the one way every loader
 * (treebanks, dictionaries, suites, training text) does it.
 */
#ifndef CHR_CORE_FILE_H
#define CHR_CORE_FILE_H

#include <stddef.h>

/* Reads path into a new buffer with a NUL after the last byte (the file
 * may hold NULs itself); *len excludes the NUL. limit caps the size
 * (0: 1 GiB). Returns CHR_OK, CHR_ENOTFOUND (cannot open), CHR_EIO,
 * CHR_ELIMIT or CHR_ENOMEM; on success the caller frees *out. */
int chrFile_read(const char *path, size_t limit, char **out, size_t *len);

#endif
