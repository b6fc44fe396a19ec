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
#include <stdio.h>

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

/* The UTF-8 policy for callers that write text out: the length of the
 * character at s[i] (i < n), at least 1; *bad is set to 1 when that byte
 * starts an invalid sequence or is NUL (show it as U+FFFD), else 0. */
size_t chr_utf8_next(const char *s, size_t n, size_t i, int *bad);

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
/* Part of a dateline at the start of a story or paragraph ("MEXICO CITY,
 * May 20 (Reuters) -"): a place and a source of the report, never an actor
 * of the events the story tells. */
#define CHR_TOKEN_DATELINE 0x04u

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

/* The most tokens one document may have (about 20 MB of prose); a
 * larger one is refused with CHR_ELIMIT, so one pathological record
 * (say, 50 MB of punctuation) cannot take gigabytes of memory. */
#define CHR_MAX_DOC_TOKENS 4000000u

/* Tokenizes and splits the document into sentences (UD English EWT
 * conventions). Replaces any earlier tokens. Returns CHR_ELIMIT beyond
 * CHR_MAX_DOC_TOKENS tokens (the document keeps none). */
int chr_tokenize(chr_doc *doc);

/* ---------------------------------------------------------- data files */

/* Finds a shipped data file (a model such as "models/en-tag.bin", or a
 * dictionary directory "dict") and writes its path into out. Looks in
 * $CHRONICLE_DATA, then beside the running program (bin/../), then in
 * the installed share directory. Returns CHR_OK or CHR_ENOTFOUND. */
int chr_data_path(const char *relpath, char *out, size_t outlen);

/* ----------------------------------------------------- time expressions */

typedef enum chr_timex_type {
    CHR_TIMEX_DATE = 1,
    CHR_TIMEX_TIME,
    CHR_TIMEX_DURATION,
    CHR_TIMEX_SET
} chr_timex_type;

/* A time expression with its TIMEX3 reading against the document date. */
typedef struct chr_timex {
    size_t start, end; /* byte span [start, end) in the document text */
    int type;          /* chr_timex_type */
    char value[32];    /* "2016-05-13", "2015-SU", "P3Y", "PAST_REF", "199" */
    char mod[16];      /* "START", "MID", "END", "APPROX", ... or "" */
} chr_timex;

/* Finds the time expressions of text[0, len) (raw UTF-8; invalid bytes are
 * harmless) and normalises them against dct (fields 0 = unknown: values
 * then keep X digits). *out is an array of *count expressions in text
 * order, freed with chr_timex_free(); NULL when none. Returns CHR_OK,
 * CHR_EINVAL or CHR_ENOMEM. */
int chr_timex_find(const char *text, size_t len, chr_date dct, chr_timex **out,
                   size_t *count);
void chr_timex_free(chr_timex *x);

/* Normalises the expression known to span text[start, end), reading the
 * text around it for tense. Returns 1 when understood, 0 when not
 * (out->value is ""), CHR_EINVAL on a bad span. */
int chr_timex_normalize(const char *text, size_t len, size_t start, size_t end, chr_date dct,
                        chr_timex *out);

/* "DATE", "TIME", "DURATION", "SET" ("?" otherwise). */
const char *chr_timex_type_name(int type);

/* --------------------------------------------- entities, events, quotes */

/* Entity types of the NER stage. */
typedef enum chr_entity_type {
    CHR_ENT_NONE = 0,
    CHR_ENT_PER,
    CHR_ENT_ORG,
    CHR_ENT_LOC,
    CHR_ENT_COUNT
} chr_entity_type;

/* "PER", "ORG", "LOC" ("O" otherwise). */
const char *chr_entity_type_name(int type);

/* One mention of an entity: a token range of one sentence. */
typedef struct chr_mention {
    uint32_t start, end;      /* byte span in the original text */
    uint32_t first, count;    /* token range */
    uint32_t sentence;
    uint32_t entity;          /* index into chr_doc_entities() */
} chr_mention;

/* A document-level entity: every mention of one person, organisation or
 * place, under one canonical name. */
