/*
** replay.c — runs a fuzz target's LLVMFuzzerTestOneInput over files, without
** libFuzzer: `replay_NAME FILE|DIR...` (a directory: each file in it).
**
** Linked with one tests/fuzz/fuzz_NAME.c and the core (plain, or built with
** the sanitizers), so the regression inputs run in `make test` with any C
** compiler and under valgrind.  A broken promise aborts; a sanitizer report
** fails the run.  Ends with `N passed, 0 failed`: one per input.
*/
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int ran;

static void run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: cannot open %s\n", path);
    exit(2);
  }
  size_t cap = 1 << 16, n = 0, got;
  uint8_t *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf) abort();
  /* an exactly sized copy, as libFuzzer passes it */
  uint8_t *data = malloc(n ? n : 1);
  if (!data) abort();
  memcpy(data, buf, n);
  free(buf);
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  ran++;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "replay: no such input %s\n", path);
    exit(2);
  }
  if (!S_ISDIR(st.st_mode)) {
    run_file(path);
    return;
  }
  DIR *d = opendir(path);
  if (!d) exit(2);
  char **names = NULL;
  size_t count = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    names = realloc(names, (count + 1) * sizeof *names);
    if (!names || asprintf(&names[count++], "%s/%s", path, e->d_name) < 0) abort();
  }
  closedir(d);
  if (count) qsort(names, count, sizeof *names, by_name);
  for (size_t i = 0; i < count; i++) {
    run_path(names[i]);
    free(names[i]);
  }
  free(names);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) run_path(argv[i]);
  printf("%d passed, 0 failed\n", ran);
  return 0;
}
