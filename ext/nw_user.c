/*
** nw_user.c — the user's newswire_actors table as a gazetteer (see nw_user.h).
*/
#include "nw_user.h"

#include <string.h>

#include "nw_cache.h"
#include "nw_lex.h"

SQLITE_EXTENSION_INIT3

struct nw_conn {
  sqlite3 *db;
  int refs;
  int loaded, present;
  nw_gazetteer gaz;
  /* what the database looked like when gaz was built */
  unsigned int data_version;
  sqlite3_int64 changes;
  sqlite3_int64 schema_version;
  int error_code;   /* of the last failure to read the table */
  unsigned int generation; /* counts the loads of gaz that changed it */
  unsigned long long fingerprint; /* of the rows gaz was built from */
  void *cache;      /* the last analysis (nw_cache.c) */
};

nw_conn *nw_conn_new(sqlite3 *db) {
  nw_conn *c = sqlite3_malloc(sizeof *c);
  if (!c) return NULL;
  memset(c, 0, sizeof *c);
  c->db = db;
  c->refs = 1;
  nw_gaz_init(&c->gaz);
  return c;
}

nw_conn *nw_conn_retain(nw_conn *c) {
  if (c) c->refs++;
  return c;
}

void nw_conn_release(nw_conn *c) {
  if (!c || --c->refs > 0) return;
  nw_cache_drop(&c->cache);
  nw_gaz_free(&c->gaz);
  sqlite3_free(c);
}

/* The schema cookies of main and temp together: a TEMP table's creation
** does not change main's. */
static sqlite3_int64 schema_version(sqlite3 *db) {
  sqlite3_int64 v = 0;
  const char *const sql[] = {"PRAGMA main.schema_version", "PRAGMA temp.schema_version"};
  for (int i = 0; i < 2; i++) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql[i], -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      v = v * 1000003 + sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  return v;
}

static int is_common(const char *s, size_t n) { return nw_lex_is_common(nw_lex(), s, n); }

static size_t text_of(sqlite3_stmt *st, int col, const char **s) {
  *s = (const char *)sqlite3_column_text(st, col);
  if (!*s) {
    *s = "";
    return 0;
  }
  return (size_t)sqlite3_column_bytes(st, col);
}

/* FNV-1a over a field and its end. */
static unsigned long long mix(unsigned long long h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return (h ^ 0x1F) * 1099511628211ULL;
}

static int load(nw_conn *c, char **err) {
  nw_gaz_free(&c->gaz);
  c->present = 0;
  unsigned long long fp = 14695981039346656037ULL;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(c->db, "SELECT name, alias, kind, country, role FROM newswire_actors", -1, &st, NULL);
  if (rc != SQLITE_OK) {
    const char *msg = sqlite3_errmsg(c->db);
    if (rc == SQLITE_ERROR && strstr(msg, "no such table")) return SQLITE_OK;
    /* an interrupt (sqlite3_interrupt, a progress handler) or a busy or
    ** corrupt database is not a problem with the table's columns */
    if (rc == SQLITE_ERROR)
      *err = sqlite3_mprintf("newswire_actors: %s (expected columns name, alias, kind, country, role)", msg);
    else
      *err = sqlite3_mprintf("%s", msg);
    return rc;
  }
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const char *name, *alias, *kind, *country, *role;
    size_t nn = text_of(st, 0, &name), an = text_of(st, 1, &alias), kn = text_of(st, 2, &kind);
    size_t cn = text_of(st, 3, &country), rn = text_of(st, 4, &role);
    fp = mix(mix(mix(mix(mix(fp, name, nn), alias, an), kind, kn), country, cn), role, rn);
    if (!nn) continue;
    /* a row about a built-in actor starts from the built-in entry: only the
    ** fields it gives change */
    const nw_gazetteer *base = &nw_lex()->gaz;
    int b = nw_map_get(&base->by_name, name, nn, -1);
    if (b >= 0 && nw_map_get(&c->gaz.by_name, name, nn, -1) < 0) {
      const nw_entity *x = &base->ent[b];
      nw_gaz_entity(&c->gaz, name, nn, x->kind, x->country, strlen(x->country), x->role ? x->role : "",
                    x->role ? strlen(x->role) : 0, x->gender);
    }
    int k = kn ? nw_kind_from_name(kind, kn) : 0;
    if (!k && b < 0) k = NW_KIND_PERSON;
    int e = nw_gaz_entity(&c->gaz, name, nn, k, country, cn, role, rn, 0);
    nw_gaz_alias(&c->gaz, e, name, nn, 0, is_common);
    if (an) nw_gaz_alias(&c->gaz, e, alias, an, 0, is_common);
    c->present = 1;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    *err = rc == SQLITE_INTERRUPT ? sqlite3_mprintf("%s", sqlite3_errstr(rc))
                                  : sqlite3_mprintf("newswire_actors: %s", sqlite3_errmsg(c->db));
    return rc;
  }
  if (c->gaz.oom) return SQLITE_NOMEM;
  if (fp != c->fingerprint) c->generation++; /* the rows changed: analyses made before are stale */
  c->fingerprint = fp;
  return SQLITE_OK;
}

unsigned int nw_conn_user_generation(nw_conn *c) { return c ? c->generation : 0; }
void **nw_conn_cache_slot(nw_conn *c) { return c ? &c->cache : NULL; }

int nw_conn_error_code(nw_conn *c) { return c && c->error_code ? c->error_code : SQLITE_ERROR; }
void nw_conn_clear_error(nw_conn *c) {
  if (c) c->error_code = 0;
}

const nw_gazetteer *nw_conn_user_gazetteer(nw_conn *c, char **err) {
  *err = NULL;
  if (!c) return NULL;
  c->error_code = 0;
  unsigned int dv = 0;
  sqlite3_file_control(c->db, "main", SQLITE_FCNTL_DATA_VERSION, &dv);
  sqlite3_int64 changes = sqlite3_total_changes64(c->db);
  sqlite3_int64 sv = schema_version(c->db);
  if (!c->loaded || dv != c->data_version || changes != c->changes || sv != c->schema_version) {
    c->loaded = 0;
    int rc = load(c, err);
    if (rc != SQLITE_OK) {
      c->error_code = rc;
      return NULL;
    }
    c->loaded = 1;
    c->data_version = dv;
    c->changes = changes;
    c->schema_version = sv;
  }
  return c->present ? &c->gaz : NULL;
}
