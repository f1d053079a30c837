/*
** nw_text.c — UTF-8 decoding, repair, NFC and character classes.
*/
#include "nw_text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h> /* plain32() */
#endif

/* ---------------------------------------------------------------- buffers */

int nw_grow_slow(void *array, size_t *cap, size_t n, size_t size, size_t first) {
  if (n < *cap) return 0;
  size_t want = *cap ? *cap * 2 : first;
  if (want < n + 1 || want > SIZE_MAX / size) return -1;
  void *old, *p;
  memcpy(&old, array, sizeof old); /* (a T ** read through void *: memcpy keeps it defined) */
  p = realloc(old, want * size);
  if (!p) return -1;
  memcpy(array, &p, sizeof p);
  *cap = want;
  return 0;
}

void nw_buf_free(nw_buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
  b->oom = 0;
}

int nw_buf_reserve(nw_buf *b, size_t extra) {
  if (b->oom) return -1;
  if (b->n + extra + 1 <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->n + extra + 1) {
    if (cap > SIZE_MAX / 2) {
      b->oom = 1;
      return -1;
    }
    cap *= 2;
  }
  char *p = realloc(b->p, cap);
  if (!p) {
    b->oom = 1;
    return -1;
  }
  b->p = p;
  b->cap = cap;
  return 0;
}

void nw_buf_append(nw_buf *b, const char *s, size_t n) {
  if (n == 0 || nw_buf_reserve(b, n)) return;
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

void nw_buf_putc_slow(nw_buf *b, char c) {
  if (nw_buf_reserve(b, 1)) return;
  b->p[b->n++] = c;
}

void nw_buf_put_cp(nw_buf *b, int32_t cp) {
  if (nw_buf_reserve(b, 4)) return;
  b->n += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)b->p + b->n);
}

char *nw_buf_cstr(nw_buf *b) {
  if (nw_buf_reserve(b, 0)) return NULL;
  b->p[b->n] = 0;
  return b->p;
}

void nw_fill(void *p, int byte, size_t n) {
  char *o = p;
  size_t i = 0;
#if defined(__SSE2__)
  __m128i v = _mm_set1_epi8((char)byte);
  for (; i + 64 <= n; i += 64) {
    _mm_storeu_si128((__m128i *)(void *)(o + i), v);
    _mm_storeu_si128((__m128i *)(void *)(o + i + 16), v);
    _mm_storeu_si128((__m128i *)(void *)(o + i + 32), v);
    _mm_storeu_si128((__m128i *)(void *)(o + i + 48), v);
  }
#endif
  memset(o + i, byte, n - i);
}

/* ---------------------------------------------------------------- decoding */

