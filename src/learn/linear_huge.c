/*
 * linear_huge.c - weight tables on transparent huge pages (see
 * linear_huge.h).
 */
#define _DEFAULT_SOURCE
#include "learn/linear_huge.h"

#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "chronicle.h"

#define HUGE_PAGE ((size_t)2 << 20)

/* A copy of p[0..n) in 2 MB-aligned memory advised for huge pages (free
 * it with free()); NULL when out of memory. */
static void *huge_copy(const void *p, size_t n) {
    size_t len = (n + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void *q = aligned_alloc(HUGE_PAGE, len);
    if (!q) return NULL;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(q, len, MADV_HUGEPAGE);
#endif
    memcpy(q, p, n);
    return q;
}

int chrLinear_hugepages(chrLinear *m) {
    size_t slot_bytes = ((size_t)m->mask + 1) * sizeof *m->slots;
    size_t pool_bytes = m->npool * sizeof *m->pool;
    if (!m->slots || slot_bytes < HUGE_PAGE) return CHR_OK; /* small: fits the TLB anyway */
    chrLinearSlot *slots = huge_copy(m->slots, slot_bytes);
    int16_t *pool = pool_bytes >= HUGE_PAGE ? huge_copy(m->pool, pool_bytes) : NULL;
    if (!slots) {
        free(pool);
        return CHR_OK;
    }
    free(m->slots);
    m->slots = slots;
    if (pool) {
        free(m->pool);
        m->pool = pool;
    }
    return CHR_OK;
}
