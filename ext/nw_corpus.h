/*
** nw_corpus.h — the files behind articles(path).
**
** `path` is a file, a directory (its *.txt files, not hidden ones, in byte
** order of their names; not recursive) or a glob pattern (its matches in
** glob order, regular files only).  Files are read one at a time, so memory
** holds one article whatever the corpus size.
*/
#ifndef NW_CORPUS_H
#define NW_CORPUS_H

#include <stddef.h>

#include "nw_text.h"

typedef struct nw_corpus {
  char **paths;
  size_t count;
  int single;       /* path named one file: problems with it are errors */
} nw_corpus;

/* Lists the files.  On failure returns -1 and a malloc'd message in *err
** ("cannot open 'x': No such file or directory"). */
int nw_corpus_open(nw_corpus *c, const char *path, char **err);
void nw_corpus_close(nw_corpus *c);

/* The file name part of a path (after the last '/'). */
const char *nw_basename(const char *path);

enum { NW_READ_OK = 0, NW_READ_SKIP = 1, NW_READ_ERROR = -1, NW_READ_TOOBIG = -2 };

/* Reads file `path` into out (replacing its contents).  Returns NW_READ_OK;
** NW_READ_SKIP for something that is not a regular text file when skipping
** is allowed (not `single`); NW_READ_ERROR or NW_READ_TOOBIG (larger than
** max_bytes) with a malloc'd message in *err. */
int nw_read_file(const char *path, nw_buf *out, size_t max_bytes, int single, char **err);

#endif
