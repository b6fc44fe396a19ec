/*
 * cluster.h - groups the mentions of a document into entities, each with
 * one canonical name.
 *
 * The rules, applied to mentions taken longest first (so that the full
 * name of a person founds the entity and the short forms join it):
 *  - Mentions are compared on their name words: a leading title (Mr.,
 *    President), a leading "the", quotation marks and a possessive "'s"
 *    are set aside, so they never split an entity; words written between
 *    quotation marks are remembered as a nickname.
 *  - Two mentions the dictionaries know as the same actor are one entity
 *    ("U.S.", "US", "the United States", "America"), unless that actor
 *    stands for several places ("Kisangani" and "South Kivu" both code as
 *    Congo) and their names differ.
 *  - The same name words (ignoring case) of the same type are one entity.
 *  - A person joins an earlier, longer person when they share a name word
 *    and their first words do not clash: "Guzman", "Chapo Guzman" and
 *    "Guzman Loera" join "Joaquin 'El Chapo' Guzman"; "Hillary Clinton"
 *    does not join "Bill Clinton", nor "Boris Nemtsov" "Boris Yeltsin"
 *    (of two full names, one's last word must be in the other). A one-word mention of another type
 *    that is the surname of a person joins that person (a labelling slip).
 *  - An organisation joins a longer one with the same last word whose
 *    words include all of its own ("Foreign Ministry" and "Foreign
 *    Relations Ministry"), when their owners ("Mexico's") do not differ;
 *    so does a one-word mention of another type the dictionaries do not
 *    know ("Pennzoil" and "Pennzoil Co"), but not "England" and "Church of
 *    England";
 *    an all-capitals word joins the organisation whose initials it is.
 *  - Places join only by dictionary or by the same words: "Mexico" and
 *    "Mexico City" stay apart.
 * The canonical name is the longest mention's name words without the
 * nickname ("Joaquin Guzman").
 */
#ifndef CHR_NER_CLUSTER_H
#define CHR_NER_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

typedef struct chrClusterMention {
    int type;                  /* chr_entity_type */
    const char *const *words;  /* the mention's token forms */
    size_t nwords;
    int32_t actor;             /* dictionary actor of its name words, -1 when none */
    int many_places;           /* that actor is a list of several places (a country's
                                  cities and regions): sharing it is not enough */
} chrClusterMention;

/* Assigns entity numbers 0.. (in order of first mention) to m[0..n) in
 * entity_of[], the type of each entity in etype[] (n entries at most) and
 * the index of each entity's naming mention in name_of[]. Returns the
 * number of entities, or a negative status (CHR_ENOMEM). */
long chrCluster_run(const chrClusterMention *m, size_t n, uint32_t *entity_of, int *etype,
                    uint32_t *name_of);

/* The canonical name of an entity named by mention m, given every mention
 * of the entity (to find nicknames): name words joined by blanks into
 * out (cap bytes, truncated). Returns the length. */
size_t chrCluster_name(const chrClusterMention *m, const chrClusterMention *all,
                       const uint32_t *entity_of, size_t n, uint32_t entity, char *out, size_t cap);

/* Where the name words of a mention start and end (titles, "the", an
 * owner before "'s", trailing "'s" and quotes excluded): [*first, *end). */
void chrCluster_nameWords(const chrClusterMention *m, size_t *first, size_t *end);

#endif
