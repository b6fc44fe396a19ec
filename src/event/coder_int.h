/*
 * coder_int.h - what the parts of the event coder share (internal).
 *
 * The coder works one sentence at a time on the dependency parse. A
 * chrSent holds that sentence as the coder sees it: per token the
 * upper-cased form and lemma as lexicon ids (so dictionary matching is an
 * integer compare), the head and relation, and the children lists. The parts:
 *   actors.c        noun phrases -> actor codes (dictionary longest match)
 *   actors_pronoun.c  third-person pronouns -> the actor named above
 *   actors_acronym.c  an acronym the story defines ("Long Name (ACR)")
 *   coder_media.c   reporters and outlets are no parties to 01/04 events
 *   coder_frame.c   a verb's arguments: subject, object, obliques, clauses
 *   coder_scope.c   conditions, and the parts of a phrase that place an act
 *   coder_compound.c  compound actors: conjuncts and first conjuncts
 *   coder_target.c  targets further down the verb phrase, clause targets
 *   coder_phrase.c  a verb's phrase, actors before and after the verb in it
 *   coder_match.c   dictionary patterns against a frame (dependency roles and
 *                   PETRARCH/TABARI word order)
 *   coder.c         events from matches, verb-on-verb, dedup, the doc layer
 *   coder_repair.c, coder_multiword.c, coder_names.c,
 *   coder_subject.c, coder_perfect.c, coder_verbless.c, coder_visiting.c
 *                   parse repairs before coding (attachments that hide a
 *                   frame, multiword verbs, split names, coordinated and
 *                   lost subjects, a perfect tense read as an adjective, a
 *                   lost verb, "visiting X" read as a visit to X)
 *   coder_gathering.c, coder_peopletravel.c, coder_ownappeal.c,
 *   coder_passiveappeal.c, coder_against.c
 *                   meetings and appeals that are none: the members of one
 *                   gathering, people or refugees travelling, a government
 *                   urging its own offices, a passive complement, an act
 *                   advised against
 *   coder_combine.c  verb-on-verb ("decided to allow", "will appeal")
 *   coder_aim.c, coder_purpose.c, coder_unrealized.c, coder_intent.c
 *                   acts not reported as done: aims, wishes, obligations,
 *                   plans that lapsed, vows of war read as intents
 *   coder_statement.c, coder_media.c, coder_endorsed.c, coder_domestic.c,
 *   coder_ownsanction.c, coder_seize.c, coder_clauseconj.c,
 *   coder_participle.c, coder_gerund.c, coder_byagent.c, coder_unmarked.c
 *                   who an act is aimed at and who does it: statements to
 *                   whom they address, never a news outlet, what is
 *                   supported, a state's own forces and offices, seized
 *                   places, clauses listed after a complement, reduced
 *                   passives, gerunds, "by" agents, unmarked clauses
 */
#ifndef CHR_EVENT_CODER_INT_H
#define CHR_EVENT_CODER_INT_H

#include <stddef.h>
#include <stdint.h>

#include "chronicle.h"
#include "lex/lexicon.h"

#define CHR_CODER_MAX_TOKENS 400 /* longer sentences are coded on their first tokens */
#define CHR_CODER_MAX_ACTORS 16  /* actors one noun phrase may yield */
#define CHR_CODER_CODE_LEN 48

typedef struct chrCTok {
    chrLexId form;  /* upper-cased form, NONE when the lexicon does not know it */
    chrLexId lemma; /* upper-cased lemma, NONE likewise */
    int head;       /* sentence-local index, -1 = root or unparsed */
    uint8_t upos;
    uint8_t rel;    /* enum chrRel */
    uint8_t passive_subj; /* nsubj:pass */
} chrCTok;

/* The dependency relations the coder tells apart. */
enum chrRel {
    R_OTHER = 0, R_NSUBJ, R_NSUBJPASS, R_CSUBJ, R_OBJ, R_IOBJ, R_OBL, R_OBLAGENT, R_NMOD, R_NMODPOSS,
    R_CASE, R_XCOMP, R_CCOMP, R_CONJ, R_CC, R_APPOS, R_AMOD, R_COMPOUND, R_COMPOUNDPRT, R_FLAT, R_DET,
    R_NUMMOD, R_AUX, R_AUXPASS, R_COP, R_ADVMOD, R_NEG, R_MARK, R_ACL, R_RELCL, R_ADVCL, R_PUNCT,
    R_PARATAXIS, R_FIXED, R_ROOT
};

