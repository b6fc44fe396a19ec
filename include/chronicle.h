/*
 * chronicle.h - the one public header of libchronicle.
 *
 * chronicle turns news reports into event data: raw text in; tokens,
 * sentences, tags, dependencies, entities, CAMEO events, quotations and
 * time expressions out. Anything not declared here is not API.
 *
 * Conventions
 *  - Functions return int status: CHR_OK (0) or a negative chr_status.
 *    chr_strerror() names a status; details go to the caller's error
 *    buffer where a function takes one.
 *  - Objects are opaque handles made by chr_X_new() and released by
 *    chr_X_free(), which accepts NULL.
 *  - Every pointer a document accessor returns is owned by the document
 *    and lives until chr_doc_free(); strings from a model (tag names) live
 *    as long as the model.
 *
 * UTF-8 policy
 *  The original bytes of a document are kept exactly as given and every
 *  token, sentence and annotation points back into them by byte offsets
 *  [start, end). The working text that stages read is derived per token:
 *  an invalid UTF-8 sequence (overlong forms, surrogates, stray
 *  continuation bytes, truncated sequences) and every NUL byte become
 *  U+FFFD, and the result is NFC-normalised. chr_doc_invalid_count() tells
 *  how many replacements were made. For matching, each token also has a
 *  folded form: curly quotes become straight ones, dashes become '-',
 *  non-breaking and other Unicode spaces become ' '. Outputs always show
 *  the original text.
 */
#ifndef CHRONICLE_H
#define CHRONICLE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CHR_VERSION "0.1.0"
#define CHR_VERSION_NUMBER 100 /* major*10000 + minor*100 + patch */

/* The version of the library actually linked (compare to CHR_VERSION). */
const char *chr_version(void);

typedef enum chr_status {
    CHR_OK = 0,
    CHR_ENOMEM = -1,    /* out of memory */
    CHR_EINVAL = -2,    /* bad argument */
    CHR_EIO = -3,       /* read or write failed */
    CHR_EFORMAT = -4,   /* malformed input (file, record, model) */
    CHR_EVERSION = -5,  /* model or database newer than this library */
    CHR_ECHECKSUM = -6, /* model checksum mismatch */
    CHR_ELIMIT = -7,    /* a size limit was exceeded */
    CHR_ENOTFOUND = -8, /* file, model or entry not found */
    CHR_EOF = -9        /* no more input (readers) */
} chr_status;

/* A static English description of a status; never NULL. */
const char *chr_strerror(int status);

/* ---------------------------------------------------------------- dates */

/* A calendar date; a zero field means unknown. */
typedef struct chr_date {
    int year;
    int month;
    int day;
} chr_date;

/* Parses exactly "YYYY-MM-DD" (a real calendar date, years 1000-9999).
 * Returns CHR_OK or CHR_EFORMAT; *out is untouched on failure. */
int chr_date_parse(const char *s, chr_date *out);

/* Writes "YYYY-MM-DD" (or "" when unknown) into buf[11]. */
void chr_date_format(chr_date d, char buf[11]);

/* ----------------------------------------------------------- documents */

typedef struct chr_doc chr_doc;

/* Universal POS tags, in the order of the UD guidelines. */
typedef enum chr_upos {
    CHR_UPOS_NONE = 0,
    CHR_UPOS_ADJ, CHR_UPOS_ADP, CHR_UPOS_ADV, CHR_UPOS_AUX, CHR_UPOS_CCONJ,
    CHR_UPOS_DET, CHR_UPOS_INTJ, CHR_UPOS_NOUN, CHR_UPOS_NUM, CHR_UPOS_PART,
    CHR_UPOS_PRON, CHR_UPOS_PROPN, CHR_UPOS_PUNCT, CHR_UPOS_SCONJ,
    CHR_UPOS_SYM, CHR_UPOS_VERB, CHR_UPOS_X,
    CHR_UPOS_COUNT
} chr_upos;

/* "NOUN" for CHR_UPOS_NOUN, "_" for CHR_UPOS_NONE or out of range. */
const char *chr_upos_name(int upos);
/* The chr_upos of a name, or CHR_UPOS_NONE. */
int chr_upos_from_name(const char *name);

/* One token. Offsets are bytes into the original text, [start, end). */
typedef struct chr_token {
    uint32_t start, end;
    uint32_t sentence;    /* index of its sentence */
    const char *form;     /* NFC working form, NUL-terminated */
    const char *fold;     /* form with quotes, dashes, spaces folded */
    const char *lemma;    /* NULL until tagged */
    const char *xpos;     /* Penn Treebank tag; NULL until tagged */
    const char *deprel;   /* UD relation; NULL until parsed */
    int32_t head;         /* in-sentence, 1-based; 0 = root; -1 = unparsed */
    uint16_t xpos_id;     /* model-specific ids of xpos and deprel */
    uint16_t deprel_id;
    uint8_t upos;         /* chr_upos */
    uint8_t space_after;  /* 1 when whitespace follows in the original */
    uint8_t ner;          /* entity tag id (see the NER stage); 0 = O */
    uint8_t flags;        /* CHR_TOKEN_* */
} chr_token;

