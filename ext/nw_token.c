/*
** nw_token.c — tokenization (rules in nw_token.h).
*/
#include "nw_token.h"

#include <stdlib.h>
#include <string.h>

#include "nw_phrase.h"
#include "nw_sentence.h"

/* (A text is given room for most of its tokens and sentences at once, see
** nw_tokenize; a dictionary phrase's arrays start small, where the
** allocator is quick.) */

static int push_sent(nw_tokens *t, nw_sent sent) {
  if (nw_grow(&t->sent, &t->scap, t->nsent, sizeof *t->sent, 16)) return t->oom = 1, -1;
  t->sent[t->nsent++] = sent;
  return 0;
}


static inline int32_t peek(const char *s, size_t n, size_t i) {
  return i < n ? nw_utf8_next_fast(s, n, &i) : -1;
}

/* Letters, digits and combining marks make words. */
static inline int is_word_cp(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0) return 0;
  return nw_is_alnum(cp) || (cp >= 0x300 && cp <= 0x36F);
}

/* ASCII letters and digits (0 for every other byte). */
static const unsigned char word_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
    ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

static inline int ascii_word(char c) { return word_byte[(unsigned char)c]; }

/* What a byte makes of a run of ASCII letters and digits before it (the
** end of the span counts as RUN_WHOLE): RUN_IN, it goes on (a letter or a
** digit); RUN_WHOLE, the run is a token of its own (other ASCII), RUN_SPACE
** too, with the space after it; RUN_DOT, `.` and `,` (a number or an
** abbreviation may go on); RUN_LONG, scan_word decides (' - and bytes past
** ASCII).  Read once a byte by the run's scan, which hands on the class of
** the byte it stopped at. */
enum { RUN_WHOLE = 0, RUN_SPACE, RUN_IN, RUN_DOT, RUN_LONG };
#define RUN_IN10 RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN
#define RUN_IN26 RUN_IN10, RUN_IN10, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN, RUN_IN
#define RUN_LONG8 RUN_LONG, RUN_LONG, RUN_LONG, RUN_LONG, RUN_LONG, RUN_LONG, RUN_LONG, RUN_LONG
#define RUN_LONG64 RUN_LONG8, RUN_LONG8, RUN_LONG8, RUN_LONG8, RUN_LONG8, RUN_LONG8, RUN_LONG8, RUN_LONG8
static const unsigned char run_class[256] = {
    [' '] = RUN_SPACE, ['\''] = RUN_LONG, [','] = RUN_DOT,   ['-'] = RUN_LONG,   ['.'] = RUN_DOT,
    ['0'] = RUN_IN10,  ['A'] = RUN_IN26,   ['a'] = RUN_IN26, [0x80] = RUN_LONG64, RUN_LONG64};

/* The end of the run of ASCII letters and digits from e, not past b, with
** the class of what ends it (*end): eight bytes a step with no test of the
** end (a word mostly ends within them). */
static inline size_t ascii_run_end(const char *s, size_t e, size_t b, unsigned *end) {
  for (; e + 8 <= b; e += 8)
    for (int k = 0; k < 8; k++)
      if ((*end = run_class[(unsigned char)s[e + k]]) != RUN_IN) return e + (size_t)k;
  for (; e < b; e++)
    if ((*end = run_class[(unsigned char)s[e]]) != RUN_IN) return e;
  *end = RUN_WHOLE;
  return e;
}

static inline int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static inline int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* NW_TF_WIDE when s[a..b) has a byte past ASCII (the tokens of the ASCII
** fast paths have none). */
static uint16_t wide_flag(const char *s, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if ((unsigned char)s[k] >= 0x80) return NW_TF_WIDE;
  return 0;
}

/* Case facts of a word token. */
static uint16_t case_flags(const char *s, size_t a, size_t b) {
  size_t i = a;
  int32_t first = nw_utf8_next_fast(s, b, &i);
  uint16_t f = 0;
  if (nw_is_upper(first)) f |= NW_TF_CAP;
  else if (nw_is_lower(first)) f |= NW_TF_LOWER;
  if (f & NW_TF_CAP) {
    int letters = 1, lower = 0;
    while (i < b && !lower) {
      int32_t cp = nw_utf8_next_fast(s, b, &i);
      if (nw_is_lower(cp)) lower = 1;
      else if (nw_is_upper(cp)) letters++;
    }
    if (!lower && letters >= 2) f |= NW_TF_ALLCAPS;
  }
  return f;
}

