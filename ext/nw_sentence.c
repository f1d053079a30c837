/*
** nw_sentence.c — sentence boundaries (rules in nw_sentence.h).
*/
#include "nw_sentence.h"

#include <stdint.h>
#include <string.h>

#include "nw_lex.h"
#include "nw_text.h"

#define ONES 0x0101010101010101ull
#define HIGH (ONES * 0x80)
/* The lanes of the bytes 0 of w (exact for the lowest: a borrow only moves
** up from a zero byte, and a byte >= 0x80 lends none). */
static inline uint64_t zero_lanes(uint64_t w) { return (w - ONES) & ~w & HIGH; }

/* nw_utf8_prev() with the ASCII case inline (the scans below decode most
** characters one at a time, forward with nw_utf8_next_fast(); every call
** has a character before i). */
static inline int32_t prev_cp(const char *s, size_t i, size_t *start) {
  if (i > 0 && (unsigned char)s[i - 1] < 0x80) {
    *start = i - 1;
    return (unsigned char)s[i - 1];
  }
  return nw_utf8_prev(s, i, start);
}

/* Abbreviations are short: a longer word before a period is never one, and
** bounding the look-back keeps the scan linear on pathological input. */
#define MAX_ABBREV_BYTES 24

static int is_terminator(int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F || cp == 0xFF0E || cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}

static int is_cjk_terminator(int32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E;
}

static int is_closer(int32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || (nw_quote_mark(cp) & NW_QM_CLOSE);
}

static int is_opener(int32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || (nw_quote_mark(cp) & NW_QM_OPEN);
}

static int32_t cp_at(const char *s, size_t n, size_t i) {
  size_t k = i;
  return i < n ? nw_utf8_next_fast(s, n, &k) : -1;
}

/* The word that ends at byte `end` (just before a period): back to white
** space, without leading brackets or quotes.  Returns its start, or `end`
** when it is too long to be an abbreviation. */
static size_t word_before(const char *s, size_t end) {
  size_t i = end;
  while (i > 0 && end - i <= MAX_ABBREV_BYTES) {
    size_t at;
    int32_t cp = prev_cp(s, i, &at);
    if (cp < 0 || nw_is_space(cp)) break;
    i = at;
  }
  if (end - i > MAX_ABBREV_BYTES) return end;
  while (i < end) {
    size_t k = i;
    int32_t cp = nw_utf8_next_fast(s, end, &k);
    if (!is_opener(cp) && cp != '"' && cp != '\'') break;
    i = k;
  }
  return i;
}

/* A single letter in uppercase (`J` of `J. Smith`, `W` of `George W.`). */
static int is_initial(const char *s, size_t a, size_t b) {
  size_t k = a;
  int32_t cp = nw_utf8_next_fast(s, b, &k);
  return k == b && nw_is_upper(cp);
}

/* Letters separated by periods: `U.S`, `a.m`, `U.N`. */
static int is_dotted(const char *s, size_t a, size_t b) {
  int dots = 0, run = 0;
  for (size_t k = a; k < b;) {
    int32_t cp = nw_utf8_next_fast(s, b, &k);
    if (cp == '.') {
      if (run == 0) return 0;
      dots++, run = 0;
    } else if (nw_is_letter(cp) && run < 3) {
      run++;
    } else {
      return 0;
    }
  }
  return dots > 0 && run > 0;
}

/* The next word after white space at i: [*a, *b), skipping opening quotes
** and brackets.  Returns its first code point, or -1. */
static int32_t next_word(const char *s, size_t n, size_t i, size_t *a, size_t *b) {
  while (i < n) {
    size_t k = i;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (!nw_is_space(cp) && !is_opener(cp) && cp != '"' && cp != '\'') break;
    i = k;
  }
  *a = *b = i;
  if (i >= n) return -1;
  int32_t first = cp_at(s, n, i);
  size_t k = i;
  while (k < n) {
    size_t at = k;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (!nw_is_alnum(cp)) {
      k = at;
      break;
    }
  }
  *b = k;
  return first;
}

/* Does the next word (next_word()'s first code point and [a, b)) start a
** sentence strongly? */
static int starts_sentence_strongly(const char *s, int32_t first, size_t a, size_t b) {
  if (first < 0) return 1;
  return nw_is_upper(first) && b > a && nw_lex_is_starter(nw_lex(), s + a, b - a);
}

/* `a.m` or `p.m` (any case) in [w, e)? */
static int is_clock_suffix(const char *s, size_t w, size_t e) {
  return e - w == 3 && ((s[w] | 0x20) == 'a' || (s[w] | 0x20) == 'p') && s[w + 1] == '.' &&
         (s[w + 2] | 0x20) == 'm';
}

/* Does the word [a, b) after a time of day go on with it: a day, a month
** or a time zone (`4 p.m. Monday`, `9 a.m. ET`, `p.m. Eastern`)? */
static int time_goes_on(const char *s, size_t a, size_t b) {
  static const char *const words[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues",
      "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST",
      "MDT", "PT", "PST", "PDT", "AT", "AST", "ADT", "NT", "NST", "NDT", "GMT", "UTC", "BST", "CET", "CEST",
      "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Newfoundland", "local", "Local", "Today",
      "Tonight", "Tomorrow", "Yesterday", NULL};
  for (int k = 0; words[k]; k++)
    if (strlen(words[k]) == b - a && memcmp(s + a, words[k], b - a) == 0) return 1;
  return 0;
}

