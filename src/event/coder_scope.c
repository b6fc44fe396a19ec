/*
 * coder_scope.c - where an act or an actor stands in the sentence, for the
 * coder's precision rules.
 *
 * Why it exists: on wire news most wrongly coded events (issue 7's hand
 * checks) are acts that did not happen ("if China invaded Taiwan", "the US
 * would defend Taiwan if ..."), and targets or actors taken from phrases
 * that only say where or when something happened ("in Tehran", "from
 * northern Gaza") or that modify another noun ("a trip to Beijing by the
 * Dutch minister"). The decisions are made here, from the parse alone, so
 * every lexicon (dict/, PETRARCH, TABARI) gets the same rules.
 */
#include <stdio.h>
#include <string.h>

#include "event/coder_int.h"

/* Token c's form, lower-cased (ASCII) into buf. */
static const char *lower_text(const char *f, char *buf, size_t cap) {
    size_t i = 0;
    for (; f[i] && i + 1 < cap; i++) buf[i] = (char)(f[i] >= 'A' && f[i] <= 'Z' ? f[i] | 0x20 : f[i]);
    buf[i] = '\0';
    return buf;
}

static const char *lower_form(const chrSent *s, int c, char *buf, size_t cap) {
    return lower_text(s->tok[c].form ? s->tok[c].form : "", buf, cap);
}

/* The preposition (case marker) of x, lower-cased into buf; "" when none. */
static const char *case_word(const chrSent *s, int x, char *buf, size_t cap) {
    buf[0] = '\0';
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++)
        if (s->t[s->kids[k]].rel == R_CASE) return lower_form(s, s->kids[k], buf, cap);
    return buf;
}

static int word_in(const char *w, const char *const *list) {
    for (size_t k = 0; list[k]; k++) {
        const char *a = w, *b = list[k];
        while (*a && *a == *b) a++, b++;
        if (!*a && !*b) return 1;
    }
    return 0;
}

/* Prepositions that say where, when or from where: the phrase places the
 * act, it does not name who receives it. */
static const char *const placing[] = {"in", "at", "near", "inside", "outside", "across", "around", "within",
                                      "throughout", "along", "from", "during", "after", "before", "since",
                                      "until", "amid", "amidst", "despite", "via", "through", "off", "beyond",
                                      NULL};
/* Prepositions whose phrase belongs to the noun it modifies as a member or
 * an owner ("leader of Hamas", "groups including Islamic Jihad"). */
static const char *const owning[] = {"of", "including", "such", "like", "'s", NULL};

int chrCoder_placingPrep(const chrSent *s, int x) {
    const chrLex *lex = s->lex;
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel != R_CASE) continue;
        chrLexId w = s->t[c].lemma ? s->t[c].lemma : s->t[c].form;
        return w && (lex->wordflags[w] & CHR_WORD_PLACE);
    }
    return 0;
}

int chrCoder_phrasePart(const chrSent *s, int x, int h) {
    int kind = CHR_PART_CORE;
    for (int depth = 0; x >= 0 && x != h && depth < s->n; depth++) {
        uint8_t r = s->t[x].rel;
        if (r == R_NMOD || r == R_OBL || r == R_OBLAGENT) {
            char w[32];
            const char *c = case_word(s, x, w, sizeof w);
            if (!c[0] || word_in(c, owning)) {
                /* core */
            } else if (word_in(c, placing)) {
                if (kind == CHR_PART_CORE) kind = chrCoder_placingPrep(s, x) ? CHR_PART_PLACE_ONLY : CHR_PART_PLACE;
            } else {
                /* "attacks on hotels in Jordan": a place the lexicon lists
                 * stays a place under another modifier */
                return kind == CHR_PART_PLACE_ONLY ? kind : CHR_PART_OTHER;
            }
        }
        x = s->t[x].head;
    }
    return kind;
}

/* Does any child of v with relation rel have one of the words? */
static int has_child_word(const chrSent *s, int v, uint8_t rel, const char *const *words) {
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        char w[32];
        if (s->t[s->kids[k]].rel == rel && word_in(lower_form(s, s->kids[k], w, sizeof w), words)) return 1;
    }
    return 0;
}

