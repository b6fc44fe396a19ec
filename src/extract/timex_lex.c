/* timex_lex.c -- the word scanner under the time-expression finder.
 *
 * Why it exists: see timex_lex.h. ASCII folding is done by hand (no locale),
 * and every lookup is a short table scan over at most a few dozen entries.
 */
#include "extract/timex_lex.h"

#include <string.h>

static int isAlpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t chrTimexLex_scan(const char *text, size_t from, size_t to,
                        chrTimexTok *tok, size_t cap, size_t *stop)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = from, n = 0;
    while (i < to && n < cap) {
        int space = 0, newlines = 0;
        while (i < to && (isSpace(s[i]) || s[i] == 0)) {
            if (s[i] == '\n')
                newlines++;
            space = 1;
            i++;
        }
        if (i >= to)
            break;
        chrTimexTok *t = &tok[n++];
        memset(t, 0, sizeof *t);
        t->start = i;
        t->flags = (unsigned char)((space || i == from ? TMX_SPACE : 0) |
                                   (newlines >= 2 || i == from ? TMX_BREAK : 0));
        if (isAlpha(s[i])) {
            t->kind = TMX_WORD;
            if (s[i] >= 'A' && s[i] <= 'Z')
                t->flags |= TMX_CAP;
            while (i < to && isAlpha(s[i]))
                i++;
        } else if (isDigit(s[i])) {
            t->kind = TMX_NUM;
            while (i < to && isDigit(s[i]))
                i++;
        } else if (s[i] >= 0x80) {
            t->kind = TMX_OTHER;
            while (i < to && s[i] >= 0x80)
                i++;
        } else {
            t->kind = TMX_PUNCT;
            i++;
        }
        t->end = i;
        size_t len = t->end - t->start;
        if (len >= sizeof t->low) {
            t->flags |= TMX_LONG;
            continue;
        }
        for (size_t k = 0; k < len; k++) {
            unsigned char c = s[t->start + k];
            t->low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        t->low[len] = 0;
        if (t->kind == TMX_NUM && len <= 9) {
            long v = 0;
            for (size_t k = 0; k < len; k++)
                v = v * 10 + (t->low[k] - '0');
            t->num = v;
        } else if (t->kind == TMX_NUM) {
            t->flags |= TMX_LONG;
        }
    }
    *stop = i < to && n == cap ? i : to;
    return n;
}

int chrTimexLex_isWord(const chrTimexTok *t, const char *w)
{
    return t->kind == TMX_WORD && strcmp(t->low, w) == 0;
}

int chrTimexLex_isAny(const chrTimexTok *t, const char *const *list)
{
    if (t->kind != TMX_WORD)
        return 0;
    for (; *list; list++)
        if (strcmp(t->low, *list) == 0)
            return 1;
    return 0;
}

/* Index+1 of w in list, or 0. */
static int lookup(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (strcmp(w, list[k]) == 0)
            return k + 1;
    return 0;
}

int chrTimexLex_month(const chrTimexTok *t)
{
    static const char *const full[] = {"january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", NULL};
    static const char *const abbr[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
        "aug", "sep", "oct", "nov", "dec", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    int m = lookup(t->low, full);
    if (!m)
        m = lookup(t->low, abbr);
    if (!m && strcmp(t->low, "sept") == 0)
        m = 9;
    return m;
}

int chrTimexLex_weekday(const chrTimexTok *t)
{
    static const char *const full[] = {"monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", NULL};
    static const char *const plural[] = {"mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    int w = lookup(t->low, full);
    if (w)
        return w;
    return -lookup(t->low, plural);
}

int chrTimexLex_season(const chrTimexTok *t, const char **code)
{
    static const char *const words[] = {"spring", "summer", "fall", "autumn", "winter", NULL};
    static const char *const codes[] = {"SP", "SU", "FA", "FA", "WI"};
    if (t->kind != TMX_WORD)
        return 0;
    int k = lookup(t->low, words);
    if (k)
        *code = codes[k - 1];
    return k;
}

int chrTimexLex_unit(const chrTimexTok *t, int *plural)
{
    static const char *const sing[] = {"second", "minute", "hour", "day", "week", "month",
        "quarter", "year", "decade", "century", "weekend", NULL};
    static const char *const plur[] = {"seconds", "minutes", "hours", "days", "weeks",
        "months", "quarters", "years", "decades", "centuries", "weekends", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    int k = lookup(t->low, sing);
    *plural = 0;
    if (!k) {
        k = lookup(t->low, plur);
        *plural = k != 0;
    }
    if (!k && strcmp(t->low, "yr") == 0)
        k = 8;
    if (!k && (strcmp(t->low, "yrs") == 0 || strcmp(t->low, "hrs") == 0)) {
        k = t->low[0] == 'y' ? 8 : 3;
        *plural = 1;
    }
    return k;  /* table order matches TMX_U_SEC.. */
}

int chrTimexLex_ordinal(const chrTimexTok *t)
{
    static const char *const words[] = {"first", "second", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", NULL};
    if (t->kind != TMX_WORD)
        return 0;
    return lookup(t->low, words);
}

int chrTimexLex_smallNumber(const chrTimexTok *t)
{
    static const char *const ones[] = {"zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", NULL};
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", NULL};
    if (t->kind != TMX_WORD)
        return -1;
    int k = lookup(t->low, ones);
    if (k)
        return k - 1;
    k = lookup(t->low, tens);
    if (k)
        return 10 * (k + 1);
    return -1;
}
