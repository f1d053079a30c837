/*
** limits.c — every function on hostile sizes, in bounded time, memory and
** stack (issue 8; the figures are in tests/ROBUSTNESS.md).
**
**   limits EXTENSION [ci|full] [CASE...]
**
** Each case runs in a child process of its own with
**   - an address-space limit (RLIMIT_AS) of BASE + FACTOR x the input: memory
**     that grows faster than the input fails the case with "out of memory"
**     instead of taking the host down;
**   - a timeout that only catches hangs (the work takes a second or two at
**     ci size; a quadratic step takes hours);
**   - the SQL running on a thread with a small stack (256 KiB): a recursion
**     that grows with the input overflows it and fails the case.
** and reports the rows, the time and the child's peak RSS.  `ci` (the
** default, what make test runs) uses sizes that take seconds; `full` the
** sizes of the issue: a 1 GB text, a 100 MB line, 100,000 files.
**
** Cases (a name selects the cases whose names start with it):
**   text-FN      seed-like text (ci 2 MB, full 1 GB) through FN
**   file         the same text as one article file through articles()
**   line-FN      one line without a break (ci 10 MB, full 100 MB), read by
**                articles() and passed to FN
**   marks-FN     a paragraph of a million quotation marks
**   nested-FN    ten thousand nested quotations
**   caps-FN      a million capitalized words in a row
**   files        a directory of many small articles (ci 20,000, full 100,000)
**   toobig       a text function's result over SQLITE_LIMIT_LENGTH
**   names-FN, glued-FN, roles-FN, clauses-FN, spans-FN, embedded-FN, plural-FN,
**   pronouns-FN, they-FN, runon-FN, unclosed-FN, purpose-FN
**                one sentence pattern a hundred thousand times: each hit a
**                step of the core that was found superlinear (lone names
**                against full names, glued words, role phrases, reported
**                clauses and quoted words against quotes, plurals); a case whose step is not
**                fixed yet is `pending` (skipped; printed with the bug; run
**                with NW_LIMITS_PENDING=1 or by naming it exactly)
** FN is each of sentences, actors, mentions, quotes, stances and stance().
**
** Ends with `N passed, N failed`.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *extension;
static int full;
static char tmpdir[4096];

/* ------------------------------------------------------------ inputs */

typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1 << 16;
    while (b->n + n + 1 > cap) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
      fprintf(stderr, "limits: out of memory building the input\n");
      exit(3);
    }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* The paragraphs of seeds/ (their date headers dropped), one text. */
static buf seed_text(void) {
  buf all = {0};
  DIR *d = opendir("seeds");
  if (!d) {
    fprintf(stderr, "limits: run me from the repository (no seeds/)\n");
    exit(2);
  }
  char *names[64];
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 64)
    if (strstr(e->d_name, ".txt")) names[count++] = strdup(e->d_name);
  closedir(d);
  for (int i = 0; i < count; i++) {
    char path[4200];
    snprintf(path, sizeof path, "seeds/%s", names[i]);
    FILE *f = fopen(path, "rb");
    char line[65536];
    while (f && fgets(line, sizeof line, f)) {
      char *s = line;
      if (strncmp(s, " date ", 6) == 0) s += 17;
      size_t n = strcspn(s, "\n");
      if (n == 0) continue;
      put(&all, s, n);
      puts_(&all, "\n\n");
    }
    if (f) fclose(f);
    free(names[i]);
  }
  return all;
}

/* Seed-like text of `size` bytes (paragraphs of the seeds, repeated; the
** last one cut at a space). */
static buf text_of_size(size_t size) {
  buf seed = seed_text();
  buf out = {0};
  out.cap = size + 1;
  out.p = malloc(out.cap);
  if (!out.p) exit(3);
  while (out.n + seed.n <= size) {
    memcpy(out.p + out.n, seed.p, seed.n);
    out.n += seed.n;
  }
  size_t rest = size - out.n;
  memcpy(out.p + out.n, seed.p, rest);
  out.n += rest;
  while (rest > 0 && out.n > 0 && (unsigned char)out.p[out.n - 1] >= 0x80) out.p[--out.n] = 0, rest--;
  for (size_t i = out.n; i < size; i++) out.p[i] = ' '; /* pad a cut character with spaces */
  out.n = size;
  out.p[out.n] = 0;
  free(seed.p);
  return out;
}