static int has_mark(const chrSent *s, int v, const char *const *words) {
    return has_child_word(s, v, R_MARK, words);
}

static const char *const conditions[] = {"if", "unless", "whether", "lest", NULL};

/* "as long as" and "so long as": the clause's mark is the last "as", the
 * token before it "long" */
static int long_as_mark(const chrSent *s, int v) {
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        char w[16];
        if (s->t[c].rel != R_MARK || c < 1 || strcmp(lower_form(s, c, w, sizeof w), "as") != 0) continue;
        if (strcmp(lower_form(s, c - 1, w, sizeof w), "long") == 0) return 1;
    }
    return 0;
}

static int condition_mark(const chrSent *s, int v) {
    return has_mark(s, v, conditions) || long_as_mark(s, v);
}

/* A modal of the unreal: "would", "could", "might" with an if-clause. */
static int unreal_modal(const chrSent *s, int v) {
    static const char *const modals[] = {"would", "could", "might", "'d", NULL};
    return has_child_word(s, v, R_AUX, modals);
}

/* Nouns whose clause tells what is hoped, expected, feared, claimed or
 * alleged, not what happened ("optimism that the Council will impose
 * sanctions", "allegations that X attacked Y"). */
static const char *const unfactual_nouns[] = {
    "hope", "hopes", "optimism", "expectation", "expectations", "claim", "claims", "allegation", "allegations",
    "accusation", "accusations", "rumour", "rumours", "rumor", "rumors", "speculation", "fear", "fears",
    "suspicion", "suspicions", "belief", "possibility", "prospect", "prospects", "likelihood", "risk", "danger",
    "threat", "threats", "worry", "worries", "concern", "concerns", NULL};

static int unfactual_clause(const chrSent *s, int x) {
    uint8_t r = s->t[x].rel;
    int h = s->t[x].head;
    if ((r != R_ACL && r != R_CCOMP) || h < 0) return 0;
    char w[32];
    if (s->t[h].upos == CHR_UPOS_NOUN) return word_in(lower_form(s, h, w, sizeof w), unfactual_nouns);
    /* the clause hung on the verb: "expressed optimism that ...", "voiced fears that ..." */
    return r == R_CCOMP && s->t[h].upos == CHR_UPOS_VERB && has_child_word(s, h, R_OBJ, unfactual_nouns);
}

/* A clause of what someone is accused, suspected, charged, convicted or
 * acquitted of ("soldiers accused of beating a teenager", "a bank accused
 * of laundering money", "suspected of having collaborated with"): an
 * allegation or a court's finding about it, not an act the sentence
 * reports. */
static int alleged_clause(const chrSent *s, int x) {
    static const char *const alleging[] = {"accuse", "suspect", "charge", "convict", "acquit", "indict", "allege",
                                           "clear", NULL};
    static const char *const marks[] = {"of", "with", NULL};
    uint8_t r = s->t[x].rel;
    int h = s->t[x].head;
    if ((r != R_ADVCL && r != R_ACL) || h < 0 || !s->tok[h].lemma || !has_mark(s, x, marks)) return 0;
    return word_in(s->tok[h].lemma, alleging);
}

int chrCoder_conditional(const chrSent *s, int v) {
    /* the act itself, or a clause it belongs to, is a condition or what
     * a hope, fear or claim is about; or a clause it belongs to is only
     * possible ("could help persuade X to strike a deal") */
    static const char *const possible[] = {"could", "might", "may", "can", "cannot", "should", "must", NULL};
    if (chrCoder_purposeClause(s, v)) return 1;
    for (int x = v, depth = 0; x >= 0 && depth < s->n; depth++) {
        if (condition_mark(s, x) || unfactual_clause(s, x) || alleged_clause(s, x)) return 1;
        if (x != v && has_child_word(s, x, R_AUX, possible)) return 1;
        x = s->t[x].head;
    }
    /* "the US would defend Taiwan if China launched ...": the consequence */
    if (!unreal_modal(s, v)) return 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++) {
        int c = s->kids[k];
        if (s->t[c].rel == R_ADVCL && condition_mark(s, c)) return 1;
    }
    return 0;
}

