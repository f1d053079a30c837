/*
** threads.c — eight threads, each with its own connection, running every
** function over the seeds at once, give exactly the rows one thread gives.
**
**   threads EXTENSION [THREADS [ROUNDS]]      (defaults: 8 threads, 2 rounds)
**
** The threads load the extension at the same moment (the word lists are
** parsed once per process, on first use), then run the same script of
** queries: articles(), sentences(), actors(), mentions(), quotes(),
** stances() and stance() over seeds/, and the same with a user dictionary
** (newswire_actors) of each connection's own.  Every result is rendered to
** text (reals with all their digits) and compared with the result of the
** same script run alone, before and after.  Checks: each thread's rendering
** equals the lone run's, round after round.
**
** Ends with `N passed, N failed`.
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *extension;

static const char *const script[] = {
    "SELECT id, path, date, title, byline, body, chars, words FROM articles('seeds')",
    "SELECT a.id, s.* FROM articles('seeds') a, sentences(a.body) s",
    "SELECT a.id, x.* FROM articles('seeds') a, actors(a.body) x",
    "SELECT a.id, m.* FROM articles('seeds') a, mentions(a.body) m",
    "SELECT a.id, q.* FROM articles('seeds') a, quotes(a.body) q",
    "SELECT a.id, s.* FROM articles('seeds') a, stances(a.body) s",
    "SELECT a.id, stance(a.body, 'Russia'), stance(a.body, 'CHN'), stance(a.body, 'NATO'),"
    " stance(a.body, 'Xi Jinping'), stance(a.body, 'United States') FROM articles('seeds') a",
    "SELECT * FROM sentences('Mr. Smith left. He said no. “Why?” she asked.')",
    /* a user dictionary of the connection's own */
    "CREATE TEMP TABLE newswire_actors(name, alias, kind, country, role)",
    "INSERT INTO newswire_actors VALUES ('Greenfield Coalition', 'the Coalition', 'organization', 'CAN',"
    " 'advocacy group'), ('Vladimir Putin', 'VVP', NULL, NULL, NULL), ('Blinken', 'the secretary', NULL, 'USA', NULL)",
    "SELECT * FROM actors('The Coalition wrote to VVP. “No,” the secretary said.')",
    "SELECT a.id, x.* FROM articles('seeds') a, actors(a.body) x",
    "SELECT a.id, q.* FROM articles('seeds') a, quotes(a.body) q",
    "SELECT a.id, s.* FROM articles('seeds') a, stances(a.body) s",
    "DROP TABLE newswire_actors",
    "SELECT a.id, count(*) FROM articles('seeds') a, mentions(a.body) m GROUP BY a.id",
    NULL};

typedef struct text {
  char *p;
  size_t n, cap;
} text;

static void put(text *t, const char *s, size_t n) {
  if (t->n + n + 1 > t->cap) {
    t->cap = (t->n + n + 1) * 2;
    t->p = realloc(t->p, t->cap);
    if (!t->p) abort();
  }
  memcpy(t->p + t->n, s, n);
  t->n += n;
  t->p[t->n] = 0;
}
static void puts_(text *t, const char *s) { put(t, s, strlen(s)); }

/* Runs the script on a new connection; the rendering, or NULL with an
** error printed. */
static char *run_script(int id) {
  sqlite3 *db = NULL;
  text out = {0};
  put(&out, "", 0);
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    printf("thread %d: cannot open a database\n", id);
    return NULL;
  }
  sqlite3_enable_load_extension(db, 1);
  char *err = NULL;
  if (sqlite3_load_extension(db, extension, NULL, &err) != SQLITE_OK) {
    printf("thread %d: cannot load %s: %s\n", id, extension, err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
    free(out.p);
    return NULL;
  }
  for (int i = 0; script[i]; i++) {
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, script[i], -1, &st, NULL);
    char num[64];
    snprintf(num, sizeof num, "#%d\n", i);
    puts_(&out, num);
    while (st && (rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(st); c++) {
        if (c) puts_(&out, "|");
        switch (sqlite3_column_type(st, c)) {
          case SQLITE_NULL: puts_(&out, "NULL"); break;
          case SQLITE_FLOAT:
            snprintf(num, sizeof num, "%.17g", sqlite3_column_double(st, c));
            puts_(&out, num);
            break;
          default: put(&out, (const char *)sqlite3_column_text(st, c), (size_t)sqlite3_column_bytes(st, c));
        }
      }
      puts_(&out, "\n");
    }
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
      printf("thread %d: query %d failed: %s\n", id, i, sqlite3_errmsg(db));
      sqlite3_finalize(st);
      sqlite3_close(db);
      free(out.p);
      return NULL;
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out.p;
}

static pthread_barrier_t start_line;
static int rounds = 2;

typedef struct worker {
  int id;
  char **renders;   /* one per round */
} worker;

static void *work(void *arg) {
  worker *w = arg;
  pthread_barrier_wait(&start_line);
  for (int r = 0; r < rounds; r++) w->renders[r] = run_script(w->id);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: threads EXTENSION [THREADS [ROUNDS]]\n");
    return 2;
  }
  extension = argv[1];
  int nthreads = argc > 2 ? atoi(argv[2]) : 8;
  if (argc > 3) rounds = atoi(argv[3]);
  if (nthreads < 1 || rounds < 1) return 2;
  if (!sqlite3_threadsafe()) {
    printf("SQLite was built without threads\n0 passed, 1 failed\n");
    return 1;
  }
  int passed = 0, failed = 0;

  /* The threads come first, so that they race to parse the word lists. */
  pthread_barrier_init(&start_line, NULL, (unsigned)nthreads);
  worker *ws = calloc((size_t)nthreads, sizeof *ws);
  pthread_t *th = calloc((size_t)nthreads, sizeof *th);
  for (int i = 0; i < nthreads; i++) {
    ws[i].id = i;
    ws[i].renders = calloc((size_t)rounds, sizeof(char *));
    if (pthread_create(&th[i], NULL, work, &ws[i])) {
      printf("cannot start thread %d\n", i);
      return 2;
    }
  }
  for (int i = 0; i < nthreads; i++) pthread_join(th[i], NULL);

  char *alone = run_script(-1);
  if (!alone) {
    failed++;
    alone = strdup("(the lone run failed)");
  } else if (strlen(alone) < 10000) {
    printf("FAIL the script gives too little (%zu bytes): is seeds/ there?\n", strlen(alone));
    failed++;
  }
  for (int i = 0; i < nthreads; i++)
    for (int r = 0; r < rounds; r++) {
      const char *got = ws[i].renders[r];
      if (got && strcmp(got, alone) == 0) {
        passed++;
        continue;
      }
      failed++;
      if (!got) {
        printf("FAIL thread %d round %d: error (above)\n", i, r);
        continue;
      }
      size_t k = 0;
      while (got[k] && got[k] == alone[k]) k++;
      size_t from = k > 200 ? k - 200 : 0;
      printf("FAIL thread %d round %d differs at byte %zu:\n  alone: %.300s\n  thread: %.300s\n", i, r, k,
             alone + from, got + from);
    }
  char *again = run_script(-2);
  if (again && strcmp(again, alone) == 0) passed++;
  else {
    failed++;
    printf("FAIL the lone run after the threads differs\n");
  }
  free(again);
  free(alone);
  for (int i = 0; i < nthreads; i++) {
    for (int r = 0; r < rounds; r++) free(ws[i].renders[r]);
    free(ws[i].renders);
  }
  free(ws);
  free(th);
  pthread_barrier_destroy(&start_line);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
