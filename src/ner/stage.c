/*
 * stage.c - the NER stage over a document: labels each sentence, repairs
 * what the labeller gets wrong on news text in ways a rule can see (the
 * dictionaries' types, nicknames in quotation marks, names ending in a
 * company, school, institution or place word, names over particles and
 * hyphens, places named as such, people in apposition with a person
 * noun), gives every occurrence of a name the same label (propagate.h),
 * cuts the labels into mentions, clusters them (cluster.h) and stores
 * mentions and entities in the document's arena.
 */
#include "ner/stage.h"

#include <stdlib.h>
#include <string.h>

#include "core/doc.h"
#include "ner/cluster.h"
#include "ner/gazetteer.h"
#include "ner/propagate.h"

static int is_quote_form(const char *w) {
    return strcmp(w, "\"") == 0 || strcmp(w, "'") == 0 || strcmp(w, "``") == 0 ||
           strcmp(w, "''") == 0;
}

static int capitalised(const char *w) { return w[0] >= 'A' && w[0] <= 'Z'; }

/* The end (exclusive) of the name starting at i: i + 1 for a word
 * outside any name. */
static size_t name_end(const uint8_t *lab, size_t n, size_t i) {
    int t = CHR_NER_TYPE(lab[i]);
    size_t j = i + 1;
    while (t && j < n && lab[j] == CHR_NER_I(t)) j++;
    return j;
}

/* Labels the words [i, j) as one name of type t. */
static void set_name(uint8_t *lab, size_t i, size_t j, int t) {
    for (size_t k = i; k < j; k++) lab[k] = (uint8_t)(k == i ? CHR_NER_B(t) : CHR_NER_I(t));
}

/* 1 when w is one of list[0..n). */
static int in_list(const char *w, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0) return 1;
    return 0;
}

/* "Joaquin 'El Chapo' Guzman": a person, a quoted run of capitalised
 * words, and a capitalised word after it are one name. */
static void join_nicknames(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 1; i + 3 < n; i++) {
        if (CHR_NER_TYPE(lab[i - 1]) != CHR_ENT_PER || !is_quote_form(forms[i])) continue;
        size_t j = i + 1;
        while (j < n && j < i + 5 && capitalised(forms[j])) j++;
        if (j == i + 1 || j + 1 >= n || !is_quote_form(forms[j]) || !capitalised(forms[j + 1]))
            continue;
        for (size_t k = i; k <= j + 1; k++) lab[k] = CHR_NER_I(CHR_ENT_PER);
        i = j + 1;
    }
}

/* Words that make a capitalised role phrase an institution ("Foreign
 * Relations Ministry", "Supreme Court") rather than a title ("Prime
 * Minister"). */
static int institution_head(const char *w) {
    static const char *const heads[] = {"Ministry", "Ministries", "Department", "Court", "Council",
                                        "Parliament", "Assembly", "Office", "Agency", "Commission",
                                        "Senate", "Congress", "Cabinet", "Embassy", "Tribunal",
                                        "Bureau", "Directorate", "Secretariat"};
    return in_list(w, heads, sizeof heads / sizeof *heads);
}

static int type_of_kinds(uint16_t k) {
    if (k & CHR_GAZ_PERSON) return CHR_ENT_PER;
    if (k & (CHR_GAZ_ORG | CHR_GAZ_GROUP | CHR_GAZ_MEDIA)) return CHR_ENT_ORG;
    if (k & (CHR_GAZ_COUNTRY | CHR_GAZ_CAPITAL | CHR_GAZ_CITY)) return CHR_ENT_LOC;
    return 0;
}

/* Where the dictionaries know better than the labeller: a dictionary name
 * of several words the labeller saw part of ("Sinaloa" of "Sinaloa
 * cartel") becomes one mention of the dictionary's type; a capitalised
 * institution ("Foreign Relations Ministry") the labeller missed
 * becomes an organisation. */
/* w holds the dictionary matches of the sentence chrNer_label() just
 * labelled. */
