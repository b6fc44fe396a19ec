/*
 * quotes_words.c - closed word classes for the quotation finder.
 *
 * The lists are short and only consulted around quotation marks, so a
 * linear scan with an ASCII case-insensitive compare is enough. Verb
 * lists hold every inflected form, so they work before the tagger has
 * set lemmas; with lemmas the bare form matches too.
 */
#include "extract/quotes_words.h"

#include <stddef.h>

#include "text/charclass.h"

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int same(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if (lower((unsigned char)*a) != lower((unsigned char)*b)) return 0;
    return *a == *b;
}

static int inList(const char *w, const char *const *list) {
    if (!w) return 0;
    for (; *list; list++)
        if (same(w, *list)) return 1;
    return 0;
}

static int tokenIn(const chr_token *t, const char *const *list) {
    if (t->lemma && inList(t->lemma, list)) return 1;
    return inList(t->fold, list);
}

int chrQuoteWords_is(const chr_token *t, const char *w) { return same(t->fold, w); }

static const char *const kCues[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "ask", "asks", "asked", "write", "writes", "wrote", "tweet", "tweets", "tweeted",
    "declare", "declares", "declared", "state", "states", "stated", "note", "notes", "noted",
    "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
    "continue", "continues", "continued", "recall", "recalls", "recalled", "reply", "replies",
    "replied", "respond", "responds", "responded", "warn", "warns", "warned", "acknowledge",
    "acknowledges", "acknowledged", "admit", "admits", "admitted", "announce", "announces",
    "announced", "observe", "observes", "observed", "remark", "remarks", "remarked", "concede",
    "concedes", "conceded", "counter", "counters", "countered", "complain", "complains",
    "complained", "stress", "stresses", "stressed", "emphasize", "emphasizes", "emphasized",
    "emphasise", "emphasises", "emphasised", "joke", "jokes", "joked", "quip", "quips",
    "quipped", "shout", "shouts", "shouted", "yell", "yells", "yelled", "exclaim", "exclaims",
    "exclaimed", "caution", "cautions", "cautioned", "predict", "predicts", "predicted", "boast",
    "boasts", "boasted", "vow", "vows", "vowed", "explain", "explains", "explained", "recount",
    "recounts", "recounted", "testify", "testifies", "testified", "post", "posts", "posted",
    "wonder", "wonders", "wondered", "muse", "muses", "mused", "contend", "contends",
    "contended", "maintain", "maintains", "maintained", "agree", "agrees", "agreed", "assert",
    "asserts", "asserted", "allege", "alleges", "alleged", "charge", "charges", "charged",
    "lament", "laments", "lamented", "chime", "chimes", "chimed", "interject", "interjected",
    "begin", "begins", "began", "conclude", "concludes", "concluded", "retort",
    "retorts", "retorted", "scoff", "scoffs", "scoffed", "sigh", "sighs", "sighed", "urge",
    "urges", "urged", "plead", "pleads", "pleaded", "pled", "demand", "demands", "demanded",
    "confirm", "confirms", "confirmed", "reiterate", "reiterates", "reiterated",
    "describe", "describes", "described", "report", "reports", "reported", "answer",
    "answers", "answered", "recommend", "recommends", "recommended", "read", "reads",
    "yelling", "shouting", "writing", "noting", "asking", "arguing", "claiming", "insisting",
    "explaining", "warning", "tweeting", "declaring", "stating", "responding", "replying",
    "exclaiming", "joking", "quipping", "announcing", NULL};

static const char *const kPronouns[] = {"he", "she", "it", "they", "we", NULL};

static const char *const kFillers[] = {
    "also", "later", "previously", "has", "had", "have", "once", "then", "recently", "further",
    "simply", "just", "flatly", "repeatedly", "still", "often", "would", "will", "reportedly",
    "earlier", "again", "only", "even", "never", "had", "last", "week", "night", "year",
    "month", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "recently", "himself", "herself", "themselves", "itself",
    "may", "might", "could", "can", "did", "does", "do", "soon", "finally", "first", NULL};

static const char *const kBoundaries[] = {
    "and", "or", "but", "nor", "that", "because", "when", "while", "if", "as", "after",
    "before", "since", "although", "though", "where", "whether", "who", "whom", "which",
    "whose", "what", "is", "was", "are", "were", "be", "been", "in", "on", "at", "by", "from",
    "to", "into", "during", "than", "so", "not", "about", "with", "without", "under", "over",
    "through", "until", "like", "unlike", "also", "then", "yet", "has", "had", "have", "will",
    "would", "could", "should", "may", "might", "can", "must", "did", "does", "do", "i",
    "you", "me", "him", "her", "us", "them", "this", "these", "those", "it", NULL};

static const char *const kArticles[] = {"a", "an", "the", NULL};

static const char *const kClauseOpeners[] = {
    "who", "whom", "which", "whose", "where", "when", "while", "adding", "noting", "saying",
    "according", "referring", "in", "on", "at", "during", "after", "before", "as", "and",
    "but", "because", "if", "though", "although", "that", "to", "with", "without", "from",
    "speaking", "told", "said", "says", "citing", "pointing", "explaining", "calling", "then",
    "now", "however", "too", "apparently", "also", NULL};

int chrQuoteWords_isCue(const chr_token *t) { return tokenIn(t, kCues); }
int chrQuoteWords_isPronoun(const chr_token *t) { return inList(t->fold, kPronouns); }
int chrQuoteWords_isFiller(const chr_token *t) {
    if (inList(t->fold, kFillers)) return 1;
    /* lower-case adverbs in -ly ("Smith previously said") */
    const char *f = t->fold;
    size_t n = 0;
    while (f[n]) n++;
    return n > 3 && f[0] >= 'a' && f[0] <= 'z' && f[n - 2] == 'l' && f[n - 1] == 'y';
}
int chrQuoteWords_isBoundary(const chr_token *t) { return inList(t->fold, kBoundaries); }
int chrQuoteWords_isArticle(const chr_token *t) { return inList(t->fold, kArticles); }
int chrQuoteWords_opensClause(const chr_token *t) { return inList(t->fold, kClauseOpeners); }

int chrQuoteWords_pronounType(const chr_token *t) {
    const char *f = t->fold;
    if (same(f, "he") || same(f, "she")) return CHR_ENT_PER;
    if (same(f, "it")) return CHR_ENT_ORG;
    if (same(f, "they") || same(f, "we")) return CHR_ENT_NONE;
    return -1;
}

int chrQuoteWords_isCapitalized(const chr_token *t) {
    const unsigned char *s = (const unsigned char *)t->form;
    size_t n = 0, len;
    uint32_t cp;
    while (s[n]) n++;
    if (!n) return 0;
    return chrCharclass_at(s, n, 0, &len, &cp) == CHR_CK_UPPER;
}

int chrQuoteWords_isWord(const chr_token *t) {
    const unsigned char *s = (const unsigned char *)t->form;
    size_t n = 0, len;
    uint32_t cp;
    while (s[n]) n++;
    for (size_t i = 0; i < n; i += len)
        if (chrCharclass_isAlnum(chrCharclass_at(s, n, i, &len, &cp))) return 1;
    return 0;
}
