/*
 * lexicon.h - the in-memory dictionary model every dictionary format loads into.
 *
 * Why: the event coder must not care whether its actors, agents and verb
 * patterns came from chronicle's own dict/ files (src/lex/dict_load.c), from
 * TABARI .actors/.verbs/.agents or from PETRARCH files (loaders to come).
 * Each loader fills one chrLex through the builder calls below; the coder
 * only reads it. Nothing here knows a file format.
 *
 * The model
 *  - Strings are interned: a chrLexId (uint32, 0 = none) names an upper-cased
 *    word, a code ("MEXGOV", "063") or a label. chrLex_str() gives it back.
 *    Dictionary words are upper-cased with chrLex_upper(); the coder must
 *    upper-case token forms and lemmas with the same function.
 *  - Phrases (actors, agents, skip words, discards, issues) live in one word
 *    trie. Node 0 is the root; chrLex_child(lex, node, word) steps one word.
 *    A node's hits (chrLexHit, linked by `next`, 0 ends) say what ends there:
 *    kind + index into the kind's array (actors, agents) or a label id
 *    (skip kind, discard, issue code). A hit may demand exact letter case
 *    (`exact` = the phrase as written). The special word chrLex->gap_word
 *    ("...") means "other words may come between"; a word ending in '*'
 *    (discards, issues) is a prefix: chrLex_starChildren() lists them.
 *  - Actors have a default code and dated codes (YYYYMMDD integers, both
 *    ends inclusive, 0 = open); chrLex_actorCode() picks one for a date.
 *  - Agents carry a role code and whether it goes after the country code
 *    (Mexican police -> MEXCOP) or before it (NGO~).
 *  - Verb patterns: blocks (a PETRARCH "verb block": synonymous lemmas and
 *    their patterns), each pattern a list of frame elements over dependency
 *    roles and a code. chrLex_forms(lex, lemma) lists the (lemma, block)
 *    entries of a lemma; pool the patterns of all of them (see
 *    docs/DICT-FORMAT.md for the matching rule). Multiword verbs keep their
 *    extra words (particles) in the form.
 *  - Combination tables map an inner event code to the code of a verb-on-verb
 *    construction (chrLex_combine()); transforms are PETRARCH-style rewrites.
 *
 * Ownership: a chrLex owns everything it points to; chrLex_free() releases it
 * all. Pointers returned by accessors live until then. A loaded chrLex is
 * read-only and may be shared by threads.
 */
#ifndef CHR_LEX_LEXICON_H
#define CHR_LEX_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "chronicle.h"

typedef uint32_t chrLexId;
#define CHR_LEX_NONE 0u

/* What a trie hit is. */
enum chrLexKind {
    CHR_LEX_ACTOR = 1,        /* index: actors[] */
    CHR_LEX_AGENT,            /* index: agents[] */
    CHR_LEX_SKIP,             /* index: label id (media, reporter...) - never an actor */
    CHR_LEX_DISCARD_SENTENCE, /* index: 0 */
    CHR_LEX_DISCARD_STORY,    /* index: 0 */
    CHR_LEX_ISSUE,            /* index: issue code id */
    CHR_LEX_ISSUE_IGNORE,     /* index: 0 */
    CHR_LEX_VERB,             /* surface entries: index: blocks[] */
    CHR_LEX_NOUN,             /* surface entries: a plain noun (no code), index 0 */
    CHR_LEX_ADJ,              /* surface entries: a plain adjective, index 0 */
    CHR_LEX_TIME              /* surface entries: time shift, index: blocks[] */
};

/* What kind of name an actor phrase is (weighting is the coder's business). */
enum chrLexSort {
    CHR_LEX_SORT_OTHER = 0,
    CHR_LEX_SORT_COUNTRY,  /* a country's name */
    CHR_LEX_SORT_ADJ,      /* demonym, adjective */
    CHR_LEX_SORT_CAPITAL,
    CHR_LEX_SORT_CITY,
    CHR_LEX_SORT_PERSON,
    CHR_LEX_SORT_ORG,
    CHR_LEX_SORT_GROUP
};

typedef struct chrLexOrigin {
    uint32_t file; /* index into chrLex.files */
    uint32_t line;
} chrLexOrigin;

typedef struct chrLexHit {
    uint8_t kind;   /* enum chrLexKind */
    uint32_t index; /* see enum chrLexKind */
    chrLexId exact; /* CHR_LEX_NONE, or the phrase as written when case must match */
    uint32_t next;  /* next hit at the same node, 0 = end */
} chrLexHit;

