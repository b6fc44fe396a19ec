/*
 * cmd_query.c - `chronicle query --db FILE [filters]`: the stored events
 * that match, each with the sentence it was coded from.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "store_out.h"

typedef struct query_out {
    int format;
    size_t rows;
} query_out;

static int print_event(void *ctx, const chr_stored_event *e) {
    query_out *q = ctx;
    cli_write_event(stdout, q->format, e, q->rows++);
    return ferror(stdout) ? CHR_EIO : 0;
}

static int date_option(const char *name, const char *v, chr_date *out) {
    if (chr_date_parse(v, out) == CHR_OK) return 0;
    fprintf(stderr, "chronicle query: %s '%s' is not a date; use YYYY-MM-DD\n", name, v);
    return 1;
}

int cmd_query(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'},     {"actor", required_argument, 0, 'a'},
        {"source", required_argument, 0, 's'}, {"target", required_argument, 0, 't'},
        {"code", required_argument, 0, 'c'},   {"root", required_argument, 0, 'r'},
        {"quad", required_argument, 0, 'q'},   {"since", required_argument, 0, 'S'},
        {"until", required_argument, 0, 'U'},  {"text", required_argument, 0, 'x'},
        {"doc", required_argument, 0, 'd'},    {"limit", required_argument, 0, 'l'},
        {"format", required_argument, 0, 'f'}, {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    chr_event_filter f;
    memset(&f, 0, sizeof f);
    const char *db = NULL, *format = NULL;
    optind = 0;
    opterr = 0;
    int c;
    char *end;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'a': f.actor = optarg; break;
        case 's': f.source = optarg; break;
        case 't': f.target = optarg; break;
        case 'c': f.code = optarg; break;
        case 'r': f.root = optarg; break;
        case 'q':
            f.quad = (int)strtol(optarg, &end, 10);
            if (*end || f.quad < 1 || f.quad > 4) {
                fprintf(stderr, "chronicle query: --quad takes 1, 2, 3 or 4\n");
                return EXIT_USAGE;
            }
            break;
        case 'S': if (date_option("--since", optarg, &f.since)) return EXIT_USAGE; break;
        case 'U': if (date_option("--until", optarg, &f.until)) return EXIT_USAGE; break;
        case 'x':
            if (!optarg[strspn(optarg, " \t\n")]) {
                fprintf(stderr, "chronicle query: --text needs at least one word\n");
                return EXIT_USAGE;
            }
            f.text = optarg;
            break;
        case 'd': f.doc = optarg; break;
        case 'l': {
            long long n = strtoll(optarg, &end, 10);
            if (*end || n < 1) {
                fprintf(stderr, "chronicle query: --limit takes a positive number\n");
                return EXIT_USAGE;
            }
            f.limit = (size_t)n;
            break;
        }
        case 'f': format = optarg; break;
        case 'h': fputs(QUERY_USAGE, stdout); return EXIT_OK;
        default: return cli_bad_option("query", argv[optind - 1]);
        }
    }
    if (optind < argc) {
        fprintf(stderr, "chronicle query: unexpected argument '%s'\n", argv[optind]);
        return EXIT_USAGE;
    }
    query_out q = {cli_out_format_of(format), 0};
    if (!q.format) {
        fprintf(stderr, "chronicle query: --format must be table, jsonl or csv, not '%s'\n", format);
        return EXIT_USAGE;
    }
    chr_store *s;
    int rc = cli_store_open("query", db, &s);
    if (rc >= 0) return rc;
    int st = chr_store_events(s, &f, print_event, &q);
    if (st != CHR_OK || fflush(stdout) != 0) {
        fprintf(stderr, "chronicle query: %s\n",
                st == CHR_EIO && !*chr_store_error(s) ? "cannot write the output"
                                                      : chr_store_error(s));
        rc = EXIT_REJECTED;
    } else {
        fprintf(stderr, "chronicle query: %zu event%s\n", q.rows, q.rows == 1 ? "" : "s");
        rc = EXIT_OK;
    }
    chr_store_close(s);
    return rc;
}