#define CHR_TOKEN_PARA_START 0x01u /* first token of a paragraph */
/* This word and the one before it were written as one token ("do" +
 * "n't" in "don't", "Bush" + "'s"): a multiword token in UD terms. The
 * surface token runs from the first word's start to the last's end. */
#define CHR_TOKEN_JOINED 0x02u

typedef struct chr_sentence {
    uint32_t first;      /* index of its first token */
    uint32_t count;      /* number of tokens */
    uint32_t start, end; /* byte span in the original text */
    uint32_t paragraph;  /* 0-based paragraph number */
} chr_sentence;

/* A new document holding a private copy of text[0..len). id may be NULL
 * (then "-"). Returns NULL only when out of memory. */
chr_doc *chr_doc_new(const char *id, const char *text, size_t len);
void chr_doc_free(chr_doc *doc);

const char *chr_doc_id(const chr_doc *doc);
/* The original bytes (NUL-terminated for convenience; may contain NULs). */
const char *chr_doc_text(const chr_doc *doc, size_t *len);
chr_date chr_doc_date(const chr_doc *doc);
void chr_doc_set_date(chr_doc *doc, chr_date date);

/* Optional metadata: "title", "url", "source", or any other key. The
 * value is copied. chr_doc_meta returns NULL when the key is absent. */
int chr_doc_set_meta(chr_doc *doc, const char *key, const char *value);
const char *chr_doc_meta(const chr_doc *doc, const char *key);
/* Fields a reader did not understand, as one JSON object text, passed
 * through to outputs unchanged; NULL when none. */
int chr_doc_set_extra_json(chr_doc *doc, const char *json);
const char *chr_doc_extra_json(const chr_doc *doc);

const chr_token *chr_doc_tokens(const chr_doc *doc, size_t *count);
const chr_sentence *chr_doc_sentences(const chr_doc *doc, size_t *count);
/* How many invalid UTF-8 sequences and NUL bytes were replaced. */
size_t chr_doc_invalid_count(const chr_doc *doc);

/* ---------------------------------------------------------- text stage */

/* Tokenizes and splits the document into sentences (UD English EWT
 * conventions). Replaces any earlier tokens. */
int chr_tokenize(chr_doc *doc);

/* ---------------------------------------------------------- data files */

/* Finds a shipped data file (a model such as "models/en-tag.bin", or a
 * dictionary directory "dict") and writes its path into out. Looks in
 * $CHRONICLE_DATA, then beside the running program (bin/../), then in
 * the installed share directory. Returns CHR_OK or CHR_ENOTFOUND. */
int chr_data_path(const char *relpath, char *out, size_t outlen);

/* -------------------------------------------------------------- readers */

typedef struct chr_reader chr_reader;

typedef enum chr_input_format {
    CHR_INPUT_AUTO = 0,  /* by extension: .jsonl/.ndjson (optionally .gz,
                            .zst) are JSON Lines, anything else text */
    CHR_INPUT_TEXT,      /* one document per file; id = file name */
    CHR_INPUT_JSONL      /* one JSON object per line */
} chr_input_format;

typedef struct chr_reader_options {
    chr_input_format format;
    size_t max_line;        /* longest accepted record in bytes (0: 64 MiB) */
    int strict;             /* stop at the first bad record */
    const char *id;         /* id for a single text input (else file name) */
    chr_date date;          /* default date for records without one */
} chr_reader_options;

/* Opens paths[0..npaths) in order; a directory is walked recursively in
 * name order; "-" (or npaths == 0) is standard input. Files ending in .gz
 * or .zst are decompressed. Problems are written to the message callback
 * (file:line: what) and counted. */
typedef void (*chr_message_fn)(void *ctx, const char *message);
chr_reader *chr_reader_open(const char *const *paths, size_t npaths,
                            const chr_reader_options *opts,
                            chr_message_fn on_message, void *ctx);
/* Reads the next document into *out (the caller frees it). Returns CHR_OK,
 * CHR_EOF at the end, or a negative status when a strict reader met a bad
 * record or an input could not be read at all. Bad records in lenient mode
 * are reported, counted and skipped. */
int chr_reader_next(chr_reader *r, chr_doc **out);
/* Counts so far. */
size_t chr_reader_docs(const chr_reader *r);
size_t chr_reader_skipped(const chr_reader *r);
void chr_reader_free(chr_reader *r);

#ifdef __cplusplus
}
#endif
#endif /* CHRONICLE_H */
