/*
** fuzz_actors.c — the actor finder (nw_doc_analyze, nw_actors.h) on
** arbitrary text, with or without a user dictionary (see doc.h).
**
** Checks (doc.h): mentions name an actor, lie inside the text and come in
** order; every actor has a name and a kind; sentences lie inside the text.
*/
#include "doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_doc f;
  if (fuzz_doc_analyze(&f, data, size) == 0) {
    for (size_t i = 0; i < f.doc.t.ntok; i++) {
      (void)nw_doc_phrase_value(&f.doc, i);
      int a = nw_doc_actor_at(&f.doc, i);
      FUZZ_CHECK(a < (int)f.doc.nactor);
    }
  }
  fuzz_doc_free(&f);
  return 0;
}
