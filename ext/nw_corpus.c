/*
** nw_corpus.c — listing and reading the article files.
*/
#include "nw_corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nw_article.h"

static char *format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *out = NULL;
  if (vasprintf(&out, fmt, ap) < 0) out = NULL;
  va_end(ap);
  return out;
}

const char *nw_basename(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static int push_path(nw_corpus *c, size_t *cap, char *path) {
  if (!path) return -1;
  if (nw_grow(&c->paths, cap, c->count, sizeof *c->paths, 64)) {
    free(path);
    return -1;
  }
  c->paths[c->count++] = path;
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(nw_basename(*(char *const *)a), nw_basename(*(char *const *)b));
}

static int has_txt_suffix(const char *name) {
  size_t n = strlen(name);
  return n > 4 && strcasecmp(name + n - 4, ".txt") == 0;
}

static int list_directory(nw_corpus *c, const char *dir, char **err) {
  DIR *d = opendir(dir);
  if (!d) {
    *err = format("cannot open '%s': %s", dir, strerror(errno));
    return -1;
  }
  size_t cap = 0;
  size_t dlen = strlen(dir);
  int slash = dlen > 0 && dir[dlen - 1] == '/';
  struct dirent *e;
  errno = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || !has_txt_suffix(e->d_name)) continue;
    if (push_path(c, &cap, format(slash ? "%s%s" : "%s/%s", dir, e->d_name))) {
      closedir(d);
      *err = format("out of memory listing '%s'", dir);
      return -1;
    }
  }
  int read_errno = errno;
  closedir(d);
  if (read_errno) {
    *err = format("cannot read directory '%s': %s", dir, strerror(read_errno));
    return -1;
  }
  if (c->count > 1) qsort(c->paths, c->count, sizeof *c->paths, by_name);
  return 0;
}

static int list_glob(nw_corpus *c, const char *pattern, char **err) {
  glob_t g;
  int rc = glob(pattern, GLOB_NOSORT, NULL, &g);
  if (rc == GLOB_NOMATCH) return 0;
  if (rc != 0) {
    *err = format("cannot expand '%s': %s", pattern, rc == GLOB_NOSPACE ? "out of memory" : "read error");
    if (rc != GLOB_ABORTED) globfree(&g);
    return -1;
  }
  size_t cap = 0;
  for (size_t i = 0; i < g.gl_pathc; i++) {
    struct stat st;
    if (stat(g.gl_pathv[i], &st) == 0 && S_ISDIR(st.st_mode)) continue;
    if (push_path(c, &cap, strdup(g.gl_pathv[i]))) {
      globfree(&g);
      *err = format("out of memory expanding '%s'", pattern);
      return -1;
    }
  }
  globfree(&g);
  if (c->count > 1) qsort(c->paths, c->count, sizeof *c->paths, by_name);
  return 0;
}

int nw_corpus_open(nw_corpus *c, const char *path, char **err) {
  memset(c, 0, sizeof *c);
  *err = NULL;
  struct stat st;
  if (stat(path, &st) == 0) {
    if (S_ISDIR(st.st_mode)) return list_directory(c, path, err);
    size_t cap = 0;
    c->single = 1;
    if (push_path(c, &cap, strdup(path))) {
      *err = format("out of memory");
      return -1;
    }
    return 0;
  }
  int stat_errno = errno;
  if (stat_errno == ENOENT && strpbrk(path, "*?[")) return list_glob(c, path, err);
  *err = format("cannot open '%s': %s", path, strerror(stat_errno));
  return -1;
}

void nw_corpus_close(nw_corpus *c) {
  for (size_t i = 0; i < c->count; i++) free(c->paths[i]);
  free(c->paths);
  memset(c, 0, sizeof *c);
}

int nw_read_file(const char *path, nw_buf *out, size_t max_bytes, int single, char **err) {
  *err = NULL;
  out->n = 0;
  /* O_NONBLOCK: a FIFO named like an article must not hang the host. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *err = format("cannot open '%s': %s", path, strerror(errno));
    return NW_READ_ERROR;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *err = format("cannot open '%s': %s", path, strerror(errno));
    close(fd);
    return NW_READ_ERROR;
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    if (!single) return NW_READ_SKIP;
    *err = format("cannot read '%s': not a regular file", path);
    return NW_READ_ERROR;
  }
  if ((unsigned long long)st.st_size > max_bytes) {
    close(fd);
    *err = format("'%s' is too big (%lld bytes; the limit is %zu)", path, (long long)st.st_size, max_bytes);
    return NW_READ_TOOBIG;
  }
  if (nw_buf_reserve(out, (size_t)st.st_size + 1)) {
    close(fd);
    *err = format("out of memory reading '%s'", path);
    return NW_READ_ERROR;
  }
  for (;;) {
    if (out->n >= max_bytes + 1) break;  /* grew while we read it */
    if (nw_buf_reserve(out, 65536)) {
      close(fd);
      *err = format("out of memory reading '%s'", path);
      return NW_READ_ERROR;
    }
    size_t want = out->cap - out->n - 1;
    ssize_t got = read(fd, out->p + out->n, want);
    if (got < 0) {
      if (errno == EINTR) continue;
      *err = format("cannot read '%s': %s", path, strerror(errno));
      close(fd);
      return NW_READ_ERROR;
    }
    if (got == 0) break;
    out->n += (size_t)got;
    if ((size_t)got < want) break; /* a regular file reads short only at its end */
  }
  close(fd);
  if (out->n > max_bytes) {
    *err = format("'%s' is too big (the limit is %zu bytes)", path, max_bytes);
    return NW_READ_TOOBIG;
  }
  if (nw_is_binary(out->p, out->n)) {
    if (!single) return NW_READ_SKIP;
    *err = format("cannot read '%s': not a text file (it holds NUL bytes)", path);
    return NW_READ_ERROR;
  }
  return NW_READ_OK;
}
