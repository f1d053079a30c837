/*
** tvf.h — one generic table-valued-function module for every newswire table
** function.
**
** A function describes itself with an nw_tvf: its output columns, its
** argument names, and a row producer (start, next, finish).  The module does
** the rest of the virtual-table work once: declaring the table with hidden
** argument columns, planning, copying arguments, turning produced cells into
** SQL values, and the conventions SQLite's own table-valued functions follow:
**
**   - arguments are HIDDEN columns; `f(x)` and `WHERE f.arg = x` both work;
**   - xBestIndex never fails for a missing argument: it accepts the plan at a
**     huge cost and xFilter reports the error, so that `WHERE col = 1 OR
**     col = 2` plans still work; an argument constraint that is present but
**     unusable in this plan gives SQLITE_CONSTRAINT, so SQLite picks another;
**   - a NULL argument gives no rows;
**   - constraints on output columns are left to SQLite;
**   - functions that read files are DIRECTONLY, the others INNOCUOUS.
*/
#ifndef NW_TVF_H
#define NW_TVF_H

#include <stddef.h>

#include "nw_text.h"
#include "sqlite3ext.h"

/* NW_CELL_LAZY: a value the producer's column() computes only when SQLite
** asks for it (most queries leave some columns out: `words` need not be
** counted for every article that actors() reads). */
enum { NW_CELL_NULL = 0, NW_CELL_INT, NW_CELL_REAL, NW_CELL_TEXT, NW_CELL_LAZY };

/* One value of a produced row.  Text is UTF-8 and stays valid until the
** producer's next call. */
typedef struct nw_cell {
  int type;
  sqlite3_int64 i;
  double r;
  const char *s;
  size_t n;
} nw_cell;

static inline nw_cell nw_cell_null(void) { return (nw_cell){NW_CELL_NULL, 0, 0, NULL, 0}; }
static inline nw_cell nw_cell_lazy(void) { return (nw_cell){NW_CELL_LAZY, 0, 0, NULL, 0}; }
static inline nw_cell nw_cell_int(sqlite3_int64 i) { return (nw_cell){NW_CELL_INT, i, 0, NULL, 0}; }
static inline nw_cell nw_cell_real(double r) { return (nw_cell){NW_CELL_REAL, 0, r, NULL, 0}; }
static inline nw_cell nw_cell_text(const char *s, size_t n) { return (nw_cell){NW_CELL_TEXT, 0, 0, s, n}; }
/* Text that may be empty: NULL when n == 0. */
static inline nw_cell nw_cell_text_or_null(const char *s, size_t n) {
  return n ? nw_cell_text(s, n) : nw_cell_null();
}

/* The character offset of byte offset `byte` of the cursor's text.  Moves
** the cursor either way in time proportional to the distance moved
** (nw_cp_at recounts from the start on a step back, which made functions
** whose rows overlap, a sentence giving several stances, quadratic). */
static inline size_t nw_tvf_cp(nw_cp_cursor *c, size_t byte) {
  if (byte < c->byte) {
    c->cp -= nw_cp_count(c->s + byte, c->byte - byte);
    c->byte = byte;
    return c->cp;
  }
  return nw_cp_at(c, byte);
}

enum { NW_TVF_MAX_COLS = 16, NW_TVF_MAX_ARGS = 4 };

/* Results of next(). */
enum { NW_ROW = 1, NW_DONE = 0 };

/* What a connection keeps between calls: the user's own dictionary entries
** (nw_user.c), rebuilt when the database changes. */
typedef struct nw_conn nw_conn;

typedef struct nw_tvf {
  const char *name;                    /* the SQL name */
  const char *const *columns;          /* output columns, NULL-terminated */
  const char *const *args;             /* argument names, NULL-terminated */
  int required;                        /* how many leading args are required */
  int reads_files;                     /* DIRECTONLY; left out by noread_init */
  /* Starts a scan over args (text, truncated at a NUL byte as SQLite's own
  ** text functions do; never NULL: a NULL argument gives no rows without a
  ** call).  Returns a state, or NULL with a malloc'd message in *err. */
  void *(*start)(sqlite3 *db, nw_conn *conn, const nw_cell *args, char **err);
  /* Computes column col of the current row, which next() left
  ** NW_CELL_LAZY; needed only by producers that leave cells lazy. */
  nw_cell (*column)(void *state, int col);
  /* Fills row[0..ncolumns) and returns NW_ROW, returns NW_DONE, or returns
  ** minus an SQLite error code (-SQLITE_ERROR, -SQLITE_TOOBIG, ...) with a
  ** malloc'd message in *err. */
  int (*next)(void *state, nw_cell *row, char **err);
  void (*finish)(void *state);
} nw_tvf;

/* Registers def as an eponymous table-valued function on db; every call
** gets conn (which must outlive the registration; see nw_conn_retain). */
int nw_tvf_register(sqlite3 *db, const nw_tvf *def, nw_conn *conn);

#endif