int32_t nw_utf8_next(const char *str, size_t n, size_t *i) {
  const unsigned char *s = (const unsigned char *)str + *i;
  size_t left = n - *i;
  unsigned c = s[0];
  if (c < 0x80) {
    *i += 1;
    return (int32_t)c;
  }
  /* each length in straight code: two and three bytes are most of the
  ** characters past ASCII in news text */
  if (c - 0xC2u <= 0xDF - 0xC2) {
    if (left < 2 || (s[1] & 0xC0) != 0x80) return *i += 1, -1;
    *i += 2;
    return (int32_t)((c & 0x1F) << 6 | (s[1] & 0x3Fu));
  }
  if (c - 0xE0u <= 0xEF - 0xE0) {
    if (left < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return *i += 1, -1;
    int32_t cp = (int32_t)((c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu));
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return *i += 1, -1; /* overlong, surrogate */
    *i += 3;
    return cp;
  }
  if (c - 0xF0u <= 0xF4 - 0xF0) {
    if (left < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return *i += 1, -1;
    int32_t cp = (int32_t)((c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu));
    if (cp < 0x10000 || cp > 0x10FFFF) return *i += 1, -1;
    *i += 4;
    return cp;
  }
  *i += 1; /* a continuation byte, C0, C1 or F5 and up */
  return -1;
}

int32_t nw_utf8_prev(const char *s, size_t i, size_t *start) {
  if (i == 0) return -1;
  size_t j = i - 1;
  if ((unsigned char)s[j] < 0x80) { /* (most characters) */
    if (start) *start = j;
    return (unsigned char)s[j];
  }
  int back = 0;
  while (j > 0 && back < 3 && ((unsigned char)s[j] & 0xC0) == 0x80) j--, back++;
  size_t k = j;
  int32_t cp = nw_utf8_next(s, i, &k);
  if (k != i) return -1;
  if (start) *start = j;
  return cp;
}

int nw_utf8_len(int32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

size_t nw_utf8_encode(int32_t cp, char *out) {
  return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

/* Eight bytes at a time. */
#define ONES 0x0101010101010101ull
#define HIGH (ONES * 0x80)
static inline uint64_t load8(const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
}

size_t nw_cp_count(const char *s, size_t n) {
  size_t count = n, i = 0;
  /* subtract the continuation bytes (10xxxxxx), counted per byte lane in
  ** blocks short enough that no lane overflows */
  while (i + 8 <= n) {
    uint64_t lanes = 0;
    size_t stop = i + 8 * 255 < n ? i + 8 * 255 : n;
    for (; i + 8 <= stop; i += 8) {
      uint64_t w = load8(s + i);
      lanes += (w & ~(w << 1) & HIGH) >> 7;
    }
    count -= (size_t)((lanes * ONES) >> 56);
  }
  for (; i < n; i++) count -= ((unsigned char)s[i] & 0xC0) == 0x80;
  return count;
}

void nw_cp_cursor_init(nw_cp_cursor *c, const char *s) {
  c->s = s;
  c->byte = c->cp = 0;
}

size_t nw_cp_at(nw_cp_cursor *c, size_t byte) {
  if (byte < c->byte) c->byte = c->cp = 0;
  c->cp += nw_cp_count(c->s + c->byte, byte - c->byte);
  c->byte = byte;
  return c->cp;
}

/* ---------------------------------------------------------------- classes */

static utf8proc_category_t category(int32_t cp) {
  return utf8proc_category(cp);
}

/* The code points >= 0x80 (and -1) of the classes nw_text.h inlines. */
int nw_is_letter_u(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  utf8proc_category_t c = category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int nw_is_upper_u(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int nw_is_lower_u(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return category(cp) == UTF8PROC_CATEGORY_LL;
}

int nw_is_digit_u(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return category(cp) == UTF8PROC_CATEGORY_ND;
}

int nw_is_alnum_u(int32_t cp) {
  if (cp < 0x80) return nw_is_letter(cp) || nw_is_digit(cp);
  utf8proc_category_t c = category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

int nw_is_space_u(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 9 && cp <= 13);
  return cp == 0x85 || category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x2028 || cp == 0x2029;
}

int nw_is_dash_u(int32_t cp) {
  if (cp < 0x80) return cp == '-';
  return category(cp) == UTF8PROC_CATEGORY_PD || cp == 0x2212;
}

int32_t nw_to_lower_u(int32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return utf8proc_tolower(cp);
}

int nw_quote_mark(int32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201B: case 0x201F:
      return NW_QM_BOTH;
    case 0x201C: case 0x00AB: case 0x201E: case 0x201A: case 0x2039: case 0x300C:
    case 0x300E:
      return NW_QM_OPEN;
    case 0x201D: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
      return NW_QM_CLOSE;
    default:
      return NW_QM_NONE;
  }
}

int nw_is_quote(int32_t cp) { return nw_quote_mark(cp) != NW_QM_NONE; }

/* ---------------------------------------------------------------- repair */

/* UTF-16 with a BOM to UTF-8; unpaired surrogates become U+FFFD. */
static void utf16_to_utf8(const unsigned char *s, size_t n, int big_endian, nw_buf *out) {
  size_t i = 0;
  while (i + 1 < n) {
    uint32_t u = big_endian ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
      uint32_t v = big_endian ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        i += 2;
        nw_buf_put_cp(out, (int32_t)(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00)));
        continue;
      }
    }
    if ((u >= 0xD800 && u <= 0xDFFF) || u == 0) u = 0xFFFD;
    nw_buf_put_cp(out, (int32_t)u);
  }
  if (i < n) nw_buf_put_cp(out, 0xFFFD); /* odd trailing byte */
}

/* The high bit of each byte lane of w that is NUL, CR or past ASCII (the
** bytes repair_utf8 stops at): nonzero when w holds one, and its lowest
** flagged lane is the first (a borrow only moves up from a NUL or CR lane,
** itself flagged; a lane past ASCII is flagged by w itself). */
static inline uint64_t stop_bytes(uint64_t w) { return (w | (w - ONES) | ((w ^ (ONES * '\r')) - ONES)) & HIGH; }

#if defined(__SSE2__)
/* Are the 32 bytes at s plain (no byte repair_utf8 stops at)? */
static inline int plain32(const char *s) {
  __m128i a = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
  __m128i zero = _mm_setzero_si128(), cr = _mm_set1_epi8('\r');
  __m128i nul = _mm_or_si128(_mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(b, zero));
  __m128i ret = _mm_or_si128(_mm_cmpeq_epi8(a, cr), _mm_cmpeq_epi8(b, cr));
  return !_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(nul, ret))); /* (high bits: past ASCII) */
}
#else
static inline int plain32(const char *s) {
  return !(stop_bytes(load8(s)) | stop_bytes(load8(s + 8)) | stop_bytes(load8(s + 16)) | stop_bytes(load8(s + 24)));
}
#endif

