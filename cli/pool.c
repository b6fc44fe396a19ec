/*
 * pool.c - the ordered worker pool (see pool.h).
 *
 * One mutex guards a ring of max_in_flight slots and four counters:
 * made (items produced), taken (items handed to workers), ready (every
 * item before it is done) and consumed. made - consumed never exceeds the
 * ring size; the consumer waits until ready passes consumed.
 *
 * Wake-ups come in batches: a worker wakes the consumer when WAKE items
 * are ready for it, or when it runs out of work; the consumer wakes a
 * producer waiting on a full ring when WAKE slots are free. Waking a thread per item costs the consumer (the
 * database writer, which must stay cheap so that workers scale) a pair of
 * futex calls and a context switch per document.
 */
#define _POSIX_C_SOURCE 200809L
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#define WAKE 8

typedef struct slot {
    void *item;
    int done;
} slot;

typedef struct pool {
    const cli_pool_ops *ops;
    void *ctx;
    pthread_mutex_t mu;
    pthread_cond_t can_work, can_consume, can_make;
    slot *ring;
    size_t cap, made, taken, consumed, ready, wake;
    int eof, stop;
} pool;

static void *worker(void *arg) {
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (p->taken == p->made && !p->eof) pthread_cond_wait(&p->can_work, &p->mu);
        if (p->taken == p->made) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        size_t seq = p->taken++;
        void *item = p->ring[seq % p->cap].item;
        int stop = p->stop;
        pthread_mutex_unlock(&p->mu);
        if (!stop) p->ops->work(p->ctx, item);
        pthread_mutex_lock(&p->mu);
        p->ring[seq % p->cap].done = 1;
        while (p->ready < p->made && p->ring[p->ready % p->cap].done) p->ready++;
        if (p->ready - p->consumed >= p->wake || (p->ready > p->consumed && p->taken == p->made))
            pthread_cond_signal(&p->can_consume);
        pthread_mutex_unlock(&p->mu);
    }
}

static void deadline_in(struct timespec *t, int ms) {
    clock_gettime(CLOCK_REALTIME, t);
    t->tv_sec += ms / 1000;
    t->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
}

static void *consumer(void *arg) {
    pool *p = arg;
    int ms = p->ops->idle_ms > 0 ? p->ops->idle_ms : 500;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        for (;;) {
            if (p->ready > p->consumed) break;
            if (p->eof && p->consumed == p->made) {
                pthread_mutex_unlock(&p->mu);
                return NULL;
            }
            struct timespec t;
            deadline_in(&t, ms);
            if (pthread_cond_timedwait(&p->can_consume, &p->mu, &t) != 0 && p->ops->idle) {
                pthread_mutex_unlock(&p->mu);
                p->ops->idle(p->ctx);
                pthread_mutex_lock(&p->mu);
            }
        }
        slot *s = &p->ring[p->consumed % p->cap];
        void *item = s->item;
        int stop = p->stop;
        pthread_mutex_unlock(&p->mu);
        int rc = 0;
        if (stop) p->ops->discard(p->ctx, item);
        else rc = p->ops->consume(p->ctx, item);
        pthread_mutex_lock(&p->mu);
        if (rc && !p->stop) p->stop = rc;
        s->item = NULL;
        s->done = 0;
        p->consumed++;
        if (p->stop || p->cap - (p->made - p->consumed) >= p->wake) pthread_cond_signal(&p->can_make);
        pthread_mutex_unlock(&p->mu);
    }
}

int cli_pool_run(const cli_pool_ops *ops, void *ctx, int workers, size_t max_in_flight) {
    if (workers < 1) workers = 1;
    if (max_in_flight < (size_t)workers + 1) max_in_flight = (size_t)workers + 1;
    pool p = {.ops = ops, .ctx = ctx, .cap = max_in_flight};
    p.wake = p.cap / 2 < WAKE ? p.cap / 2 : WAKE;
    if (p.wake < 1) p.wake = 1;
    p.ring = calloc(p.cap, sizeof *p.ring);
    pthread_t *th = calloc((size_t)workers + 1, sizeof *th);
    if (!p.ring || !th) {
        free(p.ring);
        free(th);
        return -1;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.can_work, NULL);
    pthread_cond_init(&p.can_consume, NULL);
    pthread_cond_init(&p.can_make, NULL);
    int started = 0, failed = 0;
    if (pthread_create(&th[0], NULL, consumer, &p) == 0) started = 1;
    else failed = 1;
    for (int i = 0; !failed && i < workers; i++) {
        if (pthread_create(&th[i + 1], NULL, worker, &p) == 0) started++;
        else failed = 1;
    }
    while (!failed) {
        pthread_mutex_lock(&p.mu);
        while (p.made - p.consumed >= p.cap && !p.stop) pthread_cond_wait(&p.can_make, &p.mu);
        int stop = p.stop;
        pthread_mutex_unlock(&p.mu);
        if (stop) break;
        void *item = ops->produce(ctx);
        if (!item) break;
        pthread_mutex_lock(&p.mu);
        p.ring[p.made % p.cap].item = item;
        p.ring[p.made % p.cap].done = 0;
        p.made++;
        pthread_cond_signal(&p.can_work);
        pthread_mutex_unlock(&p.mu);
    }
    pthread_mutex_lock(&p.mu);
    p.eof = 1;
    if (failed && !p.stop) p.stop = -1;
    pthread_cond_broadcast(&p.can_work);
    pthread_cond_broadcast(&p.can_consume);
    pthread_mutex_unlock(&p.mu);
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    int rc = p.stop;
    pthread_cond_destroy(&p.can_work);
    pthread_cond_destroy(&p.can_consume);
    pthread_cond_destroy(&p.can_make);
    pthread_mutex_destroy(&p.mu);
    free(p.ring);
    free(th);
    return rc;
}