static void apply_dictionary(const chrNerWork *w, const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t len = w->span[i].len;
        if (len == 1 && lab[i] != CHR_NER_O && CHR_NER_IS_B(lab[i]) &&
            (i + 1 == n || CHR_NER_IS_B(lab[i + 1]) || lab[i + 1] == CHR_NER_O) &&
            (w->span[i].kinds & (CHR_GAZ_ORG | CHR_GAZ_MEDIA)) &&
            !(w->span[i].kinds & (CHR_GAZ_COUNTRY | CHR_GAZ_CAPITAL | CHR_GAZ_CITY | CHR_GAZ_PERSON)))
            lab[i] = CHR_NER_B(CHR_ENT_ORG); /* "OSCE", "Xinhua": the dictionary's type */
        if (len < 2 || i + len > n) continue;
        int t = type_of_kinds(w->span[i].kinds), labelled = 0, caps = 1;
        for (size_t k = i; k < i + len; k++) {
            labelled |= lab[k] != CHR_NER_O;
            caps &= forms[k][0] >= 'A' && forms[k][0] <= 'Z';
        }
        if (!t && (w->span[i].kinds & CHR_GAZ_AGENT) && caps && !labelled &&
            institution_head(forms[i + len - 1]))
            t = CHR_ENT_ORG;
        else if (!t || !labelled || (i + len < n && CHR_NER_TYPE(lab[i + len]) != 0 &&
                                     !CHR_NER_IS_B(lab[i + len])))
            continue;
        if (i > 0 && lab[i] != CHR_NER_O && !CHR_NER_IS_B(lab[i])) continue; /* inside a longer name */
        set_name(lab, i, i + len, t);
        i += len - 1;
    }
}

/* Words that end organisation names. */
static int org_head(const char *w) {
    static const char *const heads[] = {"University", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.",
                                        "Ltd", "Ltd.", "Group", "Bank", "Party", "Agency", "Association",
                                        "Institute", "Company", "Corporation", "News", "Times", "Post",
                                        "Union", "Front", "Army", "Police", "Airlines", "Motors"};
    if (institution_head(w)) return 1;
    return in_list(w, heads, sizeof heads / sizeof *heads);
}

/* "Texaco Inc", "Tomen Corp.", "Anahuac University": a name ending in a
 * company word or the head of a school or institution is an organisation
 * whatever the labeller said; so is one that starts with such a head and
 * "of" ("Bureau of Meteorology", "University of Texas", "Bank of Japan"). */
static int company_word(const char *w) {
    static const char *const words[] = {"Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.",
                                        "Plc", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH",
                                        "LLC", "Bhd", "Cos", "Group", "Bank", "Holdings", "Airlines"};
    return in_list(w, words, sizeof words / sizeof *words);
}

static int school_word(const char *w) {
    return strcmp(w, "University") == 0 || strcmp(w, "College") == 0 ||
           strcmp(w, "Institute") == 0 || strcmp(w, "Academy") == 0;
}

static void companies(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        int head_of = j - i >= 3 && strcmp(forms[i + 1], "of") == 0 &&
                      (school_word(forms[i]) || institution_head(forms[i]) ||
                       strcmp(forms[i], "Bank") == 0);
        if (t && t != CHR_ENT_ORG && j - i >= 2 &&
            (company_word(forms[j - 1]) || school_word(forms[j - 1]) || institution_head(forms[j - 1]) ||
             head_of))
            set_name(lab, i, j, CHR_ENT_ORG);
        i = j;
    }
}

/* A run of capitalised words the labeller left out that ends in a
 * school or company word ("of Anahuac University", "Tomen Corp."), or
 * starts with an institution and "of" ("the Ministry of Defence"), is an
 * organisation; leading words usually written in lower case ("Yesterday")
 * and "The" are not part of it. */
static void unlabelled_institutions(const chrNerWork *w, const chrCasing *casing,
                                    const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t a = w->tok[i].run0, b = w->tok[i].run1;
        if (a != i || b < a + 2) continue;
        int labelled = 0;
        for (size_t k = a; k < b; k++) labelled |= lab[k] != CHR_NER_O;
        while (a + 2 <= b && (strcmp(forms[a], "The") == 0 ||
                              chrCasing_get(casing, forms[a], strlen(forms[a])) == CHR_CASE_LOWER))
            a++;
        if (labelled || b < a + 2) continue;
        const char *last = forms[b - 1];
        int head_of = b >= a + 3 && strcmp(forms[a + 1], "of") == 0 &&
                      (school_word(forms[a]) || institution_head(forms[a]));
        if (head_of || school_word(last) || company_word(last))
            set_name(lab, a, b, CHR_ENT_ORG);
        i = b - 1;
    }
}

