/*
 * eval_dict_compare.c - `chronicle eval dict-compare NEWS.jsonl --phoenix DIR`.
 *
 * Why it exists: issue 7 measures chronicle's own dictionaries (dict/)
 * against the Phoenix dictionaries on real wire news. Each document is
 * tokenized, tagged, parsed and labelled once; the coder then runs on that
 * one parse twice, once with each lexicon, so the two codings differ only
 * in their dictionaries. Prints one JSON object:
 *   articles, events_dict, events_phoenix, per_article_dict,
 *   per_article_phoenix, phoenix_found_by_dict (percent of Phoenix events
 *   that dict/ also codes: same sentence, same root code, same source and
 *   target country, the first three letters of the actor code),
 *   phoenix_with_media (Phoenix events with a news outlet or journalist as
 *   an actor; the coder codes no statement to or meeting with one, with
 *   either lexicon, so these are mostly acts on journalists), seconds.
 * --sample N --seed S draws N dict/ events (reservoir, seeded) and writes
 * them with their sentence text for hand-checking; --phoenix-sample N
 * draws Phoenix events the same way, each marked found_by_dict, so the
 * precision of Phoenix itself can be hand-checked (how many of Phoenix's
 * events are right bounds what a precise dict/ can find); --misses FILE lists the
 * Phoenix events dict/ missed (JSON Lines) for dictionary work; --judged
 * FILE reads hand-judged Phoenix events (judged.h) and adds judged,
 * judged_right, judged_right_found and judged_recall (percent of the right
 * ones that dict/ also codes); --judged-dict FILE reads hand-judged dict/
 * events in the same format and adds dict_judged, dict_judged_coded (those
 * the current dict/ still codes exactly), dict_judged_right and
 * dict_judged_precision (percent right of the coded ones).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "event/coder.h"
#include "evals.h"
#include "core/clock.h"
#include "judged.h"

/* An event reduced to what the comparison and the sample need. */
typedef struct dcEvent {
    uint32_t sentence;
    char root[4];
    char code[8];
    char src[40], tgt[40];
    char src_text[80], tgt_text[80];
    char pattern[120];
} dcEvent;

/* One sampled event with where it came from. */
typedef struct dcSample {
    char doc[64];
    dcEvent ev;
    int found; /* a Phoenix event that dict/ also codes */
    char *sentence_text;
} dcSample;

/* A seeded reservoir: every offered event has the same chance to be kept. */
typedef struct dcReservoir {
    dcSample *v;
    size_t n, want, seen;
    uint64_t rng;
} dcReservoir;

typedef struct dcRun {
    const chr_pipeline *p;
    const chr_lexicon *phoenix;
    size_t articles, events_dict, events_phoenix, found;
    size_t media; /* Phoenix events with a news outlet or journalist as actor (dict/ never codes them) */
    dcEvent *dict;
    size_t ndict, capdict;
    dcReservoir dict_sample, phoenix_sample;
    cliJudgedSet judged;      /* --judged: hand-judged Phoenix events */
    cliJudgedSet judged_dict; /* --judged-dict: hand-judged dict/ events */
    FILE *misses;
} dcRun;

