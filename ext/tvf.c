/*
** tvf.c — the generic table-valued-function module (see tvf.h).
*/
#include "tvf.h"

#include <stdlib.h>
#include <string.h>

#include "nw_user.h"

SQLITE_EXTENSION_INIT3

/* The module's client data: the function and its connection's state. */
typedef struct tvf_aux {
  const nw_tvf *def;
  nw_conn *conn;
} tvf_aux;

typedef struct tvf_vtab {
  sqlite3_vtab base;
  const nw_tvf *def;
  nw_conn *conn;
  sqlite3 *db;
  int ncol, narg;
} tvf_vtab;

typedef struct tvf_cursor {
  sqlite3_vtab_cursor base;
  void *state;
  sqlite3_value *arg[NW_TVF_MAX_ARGS];   /* copies, for the hidden columns */
  nw_cell row[NW_TVF_MAX_COLS];
  sqlite3_int64 rowid;
  int eof;
} tvf_cursor;

static int count_names(const char *const *names) {
  int n = 0;
  while (names && names[n]) n++;
  return n;
}

static int tvf_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out,
                       char **err) {
  (void)argc, (void)argv;
  const nw_tvf *def = ((const tvf_aux *)aux)->def;
  int ncol = count_names(def->columns), narg = count_names(def->args);
  if (ncol > NW_TVF_MAX_COLS || narg > NW_TVF_MAX_ARGS) return SQLITE_INTERNAL;
  sqlite3_str *sql = sqlite3_str_new(db);
  sqlite3_str_appendall(sql, "CREATE TABLE x(");
  for (int i = 0; i < ncol; i++) sqlite3_str_appendf(sql, "%s\"%w\"", i ? ", " : "", def->columns[i]);
  for (int i = 0; i < narg; i++) sqlite3_str_appendf(sql, ", \"%w\" HIDDEN", def->args[i]);
  sqlite3_str_appendall(sql, ")");
  char *create = sqlite3_str_finish(sql);
  if (!create) return SQLITE_NOMEM;
  int rc = sqlite3_declare_vtab(db, create);
  sqlite3_free(create);
  if (rc != SQLITE_OK) {
    *err = sqlite3_mprintf("%s(): %s", def->name, sqlite3_errmsg(db));
    return rc;
  }
  sqlite3_vtab_config(db, def->reads_files ? SQLITE_VTAB_DIRECTONLY : SQLITE_VTAB_INNOCUOUS);
  tvf_vtab *vt = sqlite3_malloc(sizeof *vt);
  if (!vt) return SQLITE_NOMEM;
  memset(vt, 0, sizeof *vt);
  vt->def = def;
  vt->conn = ((const tvf_aux *)aux)->conn;
  vt->db = db;
  vt->ncol = ncol;
  vt->narg = narg;
  *out = &vt->base;
  return SQLITE_OK;
}

static int tvf_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab);
  return SQLITE_OK;
}

/* idxNum has bit j set when argument j is passed to xFilter; they arrive in
** argument order. */
static int tvf_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  tvf_vtab *vt = (tvf_vtab *)vtab;
  int usable[NW_TVF_MAX_ARGS], unusable[NW_TVF_MAX_ARGS];
  for (int j = 0; j < vt->narg; j++) usable[j] = unusable[j] = -1;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int j = c->iColumn - vt->ncol;
    if (j < 0 || j >= vt->narg || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) unusable[j] = i;
    else if (usable[j] < 0) usable[j] = i;
  }
  int idx_num = 0, next_argv = 1, missing = 0;
  for (int j = 0; j < vt->narg; j++) {
    if (usable[j] >= 0) {
      idx_num |= 1 << j;
      info->aConstraintUsage[usable[j]].argvIndex = next_argv++;
      info->aConstraintUsage[usable[j]].omit = 1;
    } else if (j < vt->def->required) {
      if (unusable[j] >= 0) return SQLITE_CONSTRAINT; /* usable in another plan */
      missing = 1;
    }
  }
  info->idxNum = idx_num;
  if (missing) {
    /* xFilter reports it; failing here would break OR plans. */
    info->estimatedCost = 1e300;
    info->estimatedRows = 0x7fffffff;
  } else {
    info->estimatedCost = 1000.0;
    info->estimatedRows = 100;
  }
  return SQLITE_OK;
}

static int tvf_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  (void)vtab;
  tvf_cursor *cur = sqlite3_malloc(sizeof *cur);
  if (!cur) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *out = &cur->base;
  return SQLITE_OK;
}

static void reset_cursor(tvf_cursor *cur, const nw_tvf *def) {
  if (cur->state) def->finish(cur->state);
  cur->state = NULL;
  for (int j = 0; j < NW_TVF_MAX_ARGS; j++) {
    sqlite3_value_free(cur->arg[j]);
    cur->arg[j] = NULL;
  }
  cur->eof = 1;
  cur->rowid = 0;
}

