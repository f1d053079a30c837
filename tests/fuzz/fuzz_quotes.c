/*
** fuzz_quotes.c — the quote finder (nw_quotes.h) on arbitrary text, with or
** without a user dictionary (see doc.h).
**
** Checks: every quote, speaker text and verb lies inside the text; quotes
** are non-empty and in text order; a speaker actor is an actor of the text;
** the per-sentence subjects are actors.
*/
#include "doc.h"
#include "nw_quotes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_doc f;
  nw_quotes q = {0};
  if (fuzz_doc_analyze(&f, data, size) == 0 && nw_find_quotes(&f.doc, &q) == 0) {
    for (size_t i = 0; i < q.n; i++) {
      const nw_quote *x = &q.q[i];
      FUZZ_CHECK(x->start < x->end && x->end <= f.n);
      FUZZ_CHECK(x->sp_start <= x->sp_end && x->sp_end <= f.n);
      FUZZ_CHECK(x->verb_start <= x->verb_end && x->verb_end <= f.n);
      FUZZ_CHECK(x->actor >= -1 && x->actor < (int32_t)f.doc.nactor);
      FUZZ_CHECK(x->kind == NW_QUOTE_DIRECT || x->kind == NW_QUOTE_INDIRECT);
      FUZZ_CHECK(x->sent < f.doc.t.nsent || f.doc.t.nsent == 0);
      if (i) FUZZ_CHECK(q.q[i - 1].start <= x->start);
    }
    for (size_t i = 0; q.subject && i < f.doc.t.nsent; i++)
      FUZZ_CHECK(q.subject[i] >= -1 && q.subject[i] < (int32_t)f.doc.nactor);
  }
  nw_quotes_free(&q);
  fuzz_doc_free(&f);
  return 0;
}
