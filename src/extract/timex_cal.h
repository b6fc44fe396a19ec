/* timex_cal.h -- calendar arithmetic for time-expression normalisation.
 *
 * Why it exists: resolving "last Friday" or "two weeks ago" against a document
 * date needs day counts, weekdays and ISO weeks without calling the C library's
 * time functions (which depend on the time zone and locale). Dates here are the
 * proleptic Gregorian calendar; day numbers count from 1970-01-01.
 */
#ifndef CHR_EXTRACT_TIMEX_CAL_H
#define CHR_EXTRACT_TIMEX_CAL_H

#include <stddef.h>

/* Day number of y-m-d (m 1..12, d 1..31). */
long chrTimexCal_days(int y, int m, int d);
/* Inverse of chrTimexCal_days. */
void chrTimexCal_civil(long days, int *y, int *m, int *d);
/* ISO weekday of a day number: 1 = Monday .. 7 = Sunday. */
int chrTimexCal_weekday(long days);
/* ISO 8601 week of a day number: week year and week 1..53. */
void chrTimexCal_isoWeek(long days, int *wy, int *wk);
/* Days in month m of year y. */
int chrTimexCal_monthDays(int y, int m);
/* Day number of the n-th (1-based) ISO weekday wd in month m of year y. */
long chrTimexCal_nthWeekday(int y, int m, int wd, int n);

/* Granularity of a TIMEX3 calendar value (chrTimexCal_parseValue). */
enum { TMX_CAL_NONE = 0, TMX_CAL_YEAR, TMX_CAL_QUARTER, TMX_CAL_MONTH, TMX_CAL_DAY };

/* Reads a calendar value: "2016", "2016-Q2", "2016-05", "2016-05-13" or
 * "2016-05-13T10:00" (the time is ignored). Returns its TMX_CAL_*
 * granularity and fills the fields it names (*q also from a month);
 * TMX_CAL_NONE for anything else ("2015-SU", "P3Y", "PAST_REF", a day
 * that does not exist), leaving the fields untouched. */
int chrTimexCal_parseValue(const char *v, int *y, int *m, int *d, int *q);

#endif