/* One actor of a noun phrase. */
typedef struct chrCActor {
    char code[CHR_CODER_CODE_LEN];
    uint32_t start, end; /* byte span of the words it was coded from */
    int tok;             /* head token (sentence-local) */
    uint8_t people;      /* the country is named by a demonym ("Iraqis") */
    uint8_t city;        /* only a city or region names it ("Goma"): a place */
    uint8_t capital;     /* only a capital names it ("Mogadishu"), which may stand for the government */
} chrCActor;

typedef struct chrCActors {
    int n;
    chrCActor a[CHR_CODER_MAX_ACTORS];
} chrCActors;

/* Options of the coder (see coder.h). */
typedef struct chrCoderOptions {
    int keep_negated;    /* emit negated events, flagged */
    int all_duplicates;  /* keep repeated (date, source, target, code) */
    int allow_monadic;   /* emit events lacking a source or a target ("---") */
    int new_actor_length; /* > 0: a source or target phrase naming no actor, of at most
                           * this many words, is coded as its quoted upper-case text */
} chrCoderOptions;

typedef struct chrSent {
    const chrLex *lex;
    const chr_doc *doc;
    const chr_token *tok; /* the sentence's first token */
    int n;
    chrCTok t[CHR_CODER_MAX_TOKENS];
    int kid_first[CHR_CODER_MAX_TOKENS + 1]; /* children of i: kids[kid_first[i] .. kid_first[i+1]) */
    int kids[CHR_CODER_MAX_TOKENS];
    int32_t ymd; /* document date for dated codes, 0 = unknown */
    chrLexId neg_words[16];
    int n_neg_words;
} chrSent;

/* ---- sentence setup (coder_frame.c) ---- */

/* Fills s from the sentence's tokens; returns 0, or -1 when the sentence is
 * not parsed (no heads: words are filled, the tree is empty). */
int chrCoder_loadSentence(chrSent *s, const chrLex *lex, const chr_doc *doc, const chr_sentence *sent);
/* The lexicon's id of word s upper-cased, CHR_LEX_NONE when it has none. */
chrLexId chrCoder_findUpper(const chrLex *lex, const char *s);
enum chrRel chrCoder_rel(const char *deprel);
/* Rebuilds the children lists from the heads. */
void chrCoder_linkKids(chrSent *s);

/* ---- attachment variants (coder_repair.c) ---- */

/* Normalises attachments the parser gets wrong in ways that hide a frame
 * (a second object that belongs to the first object's "of" complement);
 * returns the number of tokens re-attached (the caller relinks). */
int chrCoder_repair(chrSent *s);
/* Makes multiword verbs whose other words come first ("wire tap") one verb
 * (coder_multiword.c); returns the number repaired (the caller relinks). */
int chrCoder_repairMultiword(chrSent *s);
/* Re-attaches a proper noun the parser split off the name before it
 * (coder_names.c); returns the number re-attached (children relinked). */
int chrCoder_repairNames(chrSent *s);
/* Makes "has" + a past participle read as an adjective of the next noun a
 * verb phrase again (coder_perfect.c); returns the number repaired (the
 * caller relinks). */
int chrCoder_repairPerfect(chrSent *s);
/* Makes "visiting" before the noun phrase it describes ("met with visiting
 * X") that phrase's modifier again (coder_visiting.c); returns the number
 * repaired (the caller relinks). */
int chrCoder_repairVisiting(chrSent *s);
/* Gives a sentence the tagger left without a verb its verb back
 * (coder_verbless.c); returns 1 when it did (the caller relinks). */
int chrCoder_repairVerbless(chrSent *s);
/* Makes base-form verbs listed after a clausal complement, which the parser
 * hung on the verb above it ("demanded that Hamas renounce violence,
 * recognize Israel"), conjuncts of that complement (coder_clauseconj.c);
 * returns the number re-attached (the caller relinks). */
int chrCoder_repairClauseConj(chrSent *s);
/* The number of words right before v that make a multiword verb with it. */
int chrCoder_wordsBefore(const chrSent *s, int v);
/* Joins a verb's split subjects and restores a lost one (coder_subject.c);
 * returns the number of tokens changed (the caller relinks). */
int chrCoder_repairSubjects(chrSent *s);
/* A verb without a subject that hangs, through any links, from a nominal
 * root before it ("The activists of Amnesty International are about to
 * restore ..." with "are about" read as one word): that root, when it names
 * an actor; else -1 (coder_subject.c). */
