/*
** fn_scan.c — the row cursor shared by the functions over an analysis
** (see fn_scan.h).
*/
#include "fn_scan.h"

#include <stdlib.h>

fn_scan *fn_scan_start(nw_conn *conn, const nw_cell *arg, int need, char **err) {
  fn_scan *scan = calloc(1, sizeof *scan);
  if (!scan) return NULL;
  int rc;
  scan->an = nw_analysis_get(conn, arg[0].s, arg[0].n, need, &rc, err);
  if (!scan->an) {
    free(scan);
    return NULL;
  }
  nw_cp_cursor_init(&scan->chars, scan->an->doc.t.s);
  return scan;
}

void fn_scan_finish(void *state) {
  fn_scan *scan = state;
  nw_analysis_release(scan->an);
  free(scan->order);
  free(scan);
}