typedef struct chr_entity {
    int type;                 /* chr_entity_type */
    const char *name;         /* canonical name ("Joaquin Guzman") */
    const char *code;         /* actor code when the dictionaries know it, else NULL */
    const uint32_t *mentions; /* indices into chr_doc_mentions(), in text order */
    uint32_t nmentions;
} chr_entity;

/* An event participant. */
typedef struct chr_actor {
    const char *code;         /* "MEXGOV", "USA", "---CRM" */
    const char *text;         /* the words it was coded from (working form) */
    uint32_t start, end;      /* their byte span */
    int32_t entity;           /* document entity, or -1 */
} chr_actor;

/* One coded event. */
typedef struct chr_event {
    uint32_t sentence;
    chr_date date;            /* of its governing time expression, else the document's */
    chr_actor source, target;
    char code[8];             /* CAMEO event code, "063" */
    char root[4];             /* its root, "06" */
    int quad;                 /* quad class 1..4 */
    double goldstein;         /* Goldstein score */
    uint32_t evidence_start, evidence_end; /* byte span of the verb phrase */
    const char *pattern;      /* the dictionary pattern that matched, or NULL */
    uint32_t flags;           /* CHR_EVENT_* */
} chr_event;

#define CHR_EVENT_NEGATED 0x1u /* coded from a negated clause (kept only on request) */

/* A quotation and its speaker. */
typedef struct chr_quote {
    uint32_t start, end;      /* byte span of the quotation, marks included */
    const char *text;         /* the quoted words (working form), marks excluded */
    uint32_t speaker_start, speaker_end; /* 0, 0 when no speaker was found */
    const char *speaker;      /* speaker text, or NULL */
    int32_t speaker_entity;   /* document entity, or -1 */
    const char *description;  /* apposition describing the speaker, or NULL */
    const char *code;         /* the speaker's actor code, or NULL */
    const char *cue;          /* the cue verb ("said"), or NULL */
    uint32_t flags;           /* CHR_QUOTE_* */
} chr_quote;

#define CHR_QUOTE_UNTERMINATED 0x1u /* closed at the paragraph's end */

const chr_entity *chr_doc_entities(const chr_doc *doc, size_t *count);
const chr_mention *chr_doc_mentions(const chr_doc *doc, size_t *count);
const chr_event *chr_doc_events(const chr_doc *doc, size_t *count);
const chr_quote *chr_doc_quotes(const chr_doc *doc, size_t *count);

/* ------------------------------------------------------------ pipeline */

/* The stages; a stage pulls in the earlier ones it needs. */
enum {
    CHR_STAGE_TOKENIZE = 1u << 0,
    CHR_STAGE_TAG = 1u << 1,    /* UPOS, XPOS, lemma */
    CHR_STAGE_PARSE = 1u << 2,  /* UD dependencies */
    CHR_STAGE_NER = 1u << 3,    /* entities and document clusters */
    CHR_STAGE_TIMEX = 1u << 4,  /* time expressions */
    CHR_STAGE_QUOTES = 1u << 5, /* quotations and speakers */
    CHR_STAGE_EVENTS = 1u << 6, /* CAMEO events */
    CHR_STAGE_ALL = 0x7fu
};

typedef struct chr_lexicon chr_lexicon;

typedef struct chr_pipeline_options {
    unsigned stages;       /* CHR_STAGE_* bits; 0 means CHR_STAGE_ALL */
    const char *model_dir; /* directory of en-*.bin models; NULL: shipped */
    const char *dict_dir;  /* event dictionaries (chronicle's format); NULL: shipped dict/ */
    const chr_lexicon *lexicon; /* event dictionaries already loaded (any format); used
                                   instead of dict_dir, stays the caller's, must outlive
                                   the pipeline */
    unsigned event_flags;  /* CHR_EVENTS_* */
} chr_pipeline_options;

#define CHR_EVENTS_KEEP_NEGATED 0x1u /* emit negated events, flagged CHR_EVENT_NEGATED */
#define CHR_EVENTS_ALL 0x2u          /* keep repeats of (date, source, target, code) in a document */
#define CHR_EVENTS_MONADIC 0x4u      /* emit events lacking a source or target ("---") */