int nw_sentence_ends_at(const char *s, size_t n, size_t term_start, size_t i) {
  size_t j = i;
  while (j < n) {
    size_t k = j;
    if (!nw_is_space(nw_utf8_next_fast(s, n, &k))) break;
    j = k;
  }
  if (j >= n) return 1;
  int32_t next = cp_at(s, n, j);
  if (next == ',' || next == ';' || next == ':' || is_closer(next)) {
    /* `?” he said` is handled below; a lone closer after space is odd text */
    if (!(nw_quote_mark(next) & NW_QM_OPEN)) return 0;
  }

  /* the word after the space, read once for the tests below */
  size_t a, b;
  int32_t first = next_word(s, n, j, &a, &b);
  int single_period = s[term_start] == '.' && !(term_start + 1 < n && s[term_start + 1] == '.') &&
                      !(term_start > 0 && s[term_start - 1] == '.');
  if (single_period) {
    size_t w = word_before(s, term_start);
    if (w < term_start) {
      const nw_lexicon *lx = nw_lex();
      int cls = nw_map_get(&lx->abbrev, s + w, term_start - w, NW_ABBR_NONE);
      if (cls == NW_ABBR_NONE && (is_initial(s, w, term_start) || is_dotted(s, w, term_start)))
        cls = NW_ABBR_COMMON;
      switch (cls) {
        case NW_ABBR_TITLE:
          return 0;
        case NW_ABBR_NUMBER:
        case NW_ABBR_MONTH:
          if (nw_is_digit(first)) return 0;
          return starts_sentence_strongly(s, first, a, b);
        case NW_ABBR_PLACE:
        case NW_ABBR_COMMON:
          /* `etc.` closes a list: any capital after it opens a sentence */
          if (term_start - w == 3 && memcmp(s + w, "etc", 3) == 0 && first >= 0 && nw_is_upper(first)) return 1;
          /* `at 4 p.m. Officials said`: after a time of day, a capital opens
          ** a sentence unless it goes on with the day or the time zone */
          if (is_clock_suffix(s, w, term_start) && first >= 0 && nw_is_upper(first)) return !time_goes_on(s, a, b);
          return starts_sentence_strongly(s, first, a, b);
        default:
          break;
      }
    }
  }
  /* After any terminator: a sentence does not go on in lowercase. */
  return !nw_is_lower(first);
}

void nw_sentencer_init(nw_sentencer *st, const char *s, size_t n) {
  st->s = s;
  st->n = n;
  st->pos = 0;
  st->paragraph = 0;
  st->started = 0;
}

/* Skips white space from *i; returns how many line breaks it crossed. */
static int skip_space(const char *s, size_t n, size_t *i) {
  int breaks = 0;
  while (*i < n) {
    size_t k = *i;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (!nw_is_space(cp)) break;
    if (cp == '\n' || cp == 0x2029) breaks++;
    *i = k;
  }
  return breaks;
}

/* At a single line break: does the sentence go on into the next line?  It
** does when the next line starts in lowercase or the line stops where no
** sentence stops (a comma, hyphen, opening bracket, or a period the
** terminator rule already judged an abbreviation). */
static int line_continues(const char *s, size_t n, size_t line_start, size_t nl, size_t next) {
  int32_t first = cp_at(s, n, next);
  if (nw_is_lower(first)) return 1;
  size_t i = nl, at;
  while (i > line_start) {
    int32_t cp = prev_cp(s, i, &at);
    if (cp < 0) return 0;
    if (!nw_is_space(cp)) return cp == ',' || cp == '.' || nw_is_dash(cp) || is_opener(cp);
    i = at;
  }
  return 0;
}

int nw_sentence_next(nw_sentencer *st, size_t *start, size_t *end, int *paragraph) {
  const char *s = st->s;
  size_t n = st->n, i = st->pos;
  int breaks = skip_space(s, n, &i);
  if (i >= n) {
    st->pos = n;
    return 0;
  }
  if (st->started && breaks >= 2) st->paragraph++;
  *start = i;
  size_t stop = n;
  while (i < n) {
    /* skip what cannot end a sentence: ASCII other than a line break or
    ** . ! ? (eight bytes at a time) */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      uint64_t stops = (w & HIGH) | zero_lanes(w ^ (ONES * '\n')) | zero_lanes(w ^ (ONES * '.')) |
                       zero_lanes(w ^ (ONES * '!')) | zero_lanes(w ^ (ONES * '?'));
      if (stops) {
        i += (size_t)__builtin_ctzll(stops) >> 3; /* the bytes before the first */
        break;
      }
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 && c != '\n' && c != '.' && c != '!' && c != '?') {
      i++;
      continue;
    }
    if (c == '\n') {
      size_t j = i + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
      if (j >= n || s[j] == '\n' || !line_continues(s, n, *start, i, j)) {
        stop = i;
        break;
      }
      i = j;
      continue;
    }
    size_t k = i;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (!is_terminator(cp)) {
      i = k;
      continue;
    }
    size_t term = i;
    while (k < n) { /* the run of terminators and closers: `?!”)` */
      size_t m = k;
      int32_t c2 = nw_utf8_next_fast(s, n, &m);
      if (!is_terminator(c2) && !is_closer(c2)) break;
      k = m;
    }
    if (k >= n) {
      stop = k;
      break;
    }
    size_t m = k;
    if (is_cjk_terminator(cp)) { /* CJK text puts no space after its stops */
      stop = k;
      break;
    }
    if (nw_is_space(nw_utf8_next_fast(s, n, &m)) && nw_sentence_ends_at(s, n, term, k)) {
      stop = k;
      break;
    }
    i = k;
  }
  size_t e = stop;
  while (e > *start) {
    size_t at;
    int32_t cp = prev_cp(s, e, &at);
    if (cp < 0 || !nw_is_space(cp)) break;
    e = at;
  }
  *end = e;
  *paragraph = st->paragraph;
  st->pos = stop;
  st->started = 1;
  return 1;
}
