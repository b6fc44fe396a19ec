/*
 * suite_tabari_stub.c - placeholder for the TABARI suite runner until branch
 * evt-tabari lands src/event/suite_tabari.c (which deletes this file). It
 * only says that this build cannot run TABARI suites.
 */
#include "chronicle.h"
#include "event/suite_tabari.h"

int chrSuite_runTabari(const char *project, const chrSuiteOptions *opts, chrSuiteResult *out) {
    (void)out;
    fprintf(opts->log, "%s: this build has no TABARI suite runner yet (branch evt-tabari)\n", project);
    return CHR_ENOTFOUND;
}
