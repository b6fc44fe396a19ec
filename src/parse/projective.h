/*
 * projective.h - pseudo-projective parsing (Nivre and Nilsson 2005,
 * "head" encoding).
 *
 * The arc-eager system builds projective trees only, while about one
 * English sentence in twenty has crossing arcs. Before training, each
 * non-projective arc is lifted (its dependent re-attached to the head's
 * head, shortest arc first) until the tree is projective, and the
 * dependent's label records the label of the word it really belongs to
 * ("obl" under a "conj" head becomes obl^conj). After parsing, a word
 * with such a label is moved back down: a breadth-first search below its
 * head finds the first word with the recorded label.
 *
 * Trees are arrays head[1..n] (0 = the root) and label ids label[1..n].
 */
#ifndef CHR_PARSE_PROJECTIVE_H
#define CHR_PARSE_PROJECTIVE_H

/* 1 when the tree has no crossing arcs (arcs from the root included). */
int chrProj_isProjective(int n, const int *head);

/* Lifts arcs until the tree is projective. head is changed in place;
 * lifted[d] becomes the label of d's original head when d was lifted,
 * else -1. Returns the number of lifts, or CHR_EINVAL when head is not a
 * tree (a cycle or a head out of range). */
int chrProj_projectivize(int n, int *head, const int *label, int *lifted);

/* Undoes the lifting: every word d with want[d] >= 0 is re-attached to
 * the first word (breadth-first, left to right) below its current head,
 * outside its own subtree, whose label is want[d]; when there is none
 * it stays. Words are handled top-down. Returns CHR_OK or CHR_ENOMEM. */
int chrProj_deprojectivize(int n, int *head, const int *label, const int *want);

#endif
