/* timex_lex.h -- the word scanner under the time-expression finder.
 *
 * Why it exists: time expressions are found on raw text, before (and without)
 * the tokenizer stage, so this module cuts a stretch of bytes into ASCII words,
 * digit runs and single punctuation marks, lower-cased without locale calls,
 * and answers the word-class questions the rules ask (is this a month, a
 * weekday, a number word, a unit?). Bytes >= 0x80 form opaque tokens, so
 * invalid UTF-8 is harmless here.
 */
#ifndef CHR_EXTRACT_TIMEX_LEX_H
#define CHR_EXTRACT_TIMEX_LEX_H

#include <stddef.h>

enum { TMX_WORD = 1, TMX_NUM, TMX_PUNCT, TMX_OTHER };

/* Token flags. */
enum {
    TMX_CAP = 1,    /* word starts with an upper-case letter */
    TMX_SPACE = 2,  /* whitespace precedes the token */
    TMX_BREAK = 4,  /* a blank line precedes the token */
    TMX_LONG = 8    /* word or number longer than the lower-case buffer */
};

typedef struct {
    size_t start, end;  /* byte offsets into the whole text */
    unsigned char kind, flags;
    char low[18];       /* lower-cased text, NUL-terminated ("" if TMX_LONG) */
    long num;           /* value of a digit run (TMX_NUM, <= 9 digits) */
} chrTimexTok;

/* Units of time, used for durations, shifts and sets. */
enum {
    TMX_U_NONE = 0, TMX_U_SEC, TMX_U_MIN, TMX_U_HOUR, TMX_U_DAY, TMX_U_WEEK,
    TMX_U_MONTH, TMX_U_QUARTER, TMX_U_YEAR, TMX_U_DECADE, TMX_U_CENTURY,
    TMX_U_WEEKEND
};

/* Cut text[from, to) into tokens. Writes at most cap tokens into tok and
 * returns how many; *stop receives the byte offset where scanning stopped
 * (to, or earlier when cap was reached). */
size_t chrTimexLex_scan(const char *text, size_t from, size_t to,
                        chrTimexTok *tok, size_t cap, size_t *stop);

/* Word classes; each returns 0 when the token is not of the class. */
int chrTimexLex_month(const chrTimexTok *t);     /* 1..12 */
int chrTimexLex_weekday(const chrTimexTok *t);   /* 1..7, Monday first; plural gives -wd */
int chrTimexLex_season(const chrTimexTok *t, const char **code); /* 1, code "SP".. */
int chrTimexLex_unit(const chrTimexTok *t, int *plural); /* TMX_U_* */
int chrTimexLex_ordinal(const chrTimexTok *t);   /* first -> 1 .. twelfth, 1st.. */
int chrTimexLex_smallNumber(const chrTimexTok *t); /* one..ninety as words, -1 none */
int chrTimexLex_isWord(const chrTimexTok *t, const char *w);
/* Non-zero when t's lower-case text is one of the NULL-terminated list. */
int chrTimexLex_isAny(const chrTimexTok *t, const char *const *list);

#endif
