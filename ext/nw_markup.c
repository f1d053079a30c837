/*
** nw_markup.c — HTML references and tags, Markdown headings and bold lines
** dropped from scraped text (what and why in nw_markup.h).
*/
#include "nw_markup.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "nw_words.h"

/* ------------------------------------------------------------ references */

typedef struct named_ref {
  const char *name;
  int32_t cp; /* -1: the reference stands for nothing visible (&shy;) */
} named_ref;

/* The named references news pages use; any other name stays text. */
static const named_ref named_refs[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},     {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"bdquo", 0x201E},  {"laquo", 0xAB},    {"raquo", 0xBB},    {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026}, {"bull", 0x2022},
    {"middot", 0xB7},  {"shy", -1},        {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
    {"deg", 0xB0},     {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},      {"cent", 0xA2},
    {"times", 0xD7},   {"frac12", 0xBD},   {"aacute", 0xE1},   {"eacute", 0xE9},   {"iacute", 0xED},
    {"oacute", 0xF3},  {"uacute", 0xFA},   {"agrave", 0xE0},   {"egrave", 0xE8},   {"ograve", 0xF2},
    {"acirc", 0xE2},   {"ecirc", 0xEA},    {"icirc", 0xEE},    {"ocirc", 0xF4},    {"ucirc", 0xFB},
    {"auml", 0xE4},    {"euml", 0xEB},     {"iuml", 0xEF},     {"ouml", 0xF6},     {"uuml", 0xFC},
    {"ntilde", 0xF1},  {"ccedil", 0xE7},   {"atilde", 0xE3},   {"otilde", 0xF5},   {"aring", 0xE5},
    {"oslash", 0xF8},  {"szlig", 0xDF},    {"Aacute", 0xC1},   {"Eacute", 0xC9},   {"Iacute", 0xCD},
    {"Oacute", 0xD3},  {"Uacute", 0xDA},   {"Egrave", 0xC8},   {"Ntilde", 0xD1},   {"Ccedil", 0xC7},
    {"Auml", 0xC4},    {"Ouml", 0xD6},     {"Uuml", 0xDC},     {NULL, 0}};

/* Numeric references to 0x80-0x9F mean windows-1252, as browsers read
** them (`&#146;` is ’); 0 where that code page has no character. */
static const uint16_t cp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static int digit_value(char c, int hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

/* A code point a numeric reference may give: no controls but tab and line
** feed, no surrogates, nothing past Unicode.  Returns it, or 0. */
static int32_t referable(uint32_t v) {
  if (v >= 0x80 && v <= 0x9F) return cp1252[v - 0x80];
  if ((v < 0x20 && v != '\t' && v != '\n') || v == 0x7F || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return 0;
  return (int32_t)v;
}

/* The reference at s[0] == '&': its length in bytes, with its character
** through *cp (-1 for none), or 0 when there is none. */
static size_t reference(const char *s, size_t n, int32_t *cp) {
  if (n < 4) return 0;
  if (s[1] == '#') {
    int hex = s[2] == 'x' || s[2] == 'X';
    size_t i = hex ? 3 : 2, first = i;
    uint32_t v = 0;
    for (int d; i < n && i - first < 7 && (d = digit_value(s[i], hex)) >= 0; i++) v = v * (hex ? 16u : 10u) + (uint32_t)d;
    if (i == first || i >= n || s[i] != ';' || !(*cp = referable(v))) return 0;
    return i + 1;
  }
  size_t i = 1;
  while (i < n && i < 8 && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (s[i] >= '0' && s[i] <= '9'))) i++;
  if (i == 1 || i >= n || s[i] != ';') return 0;
  for (const named_ref *r = named_refs; r->name; r++)
    if (strlen(r->name) == i - 1 && memcmp(r->name, s + 1, i - 1) == 0) {
      *cp = r->cp;
      return i + 1;
    }
  return 0;
}

/* ------------------------------------------------------------ tags */

enum { TAG_INLINE = 1, TAG_BLOCK, TAG_HIDDEN };

NW_WORDS(block_tags, "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
         "article", "header", "footer", "figure", "figcaption", "table", "tbody", "thead", "tr", "td", "th",
         "hr", "nav", "aside", "main", "dl", "dt", "dd", "pre", "title", "body", "html", "head");
NW_WORDS(inline_tags, "a", "b", "i", "u", "s", "em", "strong", "span", "small", "sup", "sub", "font", "img", "abbr",
         "cite", "mark", "time", "strike", "code", "q", "big", "ins", "del", "picture", "source", "label", "wbr",
         "meta", "link");
/* their content goes with them */
NW_WORDS(hidden_tags, "script", "style", "noscript", "iframe", "svg");

#define TAG_MAX_ATTRIBUTES 2048     /* bytes from the name to `>` */
#define TAG_MAX_HIDDEN (256 * 1024) /* bytes to a hidden tag's end */

/* Where `</name` starts in s[from..n), looking no further than
** TAG_MAX_HIDDEN bytes, or n. */
static size_t closing_tag(const char *s, size_t n, size_t from, const char *name, size_t len) {
  size_t stop = n - from > TAG_MAX_HIDDEN ? from + TAG_MAX_HIDDEN : n;
  for (const char *p = s + from; (p = memchr(p, '<', (size_t)(s + stop - p))) != NULL; p++)
    if ((size_t)(s + n - p) > len + 1 && p[1] == '/' && strncasecmp(p + 2, name, len) == 0) return (size_t)(p - s);
  return n;
}

/* What stands between a tag's name and its `>` looks like attributes: none,
** a `/`, or at least one `name=value` (`a <b and c> d` is prose). */
static int attributes(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '/')) i++;
  return i == n || memchr(s, '=', n) != NULL;
}

