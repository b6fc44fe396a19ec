/*
 * dict_load.h - reads chronicle's own dictionary format (docs/DICT-FORMAT.md)
 * into the format-neutral lexicon model of lexicon.h.
 *
 * Every malformed line is reported to `msg` as "file:line: reason" and counted
 * in lex->counts.errors; nothing of a bad line is kept. Without
 * CHR_LEXICON_STRICT loading goes on and the call returns CHR_EFORMAT at the
 * end if any line was bad (CHR_OK otherwise); with it, loading stops at the
 * first bad line with CHR_EFORMAT. CHR_ENOMEM, CHR_EIO and CHR_ENOTFOUND
 * always stop.
 */
#ifndef CHR_LEX_DICT_LOAD_H
#define CHR_LEX_DICT_LOAD_H

#include <stddef.h>

#include "lex/lexicon.h"

/* Loads one file's text (name is used in messages and origins). */
int chrDict_loadText(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                     chr_message_fn msg, void *ctx);

/* Loads every *.txt file of dir, in name order, then runs chrDict_check(). */
int chrDict_loadDir(chrLex *lex, const char *dir, int flags, chr_message_fn msg, void *ctx);

/* Checks what only the whole dictionary can tell (every combination table a
 * pattern names exists); reports at the pattern's file:line. */
int chrDict_check(chrLex *lex, int flags, chr_message_fn msg, void *ctx);

#endif
