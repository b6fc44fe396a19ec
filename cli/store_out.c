/*
 * store_out.c - opening the database and writing events for the
 * database commands (see store_out.h).
 */
#include "store_out.h"

#include <string.h>
#include <unistd.h>

#include "cli.h"

int cli_store_open(const char *cmd, const char *db, chr_store **out) {
    char err[2048];
    if (!db) {
        fprintf(stderr, "chronicle %s: --db FILE is required; see 'chronicle help %s'\n", cmd, cmd);
        return EXIT_USAGE;
    }
    if (chr_store_open(db, CHR_STORE_READ, out, err, sizeof err) != CHR_OK) {
        fprintf(stderr, "chronicle %s: %s\n", cmd, err);
        return EXIT_REJECTED;
    }
    return -1;
}

int cli_bad_option(const char *cmd, const char *option) {
    fprintf(stderr, "chronicle %s: unknown option '%s'; see 'chronicle help %s'\n", cmd, option, cmd);
    return EXIT_USAGE;
}

int cli_out_format_of(const char *name) {
    if (!name) return isatty(1) ? OUT_TABLE : OUT_JSONL;
    if (strcmp(name, "table") == 0) return OUT_TABLE;
    if (strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0) return OUT_JSONL;
    if (strcmp(name, "csv") == 0) return OUT_CSV;
    return 0;
}

void cli_write_cell(FILE *f, const char *s, int width, int pad) {
    int used = 0;
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n && used < width;) {
        int bad;
        size_t k = chr_utf8_next(s, n, i, &bad);
        if (used == width - 1 && i + k < n) { /* one column left, more to come */
            fputs("\xE2\x80\xA6", f);
            used++;
            break;
        }
        if (bad) fputs("\xEF\xBF\xBD", f);
        else if (s[i] == '\n' || s[i] == '\t' || s[i] == '\r') putc(' ', f);
        else fwrite(s + i, 1, k, f);
        used++;
        i += k;
    }
    for (; pad && used < width; used++) putc(' ', f);
}

void cli_write_csv(FILE *f, const char *s) {
    if (!s) return;
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
        return;
    }
    putc('"', f);
    for (; *s; s++) {
        if (*s == '"') putc('"', f);
        putc(*s, f);
    }
    putc('"', f);
}

static void write_table_row(FILE *f, const chr_stored_event *e, size_t row) {
    if (row == 0) {
        fprintf(f, "%-10s  %-12s  %-12s  %-4s  %-20s  %s\n", "DATE", "SOURCE", "TARGET", "CODE",
                "DOC", "SENTENCE");
    }
    char date[11];
    chr_date_format(e->event.date, date);
    cli_write_cell(f, date, 10, 1);
    fputs("  ", f);
    cli_write_cell(f, e->event.source.code, 12, 1);
    fputs("  ", f);
    cli_write_cell(f, e->event.target.code, 12, 1);
    fputs("  ", f);
    cli_write_cell(f, e->event.code, 4, 1);
    fputs("  ", f);
    cli_write_cell(f, e->doc, 20, 1);
    fputs("  ", f);
    const char *t = e->sentence_text ? e->sentence_text : "";
    cli_write_cell(f, t, 60, 0);
    fputc('\n', f);
}

static void write_csv_row(FILE *f, const chr_stored_event *e, size_t row) {
    const chr_event *v = &e->event;
    if (row == 0)
        fputs("doc,sentence,date,source_code,source_text,target_code,target_text,code,root,quad,"
              "goldstein,evidence_start,evidence_end,sentence_text\n", f);
    char date[11];
    chr_date_format(v->date, date);
    cli_write_csv(f, e->doc);
    fprintf(f, ",%u,%s,", v->sentence, date);
    cli_write_csv(f, v->source.code);
    putc(',', f);
    cli_write_csv(f, v->source.text);
    putc(',', f);
    cli_write_csv(f, v->target.code);
    putc(',', f);
    cli_write_csv(f, v->target.text);
    fprintf(f, ",%s,%s,%d,%.1f,%u,%u,", v->code, v->root, v->quad, v->goldstein,
            v->evidence_start, v->evidence_end);
    cli_write_csv(f, e->sentence_text);
    putc('\n', f);
}

void cli_write_event(FILE *f, int format, const chr_stored_event *e, size_t row) {
    if (format == OUT_TABLE) write_table_row(f, e, row);
    else if (format == OUT_CSV) write_csv_row(f, e, row);
    else {
        /* The library writes the same object the jsonl export does. */
        chr_store_write_event_json(f, e);
        putc('\n', f);
    }
}