static uint64_t next_random(uint64_t *s) {
    /* splitmix64: small, seedable, the same on every platform */
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void copy_text(char *dst, size_t cap, const char *s) {
    snprintf(dst, cap, "%s", s ? s : "");
}

static void reduce(const chr_event *e, dcEvent *out) {
    out->sentence = e->sentence;
    copy_text(out->root, sizeof out->root, e->root);
    copy_text(out->code, sizeof out->code, e->code);
    copy_text(out->src, sizeof out->src, e->source.code);
    copy_text(out->tgt, sizeof out->tgt, e->target.code);
    copy_text(out->src_text, sizeof out->src_text, e->source.text);
    copy_text(out->tgt_text, sizeof out->tgt_text, e->target.text);
    copy_text(out->pattern, sizeof out->pattern, e->pattern);
}

/* A role code MED after the country: "told AFP", "told reporters". */
static int media_actor(const char *code) { return code && strlen(code) > 3 && strstr(code + 3, "MED"); }

static cliCoded coded_of(const dcEvent *d) { return (cliCoded){d->sentence, d->src, d->tgt, d->root, d->code}; }

static int dict_has(const dcRun *r, const chr_event *e) {
    for (size_t i = 0; i < r->ndict; i++) {
        cliCoded c = coded_of(&r->dict[i]);
        if (cli_event_matches(&c, e->sentence, e->root, e->source.code, e->target.code)) return 1;
    }
    return 0;
}

/* Marks the hand-judged Phoenix events of this document that dict/ found,
 * and the hand-judged dict/ events it coded again. */
static int mark_judged(dcRun *r, const chr_doc *d) {
    if ((!r->judged.n && !r->judged_dict.n) || !r->ndict) return CHR_OK;
    cliCoded *c = malloc(r->ndict * sizeof *c);
    if (!c) return CHR_ENOMEM;
    for (size_t i = 0; i < r->ndict; i++) c[i] = coded_of(&r->dict[i]);
    cli_judged_mark(&r->judged, chr_doc_id(d), c, r->ndict);
    cli_judged_mark_exact(&r->judged_dict, chr_doc_id(d), c, r->ndict);
    free(c);
    return CHR_OK;
}

static char *sentence_text(const chr_doc *d, uint32_t si) {
    size_t ns, len;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const char *text = chr_doc_text(d, &len);
    if (si >= ns || s[si].end > len || s[si].start > s[si].end) return NULL;
    size_t n = s[si].end - s[si].start;
    char *c = malloc(n + 1);
    if (!c) return NULL;
    memcpy(c, text + s[si].start, n);
    c[n] = 0;
    return c;
}

static void offer_sample(dcReservoir *r, const chr_doc *d, const dcEvent *ev, int found) {
    if (!r->want) return;
    size_t slot = r->seen < r->want ? r->seen : (size_t)(next_random(&r->rng) % (r->seen + 1));
    r->seen++;
    if (slot >= r->want) return;
    dcSample *s = &r->v[slot];
    if (slot >= r->n) r->n = slot + 1;
    else free(s->sentence_text);
    copy_text(s->doc, sizeof s->doc, chr_doc_id(d));
    s->ev = *ev;
    s->found = found;
    s->sentence_text = sentence_text(d, ev->sentence);
}

/* The words the event was coded from (its verb phrase), for grouping misses. */
static void write_evidence(FILE *f, const chr_doc *d, const chr_event *e) {
    size_t len;
    const char *text = chr_doc_text(d, &len);
    size_t a = e->evidence_start, b = e->evidence_end;
    if (b > len || a > b) a = b = 0;
    fputs(",\"verb\":", f);
    cli_json_string(f, text + a, b - a);
    fputs(",\"source_text\":", f);
    cli_json_string(f, e->source.text ? e->source.text : "", e->source.text ? strlen(e->source.text) : 0);
    fputs(",\"target_text\":", f);
    cli_json_string(f, e->target.text ? e->target.text : "", e->target.text ? strlen(e->target.text) : 0);
}

static void write_miss(FILE *f, const dcRun *r, const chr_doc *d, const chr_event *e) {
    fputs("{\"doc\":", f);
    cli_json_string(f, chr_doc_id(d), strlen(chr_doc_id(d)));
    fprintf(f, ",\"sentence\":%u,\"code\":\"%s\",\"source\":", e->sentence, e->code);
    cli_json_string(f, e->source.code, strlen(e->source.code));
    fputs(",\"target\":", f);
    cli_json_string(f, e->target.code, strlen(e->target.code));
    const char *pat = e->pattern ? e->pattern : "";
    fputs(",\"pattern\":", f);
    cli_json_string(f, pat, strlen(pat));
    write_evidence(f, d, e);
    fputs(",\"dict\":[", f); /* what dict/ coded in that sentence */
    int comma = 0;
    for (size_t i = 0; i < r->ndict; i++) {
        const dcEvent *x = &r->dict[i];
        if (x->sentence != e->sentence) continue;
        fprintf(f, "%s\"%s %s %s\"", comma ? "," : "", x->src, x->tgt, x->code);
        comma = 1;
    }
    fputs("]", f);
    char *t = sentence_text(d, e->sentence);
    fputs(",\"text\":", f);
    cli_json_string(f, t ? t : "", t ? strlen(t) : 0);
    free(t);
    fputs("}\n", f);
}

static int compare_doc(chr_doc *d, dcRun *r) {
    int rc = chr_pipeline_run(r->p, d);
    if (rc != CHR_OK) return rc;
    size_t n;
    const chr_event *ev = chr_doc_events(d, &n);
    if (n > r->capdict) {
        dcEvent *g = realloc(r->dict, n * sizeof *g);
        if (!g) return CHR_ENOMEM;
        r->dict = g;
        r->capdict = n;
    }
    r->ndict = n;
    for (size_t i = 0; i < n; i++) {
        reduce(&ev[i], &r->dict[i]);
        offer_sample(&r->dict_sample, d, &r->dict[i], 0);
    }
    rc = mark_judged(r, d);
    if (rc != CHR_OK) return rc;
    const chrCoderOptions plain = {0};
    rc = chrCoder_codeDoc(r->phoenix, &plain, d, NULL);
    if (rc != CHR_OK) return rc;
    ev = chr_doc_events(d, &n);
    for (size_t i = 0; i < n; i++) {
        if (media_actor(ev[i].source.code) || media_actor(ev[i].target.code)) r->media++;
        int found = dict_has(r, &ev[i]);
        r->found += (size_t)found;
        if (!found && r->misses) write_miss(r->misses, r, d, &ev[i]);
        if (r->phoenix_sample.want) {
            dcEvent pe;
            reduce(&ev[i], &pe);
            offer_sample(&r->phoenix_sample, d, &pe, found);
        }
    }
    r->articles++;
    r->events_dict += r->ndict;
    r->events_phoenix += n;
    return CHR_OK;
}

static void write_sample(const dcReservoir *r, int phoenix, FILE *f) {
    for (size_t i = 0; i < r->n; i++) {
        const dcSample *s = &r->v[i];
        fputs("{\"doc\":", f);
        cli_json_string(f, s->doc, strlen(s->doc));
        fprintf(f, ",\"sentence\":%u,\"source\":", s->ev.sentence);
        cli_json_string(f, s->ev.src, strlen(s->ev.src));
        fputs(",\"source_text\":", f);
        cli_json_string(f, s->ev.src_text, strlen(s->ev.src_text));
        fputs(",\"target\":", f);
        cli_json_string(f, s->ev.tgt, strlen(s->ev.tgt));
        fputs(",\"target_text\":", f);
        cli_json_string(f, s->ev.tgt_text, strlen(s->ev.tgt_text));
        fprintf(f, ",\"code\":\"%s\",", s->ev.code);
        if (phoenix) fprintf(f, "\"found_by_dict\":%s,", s->found ? "true" : "false");
        fputs("\"pattern\":", f);
        cli_json_string(f, s->ev.pattern, strlen(s->ev.pattern));
        const char *t = s->sentence_text ? s->sentence_text : "";
        fputs(",\"text\":", f);
        cli_json_string(f, t, strlen(t));
        fputs("}\n", f);
    }
}

/* Sets up a reservoir for want events; returns 0 when out of memory. */
static int reservoir_init(dcReservoir *r, long want, uint64_t rng) {
    *r = (dcReservoir){.want = (size_t)want, .rng = rng};
    if (!want) return 1;
    r->v = calloc((size_t)want, sizeof *r->v);
    return r->v != NULL;
}

static void reservoir_free(dcReservoir *r) {
    for (size_t i = 0; i < r->n; i++) free(r->v[i].sentence_text);
    free(r->v);
}

typedef struct dcOpts {
    const char *phoenix, *dict, *sample_out, *misses, *phoenix_sample_out, *judged, *judged_dict;
    long sample, seed, limit, phoenix_sample;
} dcOpts;

/* Takes this evaluation's options out of argv; returns the new argc or -1. */
static int own_options(int argc, char **argv, dcOpts *o) {
    int out = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **str = strcmp(a, "--phoenix") == 0       ? &o->phoenix
                           : strcmp(a, "--dict") == 0        ? &o->dict
                           : strcmp(a, "--sample-out") == 0  ? &o->sample_out
                           : strcmp(a, "--misses") == 0      ? &o->misses
                           : strcmp(a, "--judged") == 0      ? &o->judged
                           : strcmp(a, "--judged-dict") == 0 ? &o->judged_dict
                           : strcmp(a, "--phoenix-sample-out") == 0 ? &o->phoenix_sample_out
                                                             : NULL;
        long *num = strcmp(a, "--sample") == 0 ? &o->sample
                    : strcmp(a, "--phoenix-sample") == 0 ? &o->phoenix_sample
                    : strcmp(a, "--seed") == 0 ? &o->seed
                    : strcmp(a, "--limit") == 0 ? &o->limit
                                               : NULL;
        if (!str && !num) {
            argv[out++] = argv[i];
            continue;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "chronicle eval dict-compare: %s needs a value\n", a);
            return -1;
        }
        const char *v = argv[++i];
        if (str) {
            *str = v;
            continue;
        }
        char *end;
        *num = strtol(v, &end, 10);
        if (*end || *num < 0) {
            fprintf(stderr, "chronicle eval dict-compare: %s wants a number, not '%s'\n", a, v);
            return -1;
        }
    }
    if (!o->phoenix) {
        fprintf(stderr, "chronicle eval dict-compare: --phoenix DIR is required\n%s", EVAL_DICT_COMPARE_USAGE);
        return -1;
    }
    return out;
}