/* What the dictionaries say a whole mention is: a demonym alone ("South
 * Korean") is no name; a country, capital or city (and no organisation
 * or person) labelled as an organisation is a place ("West Bank"). */
static void dictionary_types(const chrNerWork *w, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        uint16_t k = w->span[i].kinds;
        if (t && CHR_NER_IS_B(lab[i]) && w->span[i].len == j - i) {
            int place = k & (CHR_GAZ_COUNTRY | CHR_GAZ_CAPITAL | CHR_GAZ_CITY);
            int other = k & (CHR_GAZ_ORG | CHR_GAZ_GROUP | CHR_GAZ_MEDIA | CHR_GAZ_PERSON | CHR_GAZ_AGENT);
            if (k == CHR_GAZ_ADJ) memset(lab + i, CHR_NER_O, j - i);
            else if (t == CHR_ENT_ORG && place && !other) set_name(lab, i, j, CHR_ENT_LOC);
        }
        i = j;
    }
}

/* Compass words that begin a region's name ("Central China", "Southwest
 * China") when the labeller made them a name of their own. */
static int direction_word(const char *w) {
    static const char *const words[] = {"North", "South", "East", "West", "Northeast", "Northwest",
                                        "Southeast", "Southwest", "Central", "Northern", "Southern",
                                        "Eastern", "Western"};
    return in_list(w, words, sizeof words / sizeof *words);
}

static void regions(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i + 1 < n; i++)
        if (CHR_NER_IS_B(lab[i]) && lab[i + 1] == CHR_NER_B(CHR_ENT_LOC) && direction_word(forms[i])) {
            lab[i] = CHR_NER_B(CHR_ENT_LOC);
            lab[i + 1] = CHR_NER_I(CHR_ENT_LOC);
        }
}

/* Small words inside names ("F. de Wet", "Ludwig van Beethoven"). */
static int name_particle(const char *w) {
    static const char *const words[] = {"de", "du", "da", "van", "von", "der", "den", "del",
                                        "della", "di", "dos", "le", "la", "bin", "ibn", "al"};
    return in_list(w, words, sizeof words / sizeof *words);
}

/* 1 when w is an initial: one capital and a full stop ("F."). */
static int initial(const char *w) { return capitalised(w) && w[1] == '.' && w[2] == 0; }

/* A name that ends in a particle or "of" goes on over the next name or
 * capitalised word ("Church of" + "England", "Robin van" + "Persie"); one
 * that stops before a particle and a capitalised word the labeller left
 * out goes on over them ("F. de Wet"); a name that starts with an initial is a person, and an initial,
 * a particle and a capitalised word are one even when all were left out. */
static void particles(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        if (!t && i + 2 < n && initial(forms[i]) && name_particle(forms[i + 1]) &&
            capitalised(forms[i + 2]) && lab[i + 1] == CHR_NER_O && lab[i + 2] == CHR_NER_O) {
            t = CHR_ENT_PER; /* unlabelled "F. de Wet" */
            j = i + 3;
        } else if (!t || !CHR_NER_IS_B(lab[i])) {
            i = j;
            continue;
        }
        size_t end = j;
        int open_end = j > i + 1 && (name_particle(forms[j - 1]) || strcmp(forms[j - 1], "of") == 0);
        if (open_end && j < n && CHR_NER_IS_B(lab[j])) { /* "Church of" + "England" */
            end = j + 1;
            while (end < n && lab[end] == lab[j] + 1) end++;
        } else if (open_end && j < n && lab[j] == CHR_NER_O && capitalised(forms[j]))
            end = j + 1;
        else if (j + 1 < n && name_particle(forms[j]) && lab[j] == CHR_NER_O &&
                 lab[j + 1] == CHR_NER_O && capitalised(forms[j + 1]))
            end = j + 2;
        if (end - i >= 2 && initial(forms[i])) t = CHR_ENT_PER;
        set_name(lab, i, end, t);
        i = end;
    }
}