int chrCoder_rootSubject(const chrSent *s, int v);
/* A bare past participle xcomp ("arrested a man accused of ..."): the
 * governor's object it befell, else -1 (coder_participle.c). */
int chrCoder_participlePatient(const chrSent *s, int v);
/* The doer of a gerund x marked for/of/in/from ("criticized X for
 * imposing") given its governor's object obj: a token, -2 for a doer only
 * a pronoun stands for, -1 when x is no such gerund (coder_gerund.c). */
int chrCoder_gerundDoer(const chrSent *s, int x, int obj);
/* The "by" phrase of common noun n naming an actor ("the interference ...
 * by Syria"): its actors into *out and its token, else -1 (coder_byagent.c). */
int chrCoder_byAgent(const chrSent *s, int n, chrCActors *out);
/* A finite verb without subject or marker that the parser hung as an
 * adverbial clause after its governor ("Hours after the Council failed
 * to agree ..., fighters opened fire"): a main clause misread
 * (coder_unmarked.c). */
int chrCoder_unmarkedFiniteClause(const chrSent *s, int v);
/* The "of" complement of noun n (its nmod with case "of"), or -1. */
int chrCoder_ofComplement(const chrSent *s, int n);
/* Does the lexicon have an event-noun block for token i's lemma or form? */
int chrCoder_isEventNoun(const chrSent *s, int i);

static inline int chrCoder_isNominal(const chrSent *s, int i) {
    uint8_t u = s->t[i].upos;
    return u == CHR_UPOS_NOUN || u == CHR_UPOS_PROPN || u == CHR_UPOS_PRON || u == CHR_UPOS_NUM ||
           u == CHR_UPOS_X || u == CHR_UPOS_ADJ || u == CHR_UPOS_SYM;
}

/* ---- scope (coder_scope.c) ---- */

/* Where token x stands inside the noun phrase headed by h. */
enum { CHR_PART_CORE = 0, /* the head, its modifiers, "of" and possessive complements */
       CHR_PART_PLACE,    /* under a phrase of place, time or origin ("in X", "from X") */
       CHR_PART_OTHER,    /* under another prepositional modifier ("a trip to X by Y") */
       CHR_PART_PLACE_ONLY }; /* a place phrase whose preposition the lexicon lists (place :) */
int chrCoder_phrasePart(const chrSent *s, int x, int h);
/* The oblique x has a preposition the lexicon lists as placing an act
 * ("place : in | during ..."): its phrase is never a default target. */
int chrCoder_placingPrep(const chrSent *s, int x);
/* The predicate v is a condition ("if China invaded"), lies inside one or
 * inside a clause that is only possible ("could decide to attack"), or is
 * the unreal consequence of a condition ("would defend ... if"). */
int chrCoder_conditional(const chrSent *s, int v);
/* The predicate v is only the aim of a noun ("in a bid to topple X",
 * "sanctions to impose on Y"): sought, not done (coder_aim.c). */
int chrCoder_aimOnly(const chrSent *s, int v);
/* v's act is an open obligation, a plan that fell through, a question put
 * to the speaker or a denied report's content (coder_unrealized.c). */
int chrCoder_unrealized(const chrSent *s, int v);

/* The predicate v (or the clause it is listed in or complements) is what
 * is hoped or wished for, or what a mandative subjunctive demands: not done
 * (coder_purpose.c; the infinitive of an aim noun is chrCoder_aimOnly's). */
int chrCoder_purposeClause(const chrSent *s, int v);

/* ---- actors (actors.c) ---- */

/* The actors of the noun phrase headed by token h: conjoined heads give one
 * actor each; country + agent words compose ("Mexico 's Foreign Ministry" ->
 * MEXGOV); an agent without a country gives "---ROLE"; a phrase naming a
 * news outlet or reporter gives none. */
void chrActors_ofPhrase(const chrSent *s, int h, chrCActors *out);

/* New actors (PETRARCH's new_actor_length): every conjunct of the phrase
 * at h that names no actor and has at most max_words words (obliques other
 * than "of", punctuation and possessive endings left out) is appended to
 * out as its quoted upper-case text: "\"THE MINISTRY OF MAGIC\"". */
void chrActors_newActors(const chrSent *s, int h, int max_words, chrCActors *out);

