/*
 * linear_inline.c - small weight rows inside their table slots (see
 * linear_inline.h).
 */
#include "learn/linear_inline.h"

/* A (class, weight) pair as class << 16 | weight bits. */
static uint32_t pack(const int16_t *pair) {
    return (uint32_t)(uint16_t)pair[0] << 16 | (uint16_t)pair[1];
}

void chrLinear_inline(chrLinear *m) {
    if (!m->slots || m->nclass > 32767 || m->npool >= CHR_LINEAR_INLINE) return;
    for (size_t i = 0; i <= m->mask; i++) {
        chrLinearSlot *s = &m->slots[i];
        if (!s->key || (s->n & CHR_LINEAR_DENSE) || s->n == 0 || s->n > 2) continue;
        if (s->off & CHR_LINEAR_INLINE) continue; /* already moved */
        const int16_t *e = m->pool + s->off;
        uint32_t first = pack(e), second = s->n == 2 ? pack(e + 2) : 0;
        s->off = CHR_LINEAR_INLINE | first;
        s->n = second;
    }
    m->inlined = 1;
}
