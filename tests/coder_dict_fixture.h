/*
 * coder_dict_fixture.h - the cmocka group setup and teardown of coder tests
 * that code hand-built parses with a small dictionary in chronicle's format:
 * the including file defines `dict_text` (the dictionary) and includes this
 * before coder_doc.h, which codes with `lex`.
 */
#ifndef CHR_TESTS_CODER_DICT_FIXTURE_H
#define CHR_TESTS_CODER_DICT_FIXTURE_H

static chrLex *lex;

static int setup(void **state) {
    (void)state;
    lex = chrLex_new();
    if (!lex) return -1;
    return chrDict_loadText(lex, "test.txt", dict_text, strlen(dict_text), CHR_LEXICON_STRICT, NULL, NULL);
}

static int teardown(void **state) {
    (void)state;
    chrLex_free(lex);
    return 0;
}

#endif