typedef struct chr_pipeline chr_pipeline;

/* Loads what the chosen stages need (models, dictionaries) once. On
 * failure returns NULL and writes the reason (naming the file) into err.
 * A pipeline is read-only after creation: chr_pipeline_run() may be
 * called from many threads at once on different documents. */
chr_pipeline *chr_pipeline_new(const chr_pipeline_options *opts, char *err, size_t errlen);
/* The stages this pipeline runs (after pulling in dependencies). */
unsigned chr_pipeline_stages(const chr_pipeline *p);
/* Runs every stage on doc, adding its layers. */
int chr_pipeline_run(const chr_pipeline *p, chr_doc *doc);
void chr_pipeline_free(chr_pipeline *p);

/* The time expressions the pipeline found in doc, in text order. */
const chr_timex *chr_doc_timex(const chr_doc *doc, size_t *count);

/* --------------------------------------------------------------- parser */

/* Training a dependency parser (`chronicle train parse`). */
typedef struct chr_parse_train_options {
    const char *train_path;  /* CoNLL-U treebank */
    const char *dev_path;    /* CoNLL-U; the best epoch on it is kept (may be NULL) */
    const char *out_path;    /* model file to write */
    const char *tag_model;   /* tagger model: train and pick the epoch on its
                                predicted tags; NULL: gold tags */
    int jackknife;           /* > 1: train on tags predicted for each of this many
                                parts of the treebank by a tagger trained on the
                                others (tag_model then serves the dev set) */
    int epochs;              /* 0: the default (15) */
    unsigned long long seed; /* 0: 1 */
    double max_mb;           /* largest model written, MB (0: 20) */
    FILE *log;               /* progress lines, may be NULL */
} chr_parse_train_options;

/* Trains a parser and writes it to out_path. Returns CHR_OK or a negative
 * status with "file: reason" in err. */
int chr_parse_train(const chr_parse_train_options *opts, char *err, size_t errlen);

#define CHR_PARSE_EVAL_RELATIONS 8

/* Scores of a parser on a gold treebank (`chronicle eval parse`). */
typedef struct chr_parse_eval {
    double uas, las;      /* percentages, CoNLL 2018 style (LAS on universal labels) */
    double las_full;      /* LAS on whole labels, subtypes included */
    double words_per_s;   /* parsing alone, one thread, CPU time: the median of 5 passes */
    size_t words;
    const char *rel_name[CHR_PARSE_EVAL_RELATIONS];  /* nsubj, nsubj:pass, ... */
    double rel_las[CHR_PARSE_EVAL_RELATIONS];        /* whole-label LAS per relation */
    size_t rel_count[CHR_PARSE_EVAL_RELATIONS];      /* gold words with it */
} chr_parse_eval;

/* Parses the gold tokens of gold_path with the parser model parse_model
 * on tags from the tagger model tag_model (NULL: the gold tags) and
 * scores it. Returns CHR_OK or a negative status with a message in err. */
int chr_parse_evaluate(const char *gold_path, const char *parse_model, const char *tag_model,
                       chr_parse_eval *out, char *err, size_t errlen);

/* ---------------------------------------------------------------- store */

/*
 * The event database: documents and every layer the pipeline adds, kept
 * in one SQLite file (tables documents, sentences, entities, mentions,
 * events, quotes, timex; docs/SCHEMA.md). A document is keyed by its id
 * and a 64-bit hash of its content (text, date, title, url, source) and
 * the stages that ran: storing the same document again changes nothing,
 * a changed one has all its rows replaced in one transaction.
 *
 * One chr_store handle belongs to one thread at a time. Several handles
 * (in one process or many) may read while one writes: readers see only
 * committed transactions (WAL mode).
 */
typedef struct chr_store chr_store;

#define CHR_STORE_SCHEMA 2 /* the schema version this library writes */

enum { CHR_STORE_READ = 0, CHR_STORE_WRITE = 1 };

