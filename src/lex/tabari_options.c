/*
 * tabari_options.c - TABARI .options commands and .project files (see
 * tabari_load.h): the settings that change how TABARI codes, and the file
 * list a project names. Output-only commands (LABEL, OUTPUT, ...) are
 * accepted and ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex/tabari_load.h"

void chrTabari_optsDefault(chrTabariOpts *o) {
    memset(o, 0, sizeof *o);
    o->code_by = CHR_TABARI_BY_CLAUSE;
    o->min_words = 8;
    o->comma_min = 2, o->comma_max = 10;
    o->comma_emin = 2, o->comma_emax = 10;
    o->comma_bmin = 128, o->comma_bmax = 0;
}

static int upc(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

/* Upper-cased copy of s without blanks. */
static void squeeze(const char *s, char *out, size_t cap) {
    size_t m = 0;
    for (; *s && m + 1 < cap; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') out[m++] = (char)upc((unsigned char)*s);
    out[m] = '\0';
}

static int truth(const char *v) { return v[0] == 'T' || !strncmp(v, "ON", 2); }

static int number_after(const char *s, const char *key, int *out) {
    const char *p = strstr(s, key);
    if (!p) return 0;
    p += strlen(key);
    if (*p == '=') p++;
    if (*p == '[') p++;
    if (*p < '0' || *p > '9') return 0;
    *out = atoi(p);
    return 1;
}

/* DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER */
static void read_default(chrTabariOpts *o, const char *sq) {
    const char *p = strstr(sq, "SOURCE");
    if (p && (p = strchr(p, '['))) {
        size_t k = 0;
        for (p++; *p && *p != ']' && k + 1 < sizeof o->def_source; p++) o->def_source[k++] = *p;
        o->def_source[k] = '\0';
        o->def_source_prior = !strncmp(p + (*p == ']'), "PRIOR", 5);
    }
    const char *t = strstr(sq, "TARGET");
    if (t && (t = strchr(t, '['))) {
        size_t k = 0;
        for (t++; *t && *t != ']' && k + 1 < sizeof o->def_target; t++) o->def_target[k++] = *t;
        o->def_target[k] = '\0';
        o->def_target_after = !strncmp(t + (*t == ']'), "AFTER", 5);
    }
}

int chrTabari_option(chrTabariOpts *o, const char *line, char *why, size_t whylen) {
    char sq[512];
    squeeze(line, sq, sizeof sq);
    char *cm = strstr(sq, "//");
    if (cm) *cm = '\0';
    if ((cm = strstr(sq, "*/"))) *cm = '\0';
    if (!sq[0]) return CHR_OK;
    if (!strncmp(sq, "SET:", 4)) {
        const char *v = strchr(sq, '=');
        const char *val = v ? v + 1 : "";
        if (!strncmp(sq + 4, "CODEBY", 6) || !strncmp(sq + 4, "CODEALL", 7)) {
            o->code_by = strstr(sq, "SENTENCE") ? CHR_TABARI_BY_SENTENCE
                         : strstr(sq, "ALL")    ? CHR_TABARI_BY_ALL
                                                : CHR_TABARI_BY_CLAUSE;
        } else if (!strncmp(sq + 4, "MINIMUMWORDS", 12)) {
            if (!v) goto badval;
            o->min_words = atoi(val);
        } else if (!strncmp(sq + 4, "CONVERTAGENT", 12)) {
            o->convert_agents = truth(val);
        } else if (!strncmp(sq + 4, "YYYY", 4)) {
            o->yyyy = truth(val);
        } else if (!strncmp(sq + 4, "TIMESHIFT", 9)) {
            o->time_shift = truth(val);
        } else if (!strncmp(sq + 4, "FBIS", 4)) {
            o->fbis = truth(val);
        }
        return CHR_OK; /* other switches only change dialogue or output */
    }
    if (!strncmp(sq, "COMPLEX:", 8)) {
        int keep_defaults = 0;
        (void)keep_defaults;
        o->cx_verbs = o->cx_actors = o->cx_pronouns = o->cx_conj = o->cx_comma = o->cx_lateverb = 0;
        number_after(sq, "VERBS", &o->cx_verbs);
        number_after(sq, "ACTORS", &o->cx_actors);
        number_after(sq, "PRONOUNS", &o->cx_pronouns);
        number_after(sq, "CONJ", &o->cx_conj);
        number_after(sq, "COMMA[", &o->cx_comma);
        number_after(sq, "LATEVERB", &o->cx_lateverb);
        o->cx_noactprior = strstr(sq, "NOACTPRIOR") != NULL;
        o->cx_noactafter = strstr(sq, "NOACTAFTER") != NULL;
        o->cx_noverb = strstr(sq, "NOVERB") != NULL;
        o->cx_nosource = strstr(sq, "NOSOURCE") != NULL;
        o->cx_notarget = strstr(sq, "NOTARGET") != NULL;
        o->cx_noevent = strstr(sq, "NOEVENT") != NULL;
        return CHR_OK;
    }
    if (!strncmp(sq, "DEFAULT:", 8) || !strncmp(sq, "DEFA:", 5)) {
        if (!strcmp(strchr(sq, ':') + 1, "OFF")) {
            o->def_source[0] = o->def_target[0] = '\0';
            o->def_source_prior = o->def_target_after = 0;
        } else {
            read_default(o, sq);
        }
        return CHR_OK;
    }
    if (!strncmp(sq, "COMMA:", 6)) {
        if (!strcmp(sq + 6, "OFF")) {
            o->comma_off = 1;
            return CHR_OK;
        }
        o->comma_off = 0;
        const char *p = sq + 6;
        /* keys appear as MIN=.. MAX=.. EMIN=.. EMAX=.. BMIN=.. BMAX=.. */
        struct { const char *k; int *v; } keys[] = {
            {"EMIN=", &o->comma_emin}, {"EMAX=", &o->comma_emax}, {"BMIN=", &o->comma_bmin},
            {"BMAX=", &o->comma_bmax}};
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) number_after(p, keys[k].k, keys[k].v);
        for (const char *q = p; (q = strstr(q, "MIN=")); q++)
            if (q == p || (q[-1] != 'E' && q[-1] != 'B')) o->comma_min = atoi(q + 4);
        for (const char *q = p; (q = strstr(q, "MAX=")); q++)
            if (q == p || (q[-1] != 'E' && q[-1] != 'B')) o->comma_max = atoi(q + 4);
        return CHR_OK;
    }
    if (!strncmp(sq, "FORWARD:", 8)) {
        size_t l = strlen(sq);
        o->forward = !(l >= 3 && !strcmp(sq + l - 3, "OFF"));
        return CHR_OK;
    }
    if (!strncmp(sq, "LABEL:", 6) || !strncmp(sq, "OUTPUT:", 7) || !strncmp(sq, "NONEVENTS:", 10) ||
        !strncmp(sq, "ISSUES", 6) || !strncmp(sq, "FREQ", 4) || !strncmp(sq, "ATTRIB", 6) ||
        !strncmp(sq, "~~~~", 4) || !strncmp(sq, "OPTIONS", 7))
        return CHR_OK;
    snprintf(why, whylen, "unknown command '%.40s'", line);
    return CHR_EFORMAT;
badval:
    snprintf(why, whylen, "missing value in '%.40s'", line);
    return CHR_EFORMAT;
}

