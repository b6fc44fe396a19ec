/*
 * clock.h - the two clocks chronicle measures with: CPU seconds of the
 * calling thread (speed figures "on one core", which a busy machine
 * barely changes) and monotonic wall seconds (progress lines, ETAs).
 */
#ifndef CHR_CORE_CLOCK_H
#define CHR_CORE_CLOCK_H

/* CPU seconds the calling thread has used. */
double chrClock_threadCpu(void);

/* Seconds on a monotonic wall clock (an arbitrary origin). */
double chrClock_wall(void);

#endif
