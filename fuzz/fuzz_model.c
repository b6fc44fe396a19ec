/*
 * fuzz_model.c - arbitrary bytes as a model file: the loader must refuse
 * anything damaged with a message (magic, version, checksum, section
 * table), and every section it accepts must be readable to its end.
 */
#include <stddef.h>
#include <stdint.h>

#include "learn/modelfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    chrModelFile mf;
    char err[256];
    if (chrModelFile_parse("fuzz.bin", data, size, NULL, &mf, err, sizeof err) == 0) {
        static const char *const names[] = {"weights", "labels", "lexicon", "clusters", "meta"};
        for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
            chrCursor c;
            if (chrModelFile_section(&mf, names[i], &c) == 0)
                while (!chrCursor_done(&c) && chrCursor_bytes(&c, 1)) {
                }
        }
    }
    chrModelFile_release(&mf);
    return 0;
}
