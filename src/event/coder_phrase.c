/*
 * coder_phrase.c - a verb's phrase, and the actors PETRARCH-1 finds in it
 * where the verb's frame names none.
 *
 * Why: PETRARCH-1 reads a sentence as flat phrases, not as a tree: a verb's
 * phrase runs through its complements ("is about to restore ties") and
 * stops at conjoined and paratactic clauses; a target its pattern does not
 * place is the first actor after the verb inside that phrase, a source the
 * subject does not name the nearest actor before the verb back to a comma.
 * The coder asks these only for word-order (PETRARCH-1 / TABARI-style)
 * patterns, and uses the phrase for "one event per verb phrase".
 */
#include "event/coder_int.h"

/* Does the chain of heads from x up to its ancestor a leave a's verb phrase
 * (through a conjoined or paratactic clause)? */
int chrCoder_leavesPhrase(const chrSent *s, int x, int a) {
    for (int d = 0; x >= 0 && x != a && d < s->n; d++) {
        /* (a noun "beside" the verb is a misread part of its phrase:
         * "restore complete, full diplomatic ties") */
        if (s->t[x].rel == R_CONJ || (s->t[x].rel == R_PARATAXIS && !chrCoder_isNominal(s, x))) return 1;
        x = s->t[x].head;
    }
    return 0;
}

/* The top of the chain of complements v heads up ("is about to restore":
 * the phrase of "restore" is that of "about"). */
int chrCoder_phraseTop(const chrSent *s, int v) {
    for (int d = 0; d < 8 && s->t[v].rel == R_XCOMP && s->t[v].head >= 0; d++) v = s->t[v].head;
    return v;
}

/* The first actor named after the verb inside its own phrase (conjoined
 * and paratactic clauses are other phrases), as PETRARCH-1 finds a target
 * its pattern does not place: "vowed to wage war on the Rohans", "signed
 * an accord to supply Gondor". Returns its phrase head, -1 when none. */
int chrCoder_firstActorAfter(const chrSent *s, int v, chrCActors *out) {
    int top = chrCoder_phraseTop(s, v);
    for (int j = v + 1; j < s->n; j++) {
        if (!chrCoder_isNominal(s, j) || !chrCoder_inSubtree(s, j, top) || chrCoder_leavesPhrase(s, j, top)) continue;
        int h = chrCoder_phraseHead(s, j);
        if (h < v || !chrCoder_inSubtree(s, h, top)) continue;
        /* the subject of an adverbial clause acts on its own ("..., a senior
         * official said") */
        uint8_t r = s->t[h].rel;
        if ((r == R_NSUBJ || r == R_NSUBJPASS) && s->t[h].head >= 0 && s->t[s->t[h].head].rel == R_ADVCL) continue;
        chrActors_ofPhrase(s, h, out);
        if (out->n) return h;
    }
    out->n = 0;
    return -1;
}

/* The subject naming an actor of the first predicate above v that v is a
 * complement, adverbial or conjunct of; -1 when none. */
int chrCoder_governingSubject(const chrSent *s, int v) {
    for (int x = v, d = 0; d < 6 && s->t[x].head >= 0; d++) {
        uint8_t r = s->t[x].rel;
        if (r != R_CCOMP && r != R_XCOMP && r != R_ADVCL && r != R_CONJ) break;
        x = s->t[x].head;
        chrFrame g;
        chrCoder_frame(s, x, &g);
        if (g.subj < 0) continue;
        chrCActors a;
        chrActors_ofPhrase(s, g.subj, &a);
        if (a.n) return g.subj;
    }
    return -1;
}

/* The nearest actor named before the verb back to a comma, outside the
 * phrase at skip, as PETRARCH-1 finds a source where the subject names
 * none ("Eriador's death and injury toll has risen"). */
void chrCoder_firstActorBefore(const chrSent *s, int v, int skip, chrCActors *out) {
    out->n = 0;
    for (int j = v - 1; j >= 0; j--) {
        const char *f = s->tok[j].form;
        if (f && f[0] == ',' && !f[1]) return;
        if (!chrCoder_isNominal(s, j) || (skip >= 0 && chrCoder_inSubtree(s, j, skip))) continue;
        chrActors_ofPhrase(s, chrCoder_phraseHead(s, j), out);
        if (out->n) return;
    }
}
