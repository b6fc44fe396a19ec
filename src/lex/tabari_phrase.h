/*
 * tabari_phrase.h - turns one TABARI phrase ("SAID_*_TO { A | B } $") into a
 * surface sequence of the lexicon (see chrLexSurfTok), and reads TABARI code
 * blocks ("[032:033]", "[023?]", "[---]").
 *
 * Why: actors, agents, verb roots, verb forms, patterns, synset members and
 * time phrases all share this notation; one parser keeps them consistent.
 */
#ifndef CHR_LEX_TABARI_PHRASE_H
#define CHR_LEX_TABARI_PHRASE_H

#include <stddef.h>

#include "lex/lexicon.h"

/* Parses s[0..n) (hyphens already turned into '_') into a new sequence.
 * pattern: '*', '$', '+', '%', '^' are slots (else an error). On success
 * *seq is the sequence index, *noend is 1 when the last word ended in '='
 * (no regular endings) and *verbs counts the '*' slots. On a bad phrase
 * returns CHR_EFORMAT and sets *why. */
int chrTabari_parseSeq(chrLex *lex, const char *s, size_t n, int pattern, uint32_t *seq,
                       int *noend, int *verbs, const char **why);

/* Reads an event code text (inside the brackets, trimmed): "064", "032:033",
 * "---", "###", "+++", "023?", "031!". Returns CHR_OK or CHR_EFORMAT. */
int chrTabari_parseCode(chrLex *lex, const char *s, size_t n, chrLexCode *out, const char **why);

/* Adds a surface entry (actor, agent, verb...) for sequence seq; keeps
 * surf_entries[0] reserved and chains the entry under its first word. */
int chrTabari_addEntry(chrLex *lex, uint32_t seq, uint8_t kind, uint32_t index, uint8_t endings,
                       chrLexOrigin origin);

#endif