/* Small lower-case words that never end a name ("UN Security Council
 * on"). */
static int function_word(const char *w) {
    static const char *const words[] = {"of", "on", "in", "at", "and", "the", "for", "to", "by",
                                        "with", "from", "a", "an", "or"};
    return in_list(w, words, sizeof words / sizeof *words);
}

static void trim_ends(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        for (size_t e = j; t && e > i + 1 && function_word(forms[e - 1]); e--) lab[e - 1] = CHR_NER_O;
        i = j;
    }
}

/* A name goes on over a hyphen written without blanks and a capitalised
 * word after it that is not usually written in lower case ("Kim
 * Jong-Il", not the "Sudan-Attack" of a story's keywords), or for a
 * person a word never seen in lower case ("Kim Jong-hoon", not
 * "Obama-era"); never to a word the dictionaries know ("US-Philippine
 * rates"), nor in a line without a lower-case word, which is a story's
 * keywords ("(Egypt-Annan-Mideast)") or a title. */
/* 1 when sentence s has a word in lower case (else it is a line of
 * keywords or a title). */
static int has_lower_word(const chr_doc *doc, const char *const *forms, uint32_t s) {
    const chr_sentence *sen = &doc->sentences[s];
    for (uint32_t k = sen->first; k < sen->first + sen->count; k++)
        if (forms[k][0] >= 'a' && forms[k][0] <= 'z') return 1;
    return 0;
}

static void hyphenated_names(const chr_doc *doc, const chrLex *lex, const chrCasing *casing,
                             const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i + 2 < n; i++) {
        int t = CHR_NER_TYPE(lab[i]);
        const chr_token *tk = doc->tokens + i;
        const char *next = forms[i + 2];
        int cls = chrCasing_get(casing, next, strlen(next));
        int name_word = (capitalised(next) && cls != CHR_CASE_LOWER) ||
                        (t == CHR_ENT_PER && next[0] >= 'a' && next[0] <= 'z' &&
                         cls == CHR_CASE_UNKNOWN);
        if (!t || strcmp(forms[i + 1], "-") != 0 || lab[i + 1] != CHR_NER_O ||
            tk[1].start != tk[0].end || tk[2].start != tk[1].end ||
            tk[2].sentence != tk[0].sentence || !name_word || lab[i + 2] != CHR_NER_O ||
            !has_lower_word(doc, forms, tk[0].sentence))
            continue; /* two names ("Blair-Brown") stay two */
        chrLexId id = lex ? chrGaz_wordId(lex, next, strlen(next)) : CHR_LEX_NONE;
        int32_t actor;
        if (lex && chrGaz_phrase(lex, forms + i + 2, &id, 1, &actor))
            continue; /* a dictionary word: "US-Philippine", "US-China" */
        lab[i + 1] = lab[i + 2] = (uint8_t)CHR_NER_I(t);
        i++;
    }
}

/* Last words that make a name a place, and that are seldom surnames
 * ("George Square", "Abbey Road", "Shanxi Province"). */
static int place_head(const char *w) {
    static const char *const heads[] = {"Square", "Street", "Avenue", "Road", "Highway", "River",
                                        "Ocean", "Sea", "Peninsula", "Province", "Region",
                                        "District", "County", "Islands", "Mountains", "Desert",
                                        "Canyon", "Strait", "Prefecture"};
    return in_list(w, heads, sizeof heads / sizeof *heads);
}

/* Nouns for kinds of place: "the province of Shanxi", "Muzaffarabad, the
 * capital of ...". */
static int place_noun(const char *w) {
    static const char *const words[] = {"province", "city", "town", "village", "capital", "region",
                                        "state", "county", "district", "island", "port",
                                        "municipality", "prefecture", "provinces", "cities",
                                        "towns", "villages", "suburb"};
    return in_list(w, words, sizeof words / sizeof *words);
}

/* A person or organisation named right after "province of" ("the
 * coal-producing province of Shanxi"), or followed by ", the capital"
 * or ", a town" is a place. */