typedef struct chrLexNode {
    uint32_t hits;  /* first hit, 0 = none */
    uint32_t stars; /* first star edge (prefix words), 0 = none */
} chrLexNode;

typedef struct chrLexStar {
    chrLexId prefix; /* upper-cased, without the '*' */
    uint32_t child;
    uint32_t next;
} chrLexStar;

typedef struct chrLexDated {
    chrLexId code;
    int32_t from, until; /* YYYYMMDD, inclusive; 0 = open */
} chrLexDated;

typedef struct chrLexActor {
    chrLexId code;        /* default code, CHR_LEX_NONE if none */
    uint32_t first_dated; /* into chrLex.dated */
    uint32_t n_dated;
    uint8_t sort; /* enum chrLexSort */
    chrLexOrigin origin;
} chrLexActor;

typedef struct chrLexAgent {
    chrLexId code;  /* role code(s), e.g. "GOV", "COP", "NGO" */
    uint8_t prefix; /* 1: goes before the country code (NGO~) */
    chrLexOrigin origin;
} chrLexAgent;

/* A word sequence (lemmas or words, upper-cased); for a noun phrase the
 * last word is the head and the others modifiers. */
typedef struct chrLexPhrase {
    uint32_t first; /* into chrLex.words */
    uint32_t n;
} chrLexPhrase;

typedef struct chrLexSet {
    chrLexId name;         /* "&AID" */
    uint32_t first_member; /* into chrLex.members (phrase indexes) */
    uint32_t n_members;
} chrLexSet;

enum chrLexRole { CHR_ROLE_SUBJ = 1, CHR_ROLE_OBJ, CHR_ROLE_IOBJ, CHR_ROLE_POSS, CHR_ROLE_PREP,
                  CHR_ROLE_XCOMP, CHR_ROLE_CCOMP,
                  /* word-order patterns (chrLexPattern.order; PETRARCH-1 / TABARI): */
                  CHR_ROLE_WORD,   /* a word, phrase or set at this position (value PHRASE or SET) */
                  CHR_ROLE_VERB,   /* the position of the verb ("*") */
                  CHR_ROLE_ACTOR   /* an actor here: slot SRC ($), TGT (+), BOTH (%), NONE (^ skip) */
};
enum chrLexValue { CHR_VAL_ANY = 1, CHR_VAL_PHRASE, CHR_VAL_SET };
enum chrLexSlot { CHR_SLOT_NONE = 0, CHR_SLOT_TGT, CHR_SLOT_SRC, CHR_SLOT_BOTH };

typedef struct chrLexElem {
    uint8_t role;  /* enum chrLexRole */
    uint8_t value; /* enum chrLexValue */
    uint8_t slot;  /* enum chrLexSlot: this role holds that actor */
    chrLexId prep; /* the preposition (upper-cased) when role == CHR_ROLE_PREP */
    uint32_t ref;  /* phrase index (CHR_VAL_PHRASE) or set index (CHR_VAL_SET) */
    uint8_t adjacent; /* word order: must follow the previous element (or the verb) directly */
} chrLexElem;

enum chrLexCodeKind {
    CHR_CODE_EVENT = 1, /* code (and code2 for the reversed event) */
    CHR_CODE_NULL,      /* "---": no event */
    CHR_CODE_DISCARD,   /* "###": discard the sentence */
    CHR_CODE_PASS,      /* verb-on-verb: the complement's event passes through */
    CHR_CODE_COMBINE,   /* verb-on-verb: map the complement's code through table */
    CHR_CODE_COMPLEX    /* "+++": the sentence is too complex to code */
};

/* chrLexCode.prio */
#define CHR_CODE_PRIO_NORMAL 0
#define CHR_CODE_PRIO_SUBORD 1   /* "023?": only when nothing else is coded */
#define CHR_CODE_PRIO_DOMINANT 2 /* "031!": wins over the others */

typedef struct chrLexCode {
    uint8_t kind;     /* enum chrLexCodeKind */
    chrLexId code;    /* source -> target code; NONE for ":173" */
    chrLexId code2;   /* target -> source code, NONE if not paired */
    chrLexId table;   /* combination table name for CHR_CODE_COMBINE */
    chrLexId negated; /* code when the verb is negated ("not:CODE"), NONE = no event */
    uint8_t prio;     /* CHR_CODE_PRIO_* */
} chrLexCode;

