/*
** fn_quotes.c — quotes(text): who said what.
**
**   SELECT speaker, kind, quote FROM quotes(:text);
**
** Columns: quote, speaker, speaker_text, verb, kind ('direct' or
** 'indirect'), offset, length; substr(text, offset + 1, length) = quote.
** The analysis is nw_quotes.h over nw_actors.h, with the connection's
** newswire_actors entries, if any, shared with the other functions called on
** the same text (nw_cache.h).
*/
#include <stdlib.h>
#include <string.h>

#include "fn_scan.h"

SQLITE_EXTENSION_INIT3

static void *quotes_start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)db;
  return fn_scan_start(conn, arg, NW_NEED_QUOTES, err);
}

static nw_cell span(const char *s, uint32_t a, uint32_t b) { return b > a ? nw_cell_text(s + a, b - a) : nw_cell_null(); }

static int next(void *state, nw_cell *row, char **err) {
  (void)err;
  fn_scan *scan = state;
  if (scan->next >= scan->an->quotes.n) return NW_DONE;
  const nw_quote *q = &scan->an->quotes.q[scan->next++];
  const char *s = scan->an->doc.t.s;
  size_t offset = nw_tvf_cp(&scan->chars, q->start);
  size_t end = nw_tvf_cp(&scan->chars, q->end);
  row[0] = nw_cell_text(s + q->start, q->end - q->start);
  row[1] = q->speaker ? nw_cell_text(q->speaker, strlen(q->speaker)) : nw_cell_null();
  row[2] = span(s, q->sp_start, q->sp_end);
  row[3] = span(s, q->verb_start, q->verb_end);
  row[4] = q->kind == NW_QUOTE_DIRECT ? nw_cell_text("direct", 6) : nw_cell_text("indirect", 8);
  row[5] = nw_cell_int((sqlite3_int64)offset);
  row[6] = nw_cell_int((sqlite3_int64)(end - offset));
  return NW_ROW;
}

static const char *const columns[] = {"quote", "speaker", "speaker_text", "verb", "kind", "offset", "length", NULL};
static const char *const args[] = {"text", NULL};

const nw_tvf nw_quotes_tvf = {
    .name = "quotes",
    .columns = columns,
    .args = args,
    .required = 1,
    .start = quotes_start,
    .next = next,
    .finish = fn_scan_finish,
};
