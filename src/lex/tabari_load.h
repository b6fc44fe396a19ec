/*
 * tabari_load.h - loaders for TABARI dictionaries and project files into the
 * format-neutral lexicon (lexicon.h, its surface-order part) and a TABARI
 * options record.
 *
 * Why: users run TABARI with .project/.options/.actors/.verbs/.agents files
 * they have curated for years; chronicle reads them as they are. Every
 * malformed line is reported through msg as "file:line: reason" and skipped;
 * with CHR_LEXICON_STRICT the load stops there with CHR_EFORMAT. Otherwise
 * the loaders return CHR_EFORMAT at the end when any line was bad.
 */
#ifndef CHR_LEX_TABARI_LOAD_H
#define CHR_LEX_TABARI_LOAD_H

#include <stddef.h>

#include "lex/lexicon.h"

/* What a .project file names (paths resolved against the project's folder). */
#define CHR_TABARI_MAX_FILES 16
typedef struct chrTabariProject {
    char *actors[CHR_TABARI_MAX_FILES];
    size_t n_actors;
    char *verbs[CHR_TABARI_MAX_FILES];
    size_t n_verbs;
    char *agents[CHR_TABARI_MAX_FILES];
    size_t n_agents;
    char *options; /* NULL when none */
    char *text[CHR_TABARI_MAX_FILES];
    size_t n_text;
} chrTabariProject;

/* Coding options (TABARI .options commands; defaults as TABARI's). */
enum { CHR_TABARI_BY_CLAUSE = 0, CHR_TABARI_BY_SENTENCE, CHR_TABARI_BY_ALL };
typedef struct chrTabariOpts {
    int code_by;                /* CHR_TABARI_BY_* */
    int min_words;              /* sentences shorter than this are not coded */
    int convert_agents;         /* an agent with no actor becomes one */
    int yyyy;                   /* record dates and restrictions use 4-digit years */
    int time_shift;             /* <TIME> phrases active */
    int comma_off;              /* comma-delimited clauses are kept */
    int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    int cx_verbs, cx_actors, cx_pronouns, cx_conj, cx_comma, cx_lateverb; /* 0 = off */
    int cx_noactprior, cx_noactafter, cx_noverb, cx_nosource, cx_notarget, cx_noevent;
    char def_source[16], def_target[16]; /* "" = no default */
    int def_source_prior, def_target_after;
    int forward;                /* FORWARD: pronoun forwarding between records */
    int fbis;                   /* SET: FBIS */
} chrTabariOpts;

/* TABARI's defaults. */
void chrTabari_optsDefault(chrTabariOpts *o);
/* Applies one .options command line (also used by validation OPTION
 * records). Returns CHR_OK, or CHR_EFORMAT with a reason in why. Unknown
 * commands that only change output or dialogue are accepted and ignored. */
int chrTabari_option(chrTabariOpts *o, const char *line, char *why, size_t whylen);

int chrTabari_loadOptions(chrTabariOpts *o, const char *name, const char *text, size_t n, int flags,
                          chr_message_fn msg, void *ctx);
int chrTabari_loadActors(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                         chr_message_fn msg, void *ctx);
int chrTabari_loadAgents(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                         chr_message_fn msg, void *ctx);
int chrTabari_loadVerbs(chrLex *lex, const char *name, const char *text, size_t n, int flags,
                        chr_message_fn msg, void *ctx);

/* Reads a .project file; paths in it are relative to its folder. */
int chrTabari_readProject(const char *path, chrTabariProject *p, chr_message_fn msg, void *ctx);
void chrTabari_projectFree(chrTabariProject *p);

/* Loads a project's dictionaries and options (files read from disk). */
int chrTabari_loadProject(const chrTabariProject *p, chrLex *lex, chrTabariOpts *o, int flags,
                          chr_message_fn msg, void *ctx);

/* Sorts every block's surface patterns longest first (stable by origin);
 * loaders call it at the end. */
void chrTabari_sortPatterns(chrLex *lex);

/* Reads a whole file (NUL-terminated); the caller frees *out. */
int chrTabari_readFile(const char *path, char **out, size_t *n);

/* YYMMDD (two-digit years pivot at 30) or YYYYMMDD (yyyy) -> YYYYMMDD;
 * -1 when the text is not a valid date. */
int32_t chrTabari_date(const char *s, size_t n, int yyyy);

#endif
