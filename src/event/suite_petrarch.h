/*
 * suite_petrarch.h - the PETRARCH records-file runner behind
 * `chronicle eval events FILE.xml` (see suite_petrarch.c for what it honours).
 */
#ifndef CHR_EVENT_SUITE_PETRARCH_H
#define CHR_EVENT_SUITE_PETRARCH_H

#include "event/suite.h"

/* Same contract as chrSuite_runTabari() (suite_tabari.h), for a PETRARCH
 * records .xml whose <Environment> names the dictionaries. */
int chrSuite_runPetrarch(const char *xml, const chrSuiteOptions *opts, chrSuiteResult *out);

#endif