/* case_flags() of an ASCII word [a, b) that starts with a letter. */
static inline uint16_t ascii_case_flags(const char *s, size_t a, size_t b) {
  unsigned first = (unsigned char)s[a];
  if (first - 'a' < 26u) return NW_TF_LOWER;
  int letters = 1;
  for (size_t i = a + 1; i < b; i++) {
    unsigned c = (unsigned char)s[i];
    if (c - 'a' < 26u) return NW_TF_CAP;
    letters += c - 'A' < 26u;
  }
  return letters >= 2 ? NW_TF_CAP | NW_TF_ALLCAPS : NW_TF_CAP;
}

/* Scans one word or number starting at a; returns its end.  Sets *extra
** flags (hyphen, dotted). */
static size_t scan_word(const char *s, size_t n, size_t a, int number, uint16_t *extra) {
  size_t i = a, end;
  nw_utf8_next_fast(s, n, &i);
  end = i;
  int letters_in_part = 1, dotted = 0;
  while (i < n) {
    if (ascii_word(s[i])) { /* a run of ASCII letters and digits */
      size_t k = i + 1;
      while (k < n && ascii_word(s[k])) k++;
      letters_in_part += (int)(k - i);
      i = end = k;
      continue;
    }
    size_t k = i;
    int32_t cp = nw_utf8_next_fast(s, n, &k);
    if (is_word_cp(cp)) {
      i = end = k;
      letters_in_part++;
      continue;
    }
    int32_t next = peek(s, n, k);
    if (is_apostrophe(cp) && nw_is_letter(next) && !number) {
      /* 's at a word's end is the possessive: a token of its own */
      size_t after = k;
      nw_utf8_next_fast(s, n, &after);
      if ((next == 's' || next == 'S') && !is_word_cp(peek(s, n, after))) break;
      i = end = k;
      continue;
    }
    if (is_hyphen(cp) && is_word_cp(next) && !number) {
      *extra |= NW_TF_HYPHEN;
      i = end = k;
      letters_in_part = 0;
      continue;
    }
    if (number && (cp == '.' || cp == ',') && nw_is_digit(next)) {
      i = end = k;
      continue;
    }
    if (cp == '.' && !number && (letters_in_part == 1 || dotted)) {
      /* U.S. a.m. D.C.: single letters joined by periods */
      size_t after = k;
      int32_t l = next;
      if (nw_is_letter(l)) {
        nw_utf8_next_fast(s, n, &after);
        if (peek(s, n, after) == '.') {
          i = end = after;
          dotted = 1;
          letters_in_part = 1;
          continue;
        }
      }
      if (dotted) end = k; /* the final period of U.S. */
    }
    break;
  }
  if (dotted) *extra |= NW_TF_DOTTED;
  return end;
}

