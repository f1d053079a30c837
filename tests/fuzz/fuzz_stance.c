/*
** fuzz_stance.c — the stance scorer (nw_stance.h) on arbitrary text, with or
** without a user dictionary (see doc.h).
**
** Checks: every stance joins two actors of the text, rests on one of its
** sentences and scores a finite number in [-1, 1].
*/
#include <math.h>

#include "doc.h"
#include "nw_stance.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_doc f;
  nw_quotes q = {0};
  nw_stances st = {0};
  if (fuzz_doc_analyze(&f, data, size) == 0 && nw_find_quotes(&f.doc, &q) == 0 &&
      nw_find_stances(&f.doc, &q, &st) == 0) {
    for (size_t i = 0; i < st.n; i++) {
      const nw_stance *x = &st.s[i];
      FUZZ_CHECK(x->source >= 0 && x->source < (int32_t)f.doc.nactor);
      FUZZ_CHECK(x->target >= 0 && x->target < (int32_t)f.doc.nactor);
      FUZZ_CHECK(x->sent < f.doc.t.nsent);
      FUZZ_CHECK(isfinite(x->score) && x->score >= -1.0f && x->score <= 1.0f);
    }
  }
  nw_stances_free(&st);
  nw_quotes_free(&q);
  fuzz_doc_free(&f);
  return 0;
}
