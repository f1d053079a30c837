/*
** nw_article.c — article parsing (what it does is in nw_article.h).
*/
#include "nw_article.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nw_lex.h"
#include "nw_markup.h"
#include "nw_token.h"
#include "nw_words.h"

enum { DROP = 0, KEEP = 1 };

/* What the rules about lines ask of one: its first character and whether
** it ends a sentence (shape_start), its words and characters (shape_words)
** and its page vocabulary (shape_vocabulary), the last two worked out when
** a rule first asks (most paragraphs fail cheaper tests first). */
typedef struct nw_para_shape {
  size_t words, ui, section, other, chars;
  int ends_sentence;    /* last character is . ! ? or a closing quote after one */
  int32_t first;        /* first code point */
  int known;            /* (a paragraph's, in nw_article.shapes: started) */
  int counted, looked;  /* words and chars; ui, section and other: worked out */
  size_t word_a, word_b; /* (looked) its first word, when word_b > 0 */
} para_shape;

void nw_article_init(nw_article *a) { memset(a, 0, sizeof *a); }

void nw_article_free(nw_article *a) {
  nw_buf_free(&a->title);
  nw_buf_free(&a->byline);
  nw_buf_free(&a->body);
  nw_buf_free(&a->clean);
  nw_buf_free(&a->joined);
  nw_buf_free(&a->plain);
  free(a->paras);
  free(a->keep);
  free(a->shapes);
  memset(a, 0, sizeof *a);
}

int nw_is_binary(const char *raw, size_t n) {
  const unsigned char *u = (const unsigned char *)raw;
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) return 0;
  return memchr(raw, 0, n < 4096 ? n : 4096) != NULL;
}

/* ------------------------------------------------------------ small helpers */

static int is_blank_cp(int32_t cp) {
  return nw_is_space(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0x200E || cp == 0x200F;
}

/* is_blank_cp() of an ASCII character. */
static inline int ascii_blank(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* Trims white space (and invisible marks) from both ends of s[*a..*b). */
static inline __attribute__((always_inline)) void trim(const char *s, size_t *a, size_t *b) {
  while (*a < *b) {
    unsigned char c = (unsigned char)s[*a];
    if (c < 0x80) { /* (most characters) */
      if (!ascii_blank(c)) break;
      (*a)++;
      continue;
    }
    size_t k = *a;
    if (!is_blank_cp(nw_utf8_next(s, *b, &k))) break;
    *a = k;
  }
  while (*b > *a) {
    unsigned char c = (unsigned char)s[*b - 1];
    if (c < 0x80) {
      if (!ascii_blank(c)) break;
      (*b)--;
      continue;
    }
    size_t at;
    int32_t cp = nw_utf8_prev(s, *b, &at);
    if (cp < 0 || !is_blank_cp(cp)) break;
    *b = at;
  }
}

static int push_para(nw_article *a, size_t start, size_t len) {
  if (a->npara == a->cap) {
    size_t cap = a->cap ? a->cap * 2 : 64;
    nw_span *p = realloc(a->paras, cap * sizeof *p);
    if (!p) return -1;
    a->paras = p;
    unsigned char *k = realloc(a->keep, cap);
    if (!k) return -1;
    a->keep = k;
    para_shape *sh = realloc(a->shapes, cap * sizeof *sh);
    if (!sh) return -1;
    a->shapes = sh;
    a->cap = cap;
  }
  a->paras[a->npara] = (nw_span){start, len};
  a->keep[a->npara] = KEEP;
  a->shapes[a->npara].known = 0;
  a->npara++;
  return 0;
}

static int is_digit_at(const char *s, size_t i) { return s[i] >= '0' && s[i] <= '9'; }

/* ` date 2023-03-22 ...`: fills date and moves *i past the header. */
static void parse_date_header(const char *s, size_t n, size_t *i, char date[11]) {
  size_t k = *i;
  while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n')) k++;
  if (n - k < 15 || strncasecmp(s + k, "date", 4) != 0) return;
  k += 4;
  if (k < n && s[k] == ':') k++;
  if (k >= n || (s[k] != ' ' && s[k] != '\t')) return;
  while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
  if (n - k < 10) return;
  const char *d = s + k;
  for (int j = 0; j < 10; j++)
    if ((j == 4 || j == 7) ? d[j] != '-' : !is_digit_at(d, (size_t)j)) return;
  if (k + 10 < n && !(s[k + 10] == ' ' || s[k + 10] == '\t' || s[k + 10] == '\n')) return;
  int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return;
  memcpy(date, d, 10);
  date[10] = 0;
  *i = k + 10;
}

/* ------------------------------------------------------------ paragraphs */

typedef struct line_info {
  size_t start, end;   /* trimmed */
  int after_blank;     /* a blank line (or the text start) precedes it */
  size_t chars;        /* (looks_wrapped's count of its characters) */
} line_info;

/* Text hard-wrapped at a fixed width: most lines run on into the next one,
** at nearly the same length, never much past 100 characters. */
static int looks_wrapped(const char *s, line_info *ln, size_t count) {
  size_t inner = 0, max = 0, nonempty = count;
  for (size_t i = 0; i + 1 < count; i++) inner += !ln[i + 1].after_blank;
  if (inner < 10 || inner * 2 < nonempty) return 0; /* (before the lengths: most texts) */
  for (size_t i = 0; i + 1 < count; i++) {
    if (ln[i + 1].after_blank) continue;
    ln[i].chars = nw_cp_count(s + ln[i].start, ln[i].end - ln[i].start);
    if (ln[i].chars > 100) return 0; /* (the longest is past 100: no need to count on) */
    if (ln[i].chars > max) max = ln[i].chars;
  }
  if (max < 50) return 0;
  size_t near = 0;
  for (size_t i = 0; i + 1 < count; i++)
    if (!ln[i + 1].after_blank && ln[i].chars * 10 >= max * 6) near++;
  return near * 10 >= inner * 8;
}

/* The lines of a text: on the stack for most texts, on the heap past that. */
typedef struct line_list {
  line_info *ln;
  size_t count, cap;
  line_info local[128];
} line_list;

static int push_line(line_list *l, line_info line) {
  if (l->count == l->cap) {
    line_info *p = l->ln == l->local ? malloc(2 * l->cap * sizeof *p) : realloc(l->ln, 2 * l->cap * sizeof *p);
    if (!p) return -1;
    if (l->ln == l->local) memcpy(p, l->local, sizeof l->local);
    l->ln = p;
    l->cap *= 2;
  }
  l->ln[l->count++] = line;
  return 0;
}

/* Splits text[from..n) into paragraphs: one per line, or one per block of
** lines when the text is hard-wrapped. */
static int split_paragraphs(nw_article *a, const char *s, size_t from, size_t n) {
  line_list lines;
  lines.ln = lines.local, lines.count = 0, lines.cap = sizeof lines.local / sizeof *lines.local;
  int blank = 1;
  size_t i = from;
  while (i < n) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - s) : n;
    size_t x = i, y = e;
    trim(s, &x, &y);
    if (y > x) {
      if (push_line(&lines, (line_info){x, y, blank, 0})) {
        if (lines.ln != lines.local) free(lines.ln);
        return -1;
      }
      blank = 0;
    } else {
      blank = 1;
    }
    i = e + 1;
  }
  int rc = 0;
  line_info *ln = lines.ln;
  size_t count = lines.count;
  if (looks_wrapped(s, ln, count)) {
    a->joined.n = 0;
    for (size_t k = 0; k < count && !rc; k++) {
      size_t start = a->joined.n;
      nw_buf_append(&a->joined, s + ln[k].start, ln[k].end - ln[k].start);
      while (k + 1 < count && !ln[k + 1].after_blank) {
        k++;
        nw_buf_putc(&a->joined, ' ');
        nw_buf_append(&a->joined, s + ln[k].start, ln[k].end - ln[k].start);
      }
      rc = a->joined.oom ? -1 : push_para(a, start, a->joined.n - start);
    }
  } else {
    for (size_t k = 0; k < count && !rc; k++) rc = push_para(a, ln[k].start, ln[k].end - ln[k].start);
  }
  if (lines.ln != lines.local) free(lines.ln);
  return rc;
}