/* The antecedent of a third-person pronoun p heading a phrase: the first
 * subject of a clause above p's own that names an actor, else -1
 * (actors_pronoun.c). */
int chrActors_antecedent(const chrSent *s, int p);
/* Is token p a third-person personal pronoun (he, she, it, they, him, her,
 * them), or with relative set also who/which/that? (actors_pronoun.c) */
int chrActors_thirdPerson(const chrSent *s, int p, int relative);

/* Is token i inside a phrase the lexicon marks as a discard? Returns 1 for
 * the sentence, 2 for the story, 0 for none (the whole sentence is scanned). */
int chrActors_discard(const chrSent *s);

/* Longest trie match starting at token i (words by form, else lemma, with
 * "..." gaps): the node reached and the number of tokens used; 0 when none.
 * want: kinds accepted at the end node (bit 1 << kind). */
int chrActors_match(const chrSent *s, int i, int limit, unsigned want, uint32_t *node_out);

/* A surname standing alone ("Burns said") for a person the document named in
 * full before it ("Nicholas Burns"): token x, a capitalised proper noun, is
 * the last word of a name of two or more words that a (person) actor of the
 * lexicon lists and that occurs earlier in the document (the nearest such
 * mention); with alone set (x is the phrase's only word) also the first
 * word, a family name written first ("Wen Jiabao ... Wen said"). Returns the
 * actor's code for the sentence's date, CHR_LEX_NONE when there is none
 * (actors_surname.c). */
chrLexId chrActors_surname(const chrSent *s, int x, int alone);


/* Token x, an all-capital word, is an acronym the document defines as
 * "Long Name (ACR)" (the long name's capitalised words' initials spell it)
 * and the lexicon lists that long name as an actor: returns 1 with *code
 * that actor's code, else 0 (actors_acronym.c). */
int chrActors_definedAcronym(const chrSent *s, int x, chrLexId *code);

/* The first of the conjuncts token i belongs to ("Gondor and Osgiliath":
 * from either, Gondor). */
int chrCoder_firstConjunct(const chrSent *s, int i);
/* Is token c a conjunct with a conjunction or comma between it and its
 * head (a coordination, not a name the parser cut)? */
int chrCoder_trueConjunct(const chrSent *s, int c);
/* The target b is a bare country and the source a an actor of that same
 * country ("USAGOV" -> "USA"): the country is where or what the actor
 * acts about ("the US defense secretary travelled to the US base"), not
 * whom it acts upon; unless its people are meant (a demonym: "Iraqis").
 * The other way round, a bare country acting upon its own government,
 * forces or firms ("the U.S.-led war ... U.S. soldiers killed") is no event
 * either; upon its own rebels, criminals or opposition ("Mexico arrested
 * Guzman") it is. */
int chrCoder_ownCountry(const chrCActor *a, const chrCActor *b);
/* Is target b a country-less phrase owned by a possessive pronoun ("its
 * ambassador"): the actor's own side? */
int chrCoder_ownSide(const chrSent *s, const chrCActor *b);
/* A government's order (code 10x) to forces or offices of its own country
 * or of none named: how it governs, not a demand made of another. */
int chrCoder_ownCommand(const chrCActor *a, const char *code, const chrCActor *b);

/* A national government's appeal (code 02x) to a government or police body
 * of its own country or of none named: how it governs, not an appeal made
 * of another (coder_ownappeal.c). */
int chrCoder_ownAppeal(const chrCActor *x, const char *code, const chrCActor *y);

/* The code of seizing or capturing target b: occupying territory (192) when
 * b is a country named by a place ("seized Mogadishu"), else code
 * (coder_seize.c). */
const char *chrCoder_seizedPlace(const chrCActor *b, const char *code);
/* Is a (a government) dismissing, suspending or dissolving b, its own
 * officials, forces or legislature, with code 172x: how it governs,
 * no sanction on another (coder_ownsanction.c)? */
int chrCoder_ownSanction(const chrCActor *a, const char *code, const chrCActor *b);
/* Is a or b only a city or region ("Goma") where the act code is no travel,
 * attack or withdrawal: a place, not an actor? */
int chrCoder_cityAsPlace(const chrCActor *a, const chrCActor *b, const char *code);
/* Are a and b one body: the code of one, an organisation's (IGO..., NGO...)
 * or of at least nine letters, begins the other's ("IGOUNOWHO",
 * "IGOUNOWHOGOV")? */
