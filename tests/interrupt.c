/*
** interrupt.c — sqlite3_interrupt() and a progress handler stop long
** articles() and quotes() scans promptly.
**
**   interrupt EXTENSION [BYTES]      (BYTES: the long text, default 1 MB)
**
** Builds, in a temporary directory, a corpus of many article files and a
** long text full of quotes, then for each scan:
**   - a progress handler that asks to stop once the test has seen some rows:
**     the scan ends with SQLITE_INTERRUPT within a few rows more;
**   - sqlite3_interrupt() from another thread once the test has seen some
**     rows: the next step ends with SQLITE_INTERRUPT;
**   - sqlite3_interrupt() from another thread while the first row of a scan
**     over one long text is being computed: the statement ends with
**     SQLITE_INTERRUPT instead of running to its end (how long it takes is
**     the analysis of that one text: printed, not checked);
**   - a directory of files articles() skips (binary) is interrupted too.
** No check depends on timing: rows are counted, and the waits are generous.
**
** Ends with `N passed, N failed`.
*/
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *extension;
static char dir[4096], corpus[4200], binaries[4200], longtext[4200];
static int passed, failed;
/* long enough that its analysis (~0.1 s) outlasts the wake-up of the
** interrupting thread on a busy machine */
static size_t long_bytes = 1000000;

#define CHECK(cond, ...)                  \
  do {                                    \
    if (cond) passed++;                   \
    else {                                \
      failed++;                           \
      printf("FAIL %s:%d: ", __FILE__, __LINE__); \
      printf(__VA_ARGS__);                \
      printf("\n");                       \
    }                                     \
  } while (0)

static void write_file(const char *path, const char *s, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, s, n) != (ssize_t)n) {
    fprintf(stderr, "interrupt: cannot write %s: %s\n", path, strerror(errno));
    exit(2);
  }
  close(fd);
}

static const char *const paragraph =
    "\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D Vladimir Putin said on Tuesday. "
    "Xi Jinping told reporters that the talks had been useful. "
    "\xE2\x80\x9CThe sanctions are illegal,\xE2\x80\x9D the Kremlin said. "
    "Antony Blinken criticized Beijing. \xE2\x80\x9CWe are watching,\xE2\x80\x9D he added.\n\n";

static void make_inputs(void) {
  const char *t = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/newswire-interrupt-XXXXXX", t && *t ? t : "/tmp");
  if (!mkdtemp(dir)) exit(2);
  snprintf(corpus, sizeof corpus, "%s/corpus", dir);
  snprintf(binaries, sizeof binaries, "%s/binaries", dir);
  snprintf(longtext, sizeof longtext, "%s/long.txt", dir);
  mkdir(corpus, 0755);
  mkdir(binaries, 0755);
  char path[4300];
  size_t plen = strlen(paragraph);
  char *article = malloc(plen * 4 + 1);
  for (int k = 0; k < 4; k++) memcpy(article + k * plen, paragraph, plen);
  for (int i = 0; i < 3000; i++) {
    snprintf(path, sizeof path, "%s/%05d.txt", corpus, i);
    write_file(path, article, plen * 4);
    snprintf(path, sizeof path, "%s/%05d.txt", binaries, i);
    write_file(path, "\0binary\0", 8);
  }
  free(article);
  /* one long text full of quotes */
  size_t n = (long_bytes / plen + 1) * plen;
  char *text = malloc(n);
  for (size_t at = 0; at < n; at += plen) memcpy(text + at, paragraph, plen);
  write_file(longtext, text, n);
  free(text);
}

static void remove_dir(const char *d) {
  char cmd[4300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
  if (system(cmd) != 0) fprintf(stderr, "interrupt: cannot remove %s\n", d);
}

static sqlite3 *open_db(void) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) exit(2);
  sqlite3_enable_load_extension(db, 1);
  char *err = NULL;
  if (sqlite3_load_extension(db, extension, NULL, &err) != SQLITE_OK) {
    fprintf(stderr, "interrupt: cannot load %s: %s\n", extension, err ? err : "?");
    exit(2);
  }
  return db;
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql, const char *arg) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "interrupt: %s: %s\n", sql, sqlite3_errmsg(db));
    exit(2);
  }
  if (arg) sqlite3_bind_text(st, 1, arg, -1, SQLITE_TRANSIENT);
  return st;
}