static buf repeat(const char *unit, size_t times, const char *head, const char *tail) {
  buf b = {0};
  puts_(&b, head);
  size_t n = strlen(unit);
  for (size_t i = 0; i < times; i++) put(&b, unit, n);
  puts_(&b, tail);
  return b;
}

/* A million capitalized words: made-up names from syllables (no stop). */
static buf caps_words(size_t count) {
  static const char *const first[] = {"Ka", "Mo", "Ve", "Tri", "Lu", "Sa", "Do", "Fen", "Ri", "Pa", "Ne", "Zor"};
  static const char *const rest[] = {"len", "vik", "dor", "ssa", "mir", "tan", "ko", "rel", "bu", "lin", "gar", "net"};
  buf b = {0};
  for (size_t i = 0; i < count; i++) {
    puts_(&b, first[i % 12]);
    puts_(&b, rest[(i / 12) % 12]);
    puts_(&b, rest[(i / 144) % 12]);
    puts_(&b, " ");
  }
  puts_(&b, "said.\n");
  return b;
}

/* Ten thousand nested quotations, with words at every level. */
static buf nested_quotes(size_t depth) {
  static const char *const open[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E", "\""};
  static const char *const close[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xE2\x80\x9C", "\""};
  buf b = {0};
  puts_(&b, "Putin said: ");
  for (size_t i = 0; i < depth; i++) {
    puts_(&b, open[i % 5]);
    puts_(&b, i % 7 ? "we " : "Xi said ");
  }
  puts_(&b, "agree");
  for (size_t i = depth; i-- > 0;) {
    puts_(&b, " now");
    puts_(&b, close[i % 5]);
  }
  puts_(&b, ", he said.\n");
  return b;
}

/* ------------------------------------------------------------ files */

static void write_file(const char *path, const char *s, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    fprintf(stderr, "limits: cannot write %s: %s\n", path, strerror(errno));
    exit(2);
  }
  while (n > 0) {
    ssize_t w = write(fd, s, n > (1 << 24) ? (1 << 24) : n);
    if (w <= 0) {
      fprintf(stderr, "limits: cannot write %s: %s\n", path, strerror(errno));
      exit(2);
    }
    s += w;
    n -= (size_t)w;
  }
  close(fd);
}

static void remove_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  char path[8192];
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat st;
    if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) remove_tree(path);
    else unlink(path);
  }
  closedir(d);
  rmdir(dir);
}

/* ------------------------------------------------------------ cases */

typedef struct query {
  const char *sql;    /* ?1 is the input (text) or the path */
  buf (*input)(size_t size);
  size_t size;
  const char *path;   /* instead of input: a file or directory made before */
  long long want_rows; /* the first column of the first row, or -1 */
  const char *want_error; /* expected error (substring), or NULL */
  int limit_length;   /* SQLITE_LIMIT_LENGTH for the case, or 0 */
} query;

typedef struct outcome {
  long long first;
  int rc;
  char err[512];
  const query *q;
} outcome;

