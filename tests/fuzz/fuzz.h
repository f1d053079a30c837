/*
** fuzz.h — what the libFuzzer targets of tests/fuzz/ share.
**
** Each target feeds arbitrary bytes to one stage of the pure C core (no
** SQLite) and checks, besides "no crash, no leak, no sanitizer report", the
** promises the SQL face relies on: spans inside the text and in order,
** scores finite and in [-1, 1].  A broken promise aborts, which libFuzzer
** reports as a crash with the input that caused it.
**
** The text functions receive what the SQL face passes them: the text up to
** its first NUL byte (SQLite's own convention), valid UTF-8 or not.  The
** article parser receives raw file bytes, NULs included.
*/
#ifndef NW_FUZZ_H
#define NW_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond)                                                             \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #cond);     \
      abort();                                                                       \
    }                                                                                \
  } while (0)

/* A private, exactly sized copy of the text before the first NUL (so that a
** read past its end is caught by AddressSanitizer); free() it. */
static inline char *fuzz_text(const uint8_t *data, size_t size, size_t *n) {
  const uint8_t *nul = memchr(data, 0, size);
  *n = nul ? (size_t)(nul - data) : size;
  char *s = malloc(*n ? *n : 1);
  if (!s) abort();
  if (*n) memcpy(s, data, *n);
  return s;
}

#endif