/* Valid UTF-8 with LF line ends and no NUL: runs of good text are copied
** whole; CR, NUL and invalid bytes are what breaks a run.  Returns 1 when
** every character written is one NFC leaves alone (nw_nfc_inert), 0 when
** the text still needs nw_nfc: the characters past ASCII are decoded here
** anyway, so most texts need no second pass. */
static int repair_utf8(const char *s, size_t n, nw_buf *out) {
  size_t i = 0, run = 0;
  int inert = 1;
  while (i < n) {
    if (i + 32 <= n && plain32(s + i)) { /* thirty-two plain bytes at a time, while they last */
      i += 32;
      continue;
    }
    if (i + 8 <= n) {
      uint64_t stop = stop_bytes(load8(s + i));
      if (!stop) {
        i += 8;
        continue;
      }
      i += (size_t)__builtin_ctzll(stop) >> 3; /* the ASCII bytes before it */
    }
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      /* E2 80 82..BF, U+2002..U+203F: most characters past ASCII in news
      ** (’ “ ” — …), valid, and inert (of the block only U+2000 and U+2001
      ** have canonical decompositions) */
      if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] - 0x82u <= 0xBF - 0x82) {
        i += 3;
        continue;
      }
      size_t k = i;
      int32_t cp = nw_utf8_next(s, n, &k);
      if (cp >= 0) {
        if (inert && !nw_nfc_inert(cp)) inert = 0;
        i = k;
        continue;
      }
    } else if (c != '\r' && c != 0) {
      i++;
      continue;
    }
    nw_buf_append(out, s + run, i - run);
    if (c == '\r') {
      nw_buf_putc(out, '\n');
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
    } else {
      nw_buf_put_cp(out, 0xFFFD); /* NUL or an invalid sequence (inert) */
      i++;
    }
    run = i;
  }
  nw_buf_append(out, s + run, i - run);
  return inert;
}

