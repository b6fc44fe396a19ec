/*
 * export_rows.c - one row of each exchange format: GDELT 2.0 events
 * (61 tab-separated columns), Phoenix (26) and the JSON event object of
 * `chronicle code`.
 *
 * An actor code is read in three-letter parts: the first is a country
 * (MEX), an organisation class (IGO, NGO, IMG, MNC) or "---"; the rest
 * are roles (GOV, MIL, ...). GDELT splits them into country, known group
 * and type columns, Phoenix into root, agent and others. Columns chronicle
 * does not know (geography, tone, ethnicity, religion, issues) stay
 * empty, as GDELT leaves unknown fields. Quad classes are recomputed from
 * the root code in each format's own convention (they differ).
 */
#include <string.h>

#include "store/store.h"

static const char *const org_classes[] = {"IGO", "NGO", "IMG", "MNC", NULL};

static int is_org_class(const char *p) {
    for (int i = 0; org_classes[i]; i++)
        if (memcmp(p, org_classes[i], 3) == 0) return 1;
    return 0;
}

/* The three-letter parts of code: n of them into part[][4]. */
static int split_code(const char *code, char part[8][4]) {
    int n = 0;
    size_t len = code ? strlen(code) : 0;
    for (size_t i = 0; i + 3 <= len && n < 8; i += 3, n++) {
        memcpy(part[n], code + i, 3);
        part[n][3] = 0;
    }
    return n;
}

/* A text field: tabs and line breaks would break the row, so they become spaces. */
static void field(FILE *out, const char *s) {
    putc('\t', out);
    for (; s && *s; s++) putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static void gdelt_actor(FILE *out, const chr_actor *a, const char *name) {
    char part[8][4];
    int n = split_code(a->code, part), k = 0;
    const char *country = "", *group = "", *types[3] = {"", "", ""};
    if (n > 0 && strcmp(part[0], "---") != 0 && !is_org_class(part[0])) country = part[0];
    for (int i = country[0] ? 1 : 0; i < n; i++) {
        if (i == 1 && is_org_class(part[0]) && !group[0] && !is_org_class(part[1]) && k == 1) {
            group = part[1];
            continue;
        }
        if (strcmp(part[i], "---") != 0 && k < 3) types[k++] = part[i];
    }
    field(out, a->code);
    field(out, name ? name : a->text);
    field(out, country);
    field(out, group);
    field(out, ""); /* ethnic */
    field(out, ""); /* religion 1 */
    field(out, ""); /* religion 2 */
    for (int i = 0; i < 3; i++) field(out, types[i]);
}

static int root_number(const chr_event *e) {
    const char *r = e->root[0] ? e->root : e->code;
    if (r[0] < '0' || r[0] > '9' || r[1] < '0' || r[1] > '9') return 0;
    return (r[0] - '0') * 10 + (r[1] - '0');
}

static int gdelt_quad(int root) {
    if (root < 1) return 0;
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

static int phoenix_quad(int root) {
    if (root <= 2) return 0;
    if (root <= 5) return 1;
    if (root <= 8) return 2;
    if (root <= 13 || root == 16) return 3;
    return 4;
}

static void empty_fields(FILE *out, int n) {
    for (int i = 0; i < n; i++) putc('\t', out);
}

void chrStore_writeGdelt(FILE *out, long id, const chrStoreGroup *g) {
    const chr_event *e = &g->ev.event;
    chr_date d = e->date;
    fprintf(out, "%ld", id);
    if (d.year) {
        fprintf(out, "\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", d.year, d.month, d.day, d.year,
                d.month, d.year, d.year + (d.month * 30 + d.day) / 365.0);
    } else
        empty_fields(out, 4);
    gdelt_actor(out, &e->source, g->ev.source_name);
    gdelt_actor(out, &e->target, g->ev.target_name);
    char base[8];
    snprintf(base, sizeof base, "%.3s", e->code);
    int root = root_number(e);
    fprintf(out, "\t%d\t%s\t%s\t%.2s\t%d\t%.1f\t%ld\t%ld\t%ld", g->paragraph == 0, e->code, base,
            e->root[0] ? e->root : e->code, gdelt_quad(root), e->goldstein, g->mentions,
            g->sources, g->articles);
    empty_fields(out, 1 + 3 * 8); /* AvgTone, then three geography blocks */
    putc('\t', out);
    for (const char *a = g->added; a && *a; a++)
        if (*a >= '0' && *a <= '9') putc(*a, out);
    field(out, g->ev.url ? g->ev.url : g->ev.doc);
    putc('\n', out);
}

static void phoenix_actor(FILE *out, const chr_actor *a) {
    char part[8][4];
    int n = split_code(a->code, part);
    field(out, a->code);
    field(out, n > 0 && strcmp(part[0], "---") != 0 ? part[0] : "");
    field(out, n > 1 ? part[1] : "");
    putc('\t', out);
    for (int i = 2; i < n; i++) fprintf(out, "%s%s", i > 2 ? ";" : "", part[i]);
}

void chrStore_writePhoenix(FILE *out, long id, const chrStoreGroup *g) {
    const chr_event *e = &g->ev.event;
    chr_date d = e->date;
    fprintf(out, "%ld", id);
    if (d.year)
        fprintf(out, "\t%04d%02d%02d\t%d\t%d\t%d", d.year, d.month, d.day, d.year, d.month, d.day);
    else
        empty_fields(out, 4);
    phoenix_actor(out, &e->source);
    phoenix_actor(out, &e->target);
    fprintf(out, "\t%s\t%.2s\t%d\t%.1f", e->code, e->root[0] ? e->root : e->code,
            phoenix_quad(root_number(e)), e->goldstein);
    empty_fields(out, 6); /* issues, lat, lon, location, state, country */
    field(out, g->sentence_ids);
    field(out, g->urls);
    field(out, g->news_sources);
    putc('\n', out);
}

static void json_actor(FILE *out, const char *key, const chr_actor *a) {
    fprintf(out, ",\"%s\":", key);
    if (!a->code && !a->text) {
        fputs("null", out);
        return;
    }
    fputs("{\"code\":", out);
    if (a->code) chr_json_write_string(out, a->code, strlen(a->code));
    else fputs("null", out);
    fputs(",\"text\":", out);
    if (a->text) chr_json_write_string(out, a->text, strlen(a->text));
    else fputs("null", out);
    fprintf(out, ",\"span\":[%u,%u]}", a->start, a->end);
}

void chr_store_write_event_json(FILE *out, const chr_stored_event *s) {
    const chr_event *e = &s->event;
    char date[11];
    chr_date_format(e->date, date);
    fputs("{\"doc\":", out);
    chr_json_write_string(out, s->doc, strlen(s->doc));
    fprintf(out, ",\"sentence\":%u,\"date\":", e->sentence);
    if (date[0]) fprintf(out, "\"%s\"", date);
    else fputs("null", out);
    json_actor(out, "source", &e->source);
    json_actor(out, "target", &e->target);
    fputs(",\"code\":", out);
    chr_json_write_string(out, e->code, strlen(e->code));
    fputs(",\"root\":", out);
    chr_json_write_string(out, e->root, strlen(e->root));
    fprintf(out, ",\"quad\":%d,\"goldstein\":%.1f,\"evidence\":[%u,%u]", e->quad, e->goldstein,
            e->evidence_start, e->evidence_end);
    if (e->flags & CHR_EVENT_NEGATED) fputs(",\"negated\":true", out);
    if (s->sentence_text) {
        fputs(",\"sentence_text\":", out);
        chr_json_write_string(out, s->sentence_text, strlen(s->sentence_text));
    }
    fputc('}', out);
}
