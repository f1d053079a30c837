/*
** nw_text.h — UTF-8 text primitives of the newswire core.
**
** The core never includes sqlite3.h: it works on byte buffers and returns
** spans as byte offsets; the SQLite face converts them to code points.
**
** Code points are counted the way SQLite's length() and substr() count
** characters: every byte that is not a UTF-8 continuation byte (10xxxxxx)
** starts a character.  For valid UTF-8 that is exactly the code point count,
** and for anything else it still round-trips through substr().
*/
#ifndef NW_TEXT_H
#define NW_TEXT_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

/* A growable byte buffer.  On allocation failure `oom` is set, later appends
** are ignored, and the owner reports the error once at the end. */
typedef struct nw_buf {
  char *p;
  size_t n, cap;
  int oom;
} nw_buf;

void nw_buf_free(nw_buf *b);

/* Room for element n of a growable array: when n has reached *cap, the
** array whose pointer is at `array` (a T **) is doubled, from `first`
** elements of `size` bytes.  Returns 0, or -1 out of memory (the array and
** *cap then stay as they were). */
int nw_grow_slow(void *array, size_t *cap, size_t n, size_t size, size_t first);
static inline int nw_grow(void *array, size_t *cap, size_t n, size_t size, size_t first) {
  return n < *cap ? 0 : nw_grow_slow(array, cap, n, size, first); /* (the test inline: most pushes have room) */
}
/* How many of the n elements at `base` (each `size` bytes, in order of the
** uint32_t at byte `off` of each) have that key below `key`: the index of
** the first at or above it.  A binary search. */
static inline size_t nw_count_below(const void *base, size_t n, size_t size, size_t off, uint64_t key) {
  if (!n) return 0; /* (base may be NULL then: no offset from it) */
  const char *e = (const char *)base + off;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t k;
    memcpy(&k, e + mid * size, sizeof k);
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* memset(p, byte, n) for the per-token arrays of a text (a few kilobytes):
** sixteen bytes a store, where libc's memset takes `rep stosb` past 2 KiB,
** which valgrind counts a byte at a time (the profile's measure). */
void nw_fill(void *p, int byte, size_t n);

typedef int (*nw_cmp)(const void *, const void *);

/* The end of the run in order that starts at element i. */
static inline size_t nw_run_end(const char *a, size_t i, size_t n, size_t size, nw_cmp cmp) {
  while (i + 1 < n && cmp(a + i * size, a + (i + 1) * size) <= 0) i++;
  return i + 1;
}

/* Sorts n elements of `size` bytes by cmp, stably, by merging the runs
** already in order (the lists the analyses build are a few such runs:
** cheaper than qsort, and nothing to do for one already in order).  The
** runs are found once; each pass merges them two by two (a stable merge of
** neighbours: the order is the one stable order, however they pair up).
** Returns 0, or -1 out of memory with base as it was.  (Inline, so that
** each caller's comparison and element size are known.) */
static inline int nw_sort_runs(void *base, size_t n, size_t size, nw_cmp cmp) {
  size_t end = nw_run_end(base, 0, n, size, cmp);
  if (end >= n) return 0; /* (in order already: most lists) */
  size_t *ends = malloc(n * sizeof *ends + n * size); /* the runs' ends, then room for a copy */
  if (!ends) return -1;
  size_t runs = 0;
  for (ends[runs++] = end; end < n; ends[runs++] = end) end = nw_run_end(base, end, n, size, cmp);
  char *from = base, *to = (char *)(ends + n);
  while (runs > 1) {
    size_t a = 0, merged = 0;
    for (size_t r = 0; r < runs; r += 2) {
      size_t m = ends[r], b = r + 1 < runs ? ends[r + 1] : m;
      size_t i = a, j = m, w = a;
      for (; i < m && j < b; w++) { /* (the first run's first on a tie: stable) */
        int left = cmp(from + i * size, from + j * size) <= 0;
        memcpy(to + w * size, from + (left ? i++ : j++) * size, size);
      }
      memcpy(to + w * size, from + i * size, (m - i) * size); /* what is left of either */
      memcpy(to + (w + m - i) * size, from + j * size, (b - j) * size);
      ends[merged++] = b;
      a = b;
    }
    runs = merged;
    char *t = from;
    from = to, to = t;
  }
  if (from != (char *)base) memcpy(base, from, n * size);
  free(ends);
  return 0;
}

int nw_buf_reserve(nw_buf *b, size_t extra);
void nw_buf_append(nw_buf *b, const char *s, size_t n);
void nw_buf_putc_slow(nw_buf *b, char c);
static inline void nw_buf_putc(nw_buf *b, char c) {
  if (b->n + 2 <= b->cap && !b->oom) b->p[b->n++] = c; /* room for it and a NUL */
  else nw_buf_putc_slow(b, c);
}
void nw_buf_put_cp(nw_buf *b, int32_t cp);
/* NUL-terminates without counting the NUL in n; returns p (or NULL on OOM). */
char *nw_buf_cstr(nw_buf *b);

/* Decodes one code point at s[*i] (i < n) and advances *i.  Returns the code
** point, or -1 for an invalid or truncated sequence (then *i advances by one
** byte).  Overlong forms, surrogates and values above U+10FFFF are invalid. */
int32_t nw_utf8_next(const char *s, size_t n, size_t *i);

/* nw_utf8_next() with the ASCII case inline, for scans that decode most
** characters one at a time (the character at *i must exist). */
static inline int32_t nw_utf8_next_fast(const char *s, size_t n, size_t *i) {
  unsigned char c = (unsigned char)s[*i];
  if (c < 0x80) {
    (*i)++;
    return c;
  }
  return nw_utf8_next(s, n, i);
}
/* Decodes the code point that ends just before s[i]; *start receives where it
** starts.  Returns -1 for i == 0 or for a byte that does not end a valid
** sequence. */
int32_t nw_utf8_prev(const char *s, size_t i, size_t *start);
int nw_utf8_len(int32_t cp);
/* Writes cp as UTF-8 to out (room for 4 bytes); returns the bytes written. */
size_t nw_utf8_encode(int32_t cp, char *out);

/* Characters (see above) in s[0..n). */
size_t nw_cp_count(const char *s, size_t n);

/* Converts increasing byte offsets of one text to character offsets in time
** proportional to the distance moved; a backwards step recounts from 0. */
typedef struct nw_cp_cursor {
  const char *s;
  size_t byte, cp;
} nw_cp_cursor;
void nw_cp_cursor_init(nw_cp_cursor *c, const char *s);
size_t nw_cp_at(nw_cp_cursor *c, size_t byte);

/* Character classes over code points (Unicode-aware through utf8proc). */
/* Inline for ASCII (and -1, an invalid sequence: no class), the rest from
** utf8proc in nw_text.c. */
int nw_is_letter_u(int32_t cp);
int nw_is_upper_u(int32_t cp);
int nw_is_lower_u(int32_t cp);
int nw_is_digit_u(int32_t cp);
int nw_is_alnum_u(int32_t cp);
int nw_is_space_u(int32_t cp);
int nw_is_dash_u(int32_t cp);
int32_t nw_to_lower_u(int32_t cp);
/* U+2010 to U+2027 (dashes, quotation marks, bullets, the ellipsis), the
** commonest characters past ASCII in news: punctuation, no letter, digit or
** space, told without utf8proc. */
static inline int nw_is_general_punct(int32_t cp) { return (uint32_t)cp - 0x2010u < 0x18u; }
static inline int nw_is_letter(int32_t cp) {
  return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : nw_is_letter_u(cp);
}
static inline int nw_is_upper(int32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : nw_is_upper_u(cp); }
static inline int nw_is_lower(int32_t cp) { return cp < 0x80 ? cp >= 'a' && cp <= 'z' : nw_is_lower_u(cp); }
static inline int nw_is_digit(int32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : nw_is_digit_u(cp); }
static inline int nw_is_alnum(int32_t cp) {
  return cp < 0x80 ? nw_is_letter(cp) || nw_is_digit(cp) : !nw_is_general_punct(cp) && nw_is_alnum_u(cp);
}
/* includes NBSP and the Unicode spaces */
static inline int nw_is_space(int32_t cp) {
  return cp < 0x80 ? cp == ' ' || (cp >= 9 && cp <= 13) : !nw_is_general_punct(cp) && nw_is_space_u(cp);
}
/* - – — and friends */
static inline int nw_is_dash(int32_t cp) { return cp < 0x80 ? cp == '-' : nw_is_dash_u(cp); }
static inline int32_t nw_to_lower(int32_t cp) {
  return cp < 0x80 ? ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp) : nw_to_lower_u(cp);
}

/* Quotation marks. */
enum {
  NW_QM_NONE = 0,
  NW_QM_OPEN = 1,      /* only opens: “ « „ ‚ ‹ (and » in some locales, ignored) */
  NW_QM_CLOSE = 2,     /* only closes: ” » › */
  NW_QM_BOTH = 3       /* either: " ' ‘ ’ ` */
};
int nw_quote_mark(int32_t cp);
int nw_is_quote(int32_t cp);

/* Makes `in` valid, NFC-normalized UTF-8 with LF line ends, appended to out:
** drops a UTF-8 BOM, decodes UTF-16 (LE or BE) when it starts with a BOM,
** replaces invalid sequences and NUL bytes with U+FFFD, turns CRLF and lone
** CR into LF.  Returns 0, or -1 when memory ran out. */
int nw_clean_text(const char *in, size_t n, nw_buf *out);

/* NFC-normalizes s[0..n) into out (appending).  Lines made only of
** characters that NFC leaves alone are copied as they are, so the common case
** costs a scan.  Input must be valid UTF-8.  Returns 0 or -1 (memory). */
int nw_nfc(const char *s, size_t n, nw_buf *out);

/* True when NFC leaves cp alone whatever stands around it (the fast path
** of nw_nfc; exposed for the exhaustive unit test). */
int nw_nfc_inert(int32_t cp);

/* Lowercases (Unicode simple case mapping) s[0..n) into out. */
void nw_lower(const char *s, size_t n, nw_buf *out);
/* The same into out[0..cap) (no allocation): returns the length, or
** SIZE_MAX when it does not fit (it always does in 4 * n bytes). */
size_t nw_lower_into(const char *s, size_t n, char *out, size_t cap);

/* Words: maximal runs of letters, digits, marks and inner apostrophes or
** hyphens between letters ("don't", "Kim Jong-un", "3.5" is two numbers
** joined by a period; see nw_next_word). */
size_t nw_count_words(const char *s, size_t n);
/* The same, counting no further than max words. */
size_t nw_count_words_max(const char *s, size_t n, size_t max);

/* Finds the next word at or after *i: sets *start and *end (bytes) and moves
** *i past it; returns 0 when there is none. */
int nw_next_word(const char *s, size_t n, size_t *i, size_t *start, size_t *end);

#endif