int nw_clean_text(const char *in, size_t n, nw_buf *out) {
  const unsigned char *u = (const unsigned char *)in;
  size_t start = out->n;
  int inert;
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    nw_buf utf8 = {0};
    utf16_to_utf8(u + 2, n - 2, u[0] == 0xFE, &utf8);
    inert = repair_utf8(utf8.p ? utf8.p : "", utf8.n, out);
    nw_buf_free(&utf8);
  } else {
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) in += 3, n -= 3;
    inert = repair_utf8(in, n, out);
  }
  if (out->oom) return -1;
  if (inert) return 0; /* NFC would leave it as it is */
  /* normalized through a copy, which then takes the repaired text's place */
  nw_buf nfc = {0};
  int rc = nw_nfc(out->p + start, out->n - start, &nfc);
  if (rc == 0) {
    out->n = start;
    nw_buf_append(out, nfc.p ? nfc.p : "", nfc.n);
  }
  nw_buf_free(&nfc);
  return rc || out->oom ? -1 : 0;
}

/* ---------------------------------------------------------------- NFC */

/* True when NFC leaves cp alone whatever stands around it: a starter with no
** decomposition that never composes with what precedes it.  Conservative:
** anything doubtful takes the slow path.  tests/unit.c checks this against
** utf8proc over all code points. */
int nw_nfc_inert(int32_t cp) {
  if (cp < 0x300) return 1;
  if (cp >= 0x1100 && cp <= 0x11FF) return 0; /* Hangul jamo compose */
  if (cp >= 0xA960 && cp <= 0xA97F) return 0;
  if (cp >= 0xD7B0 && cp <= 0xD7FF) return 0;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->combining_class != 0 || p->comp_exclusion) return 0;
  if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
      p->category == UTF8PROC_CATEGORY_ME)
    return 0;
  /* A canonical decomposition must compose back to cp itself: not for a
  ** singleton (U+212B ANGSTROM SIGN -> U+00C5) or an excluded composition.
  ** Marks that follow take the slow path themselves.  Compatibility
  ** decompositions do not matter to NFC. */
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) {
    utf8proc_int32_t parts[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, parts, 8, UTF8PROC_DECOMPOSE, &last);
    if (n < 1 || n > 8) return 0;
    n = utf8proc_normalize_utf32(parts, n, UTF8PROC_COMPOSE);
    if (n != 1 || parts[0] != cp) return 0;
  }
  return 1;
}

static int nfc_slow(const char *s, size_t n, nw_buf *out) {
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t len =
      utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (len < 0) {
    free(dst);
    if (len == UTF8PROC_ERROR_NOMEM) return -1;
    nw_buf_append(out, s, n); /* cannot happen on valid input: keep text */
    return 0;
  }
  nw_buf_append(out, (const char *)dst, (size_t)len);
  free(dst);
  return 0;
}

int nw_nfc(const char *s, size_t n, nw_buf *out) {
  /* Lines made only of inert characters are copied as they are (in runs);
  ** a line holding anything else is normalized on its own. */
  size_t copied = 0, i = 0;
  while (i < n) {
    if (i + 16 <= n && !((load8(s + i) | load8(s + i + 8)) & HIGH)) { /* sixteen ASCII bytes */
      i += 16;
      continue;
    }
    if (i + 8 <= n) {
      uint64_t high = load8(s + i) & HIGH;
      if (!high) {
        i += 8;
        continue;
      }
      i += (size_t)__builtin_ctzll(high) >> 3; /* the ASCII bytes before it */
    }
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    size_t at = i;
    int32_t cp = nw_utf8_next(s, n, &i);
    if (cp >= 0 && nw_nfc_inert(cp)) continue;
    size_t line = at;
    while (line > copied && s[line - 1] != '\n') line--;
    const char *nl = memchr(s + at, '\n', n - at);
    size_t end = nl ? (size_t)(nl - s) + 1 : n;
    nw_buf_append(out, s + copied, line - copied);
    if (nfc_slow(s + line, end - line, out)) return -1;
    copied = i = end;
  }
  nw_buf_append(out, s + copied, n - copied);
  return out->oom ? -1 : 0;
}