static sqlite3 *open_db(char *err, size_t errn) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    snprintf(err, errn, "cannot open a database");
    return NULL;
  }
  sqlite3_enable_load_extension(db, 1);
  char *msg = NULL;
  if (sqlite3_load_extension(db, extension, NULL, &msg) != SQLITE_OK) {
    snprintf(err, errn, "cannot load %s: %s", extension, msg ? msg : "?");
    sqlite3_free(msg);
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

static void *run_query(void *arg) {
  outcome *o = arg;
  const query *q = o->q;
  o->first = -1;
  o->rc = SQLITE_ERROR;
  sqlite3 *db = open_db(o->err, sizeof o->err);
  if (!db) return NULL;
  if (q->limit_length) sqlite3_limit(db, SQLITE_LIMIT_LENGTH, q->limit_length);
  buf in = {0};
  if (q->input) in = q->input(q->size);
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, q->sql, -1, &st, NULL);
  if (rc == SQLITE_OK) {
    if (q->input) rc = sqlite3_bind_text64(st, 1, in.p, in.n, SQLITE_STATIC, SQLITE_UTF8);
    else rc = sqlite3_bind_text(st, 1, q->path, -1, SQLITE_STATIC);
  }
  if (rc == SQLITE_OK) {
    int first = 1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      if (first) o->first = sqlite3_column_int64(st, 0), first = 0;
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  o->rc = rc;
  if (rc != SQLITE_OK) snprintf(o->err, sizeof o->err, "%s", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  sqlite3_close(db);
  free(in.p);
  return NULL;
}

static int passed, failed;

typedef struct limit_case {
  char name[64];
  query q;
  size_t input_bytes;   /* for the memory bound */
  int timeout;          /* seconds */
  const char *pending;  /* a known core bug makes it fail: skipped unless
                           named or NW_LIMITS_PENDING=1 (tests/ROBUSTNESS.md) */
} limit_case;

/* Memory: 256 MiB for the process (SQLite, the word lists, thread stacks'
** address space) plus FACTOR bytes per input byte. */
enum { MEM_BASE_MB = 384, MEM_FACTOR = 24 };

static void run_case(const limit_case *c) {
  fflush(stdout);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int pipefd[2];
  if (pipe(pipefd)) exit(2);
  pid_t pid = fork();
  if (pid < 0) exit(2);
  if (pid == 0) {
    tmpdir[0] = 0; /* the parent cleans up */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    close(pipefd[0]);
    unsigned long long limit = (unsigned long long)MEM_BASE_MB << 20;
    limit += (unsigned long long)MEM_FACTOR * c->input_bytes;
    struct rlimit rl = {limit, limit};
    setrlimit(RLIMIT_AS, &rl);
    alarm((unsigned)c->timeout);
    outcome o = {.q = &c->q};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_t th;
    if (pthread_create(&th, &attr, run_query, &o)) _exit(4);
    pthread_join(th, NULL);
    char msg[700];
    int n = snprintf(msg, sizeof msg, "%d %lld %s", o.rc, o.first, o.err);
    if (write(pipefd[1], msg, (size_t)n) < 0) _exit(5);
    _exit(0);
  }
  close(pipefd[1]);
  char msg[700] = "";
  ssize_t got = 0, r;
  while ((r = read(pipefd[0], msg + got, sizeof msg - 1 - (size_t)got)) > 0) got += r;
  msg[got > 0 ? got : 0] = 0;
  close(pipefd[0]);
  int status = 0;
  struct rusage ru;
  wait4(pid, &status, 0, &ru);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  double rss_mb = (double)ru.ru_maxrss / 1024.0;
  char why[800] = "";
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    snprintf(why, sizeof why, "%s", sig == SIGALRM ? "timeout (a hang or superlinear work)"
                                    : sig == SIGSEGV ? "crash (SIGSEGV: a stack overflow from recursion?)"
                                                     : strsignal(sig));
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    snprintf(why, sizeof why, "child exit status %d", WEXITSTATUS(status));
  } else {
    int rc = -1;
    long long first = -1;
    int off = 0;
    sscanf(msg, "%d %lld %n", &rc, &first, &off);
    const char *err = msg + off;
    if (c->q.want_error) {
      if (rc == SQLITE_OK || !strstr(err, c->q.want_error))
        snprintf(why, sizeof why, "expected error '%s', got rc %d '%s'", c->q.want_error, rc, err);
    } else if (rc != SQLITE_OK) {
      snprintf(why, sizeof why, "error %d: %s", rc, err);
    } else if (c->q.want_rows >= 0 && first != c->q.want_rows) {
      snprintf(why, sizeof why, "expected %lld, got %lld", c->q.want_rows, first);
    } else {
      snprintf(why, sizeof why, "%s", "");
    }
    if (!why[0]) {
      passed++;
      printf("ok %-18s %12lld  %8.2f s  %8.1f MB peak RSS  (input %.1f MB)\n", c->name, first, secs, rss_mb,
             (double)c->input_bytes / 1e6);
      return;
    }
  }
  failed++;
  printf("FAIL %-16s %s  (%.2f s, %.1f MB peak RSS, input %.1f MB)\n", c->name, why, secs, rss_mb,
         (double)c->input_bytes / 1e6);
}

/* ------------------------------------------------------------ the cases */

static size_t text_size, line_size, nfiles;
static int run_pending;

static buf gen_text(size_t size) { return text_of_size(size); }
static buf gen_marks_straight(size_t n) { return repeat("\"", n, "He said ", "\n"); }
static buf gen_marks_curly(size_t n) { return repeat("\xE2\x80\x9C", n, "Putin said ", " now.\n"); }
static buf gen_marks_pairs(size_t n) { return repeat("\xE2\x80\x9C\xE2\x80\x9D ", n / 2, "Xi said ", "\n"); }
static buf gen_marks_single(size_t n) { return repeat("\xE2\x80\x98 x\xE2\x80\x99", n / 2, "Putin said ", "\n"); }
static buf gen_nested(size_t depth) { return nested_quotes(depth); }
static buf gen_caps(size_t n) { return caps_words(n); }
static buf gen_names(size_t n) {
  return repeat("Putin said. Vladimir Putin met Xi Jinping. ", n, "", "\n");
}

/* Reproducers of steps of the core that were superlinear (see `pending`). */
static buf gen_glued(size_t n) { return repeat("Xi Jinpingreceived the envoy. ", n, "", "\n"); }
static buf gen_roles(size_t n) { return repeat("Xi Jinping met the Chinese President. ", n, "", "\n"); }
static buf gen_clauses(size_t n) { return repeat("Putin said that the talks were useful. ", n, "", "\n"); }
static buf gen_spans(size_t n) {
  return repeat("\xE2\x80\x9CWe will see,\xE2\x80\x9D he said. Putin said that the talks were "
                "\xE2\x80\x9Cuseful and frank\xE2\x80\x9D in Moscow. ", n, "", "\n");
}
static buf gen_embedded(size_t n) {
  return repeat("Putin said the price was \xE2\x80\x9C" "appropriate\xE2\x80\x9D. ", n, "", "\n");
}
/* One sentence with no stop and a speech verb every few words: each
** verb's clause was looked for to the sentence's end (clause_end). */
static buf gen_runon(size_t n) { return repeat(" and the clerk said the plan works", n, "When the mayor said", ".\n"); }
/* ... after opening marks that close nowhere: each verb's subject was
** looked for past every one of them (subject_of_sentence) */
static buf gen_unclosed(size_t n) {
  /* (twice the pattern count: at 3 MB the quadratic step took 85 s, under
  ** the timeout) */
  return repeat(" and said the plan would fail", 2 * n, "\xE2\x80\x98" "a \xE2\x80\x98" "a \xE2\x80\x98" "a Ana Lee went home",
                ".\n");
}
/* ... and `to say` after a noun with no finite verb anywhere before it:
** each was checked against the whole sentence (purpose_infinitive) */
static buf gen_purpose(size_t n) { return repeat(" the road to say \xE2\x80\x9Cno way at all\xE2\x80\x9D", n, "Ana Lee on the road", ".\n"); }
static buf gen_plural(size_t n) { return repeat("Russia and China met. The two countries agreed. ", n, "", "\n"); }
/* pronouns no one near fits, in one paragraph: each looked back over all
** the sentences and mentions before it */
static buf gen_pronouns(size_t n) {
  return repeat("Mary Lind spoke. \xE2\x80\x9CYes,\xE2\x80\x9D he said. \xE2\x80\x9CNo,\xE2\x80\x9D it said. They agreed. ", n,
                "", "\n");
}
/* plural speakers: each scanned its paragraphs for a joint statement */
static buf gen_they(size_t n) {
  return repeat("Russia and China met. They said the talks were useful. \xE2\x80\x9C" "Fine,\xE2\x80\x9D they said. ", n,
                "", "\n");
}

static const char *const functions[] = {"sentences", "actors", "mentions", "quotes", "stances", "stance", NULL};

static const char *select_for(const char *fn) {
  if (!strcmp(fn, "stance")) return "SELECT stance(?1, 'Russia') IS NOT NULL OR 1";
  static char sql[6][128];
  for (int i = 0; functions[i]; i++)
    if (!strcmp(fn, functions[i])) {
      snprintf(sql[i], sizeof sql[i], "SELECT count(*) FROM %s(?1)", fn);
      return sql[i];
    }
  return NULL;
}

/* The text functions over the body of the article file at ?1. */
static const char *select_body(const char *fn) {
  static char sql[6][200];
  for (int i = 0; functions[i]; i++)
    if (!strcmp(fn, functions[i])) {
      if (!strcmp(fn, "stance"))
        snprintf(sql[i], sizeof sql[i], "SELECT stance(body, 'Russia') IS NOT NULL OR 1 FROM articles(?1)");
      else
        snprintf(sql[i], sizeof sql[i], "SELECT count(*) FROM articles(?1) a, %s(a.body)", fn);
      return sql[i];
    }
  return NULL;
}

static limit_case cases[128];
static int ncases;

static limit_case *add(const char *fmt, ...) {
  limit_case *c = &cases[ncases++];
  memset(c, 0, sizeof *c);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->name, sizeof c->name, fmt, ap);
  va_end(ap);
  c->q.want_rows = -1;
  c->timeout = full ? 7200 : 120;
  return c;
}

