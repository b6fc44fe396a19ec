/*
 * cmd_ingest.c - `chronicle ingest --db FILE INPUTS...`: runs the whole
 * pipeline over a collection on a pool of worker threads and keeps the
 * results in the event database.
 *
 * Threads: this one reads documents and asks a read connection whether
 * each is stored already (then the pipeline is not run); workers run the
 * pipeline; one writer stores the documents in input order, committing a
 * batch every 500 documents or second. A run killed at any moment loses
 * only the uncommitted batch, which the next run (finding the committed
 * documents unchanged) writes again: the result equals a clean run.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "pool.h"
#include "progress.h"
#include "core/clock.h"

#define BATCH_DOCS 500
#define BATCH_SECONDS 1.0

typedef struct item {
    chr_doc *doc;
    int stored; /* found unchanged before the pipeline: not run */
    int status;
} item;

typedef struct ingest {
    chr_reader *reader;
    chr_pipeline *pipeline;
    unsigned stages;
    chr_store *check, *store; /* read connection (this thread), writer's */
    int read_status;
    cli_progress progress;
    double last_commit;
    size_t batch, done, added, replaced, unchanged, failed;
    size_t sentences, events, quotes, timex;
    int store_failed;
    /* CPU seconds by role, for the summary: reading (this thread), the
     * pipeline (all workers, in microseconds), storing (the writer). */
    double read_cpu, write_cpu;
    atomic_llong work_cpu_us;
} ingest;

static void *produce_doc(ingest *g);

static void *produce(void *ctx) {
    ingest *g = ctx;
    double t = chrClock_threadCpu();
    void *it = produce_doc(g);
    g->read_cpu += chrClock_threadCpu() - t;
    return it;
}

static void *produce_doc(ingest *g) {
    chr_doc *d;
    int rc = chr_reader_next(g->reader, &d);
    if (rc != CHR_OK) {
        g->read_status = rc;
        return NULL;
    }
    item *it = calloc(1, sizeof *it);
    if (!it) {
        chr_doc_free(d);
        g->read_status = CHR_ENOMEM;
        return NULL;
    }
    it->doc = d;
    it->stored = chr_store_has(g->check, d, g->stages) == 1;
    return it;
}

static void work(void *ctx, void *p) {
    ingest *g = ctx;
    item *it = p;
    if (it->stored) return;
    double t = chrClock_threadCpu();
    it->status = chr_pipeline_run(g->pipeline, it->doc);
    atomic_fetch_add(&g->work_cpu_us, (long long)((chrClock_threadCpu() - t) * 1e6));
}

static void discard(void *ctx, void *p) {
    (void)ctx;
    item *it = p;
    chr_doc_free(it->doc);
    free(it);
}

static int commit(ingest *g) {
    int rc = chr_store_commit(g->store);
    g->batch = 0;
    g->last_commit = chrClock_wall();
    if (rc) {
        cli_progress_message(&g->progress, chr_store_error(g->store));
        g->store_failed = 1;
    }
    return rc;
}

static int consume_doc(ingest *g, item *it);

static int consume(void *ctx, void *p) {
    ingest *g = ctx;
    double t = chrClock_threadCpu();
    int rc = consume_doc(g, p);
    g->write_cpu += chrClock_threadCpu() - t;
    return rc;
}

static int consume_doc(ingest *g, item *it) {
    int rc = CHR_OK, action = 0;
    /* Found unchanged when read, but an earlier record of this run with
     * the same id may have replaced it since: then run the pipeline here. */
    if (it->stored && chr_store_has(g->store, it->doc, g->stages) != 1)
        it->status = chr_pipeline_run(g->pipeline, it->doc);
    if (it->status != CHR_OK) {
        char msg[600];
        snprintf(msg, sizeof msg, "document '%.400s': %s; not stored", chr_doc_id(it->doc),
                 chr_strerror(it->status));
        cli_progress_message(&g->progress, msg);
        g->failed++;
    } else if (!(rc = chr_store_begin(g->store)) &&
               !(rc = chr_store_put(g->store, it->doc, g->stages, &action))) {
        size_t n;
        if (action == CHR_STORE_UNCHANGED) g->unchanged++;
        else {
            if (action == CHR_STORE_ADDED) g->added++;
            else g->replaced++;
            chr_doc_sentences(it->doc, &n), g->sentences += n;
            chr_doc_events(it->doc, &n), g->events += n;
            chr_doc_quotes(it->doc, &n), g->quotes += n;
            chr_doc_timex(it->doc, &n), g->timex += n;
            g->batch++;
        }
    }
    if (rc) {
        cli_progress_message(&g->progress, chr_store_error(g->store));
        g->store_failed = 1;
    }
    g->done++;
    discard(g, it);
    if (!rc && (g->batch >= BATCH_DOCS || chrClock_wall() - g->last_commit >= BATCH_SECONDS))
        rc = commit(g);
    cli_progress_show(&g->progress, g->done, g->events, chr_reader_skipped(g->reader) + g->failed, 0);
    return rc ? 1 : 0;
}

static void idle(void *ctx) {
    ingest *g = ctx;
    double t = chrClock_threadCpu();
    if (g->batch && chrClock_wall() - g->last_commit >= BATCH_SECONDS) commit(g);
    g->write_cpu += chrClock_threadCpu() - t;
    cli_progress_show(&g->progress, g->done, g->events, chr_reader_skipped(g->reader) + g->failed, 0);
}

