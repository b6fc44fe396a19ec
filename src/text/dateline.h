/*
 * dateline.h - marks the dateline that opens a wire story or paragraph.
 *
 * Wire reports open with "PLACE, Date (Agency) -": the place is where the
 * report was filed and the agency who filed it. Neither takes part in the
 * events the sentence reports, so later stages need to know these tokens
 * (the event coder must not make "GENEVA" the source of a meeting).
 */
#ifndef CHR_TEXT_DATELINE_H
#define CHR_TEXT_DATELINE_H

#include "core/doc.h"

/* Sets CHR_TOKEN_DATELINE on the tokens of each dateline. */
void chrDateline_mark(chr_doc *doc);

#endif