int chrTabari_loadOptions(chrTabariOpts *o, const char *name, const char *text, size_t n, int flags,
                          chr_message_fn msg, void *ctx) {
    size_t i = 0;
    unsigned line = 0;
    int errors = 0;
    char buf[512];
    while (i < n) {
        size_t e = i;
        while (e < n && text[e] != '\n') e++;
        line++;
        size_t len = e - i < sizeof buf - 1 ? e - i : sizeof buf - 1;
        memcpy(buf, text + i, len);
        buf[len] = '\0';
        i = e + 1;
        char *h = strchr(buf, '#');
        if (h) *h = '\0';
        char why[200];
        if (chrTabari_option(o, buf, why, sizeof why) != CHR_OK) {
            errors++;
            if (msg) {
                char m[400];
                snprintf(m, sizeof m, "%s:%u: %s", name, line, why);
                msg(ctx, m);
            }
            if (flags & CHR_LEXICON_STRICT) return CHR_EFORMAT;
        }
    }
    return errors ? CHR_EFORMAT : CHR_OK;
}

int32_t chrTabari_date(const char *s, size_t n, int yyyy) {
    size_t want = yyyy ? 8 : 6;
    if (n < want) return -1;
    int v[8];
    for (size_t k = 0; k < want; k++) {
        if (s[k] < '0' || s[k] > '9') return -1;
        v[k] = s[k] - '0';
    }
    int y, m, d;
    if (yyyy) {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
    } else {
        y = v[0] * 10 + v[1];
        y += y <= 30 ? 2000 : 1900;
        m = v[2] * 10 + v[3], d = v[4] * 10 + v[5];
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    return chrLex_ymd(y, m, d);
}