static void named_places(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        int after = i >= 2 && strcmp(forms[i - 1], "of") == 0 && place_noun(forms[i - 2]);
        int before = j + 2 < n && strcmp(forms[j], ",") == 0 &&
                     (strcmp(forms[j + 1], "the") == 0 || strcmp(forms[j + 1], "a") == 0) &&
                     (place_noun(forms[j + 2]) || (j + 3 < n && place_noun(forms[j + 3])));
        if ((t == CHR_ENT_PER || t == CHR_ENT_ORG) && CHR_NER_IS_B(lab[i]) && (after || before))
            set_name(lab, i, j, CHR_ENT_LOC);
        i = j;
    }
}

/* Nouns for people, which an apposition gives to a person's name. */
static int person_noun(const char *w) {
    static const char *const words[] = {
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader",
        "chairman", "chairwoman", "director", "professor", "expert", "analyst", "lawyer", "member",
        "head", "chief", "secretary", "ambassador", "governor", "mayor", "commander", "envoy",
        "deputy", "editor", "correspondent", "reporter", "researcher", "senator", "judge",
        "prosecutor", "player", "striker", "coach", "manager", "mufti", "cleric", "priest",
        "bishop", "general", "colonel", "economist", "scientist", "student", "teacher", "doctor",
        "farmer", "resident", "witness", "father", "mother", "son", "daughter", "wife", "husband",
        "owner", "founder", "candidate", "activist", "author", "writer", "singer", "actor",
        "captain", "chancellor", "premier", "king", "queen", "prince", "vice", "engineer"};
    return in_list(w, words, sizeof words / sizeof *words);
}

/* 1 when a person noun stands in forms[a, b) with no comma between. */
static int person_noun_in(const char *const *forms, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        if (strcmp(forms[k], ",") == 0) return 0;
        if (person_noun(forms[k])) return 1;
    }
    return 0;
}

/* A place or organisation of two or three plain capitalised words (no
 * dictionary entry, no organisation or place word) in apposition with a
 * person noun is a person: "Chen Qiwen, a county official", "the mufti
 * of Istanbul, Mustafa Cagrici, who". */
static void appositions(const chrNerWork *w, const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        int t = CHR_NER_TYPE(lab[i]);
        size_t j = name_end(lab, n, i);
        int plain = (t == CHR_ENT_LOC || t == CHR_ENT_ORG) && CHR_NER_IS_B(lab[i]) &&
                    j - i >= 2 && j - i <= 3;
        for (size_t k = i; plain && k < j; k++)
            plain = capitalised(forms[k]) && !w->gb[k] && !w->gi[k] && !org_head(forms[k]) &&
                    !place_head(forms[k]) && !company_word(forms[k]);
        int comma_after = j + 1 < n && strcmp(forms[j], ",") == 0;
        int after = comma_after &&
                    (person_noun(forms[j + 1]) ||
                     ((strcmp(forms[j + 1], "a") == 0 || strcmp(forms[j + 1], "an") == 0 ||
                       strcmp(forms[j + 1], "the") == 0) &&
                      person_noun_in(forms, j + 2, j + 6 < n ? j + 6 : n)));
        int before = comma_after && i >= 3 && strcmp(forms[i - 1], ",") == 0 &&
                     person_noun_in(forms, i >= 7 ? i - 6 : 0, i - 1);
        if (plain && (after || before))
            set_name(lab, i, j, CHR_ENT_PER);
        i = j;
    }
}

/* A person whose name ends in a place word is a place. */
static void places(const char *const *forms, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n;) {
        size_t j = name_end(lab, n, i);
        if (lab[i] == CHR_NER_B(CHR_ENT_PER)) {
            if (j - i >= 2 && place_head(forms[j - 1]))
                set_name(lab, i, j, CHR_ENT_LOC);
        }
        i = j;
    }
}

/* A single word written in lower case is no name when that is how the
 * word is usually written ("state"), when it is a compass word ("north"
 * in "north China") or when the tagger says it is no proper noun. */