static inline __attribute__((always_inline)) void tokenize_span(nw_tokens *t, uint32_t sent_index, size_t a, size_t b,
                                                                 int para_start) {
  const char *s = t->s;
  size_t i = a;
  /* the tokens in locals while the span is read (t->ntok again at the end) */
  nw_tok *tok_at = t->tok;
  size_t ntok = t->ntok, span_tok = ntok; /* the span's first token (once it has one) */
  /* flags for the next token: the first one's, then the spaces and line
  ** breaks before each */
  uint16_t pending = NW_TF_SENT_START | (para_start ? NW_TF_PARA_START : 0);
  /* Each step takes a byte at least and makes a token at most: up to
  ** room_end the tokens have room without a test of their own. */
  size_t room_end = i + (t->tcap - ntok);
  while (i < b) {
    if (i >= room_end) {
      t->ntok = ntok;
      if (nw_grow(&t->tok, &t->tcap, ntok, sizeof *t->tok, 16)) {
        t->oom = 1;
        return;
      }
      tok_at = t->tok;
      room_end = i + (t->tcap - ntok);
    }
    unsigned char c = (unsigned char)s[i];
    if (ascii_word((char)c)) {
      /* The common case: a run of ASCII letters and digits that ends at
      ** ASCII other than what may continue a word (' - . ,). */
      unsigned end;
      size_t e = ascii_run_end(s, i + 1, b, &end);
      int whole = end <= RUN_SPACE;
      if (end == RUN_DOT) {
        /* scan_word's cases: a number goes on over `.5` and `,000`, a
        ** single letter over `.S.`; a longer word stops */
        if (c - '0' < 10) {
          unsigned char after = e + 1 < b ? (unsigned char)s[e + 1] : 0;
          whole = after < 0x80 && (unsigned)after - '0' >= 10u;
        } else {
          whole = s[e] == ',' || e - i >= 2;
        }
      }
      if (whole) {
        nw_tok tok = {0};
        tok.start = (uint32_t)i;
        tok.end = (uint32_t)e;
        tok.sent = sent_index;
        tok.cp = c;
        tok.flags = pending;
        pending = 0;
        if (c - '0' < 10) {
          tok.type = NW_TOK_NUM;
        } else {
          tok.type = NW_TOK_WORD;
          tok.flags |= ascii_case_flags(s, i, e);
        }
        i = e;
        if (end == RUN_SPACE) { /* the space after it, as the branch below does */
          tok.flags |= NW_TF_SPACE_AFTER;
          pending = NW_TF_SPACE_BEFORE;
          i++;
        }
        tok_at[ntok++] = tok;
        continue;
      }
    } else if (c == ' ' || (c >= 9 && c <= 13)) {
      if (ntok > span_tok) tok_at[ntok - 1].flags |= NW_TF_SPACE_AFTER;
      pending |= NW_TF_SPACE_BEFORE;
      if (c == '\n') pending |= NW_TF_NEWLINE_BEFORE;
      i++;
      continue;
    } else if (c < 0x80 && c != '\'') {
      /* ASCII punctuation (' may be the possessive: below); of the ASCII
      ** quote marks only " is left */
      nw_tok tok = {0};
      tok.start = (uint32_t)i;
      tok.end = (uint32_t)(i + 1);
      tok.sent = sent_index;
      tok.cp = c;
      tok.flags = pending;
      pending = 0;
      tok.type = NW_TOK_PUNCT;
      if (c == '"') {
        tok.qm = (uint8_t)nw_quote_mark(c);
        tok.flags |= NW_TF_QUOTE;
      }
      i++;
      if (i < b && s[i] == ' ') { /* the space after it, as the branch above does */
        tok.flags |= NW_TF_SPACE_AFTER;
        pending = NW_TF_SPACE_BEFORE;
        i++;
      }
      tok_at[ntok++] = tok;
      continue;
    }
    size_t k = i;
    int32_t cp = nw_utf8_next_fast(s, b, &k);
    if (cp >= 0 && nw_is_space(cp)) {
      if (ntok > span_tok) tok_at[ntok - 1].flags |= NW_TF_SPACE_AFTER;
      pending |= NW_TF_SPACE_BEFORE;
      if (cp == '\n') pending |= NW_TF_NEWLINE_BEFORE;
      i = k;
      continue;
    }
    nw_tok tok = {0};
    tok.start = (uint32_t)i;
    tok.sent = sent_index;
    tok.cp = cp;
    tok.flags = pending;
    pending = 0;
    if (is_word_cp(cp)) {
      int number = nw_is_digit(cp);
      uint16_t extra = 0;
      size_t end = scan_word(s, b, i, number, &extra);
      tok.type = number ? NW_TOK_NUM : NW_TOK_WORD;
      tok.end = (uint32_t)end;
      tok.flags |= extra | (number ? 0 : case_flags(s, i, end));
      i = end;
    } else if (is_apostrophe(cp) && (peek(s, b, k) == 's' || peek(s, b, k) == 'S') && ntok > span_tok &&
               tok_at[ntok - 1].end == i && !is_word_cp(peek(s, b, k + 1))) {
      tok.type = NW_TOK_WORD; /* the possessive 's */
      tok.end = (uint32_t)(k + 1);
      tok.flags |= NW_TF_POSS | NW_TF_LOWER;
      i = k + 1;
    } else {
      tok.type = NW_TOK_PUNCT;
      tok.end = (uint32_t)k;
      tok.qm = (uint8_t)nw_quote_mark(cp);
      if (tok.qm) tok.flags |= NW_TF_QUOTE;
      i = k;
    }
    tok.flags |= wide_flag(s, tok.start, tok.end);
    tok_at[ntok++] = tok;
  }
  t->ntok = ntok;
}

