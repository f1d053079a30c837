/*
** newswire.c — the extension's entry points and scalar functions.
**
**   .load build/newswire                      -- sqlite3_newswire_init
**   SELECT newswire_version();
**
** sqlite3_newswire_init registers everything.  sqlite3_newswire_noread_init
** registers everything except what reads files (articles()), for hosts that
** run SQL they do not trust, e.g.
**   datasette --load-extension build/newswire.so:sqlite3_newswire_noread_init
*/
#include <pthread.h>

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#include "nw_lex.h"
#include "nw_user.h"
#include "tvf.h"

#define NEWSWIRE_VERSION "0.1.0"

#define EXPORT __attribute__((visibility("default")))

extern const nw_tvf nw_articles_tvf;
extern const nw_tvf nw_sentences_tvf;
extern const nw_tvf nw_actors_tvf;
extern const nw_tvf nw_mentions_tvf;
extern const nw_tvf nw_quotes_tvf;
extern const nw_tvf nw_stances_tvf;
void nw_stance_func(sqlite3_context *ctx, int argc, sqlite3_value **argv);

static const nw_tvf *const table_functions[] = {&nw_articles_tvf, &nw_sentences_tvf, &nw_actors_tvf,
                                                &nw_mentions_tvf, &nw_quotes_tvf, &nw_stances_tvf};

static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc, (void)argv;
  sqlite3_result_text(ctx, NEWSWIRE_VERSION, -1, SQLITE_STATIC);
}

/* SQLITE_EXTENSION_INIT2 for connections opened on many threads at once: the
** API pointer is the same for every connection of the process, so it is
** written once, under a lock, and never while another thread reads it (the
** plain macro rewrites it on every load: a data race ThreadSanitizer
** reports). */
static void set_api(const sqlite3_api_routines *api) {
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&lock);
  if (sqlite3_api != api) sqlite3_api = api;
  pthread_mutex_unlock(&lock);
}

static int register_all(sqlite3 *db, char **err, int allow_reading) {
  (void)nw_lex(); /* parse the word lists now, not inside the first query */
  int rc = sqlite3_create_function_v2(db, "newswire_version", 0,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                      version_func, NULL, NULL, NULL);
  nw_conn *conn = nw_conn_new(db);
  if (!conn) rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK) /* the connection's user entries come with it; freed with the function */
    rc = sqlite3_create_function_v2(db, "stance", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    nw_conn_retain(conn), nw_stance_func, NULL, NULL,
                                    (void (*)(void *))nw_conn_release);
  for (size_t i = 0; rc == SQLITE_OK && i < sizeof table_functions / sizeof *table_functions; i++) {
    if (table_functions[i]->reads_files && !allow_reading) continue;
    rc = nw_tvf_register(db, table_functions[i], conn);
  }
  nw_conn_release(conn); /* the registrations hold it now */
  if (rc != SQLITE_OK && err) *err = sqlite3_mprintf("newswire: %s", sqlite3_errstr(rc));
  return rc;
}

EXPORT int sqlite3_newswire_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  set_api(api);
  return register_all(db, err, 1);
}

EXPORT int sqlite3_newswire_noread_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  set_api(api);
  return register_all(db, err, 0);
}