/* A country acting upon its own government, forces, leaders, firms or
 * people ("the U.S.-led war ... U.S. soldiers have been killed", "Lebanon
 * ... when former premier Hariri was killed", "Croatia developed relations
 * ... Croatian companies"): the country is where or whose they are; upon its
 * rebels, insurgents, separatists, criminals or opposition ("Turkey has been
 * fighting the PKK", "Mexico arrested Guzman") it acts. */
static int country_on_own(const chrCActor *a, const chrCActor *b) {
    static const char *const against[] = {"REB", "INS", "SEP", "CRM", "OPP", NULL};
    static const char *const no_country[] = {"---", "IGO", "NGO", "MNC", "IMG", "UIS", NULL};
    if (strlen(a->code) != 3 || strlen(b->code) <= 3 || strncmp(a->code, b->code, 3) != 0) return 0;
    if (word_in(a->code, no_country)) return 0;
    for (size_t k = 0; against[k]; k++)
        if (strstr(b->code + 3, against[k])) return 0;
    return 1;
}

int chrCoder_ownCountry(const chrCActor *a, const chrCActor *b) {
    if (country_on_own(a, b)) return 1;
    /* only a bare country as the target: a country acting on its own
     * actors ("Mexico arrested Guzman": MEX -> MEXCRMSIN) is an event */
    const chrCActor *bare = b, *other = a;
    if (strlen(bare->code) != 3 || strlen(other->code) <= 3) return 0;
    if (strncmp(bare->code, "---", 3) == 0 || strncmp(bare->code, other->code, 3) != 0) return 0;
    /* "Iraqi police arrested Iraqis": the country's people are actors */
    return !bare->people;
}

int chrCoder_ownSide(const chrSent *s, const chrCActor *b) {
    /* "recalled its ambassador", "refused to pull out its forces": a
     * government, military or police target of no country that belongs to
     * the actor (not "his opponents", nor "condolences to his family",
     * where the pronoun may stand for someone else) */
    static const char *const own[] = {"its", "his", "her", "their", "our", NULL};
    static const char *const apparatus[] = {"GOV", "MIL", "COP", "SPY", NULL};
    if (b->tok < 0 || b->tok >= s->n || strncmp(b->code, "---", 3) != 0) return 0;
    char role[4];
    snprintf(role, sizeof role, "%s", b->code + 3);
    if (!word_in(role, apparatus)) return 0;
    for (int k = s->kid_first[b->tok]; k < s->kid_first[b->tok + 1]; k++) {
        int c = s->kids[k];
        char w[8];
        if (s->t[c].rel == R_NMODPOSS && s->t[c].upos == CHR_UPOS_PRON && word_in(lower_form(s, c, w, sizeof w), own))
            return 1;
    }
    return 0;
}

int chrCoder_hasRole(const char *code, const char *role) {
    for (size_t i = 3; code[i] && code[i + 1] && code[i + 2]; i += 3)
        if (strncmp(code + i, role, 3) == 0) return 1;
    return 0;
}

int chrCoder_formIn(const chrSent *s, int i, const char *const *list) {
    char w[16];
    return i >= 0 && i < s->n && word_in(lower_form(s, i, w, sizeof w), list);
}

int chrCoder_lemmaIn(const chrSent *s, int i, const char *const *list) {
    char w[24];
    if (i < 0 || i >= s->n) return 0;
    const char *l = s->tok[i].lemma ? s->tok[i].lemma : s->tok[i].form;
    return word_in(lower_text(l ? l : "", w, sizeof w), list);
}

int chrCoder_personalPronoun(const chrSent *s, int i) {
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "you", NULL};
    return i >= 0 && i < s->n && s->t[i].upos == CHR_UPOS_PRON && chrCoder_formIn(s, i, pronouns);
}