static void lower_case_words(const chrCasing *casing, const char *const *forms,
                             const uint8_t *upos, uint8_t *lab, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!CHR_NER_IS_B(lab[i]) || (i + 1 < n && lab[i + 1] == lab[i] + 1)) continue;
        const char *f = forms[i];
        int lower = 1;
        for (const char *p = f; *p; p++) lower &= !(*p >= 'A' && *p <= 'Z');
        char title[16];
        size_t len = strlen(f);
        if (lower && len < sizeof title) { /* "north", "central": compass words */
            memcpy(title, f, len + 1);
            if (title[0] >= 'a' && title[0] <= 'z') title[0] = (char)(title[0] - 32);
        } else {
            title[0] = 0;
        }
        if (lower && ((upos[i] && upos[i] != CHR_UPOS_PROPN) ||
                      chrCasing_get(casing, f, len) == CHR_CASE_LOWER || direction_word(title)))
            lab[i] = CHR_NER_O;
    }
}

/* 2 or 3 capitalised words from i on that are no dictionary entry and
 * hold no organisation word: a person's name could stand there. */
static size_t plain_name(const chrNerWork *w, const char *const *forms, const uint8_t *lab,
                         size_t n, size_t i, int label) {
    size_t j = i + 1;
    while (j < n && j - i < 4 && lab[j] == label && capitalised(forms[j])) j++;
    if (j - i < 2 || j - i > 3 || (j < n && lab[j] == label && label != CHR_NER_O)) return 0;
    for (size_t k = i; k < j; k++)
        if (!capitalised(forms[k]) || org_head(forms[k]) || w->gb[k] || w->gi[k]) return 0;
    return j - i;
}

/* "CCTV 's Franc Contreras": after a possessive, two or three
 * capitalised words with no organisation word and no dictionary entry
 * are a person (a staff member, an official), not an organisation; and
 * after a news outlet's possessive, such words the labeller left out are
 * its reporter. */
static void owned_people(chrNerWork *w, const char *const *forms, uint8_t *lab,
                         size_t n) {
    for (size_t i = 2; i + 1 < n; i++) {
        if (strcmp(forms[i - 1], "'s") != 0) continue;
        size_t len = 0;
        if (lab[i] == CHR_NER_B(CHR_ENT_ORG))
            len = plain_name(w, forms, lab, n, i, CHR_NER_I(CHR_ENT_ORG));
        else if (lab[i] == CHR_NER_O && (w->gb[i - 2] & CHR_GAZ_MEDIA))
            len = plain_name(w, forms, lab, n, i, CHR_NER_O);
        set_name(lab, i, i + len, CHR_ENT_PER);
    }
}

/* Once a person's surname is known, the same capitalised word elsewhere
 * in the document is that person even where the labeller missed it
 * ("to allow Guzman's extradition"). */
static void propagate_surnames(const chr_doc *doc, const char *const *forms, uint8_t *lab, size_t n) {
    const char *names[64];
    size_t nn = 0;
    for (size_t k = 1; k < n && nn < 64; k++) /* the last word of a person of 2+ words */
        if (lab[k] == CHR_NER_I(CHR_ENT_PER) && (k + 1 == n || lab[k + 1] != CHR_NER_I(CHR_ENT_PER)) &&
            forms[k][0] >= 'A' && forms[k][0] <= 'Z' && strlen(forms[k]) >= 3)
            names[nn++] = forms[k];
    for (size_t i = 0; nn && i < n; i++) {
        if (lab[i] != CHR_NER_O || forms[i][0] < 'A' || forms[i][0] > 'Z') continue;
        int found = 0;
        for (size_t k = 0; k < nn && !found; k++) found = strcmp(names[k], forms[i]) == 0;
        if (!found) continue;
        int next_name = i + 1 < n && doc->tokens[i + 1].sentence == doc->tokens[i].sentence &&
                        lab[i + 1] != CHR_NER_O;
        int prev_name = i > 0 && doc->tokens[i - 1].sentence == doc->tokens[i].sentence &&
                        lab[i - 1] != CHR_NER_O;
        if (!next_name && !prev_name) lab[i] = CHR_NER_B(CHR_ENT_PER);
    }
}