/* Opens (CHR_STORE_WRITE: creates when absent) the database at path.
 * Refuses, with a reason naming the file in err, a file that is not a
 * chronicle database (CHR_EFORMAT), a truncated or damaged one
 * (CHR_EFORMAT), one with a newer schema (CHR_EVERSION), or a missing
 * one opened for reading (CHR_ENOTFOUND). */
int chr_store_open(const char *path, int mode, chr_store **out, char *err, size_t errlen);
/* Rolls back an open transaction; NULL-safe. */
void chr_store_close(chr_store *s);
/* The message of the last failure on s ("" when none). */
const char *chr_store_error(const chr_store *s);

/* Transactions group many chr_store_put calls (a batch): nothing of the
 * batch is visible to readers, or survives a crash, before the commit. */
int chr_store_begin(chr_store *s);
int chr_store_commit(chr_store *s);

/* 1 when doc is stored with the same content and stages, 0 when not
 * (absent or different), or a negative status. */
int chr_store_has(chr_store *s, const chr_doc *doc, unsigned stages);

typedef enum chr_store_action {
    CHR_STORE_ADDED = 1,  /* a new document id */
    CHR_STORE_REPLACED,   /* the id was stored with other content or stages */
    CHR_STORE_UNCHANGED   /* stored already as it is: nothing written */
} chr_store_action;

/* Stores doc and its layers (stages: chr_pipeline_stages() of the
 * pipeline that ran). Inside a transaction when one is open (all or
 * nothing for this document), else in its own. *action tells what
 * happened. */
int chr_store_put(chr_store *s, const chr_doc *doc, unsigned stages, int *action);

/* Counts of stored rows. */
typedef struct chr_store_counts {
    size_t documents, sentences, entities, mentions, events, quotes, timex;
} chr_store_counts;
int chr_store_count(chr_store *s, chr_store_counts *out);

/* Which events to read; NULL or zero fields do not filter. Texts are
 * matched as given (bound parameters, never pasted into SQL). */
typedef struct chr_event_filter {
    const char *actor;   /* source or target: code prefix or entity name */
    const char *source;  /* source: code prefix or entity name */
    const char *target;  /* target: code prefix or entity name */
    const char *code;    /* event code, exactly ("063") */
    const char *root;    /* root code ("06") */
    int quad;            /* quad class 1..4 */
    chr_date since, until; /* event date within [since, until] */
    const char *text;    /* words that must all occur in the sentence (FTS5) */
    const char *doc;     /* document id */
    size_t limit;        /* at most this many (0: all) */
} chr_event_filter;

/* An event read back from a store. Every pointer lives for the call. */
typedef struct chr_stored_event {
    const char *doc;           /* document id */
    const char *url;           /* document url, or NULL */
    const char *news_source;   /* document source, or NULL */
    chr_event event;           /* actors' entity fields index the document */
    const char *source_name;   /* canonical name of the source entity, or NULL */
    const char *target_name;
    const char *sentence_text; /* the sentence it was coded from */
} chr_stored_event;

/* Calls fn for each matching event, ordered by date, document (input
 * order), sentence and event number; stops early when fn returns non-zero
 * (that value is returned). */
typedef int (*chr_stored_event_fn)(void *ctx, const chr_stored_event *e);
int chr_store_events(chr_store *s, const chr_event_filter *f, chr_stored_event_fn fn,
                     void *ctx);

/* One step of an entity's story: an event it takes part in or a
 * quotation it speaks, with the document's date when the event has none. */
typedef struct chr_story_item {
    const chr_stored_event *event; /* an event, or NULL */
    const chr_quote *quote;        /* a quotation (text, speaker, cue...), or NULL */
    const char *doc;               /* document id */
    chr_date date;
    uint32_t sentence;
    const char *sentence_text;
} chr_story_item;

/* The timeline of the entity named name (canonical name, mention text or
 * actor code, case-insensitive) across all documents, in date order. */
typedef int (*chr_story_fn)(void *ctx, const chr_story_item *item);
int chr_store_story(chr_store *s, const char *name, chr_story_fn fn, void *ctx);