/* The scans: each gives many rows. */
static const char *const scans[] = {
    "SELECT id FROM articles(?1)",
    "SELECT q.quote FROM articles(?1) a, quotes(a.body) q",
    "SELECT s.source FROM articles(?1) a, stances(a.body) s",
    "SELECT q.quote FROM articles(?1) a, quotes(a.body) q",
    NULL};
static const char *arg_of(int i) { return i == 3 ? longtext : corpus; }

/* ------------------------------------------------------------ progress */

static volatile int stop_requested;
static long progress_calls;
static int on_progress(void *arg) {
  (void)arg;
  progress_calls++;
  return stop_requested;
}

static void test_progress(void) {
  for (int i = 0; scans[i]; i++) {
    sqlite3 *db = open_db();
    sqlite3_progress_handler(db, 16, on_progress, NULL);
    sqlite3_stmt *st = prepare(db, scans[i], arg_of(i));
    stop_requested = 0;
    int rows = 0, after = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      rows++;
      if (stop_requested) after++;
      if (rows == 10) stop_requested = 1;
    }
    CHECK(rc == SQLITE_INTERRUPT, "progress handler, %s: rc %d (%s) after %d rows", scans[i], rc,
          sqlite3_errmsg(db), rows);
    CHECK(after <= 16, "progress handler, %s: %d rows after the stop", scans[i], after);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
}

/* ------------------------------------------------------------ interrupt */

typedef struct interrupter {
  sqlite3 *db;
  pthread_mutex_t lock;
  pthread_cond_t cond;
  int asked, done;
  int repeat_ms;   /* > 0: interrupt every repeat_ms until `done` */
  int delay_ms;    /* before the first of them */
  struct timespec first;  /* when the first interrupt was sent */
} interrupter;

static void *interrupt_thread(void *arg) {
  interrupter *it = arg;
  pthread_mutex_lock(&it->lock);
  while (!it->asked && !it->done) pthread_cond_wait(&it->cond, &it->lock);
  pthread_mutex_unlock(&it->lock);
  if (it->repeat_ms > 0) {
    struct timespec delay = {it->delay_ms / 1000, (it->delay_ms % 1000) * 1000000L};
    nanosleep(&delay, NULL);
    clock_gettime(CLOCK_MONOTONIC, &it->first);
    for (;;) {
      pthread_mutex_lock(&it->lock);
      int done = it->done;
      pthread_mutex_unlock(&it->lock);
      if (done) break;
      sqlite3_interrupt(it->db);
      struct timespec ts = {0, it->repeat_ms * 1000000L};
      nanosleep(&ts, NULL);
    }
    return NULL;
  }
  if (!it->done) sqlite3_interrupt(it->db);
  pthread_mutex_lock(&it->lock);
  it->asked = 2; /* interrupted */
  pthread_cond_signal(&it->cond);
  pthread_mutex_unlock(&it->lock);
  return NULL;
}

static void start_interrupter(interrupter *it, sqlite3 *db, int repeat_ms, int delay_ms, pthread_t *th) {
  memset(it, 0, sizeof *it);
  it->db = db;
  it->repeat_ms = repeat_ms;
  it->delay_ms = delay_ms;
  pthread_mutex_init(&it->lock, NULL);
  pthread_cond_init(&it->cond, NULL);
  pthread_create(th, NULL, interrupt_thread, it);
}

static void ask(interrupter *it, int wait) {
  pthread_mutex_lock(&it->lock);
  it->asked = 1;
  pthread_cond_signal(&it->cond);
  while (wait && it->asked != 2) pthread_cond_wait(&it->cond, &it->lock);
  pthread_mutex_unlock(&it->lock);
}

