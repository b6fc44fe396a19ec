/*
 * date.h - calendar arithmetic shared by readers, time expressions and
 * the event coder.
 */
#ifndef CHR_CORE_DATE_H
#define CHR_CORE_DATE_H

#include "chronicle.h"

/* 28..31, or 0 for a month out of range. */
int chrDate_daysInMonth(int year, int month);

#endif