int chrCoder_cityAsPlace(const chrCActor *a, const chrCActor *b, const char *code) {
    /* a city or region names its country as where one travels (a visit
     * and its host, CAMEO 042, 043), what is attacked (18-20) or withdrawn
     * from (087); as the source of any other act or the target of others,
     * meetings included ("met in the Nigerian capital Abuja"), it is where
     * they happened ("airlifted Rwandans to Goma", "the Geneva-based
     * group", "violence at Rafah") */
    if (!(a && a->city) && !(b && b->city)) return 0;
    if (strncmp(code, "042", 3) == 0 || strncmp(code, "043", 3) == 0) return 0;
    /* (a city attacks no one: "a blast at a pipeline in Lagos killed") */
    if (a && a->city) return 1;
    if (strncmp(code, "087", 3) == 0) return 0;
    return !(code[0] == '1' && code[1] >= '8') && !(code[0] == '2' && code[1] == '0');
}

int chrCoder_sameBody(const chrCActor *a, const chrCActor *b) {
    /* "ministers and representatives of the WHO agreed" (IGOUNOWHOGOV and
     * IGOUNOWHO), "the EU presidency and the EU": an international or
     * non-governmental organisation, or a group within a country
     * (PSEINSHMS), and its own members are one side; a bare country or
     * country + role is left to chrCoder_ownCountry */
    if (!a || !b || !a->code[0] || !b->code[0] || strncmp(a->code, "---", 3) == 0 || strncmp(b->code, "---", 3) == 0)
        return 0;
    size_t la = strlen(a->code), lb = strlen(b->code);
    const chrCActor *s = la <= lb ? a : b, *l = la <= lb ? b : a;
    size_t n = la <= lb ? la : lb;
    /* (a government and someone of it with a longer role chain may be two
     * sides: "Jaafari met Sistani", IRQGOV and IRQGOVMUSSHI) */
    int body = n >= 9 || strncmp(s->code, "IGO", 3) == 0 || strncmp(s->code, "NGO", 3) == 0;
    return n >= 6 && body && strncmp(s->code, l->code, n) == 0;
}

int chrCoder_noVisit(const chrCActor *a, const chrCActor *b, const char *code) {
    /* 042 a visits b, 043 a hosts b */
    const chrCActor *guest, *host;
    if (strcmp(code, "042") == 0) guest = a, host = b;
    else if (strcmp(code, "043") == 0) guest = b, host = a;
    else return 0;
    if (!guest || !host || !guest->code[0] || !host->code[0]) return 0;
    /* travel inside one's own country ("the US defense secretary travelled to
     * the US navy base", "Wen came to the Beijing company") is no visit */
    if (strncmp(guest->code, "---", 3) != 0 && strncmp(guest->code, host->code, 3) == 0) return 1;
    /* nor is going to a person, group or building of no country other than a
     * government ("went to the man's rescue", "visited the hospital", "went
     * to the polls") */
    return strncmp(host->code, "---", 3) == 0 && strncmp(host->code + 3, "GOV", 3) != 0;
}

int chrCoder_releasedTarget(const chrSent *s, const chrCActor *b, const char *code) {
    /* the appeal goes to whoever holds them ("urged the rebels to free the
     * hostages" keeps the rebels); the prisoners in the release's own
     * phrase only receive it */
    static const char *const releases[] = {"release", "freeing", "liberation", "freedom", NULL};
    if (!b || b->tok < 0 || b->tok >= s->n || (strcmp(code, "0253") != 0 && strcmp(code, "1053") != 0)) return 0;
    int x = b->tok;
    /* (the target read from the release noun's own "of" phrase) */
    if (s->t[x].upos == CHR_UPOS_NOUN && s->tok[x].lemma && word_in(s->tok[x].lemma, releases)) return 1;
    /* "the release of the hostages", "of X and Y", "Shalit's release" */
    for (int depth = 0; depth < 4 && (s->t[x].rel == R_CONJ || s->t[x].rel == R_APPOS) && s->t[x].head >= 0; depth++)
        x = s->t[x].head;
    static const char *const of[] = {"of", NULL};
    char w[8];
    int h = s->t[x].head;
    if (h < 0 || !((s->t[x].rel == R_NMOD && word_in(case_word(s, x, w, sizeof w), of)) || s->t[x].rel == R_NMODPOSS))
        return 0;
    return s->t[h].upos == CHR_UPOS_NOUN && s->tok[h].lemma && word_in(s->tok[h].lemma, releases);
}

