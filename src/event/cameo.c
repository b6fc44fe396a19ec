/*
 * cameo.c - lookups in the CAMEO codebook: event codes (generated table) and
 * actor role codes (listed here, from the CAMEO 1.1b3 manual's generic
 * domestic and international role tables).
 */
#include "event/cameo.h"

#include <string.h>

static const chrCameoCode codes[] = {
#include "event/cameo_table.inc"
};

#define NCODES (sizeof codes / sizeof *codes)

static const chrCameoRole roles[] = {
    {"COP", "primary", "Police forces, officers, criminal investigation"},
    {"GOV", "primary", "Government: the executive and governing parties"},
    {"INS", "primary", "Insurgents seeking to overthrow their government"},
    {"JUD", "primary", "Judiciary: judges and courts"},
    {"MIL", "primary", "Military: troops, soldiers, state military"},
    {"OPP", "primary", "Political opposition"},
    {"REB", "primary", "Rebels: armed and violent opposition"},
    {"SEP", "primary", "Separatist rebels"},
    {"SPY", "primary", "State intelligence services"},
    {"UAF", "primary", "Armed forces aligned neither with nor against their government"},
    {"AGR", "secondary", "Agriculture"},
    {"BUS", "secondary", "Business"},
    {"CRM", "secondary", "Criminals"},
    {"CVL", "secondary", "Civilians"},
    {"DEV", "secondary", "Development"},
    {"EDU", "secondary", "Education"},
    {"ELI", "secondary", "Elites, former officials, spokespersons"},
    {"ENV", "secondary", "Environment"},
    {"HLH", "secondary", "Health"},
    {"HRI", "secondary", "Human rights"},
    {"LAB", "secondary", "Labour"},
    {"LEG", "secondary", "Legislature"},
    {"MED", "secondary", "Media"},
    {"REF", "secondary", "Refugees"},
    {"MOD", "tertiary", "Moderate"},
    {"RAD", "tertiary", "Radical"},
    {"IGO", "international", "Inter-governmental organisation"},
    {"IMG", "international", "International militarised group"},
    {"INT", "international", "International actor not otherwise specified"},
    {"MNC", "international", "Multinational corporation"},
    {"NGM", "international", "Non-governmental movement"},
    {"NGO", "international", "Non-governmental organisation"},
    {"UIS", "international", "Unidentified state actor"},
    {"PTY", "secondary", "Political party (Phoenix)"},
};

#define NROLES (sizeof roles / sizeof *roles)

const chrCameoCode *chrCameo_find(const char *code) {
    if (!code) return NULL;
    /* codes are sorted as strings in the codebook; a binary search would do,
     * but the table is small and this stays correct if the order changes */
    for (size_t i = 0; i < NCODES; i++)
        if (strcmp(codes[i].code, code) == 0) return &codes[i];
    return NULL;
}

const chrCameoCode *chrCameo_all(size_t *n) {
    if (n) *n = NCODES;
    return codes;
}

int chrCameo_describe(const char *code, char root[4], int *quad, double *goldstein) {
    root[0] = '\0';
    *quad = 0;
    *goldstein = 0.0;
    if (!code || !code[0]) return 0;
    const chrCameoCode *c = chrCameo_find(code);
    if (c) {
        memcpy(root, c->root, 3);
        root[3] = '\0';
        *quad = c->quad;
        *goldstein = c->goldstein;
        return 1;
    }
    char prefix[8];
    size_t n = strlen(code);
    if (n > 7) n = 7;
    for (size_t k = n; k >= 2; k--) {
        memcpy(prefix, code, k);
        prefix[k] = '\0';
        if ((c = chrCameo_find(prefix))) break;
    }
    if (c) {
        memcpy(root, c->root, 3);
        *quad = c->quad;
        *goldstein = c->goldstein;
        return 0;
    }
    root[0] = code[0];
    root[1] = code[1] ? code[1] : '\0';
    root[2] = '\0';
    if (root[0] >= '0' && root[0] <= '9' && root[1] >= '0' && root[1] <= '9') {
        int r = (root[0] - '0') * 10 + (root[1] - '0');
        *quad = r < 1 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : r <= 20 ? 4 : 0;
    }
    return 0;
}

const chrCameoRole *chrCameo_role(const char *code) {
    if (!code) return NULL;
    for (size_t i = 0; i < NROLES; i++)
        if (strcmp(roles[i].code, code) == 0) return &roles[i];
    return NULL;
}

const chrCameoRole *chrCameo_roles(size_t *n) {
    if (n) *n = NROLES;
    return roles;
}
