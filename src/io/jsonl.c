/*
 * jsonl.c - parsing one JSON Lines record with jansson. See jsonl.h.
 *
 * jansson refuses invalid UTF-8 anywhere in its input and has no option
 * to accept it, so a line is first made valid: each byte of an invalid
 * sequence, and each raw NUL, becomes U+FFFD (the same replacement the
 * UTF-8 policy makes for text files) and the count is reported. An
 * escaped "\u0000" inside a string is a legal JSON character and is kept
 * (JSON_ALLOW_NUL); the tokenizer replaces it later under the policy.
 */
#define _POSIX_C_SOURCE 200809L
#include "io/jsonl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"

static const char REPLACEMENT[3] = {(char)0xEF, (char)0xBF, (char)0xBD};

/* Returns line itself when it is valid UTF-8 without NULs, otherwise a
 * malloc'd copy with replacements (*copy set so the caller frees it). */
/* Length of the valid character at s[i], or 0 for a bad byte (a byte of
 * an invalid sequence, or NUL). */
static size_t valid_at(const unsigned char *s, size_t n, size_t i) {
    if (s[i] < 0x80) return s[i] != 0;
    size_t k;
    int bad;
    chrUtf8_decode(s, n, i, &k, &bad);
    return bad ? 0 : k;
}

/* Returns line itself when it is valid UTF-8 without NULs, otherwise a
 * malloc'd copy with replacements (*copy set so the caller frees it). */
static const char *make_valid(const char *line, size_t *len, char **copy, size_t *nbad) {
    const unsigned char *s = (const unsigned char *)line;
    size_t n = *len, first = n, bad = 0;
    *copy = NULL;
    for (size_t i = 0; i < n;) {
        size_t k = valid_at(s, n, i);
        if (k == 0) {
            if (first == n) first = i;
            bad++;
            k = 1;
        }
        i += k;
    }
    *nbad = bad;
    if (bad == 0) return line;
    char *out = malloc(n + 2 * bad + 1); /* each bad byte becomes 3 */
    if (!out) return NULL;
    memcpy(out, line, first);
    size_t o = first;
    for (size_t i = first; i < n;) {
        size_t k = valid_at(s, n, i);
        if (k == 0) {
            memcpy(out + o, REPLACEMENT, 3);
            o += 3;
            i++;
        } else {
            memcpy(out + o, s + i, k);
            o += k;
            i += k;
        }
    }
    out[o] = '\0';
    *len = o;
    *copy = out;
    return out;
}

int chrJsonl_parseDate(const char *s, chr_date *out) {
    char head[11];
    size_t n = strlen(s);
    if (n > 10 && (s[10] == 'T' || s[10] == ' ')) n = 10;
    if (n != 10) return CHR_EFORMAT;
    memcpy(head, s, 10);
    head[10] = '\0';
    return chr_date_parse(head, out);
}

int chrJsonl_isBlank(const char *line, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') return 0;
    return 1;
}

static const char *type_name(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

/* The id of a record: a string, or a number written as JSON writes it.
 * Returns a malloc'd string, NULL for none, or sets *bad. */
static char *record_id(const json_t *v, int *bad) {
    *bad = 0;
    if (!v || json_is_null(v)) return NULL;
    if (json_is_string(v)) {
        if (json_string_length(v) == 0) return NULL;
        if (memchr(json_string_value(v), '\0', json_string_length(v))) {
            *bad = 2;
            return NULL;
        }
        return strdup(json_string_value(v));
    }
    if (json_is_number(v)) return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    *bad = 1;
    return NULL;
}

static int is_meta_key(const char *k) {
    return strcmp(k, "title") == 0 || strcmp(k, "url") == 0 || strcmp(k, "source") == 0;
}

/* Copies metadata onto the document and every other field into its
 * pass-through JSON. A title, url or source that is not a string (say
 * an object) is passed through too rather than lost. */
static int keep_fields(chr_doc *d, json_t *obj) {
    json_t *extra = json_object();
    if (!extra) return CHR_ENOMEM;
    const char *key;
    json_t *v;
    int rc = CHR_OK;
    json_object_foreach(obj, key, v) {
        if (strcmp(key, "id") == 0 || strcmp(key, "date") == 0 || strcmp(key, "text") == 0)
            continue;
        if (is_meta_key(key) && json_is_null(v)) continue;
        if (is_meta_key(key) && json_is_string(v) &&
            !memchr(json_string_value(v), '\0', json_string_length(v))) {
            rc = chr_doc_set_meta(d, key, json_string_value(v));
        } else if (json_object_set(extra, key, v) != 0) {
            rc = CHR_ENOMEM;
        }
        if (rc) break;
    }
    if (rc == CHR_OK && json_object_size(extra) > 0) {
        char *s = json_dumps(extra, JSON_COMPACT);
        rc = s ? chr_doc_set_extra_json(d, s) : CHR_ENOMEM;
        free(s);
    }
    json_decref(extra);
    return rc;
}

static int refuse(chrJsonlNote *note, json_t *root, const char *fmt, const char *arg) {
    snprintf(note->why, sizeof note->why, fmt, arg);
    json_decref(root);
    return CHR_EFORMAT;
}

int chrJsonl_parse(const char *line, size_t len, const char *defid, chr_date defdate,
                   chr_doc **out, chrJsonlNote *note) {
    *out = NULL;
    note->replaced = 0;
    note->why[0] = '\0';
    char *copy;
    const char *valid = make_valid(line, &len, &copy, &note->replaced);
    if (!valid) return CHR_ENOMEM;
    json_error_t err;
    json_t *root = json_loadb(valid, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
    free(copy);
    if (!root) {
        snprintf(note->why, sizeof note->why, "invalid JSON at column %d: %s; skipped", err.column,
                 err.text);
        return CHR_EFORMAT;
    }
    if (!json_is_object(root))
        return refuse(note, root, "not a JSON object but %s; skipped", type_name(root));
    json_t *text = json_object_get(root, "text");
    if (!text) return refuse(note, root, "no \"text\" field%s; skipped", "");
    if (!json_is_string(text))
        return refuse(note, root, "\"text\" is %s, not a string; skipped", type_name(text));

    chr_date date = defdate;
    json_t *jd = json_object_get(root, "date");
    if (jd && !json_is_null(jd) && !(json_is_string(jd) && json_string_length(jd) == 0)) {
        if (!json_is_string(jd))
            return refuse(note, root, "\"date\" is %s, not a string; skipped", type_name(jd));
        if (chrJsonl_parseDate(json_string_value(jd), &date) != CHR_OK) {
            char shown[40];
            snprintf(shown, sizeof shown, "%.32s%s", json_string_value(jd),
                     json_string_length(jd) > 32 ? "..." : "");
            return refuse(note, root, "invalid date '%s' (use YYYY-MM-DD); skipped", shown);
        }
    }
    int badid;
    char *id = record_id(json_object_get(root, "id"), &badid);
    if (badid == 2) return refuse(note, root, "\"id\" contains a NUL character%s; skipped", "");
    if (badid)
        return refuse(note, root, "\"id\" is %s, not a string or number; skipped",
                      type_name(json_object_get(root, "id")));

    chr_doc *d = chr_doc_new(id ? id : defid, json_string_value(text), json_string_length(text));
    free(id);
    int rc = d ? keep_fields(d, root) : CHR_ENOMEM;
    json_decref(root);
    if (rc) {
        chr_doc_free(d);
        return rc;
    }
    chr_doc_set_date(d, date);
    *out = d;
    return CHR_OK;
}
