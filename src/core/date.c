/*
 * date.c - strict calendar dates. Document dates anchor every relative
 * time expression and every event date, so a bad one is refused at the
 * boundary instead of silently becoming year 0.
 */
#include "core/date.h"

#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int chrDate_daysInMonth(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return days[month - 1] + (month == 2 && is_leap(year));
}

static int digits(const char *s, int n, int *out) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

int chr_date_parse(const char *s, chr_date *out) {
    int y, m, d;
    if (!s || !out) return CHR_EINVAL;
    if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) || s[7] != '-' ||
        !digits(s + 8, 2, &d) || s[10] != '\0')
        return CHR_EFORMAT;
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > chrDate_daysInMonth(y, m))
        return CHR_EFORMAT;
    out->year = y;
    out->month = m;
    out->day = d;
    return CHR_OK;
}

void chr_date_format(chr_date d, char buf[11]) {
    if (d.year <= 0 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
        buf[0] = '\0';
        return;
    }
    snprintf(buf, 11, "%04d-%02d-%02d", d.year, d.month, d.day);
}