/* `<!-- ... -->`: its length, or 0 when it does not close. */
static size_t comment(const char *s, size_t n) {
  size_t stop = n > TAG_MAX_HIDDEN ? TAG_MAX_HIDDEN : n;
  for (size_t i = 4; i + 3 <= stop; i++)
    if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>') return i + 3;
  return 0;
}

/* The tag at s[0] == '<' that we know: its length in bytes (for a hidden
** tag, up to the end of its closing tag) and its kind, or 0. */
static size_t tag(const char *s, size_t n, int *kind) {
  if (n >= 7 && memcmp(s, "<!--", 4) == 0) {
    *kind = TAG_INLINE;
    return comment(s, n);
  }
  size_t i = 1 + (n > 1 && s[1] == '/'), name = i;
  while (i < n && i - name < 12 && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (s[i] >= '0' && s[i] <= '9'))) i++;
  size_t len = i - name;
  if (len == 0 || i >= n || !(s[i] == '>' || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '/')) return 0;
  size_t end = i;
  while (end < n && end - i < TAG_MAX_ATTRIBUTES && s[end] != '>' && s[end] != '<') end++;
  if (end >= n || s[end] != '>' || !attributes(s + i, end - i)) return 0;
  end++;
  if (nw_words_has(&block_tags, s + name, len)) *kind = TAG_BLOCK;
  else if (nw_words_has(&inline_tags, s + name, len)) *kind = TAG_INLINE;
  else if (nw_words_has(&hidden_tags, s + name, len)) *kind = TAG_HIDDEN;
  else return 0;
  if (*kind != TAG_HIDDEN || name == 2) return end; /* a closing tag */
  size_t close = closing_tag(s, n, end, s + name, len);
  if (close == n) return end; /* never closed: only the tag goes */
  const char *gt = memchr(s + close, '>', n - close);
  return gt ? (size_t)(gt - s) + 1 : end;
}

/* ------------------------------------------------------------ Markdown */

/* At a line's start: the bytes of a heading's `## ` to skip, and for a
** line in bold (`**By Jane Doe**`) the two of its opening `**`, with where
** its closing `**` stands through *close (else it is left alone). */
static size_t markdown_opening(const char *s, size_t n, size_t at, size_t *close) {
  size_t hashes = 0;
  while (hashes < n && hashes < 7 && s[hashes] == '#') hashes++;
  if (hashes >= 1 && hashes <= 6 && hashes < n && s[hashes] == ' ') {
    size_t k = hashes;
    while (k < n && s[k] == ' ') k++;
    return k;
  }
  if (n < 5 || s[0] != '*' || s[1] != '*' || s[2] == '*' || s[2] == ' ') return 0;
  const char *nl = memchr(s, '\n', n);
  size_t e = nl ? (size_t)(nl - s) : n;
  while (e > 4 && (s[e - 1] == ' ' || s[e - 1] == '\r')) e--;
  if (e < 5 || s[e - 1] != '*' || s[e - 2] != '*' || s[e - 3] == '*' || s[e - 3] == ' ') return 0;
  *close = at + e - 2;
  return 2;
}

/* ------------------------------------------------------------ the pass */

int nw_may_have_markup(const char *s, size_t n) {
  return memchr(s, '&', n) || memchr(s, '<', n) || memchr(s, '#', n) || memchr(s, '*', n);
}

static int special(char c) { return c == '&' || c == '<' || c == '\n'; }

int nw_strip_markup(const char *s, size_t n, nw_buf *out) {
  size_t i = 0, bold_close = SIZE_MAX;
  int line_start = 1;
  while (i < n && !out->oom) {
    if (line_start) {
      line_start = 0;
      i += markdown_opening(s + i, n - i, i, &bold_close);
      continue;
    }
    if (i == bold_close) {
      i += 2;
      continue;
    }
    if (s[i] == '\n') {
      nw_buf_putc(out, '\n');
      line_start = 1;
      i++;
      continue;
    }
    int32_t cp;
    int kind;
    size_t k = 0;
    if (s[i] == '&' && (k = reference(s + i, n - i, &cp)) > 0) {
      if (cp > 0) nw_buf_put_cp(out, cp);
      i += k;
      continue;
    }
    if (s[i] == '<' && (k = tag(s + i, n - i, &kind)) > 0) {
      if (kind == TAG_BLOCK) nw_buf_putc(out, '\n');
      else if (kind == TAG_HIDDEN) nw_buf_putc(out, ' ');
      i += k;
      continue;
    }
    size_t j = i + 1; /* plain text up to the next byte that may start markup */
    while (j < n && !special(s[j]) && j != bold_close) j++;
    nw_buf_append(out, s + i, j - i);
    i = j;
  }
  return out->oom ? -1 : 0;
}
