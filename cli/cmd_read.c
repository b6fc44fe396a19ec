/*
 * cmd_read.c - `chronicle read`: the documents exactly as the readers see
 * them, one JSON object per line. It shows what the document boundary
 * makes of an input (ids, dates, metadata, skipped records) and turns
 * text files, directories and compressed inputs into one JSON Lines
 * stream that every other command reads.
 */
#include <string.h>

#include "cli.h"
#include "commands.h"

static void print_field(const char *key, const char *value) {
    if (!value) return;
    printf(",\"%s\":", key);
    cli_json_string(stdout, value, strlen(value));
}

static int print_doc(chr_doc *d, void *ctx) {
    (void)ctx;
    char date[11];
    size_t len;
    const char *id = chr_doc_id(d), *text = chr_doc_text(d, &len);
    chr_date_format(chr_doc_date(d), date);
    fputs("{\"id\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    if (date[0]) printf(",\"date\":\"%s\"", date);
    print_field("title", chr_doc_meta(d, "title"));
    print_field("url", chr_doc_meta(d, "url"));
    print_field("source", chr_doc_meta(d, "source"));
    fputs(",\"text\":", stdout);
    cli_json_string(stdout, text, len);
    /* Pass-through fields: the members of the extra object, spliced in. */
    const char *extra = chr_doc_extra_json(d);
    size_t n = extra ? strlen(extra) : 0;
    if (n > 2 && extra[0] == '{' && extra[n - 1] == '}') {
        putchar(',');
        fwrite(extra + 1, 1, n - 2, stdout);
    }
    fputs("}\n", stdout);
    return CHR_OK;
}

int cmd_read(int argc, char **argv) {
    static const cli_command self = {"read", cmd_read, "", READ_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out) {
        fprintf(stderr, "chronicle read: --format must be json, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    return cli_each_doc(&in, argc, argv, first, "read", print_doc, NULL);
}
