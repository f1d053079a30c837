/*
** untrusted.c — the second entry point, sqlite3_newswire_noread_init, for
** hosts that run SQL they do not trust (Datasette's --load-extension
** path:entrypoint): it registers no file access at all.
**
**   untrusted EXTENSION
**
** Checks, comparing a connection without the extension, one with the main
** entry point and one with noread:
**   - noread registers exactly what the main entry point does, except
**     articles(), and no module or function of its own that reads files;
**   - every scalar function it registers is INNOCUOUS and not DIRECTONLY,
**     and every table-valued function works in a view stored in the database
**     with trusted_schema OFF (what INNOCUOUS means for a module);
**   - articles() does not exist, whether typed or in a view of a database
**     file made by a connection that had it;
**   - the text functions and the user's newswire_actors table still work.
**
** Ends with `N passed, N failed`.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int passed, failed;

#define CHECK(cond, ...)                          \
  do {                                            \
    if (cond) passed++;                           \
    else {                                        \
      failed++;                                   \
      printf("FAIL %s:%d: ", __FILE__, __LINE__); \
      printf(__VA_ARGS__);                        \
      printf("\n");                               \
    }                                             \
  } while (0)

static sqlite3 *open_db(const char *path, const char *ext, const char *entry) {
  sqlite3 *db = NULL;
  if (sqlite3_open(path, &db) != SQLITE_OK) {
    fprintf(stderr, "untrusted: cannot open %s\n", path);
    exit(2);
  }
  if (!ext) return db;
  sqlite3_enable_load_extension(db, 1);
  char *err = NULL;
  if (sqlite3_load_extension(db, ext, entry, &err) != SQLITE_OK) {
    fprintf(stderr, "untrusted: cannot load %s (%s): %s\n", ext, entry ? entry : "default", err ? err : "?");
    exit(2);
  }
  sqlite3_enable_load_extension(db, 0);
  return db;
}

/* The first column of every row of sql, each line `value\n`; or
** `error: MESSAGE`. */
static char *rows(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st = NULL;
  size_t cap = 4096, n = 0;
  char *out = malloc(cap);
  out[0] = 0;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  while (rc == SQLITE_OK && st) {
    if ((rc = sqlite3_step(st)) != SQLITE_ROW) break;
    rc = SQLITE_OK;
    const char *v = (const char *)sqlite3_column_text(st, 0);
    size_t len = strlen(v ? v : "NULL");
    if (n + len + 2 > cap) out = realloc(out, cap = (n + len + 2) * 2);
    memcpy(out + n, v ? v : "NULL", len);
    n += len;
    out[n++] = '\n';
    out[n] = 0;
  }
  if (rc != SQLITE_DONE && rc != SQLITE_OK) {
    free(out);
    const char *msg = sqlite3_errmsg(db);
    out = malloc(strlen(msg) + 8);
    sprintf(out, "error: %s", msg);
  }
  sqlite3_finalize(st);
  return out;
}

static int has_line(const char *text, const char *line) {
  size_t n = strlen(line);
  for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
    if ((p == text || p[-1] == '\n') && p[n] == '\n') return 1;
  return 0;
}

static const char *const everything =
    "SELECT 'function ' || name || '/' || narg FROM pragma_function_list "
    "UNION SELECT 'module ' || name FROM pragma_module_list ORDER BY 1";

