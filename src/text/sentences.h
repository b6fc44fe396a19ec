/*
 * sentences.h - groups a document's tokens into sentences and paragraphs.
 *
 * Runs after the tokenizer (chr_tokenize calls it). Sentence ends:
 *  - a blank line (also a new paragraph);
 *  - a single line break, except in hard-wrapped text (lines that go on
 *    in lower case), because news files put one sentence or one headline
 *    per line;
 *  - . ! ? and ellipses, with the closing quotes and brackets written
 *    against them, when the next token can start a sentence; after ! and
 *    ? even a lower-case word starts one (web text);
 *  - after an abbreviation only when the next word is a typical sentence
 *    opener ("in the U.S. The ..."), never after a title or an initial;
 *  - a forced cut after CHR_SENTENCE_MAX_TOKENS so that later stages stay
 *    bounded.
 * A dateline ("MEXICO CITY, May 20 (Reuters) -") has no sentence end, so
 * it stays with the first sentence, or stands alone on its own line.
 */
#ifndef CHR_TEXT_SENTENCES_H
#define CHR_TEXT_SENTENCES_H

#include "core/doc.h"

#define CHR_SENTENCE_MAX_TOKENS 300

/* Fills doc's sentence array and the tokens' sentence index and
 * CHR_TOKEN_PARA_START flags. Returns CHR_OK or CHR_ENOMEM. */
int chrSentence_split(chr_doc *doc);

#endif