/* ------------------------------------------------------------ judging lines */

static int lookup_boiler(const char *s, size_t n) {
  char low[32];
  if (n >= sizeof low) return NW_BOILER_NONE;
  if (n - 1 < 16) { /* a short ASCII word (most): lowercased a machine word at a time */
    uint64_t w0 = nw_load_short(s, n < 8 ? n : 8), w1 = n > 8 ? nw_load_short(s + 8, n - 8) : 0;
    if (!((w0 | w1) & (NW_ONES * 0x80))) {
      int caps;
      w0 = nw_word_lower(w0, &caps), w1 = nw_word_lower(w1, &caps);
      const nw_map_slot *slot = nw_map_find_words(&nw_lex()->boiler, w0, w1, n);
      return slot ? slot->value : NW_BOILER_NONE;
    }
  }
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {  /* `’` in editor’s: fold to ' */
      if (i + 2 < n && c == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
        char copy[32];
        size_t k = 0;
        for (size_t j = 0; j < n && k + 1 < sizeof copy; j++) {
          if (j == i) {
            copy[k++] = '\'';
            j += 2;
          } else {
            copy[k++] = (char)(((unsigned char)s[j] >= 'A' && (unsigned char)s[j] <= 'Z') ? s[j] + 32 : s[j]);
          }
        }
        return nw_map_get(&nw_lex()->boiler, copy, k, NW_BOILER_NONE);
      }
      return NW_BOILER_NONE;
    }
    low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  return nw_map_get(&nw_lex()->boiler, low, n, NW_BOILER_NONE);
}

/* Every rule below looks at paragraphs of at most 25 words, so counting
** stops after 26: a long paragraph costs no more than a short one. */
#define SHAPE_MAX_WORDS 26

/* Page vocabulary matters only to lines of at most 10 words made only of it
** (is_furniture, is_link_label): past that, or after an ordinary word, ui,
** section and other are no longer exact. */
#define SHAPE_VOCABULARY_WORDS 10

/* A line's first character and whether it ends a sentence. */
static para_shape shape_start(const char *s, size_t n) {
  para_shape sh = {0};
  size_t k = 0;
  sh.first = n ? nw_utf8_next_fast(s, n, &k) : -1;
  unsigned char last = n ? (unsigned char)s[n - 1] : 0;
  if (last - 1u < 0x7F && last != ')' && last != '"' && last != '\'') { /* (most lines: no mark to skip) */
    sh.ends_sentence = last == '.' || last == '!' || last == '?';
    return sh;
  }
  size_t end = n;
  for (int guard = 0; end > 0 && guard < 3; guard++) {  /* skip closing quotes/brackets */
    size_t at;
    int32_t cp = nw_utf8_prev(s, end, &at);
    if (cp == ')' || (nw_quote_mark(cp) & NW_QM_CLOSE)) end = at;
    else break;
  }
  if (end > 0) {
    size_t at;
    int32_t cp = nw_utf8_prev(s, end, &at);
    sh.ends_sentence = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
  }
  return sh;
}

/* The words of line s[0..n) of shape sh (at most SHAPE_MAX_WORDS), with its
** characters, counted when first asked. */
static size_t shape_words(para_shape *sh, const char *s, size_t n) {
  if (!sh->counted) {
    sh->words = nw_count_words_max(s, n, SHAPE_MAX_WORDS);
    /* only compared with small limits, and only for lines of at most 25 words */
    sh->chars = n > 800 || sh->words >= SHAPE_MAX_WORDS ? 800 : nw_cp_count(s, n);
    sh->counted = 1;
  }
  return sh->words;
}

