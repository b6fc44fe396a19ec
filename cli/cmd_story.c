/*
 * cmd_story.c - `chronicle story --db FILE --entity NAME`: what one
 * person, organisation or place did and said, across every stored
 * report, in date order.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "store_out.h"

typedef struct story_out {
    int format;
    size_t rows;
} story_out;

static void json_field(const char *key, const char *v) {
    printf(",\"%s\":", key);
    if (v) cli_json_string(stdout, v, strlen(v));
    else fputs("null", stdout);
}

static void print_quote_json(const chr_story_item *it) {
    const chr_quote *q = it->quote;
    char date[11];
    chr_date_format(it->date, date);
    fputs("{\"kind\":\"quote\",\"doc\":", stdout);
    cli_json_string(stdout, it->doc, strlen(it->doc));
    printf(",\"date\":\"%s\",\"sentence\":%u,\"span\":[%u,%u]", date, it->sentence, q->start, q->end);
    json_field("text", q->text);
    json_field("speaker", q->speaker);
    json_field("description", q->description);
    json_field("code", q->code);
    json_field("cue", q->cue);
    json_field("sentence_text", it->sentence_text);
    fputs("}\n", stdout);
}

static int print_item(void *ctx, const chr_story_item *it) {
    story_out *o = ctx;
    char date[11];
    chr_date_format(it->date, date);
    if (o->format == OUT_JSONL) {
        if (it->event) {
            fputs("{\"kind\":\"event\",\"event\":", stdout);
            chr_store_write_event_json(stdout, it->event);
            fputs("}\n", stdout);
        } else
            print_quote_json(it);
    } else {
        cli_write_cell(stdout, date[0] ? date : "(undated)", 10, 1);
        fputs("  ", stdout);
        cli_write_cell(stdout, it->doc, 20, 1);
        fputs("  ", stdout);
        if (it->event) {
            const chr_event *e = &it->event->event;
            printf("%s %s -> %s: ", e->code, e->source.code ? e->source.code : "?",
                   e->target.code ? e->target.code : "?");
            cli_write_cell(stdout, it->sentence_text, 70, 0);
        } else {
            printf("%s said: \"", it->quote->speaker ? it->quote->speaker : "?");
            cli_write_cell(stdout, it->quote->text, 70, 0);
            putchar('"');
        }
        putchar('\n');
    }
    o->rows++;
    return ferror(stdout) ? CHR_EIO : 0;
}

int cmd_story(int argc, char **argv) {
    static const struct option longopts[] = {
        {"db", required_argument, 0, 'D'}, {"entity", required_argument, 0, 'e'},
        {"format", required_argument, 0, 'f'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db = NULL, *entity = NULL, *format = "text";
    optind = 0;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
        switch (c) {
        case 'D': db = optarg; break;
        case 'e': entity = optarg; break;
        case 'f': format = optarg; break;
        case 'h': fputs(STORY_USAGE, stdout); return EXIT_OK;
        default: return cli_bad_option("story", argv[optind - 1]);
        }
    }
    if (!entity || !*entity || optind < argc) {
        fprintf(stderr, "chronicle story: give --db FILE and --entity NAME\n");
        return EXIT_USAGE;
    }
    story_out o = {strcmp(format, "text") == 0 ? OUT_TABLE : cli_out_format_of(format), 0};
    if (o.format != OUT_TABLE && o.format != OUT_JSONL) {
        fprintf(stderr, "chronicle story: --format must be text or jsonl, not '%s'\n", format);
        return EXIT_USAGE;
    }
    chr_store *s;
    int rc = cli_store_open("story", db, &s);
    if (rc >= 0) return rc;
    int st = chr_store_story(s, entity, print_item, &o);
    if (st != CHR_OK || fflush(stdout) != 0) {
        fprintf(stderr, "chronicle story: %s\n",
                *chr_store_error(s) ? chr_store_error(s) : "cannot write the output");
        rc = EXIT_REJECTED;
    } else {
        fprintf(stderr, "chronicle story: %zu item%s for '%s'\n", o.rows, o.rows == 1 ? "" : "s",
                entity);
        rc = EXIT_OK;
    }
    chr_store_close(s);
    return rc;
}