int chrCoder_sameBody(const chrCActor *a, const chrCActor *b);
/* Is a visit (042 a visits b, 043 a hosts b) no state visit: travel inside
 * the guest's own country, or a host of no country that is no government? */
int chrCoder_noVisit(const chrCActor *a, const chrCActor *b, const char *code);
/* Does compound a, meeting itself under a meeting code (CAMEO 04), name
 * more than three parties (countries, organisations): the attendees of one
 * gathering, not pairwise meetings (coder_gathering.c)? */
int chrCoder_gathering(const chrCActors *a, const char *code);
/* Is the guest of a visit (042 a visits b, 043 a hosts b) a country named
 * only by its people ("Albanians", "Pakistanis"): migrants or tourists, no
 * state visit (coder_peopletravel.c)? */
int chrCoder_peopleTravel(const chrSent *s, const chrCActor *a, const chrCActor *b, const char *code);
/* Is a or b a reporter or news outlet (role MED) in a statement (CAMEO 01)
 * or a consultation (04): how news is gathered, no act between political
 * actors (coder_media.c)? */
int chrCoder_mediaParty(const chrCActor *a, const chrCActor *b, const char *code);
/* Is token act a passive verb ("called for Israel to be wiped off the map"):
 * a complement whose named actor is acted upon, not asked to act
 * (coder_passiveappeal.c)? */
int chrCoder_passiveComplement(const chrSent *s, int act);
/* Is verb v a clause marked "against" ("advised its nationals against
 * travelling to Iran"): an act warned against, which did not happen
 * (coder_against.c)? */
int chrCoder_advisedAgainst(const chrSent *s, int v);
/* Is b, the target of an appeal or demand for a release (0253, 1053), the
 * people whose release is asked ("called for the release of the
 * hostages"), not who holds them? */
int chrCoder_releasedTarget(const chrSent *s, const chrCActor *b, const char *code);
/* Is token x (a subject) an accident, disaster or vehicle ("collision",
 * "epidemic", "aircraft"), which kills or wounds no one on purpose? */
int chrCoder_mishap(const chrSent *s, int x);
/* Is v a "visiting" whose object obj, right after it, is the guest
 * ("met with visiting Minister X"), so that the clause's subject hosts? */
int chrCoder_visitorParticiple(const chrSent *s, int v, int obj);
/* Does the actor code carry the three-letter role among its roles, read
 * three letters at a time after the country ("CHNGOVMED" has MED, "VNMEDU"
 * has not)? */
int chrCoder_hasRole(const char *code, const char *role);
/* Is token i's form, lower-cased, one of the NULL-terminated list? */
int chrCoder_formIn(const chrSent *s, int i, const char *const *list);
/* Is token i's lemma (its form when it has none), lower-cased, one of the
 * NULL-terminated list? */
int chrCoder_lemmaIn(const chrSent *s, int i, const char *const *list);
/* Token i is a personal pronoun ("he", "it", "they"; not a name the
 * tagger took for one). */
int chrCoder_personalPronoun(const chrSent *s, int i);

/* ---- a verb's phrase (coder_phrase.c) ---- */
/* Does the chain of heads from x up to its ancestor a leave a's verb phrase
 * (through a conjoined or paratactic clause)? */
int chrCoder_leavesPhrase(const chrSent *s, int x, int a);
/* The top of the chain of complements v heads up ("is about to restore"). */
int chrCoder_phraseTop(const chrSent *s, int v);
/* The first actor named after v inside its own phrase: its phrase head, -1. */
int chrCoder_firstActorAfter(const chrSent *s, int v, chrCActors *out);
/* The actor-naming subject of the first predicate above v that v is a
 * complement, adverbial or conjunct of; -1 when none. */
int chrCoder_governingSubject(const chrSent *s, int v);
/* The nearest actor named before v back to a comma, outside the phrase at skip. */
void chrCoder_firstActorBefore(const chrSent *s, int v, int skip, chrCActors *out);
/* ---- frames (coder_frame.c) ---- */

typedef struct chrCPrep {
    chrLexId prep; /* upper-cased preposition */
    int tok;       /* head of the phrase */
    int on_obj;    /* attached to the object noun rather than the verb */
} chrCPrep;

typedef struct chrFrame {
    int verb;
    int subj, obj, iobj, poss, xcomp, ccomp; /* heads, -1 = none */
    int subj_inherited; /* subj comes from a governing or conjoined verb */
    int passive, negated;
    int neg_tok;        /* the word that negates the verb, -1 = none */
    chrCPrep preps[16];
    int npreps;
} chrFrame;