typedef enum chr_export_format {
    CHR_EXPORT_GDELT = 1, /* GDELT 2.0 event table, 61 tab-separated columns */
    CHR_EXPORT_PHOENIX,   /* Phoenix, 26 tab-separated columns */
    CHR_EXPORT_JSONL      /* one event per line, the schema of `chronicle code` */
} chr_export_format;

/* Writes every stored event to out. GDELT and Phoenix rows are one per
 * distinct (date, source, target, code), with the mentions, articles and
 * sources counted across the collection. *rows gets the number written. */
int chr_store_export(chr_store *s, int format, FILE *out, size_t *rows);

/* Writes e as one JSON object (no newline), the event schema of
 * `chronicle code` plus "sentence_text" when known. */
void chr_store_write_event_json(FILE *out, const chr_stored_event *e);

/* Writes s[0..len) as a JSON string, quotes included: invalid UTF-8 as
 * \ufffd, control bytes escaped. Returns CHR_OK or CHR_EIO. */
int chr_json_write_string(FILE *f, const char *s, size_t len);

/* -------------------------------------------------------------- readers */

/*
 * Readers turn inputs into documents, one at a time, so that a corpus of
 * any size is read in bounded memory.
 *
 * Inputs
 *  - A text file is one document: its bytes exactly, id = the path as
 *    given (or opts.id), date = opts.date. An empty file gives no
 *    document (a note says so) and is no error. A binary file is read
 *    like any other text: invalid UTF-8 and NUL bytes stay in the
 *    original bytes and become U+FFFD in the working text (UTF-8 policy
 *    above); a note gives their count.
 *  - A JSON Lines file has one JSON object per line:
 *      {"id": ..., "date": "YYYY-MM-DD", "text": "...",
 *       "title": "...", "url": "...", "source": "...", ...}
 *    "text" (a string) is required. "id" is a string or a number; when
 *    absent, null or "" the document is named FILE:LINE. "date" is
 *    "YYYY-MM-DD" or an ISO 8601 timestamp starting with one
 *    ("2016-05-20T10:00:00Z": the time is ignored); when absent, null or
 *    "" opts.date is used. title, url and source become metadata
 *    (chr_doc_meta). Every other field, and a title/url/source that is
 *    not a string, is kept as one JSON object (chr_doc_extra_json) for
 *    outputs to pass through. Blank lines are ignored; "\r\n" line ends
 *    are accepted.
 *    Invalid UTF-8: JSON must be UTF-8 and jansson refuses anything else,
 *    so before parsing each byte of an invalid sequence, and each raw NUL
 *    byte, is replaced by U+FFFD; the record is kept and a note gives the
 *    count (the replacement the UTF-8 policy makes anyway). An escaped
 *    "\u0000" is valid JSON and is kept as a NUL in the text.
 *  - A directory is walked recursively, entries in byte order of their
 *    names; hidden entries (".name") are left out and symbolic links to
 *    directories are not followed.
 *  - gzip and zstd compression is recognised by its magic bytes (not the
 *    file name) and undone while reading; nothing is loaded whole.
 *  - "-" is standard input.
 *
 * Bad records
 *  A JSON line that is not valid JSON or not an object, has no "text" or
 *  a "text" that is not a string, an "id" that is not a string or number,
 *  or an invalid "date"; a line or text file longer than opts.max_line
 *  (the line is read past, never buffered whole); a file that cannot be
 *  opened or whose compressed data is corrupt. Each is reported through
 *  the message callback as "FILE:LINE: reason" (text files: "FILE:
 *  reason"), counted in chr_reader_skipped() and skipped; a strict reader
 *  stops at the first one instead. Notes (empty file, U+FFFD
 *  replacements, entries a directory walk left out) go through the same
 *  callback but are not counted: nothing is dropped silently.
 */
typedef struct chr_reader chr_reader;

typedef enum chr_input_format {
    CHR_INPUT_AUTO = 0,  /* by name: .jsonl/.ndjson (optionally followed by
                            .gz, .zst or .zstd) are JSON Lines, anything
                            else (and standard input) text */
    CHR_INPUT_TEXT,      /* one document per file */
    CHR_INPUT_JSONL      /* one JSON object per line */
} chr_input_format;