/* The page vocabulary of its first words, up to the first ordinary one,
** looked up when first asked. */
static void shape_vocabulary(para_shape *sh, const char *s, size_t n) {
  if (sh->looked) return;
  sh->looked = 1;
  size_t i = 0, a, b;
  for (int k = 0; k < SHAPE_VOCABULARY_WORDS && !sh->other && nw_next_word(s, n, &i, &a, &b); k++) {
    if (k == 0) sh->word_a = a, sh->word_b = b;
    switch (lookup_boiler(s + a, b - a)) {
      case NW_BOILER_SECTION: /* a section word is also a ui word */
        sh->section++;
        sh->ui++;
        break;
      case NW_BOILER_UI: sh->ui++; break;
      case NW_BOILER_FILLER: break;
      default: sh->other++;
    }
  }
}

/* All of it (a short line looked at once). */
static para_shape shape_of(const char *s, size_t n) {
  para_shape sh = shape_start(s, n);
  shape_words(&sh, s, n);
  shape_vocabulary(&sh, s, n);
  return sh;
}

/* The shape of paragraph i of text s, started once (the headline's and the
** byline's search and drop_furniture ask about the same lines). */
static para_shape *para_shape_of(nw_article *a, const char *s, size_t i) {
  para_shape *sh = &a->shapes[i];
  if (!sh->known) {
    *sh = shape_start(s + a->paras[i].start, a->paras[i].len);
    sh->known = 1;
  }
  return sh;
}

/* Furniture: few words, all of them page vocabulary, one at least a ui word. */
static int is_furniture(para_shape *sh, const char *s, size_t n) {
  shape_vocabulary(sh, s, n);
  if (sh->other || !sh->ui) return 0;
  size_t words = shape_words(sh, s, n);
  return words > 0 && words <= 10;
}

/* A line shaped like a headline: short, no closing punctuation. */
static int is_headline_shaped(para_shape *sh, const char *s, size_t n) {
  if (sh->ends_sentence) return 0;
  size_t words = shape_words(sh, s, n);
  return words >= 1 && words <= 25 && sh->chars <= 200;
}

/* (the lists below are lowercase: a word's first letter, in either case,
** picks the entries worth comparing) */
static int word_is(const char *s, size_t a, size_t b, const char *const *list) {
  if (b <= a) return 0;
  char first = (char)(s[a] | 0x20);
  for (int i = 0; list[i]; i++)
    if (list[i][0] == first && strlen(list[i]) == b - a && strncasecmp(s + a, list[i], b - a) == 0) return 1;
  return 0;
}

/* `Photo: X`, `(Image: AP)`, `Photo by X/Getty Images`, `Picture credit - X`. */
static int is_credit(const char *s, size_t n, para_shape *sh) {
  /* (a set: asked of every paragraph's first word, which its sieve mostly
  ** rules out at once) */
  NW_WORDS(media, "photo", "photos", "image", "images", "picture", "pictures", "photograph", "illustration", "credit",
           "credits", "video", "graphic", "file", "caption");
  static const char *const link[] = {"credit", "credits", "courtesy", "by", "source", "photo", "caption", NULL};
  shape_vocabulary(sh, s, n); /* (its first word: the one after any ( [ or space) */
  size_t i = sh->word_b, a = sh->word_a, b = sh->word_b;
  if (!b || !nw_words_has(&media, s + a, b - a)) return 0;
  size_t words = shape_words(sh, s, n);
  if (words > 20 || ((s[0] == '(' || s[0] == '[' || s[0] == ' ') && words > 12)) return 0;
  size_t after = i;
  if (nw_next_word(s, n, &i, &a, &b) && word_is(s, a, b, link) &&
      !(b - a == 5 && strncasecmp(s + a, "photo", 5) == 0 && words > 3)) {
    if (strncasecmp(s + a, "by", 2) == 0 && b - a == 2) return 1;
    after = b;
  }
  while (after < n && s[after] == ' ') after++;
  if (after >= n) return 0;
  size_t k = after;
  int32_t cp = nw_utf8_next(s, n, &k);
  return cp == ':' || cp == '|' || cp == '/' || nw_is_dash(cp);
}

/* `Home » News » Headline`: returns the last segment through *t. */
static inline __attribute__((always_inline)) int is_breadcrumb(const char *s, size_t n, size_t *ta, size_t *tb) {
  if (n < 6 || (s[0] | 0x20) != 'h' || strncasecmp(s, "home", 4) != 0) return 0;
  size_t i = 4, last = 0;
  int seps = 0;
  while (i < n) {
    size_t at = i;
    int32_t cp = nw_utf8_next(s, n, &i);
    if (cp == 0xBB || cp == 0x203A || cp == '>' || cp == '/' || cp == '|' || cp == 0x2192) {
      if (seps == 0 && at > 6) {  /* the separator must follow "Home" */
        size_t x = 4, y = at;
        trim(s, &x, &y);
        if (y > x) return 0;
      }
      seps++;
      last = i;
    } else if (seps == 0 && !nw_is_space(cp)) {
      return 0;
    }
  }
  if (!seps) return 0;
  *ta = last;
  *tb = n;
  trim(s, ta, tb);
  return 1;
}

/* A navigation bar: several ` | ` separators between short items. */
static int is_nav_bar(const char *s, size_t n, para_shape *sh) {
  if (sh->ends_sentence) return 0; /* (before the bars are counted: most lines) */
  size_t bars = 0;
  for (const char *p = n > 2 ? memchr(s + 1, '|', n - 2) : NULL; p; p = memchr(p + 1, '|', (size_t)(s + n - 1 - (p + 1))))
    if (p[-1] == ' ' && p[1] == ' ') bars++;
  return bars >= 3 && shape_words(sh, s, n) <= bars * 4 + 4;
}

/* The first words of s, up to max: their byte spans; returns how many. */
static size_t first_words(const char *s, size_t n, size_t max, size_t *a, size_t *b) {
  size_t i = 0, k = 0;
  while (k < max && nw_next_word(s, n, &i, &a[k], &b[k])) k++;
  return k;
}

static int word_is_ci(const char *s, size_t a, size_t b, const char *w) {
  return b - a == strlen(w) && strncasecmp(s + a, w, b - a) == 0;
}

