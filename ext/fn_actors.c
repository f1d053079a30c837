/*
** fn_actors.c — actors(text) and mentions(text).
**
**   SELECT name, kind, country, role, mentions FROM actors(:text);
**   SELECT name, mention, offset FROM mentions(:text);
**
** Both read the same analysis (nw_actors.h, with the connection's
** newswire_actors entries, if any; shared through nw_cache.h).  actors() gives one row per actor in
** order of first mention; mentions() one row per mention in text order.
** Capitals named as locations (`in Washington`) are in neither.
*/
#include <stdlib.h>
#include <string.h>

#include "fn_scan.h"

SQLITE_EXTENSION_INIT3

static int by_first(const void *a, const void *b, void *arg) {
  const nw_doc *d = arg;
  uint32_t x = d->actor[*(const size_t *)a].first, y = d->actor[*(const size_t *)b].first;
  return x < y ? -1 : x > y;
}

static void *actors_start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)db;
  fn_scan *scan = fn_scan_start(conn, arg, NW_NEED_ACTORS, err);
  if (!scan) return NULL;
  size_t n = 0;
  const nw_doc *d = &scan->an->doc;
  scan->order = malloc((d->nactor + 1) * sizeof *scan->order);
  if (!scan->order) {
    fn_scan_finish(scan);
    return NULL;
  }
  for (size_t a = 0; a < d->nactor; a++)
    if (d->actor[a].mentions) scan->order[n++] = a;
  qsort_r(scan->order, n, sizeof *scan->order, by_first, (void *)d);
  scan->next = 0;
  /* the end of the rows */
  scan->order[n] = (size_t)-1;
  return scan;
}

static nw_cell text_cell(const char *s) { return s ? nw_cell_text(s, strlen(s)) : nw_cell_null(); }

static int actors_next(void *state, nw_cell *row, char **err) {
  (void)err;
  fn_scan *scan = state;
  size_t a = scan->order[scan->next];
  if (a == (size_t)-1) return NW_DONE;
  scan->next++;
  const nw_doc_actor *x = &scan->an->doc.actor[a];
  row[0] = text_cell(x->name);
  row[1] = text_cell(nw_kind_name(x->kind));
  row[2] = x->country[0] ? nw_cell_text(x->country, 3) : nw_cell_null();
  row[3] = text_cell(x->role);
  row[4] = nw_cell_int(x->mentions);
  row[5] = nw_cell_int((sqlite3_int64)nw_tvf_cp(&scan->chars, x->first));
  return NW_ROW;
}

static void *mentions_start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)db;
  return fn_scan_start(conn, arg, NW_NEED_ACTORS, err);
}

static int mentions_next(void *state, nw_cell *row, char **err) {
  (void)err;
  fn_scan *scan = state;
  const nw_doc *d = &scan->an->doc;
  while (scan->next < d->nmen && d->men[scan->next].how == NW_MEN_PLACE) scan->next++;
  if (scan->next >= d->nmen) return NW_DONE;
  const nw_mention *m = &d->men[scan->next++];
  const nw_doc_actor *x = &d->actor[m->actor];
  size_t offset = nw_tvf_cp(&scan->chars, m->start);
  size_t end = nw_tvf_cp(&scan->chars, m->end);
  row[0] = text_cell(x->name);
  row[1] = nw_cell_text(d->t.s + m->start, m->end - m->start);
  row[2] = text_cell(nw_kind_name(x->kind));
  row[3] = nw_cell_int((sqlite3_int64)offset);
  row[4] = nw_cell_int((sqlite3_int64)(end - offset));
  return NW_ROW;
}

static const char *const actor_columns[] = {"name", "kind", "country", "role", "mentions", "offset", NULL};
static const char *const mention_columns[] = {"name", "mention", "kind", "offset", "length", NULL};
static const char *const args[] = {"text", NULL};

const nw_tvf nw_actors_tvf = {
    .name = "actors",
    .columns = actor_columns,
    .args = args,
    .required = 1,
    .start = actors_start,
    .next = actors_next,
    .finish = fn_scan_finish,
};

const nw_tvf nw_mentions_tvf = {
    .name = "mentions",
    .columns = mention_columns,
    .args = args,
    .required = 1,
    .start = mentions_start,
    .next = mentions_next,
    .finish = fn_scan_finish,
};
