/*
** nw_cache.h — the analysis of the last text a connection's functions saw.
**
** quotes(), actors(), mentions(), stances() and stance() each need the same
** analysis of their text: its actors, then its quotes, then its stances.
** Called one after another on one text (a trigger that fills every table
** for an article, a join of several functions over one body, stance() with
** several targets), they share it: the connection keeps the last analysis,
** and a call with the same text and the same user entries gets it, with
** what it asks for computed at most once.  Results never depend on what ran
** before: each level is computed the same way whoever asks first.
**
** A function holds a reference while its rows are read; texts over
** NW_CACHE_MAX_TEXT bytes are analyzed but not kept.  A connection is used
** by one thread at a time, so the cache needs no lock.
*/
#ifndef NW_CACHE_H
#define NW_CACHE_H

#include <stddef.h>

#include "nw_quotes.h"
#include "nw_stance.h"
#include "nw_user.h"

#define NW_CACHE_MAX_TEXT (4u << 20)

/* What a caller needs, each level including the ones before it. */
enum { NW_NEED_ACTORS = 1, NW_NEED_QUOTES, NW_NEED_STANCES };

typedef struct nw_analysis {
  int refs;
  char *text;                 /* a copy: the analysis points into it */
  size_t n;
  const nw_gazetteer *user;   /* the user's entries it was made with */
  unsigned user_generation;
  int level;                  /* NW_NEED_* computed so far */
  nw_doc doc;
  nw_quotes quotes;
  nw_stances stances;
} nw_analysis;

/* The analysis of s[0..n) up to `need`, retained for the caller; NULL on
** failure with an SQLite result code in *rc and, except for SQLITE_NOMEM, a
** malloc'd message in *err. */
nw_analysis *nw_analysis_get(nw_conn *conn, const char *s, size_t n, int need, int *rc, char **err);
void nw_analysis_release(nw_analysis *a);

/* Drops what a connection keeps (when the connection goes). */
void nw_cache_drop(void **slot);

#endif