void nw_lower(const char *s, size_t n, nw_buf *out) {
  /* nw_lower_into needs 4 bytes of room for each character, which always
  ** fits in 4 * n + 4 */
  if (n > (SIZE_MAX - 8) / 4 || nw_buf_reserve(out, 4 * n + 4)) {
    out->oom = 1;
    return;
  }
  out->n += nw_lower_into(s, n, out->p + out->n, 4 * n + 4);
}

size_t nw_lower_into(const char *s, size_t n, char *out, size_t cap) {
  size_t i = 0, len = 0;
  while (i < n) {
    if (cap - len < 4) return SIZE_MAX; /* (room for one character more, as nw_buf_put_cp asks) */
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      out[len++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      i++;
      continue;
    }
    size_t at = i;
    int32_t cp = nw_utf8_next(s, n, &i);
    if (cp < 0) {
      memcpy(out + len, s + at, i - at);
      len += i - at;
    } else {
      len += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)out + len);
    }
  }
  return len;
}

/* ---------------------------------------------------------------- words */

static const unsigned char ascii_alnum[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

/* ASCII letters and digits among all bytes (0 for bytes >= 0x80). */
static const unsigned char word_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

static int is_word_char(int32_t cp) {
  if (cp < 0x80) return cp >= 0 && ascii_alnum[cp];
  if (nw_is_general_punct(cp)) return 0;
  utf8proc_category_t c = category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}


static int is_word_joiner(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011;
}

int nw_next_word(const char *s, size_t n, size_t *i, size_t *start, size_t *end) {
  const unsigned char *u = (const unsigned char *)s;
  size_t k = *i;
  while (k < n) {
    if (u[k] < 0x80 && !ascii_alnum[u[k]]) { /* (ASCII between words: the common case) */
      k++;
      continue;
    }
    size_t at = k;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (!is_word_char(cp)) continue;
    *start = at;
    size_t stop = k;
    while (k < n) {
      if (word_byte[u[k]]) { /* (ASCII letters and digits: the common case) */
        stop = ++k;
        continue;
      }
      size_t before = k;
      int32_t c = nw_utf8_next_fast(s, n, &k);
      if (is_word_char(c)) {
        stop = k;
        continue;
      }
      if (is_word_joiner(c) && k < n) {
        size_t peek = k;
        if (is_word_char(nw_utf8_next_fast(s, n, &peek))) {
          stop = k = peek;
          continue;
        }
      }
      k = before;
      break;
    }
    *end = stop;
    *i = stop;
    return 1;
  }
  *i = n;
  return 0;
}

/* What nw_next_word() finds, counted in one pass: a word starts at a word
** character outside a word; a joiner continues the word when a word
** character follows it. */
/* The high bits of the byte lanes of w (all bytes < 0x80) in [lo, hi]. */
static inline uint64_t lanes_in(uint64_t w, unsigned lo, unsigned hi) {
  return ((w + ONES * (0x80 - lo)) & ~(w + ONES * (0x7F - hi))) & HIGH;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* The number of bits set in a byte. */
#define BITS2(k) k, k + 1, k + 1, k + 2
#define BITS4(k) BITS2(k), BITS2(k + 1), BITS2(k + 1), BITS2(k + 2)
#define BITS6(k) BITS4(k), BITS4(k + 1), BITS4(k + 1), BITS4(k + 2)
static const unsigned char bits_in_byte[256] = {BITS6(0), BITS6(1), BITS6(1), BITS6(2)};

/* The sixteen bytes at s as a mask, bit k for byte k: the ASCII letters
** and digits; *stop gets the bytes past ASCII and the joiners (' -). */
static inline unsigned alnum_mask16(const char *s, unsigned *stop) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  /* (| 0x20 folds capitals onto small letters and nothing else onto them;
  ** a byte is in [lo, lo + k] when its distance from lo is at most k) */
  __m128i letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  __m128i digit = _mm_sub_epi8(v, _mm_set1_epi8('0'));
  __m128i word = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter),
                              _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit));
  __m128i joiner = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
  *stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, joiner)); /* (v: the high bits) */
  return (unsigned)_mm_movemask_epi8(word);
}
#endif

