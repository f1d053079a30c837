/*
** nw_token.h — words, numbers and punctuation of a text, with sentences.
**
** One pass over the text gives tokens with byte offsets and the facts the
** later stages ask about again and again (capitalized? sentence start?
** quote mark?), so actors, quotes and stance share one tokenization.
**
**   - a word is letters, digits and marks, with inner hyphens and
**     apostrophes (`Jong-un`, `don't`); a possessive `'s`/`’s` is a token of
**     its own (`Russia` `’s`); dotted abbreviations are one token (`U.S.`);
**   - a number may hold inner `.` and `,` (`3.5`, `1,200`);
**   - every other visible character is a punctuation token.
*/
#ifndef NW_TOKEN_H
#define NW_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "nw_map.h"
#include "nw_text.h"

enum { NW_TOK_WORD = 1, NW_TOK_NUM, NW_TOK_PUNCT };

enum {
  NW_TF_CAP = 1 << 0,        /* first letter uppercase */
  NW_TF_ALLCAPS = 1 << 1,    /* two or more letters, all uppercase */
  NW_TF_LOWER = 1 << 2,      /* first letter lowercase */
  NW_TF_SENT_START = 1 << 3, /* first token of a sentence */
  NW_TF_PARA_START = 1 << 4, /* first token of a paragraph */
  NW_TF_POSS = 1 << 5,       /* the possessive 's */
  NW_TF_QUOTE = 1 << 6,      /* a quotation mark (see qm) */
  NW_TF_SPACE_BEFORE = 1 << 7,
  NW_TF_SPACE_AFTER = 1 << 8,
  NW_TF_HYPHEN = 1 << 9,     /* a word with an inner hyphen */
  NW_TF_DOTTED = 1 << 10,    /* a dotted abbreviation: U.S. a.m. */
  NW_TF_NEWLINE_BEFORE = 1 << 11,
  NW_TF_WIDE = 1 << 12       /* a byte past ASCII in the token (`Zoë`, `’s`) */
};

typedef struct nw_tok {
  uint32_t start, end;  /* bytes */
  uint32_t sent;        /* sentence index */
  uint16_t flags;
  uint8_t type;
  uint8_t qm;           /* NW_QM_* for quote marks */
  int32_t cp;           /* first code point */
} nw_tok;

typedef struct nw_sent {
  uint32_t start, end;       /* bytes */
  uint32_t tok, ntok;        /* its tokens */
  uint32_t paragraph;
} nw_sent;

/* Per token, the tables of nw_phrase.h it may start a phrase of (see
** nw_phrases_index), with the span it was found for.  nw_tokens_split()
** keeps the entries in step with the tokens; code that moved tokens
** otherwise would leave the phrase matcher to realign them (it may, through
** a const nw_tokens: they are a cache), with room for a few splits. */
typedef struct nw_tok_first {
  uint32_t start, end, bits;
} nw_tok_first;

typedef struct nw_tok_index {
  size_t n, cap;         /* entries (0: no index for this text) */
  nw_tok_first e[];
} nw_tok_index;

typedef struct nw_tokens {
  const char *s;
  size_t n;
  nw_tok *tok;
  size_t ntok, tcap;
  nw_sent *sent;
  size_t nsent, scap;
  nw_tok_index *index;   /* or NULL */
  int oom;
} nw_tokens;

/* Tokenizes s[0..n) (valid or not: invalid bytes are punctuation).
** Returns 0 or -1 (memory, or a text over 4 GiB). */
int nw_tokenize(nw_tokens *t, const char *s, size_t n);
/* Tokenizes a short phrase as one sentence, without sentence splitting (for
** dictionary entries; safe while the lexicon itself is being loaded). */
int nw_tokenize_phrase(nw_tokens *t, const char *s, size_t n);
void nw_tokens_free(nw_tokens *t);