/* Takes --db and -j out of argv (the rest are the shared input options). */
static int take_options(int *argc, char **argv, const char **db, int *jobs) {
    int o = 1;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i], *v = NULL;
        int which = 0;
        if (strcmp(a, "--db") == 0 || strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
            which = a[2] == 'd' ? 'd' : 'j';
            if (i + 1 >= *argc) {
                fprintf(stderr, "chronicle ingest: %s needs a value\n", a);
                return EXIT_USAGE;
            }
            v = argv[++i];
        } else if (strncmp(a, "--db=", 5) == 0) which = 'd', v = a + 5;
        else if (strncmp(a, "--jobs=", 7) == 0) which = 'j', v = a + 7;
        else if (strncmp(a, "-j", 2) == 0 && a[2]) which = 'j', v = a + 2;
        if (which == 'd') *db = v;
        else if (which == 'j') {
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "chronicle ingest: -j takes a number of threads from 1 to 256\n");
                return EXIT_USAGE;
            }
            *jobs = (int)n;
        } else
            argv[o++] = argv[i];
    }
    *argc = o;
    return -1;
}

static int open_stores(ingest *g, const char *db) {
    char err[2048];
    if (chr_store_open(db, CHR_STORE_WRITE, &g->store, err, sizeof err) != CHR_OK ||
        chr_store_open(db, CHR_STORE_READ, &g->check, err, sizeof err) != CHR_OK) {
        fprintf(stderr, "chronicle ingest: %s\n", err);
        return EXIT_REJECTED;
    }
    return -1;
}

static void summary(ingest *g, double seconds) {
    size_t read = chr_reader_docs(g->reader), skipped = chr_reader_skipped(g->reader);
    chr_store_counts c;
    fprintf(stderr, "chronicle ingest: %zu documents read (%zu added, %zu replaced, %zu unchanged), "
            "%zu skipped, %zu failed; wrote %zu sentences, %zu events, %zu quotations, %zu time "
            "expressions in %.2f s (%.1f documents/s)\n", read, g->added, g->replaced,
            g->unchanged, skipped, g->failed, g->sentences, g->events, g->quotes, g->timex,
            seconds, seconds > 0 ? (double)g->done / seconds : 0.0);
    double work = (double)atomic_load(&g->work_cpu_us) / 1e6;
    double all = work + g->read_cpu + g->write_cpu;
    fprintf(stderr, "chronicle ingest: CPU seconds: pipeline %.2f, storing %.2f (%.0f%%), "
            "reading %.2f\n", work, g->write_cpu, all > 0.005 ? 100 * g->write_cpu / all : 0.0,
            g->read_cpu);
    if (chr_store_count(g->check, &c) == CHR_OK)
        fprintf(stderr, "chronicle ingest: the database holds %zu documents, %zu sentences, %zu "
                "events, %zu quotations, %zu entities\n", c.documents, c.sentences, c.events,
                c.quotes, c.entities);
}

int cmd_ingest(int argc, char **argv) {
    static const cli_command self = {"ingest", cmd_ingest, "", INGEST_USAGE};
    const char *db = NULL;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int jobs = cores > 0 ? (int)cores : 1;
    cli_input in;
    int first, rc = take_options(&argc, argv, &db, &jobs);
    if (rc < 0) rc = cli_parse_input(&in, &self, argc, argv, &first);
    if (rc >= 0) return rc;
    if (!db) {
        fprintf(stderr, "chronicle ingest: --db FILE is required; see 'chronicle help ingest'\n");
        return EXIT_USAGE;
    }
    if (in.format) {
        fprintf(stderr, "chronicle ingest: --format is not an ingest option\n");
        return EXIT_USAGE;
    }
    ingest g;
    memset(&g, 0, sizeof g);
    char err[1024];
    g.pipeline = chr_pipeline_new(NULL, err, sizeof err);
    if (!g.pipeline) {
        fprintf(stderr, "chronicle ingest: %s\n", err);
        return EXIT_REJECTED;
    }
    g.stages = chr_pipeline_stages(g.pipeline);
    rc = open_stores(&g, db);
    if (rc < 0) {
        size_t total = isatty(2) ? cli_count_documents(argv + first, (size_t)(argc - first),
                                                       in.opts.format) : 0;
        cli_progress_init(&g.progress, total);
        g.last_commit = chrClock_wall();
        g.reader = chr_reader_open((const char *const *)argv + first, (size_t)(argc - first),
                                   &in.opts, cli_progress_message, &g.progress);
        if (!g.reader) {
            fprintf(stderr, "chronicle ingest: out of memory\n");
            rc = EXIT_REJECTED;
        }
    }
    if (rc < 0) {
        static const cli_pool_ops ops = {produce, work, consume, discard, idle, 250};
        int prc = cli_pool_run(&ops, &g, jobs, (size_t)jobs * 4 + 16);
        if (prc == -1) fprintf(stderr, "chronicle ingest: cannot start threads\n");
        double t = chrClock_threadCpu();
        if (!g.store_failed) commit(&g);
        g.write_cpu += chrClock_threadCpu() - t;
        cli_progress_show(&g.progress, g.done, g.events, chr_reader_skipped(g.reader) + g.failed, 1);
        cli_progress_clear(&g.progress);
        summary(&g, chrClock_wall() - g.progress.start);
        int bad_read = g.read_status != CHR_OK && g.read_status != CHR_EOF;
        rc = prc || g.store_failed || bad_read || g.failed || chr_reader_skipped(g.reader)
                 ? EXIT_REJECTED : EXIT_OK;
    }
    chr_reader_free(g.reader);
    chr_store_close(g.check);
    chr_store_close(g.store);
    chr_pipeline_free(g.pipeline);
    return rc;
}