/* The arguments of the predicate at token v (a verb, a predicate adjective
 * or an event noun). */
void chrCoder_frame(const chrSent *s, int v, chrFrame *f);
/* 1 when token x lies in the subtree of token root. */
int chrCoder_inSubtree(const chrSent *s, int x, int root);
/* The case marker (preposition) of x is the word w (lower-case ASCII). */
int chrCoder_caseIs(const chrSent *s, int x, const char *w);
/* The word f is w (lower-case ASCII), letter case aside. */
int chrCoder_sameWord(const char *f, const char *w);
/* The case marker of x is one of the NULL-terminated words (lower-case ASCII). */
int chrCoder_caseIn(const chrSent *s, int x, const char *const *words);
/* The subordinator (mark) of clause x is the word w (lower-case ASCII). */
int chrCoder_markIs(const chrSent *s, int x, const char *w);
/* x has a case marker (preposition) child. */
int chrCoder_hasCase(const chrSent *s, int x);
/* Clause c has a subject of its own (nsubj, nsubj:pass, csubj). */
int chrCoder_ownSubject(const chrSent *s, int c);
/* The head of the noun phrase token i belongs to (climbs compound, amod,
 * flat, det, poss and similar links). */
int chrCoder_phraseHead(const chrSent *s, int i);

/* ---- targets (coder_target.c) ---- */

/* The first oblique (in text order) of frame f whose phrase names an actor:
 * its head, its actors in out; -1 when none. */
int chrCoder_firstActorPrep(const chrSent *s, const chrFrame *f, chrCActors *out);
/* The same, skipping also phrases of what the act is about ("on", "about",
 * "over", "regarding", "concerning"): a meeting's partners. */
int chrCoder_firstPartyPrep(const chrSent *s, const chrFrame *f, chrCActors *out);
/* A clause attached to the noun n ("assurances that ..."), or -1. */
int chrCoder_nounClause(const chrSent *s, int n);
/* The actors a clause is about: its subject's, else its object's, else
 * those of its first oblique naming one, else those of its own clause
 * ("expressed hopes that Osgiliath could be drawn ..."). Returns the token
 * holding them, -1 when none. */
int chrCoder_clauseActors(const chrSent *s, int c, chrCActors *out);
/* The named actors a clause's own subject holds (none for a passive
 * clause), for a pattern's "ccomp:@": "X said Iran would ..." is about
 * Iran, but not "said he was optimistic about Cyprus", "said the armed
 * forces had ..." (a bare role), "said talks were held in Athens" or "said
 * a NATO soldier was killed".
 * Returns the subject token, -1 when none. */
int chrCoder_clauseSubject(const chrSent *s, int c, chrCActors *out);
/* Where else a predicate's target may be when its object, obliques and
 * clause name none: see coder_target.c. Returns the token, -1 when none. */
int chrCoder_moreTargets(const chrSent *s, const chrFrame *f, chrCActors *out);
/* The same for a meeting, whose clauses and complements tell what it is
 * about: only a participle on the object ("held talks with visiting X"). */
int chrCoder_partnerTargets(const chrSent *s, const chrFrame *f, chrCActors *out);

/* Is the actor at token far, the target of a statement (010-017 but 015)
 * or a rejection (12) the pattern did not place, no argument of the verb
 * (its object, indirect object or an oblique of frame f or tf, or inside
 * the object's phrase outside a clause with a subject of its own) but an
 * actor of a clause or complement below it: what is spoken of, not to
 * whom (coder_statement.c)? */
int chrCoder_topicTarget(const chrSent *s, const chrFrame *f, const chrFrame *tf, const char *code, int far);

/* ---- matching (coder_match.c) ---- */

typedef struct chrCMatch {
    const chrLexPattern *p; /* NULL: no pattern of the predicate matched */
    int weight;             /* elements matched (+ extra words of a multiword verb) */
    int src, tgt, both;     /* tokens holding the actors the pattern names, -1 = default */
    int cover_lo, cover_hi; /* tokens the words of a word-order pattern matched, -1 = none */
} chrCMatch;

/* The best pattern of the predicate at v whose lemma (or form) is in the
 * lexicon. noun: use noun blocks (event nouns) instead of verb blocks. */
void chrCoder_match(const chrSent *s, const chrFrame *f, int noun, chrCMatch *m);

#endif
