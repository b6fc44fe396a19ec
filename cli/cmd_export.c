/*
 * cmd_export.c - `chronicle export --db FILE --format gdelt|phoenix|jsonl`:
 * every stored event in the layout other tools load.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "store_out.h"

int cmd_export(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'}, {"format", required_argument, 0, 'f'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL, *format = NULL;
    optind = 0;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'f': format = optarg; break;
        case 'h': fputs(EXPORT_USAGE, stdout); return EXIT_OK;
        default: return cli_bad_option("export", argv[optind - 1]);
        }
    }
    int fmt = !format ? 0
              : strcmp(format, "gdelt") == 0   ? CHR_EXPORT_GDELT
              : strcmp(format, "phoenix") == 0 ? CHR_EXPORT_PHOENIX
              : strcmp(format, "jsonl") == 0   ? CHR_EXPORT_JSONL
                                               : 0;
    if (!fmt || optind < argc) {
        fprintf(stderr, "chronicle export: give --db FILE and --format gdelt, phoenix or jsonl\n");
        return EXIT_USAGE;
    }
    chr_store *s;
    int rc = cli_store_open("export", db, &s);
    if (rc >= 0) return rc;
    size_t rows;
    if (chr_store_export(s, fmt, stdout, &rows) != CHR_OK) {
        fprintf(stderr, "chronicle export: %s\n", chr_store_error(s));
        rc = EXIT_REJECTED;
    } else {
        fprintf(stderr, "chronicle export: %zu %s row%s\n", rows, format, rows == 1 ? "" : "s");
        rc = EXIT_OK;
    }
    chr_store_close(s);
    return rc;
}
