/*
 * coder_statement.c - a statement or a rejection is aimed at whom it is
 * addressed to, not at whom it is about.
 *
 * Why: when a pattern names no target slot, the coder looks for the target
 * further and further down the verb phrase (coder.c, coder_target.c): the
 * object, the obliques, then the actors of a clause ("said Iran would ..."),
 * of a complement or of a participle. For an act done upon someone that
 * finds the victim of "vowed to wage war on X"; for a statement (CAMEO 010
 * to 017: comments, hopes, forecasts, denials, claims) or a rejection (12)
 * an actor inside the clause or complement is what is spoken of: "told
 * journalists that Zaire's delegation made opening speeches" is no
 * statement to Zaire, "dismissed the idea that the US invasion triggered
 * the chaos" no rejection of the US, "refused to send troops to join the
 * US force" none either. Such acts keep a target only when it is the
 * verb's own argument: its object, indirect object or an oblique (of the
 * verb or of its object noun: "a letter to Y", "allegations by Y"), or
 * sits in the object's phrase outside any clause with a subject of its own
 * (the maker of what is rejected: "deals signed by Arafat"); a worry or a
 * hope (012, 013) may also be about the subject of its clause ("voiced
 * concern that Syria was moving to topple ..."). Claims of
 * responsibility (015), sympathy (018) and agreement (019) are left alone:
 * whom they concern is part of their meaning.
 */
#include "event/coder_int.h"

/* Codes whose target must be addressed: 010-017 but 015 (a claim of
 * responsibility is for an act upon someone: "claimed responsibility for
 * launching mortars at Israel"), demands (10) and rejections (12). */
static int addressed_code(const char *code) {
    if (code[0] == '0' && code[1] == '1') return code[2] != '5' && code[2] != '8' && code[2] != '9';
    return code[0] == '1' && (code[1] == '2' || code[1] == '0');
}

static int argument_of(const chrFrame *f, int x) {
    if (x == f->obj || x == f->iobj) return 1;
    for (int i = 0; i < f->npreps; i++)
        if (f->preps[i].tok == x) return 1;
    return 0;
}

/* Is x inside the phrase of the object obj, not inside a clause with a
 * subject of its own there: the maker of what is rejected ("deals signed
 * by Arafat", "a statement issued by the EU"), not what a hope or an idea
 * says ("the hope that Liberia would ...", "the idea that the US ...")? */
static int in_object(const chrSent *s, int x, int obj) {
    if (obj < 0 || !chrCoder_inSubtree(s, x, obj)) return 0;
    for (int y = x; y >= 0 && y != obj; y = s->t[y].head) {
        uint8_t r = s->t[y].rel;
        if ((r == R_ACL || r == R_RELCL || r == R_CCOMP || r == R_ADVCL) && chrCoder_ownSubject(s, y)) return 0;
    }
    return 1;
}

/* A worry or a hope (012, 013) is about whoever the clause has do or
 * suffer it, and a demand (10) is made of whoever the clause has do it: x
 * is the subject of the verb's clause or of its object's ("voiced concern
 * that Syria and Iran were moving to topple ...", "expressed the hope that
 * Liberia would achieve stability", "demanded that Hamas renounce
 * violence"). */
static int clause_subject(const chrSent *s, const chrFrame *f, const char *code, int x) {
    int worry = code[0] == '0' && code[1] == '1' && (code[2] == '2' || code[2] == '3');
    if (!worry && !(code[0] == '1' && code[1] == '0')) return 0;
    if (s->t[x].rel != R_NSUBJ) return 0;
    int c = s->t[x].head;
    return c >= 0 && (c == f->ccomp || c == chrCoder_nounClause(s, f->obj));
}

int chrCoder_topicTarget(const chrSent *s, const chrFrame *f, const chrFrame *tf, const char *code, int far) {
    if (far < 0 || !addressed_code(code)) return 0;
    if (argument_of(f, far) || argument_of(tf, far)) return 0;
    if (clause_subject(s, f, code, far) || clause_subject(s, tf, code, far)) return 0;
    return !in_object(s, far, f->obj) && !in_object(s, far, tf->obj);
}