/* A month's or weekday's name, full or short (`March`, `Mar`, `Tue`). */
static int is_calendar_word(const char *s, size_t a, size_t b) {
  static const char *const names[] = {"january", "february", "march", "april", "may", "june", "july",
                                      "august", "september", "october", "november", "december",
                                      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                      "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
                                      "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
                                      "thurs", "fri", "sat", "sun", NULL};
  return word_is(s, a, b, names);
}

/* Can a time stamp start with c: P, U, M, L or F in either case
** (`Published`, `Updated`, `Modified`, `Last updated`, `First published`)?
** (A bit of a mask: no call to memchr for a line's first byte.) */
static inline int stamp_initial(char c) {
  unsigned k = ((unsigned char)c | 0x20) - 'a';
  return k < 26 && (1u << ('p' - 'a') | 1u << ('u' - 'a') | 1u << ('m' - 'a') | 1u << ('l' - 'a') | 1u << ('f' - 'a')) >> k & 1;
}

/* `Published: March 3, 2023 at 10:15 a.m.`, `Updated 4:02 PM`, `Last
** updated on Tuesday`: when the page was published or changed.  The word
** after the label must be a date or time (`Updated figures show` is text). */
static inline __attribute__((always_inline)) int is_timestamp(const char *s, size_t n, para_shape *sh) {
  static const char *const labels[] = {"published", "posted", "updated", "modified", NULL};
  static const char *const joints[] = {"on", "at", NULL};
  if (n < 6 || !stamp_initial(s[0]) || shape_words(sh, s, n) > 24) return 0; /* cheap tests first */
  size_t a[4], b[4], k = first_words(s, n, 4, a, b), w = 0;
  if (k < 2) return 0;
  if (word_is_ci(s, a[0], b[0], "last") || word_is_ci(s, a[0], b[0], "first")) w++;
  if (!word_is(s, a[w], b[w], labels)) return 0;
  w++;
  if (w < k && word_is(s, a[w], b[w], joints)) w++;
  return w < k && (is_digit_at(s, a[w]) || is_calendar_word(s, a[w], b[w]));
}

/* ------------------------------------------------------------ date lines */

/* The words of a short line, ASCII letters or digits only (`March`, `14`,
** `2024`); other bytes separate them.  Returns how many, up to max. */
#define DATE_LINE_WORDS 12
static int ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((unsigned)(c | 0x20) - 'a' < 26u); }

static size_t ascii_words(const char *s, size_t n, size_t max, size_t *a, size_t *b) {
  size_t k = 0, i = 0;
  while (i < n && k < max) {
    while (i < n && !ascii_alnum(s[i])) i++;
    if (i >= n) break;
    a[k] = i;
    while (i < n && ascii_alnum(s[i])) i++;
    b[k++] = i;
  }
  return k;
}

