/*
 * cmd_code.c - `chronicle code`: CAMEO events from raw text, one JSON object
 * per event (the schema in README.md, "Event output"), or TABARI-style tab
 * separated lines with --format tsv.
 *
 * The dictionaries are chronicle's shipped dict/ unless --dict DIR,
 * --petrarch DIR (PETRARCH-1/PETRARCH2 files) or --tabari PROJECT names
 * others.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "event/suite_tabari.h"

typedef struct codeOpts {
    const char *dict, *petrarch, *tabari, *models;
    unsigned flags;
    int tsv;
} codeOpts;

static void print_actor(FILE *f, const chr_actor *a) {
    fputs("{\"code\":", f);
    cli_json_string(f, a->code, strlen(a->code));
    fputs(",\"text\":", f);
    cli_json_string(f, a->text ? a->text : "", a->text ? strlen(a->text) : 0);
    fprintf(f, ",\"span\":[%u,%u]}", a->start, a->end);
}

static void print_event(const chr_doc *d, const chr_event *e, int tsv) {
    char date[11];
    chr_date_format(e->date, date);
    const char *id = chr_doc_id(d);
    if (tsv) {
        char ymd[9] = "";
        if (date[0]) snprintf(ymd, sizeof ymd, "%.4s%.2s%.2s", date, date + 5, date + 8);
        printf("%s\t%s\t%s\t%s\t%s\n", ymd, e->source.code, e->target.code, e->code, id);
        return;
    }
    fputs("{\"doc\":", stdout);
    cli_json_string(stdout, id, strlen(id));
    printf(",\"sentence\":%u,\"date\":\"%s\",\"source\":", e->sentence, date);
    print_actor(stdout, &e->source);
    fputs(",\"target\":", stdout);
    print_actor(stdout, &e->target);
    printf(",\"code\":\"%s\",\"root\":\"%s\",\"quad\":%d,\"goldstein\":%.1f,\"evidence\":[%u,%u]", e->code,
           e->root, e->quad, e->goldstein, e->evidence_start, e->evidence_end);
    if (e->pattern) {
        fputs(",\"pattern\":", stdout);
        cli_json_string(stdout, e->pattern, strlen(e->pattern));
    }
    if (e->flags & CHR_EVENT_NEGATED) fputs(",\"negated\":true", stdout);
    fputs("}\n", stdout);
}

typedef struct runCtx {
    const chr_pipeline *p;
    int tsv;
} runCtx;

static int code_one(chr_doc *d, void *ctx) {
    runCtx *r = ctx;
    int rc = chr_pipeline_run(r->p, d);
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle code: document '%s': %s\n", chr_doc_id(d), chr_strerror(rc));
        return rc;
    }
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) print_event(d, &ev[i], r->tsv);
    return CHR_OK;
}

/* Takes this command's own options out of argv (in place); returns the new
 * argc, or -1 after a usage message. */
static int own_options(int argc, char **argv, codeOpts *o) {
    int out = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = strcmp(a, "--dict") == 0       ? &o->dict
                            : strcmp(a, "--petrarch") == 0 ? &o->petrarch
                            : strcmp(a, "--tabari") == 0   ? &o->tabari
                            : strcmp(a, "--models") == 0   ? &o->models
                                                           : NULL;
        if (strcmp(a, "--") == 0) {
            while (i < argc) argv[out++] = argv[i++];
            break;
        }
        if (slot) {
            if (i + 1 >= argc) {
                fprintf(stderr, "chronicle code: %s needs a value; see 'chronicle help code'\n", a);
                return -1;
            }
            *slot = argv[++i];
        } else if (strcmp(a, "--keep-negated") == 0) {
            o->flags |= CHR_EVENTS_KEEP_NEGATED;
        } else if (strcmp(a, "--all-events") == 0) {
            o->flags |= CHR_EVENTS_ALL;
        } else if (strcmp(a, "--monadic") == 0) {
            o->flags |= CHR_EVENTS_MONADIC;
        } else {
            argv[out++] = argv[i];
        }
    }
    if (!!o->dict + !!o->petrarch + !!o->tabari > 1) {
        fprintf(stderr, "chronicle code: give at most one of --dict, --petrarch, --tabari\n");
        return -1;
    }
    return out;
}

int cmd_code(int argc, char **argv) {
    static const cli_command self = {"code", cmd_code, "", CODE_USAGE};
    codeOpts o = {0};
    argc = own_options(argc, argv, &o);
    if (argc < 0) return EXIT_USAGE;
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (in.format && !in.json_out && strcmp(in.format, "tsv") != 0) {
        fprintf(stderr, "chronicle code: --format must be json or tsv, not '%s'\n", in.format);
        return EXIT_USAGE;
    }
    o.tsv = in.format && strcmp(in.format, "tsv") == 0;
    chr_lexicon *lex = NULL;
    int lrc = CHR_OK;
    if (o.petrarch) lrc = chr_lexicon_load_petrarch(o.petrarch, in.opts.strict ? CHR_LEXICON_STRICT : 0, cli_message, NULL, &lex);
    else if (o.tabari) lrc = chrTabari_openProject(o.tabari, in.opts.strict ? CHR_LEXICON_STRICT : 0, cli_message, NULL, &lex);
    else if (o.dict) lrc = chr_lexicon_load_dir(o.dict, in.opts.strict ? CHR_LEXICON_STRICT : 0, cli_message, NULL, &lex);
    if (lrc != CHR_OK) {
        fprintf(stderr, "chronicle code: cannot load the dictionaries: %s\n", chr_strerror(lrc));
        return EXIT_REJECTED;
    }
    chr_pipeline_options po = {.stages = CHR_STAGE_EVENTS, .model_dir = o.models, .lexicon = lex, .event_flags = o.flags};
    char err[512];
    chr_pipeline *p = chr_pipeline_new(&po, err, sizeof err);
    if (!p) {
        fprintf(stderr, "chronicle code: %s\n", err);
        chr_lexicon_free(lex);
        return EXIT_REJECTED;
    }
    if (!(chr_pipeline_stages(p) & CHR_STAGE_PARSE))
        fprintf(stderr, "chronicle code: note: this build has no dependency parser yet; no events can be coded\n");
    runCtx r = {p, o.tsv};
    rc = cli_each_doc(&in, argc, argv, first, "code", code_one, &r);
    chr_pipeline_free(p);
    chr_lexicon_free(lex);
    return rc;
}