/* The lines of `with` that are not in `without`. */
static char *added(const char *with, const char *without) {
  char *out = calloc(1, strlen(with) + 2);
  const char *p = with;
  while (*p) {
    const char *nl = strchr(p, '\n');
    if (!nl) nl = p + strlen(p);
    char line[512];
    size_t n = (size_t)(nl - p);
    if (n >= sizeof line) n = sizeof line - 1;
    memcpy(line, p, n);
    line[n] = 0;
    if (!has_line(without, line)) {
      strcat(out, line);
      strcat(out, "\n");
    }
    p = *nl ? nl + 1 : nl;
  }
  return out;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: untrusted EXTENSION\n");
    return 2;
  }
  const char *ext = argv[1];
  sqlite3 *plain = open_db(":memory:", NULL, NULL);
  sqlite3 *full = open_db(":memory:", ext, "sqlite3_newswire_init");
  sqlite3 *noread = open_db(":memory:", ext, "sqlite3_newswire_noread_init");

  char *base = rows(plain, everything);
  CHECK(strncmp(base, "error", 5) != 0, "%s", base);
  char *with_full = rows(full, everything);
  char *with_noread = rows(noread, everything);
  char *by_full = added(with_full, base);
  char *by_noread = added(with_noread, base);
  char *only_full = added(by_full, by_noread);
  char *only_noread = added(by_noread, by_full);

  CHECK(has_line(by_full, "module articles"), "the main entry point registers articles():\n%s", by_full);
  CHECK(!has_line(by_noread, "module articles"), "noread registers articles()");
  CHECK(strcmp(only_full, "module articles\n") == 0, "what only the main entry point registers:\n%s", only_full);
  CHECK(only_noread[0] == 0, "what only noread registers:\n%s", only_noread);
  CHECK(has_line(by_noread, "module quotes") && has_line(by_noread, "function stance/2"),
        "noread registers the text functions:\n%s", by_noread);

  /* every scalar noread registers: INNOCUOUS, not DIRECTONLY */
  char *flags = rows(noread,
                     "SELECT name || ' ' || ((flags & 0x200000) != 0) || ((flags & 0x80000) != 0) "
                     "FROM pragma_function_list WHERE name IN ('stance', 'newswire_version') ORDER BY 1");
  CHECK(strcmp(flags, "newswire_version 10\nstance 10\n") == 0, "scalar flags:\n%s", flags);
  free(flags);

  /* every module noread registers works in a stored view with
  ** trusted_schema OFF */
  const char *p = by_noread;
  int modules = 0;
  while (*p) {
    const char *nl = strchr(p, '\n');
    if (strncmp(p, "module ", 7) == 0) {
      char name[128], sql[512];
      snprintf(name, sizeof name, "%.*s", (int)(nl - p - 7), p + 7);
      snprintf(sql, sizeof sql,
               "PRAGMA trusted_schema = OFF; DROP VIEW IF EXISTS v; "
               "CREATE VIEW v AS SELECT count(*) FROM %s('Russia criticized NATO. “No,” Putin said.')",
               name);
      char *err = NULL;
      int rc = sqlite3_exec(noread, sql, NULL, NULL, &err);
      CHECK(rc == SQLITE_OK, "view over %s: %s", name, err ? err : "");
      sqlite3_free(err);
      char *got = rows(noread, "SELECT * FROM v");
      CHECK(strncmp(got, "error", 5) != 0, "view over %s with trusted_schema OFF: %s", name, got);
      free(got);
      modules++;
    }
    p = nl + 1;
  }
  CHECK(modules >= 5, "noread registers %d modules", modules);

  /* articles() is not there, typed or in a database file's view */
  char *got = rows(noread, "SELECT count(*) FROM articles('seeds')");
  CHECK(strcmp(got, "error: no such table: articles") == 0, "articles() typed under noread: %s", got);
  free(got);
  char path[] = "/tmp/newswire-untrusted-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 2;
  close(fd);
  sqlite3 *maker = open_db(path, ext, NULL);
  char *err = NULL;
  sqlite3_exec(maker, "CREATE VIEW files AS SELECT id, body FROM articles('seeds');"
               "CREATE TABLE newswire_actors(name, alias, kind, country, role);"
               "INSERT INTO newswire_actors VALUES ('Greenfield Coalition', 'the Coalition', 'organization', 'CAN', NULL)",
               NULL, NULL, &err);
  CHECK(err == NULL, "making the database file: %s", err);
  sqlite3_free(err);
  sqlite3_close(maker);
  sqlite3 *host = open_db(path, ext, "sqlite3_newswire_noread_init");
  got = rows(host, "SELECT count(*) FROM files");
  CHECK(strncmp(got, "error: ", 7) == 0 && strstr(got, "articles"), "the file's view under noread: %s", got);
  free(got);
  /* the user's dictionary and the text functions work */
  got = rows(host, "SELECT name || '|' || kind FROM actors('The Coalition wrote to Putin.')");
  CHECK(strcmp(got, "Greenfield Coalition|organization\nVladimir Putin|person\n") == 0, "actors() under noread: %s",
        got);
  free(got);
  sqlite3_close(host);
  unlink(path);

  free(base), free(with_full), free(with_noread), free(by_full), free(by_noread), free(only_full), free(only_noread);
  sqlite3_close(plain);
  sqlite3_close(full);
  sqlite3_close(noread);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