typedef struct chrLexPattern {
    uint32_t block;
    uint32_t first_elem; /* into chrLex.elems */
    uint32_t n_elem;
    chrLexCode code;
    chrLexOrigin origin; /* also its rank: earlier origin wins a tie */
    uint8_t order;       /* 1: a word-order pattern (elements in sentence order around
                            CHR_ROLE_VERB; none: the bare verb of a word-order
                            dictionary), 0: a frame over dependency roles */
} chrLexPattern;

typedef struct chrLexBlock {
    uint8_t noun;           /* 1: event-noun block, 0: verb block */
    uint32_t first_pattern; /* the bare (header) pattern first, then the others */
    uint32_t n_patterns;
    chrLexOrigin origin;
    /* surface-order dictionaries (TABARI): the root's own code and its
     * surface patterns (indexes into surf_pats, longest first once sorted) */
    chrLexCode surf_code;
    uint32_t first_surf, n_surf;
} chrLexBlock;

/* ---- surface-order model (TABARI-style word sequences) ----
 * A sequence is a run of elements in text order. A word element matches a
 * text word by prefix (a stem) or, with CHR_SURF_EXACT, as the whole word
 * (plus the regular endings its entry allows). CHR_SURF_NEXT: the element
 * must come right after the previous one; otherwise other words may come
 * between. Pattern sequences hold exactly one CHR_SURF_VERB; actor slots
 * ($ + % ^) take the nearest actor in the direction of matching. An
 * alternative element (ref: surf_alts) matches any one of its sequences:
 * it serves both "{ A | B }" inside a pattern and named synonym sets. */
enum chrLexSurfKind {
    CHR_SURF_WORD = 1,
    CHR_SURF_VERB, /* "*" */
    CHR_SURF_SRC,  /* "$" */
    CHR_SURF_TGT,  /* "+" */
    CHR_SURF_BOTH, /* "%": a compound actor, source and target at once */
    CHR_SURF_SKIP, /* "^": pass over one actor */
    CHR_SURF_ALT   /* ref: surf_alts index */
};
#define CHR_SURF_EXACT 1u /* whole word, not a stem */
#define CHR_SURF_NEXT 2u  /* immediately after the previous element */
#define CHR_SURF_CAPS 4u  /* (entries) the word is all capitals in the dictionary */

/* Which regular endings a whole-word entry also accepts on its last word. */
enum chrLexEndings { CHR_END_NONE = 0, CHR_END_NOUN, CHR_END_VERB };

typedef struct chrLexSurfTok {
    uint8_t kind;  /* enum chrLexSurfKind */
    uint8_t flags; /* CHR_SURF_EXACT | CHR_SURF_NEXT */
    chrLexId word; /* CHR_SURF_WORD: upper-cased word without connectors */
    uint32_t ref;  /* CHR_SURF_ALT: surf_alts index */
} chrLexSurfTok;

typedef struct chrLexSurfSeq {
    uint32_t first, n; /* into surf_toks */
    uint16_t length;   /* letters that count for pattern order */
} chrLexSurfSeq;

typedef struct chrLexSurfAlt {
    chrLexId name;     /* "&CURRENCY", or NONE for an inline "{ | }" */
    uint32_t first, n; /* into surf_alt_seqs (sequence indexes) */
} chrLexSurfAlt;

typedef struct chrLexSurfPat {
    uint32_t block;
    uint32_t seq;
    chrLexCode code;
    chrLexOrigin origin;
} chrLexSurfPat;

/* A dictionary phrase found in text: actor, agent, verb root or form,
 * noun, adjective, time phrase. Chained by the first word of its sequence. */
typedef struct chrLexSurfEntry {
    uint32_t seq;
    uint8_t kind;    /* enum chrLexKind */
    uint8_t endings; /* enum chrLexEndings */
    uint32_t index;  /* actors[], agents[], blocks[] as kind says */
    uint32_t next;   /* next entry with the same first word, 0 = end */
    chrLexOrigin origin;
} chrLexSurfEntry;

typedef struct chrLexForm {
    chrLexId lemma;       /* upper-cased lemma ("CARRY" for carry_out) */
    uint32_t extra;       /* phrase index of the words after the lemma, or UINT32_MAX */
    uint32_t block;
    uint32_t next;        /* next form of the same lemma, 0 = end (forms[0] unused) */
} chrLexForm;

typedef struct chrLexCombine {
    chrLexId table;
    chrLexId from; /* code prefix; NONE = any ("*") */
    chrLexId to;   /* result code; NONE with keep=0 = no event */
    uint8_t keep;  /* "=": keep the inner code */
} chrLexCombine;