static char file_path[4200], line_path[4200], dir_path[4200];

static void make_cases(void) {
  for (int i = 0; functions[i]; i++) {
    limit_case *c = add("text-%s", functions[i]);
    c->q.sql = select_for(functions[i]);
    c->q.input = gen_text;
    c->q.size = c->input_bytes = text_size;
  }
  limit_case *c = add("file");
  c->q.sql = "SELECT count(*) FROM articles(?1) WHERE length(body) > 0";
  c->q.path = file_path;
  c->q.want_rows = 1;
  c->input_bytes = text_size;
  for (int i = 0; functions[i]; i++) {
    c = add("line-%s", functions[i]);
    c->q.sql = select_body(functions[i]);
    c->q.path = line_path;
    c->input_bytes = line_size;
    if (!strcmp(functions[i], "sentences")) c->q.want_rows = 1;
  }
  static buf (*const marks[])(size_t) = {gen_marks_straight, gen_marks_curly, gen_marks_pairs, gen_marks_single};
  static const char *const mark_names[] = {"straight", "curly", "pairs", "single"};
  for (int k = 0; k < 4; k++)
    for (int i = 0; functions[i]; i++) {
      c = add("marks-%s-%s", mark_names[k], functions[i]);
      c->q.sql = select_for(functions[i]);
      c->q.input = marks[k];
      c->q.size = 1000000;
      c->input_bytes = 3000000;
    }
  for (int i = 0; functions[i]; i++) {
    c = add("nested-%s", functions[i]);
    c->q.sql = select_for(functions[i]);
    c->q.input = gen_nested;
    c->q.size = 10000;
    c->input_bytes = 200000;
  }
  for (int i = 0; functions[i]; i++) {
    c = add("caps-%s", functions[i]);
    c->q.sql = select_for(functions[i]);
    c->q.input = gen_caps;
    c->q.size = 1000000;
    c->input_bytes = 8000000;
  }
  /* Steps of the core that were superlinear: each case runs the pattern
  ** that triggered one, a hundred thousand times (linear: about a second;
  ** the quadratic steps took 16 to 60 s, or hours at full size).  Fixed in
  ** nw_actors.c (prefer_full_names: a map from surname to the latest full
  ** name; unglue: the tokens split in one pass; resolve_role_phrases: the
  ** nearest mention by cursors) and nw_quotes.c (covered: a binary search in
  ** the direct quotes; extend_over_quote: in the spans; drop_embedded: in
  ** the reported clauses; resolve_pronoun, resolve_it, resolve_description,
  ** resolve_generic_body: a binary search for where to start and a bounded
  ** look back; resolve_follow_ons: the last speaker kept; nearby_document:
  ** the documents found once; clause_end: a clause of at most
  ** MAX_CLAUSE_TOKENS, in a run-on sentence of speech verbs;
  ** subject_of_sentence and purpose_infinitive: a look of 30 tokens) and nw_stance.c (add_plural_parties: a
  ** forward cursor over the mentions).  None is pending now; a step found
  ** superlinear gets its `pending` note here until it is fixed. */
  struct {
    const char *name;
    buf (*gen)(size_t);
    size_t bytes;
    const char *pending[6]; /* per function, as functions[] */
  } patterns[] = {
      {"names", gen_names, 4400000, {NULL}},
      {"glued", gen_glued, 3000000, {NULL}},
      {"roles", gen_roles, 3800000, {NULL}},
      {"clauses", gen_clauses, 3900000, {NULL}},
      {"spans", gen_spans, 8600000, {NULL}},
      {"embedded", gen_embedded, 4200000, {NULL}}, /* drop_embedded(): every quote per quoted word */
      {"plural", gen_plural, 4800000, {NULL}},
      {"pronouns", gen_pronouns, 6900000, {NULL}},
      {"they", gen_they, 7800000, {NULL}},
      {"runon", gen_runon, 3500000, {NULL}}, /* clause_end(): each verb to the sentence's end */
      {"unclosed", gen_unclosed, 6000000, {NULL}}, /* subject_of_sentence(): past every unclosed mark */
      {"purpose", gen_purpose, 3400000, {NULL}},   /* purpose_infinitive(): from the sentence's start */
  };
  for (size_t k = 0; k < sizeof patterns / sizeof *patterns; k++)
    for (int i = 0; functions[i]; i++) {
      c = add("%s-%s", patterns[k].name, functions[i]);
      c->q.sql = select_for(functions[i]);
      c->q.input = patterns[k].gen;
      c->q.size = 100000;
      c->input_bytes = patterns[k].bytes;
      c->pending = patterns[k].pending[i];
    }
  c = add("files");
  c->q.sql = "SELECT count(*) FROM articles(?1)";
  c->q.path = dir_path;
  c->q.want_rows = (long long)nfiles;
  c->input_bytes = nfiles * 400;
  c = add("files-sentences");
  c->q.sql = "SELECT count(DISTINCT a.id) FROM articles(?1) a LEFT JOIN sentences(a.body)";
  c->q.path = dir_path;
  c->q.want_rows = (long long)nfiles;
  c->input_bytes = nfiles * 400;
  /* an article whose body outgrows SQLITE_LIMIT_LENGTH once invalid bytes
  ** become U+FFFD (1 byte -> 3) is reported, not returned */
  c = add("toobig-body");
  c->q.sql = "SELECT length(body) FROM articles(?1)";
  c->q.path = dir_path; /* replaced below */
  c->q.want_error = "is too big once decoded (1800017 bytes; the limit is 1000000)";
  c->q.limit_length = 1000000;
  c->input_bytes = 1000000;
}