/* Token text and length. */
static inline const char *nw_tok_text(const nw_tokens *t, size_t i) { return t->s + t->tok[i].start; }
/* The first token that starts at byte b or later (ntok when none). */
static inline size_t nw_tok_at_byte(const nw_tokens *t, uint32_t b) {
  return nw_count_below(t->tok, t->ntok, sizeof *t->tok, offsetof(nw_tok, start), b);
}
static inline size_t nw_tok_len(const nw_tokens *t, size_t i) { return t->tok[i].end - t->tok[i].start; }

/* Does token i equal word w exactly / ignoring ASCII case?  Inline: the
** analyses call them for every token against lists of words, and most
** comparisons end at the first byte.  A token past the last is no word. */
/* With a word known when compiling (a literal of 1 to 8 bytes): the
** lengths first, then the token as one machine word, its capitals folded
** (an ASCII token: others take the loop). */
#define NW_TOK_CONST_WORD(w) (__builtin_constant_p(__builtin_strlen(w)) && __builtin_strlen(w) - 1 < 8)
static inline uint64_t nw_tok_fold_word(uint64_t x) {
  uint64_t up = ((x + NW_ONES * (0x80 - 'A')) & ~(x + NW_ONES * (0x7F - 'Z'))) & (NW_ONES * 0x80);
  return x | up >> 2;
}
static inline __attribute__((always_inline)) int nw_tok_is(const nw_tokens *t, size_t i, const char *w) {
  if (i >= t->ntok) return 0;
  if (NW_TOK_CONST_WORD(w)) {
    size_t len = __builtin_strlen(w);
    uint64_t y = 0;
    memcpy(&y, w, len);
    return nw_tok_len(t, i) == len && nw_load_short(nw_tok_text(t, i), len) == y;
  }
  const char *s = nw_tok_text(t, i);
  size_t n = nw_tok_len(t, i), k = 0;
  for (; k < n; k++)
    if (s[k] != w[k] || !w[k]) return 0;
  return w[k] == 0;
}
static inline __attribute__((always_inline)) int nw_tok_is_ci(const nw_tokens *t, size_t i, const char *w) {
  if (i >= t->ntok) return 0;
  if (NW_TOK_CONST_WORD(w)) {
    size_t len = __builtin_strlen(w);
    if (nw_tok_len(t, i) != len) return 0;
    uint64_t x = nw_load_short(nw_tok_text(t, i), len), y = 0;
    memcpy(&y, w, len);
    if (!(x & (NW_ONES * 0x80))) return nw_tok_fold_word(x) == nw_tok_fold_word(y);
  }
  const unsigned char *s = (const unsigned char *)nw_tok_text(t, i), *u = (const unsigned char *)w;
  size_t n = nw_tok_len(t, i), k = 0;
  for (; k < n; k++) {
    unsigned a = s[k], b = u[k];
    if (a != b) { /* the same only as the two cases of a letter */
      if ((a ^ b) != 0x20 || (a | 0x20) - 'a' >= 26u) return 0;
    }
    if (!b) return 0;
  }
  return u[k] == 0;
}

/* A cut of token `tok` after its first `at` bytes. */
typedef struct nw_tok_cut {
  uint32_t tok, at;
} nw_tok_cut;

/* Splits tokens in two where words were glued by scraping (`Jinpingreceived`):
** the token before the cut keeps its facts but the space after it, the one
** after the cut is a lowercase word.  The cuts are in increasing token order,
** at most one per token; the tokens, the sentences' token ranges and the
** phrase index are rebuilt in one pass.  Returns 0 or -1 (memory, or cuts
** out of order or past the tokens: nothing changed). */
int nw_tokens_split(nw_tokens *t, const nw_tok_cut *cut, size_t ncut);

/* Writes the token's text folded for dictionary keys into out (appending):
** ’ becomes ', and with `lower` letters are lowercased. */
void nw_tok_key(const nw_tokens *t, size_t i, int lower, nw_buf *out);

#endif