typedef struct chrLexTransform {
    uint32_t first_outer, n_outer; /* lemma ids in chrLex.ids */
    char outer_src, inner_src, inner_tgt, res_src, res_tgt; /* letters, '.' any, '_' none */
    chrLexId inner;       /* code prefix or lemma of the inner verb */
    uint8_t inner_is_code;
    chrLexId result;
    chrLexOrigin origin;
} chrLexTransform;

typedef struct chrLexAux {
    chrLexId lemma;
    chrLexCode code;
} chrLexAux;

/* Word flags (chrLex.wordflags[id]). */
#define CHR_WORD_LIGHT 1u   /* light verb: "make a visit" */
#define CHR_WORD_NEGATOR 2u /* negates its head */
#define CHR_WORD_PLACE 4u   /* preposition of place or time: its phrase is no default target */
#define CHR_WORD_COOP 8u    /* event code prefix a compound subject codes among its members */

/* Counts per kind, filled by loaders (also public as chr_lexicon_counts). */
typedef chr_lexicon_counts chrLexCounts;

/* Growable array bookkeeping. */
#define CHR_LEX_ARRAY(T, name) \
    T *name;                   \
    size_t n_##name, cap_##name

typedef struct chrLexMap { /* uint64 key (never 0) -> uint32 value, open addressing */
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, n;
} chrLexMap;

typedef struct chr_lexicon chrLex;
struct chr_lexicon {
    /* interned strings: ids 1..n_strs-1; strs[id] is an offset into pool */
    CHR_LEX_ARRAY(char, pool);
    CHR_LEX_ARRAY(uint32_t, strs);
    CHR_LEX_ARRAY(uint8_t, wordflags); /* by string id */
    uint32_t *str_table;               /* hash of string -> id */
    size_t str_cap;

    CHR_LEX_ARRAY(chrLexNode, nodes);
    CHR_LEX_ARRAY(chrLexHit, hits); /* hits[0] unused */
    CHR_LEX_ARRAY(chrLexStar, stars); /* stars[0] unused */
    chrLexMap edges;                  /* (node << 32 | word) -> child node */
    chrLexId gap_word;                /* "..." */
    int coop_listed;                  /* 'cooperation :' lines set the CHR_WORD_COOP codes */

    CHR_LEX_ARRAY(chrLexActor, actors);
    CHR_LEX_ARRAY(chrLexDated, dated);
    CHR_LEX_ARRAY(chrLexAgent, agents);

    CHR_LEX_ARRAY(chrLexId, words); /* phrase words */
    CHR_LEX_ARRAY(chrLexPhrase, phrases);
    CHR_LEX_ARRAY(chrLexSet, sets);
    CHR_LEX_ARRAY(uint32_t, members);
    chrLexMap set_index; /* set name id -> set index + 1 */

    CHR_LEX_ARRAY(chrLexBlock, blocks);
    CHR_LEX_ARRAY(chrLexPattern, patterns);
    CHR_LEX_ARRAY(chrLexElem, elems);
    CHR_LEX_ARRAY(chrLexForm, forms); /* forms[0] unused */
    chrLexMap form_index;             /* lemma id -> first form */
    CHR_LEX_ARRAY(chrLexCombine, combines);
    CHR_LEX_ARRAY(chrLexTransform, transforms);
    CHR_LEX_ARRAY(chrLexId, ids); /* lemma lists of transforms */
    CHR_LEX_ARRAY(chrLexAux, auxes);
    CHR_LEX_ARRAY(uint32_t, negators); /* phrase indexes of negating words */

    /* surface-order model (see chrLexSurfTok) */
    CHR_LEX_ARRAY(chrLexSurfTok, surf_toks);
    CHR_LEX_ARRAY(chrLexSurfSeq, surf_seqs);
    CHR_LEX_ARRAY(chrLexSurfAlt, surf_alts);
    CHR_LEX_ARRAY(uint32_t, surf_alt_seqs);
    CHR_LEX_ARRAY(chrLexSurfPat, surf_pats);
    CHR_LEX_ARRAY(chrLexSurfEntry, surf_entries); /* [0] unused */
    chrLexMap surf_exact; /* first word id -> first entry (whole-word first words) */
    chrLexMap surf_stem;  /* first word id -> first entry (stem first words) */
    chrLexMap surf_synsets; /* set name id -> surf_alts index + 1 */

    CHR_LEX_ARRAY(char *, files); /* file names, for origins */
    chrLexCounts counts;
    /* PETRARCH actors and agents: phrases match words as written, never
     * their lemmas (plurals are listed or generated; "POLICE {}" has none) */
    uint8_t names_by_form;
};

/* ---- building (loaders) ---- */