static int month_number(const char *s, size_t a, size_t b) {
  static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"};
  static const char *const shorts[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"};
  char first = b > a ? (char)(s[a] | 0x20) : 0; /* (a month's three names share their first letter) */
  for (int m = 0; m < 12; m++) {
    if (months[m][0] != first) continue;
    if ((b - a == strlen(months[m]) && strncasecmp(s + a, months[m], b - a) == 0) ||
        (b - a == 3 && strncasecmp(s + a, shorts[m], 3) == 0) || (m == 8 && b - a == 4 && strncasecmp(s + a, "sept", 4) == 0))
      return m + 1;
  }
  return 0;
}

/* A number of 1 to max digits in [a, b), or -1. */
static int number_of(const char *s, size_t a, size_t b, size_t max) {
  if (b <= a || b - a > max) return -1;
  int v = 0;
  for (size_t i = a; i < b; i++) {
    if (!is_digit_at(s, i)) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

static int set_date(char date[11], int y, int m, int d) {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  const int parts[3] = {y, m, d}, widths[3] = {4, 2, 2};
  size_t at = 0;
  for (int p = 0; p < 3; p++) {
    if (p) date[at++] = '-';
    for (int w = widths[p], v = parts[p]; w-- > 0; v /= 10) date[at + (size_t)w] = (char)('0' + v % 10);
    at += (size_t)widths[p];
  }
  date[10] = 0;
  return 1;
}

/* A line that is only a date, or a time stamp's label and a date: `March
** 14, 2024`, `Thursday, Mar. 14, 2024 9:30 a.m. ET`, `14 March 2024`,
** `2024-03-14`, `Published: March 3, 2023 at 10:15 a.m.`, `Posted Mar 3,
** 2023` (up to a `|`).  Fills date (YYYY-MM-DD) and returns 1; *updated
** tells a change's stamp (`Updated`, `Last modified`) from the
** publication's. */
static int date_line(const char *s, size_t n, char date[11], int *updated) {
  static const char *const labels[] = {"published", "posted", "updated", "modified", "last", "first", "on", "at",
                                       "date", NULL};
  static const char *const changes[] = {"updated", "modified", NULL};
  static const char *const times[] = {"am", "pm", "a", "m", "p", "et", "est", "edt", "pt", "pst", "pdt", "ct",
                                      "cst", "cdt", "mt", "mst", "mdt", "at", "utc", "gmt", "bst", NULL};
  /* `Published: May 2, 2023 | Updated: 4:02 p.m.`: a short line's stamps
  ** (not `March 14, 2024 | VICTORIA - The ferry will stop ...`, a lede) */
  const char *bar = n <= 80 ? memchr(s, '|', n) : NULL;
  if (bar) n = (size_t)(bar - s);
  if (n < 8 || n > 80) return 0;
  size_t a[DATE_LINE_WORDS], b[DATE_LINE_WORDS], k = ascii_words(s, n, DATE_LINE_WORDS, a, b), w = 0;
  if (k == DATE_LINE_WORDS) return 0; /* (a sentence, not a stamp) */
  *updated = 0;
  while (w < k && word_is(s, a[w], b[w], labels)) *updated |= word_is(s, a[w], b[w], changes), w++;
  if (w < k && is_calendar_word(s, a[w], b[w]) && !month_number(s, a[w], b[w])) w++; /* a weekday */
  if (w + 3 > k) return 0;
  int y, m, d, ok = 0;
  if ((m = month_number(s, a[w], b[w])) && (d = number_of(s, a[w + 1], b[w + 1], 2)) > 0 &&
      (y = number_of(s, a[w + 2], b[w + 2], 4)) > 0) {
    ok = set_date(date, y, m, d); /* `March 14, 2024` */
  } else if ((d = number_of(s, a[w], b[w], 2)) > 0 && (m = month_number(s, a[w + 1], b[w + 1])) &&
             (y = number_of(s, a[w + 2], b[w + 2], 4)) > 0) {
    ok = set_date(date, y, m, d); /* `14 March 2024` */
  } else if ((y = number_of(s, a[w], b[w], 4)) > 999 && (m = number_of(s, a[w + 1], b[w + 1], 2)) > 0 &&
             (d = number_of(s, a[w + 2], b[w + 2], 2)) > 0 && s[b[w]] == '-') {
    ok = set_date(date, y, m, d); /* `2024-03-14` */
  }
  if (!ok) return 0;
  /* after the date only a time of day may follow (`9:30 a.m. ET`) */
  for (size_t r = w + 3; r < k; r++)
    if (number_of(s, a[r], b[r], 2) < 0 && !word_is(s, a[r], b[r], times)) return date[0] = 0, 0;
  return 1;
}

/* Takes the date of a date line at [t, t + n) when the article has none yet,
** or has only a change's; returns 1 for a date line. */
static int note_date_line(nw_article *a, const char *t, size_t n) {
  char date[11];
  int updated;
  if (!date_line(t, n, date, &updated)) return 0;
  if (!a->date[0] || (a->date_updated && !updated)) {
    memcpy(a->date, date, sizeof date);
    a->date_updated = updated;
  }
  return 1;
}

/* `Copyright 2023 The Canadian Press`, `© 2023 Reuters. All rights
** reserved.`: a year soon after the mark, or the reservation itself. */
static int is_copyright(const char *s, size_t n, para_shape *sh) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '(')) i++;
  /* (the first letters before the calls: most lines are none of these) */
  int mark = (n - i >= 2 && memcmp(s + i, "\xC2\xA9", 2) == 0) ||
             (n - i >= 9 && (s[i] | 0x20) == 'c' && strncasecmp(s + i, "copyright", 9) == 0) ||
             (n - i >= 3 && s[i] == '(' && strncasecmp(s + i, "(c)", 3) == 0);
  if (mark) {
    size_t a[3], b[3], k = first_words(s, n, 3, a, b);
    for (size_t w = 0; w < k; w++)
      if (b[w] - a[w] == 4 && is_digit_at(s, a[w]) && (s[a[w]] == '1' || s[a[w]] == '2')) return shape_words(sh, s, n) <= 20;
  }
  size_t end = n; /* `... All rights reserved.` ends the line */
  while (end > 0 && (s[end - 1] == '.' || s[end - 1] == ' ')) end--;
  return end >= 15 && (s[end - 15] | 0x20) == 'r' && strncasecmp(s + end - 15, "rights reserved", 15) == 0 &&
         shape_words(sh, s, n) <= 20;
}

/* `With files from The Canadian Press`, `Reuters contributed to this
** report`: who helped write it, not what it says. */
static int is_contribution(const char *s, size_t n, para_shape *sh) {
  size_t a[3], b[3], k = n && (s[0] | 0x20) == 'w' ? first_words(s, n, 3, a, b) : 0;
  if (k == 3 && word_is_ci(s, a[0], b[0], "with") && word_is_ci(s, a[1], b[1], "files") && word_is_ci(s, a[2], b[2], "from"))
    return shape_words(sh, s, n) <= 16;
  static const char *const tail = "contributed to this report";
  size_t t = strlen(tail), end = n;
  while (end > 0 && (s[end - 1] == '.' || s[end - 1] == ' ')) end--;
  return end >= t && (s[end - t] | 0x20) == 'c' && strncasecmp(s + end - t, tail, t) == 0 && shape_words(sh, s, n) <= 16;
}

/* `Follow Jane Smith on Twitter @jsmith`, `Follow us on Instagram`: an
** invitation to a social network, not the story. */
#define FOLLOW_LINE_WORDS 12
static int is_follow_line(const char *s, size_t n, para_shape *sh) {
  static const char *const networks[] = {"twitter", "x", "instagram", "facebook", "threads", "bluesky", "linkedin",
                                         "tiktok", "youtube", NULL};
  if (n < 10 || (s[0] | 0x20) != 'f' || strncasecmp(s, "follow ", 7) != 0 || shape_words(sh, s, n) > FOLLOW_LINE_WORDS)
    return 0;
  size_t a[FOLLOW_LINE_WORDS + 1], b[FOLLOW_LINE_WORDS + 1], k = first_words(s, n, FOLLOW_LINE_WORDS + 1, a, b);
  for (size_t w = 1; w + 1 < k; w++)
    if (word_is_ci(s, a[w], b[w], "on") && word_is(s, a[w + 1], b[w + 1], networks)) return 1;
  return 0;
}

/* `READ MORE: headline`, `Related: headline`: a link label and a title. */
static inline __attribute__((always_inline)) int is_link_label(const char *s, size_t n, para_shape *sh) {
  const char *colon = memchr(s, ':', n < 40 ? n : 40);
  if (!colon || sh->ends_sentence || shape_words(sh, s, n) > 25) return 0;
  para_shape head = shape_of(s, (size_t)(colon - s));
  return head.words >= 1 && head.words <= 3 && head.other == 0 && head.ui > 0;
}