/* The index bits of every token (nw_phrases_entries), with room for
** a few tokens more. */
static void mark_first_words(nw_tokens *t) {
  if (t->index) t->index->n = 0;
  if (t->oom || !nw_phrases_indexed()) return;
  size_t cap = t->ntok + 16;
  if (!t->index || t->index->cap < cap) {
    nw_tok_index *x = realloc(t->index, sizeof *x + cap * sizeof x->e[0]);
    if (!x) return; /* no index for this text: matching takes the long way */
    x->n = 0;
    x->cap = cap;
    t->index = x;
  }
  nw_phrases_entries(t, t->index->e);
  t->index->n = t->ntok;
}

int nw_tokenize(nw_tokens *t, const char *s, size_t n) {
  t->s = s;
  t->n = n;
  t->ntok = t->nsent = 0;
  if (t->index) t->index->n = 0;
  t->oom = 0;
  if (n >= UINT32_MAX) return t->oom = 1, -1;
  /* room for the tokens of most texts at once (about one per four bytes)
  ** rather than doubling up to it */
  size_t want = n / 4 + 64;
  if (t->tcap < want) {
    nw_tok *p = realloc(t->tok, want * sizeof *p);
    if (p) t->tok = p, t->tcap = want;
  }
  /* and for its sentences (one per 64 bytes) */
  size_t want_sent = n / 64 + 16;
  if (t->scap < want_sent) {
    nw_sent *p = realloc(t->sent, want_sent * sizeof *p);
    if (p) t->sent = p, t->scap = want_sent;
  }
  nw_sentencer st;
  nw_sentencer_init(&st, s, n);
  size_t a, b;
  int paragraph, last_para = -1;
  while (nw_sentence_next(&st, &a, &b, &paragraph) && !t->oom) {
    nw_sent sent = {(uint32_t)a, (uint32_t)b, (uint32_t)t->ntok, 0, (uint32_t)paragraph};
    tokenize_span(t, (uint32_t)t->nsent, a, b, paragraph != last_para);
    sent.ntok = (uint32_t)(t->ntok - sent.tok);
    push_sent(t, sent);
    last_para = paragraph;
  }
  mark_first_words(t);
  return t->oom ? -1 : 0;
}

int nw_tokenize_phrase(nw_tokens *t, const char *s, size_t n) {
  t->s = s;
  t->n = n;
  t->ntok = t->nsent = 0;
  if (t->index) t->index->n = 0;
  t->oom = 0;
  if (n >= UINT32_MAX) return t->oom = 1, -1;
  nw_sent sent = {0, (uint32_t)n, 0, 0, 0};
  tokenize_span(t, 0, 0, n, 1);
  sent.ntok = (uint32_t)t->ntok;
  push_sent(t, sent);
  return t->oom ? -1 : 0;
}

