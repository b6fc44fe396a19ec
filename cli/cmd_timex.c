/*
 * cmd_timex.c - `chronicle timex`: the time expressions of each document,
 * normalised against its date, as JSON Lines.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static void print_timex(const char *id, const char *text, const chr_timex *x) {
    fputs("{\"doc\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    fputs(",\"text\":", stdout);
    cli_json_string(stdout, text + x->start, x->end - x->start);
    printf(",\"span\":[%zu,%zu],\"type\":\"%s\",\"value\":", x->start, x->end,
           chr_timex_type_name(x->type));
    cli_json_string(stdout, x->value, strlen(x->value));
    if (x->mod[0]) {
        fputs(",\"mod\":", stdout);
        cli_json_string(stdout, x->mod, strlen(x->mod));
    }
    fputs("}\n", stdout);
}

int cmd_timex(int argc, char **argv) {
    static const cli_command self = {"timex", cmd_timex, "", TIMEX_USAGE};
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out) {
        fprintf(stderr, "chronicle timex: --format must be json, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    chr_reader *r = cli_open_reader(&in, argc, argv, first);
    if (!r) return EXIT_REJECTED;
    chr_doc *d;
    int st;
    while ((st = chr_reader_next(r, &d)) == CHR_OK) {
        size_t len, n;
        const char *text = chr_doc_text(d, &len);
        chr_timex *x;
        int trc = chr_timex_find(text, len, chr_doc_date(d), &x, &n);
        if (trc != CHR_OK) {
            fprintf(stderr, "chronicle timex: document '%s': %s\n", chr_doc_id(d), chr_strerror(trc));
            chr_doc_free(d);
            st = trc;
            break;
        }
        for (size_t i = 0; i < n; i++) print_timex(chr_doc_id(d), text, &x[i]);
        chr_timex_free(x);
        chr_doc_free(d);
    }
    rc = cli_finish_reader(r, st, "timex");
    chr_reader_free(r);
    return rc;
}
