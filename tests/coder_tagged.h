/*
 * coder_tagged.h - hand-built parsed documents with Penn tags, for the coder
 * rules that read them (a past participle, a gerund, a finite verb). Include
 * after coder_doc.h, whose build() it extends.
 */
#ifndef CHR_TESTS_CODER_TAGGED_H
#define CHR_TESTS_CODER_TAGGED_H

/* Codes spec with the Penn tags xpos (blank-separated, one per token). */
static chr_doc *code_tagged(const char *spec, const char *xpos) {
    chr_doc *d = build(spec, NULL);
    char copy[256];
    snprintf(copy, sizeof copy, "%s", xpos);
    size_t i = 0;
    for (char *t = strtok(copy, " "); t && i < d->ntokens; t = strtok(NULL, " "), i++)
        d->tokens[i].xpos = chrArena_strdup(&d->arena, t);
    assert_int_equal(chrCoder_codeDoc(lex, NULL, d, NULL), CHR_OK);
    return d;
}

#endif