static int tvf_close(sqlite3_vtab_cursor *base) {
  tvf_cursor *cur = (tvf_cursor *)base;
  reset_cursor(cur, ((tvf_vtab *)base->pVtab)->def);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Moves the producer's error message into the vtab. */
static int report(tvf_cursor *cur, int rc, char *err) {
  tvf_vtab *vt = (tvf_vtab *)cur->base.pVtab;
  sqlite3_free(vt->base.zErrMsg);
  vt->base.zErrMsg = err ? sqlite3_mprintf("%s", err) : sqlite3_mprintf("%s(): %s", vt->def->name, sqlite3_errstr(rc));
  free(err);
  cur->eof = 1;
  return rc;
}

static int advance(tvf_cursor *cur) {
  const nw_tvf *def = ((tvf_vtab *)cur->base.pVtab)->def;
  char *err = NULL;
  int rc = def->next(cur->state, cur->row, &err);
  if (rc == NW_ROW) {
    cur->rowid++;
    return SQLITE_OK;
  }
  if (rc == NW_DONE) {
    cur->eof = 1;
    free(err);
    return SQLITE_OK;
  }
  return report(cur, -rc, err);
}

static int tvf_filter(sqlite3_vtab_cursor *base, int idx_num, const char *idx_str, int argc,
                      sqlite3_value **argv) {
  (void)idx_str;
  tvf_cursor *cur = (tvf_cursor *)base;
  tvf_vtab *vt = (tvf_vtab *)base->pVtab;
  const nw_tvf *def = vt->def;
  reset_cursor(cur, def);
  nw_cell args[NW_TVF_MAX_ARGS];
  int k = 0, any_null = 0;
  for (int j = 0; j < vt->narg; j++) {
    args[j] = nw_cell_null();
    if (!(idx_num & (1 << j)) || k >= argc) {
      if (j < def->required) {
        sqlite3_free(vt->base.zErrMsg);
        vt->base.zErrMsg = sqlite3_mprintf("%s(): missing argument '%s'", def->name, def->args[j]);
        return SQLITE_ERROR;
      }
      continue;
    }
    cur->arg[j] = sqlite3_value_dup(argv[k++]);
    if (!cur->arg[j]) return SQLITE_NOMEM;
    if (sqlite3_value_type(cur->arg[j]) == SQLITE_NULL) {
      if (j < def->required) any_null = 1;
      continue;
    }
    const char *text = (const char *)sqlite3_value_text(cur->arg[j]);
    if (!text) return SQLITE_NOMEM;
    size_t bytes = (size_t)sqlite3_value_bytes(cur->arg[j]);
    const char *nul = memchr(text, 0, bytes);
    args[j] = nw_cell_text(text, nul ? (size_t)(nul - text) : bytes);
  }
  if (any_null) return SQLITE_OK; /* eof: no rows */
  char *err = NULL;
  nw_conn_clear_error(vt->conn);
  cur->state = def->start(vt->db, vt->conn, args, &err);
  if (!cur->state) return report(cur, err ? nw_conn_error_code(vt->conn) : SQLITE_NOMEM, err);
  cur->eof = 0;
  return advance(cur);
}

static int tvf_next(sqlite3_vtab_cursor *base) { return advance((tvf_cursor *)base); }

static int tvf_eof(sqlite3_vtab_cursor *base) { return ((tvf_cursor *)base)->eof; }

static int tvf_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i) {
  tvf_cursor *cur = (tvf_cursor *)base;
  tvf_vtab *vt = (tvf_vtab *)base->pVtab;
  if (i >= vt->ncol) {
    sqlite3_value *arg = cur->arg[i - vt->ncol];
    if (arg) sqlite3_result_value(ctx, arg);
    return SQLITE_OK;
  }
  nw_cell *c = &cur->row[i];
  if (c->type == NW_CELL_LAZY) /* once per row; a producer without column() gets NULL */
    *c = vt->def->column ? vt->def->column(cur->state, i) : nw_cell_null();
  switch (c->type) {
    case NW_CELL_INT: sqlite3_result_int64(ctx, c->i); break;
    case NW_CELL_REAL: sqlite3_result_double(ctx, c->r); break;
    case NW_CELL_TEXT:
      sqlite3_result_text64(ctx, c->s ? c->s : "", c->n, SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
    default: sqlite3_result_null(ctx);
  }
  return SQLITE_OK;
}

static int tvf_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *rowid) {
  *rowid = ((tvf_cursor *)base)->rowid;
  return SQLITE_OK;
}

static sqlite3_module tvf_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous-only */
    .xConnect = tvf_connect,
    .xBestIndex = tvf_best_index,
    .xDisconnect = tvf_disconnect,
    .xDestroy = NULL,
    .xOpen = tvf_open,
    .xClose = tvf_close,
    .xFilter = tvf_filter,
    .xNext = tvf_next,
    .xEof = tvf_eof,
    .xColumn = tvf_column,
    .xRowid = tvf_rowid,
};

static void free_aux(void *p) {
  tvf_aux *aux = p;
  nw_conn_release(aux->conn);
  sqlite3_free(aux);
}

int nw_tvf_register(sqlite3 *db, const nw_tvf *def, nw_conn *conn) {
  tvf_aux *aux = sqlite3_malloc(sizeof *aux);
  if (!aux) return SQLITE_NOMEM;
  aux->def = def;
  aux->conn = nw_conn_retain(conn);
  /* on failure SQLite calls free_aux itself */
  return sqlite3_create_module_v2(db, def->name, &tvf_module, aux, free_aux);
}