/* `by alex`, `By Jane Smith, Reuters`: returns the name through [*na, *nb). */
static int is_byline(const char *s, size_t n, size_t *na, size_t *nb) {
  if (n < 4 || strncasecmp(s, "by", 2) != 0 || !(s[2] == ' ' || s[2] == '\t')) return 0;
  size_t a = 3, b = a;
  while (b < n && s[b] != ',' && s[b] != '|' && s[b] != '\n') {
    size_t k = b;
    int32_t cp = nw_utf8_next(s, n, &k);
    if (cp == 0x2022 || cp == 0x2014 || cp == 0x2013 || (cp == '-' && b > a && s[b - 1] == ' ')) break;
    b = k;
  }
  trim(s, &a, &b);
  if (b <= a) return 0;
  para_shape sh = shape_of(s + a, b - a);
  if (sh.words == 0 || sh.words > 6 || sh.ends_sentence) return 0;
  size_t i = a, wa, wb;
  nw_next_word(s, b, &i, &wa, &wb);
  if (nw_lex_is_starter(nw_lex(), s + wa, wb - wa)) return 0;
  *na = a;
  *nb = b;
  return 1;
}

/* ------------------------------------------------------------ credit lines */

/* A word that may follow an outlet's name in a credit line (`CTV News
** Vancouver`, `The Canadian Press Staff`). */
static int outlet_tail_word(const nw_lexicon *lx, const nw_tokens *t, size_t i, size_t *len) {
  static const char *const staff[] = {"Staff", "News", "Online", "Digital", "Wire", NULL};
  int value;
  int places = nw_phrases_match(&lx->places, t, i, t->ntok - i, &value);
  if (places > 0) return *len = (size_t)places, 1;
  const nw_alias *alias;
  int n = nw_gaz_match(&lx->gaz, t, i, &alias);
  if (n > 0 && (alias->flags & NW_ALIAS_PLACE || lx->gaz.ent[alias->entity].kind == NW_KIND_COUNTRY))
    return *len = (size_t)n, 1;
  for (int k = 0; staff[k]; k++)
    if (nw_tok_is(t, i, staff[k])) return *len = 1, 1;
  return 0;
}

/* Tokens [from, ntok) name a news outlet: a media entry of the gazetteer
** (after an optional `The`), followed at most by two places or staff words. */
static int names_outlet(const nw_lexicon *lx, const nw_tokens *t, size_t from) {
  const nw_alias *alias;
  size_t i = from;
  int n = nw_gaz_match(&lx->gaz, t, i, &alias);
  if (n <= 0 && nw_tok_is(t, i, "The")) n = nw_gaz_match(&lx->gaz, t, ++i, &alias);
  if (n <= 0 || lx->gaz.ent[alias->entity].kind != NW_KIND_MEDIA) return 0;
  i += (size_t)n;
  for (int extra = 0; i < t->ntok; extra++) {
    size_t len;
    if (extra == 2 || !outlet_tail_word(lx, t, i, &len)) return 0;
    i += len;
  }
  return 1;
}

/* Tokens [from, to) are a person's name as credit lines give it: one to
** five capitalized words (`Jane Doe`, `Ana de la Cruz` allows lowercase
** particles inside). */
static int names_author(const nw_tokens *t, size_t from, size_t to) {
  if (to <= from || to - from > 5) return 0;
  for (size_t i = from; i < to; i++) {
    const nw_tok *tok = &t->tok[i];
    if (tok->type != NW_TOK_WORD) return 0;
    if (!(tok->flags & NW_TF_CAP) && (i == from || i + 1 == to)) return 0;
  }
  return 1;
}