static void finish_interrupter(interrupter *it, pthread_t th) {
  pthread_mutex_lock(&it->lock);
  it->done = 1;
  pthread_cond_signal(&it->cond);
  pthread_mutex_unlock(&it->lock);
  pthread_join(th, NULL);
  pthread_mutex_destroy(&it->lock);
  pthread_cond_destroy(&it->cond);
}

static void test_interrupt(void) {
  for (int i = 0; scans[i]; i++) {
    sqlite3 *db = open_db();
    interrupter it;
    pthread_t th;
    start_interrupter(&it, db, 0, 0, &th);
    sqlite3_stmt *st = prepare(db, scans[i], arg_of(i));
    int rows = 0, after = 0, rc, interrupted = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      rows++;
      if (interrupted) after++;
      if (rows == 10) {
        ask(&it, 1); /* returns once the other thread has interrupted */
        interrupted = 1;
      }
    }
    CHECK(rc == SQLITE_INTERRUPT, "sqlite3_interrupt, %s: rc %d (%s) after %d rows", scans[i], rc,
          sqlite3_errmsg(db), rows);
    CHECK(after == 0, "sqlite3_interrupt, %s: %d rows after the interrupt", scans[i], after);
    sqlite3_finalize(st);
    finish_interrupter(&it, th);
    sqlite3_close(db);
  }
}

/* An interrupt that lands while one call is busy: the first row of a scan
** over one long text, and a directory whose files are all skipped.  The
** statement runs once to the end to time it; then again, with the other
** thread interrupting every 5 ms from a third of that time on (from the
** start when delay is 0).  Printed: how long it ran on after the first
** interrupt. */
static void test_busy(const char *what, const char *sql, const char *arg, int delay) {
  struct timespec t0, t1;
  int delay_ms = 0;
  if (delay) {
    /* timed on connections of their own: a connection keeps the analysis
    ** of the last text it saw, and the run below must do the work again.
    ** The faster of two runs: the first may also load word lists once per
    ** process, which the run below does not do again. */
    double best_ms = -1;
    for (int run = 0; run < 2; run++) {
      sqlite3 *timing_db = open_db();
      sqlite3_stmt *st = prepare(timing_db, sql, arg);
      clock_gettime(CLOCK_MONOTONIC, &t0);
      while (sqlite3_step(st) == SQLITE_ROW) continue;
      clock_gettime(CLOCK_MONOTONIC, &t1);
      sqlite3_finalize(st);
      sqlite3_close(timing_db);
      double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
      if (best_ms < 0 || ms < best_ms) best_ms = ms;
    }
    delay_ms = (int)(best_ms / 3);
  }
  sqlite3 *db = open_db();
  interrupter it;
  pthread_t th;
  start_interrupter(&it, db, 5, delay_ms, &th);
  sqlite3_stmt *st = prepare(db, sql, arg);
  ask(&it, 0);
  int rows = 0, rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) rows++;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  finish_interrupter(&it, th);
  double secs = (double)(t1.tv_sec - it.first.tv_sec) + (double)(t1.tv_nsec - it.first.tv_nsec) / 1e9;
  CHECK(rc == SQLITE_INTERRUPT, "%s: rc %d (%s) after %d rows", what, rc, sqlite3_errmsg(db), rows);
  printf("interrupt latency, %s (first interrupt after %d ms): %.3f s\n", what, delay_ms, secs);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: interrupt EXTENSION\n");
    return 2;
  }
  extension = argv[1];
  if (argc > 2) long_bytes = (size_t)atol(argv[2]);
  make_inputs();
  test_progress();
  test_interrupt();
  test_busy("quotes() of one long text", "SELECT count(*) FROM articles(?1) a, quotes(a.body)", longtext, 0);
  test_busy("quotes() of one long text", "SELECT count(*) FROM articles(?1) a, quotes(a.body)", longtext, 1);
  test_busy("stance() of one long text", "SELECT stance(body, 'Russia') FROM articles(?1)", longtext, 1);
  test_busy("articles() of 3000 skipped files", "SELECT count(*) FROM articles(?1)", binaries, 0);
  remove_dir(dir);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