typedef struct chr_reader_options {
    chr_input_format format;
    size_t max_line;        /* longest accepted line or text file in bytes
                               (0: 64 MiB) */
    int strict;             /* stop at the first bad record */
    const char *id;         /* id for text inputs (else the path); copied */
    chr_date date;          /* default date for documents without one */
} chr_reader_options;

/* Receives one message (no trailing newline); the text lives only for
 * the call. */
typedef void (*chr_message_fn)(void *ctx, const char *message);

/* Reads paths[0..npaths) in order; npaths == 0 means standard input. The
 * paths and opts are copied; on_message (may be NULL) is called with ctx
 * for every problem and note. Returns NULL only when out of memory.
 * Nothing is opened before the first chr_reader_next(). */
chr_reader *chr_reader_open(const char *const *paths, size_t npaths,
                            const chr_reader_options *opts,
                            chr_message_fn on_message, void *ctx);
/* Reads from an open stream f (a pipe, a socket, fmemopen()) named name
 * in messages, ids and for CHR_INPUT_AUTO. f stays the caller's: the
 * reader never closes it, and it must stay open until chr_reader_free().
 * Returns NULL when f is NULL or out of memory. */
chr_reader *chr_reader_open_file(FILE *f, const char *name, const chr_reader_options *opts,
                                 chr_message_fn on_message, void *ctx);
/* Reads the next document into *out; the caller owns it and frees it
 * with chr_doc_free(). Returns CHR_OK; CHR_EOF after the last input; or,
 * with *out NULL, CHR_ENOMEM, or the status of the bad record or input a
 * strict reader stopped at (CHR_EFORMAT, CHR_ELIMIT, CHR_ENOTFOUND,
 * CHR_EIO), which it then returns on every later call. */
int chr_reader_next(chr_reader *r, chr_doc **out);
/* Documents returned and bad records/inputs skipped so far. */
size_t chr_reader_docs(const chr_reader *r);
size_t chr_reader_skipped(const chr_reader *r);
/* NULL-safe. Documents already returned stay valid. */
void chr_reader_free(chr_reader *r);

/* ---- Dictionaries (lexicon)
 * A lexicon holds actors, agents, verb patterns and discards, loaded from a
 * dictionary directory in chronicle's own format (docs/DICT-FORMAT.md).
 * Loading reports each malformed line as "file:line: reason" to the message
 * callback and goes on, unless CHR_LEXICON_STRICT is set: then the first
 * error stops the load with CHR_EFORMAT and *out stays NULL. */
typedef struct chr_lexicon_counts {
    size_t files, lines, errors, warnings;
    size_t countries, country_names;     /* distinct country codes; their names */
    size_t actors, actor_names, dated_codes; /* other actor entries; their names */
    size_t agents, agent_names;
    size_t sets, set_members;
    size_t verb_blocks, noun_blocks, verb_lemmas, patterns;
    size_t combine_rules, transforms, light_verbs, negators, auxiliaries;
    size_t skip_names, discard_names, issue_names;
} chr_lexicon_counts;

#define CHR_LEXICON_STRICT 1
int chr_lexicon_load_dir(const char *dir, int flags, chr_message_fn on_message, void *ctx,
                         chr_lexicon **out);
/* Loads PETRARCH-family dictionaries (PETRARCH-1 or PETRARCH2/Phoenix): every
 * file of dir whose name tells its kind ("verbs" or "CAMEO", "actors",
 * "agents", "discards", "issue"), in name order. Malformed lines are reported
 * and skipped as above (CHR_LEXICON_STRICT stops at the first). */
int chr_lexicon_load_petrarch(const char *dir, int flags, chr_message_fn on_message, void *ctx,
                              chr_lexicon **out);
/* Counts per kind of what was loaded (and of the errors met). */
void chr_lexicon_get_counts(const chr_lexicon *lex, chr_lexicon_counts *out);
void chr_lexicon_free(chr_lexicon *lex);

#ifdef __cplusplus
}
#endif
#endif /* CHRONICLE_H */