/* A credit line: who the article comes from, on a line of its own near the
** top — `Jane Doe, The Canadian Press`, `By Jane Doe | Reuters`, `CTV News
** Vancouver`, `The Associated Press`.  Its last part names a news outlet
** known to the gazetteer, optionally after an author's name and a comma,
** bar or dash.  Returns the author (or the outlet, when no one is named)
** through [*na, *nb) (sh: the line's shape). */
static int is_credit_line(const char *s, size_t n, para_shape *sh, size_t *na, size_t *nb) {
  /* cheap tests first: at most 100 characters (400 bytes), no closing period */
  if (n == 0 || n > 400 || s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!' || sh->ends_sentence) return 0;
  size_t words = shape_words(sh, s, n);
  if (words == 0 || words > 10 || sh->chars > 100) return 0;
  const nw_lexicon *lx = nw_lex();
  nw_tokens t = {0};
  int found = 0;
  if (nw_tokenize_phrase(&t, s, n) == 0 && t.ntok > 0) {
    size_t from = nw_tok_is_ci(&t, 0, "by") ? 1 : 0, cut = t.ntok;
    for (size_t i = from; i < t.ntok; i++)
      if (nw_tok_is(&t, i, ",") || nw_tok_is(&t, i, "|") || (t.tok[i].type == NW_TOK_PUNCT && nw_is_dash(t.tok[i].cp)))
        cut = i;
    if (cut == t.ntok) {
      found = from == 0 && names_outlet(lx, &t, 0);
      if (found) *na = 0, *nb = n;
    } else if (names_author(&t, from, cut) && names_outlet(lx, &t, cut + 1)) {
      found = 1;
      *na = t.tok[from].start;
      *nb = t.tok[cut - 1].end;
    }
  }
  nw_tokens_free(&t);
  return found;
}

/* ------------------------------------------------------------ mastheads */

/* The next segment of a masthead line from *i: up to ` · `, ` • ` or ` | `
** (the separator needs spaces, as pages set it).  Returns 0 at the end. */
static int next_segment(const char *s, size_t n, size_t *i, size_t *sa, size_t *sb) {
  if (*i >= n) return 0;
  size_t a = *i, k = a;
  while (k < n) {
    size_t at = k;
    int32_t cp = nw_utf8_next(s, n, &k);
    if ((cp == 0xB7 || cp == 0x2022 || cp == '|') && at > a && s[at - 1] == ' ' && k < n && s[k] == ' ') {
      *sa = a, *sb = at, *i = k;
      trim(s, sa, sb);
      return 1;
    }
  }
  *sa = a, *sb = n, *i = n;
  trim(s, sa, sb);
  return 1;
}

/* Is [a, b) a person's name (`Jane Okafor`) or an outlet's (`CBC News`)? */
static int segment_names(const char *s, size_t a, size_t b, int *outlet) {
  nw_tokens t = {0};
  int found = 0;
  if (nw_tokenize_phrase(&t, s + a, b - a) == 0 && t.ntok > 0) {
    *outlet = names_outlet(nw_lex(), &t, 0);
    found = *outlet || names_author(&t, 0, t.ntok);
  }
  nw_tokens_free(&t);
  return found;
}

/* `Jane Okafor · CBC News · Posted: Jan 05, 2023 4:00 AM EST | Last
** Updated: January 5, 2023`: a line of segments, each an author, an outlet
** or a date, with a date or an outlet among them.  Notes the dates, and the
** author (else the outlet) as the byline when the article has none. */
#define MASTHEAD_SEGMENTS 6
static int has_separator(const char *s, size_t n) {
  for (size_t i = 1; i + 1 < n; i++)
    if (s[i - 1] == ' ' && (s[i] == '|' || (unsigned char)s[i] == 0xC2 || (unsigned char)s[i] == 0xE2)) return 1;
  return 0;
}

static int masthead_line(nw_article *a, const char *s, size_t n) {
  if (n < 10 || n > 240 || s[n - 1] == '.' || !has_separator(s, n)) return 0;
  size_t i = 0, sa, sb, name_a = 0, name_b = 0, outlet_a = 0, outlet_b = 0, count = 0;
  size_t date_a[MASTHEAD_SEGMENTS], date_b[MASTHEAD_SEGMENTS], dates = 0;
  while (next_segment(s, n, &i, &sa, &sb)) {
    if (++count > MASTHEAD_SEGMENTS || sb <= sa) return 0;
    char date[11];
    int updated, outlet = 0;
    if (date_line(s + sa, sb - sa, date, &updated)) {
      date_a[dates] = sa, date_b[dates++] = sb;
    } else if (segment_names(s, sa, sb, &outlet)) {
      if (outlet && !outlet_b) outlet_a = sa, outlet_b = sb;
      else if (!outlet && !name_b) name_a = sa, name_b = sb;
      else return 0;
    } else {
      return 0;
    }
  }
  if (count < 2 || (!dates && !outlet_b)) return 0;
  for (size_t d = 0; d < dates; d++) note_date_line(a, s + date_a[d], date_b[d] - date_a[d]);
  if (!a->byline.n && name_b) nw_buf_append(&a->byline, s + name_a, name_b - name_a);
  else if (!a->byline.n && outlet_b) nw_buf_append(&a->byline, s + outlet_a, outlet_b - outlet_a);
  return 1;
}

/* `Title: ...`, `Author: ...`, `Source: ...`: the fields a scraper writes
** above the text.  Returns the field (FIELD_*) and its value [*va, *vb). */
enum { FIELD_NONE, FIELD_TITLE, FIELD_AUTHOR, FIELD_OTHER };
static int field_line(const char *s, size_t n, size_t *va, size_t *vb) {
  static const char *const titles[] = {"title", "headline", NULL};
  static const char *const authors[] = {"author", "authors", "byline", "by", "writer", NULL};
  static const char *const others[] = {"source", "url", "link", "section", "category", "tags", "publisher",
                                       "outlet", "language", "id", NULL};
  const char *colon = n > 2 ? memchr(s, ':', n < 12 ? n : 12) : NULL;
  if (!colon) return FIELD_NONE;
  size_t b = (size_t)(colon - s), x = 0;
  trim(s, &x, &b);
  for (size_t k = x; k < b; k++)
    if (!ascii_alnum(s[k])) return FIELD_NONE; /* one word before the colon */
  *va = (size_t)(colon - s) + 1, *vb = n;
  trim(s, va, vb);
  if (word_is(s, x, b, titles)) return FIELD_TITLE;
  if (word_is(s, x, b, authors)) return FIELD_AUTHOR;
  if (word_is(s, x, b, others)) return FIELD_OTHER;
  return FIELD_NONE;
}

/* `OPINION`, `ANALYSIS`, `Breaking News`: a section's label above the
** headline, in capitals or page vocabulary, one or two words. */
static int section_label(const char *s, size_t n) {
  if (n > 40) return 0; /* (two words) */
  para_shape sh = shape_of(s, n);
  if (sh.words == 0 || sh.words > 2 || sh.ends_sentence) return 0;
  if (sh.section || is_furniture(&sh, s, n)) return 1;
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'a' && s[i] <= 'z') return 0;
  return sh.chars >= 4; /* (all capitals: not `US`) */
}

/* A lead line above the headline or under it: a field, a masthead, a
** credit, a date or a time stamp.  Notes what it tells; returns 1 for one. */
static int lead_line(nw_article *a, const char *s, size_t i) {
  const char *t = s + a->paras[i].start;
  size_t n = a->paras[i].len, va, vb;
  switch (field_line(t, n, &va, &vb)) {
    case FIELD_TITLE:
      if (!a->title.n && vb > va) nw_buf_append(&a->title, t + va, vb - va);
      return 1;
    case FIELD_AUTHOR:
      if (!a->byline.n && vb > va) nw_buf_append(&a->byline, t + va, vb - va);
      return 1;
    case FIELD_OTHER: return 1;
    default: break;
  }
  if (!a->byline.n && is_credit_line(t, n, para_shape_of(a, s, i), &va, &vb)) {
    nw_buf_append(&a->byline, t + va, vb - va);
    return 1;
  }
  if (masthead_line(a, t, n) || note_date_line(a, t, n)) return 1;
  if (n < 6 || !stamp_initial(t[0])) return 0; /* (is_timestamp's first test, before the shape) */
  return is_timestamp(t, n, para_shape_of(a, s, i));
}

static int same_text(const char *s, const nw_span *p, const char *t, size_t tn) {
  return p->len == tn && memcmp(s + p->start, t, tn) == 0;
}

