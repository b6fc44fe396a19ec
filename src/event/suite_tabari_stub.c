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

int chrTabari_loadProject(const char *project, int flags, chr_message_fn msg, void *ctx, chr_lexicon **out) {
    (void)flags;
    *out = NULL;
    if (msg) {
        char buf[1024];
        snprintf(buf, sizeof buf, "%s: this build cannot read TABARI projects yet (branch evt-tabari)", project);
        msg(ctx, buf);
    }
    return CHR_ENOTFOUND;
}
