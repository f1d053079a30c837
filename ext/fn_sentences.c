/*
** fn_sentences.c — sentences(text): one row per sentence.
**
**   SELECT paragraph, sentence FROM sentences('Mr. Smith left. He said no.');
**
** Offsets and lengths count characters (code points) as substr() does.
*/
#include <stdlib.h>

#include "nw_sentence.h"
#include "nw_text.h"
#include "tvf.h"

SQLITE_EXTENSION_INIT3

typedef struct sentences_scan {
  nw_sentencer splitter;
  nw_cp_cursor chars;
} sentences_scan;

static const char *const columns[] = {"sentence", "paragraph", "offset", "length", NULL};
static const char *const args[] = {"text", NULL};

static void *start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)conn;
  (void)db, (void)err;
  sentences_scan *scan = malloc(sizeof *scan);
  if (!scan) return NULL;
  nw_sentencer_init(&scan->splitter, arg[0].s, arg[0].n);
  nw_cp_cursor_init(&scan->chars, arg[0].s);
  return scan;
}

static int next(void *state, nw_cell *row, char **err) {
  (void)err;
  sentences_scan *scan = state;
  size_t a, b;
  int paragraph;
  if (!nw_sentence_next(&scan->splitter, &a, &b, &paragraph)) return NW_DONE;
  size_t offset = nw_tvf_cp(&scan->chars, a);
  size_t end = nw_tvf_cp(&scan->chars, b);
  row[0] = nw_cell_text(scan->splitter.s + a, b - a);
  row[1] = nw_cell_int(paragraph);
  row[2] = nw_cell_int((sqlite3_int64)offset);
  row[3] = nw_cell_int((sqlite3_int64)(end - offset));
  return NW_ROW;
}

static void finish(void *state) { free(state); }

const nw_tvf nw_sentences_tvf = {
    .name = "sentences",
    .columns = columns,
    .args = args,
    .required = 1,
    .reads_files = 0,
    .start = start,
    .next = next,
    .finish = finish,
};
