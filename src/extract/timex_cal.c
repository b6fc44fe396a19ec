/* timex_cal.c -- calendar arithmetic for time-expression normalisation.
 *
 * Why it exists: the normaliser shifts dates by days, weeks, months and years
 * and names ISO weeks; these few pure functions do it without <time.h>, so the
 * result never depends on the time zone of the machine. The day-number
 * conversion is the usual era-based civil calendar algorithm.
 */
#include "extract/timex_cal.h"

long chrTimexCal_days(int y, int m, int d)
{
    long yy = (long)y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void chrTimexCal_civil(long days, int *y, int *m, int *d)
{
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dd = doy - (153 * mp + 2) / 5 + 1;
    long mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

int chrTimexCal_weekday(long days)
{
    /* 1970-01-01 was a Thursday (4). */
    long w = (days % 7 + 7 + 3) % 7;
    return (int)w + 1;
}

void chrTimexCal_isoWeek(long days, int *wy, int *wk)
{
    long thursday = days - chrTimexCal_weekday(days) + 4;
    int y, m, d;
    chrTimexCal_civil(thursday, &y, &m, &d);
    *wy = y;
    *wk = (int)((thursday - chrTimexCal_days(y, 1, 1)) / 7) + 1;
}

int chrTimexCal_monthDays(int y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 31;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return len[m - 1];
}

long chrTimexCal_nthWeekday(int y, int m, int wd, int n)
{
    long first = chrTimexCal_days(y, m, 1);
    int fw = chrTimexCal_weekday(first);
    return first + (wd - fw + 7) % 7 + 7L * (n - 1);
}

static int digitsAt(const char *v, size_t from, size_t n)
{
    for (size_t k = from; k < from + n; k++)
        if (v[k] < '0' || v[k] > '9')
            return 0;
    return 1;
}

static int twoDigits(const char *v)
{
    return (v[0] - '0') * 10 + (v[1] - '0');
}

int chrTimexCal_parseValue(const char *v, int *y, int *m, int *d, int *q)
{
    size_t n = 0;
    while (n < 11 && v[n])
        n++;
    if (n < 4 || !digitsAt(v, 0, 4) || (n > 4 && v[4] != '-'))
        return TMX_CAL_NONE;
    int yy = twoDigits(v) * 100 + twoDigits(v + 2);
    if (n == 4) {
        *y = yy;
        return TMX_CAL_YEAR;
    }
    if (n == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
        *y = yy;
        *q = v[6] - '0';
        return TMX_CAL_QUARTER;
    }
    if (n < 7 || !digitsAt(v, 5, 2))
        return TMX_CAL_NONE;
    int mm = twoDigits(v + 5);
    if (mm < 1 || mm > 12)
        return TMX_CAL_NONE;
    if (n == 7) {
        *y = yy, *m = mm, *q = (mm - 1) / 3 + 1;
        return TMX_CAL_MONTH;
    }
    if (n < 10 || v[7] != '-' || !digitsAt(v, 8, 2) || (n > 10 && v[10] != 'T'))
        return TMX_CAL_NONE;
    int dd = twoDigits(v + 8);
    if (dd < 1 || dd > chrTimexCal_monthDays(yy, mm))
        return TMX_CAL_NONE;
    *y = yy, *m = mm, *d = dd, *q = (mm - 1) / 3 + 1;
    return TMX_CAL_DAY;
}
