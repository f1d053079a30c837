/*
** nw_markup.h — the HTML and Markdown that scraped articles keep.
**
** Pages saved as text often still hold some markup: character references
** (`&amp;`, `&#8217;`, `&rdquo;`), tags (`<p>`, `<br/>`, `</em>`), comments,
** a script, a Markdown heading (`# Headline`) or a line in bold
** (`**By Jane Doe**`).  nw_strip_markup() keeps the text and drops the
** markup: a reference becomes its character, a tag it knows goes (a block
** tag ends the line), a heading or bold line keeps its words.  What only
** looks like markup stays as it is: `AT&T`, `Q&A`, `a <b`, `<3`, `&foo;`,
** `#MeToo`, `5 * 3`.
*/
#ifndef NW_MARKUP_H
#define NW_MARKUP_H

#include <stddef.h>

#include "nw_text.h"

/* Might s[0..n) hold markup?  A quick test: when it says no, the text has
** none; when it says yes, it may. */
int nw_may_have_markup(const char *s, size_t n);

/* Appends s[0..n) to out without its markup.  s is valid UTF-8.  Returns 0,
** or -1 when memory ran out. */
int nw_strip_markup(const char *s, size_t n, nw_buf *out);

#endif
