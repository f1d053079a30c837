/*
** nw_user.h — a connection's own dictionary entries.
**
** When the database has a table
**
**   CREATE TABLE newswire_actors(name, alias, kind, country, role);
**
** its rows add to the built-in gazetteer or override it: a row whose name is
** a built-in canonical name changes that entry (kind, country, role when
** given) and adds its alias; any other row makes a new actor.  alias may be
** NULL (the name itself is the alias); kind is person, country,
** organization, media or group (default person); country an ISO alpha-3
** code.  The rows are read once and read again only when the database
** changes (data_version, this connection's changes, or the schema).
*/
#ifndef NW_USER_H
#define NW_USER_H

#include "nw_gazetteer.h"
#include "sqlite3ext.h"

typedef struct nw_conn nw_conn;

nw_conn *nw_conn_new(sqlite3 *db);
nw_conn *nw_conn_retain(nw_conn *c);
void nw_conn_release(nw_conn *c);

/* The user's entries, or NULL when there are none.  NULL with *err set
** (sqlite3_malloc'd) when the table exists but cannot be read. */
const nw_gazetteer *nw_conn_user_gazetteer(nw_conn *c, char **err);

/* The SQLite result code of the last failure of nw_conn_user_gazetteer
** (SQLITE_INTERRUPT when the statement was interrupted while reading the
** table), or SQLITE_ERROR. */
int nw_conn_error_code(nw_conn *c);

/* Grows each time the user's entries are read again: an analysis made with
** an older generation is stale. */
unsigned int nw_conn_user_generation(nw_conn *c);
/* Where the connection keeps its last analysis (nw_cache.h), or NULL. */
void **nw_conn_cache_slot(nw_conn *c);
void nw_conn_clear_error(nw_conn *c);

#endif
