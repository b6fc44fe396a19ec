/*
 * cameo.h - the CAMEO codebook as chronicle's own table (internal).
 *
 * Why: every coded event carries its name, root, quad class and Goldstein
 * score, and the coder and exports must agree on them without reading any
 * file at run time. The event codes come from scripts/gen-cameo-table.sh
 * (cameo_table.inc); the actor role codes are listed in cameo.c.
 *
 * Quad classes are CAMEO's usual four: 1 verbal cooperation (roots 01-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
 * conflict (14-20).
 */
#ifndef CHR_EVENT_CAMEO_H
#define CHR_EVENT_CAMEO_H

#include <stddef.h>

typedef struct chrCameoCode {
    const char *code;  /* "063" */
    const char *root;  /* "06" */
    double goldstein;  /* -10 .. +10 */
    int quad;          /* 1..4 */
    int inherited;     /* 1: the codebook gives no score; the ancestor's is used */
    const char *name;  /* "Engage in judicial cooperation" */
} chrCameoCode;

typedef struct chrCameoRole {
    const char *code;  /* "GOV" */
    const char *tier;  /* "primary", "secondary", "tertiary", "international" */
    const char *name;  /* "Government" */
} chrCameoRole;

/* The entry of an event code ("063", "0231"), or NULL when CAMEO has none. */
const chrCameoCode *chrCameo_find(const char *code);
/* Every event code, in codebook order; *n is the count. */
const chrCameoCode *chrCameo_all(size_t *n);

/* Root, quad and Goldstein of any code string: from the codebook when it
 * knows the code, else from its longest known prefix (dictionary codes
 * such as "1717" or "174K" that CAMEO does not list), else root = the
 * first two characters, quad from the root when numeric (0 otherwise) and
 * Goldstein 0. root must hold 4 bytes. Returns 1 when the code is in the
 * codebook, 0 otherwise. */
int chrCameo_describe(const char *code, char root[4], int *quad, double *goldstein);

/* The entry of a 3-letter role code ("GOV", "CRM"), or NULL. */
const chrCameoRole *chrCameo_role(const char *code);
const chrCameoRole *chrCameo_roles(size_t *n);

#endif