static int selected(const char *name, int argc, char **argv, int first) {
  if (first >= argc) return 1;
  for (int i = first; i < argc; i++)
    if (strncmp(name, argv[i], strlen(argv[i])) == 0) return 1;
  return 0;
}

static int any_selected(const char *prefix, int argc, char **argv, int first) {
  for (int i = 0; i < ncases; i++)
    if (strncmp(cases[i].name, prefix, strlen(prefix)) == 0 && selected(cases[i].name, argc, argv, first)) return 1;
  return 0;
}

/* Named exactly on the command line. */
static int named(const char *name, int argc, char **argv, int first) {
  for (int i = first; i < argc; i++)
    if (!strcmp(name, argv[i])) return 1;
  return 0;
}

static void cleanup(void) {
  if (tmpdir[0]) remove_tree(tmpdir);
}

static void on_signal(int sig) {
  cleanup();
  signal(sig, SIG_DFL);
  raise(sig);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: limits EXTENSION [ci|full] [CASE...]\n");
    return 2;
  }
  extension = argv[1];
  int first = 2;
  if (argc > 2 && (!strcmp(argv[2], "ci") || !strcmp(argv[2], "full"))) {
    full = !strcmp(argv[2], "full");
    first = 3;
  }
  text_size = full ? 1000000000 : 2000000;
  line_size = full ? 100000000 : 10000000;
  nfiles = full ? 100000 : 20000;
  make_cases();

  const char *t = getenv("TMPDIR");
  snprintf(tmpdir, sizeof tmpdir, "%s/newswire-limits-XXXXXX", t && *t ? t : "/tmp");
  if (!mkdtemp(tmpdir)) {
    fprintf(stderr, "limits: cannot make a temporary directory\n");
    return 2;
  }
  atexit(cleanup);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  const char *pend = getenv("NW_LIMITS_PENDING");
  run_pending = pend && *pend && strcmp(pend, "0") != 0;
  snprintf(file_path, sizeof file_path, "%s/text.txt", tmpdir);
  snprintf(line_path, sizeof line_path, "%s/line.txt", tmpdir);
  snprintf(dir_path, sizeof dir_path, "%s/many", tmpdir);
  static char toobig_path[4200];
  snprintf(toobig_path, sizeof toobig_path, "%s/toobig.txt", tmpdir);

  if (selected("file", argc, argv, first)) {
    buf b = text_of_size(text_size);
    write_file(file_path, b.p, b.n);
    free(b.p);
  }
  if (any_selected("line", argc, argv, first)) {
    buf b = repeat("word ", line_size / 5, "", "");
    write_file(line_path, b.p, b.n);
    free(b.p);
  }
  if (any_selected("files", argc, argv, first)) {
    mkdir(dir_path, 0755);
    buf seed = seed_text();
    char path[4300];
    for (size_t i = 0; i < nfiles; i++) {
      snprintf(path, sizeof path, "%s/%06zu.txt", dir_path, i);
      size_t at = (i * 397) % (seed.n > 400 ? seed.n - 400 : 1);
      while (at > 0 && ((unsigned char)seed.p[at] & 0xC0) == 0x80) at--;
      size_t n = 400;
      while (at + n < seed.n && ((unsigned char)seed.p[at + n] & 0xC0) == 0x80) n++;
      write_file(path, seed.p + at, n);
    }
    free(seed.p);
  }
  if (any_selected("toobig", argc, argv, first)) {
    /* 600,000 invalid bytes and some text: 1.8 MB once decoded */
    buf b = repeat("\xFF", 600000, "Text. ", " More text.\n");
    write_file(toobig_path, b.p, b.n);
    free(b.p);
  }
  for (int i = 0; i < ncases; i++) {
    limit_case *c = &cases[i];
    if (!strcmp(c->name, "toobig-body")) c->q.path = toobig_path;
    if (!selected(c->name, argc, argv, first)) continue;
    if (c->pending && !run_pending && !named(c->name, argc, argv, first)) {
      printf("pending %-15s known core bug: %s\n", c->name, c->pending);
      continue;
    }
    run_case(c);
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
