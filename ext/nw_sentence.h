/*
** nw_sentence.h — sentence splitting over UTF-8 text.
**
** Rules, in order of precedence:
**   - a blank line ends a paragraph, and a paragraph always ends a sentence;
**   - a single line break ends a sentence unless the next line continues it
**     (starts in lowercase, or the line breaks after a comma, a hyphen or an
**     opening bracket): headline-like lines without a period stand alone;
**   - . ! ? … and their CJK forms end a sentence when followed by white space
**     (after any closing quotes and brackets: `together.” He`), and the next
**     word does not start in lowercase;
**   - after a period, the word before it decides: titles (Mr. Gen.) never end
**     a sentence, number abbreviations (No. 10) and months (Feb. 4) do not
**     before a number, single-letter initials (J. Smith) and other
**     abbreviations (U.S. Inc.) only before a common sentence-opening word
**     (`in the U.S. The`).
** The splitter streams: it holds a position, not a copy of the text.
*/
#ifndef NW_SENTENCE_H
#define NW_SENTENCE_H

#include <stddef.h>

typedef struct nw_sentencer {
  const char *s;
  size_t n, pos;
  int paragraph;   /* 0-based paragraph of the last sentence returned */
  int started;     /* a sentence has been returned */
} nw_sentencer;

void nw_sentencer_init(nw_sentencer *st, const char *s, size_t n);

/* Finds the next sentence: [*start, *end) in bytes, trimmed of white space,
** and its paragraph.  Returns 0 at the end of the text. */
int nw_sentence_next(nw_sentencer *st, size_t *start, size_t *end, int *paragraph);

/* The sentence boundary decision at a terminator, exposed for the quote
** finder: does the sentence end at byte i, just after a terminator run that
** ended at i? */
int nw_sentence_ends_at(const char *s, size_t n, size_t term_start, size_t i);

#endif