/* Returns a new empty lexicon, or NULL when out of memory. */
chrLex *chrLex_new(void);
/* Releases everything; accepts NULL. */
void chrLex_free(chrLex *lex);

/* Upper-cases UTF-8 s[0..n) into out (NUL-terminated); returns the length
 * written, or (size_t)-1 when it does not fit in cap. */
size_t chrLex_upper(const char *s, size_t n, char *out, size_t cap);

/* Interns s[0..n) as is (callers upper-case first); 0 when out of memory. */
chrLexId chrLex_intern(chrLex *lex, const char *s, size_t n);
/* Looks s[0..n) up without adding it; CHR_LEX_NONE when absent. */
chrLexId chrLex_find(const chrLex *lex, const char *s, size_t n);
/* Upper-cases then interns (or finds, when add is 0). */
chrLexId chrLex_internUpper(chrLex *lex, const char *s, size_t n, int add);

/* Adds a file name for origins; returns its index or a negative status. */
int chrLex_addFile(chrLex *lex, const char *name);

/* Adds a phrase of n word ids to the trie with a hit; returns CHR_OK,
 * CHR_ENOMEM, 1 when another entry already gives this phrase the same code
 * (a duplicate, nothing added), or 2 when this very entry already has it. */
int chrLex_addPhrase(chrLex *lex, const chrLexId *words, size_t n, uint8_t kind, uint32_t index,
                     chrLexId exact);

/* Appends a phrase to the phrase pool; returns its index or UINT32_MAX. */
uint32_t chrLex_addWords(chrLex *lex, const chrLexId *words, size_t n);

/* Adds (lemma, extra words, block) to the verb index; CHR_OK or CHR_ENOMEM. */
int chrLex_addForm(chrLex *lex, chrLexId lemma, uint32_t extra_phrase, uint32_t block);

/* Generic growth for the arrays above: makes room for one more element.
 * Returns CHR_OK or CHR_ENOMEM. */
int chrLex_reserve(void **array, size_t *cap, size_t n, size_t elem);
#define CHR_LEX_PUSH(lex, name) \
    chrLex_reserve((void **)&(lex)->name, &(lex)->cap_##name, (lex)->n_##name, sizeof *(lex)->name)

/* uint64 -> uint32 map used by the model; exposed for loaders. */
int chrLexMap_put(chrLexMap *m, uint64_t key, uint32_t val);
int chrLexMap_get(const chrLexMap *m, uint64_t key, uint32_t *val);

/* ---- reading (the coder) ---- */

static inline const char *chrLex_str(const chrLex *lex, chrLexId id) {
    return id && id < lex->n_strs ? lex->pool + lex->strs[id] : "";
}

/* The child of node by word, or 0 when there is none (0 is the root, which
 * is never a child). */
uint32_t chrLex_child(const chrLex *lex, uint32_t node, chrLexId word);

/* The first star edge of node (prefix words), 0 when none; follow .next. */
static inline uint32_t chrLex_starChildren(const chrLex *lex, uint32_t node) {
    return lex->nodes[node].stars;
}

/* The code of actor for a date given as YYYYMMDD (0 = unknown): among the
 * dated codes covering the date, the one that started latest; else the
 * default code. With an unknown date, the default code, else the dated code
 * that started latest. CHR_LEX_NONE when the actor has no code then. */
chrLexId chrLex_actorCode(const chrLex *lex, uint32_t actor, int32_t ymd);

/* 1 when one of actor's dated codes covers the date YYYYMMDD (0 = unknown
 * date: never). A name listed twice, as a country and as a dated actor
 * ("Serbia" within Serbia and Montenegro until 2006), is read as the entry
 * whose dates cover the sentence's. */
int chrLex_actorDatedOn(const chrLex *lex, uint32_t actor, int32_t ymd);

/* The first form of a lemma (follow chrLexForm.next), 0 when none. */
uint32_t chrLex_forms(const chrLex *lex, chrLexId lemma);

/* Maps an inner event code through combination table `table`: the entry
 * with the longest matching prefix wins, "*" last. Returns the resulting
 * code id, or CHR_LEX_NONE for no event (or no entry at all). */
chrLexId chrLex_combine(const chrLex *lex, chrLexId table, chrLexId inner);

/* The set named by id (e.g. "&AID"), or NULL. */
const chrLexSet *chrLex_set(const chrLex *lex, chrLexId name);

/* YYYYMMDD from y, m, d. */
static inline int32_t chrLex_ymd(int y, int m, int d) { return (int32_t)(y * 10000 + m * 100 + d); }

#endif
