/*
 * cmd_dict.c - `chronicle dict check [--petrarch] DIR`: validates a
 * dictionary directory in chronicle's own format (or PETRARCH-1 /
 * PETRARCH2 / Phoenix files) and prints what it holds, per kind, and its
 * load time, so that a dictionary author sees every malformed line
 * (file:line: reason) at once.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "core/clock.h"

static void print_counts(const chr_lexicon_counts *c, double secs) {
    const struct {
        const char *name;
        size_t n;
    } rows[] = {
        {"files", c->files},           {"lines", c->lines},
        {"countries", c->countries},   {"country_names", c->country_names},
        {"actors", c->actors},         {"actor_names", c->actor_names},
        {"dated_codes", c->dated_codes}, {"agents", c->agents},
        {"agent_names", c->agent_names}, {"sets", c->sets},
        {"set_members", c->set_members}, {"verb_blocks", c->verb_blocks},
        {"noun_blocks", c->noun_blocks}, {"verb_lemmas", c->verb_lemmas},
        {"patterns", c->patterns},     {"combine_rules", c->combine_rules},
        {"transforms", c->transforms}, {"light_verbs", c->light_verbs},
        {"negators", c->negators},     {"auxiliaries", c->auxiliaries},
        {"skip_names", c->skip_names}, {"discard_names", c->discard_names},
        {"issue_names", c->issue_names}, {"warnings", c->warnings},
        {"errors", c->errors},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) printf("%-14s %zu\n", rows[i].name, rows[i].n);
    printf("%-14s %.4f\n", "load_seconds", secs);
}

static int dict_check(int argc, char **argv) {
    int flags = 0, quiet = 0, petrarch = 0;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--strict") == 0) flags |= CHR_LEXICON_STRICT;
        else if (strcmp(argv[i], "--quiet") == 0) quiet = 1;
        else if (strcmp(argv[i], "--petrarch") == 0) petrarch = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "chronicle dict check: unknown option '%s'\n%s", argv[i], DICT_USAGE);
            return EXIT_USAGE;
        } else if (!dir) dir = argv[i];
        else {
            fprintf(stderr, "chronicle dict check: one directory only\n%s", DICT_USAGE);
            return EXIT_USAGE;
        }
    }
    if (!dir) {
        fprintf(stderr, "chronicle dict check: name a dictionary directory\n%s", DICT_USAGE);
        return EXIT_USAGE;
    }
    chr_lexicon *lex = NULL;
    double t0 = chrClock_wall();
    int rc = petrarch ? chr_lexicon_load_petrarch(dir, flags, quiet ? NULL : cli_message, NULL, &lex)
                      : chr_lexicon_load_dir(dir, flags, quiet ? NULL : cli_message, NULL, &lex);
    double secs = chrClock_wall() - t0;
    if (rc != CHR_OK) {
        fprintf(stderr, "chronicle dict check: %s: %s\n", dir, chr_strerror(rc));
        return EXIT_REJECTED;
    }
    chr_lexicon_counts c;
    chr_lexicon_get_counts(lex, &c);
    print_counts(&c, secs);
    chr_lexicon_free(lex);
    if (c.errors) {
        fprintf(stderr, "chronicle dict check: %zu malformed line%s in %s\n", c.errors, c.errors == 1 ? "" : "s", dir);
        return EXIT_REJECTED;
    }
    return EXIT_OK;
}

int cmd_dict(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(DICT_USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "check") == 0) return dict_check(argc - 1, argv + 1);
    fprintf(stderr, "chronicle dict: no subcommand '%s'\n%s", argv[1], DICT_USAGE);
    return EXIT_USAGE;
}