int chrCoder_mishap(const chrSent *s, int x) {
    /* accidents, disasters and vehicles kill no one on purpose ("a
     * collision between an Italian warship and a refugee boat killed", "an
     * Iranian aircraft crashed, killing 36", "an epidemic that has killed
     * 14"); weapons and attacks ("artillery shells", "an air strike") do */
    static const char *const mishaps[] = {
        "collision", "crash", "accident", "fire", "blaze", "inferno", "flood", "earthquake", "quake", "storm",
        "typhoon", "hurricane", "cyclone", "tsunami", "epidemic", "disease", "flu", "outbreak", "virus", "landslide",
        "mudslide", "avalanche", "collapse", "aircraft", "plane", "airliner", "bus", "train", "car", "truck", "ship",
        "boat", "ferry", "building", "heatwave", "drought", "famine", NULL};
    if (x < 0 || x >= s->n || !s->tok[x].lemma) return 0;
    /* ("Last Friday, a collision ... killed", the date parsed as the subject) */
    for (int k = s->kid_first[x]; k < s->kid_first[x + 1]; k++)
        if (s->t[s->kids[k]].rel == R_APPOS && chrCoder_mishap(s, s->kids[k])) return 1;
    char w[32];
    size_t i = 0;
    for (const char *l = s->tok[x].lemma; *l && i + 1 < sizeof w; l++, i++) w[i] = (char)(*l >= 'A' && *l <= 'Z' ? *l | 0x20 : *l);
    w[i] = '\0';
    return word_in(w, mishaps);
}

int chrCoder_visitorParticiple(const chrSent *s, int v, int obj) {
    /* "met with visiting French Minister X", "told visiting Kenyan President
     * Kibaki", "won support from visiting Prime Minister Blair": "visiting"
     * describes X, the guest; the clause's subject is the host. ("Pakistanis
     * visiting India" and "after visiting Uganda" keep their reading.) */
    static const char *const before[] = {"with", "from", "to", "for", "of", "the", "a", "and", NULL};
    if (v < 1 || v + 1 >= s->n || obj <= v || !chrCoder_inSubtree(s, v + 1, obj)) return 0;
    const char *f = s->tok[v].form, *l = s->tok[v].lemma;
    size_t n = f ? strlen(f) : 0;
    if (!l || strcmp(l, "visit") != 0 || n < 4 || strcmp(f + n - 3, "ing") != 0) return 0;
    for (int k = s->kid_first[v]; k < s->kid_first[v + 1]; k++)
        if (s->t[s->kids[k]].rel == R_NSUBJ) return 0;
    return s->t[v - 1].upos == CHR_UPOS_VERB || chrCoder_formIn(s, v - 1, before);
}

/* A government's order (10) to forces or offices of its own country, or
 * of no country named ("Abbas ordered heads of Palestinian security forces
 * to ...", "the local authorities instructed the police to ..."), is how
 * it governs, not a demand made of another actor. */
int chrCoder_ownCommand(const chrCActor *x, const char *code, const chrCActor *y) {
    /* offices include the state's schools and health services ("the
     * ministry ordered universities to ...", "ordered local health
     * authorities to inspect markets"), in any role place of the code
     * ("---CVLGOV" local officials) */
    static const char *const apparatus[] = {"GOV", "MIL", "COP", "SPY", "EDU", "HLH"};
    size_t nx = strlen(x->code), ny = strlen(y->code);
    if (strncmp(code, "10", 2) != 0 || nx < 3 || ny < 6) return 0;
    /* a state named alone governs as well ("China has ordered local governments to ...") */
    int state = nx == 3 ? strcmp(x->code, "---") != 0 : strncmp(x->code + 3, "GOV", 3) == 0;
    if (!state) return 0;
    int role = 0;
    for (size_t at = 3; at + 3 <= ny; at += 3)
        for (size_t k = 0; k < sizeof apparatus / sizeof *apparatus; k++) role |= strncmp(y->code + at, apparatus[k], 3) == 0;
    return role && (strncmp(y->code, "---", 3) == 0 || strncmp(y->code, x->code, 3) == 0);
}
