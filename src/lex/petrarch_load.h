/*
 * petrarch_load.h - loaders for the PETRARCH family of dictionary files into
 * the format-neutral lexicon model (lexicon.h).
 *
 * Why: users have PETRARCH-1 and PETRARCH2/Phoenix dictionaries curated for
 * years; chronicle reads them as they are.
 *   verbs     PETRARCH-1 word-order patterns (PETR.Validate.verbs.txt) and
 *             PETRARCH2 CAMEO.2.0.txt (synsets, {...} noun phrases, (PREP ...)
 *             phrases, irregular forms in braces, multiword verbs with '+');
 *             a file with "(PREP" patterns or a "VERB PATTERNS" banner is
 *             read as PETRARCH2 (patterns become dependency frames), any
 *             other as PETRARCH-1 (patterns stay word-order patterns).
 *   actors    primary phrases with synonyms (+), codes, date restrictions
 *             ([CODE <YYMMDD], [CODE >YYMMDD], [CODE A-B], default [CODE]).
 *   agents    phrase {plural} [~CODE] / [CODE~], !X! = A, B substitution sets,
 *             blank = other words may intervene, _ = consecutive.
 *   discards  phrase (sentence) or +phrase (story); trailing _ = whole word,
 *             else the last word is a stem.
 *   issues    <ISSUE> blocks of "phrase [CODE]" with n:/v:/+ expansions, ~ignore.
 * Comments: '#' to the end of a line (';' too in actors/agents), and
 * <!-- ... --> blocks. A malformed line is reported as "file:line: reason";
 * loading goes on unless CHR_LEXICON_STRICT, as in dict_load.h.
 */
#ifndef CHR_LEX_PETRARCH_LOAD_H
#define CHR_LEX_PETRARCH_LOAD_H

#include <stddef.h>

#include "lex/lexicon.h"

enum chrPetrKind { CHR_PETR_UNKNOWN = 0, CHR_PETR_VERBS, CHR_PETR_ACTORS, CHR_PETR_AGENTS, CHR_PETR_DISCARDS,
                   CHR_PETR_ISSUES };

/* The kind of a file by its name (case-insensitive): "verbs" or "CAMEO" ->
 * verbs, "actors", "agents", "discards", "issue". */
int chrPetr_kindOfName(const char *name);

/* Loads one file's text of the given kind. */
int chrPetr_loadText(chrLex *lex, const char *name, const char *text, size_t n, int kind, int flags,
                     chr_message_fn msg, void *ctx);
/* Reads and loads one file. */
int chrPetr_loadFile(chrLex *lex, const char *path, int kind, int flags, chr_message_fn msg, void *ctx);

/* ---- shared by the PETRARCH loaders (petrarch_common.c) ---- */

typedef struct chrPetrCtx {
    chrLex *lex;
    const char *fname;
    uint32_t file, line;
    int flags, errors, fatal;
    chr_message_fn msg;
    void *ctx;
} chrPetrCtx;

int chrPetr_fail(chrPetrCtx *P, const char *fmt, ...);
/* Space, tab or carriage return. */
int chrPetr_isBlank(char c);
/* Cuts blanks from both ends of s in place; returns the new start. */
char *chrPetr_trim(char *s);
/* Reports running out of memory and marks the load fatal. */
int chrPetr_oom(chrPetrCtx *P);
/* Splits a PETRARCH phrase ("A_B C") into upper-cased word ids; gap: a blank
 * becomes the "..." gap word (agents), else a word boundary. Returns the
 * number of words, 0 on error (reported), -1 out of memory. */
int chrPetr_words(chrPetrCtx *P, const char *s, size_t n, int gap, chrLexId *out, int cap);
/* Parses a date YYMMDD or YYYYMMDD (2-digit years: 00-29 -> 20xx, else 19xx)
 * into YYYYMMDD. Returns 1 when valid. */
int chrPetr_date(const char *s, size_t n, int32_t *out);
/* Strips comments (#, and ; when semi) in place. */
void chrPetr_cutComment(char *s, int semi);



/* The per-kind readers: lines[i] is line i+1 of the file (mutable, comment
 * blocks already blanked). */
int chrPetr_actors(chrPetrCtx *P, char **lines, size_t n);
int chrPetr_agents(chrPetrCtx *P, char **lines, size_t n);
int chrPetr_discards(chrPetrCtx *P, char **lines, size_t n);
int chrPetr_issues(chrPetrCtx *P, char **lines, size_t n);
int chrPetr_verbs(chrPetrCtx *P, char **lines, size_t n);
#endif
