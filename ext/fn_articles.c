/*
** fn_articles.c — articles(path): one row per article file.
**
**   SELECT id, date, title, byline, words FROM articles('seeds');
**
** Reads one file per row (memory holds one article, whatever the corpus
** size).  DIRECTONLY: a view or trigger in a database file cannot use it,
** and sqlite3_newswire_noread_init leaves it out.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nw_article.h"
#include "nw_corpus.h"
#include "tvf.h"

SQLITE_EXTENSION_INIT3

typedef struct articles_scan {
  nw_corpus corpus;
  size_t next_file;
  size_t max_bytes;
  nw_buf raw;
  nw_article article;
  int counted; /* the article's chars and words are counted */
} articles_scan;

static const char *const columns[] = {"id", "path", "date", "title", "byline", "body", "chars", "words", NULL};
static const char *const args[] = {"corpus", NULL};

static char *prefixed(char *msg) {
  char *out = NULL;
  if (asprintf(&out, "articles(): %s", msg ? msg : "out of memory") < 0) out = NULL;
  free(msg);
  return out;
}

static void finish(void *state) {
  articles_scan *scan = state;
  nw_corpus_close(&scan->corpus);
  nw_buf_free(&scan->raw);
  nw_article_free(&scan->article);
  free(scan);
}

static void *start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)conn;
  articles_scan *scan = calloc(1, sizeof *scan);
  char *path = arg[0].s ? strndup(arg[0].s, arg[0].n) : NULL;
  if (!scan || !path) {
    free(scan);
    free(path);
    return NULL;
  }
  nw_article_init(&scan->article);
  scan->max_bytes = (size_t)sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
  int rc = nw_corpus_open(&scan->corpus, path, err);
  free(path);
  if (rc) {
    *err = prefixed(*err);
    finish(scan);
    return NULL;
  }
  return scan;
}

static int next(void *state, nw_cell *row, char **err) {
  articles_scan *scan = state;
  while (scan->next_file < scan->corpus.count) {
    const char *path = scan->corpus.paths[scan->next_file++];
    int rc = nw_read_file(path, &scan->raw, scan->max_bytes, scan->corpus.single, err);
    if (rc == NW_READ_SKIP) continue;
    if (rc != NW_READ_OK) {
      *err = prefixed(*err);
      return rc == NW_READ_TOOBIG ? -SQLITE_TOOBIG : -SQLITE_ERROR;
    }
    nw_article *a = &scan->article;
    scan->counted = 0;
    if (nw_article_parse(a, scan->raw.p, scan->raw.n)) return -SQLITE_NOMEM;
    /* Decoding can make the text longer than the file (an invalid byte
    ** becomes the 3 bytes of U+FFFD): report it, as SQLite would, but by name. */
    if (a->body.n > scan->max_bytes || a->title.n > scan->max_bytes) {
      if (asprintf(err, "articles(): '%s' is too big once decoded (%zu bytes; the limit is %zu)", path,
                   a->body.n, scan->max_bytes) < 0)
        *err = NULL;
      return -SQLITE_TOOBIG;
    }
    row[0] = nw_cell_text(nw_basename(path), strlen(nw_basename(path)));
    row[1] = nw_cell_text(path, strlen(path));
    row[2] = a->date[0] ? nw_cell_text(a->date, 10) : nw_cell_null();
    row[3] = nw_cell_text_or_null(a->title.p, a->title.n);
    row[4] = nw_cell_text_or_null(a->byline.p, a->byline.n);
    row[5] = nw_cell_text(a->body.p ? a->body.p : "", a->body.n);
    row[6] = row[7] = nw_cell_lazy(); /* counted when asked for: see column() */
    return NW_ROW;
  }
  return NW_DONE;
}

/* chars and words of the current article, counted once when a query asks
** for either. */
static nw_cell column(void *state, int col) {
  articles_scan *scan = state;
  nw_article *a = &scan->article;
  if (!scan->counted) {
    nw_article_count(a);
    scan->counted = 1;
  }
  return nw_cell_int((sqlite3_int64)(col == 6 ? a->chars : a->words));
}

const nw_tvf nw_articles_tvf = {
    .name = "articles",
    .columns = columns,
    .args = args,
    .required = 1,
    .reads_files = 1,
    .start = start,
    .next = next,
    .column = column,
    .finish = finish,
};
