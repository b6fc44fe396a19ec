/*
 * suite_tabari.h - CONTRACT between `chronicle eval events` (cli/eval_events.c,
 * branch evt-coder) and the TABARI validation-suite runner (branch evt-tabari).
 *
 * Implemented in src/event/suite_tabari.c and src/lex/tabari_open.c.
 *
 *   int chrSuite_runTabari(const char *project, const chrSuiteOptions *opts,
 *                          chrSuiteResult *out);
 *
 * project   path of a TABARI .project file; its .text, .verbs, .actors,
 *           .agents and .options are found beside it, then in each
 *           opts->dict_dirs[i].
 * opts      see suite.h. When opts->verbose, write one block per failed
 *           record to opts->log: the record id, its text, the expected
 *           triples and the coded ones (lines "  expected SRC TGT CODE" /
 *           "  coded SRC TGT CODE"). Dictionary problems go to opts->log as
 *           "file:line: reason".
 * out       zeroed by the caller. Count with chrSuite_count(out, category,
 *           passed) each record that counts: the standard records up to
 *           TABARI's FINAL-01 end marker, not the debugging records after it,
 *           not option-change records (apply them), not `-{...}` "do not
 *           check" records. A record passes when its set of (source, target,
 *           code) equals the expected set ({---}: nothing coded; {###}: the
 *           sentence was discarded). Set out->sentences to the number of
 *           sentences coded and out->seconds to the time spent coding them
 *           from raw text (tokenize, tag, parse where used, code), excluding
 *           dictionary and model loading. The category of a record is the
 *           part of its id before the last '-' ("DEMO-01" -> "DEMO").
 * returns   CHR_OK when the suite ran (whatever the pass rate); a negative
 *           chr_status when it could not run (unreadable project, missing
 *           dictionaries, out of memory) after writing why to opts->log.
 *
 *   int chrTabari_openProject(const char *project, int flags, chr_message_fn msg,
 *                             void *ctx, chr_lexicon **out);
 *
 * Loads the dictionaries a TABARI .project names (.actors, .verbs, .agents,
 * .options; found beside the project file) into one lexicon for
 * `chronicle code --tabari PROJECT`. Same reporting contract as
 * chr_lexicon_load_dir(): "file:line: reason" per malformed line to msg,
 * CHR_LEXICON_STRICT stops at the first; *out is the caller's to free with
 * chr_lexicon_free().
 */
#ifndef CHR_EVENT_SUITE_TABARI_H
#define CHR_EVENT_SUITE_TABARI_H

#include "chronicle.h"
#include "event/suite.h"

int chrSuite_runTabari(const char *project, const chrSuiteOptions *opts, chrSuiteResult *out);
int chrTabari_openProject(const char *project, int flags, chr_message_fn msg, void *ctx,
                          chr_lexicon **out);

#endif
