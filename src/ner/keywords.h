/*
 * keywords.h - head words that tell the type of a capitalised name they
 * stand in: "Department", "Authority", "Inc." make an organisation of
 * "Housing Authority of New Orleans"; "River", "County", "Street" a
 * place. The NER marks a run of capitalised words that holds one
 * anywhere (not only as its last word).
 */
#ifndef CHR_NER_KEYWORDS_H
#define CHR_NER_KEYWORDS_H

#include <stddef.h>

#define CHR_NER_KW_ORG 1
#define CHR_NER_KW_LOC 2

/* CHR_NER_KW_* for form[0..len) (ASCII case ignored, a final '.'
 * dropped), 0 when it is no such word. */
int chrNerKw_kind(const char *form, size_t len);

#endif