/* Counts the lines a loader skipped instead of printing each one. */
static void count_message(void *ctx, const char *message) {
    (void)message;
    (*(size_t *)ctx)++;
}

static FILE *open_out(const char *path) {
    if (!path) return NULL;
    FILE *f = fopen(path, "w");
    if (!f) fprintf(stderr, "chronicle eval dict-compare: cannot write '%s'\n", path);
    return f;
}

static int run_all(dcRun *r, cli_input *in, int argc, char **argv, int first, long limit) {
    chr_reader *rd = cli_open_reader(in, argc, argv, first);
    if (!rd) return EXIT_REJECTED;
    chr_doc *d;
    int st;
    size_t rejected = 0;
    while ((limit == 0 || (long)r->articles < limit) && (st = chr_reader_next(rd, &d)) == CHR_OK) {
        st = compare_doc(d, r);
        if (st == CHR_ELIMIT || st == CHR_EFORMAT) {
            fprintf(stderr, "chronicle eval dict-compare: document '%s' skipped: %s\n", chr_doc_id(d),
                    chr_strerror(st));
            rejected++;
            st = CHR_OK;
        }
        chr_doc_free(d);
        if (st != CHR_OK) break;
    }
    if (limit && (long)r->articles >= limit) st = CHR_EOF;
    int rc = cli_finish_run(rd, st, "eval dict-compare", rejected);
    chr_reader_free(rd);
    return rc;
}