/* The repairs of the labels lab[0..n) chrNer_label() just gave the
 * sentence forms[0..n) with w (upos: its tags, zeros when untagged), in
 * order. They suit news text: on the web text of EWT dev they cost 0.1 to
 * 0.3 F1, so eval ner leaves them out. */
static void repair_sentence(const chrNerModel *m, chrNerWork *w, const char *const *forms,
                            const uint8_t *upos, uint8_t *lab, size_t n) {
    apply_dictionary(w, forms, lab, n);
    regions(forms, lab, n);
    particles(forms, lab, n);
    trim_ends(forms, lab, n);
    join_nicknames(forms, lab, n);
    companies(forms, lab, n);
    unlabelled_institutions(w, &m->casing, forms, lab, n);
    places(forms, lab, n);
    named_places(forms, lab, n);
    appositions(w, forms, lab, n);
    dictionary_types(w, lab, n);
    lower_case_words(&m->casing, forms, upos, lab, n);
    owned_people(w, forms, lab, n);
}

typedef struct stage_buf {
    const char **forms;
    uint8_t *upos, *lab;
    chrLexId *ids;
    chrClusterMention *cm;
    uint32_t *entity_of, *name_of;
    int *etype;
} stage_buf;

static void free_buf(stage_buf *b) {
    free(b->forms);
    free(b->upos);
    free(b->lab);
    free(b->ids);
    free(b->cm);
    free(b->entity_of);
    free(b->name_of);
    free(b->etype);
}

/* The dictionary actor of a mention's words (whole, then name words);
 * sets m->many_places when the actor's entry is a list of places. */
static int32_t actor_of(const chrLex *lex, chrClusterMention *m, chrLexId *ids) {
    int32_t actor = -1;
    size_t a, b;
    uint16_t kinds;
    m->many_places = 0;
    for (size_t i = 0; i < m->nwords; i++) ids[i] = chrGaz_wordId(lex, m->words[i], strlen(m->words[i]));
    kinds = chrGaz_phrase(lex, m->words, ids, m->nwords, &actor);
    if (!kinds || actor < 0) {
        chrCluster_nameWords(m, &a, &b);
        kinds = chrGaz_phrase(lex, m->words + a, ids + a, b - a, &actor);
    }
    if (!kinds || actor < 0) return -1;
    m->many_places = (kinds & CHR_GAZ_CITY) != 0;
    return actor;
}

static int store(const chrNerStage *st, chr_doc *doc, stage_buf *b, size_t nm) {
    long ne = chrCluster_run(b->cm, nm, b->entity_of, b->etype, b->name_of);
    if (ne < 0) return (int)ne;
    doc->entities = chrArena_calloc(&doc->arena, (size_t)ne ? (size_t)ne : 1, sizeof *doc->entities);
    uint32_t *lists = chrArena_calloc(&doc->arena, nm ? nm : 1, sizeof *lists);
    if (!doc->entities || !lists) return CHR_ENOMEM;
    int32_t ymd = doc->date.year ? chrLex_ymd(doc->date.year, doc->date.month, doc->date.day) : 0;
    size_t at = 0;
    for (long e = 0; e < ne; e++) {
        chr_entity *ent = &doc->entities[e];
        ent->type = b->etype[e];
        ent->mentions = lists + at;
        for (size_t i = 0; i < nm; i++) {
            if (b->entity_of[i] != (uint32_t)e) continue;
            lists[at++] = (uint32_t)i;
            ent->nmentions++;
            doc->mentions[i].entity = (uint32_t)e;
            if (!ent->code && b->cm[i].actor >= 0 && st->lex) {
                chrLexId code = chrLex_actorCode(st->lex, (uint32_t)b->cm[i].actor, ymd);
                if (code) ent->code = chrArena_strdup(&doc->arena, chrLex_str(st->lex, code));
            }
        }
        char name[256];
        chrCluster_name(&b->cm[b->name_of[e]], b->cm, b->entity_of, nm, (uint32_t)e, name, sizeof name);
        if (!(ent->name = chrArena_strdup(&doc->arena, name))) return CHR_ENOMEM;
    }
    doc->nentities = (size_t)ne;
    return CHR_OK;
}

