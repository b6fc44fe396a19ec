/*
 * status.c - names of status codes and the library version, so callers
 * can print what went wrong and check header against library.
 */
#include "chronicle.h"

const char *chr_version(void) { return CHR_VERSION; }

const char *chr_strerror(int status) {
    switch (status) {
    case CHR_OK: return "success";
    case CHR_ENOMEM: return "out of memory";
    case CHR_EINVAL: return "invalid argument";
    case CHR_EIO: return "input/output error";
    case CHR_EFORMAT: return "malformed input";
    case CHR_EVERSION: return "made by a newer version of chronicle";
    case CHR_ECHECKSUM: return "checksum mismatch (file damaged)";
    case CHR_ELIMIT: return "size limit exceeded";
    case CHR_ENOTFOUND: return "not found";
    case CHR_EOF: return "end of input";
    default: return "unknown error";
    }
}