void nw_tokens_free(nw_tokens *t) {
  free(t->tok);
  free(t->sent);
  free(t->index);
  memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------ splits */

/* Token `whole` cut after `at` bytes: the word before the cut keeps its
** facts but the space after it; the one after is a lowercase word. */
static void cut_token(const char *s, nw_tok whole, uint32_t at, nw_tok *before, nw_tok *after) {
  *before = whole;
  before->end = whole.start + at;
  before->flags &= (uint16_t)~(NW_TF_SPACE_AFTER | NW_TF_WIDE);
  before->flags |= wide_flag(s, before->start, before->end);
  *after = whole;
  after->start = before->end;
  after->cp = (unsigned char)s[after->start];
  after->flags = (uint16_t)((whole.flags & NW_TF_SPACE_AFTER) | NW_TF_LOWER | wide_flag(s, after->start, after->end));
}

/* Room for n index entries; 0 when the index cannot follow the tokens (it
** is dropped: matching takes the long way). */
static int index_room(nw_tokens *t, size_t n) {
  nw_tok_index *x = t->index;
  if (x->cap >= n) return 1;
  nw_tok_index *p = realloc(x, sizeof *p + (n + 16) * sizeof p->e[0]);
  if (!p) return x->n = 0, 0;
  p->cap = n + 16;
  t->index = p;
  return 1;
}

/* Each sentence's token range grows by the cuts inside it and moves by the
** cuts before it. */
static void shift_sentences(nw_tokens *t, const nw_tok_cut *cut, size_t ncut) {
  size_t j = 0;
  for (size_t s = 0; s < t->nsent; s++) {
    nw_sent *se = &t->sent[s];
    while (j < ncut && cut[j].tok < se->tok) j++;
    size_t before = j;
    while (j < ncut && cut[j].tok < (size_t)se->tok + se->ntok) j++;
    se->tok += (uint32_t)before;
    se->ntok += (uint32_t)(j - before);
  }
}

int nw_tokens_split(nw_tokens *t, const nw_tok_cut *cut, size_t ncut) {
  if (ncut == 0) return 0;
  size_t old = t->ntok, n = old + ncut;
  for (size_t j = 0; j < ncut; j++) /* (the moves below count on it) */
    if (cut[j].tok >= old || (j > 0 && cut[j].tok <= cut[j - 1].tok)) return -1;
  if (n > t->tcap) {
    nw_tok *p = realloc(t->tok, n * sizeof *p);
    if (!p) return -1;
    t->tok = p;
    t->tcap = n;
  }
  /* the index moves with the tokens when it is in step with them */
  int with_index = t->index && t->index->n == old && index_room(t, n);
  nw_tok_first *e = with_index ? t->index->e : NULL;
  /* from the end, in place: the tokens after cut j move up by j + 1 (a
  ** stretch at a time), so nothing is overwritten before it is read; the
  ** tokens before the first cut stay where they are */
  size_t end = old; /* the stretch after cut j ends here */
  for (size_t j = ncut; j-- > 0;) {
    size_t c = cut[j].tok, from = c + 1, len = end - from;
    memmove(&t->tok[from + j + 1], &t->tok[from], len * sizeof *t->tok);
    if (e) memmove(&e[from + j + 1], &e[from], len * sizeof *e);
    nw_tok whole = t->tok[c];
    cut_token(t->s, whole, cut[j].at, &t->tok[c + j], &t->tok[c + j + 1]);
    end = c;
  }
  t->ntok = n;
  if (e) {
    /* the parts of a cut token are new, and so is the next token of the one
    ** before them (an entry depends on the next token) */
    for (size_t k = 0; k < ncut; k++) {
      size_t at = cut[k].tok + k; /* the first part, after the cuts before it */
      if (at > 0) e[at - 1] = nw_phrases_entry(t, at - 1);
      e[at] = nw_phrases_entry(t, at);
      e[at + 1] = nw_phrases_entry(t, at + 1);
    }
    t->index->n = n;
  }
  shift_sentences(t, cut, ncut);
  return 0;
}

void nw_tok_key(const nw_tokens *t, size_t i, int lower, nw_buf *out) {
  const char *s = nw_tok_text(t, i);
  size_t n = nw_tok_len(t, i);
  /* a key is at most 1.5 times the token (a lowercase form is at most one
  ** byte longer than its two-byte capital; ’ ‐ ‑ shrink) */
  if (nw_buf_reserve(out, n * 2 + 4)) return;
  char *o = out->p + out->n;
  if (!(t->tok[i].flags & NW_TF_WIDE)) { /* an ASCII token (most): its bytes */
    if (!lower) {
      memcpy(o, s, n);
    } else {
      for (size_t k = 0; k < n; k++) o[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    }
    out->n += n;
    return;
  }
  for (size_t k = 0; k < n;) {
    unsigned char c = (unsigned char)s[k];
    if (c < 0x80) {
      *o++ = (char)(lower && c >= 'A' && c <= 'Z' ? c + 32 : c);
      k++;
      continue;
    }
    size_t at = k;
    int32_t cp = nw_utf8_next(s, n, &k);
    if (cp == 0x2019) *o++ = '\'';
    else if (cp == 0x2010 || cp == 0x2011) *o++ = '-';
    else if (cp < 0) {
      memcpy(o, s + at, k - at);
      o += k - at;
    } else {
      o += nw_utf8_encode(lower ? nw_to_lower(cp) : cp, o);
    }
  }
  out->n = (size_t)(o - out->p);
}