/* `Special to The Globe and Mail`: who ran a contributor's piece. */
static int special_to(const char *s, size_t n) {
  if (n < 12 || n > 120 || strncasecmp(s, "special to ", 11) != 0) return 0;
  nw_tokens t = {0};
  int found = nw_tokenize_phrase(&t, s + 11, n - 11) == 0 && t.ntok > 0 && names_outlet(nw_lex(), &t, 0);
  nw_tokens_free(&t);
  return found;
}

/* How many lines above the headline may be fields, credits, dates or a label. */
#define LEAD_LINES 6

/* ------------------------------------------------------------ the parse */

static void find_title_and_byline(nw_article *a, const char *s) {
  size_t first = 0, na, nb;
  if (a->npara == 0) return;
  const nw_span *p0 = &a->paras[0];
  /* fields, credits, mastheads, dates and a section's label before the headline */
  for (int lead = 0; p0 && lead < LEAD_LINES; lead++) {
    if (!lead_line(a, s, first) && !(a->npara - first >= 3 && section_label(s + p0->start, p0->len)))
      break;
    a->keep[first] = DROP;
    p0 = ++first < a->npara ? &a->paras[first] : NULL;
  }
  size_t ta, tb;
  if (!p0 || a->title.n) {
    /* (a `Title:` field gave it) */
  } else if (is_breadcrumb(s + p0->start, p0->len, &ta, &tb)) {
    a->keep[first] = DROP;
    if (tb > ta) nw_buf_append(&a->title, s + p0->start + ta, tb - ta);
    first++;
  } else if (a->npara - first >= 3) {
    para_shape *sh = para_shape_of(a, s, first);
    const char *t = s + p0->start;
    if (is_headline_shaped(sh, t, p0->len) && sh->words >= 2 && !nw_is_lower(sh->first) && !is_furniture(sh, t, p0->len)) {
      a->keep[first] = DROP;
      nw_buf_append(&a->title, s + p0->start, p0->len);
      first++;
    }
  }
  /* The headline again, and a byline or credit, within the next few lines. */
  for (size_t i = first; i < a->npara && i < first + 4; i++) {
    const nw_span *p = &a->paras[i];
    if (a->title.n && same_text(s, p, a->title.p, a->title.n)) {
      a->keep[i] = DROP;
    } else if (!a->byline.n && is_byline(s + p->start, p->len, &na, &nb)) {
      a->keep[i] = DROP;
      nw_buf_append(&a->byline, s + p->start + na, nb - na);
    } else if (lead_line(a, s, i) || special_to(s + p->start, p->len)) {
      a->keep[i] = DROP; /* `March 14, 2024` or a credit under the headline */
    }
  }
}

/* A time stamp among the first paragraphs dates the article (below, a
** stamp anywhere is dropped). */
#define DATE_LINE_PARAS 8
static void drop_furniture(nw_article *a, const char *s) {
  int in_link_list = 0;
  for (size_t i = 0; i < a->npara; i++) {
    if (a->keep[i] == DROP) continue;
    const char *t = s + a->paras[i].start;
    size_t n = a->paras[i].len;
    para_shape *sh = para_shape_of(a, s, i);
    size_t x, y;
    int stamp = is_timestamp(t, n, sh);
    if (stamp && i < DATE_LINE_PARAS) note_date_line(a, t, n);
    if (is_furniture(sh, t, n)) {
      a->keep[i] = DROP;
      if (sh->section) in_link_list = 1;
    } else if (is_credit(t, n, sh) || is_nav_bar(t, n, sh) || is_breadcrumb(t, n, &x, &y) ||
               is_link_label(t, n, sh) || stamp || is_copyright(t, n, sh) ||
               is_contribution(t, n, sh) || is_follow_line(t, n, sh) ||
               (i + 3 >= a->npara && is_credit_line(t, n, sh, &x, &y))) {
      a->keep[i] = DROP;
    } else if (in_link_list && is_headline_shaped(sh, t, n)) {
      a->keep[i] = DROP;  /* a link title under "Related News" */
    } else {
      in_link_list = 0;
    }
  }
}

/* The kept paragraphs, a blank line between them: room for all at once,
** then copied. */
static void emit_body(nw_article *a, const char *s) {
  size_t total = 0;
  for (size_t i = 0; i < a->npara; i++)
    if (a->keep[i] != DROP) total += 2 + a->paras[i].len;
  if (!total || nw_buf_reserve(&a->body, total)) return;
  char *o = a->body.p + a->body.n;
  for (size_t i = 0; i < a->npara; i++) {
    if (a->keep[i] == DROP) continue;
    if (o != a->body.p) *o++ = '\n', *o++ = '\n';
    memcpy(o, s + a->paras[i].start, a->paras[i].len);
    o += a->paras[i].len;
  }
  a->body.n = (size_t)(o - a->body.p);
}

void nw_article_count(nw_article *a) {
  a->chars = nw_cp_count(a->body.p ? a->body.p : "", a->body.n);
  a->words = nw_count_words(a->body.p ? a->body.p : "", a->body.n);
}

int nw_article_parse(nw_article *a, const char *raw, size_t n) {
  a->date[0] = 0;
  a->date_updated = 0;
  a->title.n = a->byline.n = a->body.n = a->clean.n = a->joined.n = a->plain.n = 0;
  a->npara = 0;
  a->chars = a->words = 0;
  if (nw_clean_text(raw, n, &a->clean)) return -1;
  const char *s = a->clean.p ? a->clean.p : "";
  size_t len = a->clean.n, from = 0;
  if (nw_may_have_markup(s, len)) {
    if (nw_strip_markup(s, len, &a->plain)) return -1;
    s = a->plain.p ? a->plain.p : "";
    len = a->plain.n;
  }
  parse_date_header(s, len, &from, a->date);
  if (split_paragraphs(a, s, from, len)) return -1;
  if (a->joined.n) s = a->joined.p; /* hard-wrapped text was joined there */
  find_title_and_byline(a, s);
  drop_furniture(a, s);
  emit_body(a, s);
  return a->title.oom || a->byline.oom || a->body.oom ? -1 : 0;
}
