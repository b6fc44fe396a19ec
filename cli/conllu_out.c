/*
 * conllu_out.c - writes a document as CoNLL-U, with whatever layers the
 * pipeline filled (tags, lemmas, dependencies) and '_' for the others,
 * so that tokenize, tag and parse print one format UD tools read.
 */
#include <stdio.h>

#include "cli.h"

/* The working text of a sentence: token forms joined by the spaces the
 * original had between them (CoNLL-U's '# text'). */
static void print_sentence_text(FILE *f, const chr_token *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fputs(t[i].form, f);
        if (i + 1 < n && t[i].space_after) putc(' ', f);
    }
}

static const char *or_blank(const char *s) { return s && *s ? s : "_"; }

void cli_print_conllu(FILE *f, const chr_doc *d) {
    size_t ns, nt;
    const chr_sentence *s = chr_doc_sentences(d, &ns);
    const chr_token *tok = chr_doc_tokens(d, &nt);
    fprintf(f, "# newdoc id = %s\n", chr_doc_id(d));
    for (size_t i = 0; i < ns; i++) {
        const chr_token *t = tok + s[i].first;
        if (i == 0 || s[i].paragraph != s[i - 1].paragraph) fprintf(f, "# newpar\n");
        fprintf(f, "# sent_id = %s-%zu\n# text = ", chr_doc_id(d), i + 1);
        print_sentence_text(f, t, s[i].count);
        putc('\n', f);
        for (size_t k = 0; k < s[i].count; k++) {
            const chr_token *x = &t[k];
            int last = i + 1 == ns && k + 1 == s[i].count;
            size_t e = k; /* last word of the surface token starting at k */
            while (e + 1 < s[i].count && (t[e + 1].flags & CHR_TOKEN_JOINED)) e++;
            if (e > k && !(x->flags & CHR_TOKEN_JOINED)) {
                /* A multiword token ("don't" = do + n't): the range line
                 * carries the surface form, its span and SpaceAfter. */
                fprintf(f, "%zu-%zu\t", k + 1, e + 1);
                for (size_t w = k; w <= e; w++) fputs(t[w].form, f);
                fprintf(f, "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=%u:%u%s\n", x->start, t[e].end,
                        (!t[e].space_after && !(i + 1 == ns && e + 1 == s[i].count))
                            ? "|SpaceAfter=No"
                            : "");
            }
            int in_mwt = (x->flags & CHR_TOKEN_JOINED) ||
                         (k + 1 < s[i].count && (t[k + 1].flags & CHR_TOKEN_JOINED));
            /* A form may not contain spaces or tabs in CoNLL-U: none do
             * here, since the tokenizer splits at white space. */
            fprintf(f, "%zu\t%s\t%s\t%s\t%s\t_\t", k + 1, x->form, or_blank(x->lemma),
                    x->upos ? chr_upos_name(x->upos) : "_", or_blank(x->xpos));
            if (x->head >= 0 && x->deprel)
                fprintf(f, "%d\t%s\t", x->head, x->deprel);
            else
                fputs("_\t_\t", f);
            fprintf(f, "_\tTokenRange=%u:%u%s\n", x->start, x->end,
                    (!in_mwt && !x->space_after && !last) ? "|SpaceAfter=No" : "");
        }
        putc('\n', f);
    }
}