int eval_dict_compare(int argc, char **argv) {
    static const cli_command self = {"dict-compare", eval_dict_compare, "", EVAL_DICT_COMPARE_USAGE};
    dcOpts o = {.seed = 1};
    argc = own_options(argc, argv, &o);
    if (argc < 0) return EXIT_USAGE;
    cli_input in;
    int first, rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (first >= argc) {
        fputs(EVAL_DICT_COMPARE_USAGE, stderr);
        return EXIT_USAGE;
    }
    double t0 = chrClock_wall();
    chr_lexicon *phoenix = NULL, *dict = NULL;
    size_t skipped = 0;
    int lrc = chr_lexicon_load_petrarch(o.phoenix, 0, count_message, &skipped, &phoenix);
    if (skipped) fprintf(stderr, "chronicle eval dict-compare: %zu Phoenix dictionary lines skipped\n", skipped);
    if (lrc == CHR_OK && o.dict) lrc = chr_lexicon_load_dir(o.dict, 0, cli_message, NULL, &dict);
    if (lrc != CHR_OK) {
        fprintf(stderr, "chronicle eval dict-compare: cannot load the dictionaries: %s\n", chr_strerror(lrc));
        chr_lexicon_free(phoenix);
        return EXIT_REJECTED;
    }
    chr_pipeline_options po = {.stages = CHR_STAGE_EVENTS, .lexicon = dict};
    char err[512];
    chr_pipeline *p = chr_pipeline_new(&po, err, sizeof err);
    uint64_t rng = (uint64_t)o.seed * 0x2545F4914F6CDD1Dull + 1;
    dcRun r = {.p = p, .phoenix = phoenix};
    int ok = reservoir_init(&r.dict_sample, o.sample, rng) &&
             reservoir_init(&r.phoenix_sample, o.phoenix_sample, rng ^ 0x5DEECE66Dull);
    r.misses = open_out(o.misses);
    FILE *sample_out = o.sample_out ? open_out(o.sample_out) : stderr;
    FILE *phoenix_out = o.phoenix_sample_out ? open_out(o.phoenix_sample_out) : stderr;
    if (ok && o.judged && cli_judged_load(o.judged, &r.judged) != 0) ok = 0;
    if (ok && o.judged_dict && cli_judged_load(o.judged_dict, &r.judged_dict) != 0) ok = 0;
    if (!p || !ok || (o.misses && !r.misses) || !sample_out || !phoenix_out) {
        if (!p) fprintf(stderr, "chronicle eval dict-compare: %s\n", err);
        rc = EXIT_REJECTED;
    } else {
        rc = run_all(&r, &in, argc, argv, first, o.limit);
    }
    double secs = chrClock_wall() - t0;
    if (rc == EXIT_OK) {
        double a = r.articles ? (double)r.articles : 1.0;
        printf("{\"articles\":%zu,\"events_dict\":%zu,\"events_phoenix\":%zu,\"per_article_dict\":%.2f,"
               "\"per_article_phoenix\":%.2f,\"phoenix_found_by_dict\":%.2f,\"phoenix_with_media\":%zu,",
               r.articles, r.events_dict, r.events_phoenix, (double)r.events_dict / a,
               (double)r.events_phoenix / a,
               r.events_phoenix ? 100.0 * (double)r.found / (double)r.events_phoenix : 0.0, r.media);
        if (o.judged) {
            size_t right, found;
            cli_judged_count(&r.judged, &right, &found);
            printf("\"judged\":%zu,\"judged_right\":%zu,\"judged_right_found\":%zu,\"judged_recall\":%.2f,",
                   r.judged.n, right, found, right ? 100.0 * (double)found / (double)right : 0.0);
        }
        if (o.judged_dict) {
            size_t found, right;
            cli_judged_count_found(&r.judged_dict, &found, &right);
            printf("\"dict_judged\":%zu,\"dict_judged_coded\":%zu,\"dict_judged_right\":%zu,"
                   "\"dict_judged_precision\":%.2f,",
                   r.judged_dict.n, found, right, found ? 100.0 * (double)right / (double)found : 0.0);
        }
        printf("\"seconds\":%.1f}\n", secs);
        write_sample(&r.dict_sample, 0, sample_out);
        write_sample(&r.phoenix_sample, 1, phoenix_out);
    }
    cli_judged_free(&r.judged);
    cli_judged_free(&r.judged_dict);
    reservoir_free(&r.dict_sample);
    reservoir_free(&r.phoenix_sample);
    free(r.dict);
    if (r.misses) fclose(r.misses);
    if (sample_out && sample_out != stderr) fclose(sample_out);
    if (phoenix_out && phoenix_out != stderr) fclose(phoenix_out);
    chr_pipeline_free(p);
    chr_lexicon_free(dict);
    chr_lexicon_free(phoenix);
    return rc;
}
