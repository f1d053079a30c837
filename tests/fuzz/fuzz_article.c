/*
** fuzz_article.c — the article parser (nw_article.h) on arbitrary file bytes.
**
** Checks: parsing succeeds; the body, title and byline are valid UTF-8 without
** NUL bytes or CR; chars counts the body's code points; the date, when found,
** is YYYY-MM-DD.  The parser is run twice on one nw_article to exercise the
** reuse of its scratch buffers from one article to the next.
*/
#include "fuzz.h"
#include "nw_article.h"
#include "nw_text.h"

static int valid_utf8(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if (s[i] == 0 || nw_utf8_next(s, n, &i) < 0) return 0;
  }
  return 1;
}

static void check(nw_article *a) {
  nw_article_count(a);
  FUZZ_CHECK(valid_utf8(a->body.p, a->body.n));
  FUZZ_CHECK(valid_utf8(a->title.p, a->title.n));
  FUZZ_CHECK(valid_utf8(a->byline.p, a->byline.n));
  FUZZ_CHECK(!a->body.n || !memchr(a->body.p, '\r', a->body.n));
  FUZZ_CHECK(a->chars == nw_cp_count(a->body.p, a->body.n));
  FUZZ_CHECK(a->words <= a->chars);
  if (a->date[0]) {
    FUZZ_CHECK(strlen(a->date) == 10 && a->date[4] == '-' && a->date[7] == '-');
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *raw = malloc(size ? size : 1);
  if (!raw) abort();
  if (size) memcpy(raw, data, size);
  (void)nw_is_binary(raw, size);
  nw_article a;
  nw_article_init(&a);
  FUZZ_CHECK(nw_article_parse(&a, raw, size) == 0);
  check(&a);
  /* the second article reuses the first one's buffers: parse a part of it */
  FUZZ_CHECK(nw_article_parse(&a, raw + size / 3, size - size / 3) == 0);
  check(&a);
  nw_article_free(&a);
  free(raw);
  return 0;
}