#if defined(__SSE2__)
/* The words that start in a block of alnum_mask16's mask m (in: the byte
** before it is in a word). */
static inline size_t word_starts16(unsigned m, int in) {
  unsigned starts = m & ~((m << 1) | (unsigned)in);
  return (size_t)bits_in_byte[starts & 0xFF] + bits_in_byte[starts >> 8 & 0xFF];
}
#endif

size_t nw_count_words_max(const char *s, size_t n, size_t max) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, count = 0;
  int in = 0;
  while (i < n && count < max) { /* (at max the count can only stay) */
#if defined(__SSE2__)
    /* the same as the loop below, sixteen bytes a step; a block with a
    ** byte past ASCII or a joiner counts the bytes before it, and the
    ** bytes below take that one (not the whole block again byte by byte) */
    while (i + 16 <= n && count < max) {
      unsigned stop, m = alnum_mask16(s + i, &stop);
      if (stop) {
        unsigned take = (unsigned)__builtin_ctz(stop);
        m &= (1u << take) - 1;
        count += word_starts16(m, in);
        if (take) in = (int)(m >> (take - 1) & 1);
        i += take;
        break;
      }
      count += word_starts16(m, in);
      in = (int)(m >> 15);
      i += 16;
    }
#endif
    /* eight ASCII bytes without joiners at a time: words start where a
    ** letter or digit follows something else (the count may pass max
    ** here: it is cut to max at the end); with SSE2 only the last bytes
    ** (the step above stops at the byte below otherwise) */
#if defined(__SSE2__)
    while (i + 8 <= n && i + 16 > n && count < max) {
#else
    while (i + 8 <= n && count < max) {
#endif
      uint64_t w = load8(s + i);
      /* a byte past ASCII, or a joiner (' -) whose lane borrows: the bytes below */
      if ((w | ((w ^ (ONES * '\'')) - ONES) | ((w ^ (ONES * '-')) - ONES)) & HIGH) break;
      /* (| 0x20 folds capitals onto small letters and nothing else onto them) */
      uint64_t m = lanes_in(w, '0', '9') | lanes_in(w | (ONES * 0x20), 'a', 'z');
      uint64_t starts = m & ~((m << 8) | ((uint64_t)in << 7));
      count += (size_t)(((starts >> 7) * ONES) >> 56);
      in = (int)(m >> 63);
      i += 8;
    }
    if (i >= n || count >= max) break;
    unsigned c = u[i];
    int word, joiner;
    if (c < 0x80) {
      if (ascii_alnum[c]) {
        if (!in) {
          if (count == max) break;
          count++;
          in = 1;
        }
        for (i++; i < n && word_byte[u[i]]; i++) {}
        continue;
      }
      word = 0;
      joiner = c == '\'' || c == '-';
      i++;
    } else {
      int32_t cp = nw_utf8_next(s, n, &i);
      word = is_word_char(cp);
      joiner = !word && is_word_joiner(cp);
    }
    if (word) {
      if (!in) {
        if (count == max) break;
        count++;
        in = 1;
      }
      continue;
    }
    if (joiner && in && i < n) {
      size_t peek = i;
      if (is_word_char(nw_utf8_next_fast(s, n, &peek))) {
        i = peek;
        continue;
      }
    }
    in = 0;
  }
  return count < max ? count : max;
}

size_t nw_count_words(const char *s, size_t n) { return nw_count_words_max(s, n, SIZE_MAX); }
