/*
 * conllu_out.c - writes a document as CoNLL-U, with whatever layers the
 * stages filled (LEMMA, UPOS, XPOS from the tagger, HEAD and DEPREL from
 * the parser; '_' otherwise), for `chronicle tokenize`, `tag` and later
 * commands.
 */
#include <stdio.h>

#include "cli.h"

/* LEMMA UPOS XPOS FEATS HEAD DEPREL of one word: '_' for what no stage
 * has filled. */
static void print_layers(const chr_token *t) {
    printf("%s\t%s\t%s\t_\t", t->lemma ? t->lemma : "_", chr_upos_name(t->upos),
           t->xpos ? t->xpos : "_");
    if (t->head >= 0) printf("%d", (int)t->head);
    else putchar('_');
    printf("\t%s", t->deprel ? t->deprel : "_");
}

/* The working text of a sentence: token forms joined by the spaces the
 * original had between them (CoNLL-U's '# text'). */
static void print_sentence_text(const chr_token *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fputs(t[i].form, stdout);
        if (i + 1 < n && t[i].space_after) putchar(' ');
    }
}

void cli_print_conllu(const chr_doc *d) {
    size_t ns, nt;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const chr_token *tok = chr_doc_tokens(d, &nt);
    printf("# newdoc id = %s\n", chr_doc_id(d));
    for (size_t i = 0; i < ns; i++) {
        const chr_token *t = tok + s[i].first;
        if (i == 0 || s[i].paragraph != s[i - 1].paragraph) printf("# newpar\n");
        printf("# sent_id = %s-%zu\n# text = ", chr_doc_id(d), i + 1);
        print_sentence_text(t, s[i].count);
        putchar('\n');
        for (size_t k = 0; k < s[i].count; k++) {
            int last = i + 1 == ns && k + 1 == s[i].count;
            size_t e = k; /* last word of the surface token starting at k */
            while (e + 1 < s[i].count && (t[e + 1].flags & CHR_TOKEN_JOINED)) e++;
            if (e > k && !(t[k].flags & CHR_TOKEN_JOINED)) {
                /* A multiword token ("don't" = do + n't): the range line
                 * carries the surface form, its span and SpaceAfter. */
                printf("%zu-%zu\t", k + 1, e + 1);
                for (size_t w = k; w <= e; w++) fputs(t[w].form, stdout);
                printf("\t_\t_\t_\t_\t_\t_\t_\tTokenRange=%u:%u%s\n", t[k].start, t[e].end,
                       (!t[e].space_after && !(i + 1 == ns && e + 1 == s[i].count))
                           ? "|SpaceAfter=No"
                           : "");
            }
            int in_mwt = (t[k].flags & CHR_TOKEN_JOINED) ||
                         (k + 1 < s[i].count && (t[k + 1].flags & CHR_TOKEN_JOINED));
            /* A form may not contain spaces or tabs in CoNLL-U: none do
             * here, since the tokenizer splits at white space. */
            printf("%zu\t%s\t", k + 1, t[k].form);
            print_layers(&t[k]);
            printf("\t_\tTokenRange=%u:%u%s\n", t[k].start, t[k].end,
                   (!in_mwt && !t[k].space_after && !last) ? "|SpaceAfter=No" : "");
        }
        putchar('\n');
    }
}

