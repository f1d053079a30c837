/*
** runner.c — data-driven SQL tests against the built extension.
**
**   runner EXTENSION FILE.test...
**
** Loads EXTENSION into a fresh in-memory database per file (with
** sqlite3_load_extension, as any host does) and runs each case:
**
**   -- what the case checks           (starts a case; the text names it)
**   SELECT ...;                       (SQL, one or more lines; blank lines
**                                      are part of it)
**   ----
**   expected|row|one                  (columns joined by '|', NULL as NULL,
**   expected|row|two                   reals with 3 decimals, a newline in a
**                                      value as \n)
**                                     (a blank line ends the case)
**
** Instead of rows the expectation may be one line `error: MESSAGE` (the exact
** error message).  Lines between cases that start with `#` are comments;
** any other line there fails (it would be a case never run); a
** case without `----` (the next `-- ` line follows its SQL) only has to
** succeed.
** $FIXTURES in SQL and expectations is replaced by the environment variable
** NW_FIXTURES.  A SQL line `.limit length N` sets SQLITE_LIMIT_LENGTH for the
** rest of the file.
** Ends with one line `N passed, N failed`; exit status 1 when any failed.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  text t = {0};
  char buf[65536];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) put(&t, buf, got);
  fclose(f);
  if (!t.p) put(&t, "", 0);
  return t.p;
}

static char *substitute(const char *sql) {
  const char *fixtures = getenv("NW_FIXTURES");
  text out = {0};
  const char *p = sql;
  const char *hit;
  while ((hit = strstr(p, "$FIXTURES")) != NULL) {
    put(&out, p, (size_t)(hit - p));
    puts_(&out, fixtures ? fixtures : "");
    p = hit + strlen("$FIXTURES");
  }
  puts_(&out, p);
  return out.p;
}

static void render_value(text *out, sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: puts_(out, "NULL"); break;
    case SQLITE_FLOAT: {
      char buf[64];
      snprintf(buf, sizeof buf, "%.3f", sqlite3_column_double(st, i));
      puts_(out, buf);
      break;
    }
    default: {
      const unsigned char *s = sqlite3_column_text(st, i);
      int n = sqlite3_column_bytes(st, i);
      for (int k = 0; k < n; k++) {
        if (s[k] == '\n') puts_(out, "\\n");
        else put(out, (const char *)s + k, 1);
      }
    }
  }
}

/* `.limit length N` lines: applied, and blanked out of the SQL. */
static void apply_directives(sqlite3 *db, char *sql) {
  char *line = sql;
  while (line && *line) {
    char *nl = strchr(line, '\n');
    long value;
    if (sscanf(line, ".limit length %ld", &value) == 1) {
      sqlite3_limit(db, SQLITE_LIMIT_LENGTH, (int)value);
      for (char *p = line; p < (nl ? nl : line + strlen(line)); p++) *p = ' ';
    }
    line = nl ? nl + 1 : NULL;
  }
}

/* Runs every statement of sql; the rows of all of them, or `error: ...`. */
static char *run_sql(sqlite3 *db, char *sql) {
  text out = {0};
  put(&out, "", 0);
  apply_directives(db, sql);
  const char *tail = sql;
  while (tail && *tail) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
      out.n = 0;
      puts_(&out, "error: ");
      puts_(&out, sqlite3_errmsg(db));
      puts_(&out, "\n");
      return out.p;
    }
    if (!st) break;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(st); i++) {
        if (i) puts_(&out, "|");
        render_value(&out, st, i);
      }
      puts_(&out, "\n");
    }
    if (rc != SQLITE_DONE) {
      out.n = 0;
      puts_(&out, "error: ");
      puts_(&out, sqlite3_errmsg(db));
      puts_(&out, "\n");
      sqlite3_finalize(st);
      return out.p;
    }
    sqlite3_finalize(st);
  }
  return out.p;
}

static sqlite3 *open_db(const char *ext) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return NULL;
  sqlite3_enable_load_extension(db, 1);
  char *err = NULL;
  if (sqlite3_load_extension(db, ext, NULL, &err) != SQLITE_OK) {
    fprintf(stderr, "cannot load %s: %s\n", ext, err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

static int passed, failed;

static void run_file(const char *ext, const char *path) {
  char *src = read_file(path);
  if (!src) {
    fprintf(stderr, "%s: cannot read\n", path);
    failed++;
    return;
  }
  sqlite3 *db = open_db(ext);
  if (!db) {
    failed++;
    free(src);
    return;
  }
  char *line = src;
  int lineno = 0;
  while (line && *line) {
    /* find the start of a case */
    char *nl = strchr(line, '\n');
    lineno++;
    if (strncmp(line, "-- ", 3) != 0) {
      /* between cases only blank lines and `#` comments: SQL there would be
      ** a case without its `-- ` line, silently never run */
      size_t len = nl ? (size_t)(nl - line) : strlen(line), k = 0;
      while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r')) k++;
      if (k < len && line[k] != '#') {
        failed++;
        printf("FAIL %s:%d: a line outside any case (a case starts with a `-- ` line)\n", path, lineno);
      }
      line = nl ? nl + 1 : NULL;
      continue;
    }
    int case_line = lineno;
    char *name = strndup(line + 3, nl ? (size_t)(nl - line - 3) : strlen(line + 3));
    line = nl ? nl + 1 : NULL;
    text sql = {0}, want = {0};
    put(&sql, "", 0);
    put(&want, "", 0);
    int has_expect = 0;
    while (line && *line) {
      nl = strchr(line, '\n');
      size_t len = nl ? (size_t)(nl - line) : strlen(line);
      lineno++;
      char *next = nl ? nl + 1 : NULL;
      if (!has_expect && len == 4 && strncmp(line, "----", 4) == 0) {
        has_expect = 1;
      } else if (!has_expect && strncmp(line, "-- ", 3) == 0) {
        lineno--;
        break; /* the next case: this one only has to succeed */
      } else if (has_expect && len == 0) {
        line = next;
        break;
      } else if (has_expect) {
        put(&want, line, len);
        put(&want, "\n", 1);
      } else {
        put(&sql, line, len);
        put(&sql, "\n", 1);
      }
      line = next;
    }
    char *q = substitute(sql.p);
    char *expected = substitute(want.p);
    char *got = run_sql(db, q);
    int ok = has_expect ? strcmp(got, expected) == 0 : strncmp(got, "error: ", 7) != 0;
    if (ok) {
      passed++;
    } else {
      failed++;
      printf("FAIL %s:%d: %s\n  sql:\n%s  expected:\n%s  got:\n%s", path, case_line, name, q,
             has_expect ? expected : "(success)\n", got);
    }
    free(q);
    free(expected);
    free(got);
    free(sql.p);
    free(want.p);
    free(name);
  }
  sqlite3_close(db);
  free(src);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: runner EXTENSION FILE.test...\n");
    return 2;
  }
  for (int i = 2; i < argc; i++) run_file(argv[1], argv[i]);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
