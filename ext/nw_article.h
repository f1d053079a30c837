/*
** nw_article.h — one raw article file to date, headline, byline and body.
**
** What a raw file may hold, and what becomes of it:
**   - any encoding we can recognise: UTF-8 (BOM dropped), UTF-16 with a BOM;
**     invalid bytes and NULs become U+FFFD, CRLF becomes LF, text is NFC;
**   - HTML and Markdown left in scraped text (nw_markup.h): references
**     decoded, tags, headings' `#` and bold lines' `**` dropped;
**   - a leading header ` date YYYY-MM-DD` (the rest of its line is text);
**     without one, a line near the top that is only a date or a time stamp
**     with a date (`March 14, 2024`, `Published: March 3, 2023 at 10 a.m.`)
**     gives the date, a publication's stamp before a change's (`Updated`);
**   - a breadcrumb `Home » Section » Headline` (gives the headline) and a
**     first line shaped like a headline (short, no closing period, followed
**     by text); a later copy of the headline line is dropped;
**   - a byline `by NAME` near the top;
**   - page furniture: share bars, comment forms, "You may also like" and
**     other link-list headers with the link titles under them, advertisement
**     markers, photo credits (`Photo: ...`, `(Image: AP)`), navigation bars.
**     The rules look at the shape and vocabulary of a line (boilerplate.tsv),
**     not at any particular site's strings;
**   - text wrapped at a fixed width is joined back into paragraphs.
** The body keeps the remaining paragraphs, separated by one blank line.
*/
#ifndef NW_ARTICLE_H
#define NW_ARTICLE_H

#include <stddef.h>

#include "nw_text.h"

typedef struct nw_span {
  size_t start, len;
} nw_span;

typedef struct nw_article {
  char date[11];         /* "YYYY-MM-DD", or "" when the file has none */
  int date_updated;      /* date came from an `Updated ...` stamp: a publication date replaces it */
  nw_buf title, byline;  /* empty when none */
  nw_buf body;
  size_t chars, words;   /* of body: set by nw_article_count(), not by parsing */
  /* scratch space, reused from one article to the next */
  nw_buf clean, joined, plain;  /* plain: clean without its markup */
  nw_span *paras;
  unsigned char *keep;
  struct nw_para_shape *shapes; /* (each paragraph's, once worked out: nw_article.c) */
  size_t npara, cap;
} nw_article;

void nw_article_init(nw_article *a);
void nw_article_free(nw_article *a);

/* Parses raw bytes into a (reusing its buffers).  Returns 0, or -1 when
** memory ran out. */
int nw_article_parse(nw_article *a, const char *raw, size_t n);
/* Counts the characters and words of a parsed body into a->chars and
** a->words (apart, as few readers need them). */
void nw_article_count(nw_article *a);

/* A file is binary when its first 4 KiB hold a NUL byte and it does not
** start with a UTF-16 byte order mark. */
int nw_is_binary(const char *raw, size_t n);

#endif