int chrNerStage_run(const chrNerStage *st, chr_doc *doc) {
    size_t n = doc->ntokens;
    doc->entities = NULL;
    doc->nentities = 0;
    doc->mentions = NULL;
    doc->nmentions = 0;
    if (n == 0) return CHR_OK;
    stage_buf b = {0};
    b.forms = malloc(n * sizeof *b.forms);
    b.upos = malloc(n);
    b.lab = malloc(n);
    b.ids = malloc(n * sizeof *b.ids);
    b.cm = malloc(n * sizeof *b.cm);
    b.entity_of = malloc(n * sizeof *b.entity_of);
    b.name_of = malloc(n * sizeof *b.name_of);
    b.etype = malloc(n * sizeof *b.etype);
    chrNerWork w = {0};
    int rc = b.forms && b.upos && b.lab && b.ids && b.cm && b.entity_of && b.name_of && b.etype
                 ? CHR_OK : CHR_ENOMEM;
    for (size_t i = 0; rc == CHR_OK && i < n; i++) {
        b.forms[i] = doc->tokens[i].fold ? doc->tokens[i].fold : "";
        b.upos[i] = doc->tokens[i].upos;
    }
    for (size_t s = 0; rc == CHR_OK && s < doc->nsentences; s++) {
        const chr_sentence *sen = &doc->sentences[s];
        if (sen->count == 0) continue;
        rc = chrNer_label(st->model, st->lex, &w, b.forms + sen->first, b.upos + sen->first,
                          sen->count, b.lab + sen->first);
        if (rc != CHR_OK) break;
        repair_sentence(st->model, &w, b.forms + sen->first, b.upos + sen->first,
                        b.lab + sen->first, sen->count);
    }
    if (rc == CHR_OK) hyphenated_names(doc, st->lex, &st->model->casing, b.forms, b.lab, n);
    uint32_t *sent = rc == CHR_OK ? malloc(n * sizeof *sent) : NULL;
    if (rc == CHR_OK && !sent) rc = CHR_ENOMEM;
    for (size_t i = 0; rc == CHR_OK && i < n; i++) sent[i] = doc->tokens[i].sentence;
    if (rc == CHR_OK) rc = chrNer_propagate(&st->model->casing, b.forms, sent, b.lab, n);
    free(sent);
    if (rc == CHR_OK) propagate_surnames(doc, b.forms, b.lab, n);
    /* mentions: chunks as conlleval reads them, never across a sentence */
    size_t nm = 0;
    if (rc == CHR_OK) {
        doc->mentions = chrArena_calloc(&doc->arena, n, sizeof *doc->mentions);
        if (!doc->mentions) rc = CHR_ENOMEM;
    }
    for (size_t i = 0; rc == CHR_OK && i < n;) {
        int t = CHR_NER_TYPE(b.lab[i]);
        if (!t) {
            doc->tokens[i++].ner = CHR_NER_O;
            continue;
        }
        size_t j = i + 1;
        while (j < n && doc->tokens[j].sentence == doc->tokens[i].sentence &&
               b.lab[j] == CHR_NER_I(t))
            j++;
        for (size_t k = i; k < j; k++) doc->tokens[k].ner = (uint8_t)(k == i ? CHR_NER_B(t) : CHR_NER_I(t));
        chr_mention *mm = &doc->mentions[nm];
        mm->first = (uint32_t)i;
        mm->count = (uint32_t)(j - i);
        mm->start = doc->tokens[i].start;
        mm->end = doc->tokens[j - 1].end;
        mm->sentence = doc->tokens[i].sentence;
        chrClusterMention *c = &b.cm[nm];
        c->type = t;
        c->words = b.forms + i;
        c->nwords = j - i;
        c->many_places = 0;
        c->actor = st->lex ? actor_of(st->lex, c, b.ids + i) : -1;
        nm++;
        i = j;
    }
    doc->nmentions = nm;
    if (rc == CHR_OK) rc = store(st, doc, &b, nm);
    if (rc != CHR_OK) {
        doc->nmentions = doc->nentities = 0;
        doc->mentions = NULL;
        doc->entities = NULL;
    }
    chrNerWork_release(&w);
    free_buf(&b);
    return rc;
}
