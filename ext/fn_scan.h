/*
** fn_scan.h — the row cursor of the functions that read a text's analysis
** (actors(), mentions(), quotes(), stances()).
**
** Each holds a reference to the shared analysis (nw_cache.h) while its rows
** are read, the index of the next row, and a cursor that turns byte offsets
** into the character offsets SQL sees.  One start and one finish serve
** them all; a function that orders its rows keeps the order here too.
*/
#ifndef FN_SCAN_H
#define FN_SCAN_H

#include <stddef.h>

#include "nw_cache.h"
#include "tvf.h"

typedef struct fn_scan {
  nw_analysis *an;
  size_t next;       /* the next row */
  size_t *order;     /* rows in the function's own order, or NULL */
  nw_cp_cursor chars;
} fn_scan;

/* The analysis of arg[0] (the text) up to `need` (NW_NEED_*), or NULL with
** the error in *err (out of memory: NULL and no message). */
fn_scan *fn_scan_start(nw_conn *conn, const nw_cell *arg, int need, char **err);

/* Releases the analysis and frees the scan (an nw_tvf finish). */
void fn_scan_finish(void *state);

#endif
