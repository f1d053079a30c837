/*
** nw_cache.c — one analysis kept per connection (see nw_cache.h).
*/
#include "nw_cache.h"

#include <stdlib.h>
#include <string.h>

#include "sqlite3ext.h"

SQLITE_EXTENSION_INIT3

void nw_analysis_release(nw_analysis *a) {
  if (!a || --a->refs > 0) return;
  nw_stances_free(&a->stances);
  nw_quotes_free(&a->quotes);
  nw_doc_free(&a->doc);
  free(a->text);
  free(a);
}

void nw_cache_drop(void **slot) {
  nw_analysis_release(*slot);
  *slot = NULL;
}

/* Computes the levels a is missing up to need; 0 or -1 (memory). */
static int complete(nw_analysis *a, int need) {
  if (a->level < NW_NEED_ACTORS) {
    if (nw_doc_analyze(&a->doc, a->text, a->n, a->user)) return -1;
    a->level = NW_NEED_ACTORS;
  }
  if (need >= NW_NEED_QUOTES && a->level < NW_NEED_QUOTES) {
    if (nw_find_quotes(&a->doc, &a->quotes)) return -1;
    a->level = NW_NEED_QUOTES;
  }
  if (need >= NW_NEED_STANCES && a->level < NW_NEED_STANCES) {
    if (nw_find_stances(&a->doc, &a->quotes, &a->stances)) return -1;
    a->level = NW_NEED_STANCES;
  }
  return 0;
}

static int same_text(const nw_analysis *a, const char *s, size_t n, const nw_gazetteer *user, unsigned gen) {
  return a && a->n == n && a->user == user && a->user_generation == gen && memcmp(a->text, s, n) == 0;
}

nw_analysis *nw_analysis_get(nw_conn *conn, const char *s, size_t n, int need, int *rc, char **err) {
  *rc = SQLITE_OK;
  *err = NULL;
  char *uerr = NULL;
  const nw_gazetteer *user = nw_conn_user_gazetteer(conn, &uerr);
  if (uerr) {
    *rc = nw_conn_error_code(conn);
    *err = strdup(uerr);
    sqlite3_free(uerr);
    return NULL;
  }
  unsigned gen = nw_conn_user_generation(conn);
  void **slot = nw_conn_cache_slot(conn);
  nw_analysis *a = slot ? *slot : NULL;
  if (same_text(a, s, n, user, gen)) {
    a->refs++;
  } else {
    a = calloc(1, sizeof *a);
    if (a) a->text = malloc(n + 1);
    if (!a || !a->text) {
      free(a);
      *rc = SQLITE_NOMEM;
      return NULL;
    }
    memcpy(a->text, s, n);
    a->text[n] = 0;
    a->n = n;
    a->user = user;
    a->user_generation = gen;
    a->refs = 1;
    if (slot && n <= NW_CACHE_MAX_TEXT) {
      nw_cache_drop(slot); /* a reader of the old one keeps it until it is done */
      *slot = a;
      a->refs++;
    }
  }
  if (complete(a, need)) {
    if (slot && *slot == a) { /* half done: not kept (the slot's reference given up here, the caller's below) */
      *slot = NULL;
      a->refs--;
    }
    nw_analysis_release(a);
    *rc = SQLITE_NOMEM;
    return NULL;
  }
  return a;
}
