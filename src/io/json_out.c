/*
 * json_out.c - writing a byte string as a JSON string, under the UTF-8
 * policy (invalid sequences shown as U+FFFD), for every JSON writer of
 * the library and the command.
 */
#include "chronicle.h"

int chr_json_write_string(FILE *f, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    putc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (c < 0x20) {
                fputs("\\u00", f);
                putc(hex[c >> 4], f);
                putc(hex[c & 15], f);
            } else if (c >= 0x80) {
                int bad;
                size_t k = chr_utf8_next(s, len, i, &bad);
                if (bad) fputs("\\ufffd", f);
                else fwrite(s + i, 1, k, f);
                i += k - 1;
            } else
                putc(c, f);
        }
    }
    return putc('"', f) == EOF ? CHR_EIO : CHR_OK;
}
