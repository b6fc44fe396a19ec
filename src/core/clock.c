/*
 * clock.c - the thread CPU clock and the monotonic wall clock (clock.h),
 * written once for every evaluation, benchmark and progress line.
 */
#define _POSIX_C_SOURCE 200809L
#include "core/clock.h"

#include <time.h>

static double seconds_of(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double chrClock_threadCpu(void) { return seconds_of(CLOCK_THREAD_CPUTIME_ID); }

double chrClock_wall(void) { return seconds_of(CLOCK_MONOTONIC); }
