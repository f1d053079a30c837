/*
** fuzz_sentence.c — the sentence splitter (nw_sentence.h) on arbitrary text.
**
** Checks: sentences are non-empty, inside the text, in order and do not
** overlap; paragraphs never decrease; the splitter ends (a bound on the
** number of sentences).
*/
#include "fuzz.h"
#include "nw_sentence.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t n;
  char *s = fuzz_text(data, size, &n);
  nw_sentencer st;
  nw_sentencer_init(&st, s, n);
  size_t a, b, prev_end = 0, count = 0;
  int paragraph, prev_paragraph = 0;
  while (nw_sentence_next(&st, &a, &b, &paragraph)) {
    FUZZ_CHECK(a < b && b <= n);
    FUZZ_CHECK(a >= prev_end);
    FUZZ_CHECK(paragraph >= prev_paragraph);
    prev_end = b;
    prev_paragraph = paragraph;
    FUZZ_CHECK(++count <= n);
  }
  free(s);
  return 0;
}
