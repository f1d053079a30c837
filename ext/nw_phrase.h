/*
** nw_phrase.h — multi-word dictionary entries matched against tokens.
**
** A phrase is stored under the keys of its tokens joined by single spaces,
** made by the same tokenizer that reads the text (so `People’s Republic of
** China` in text meets `People's Republic of China` in a dictionary: both
** are `People 's Republic of China`).  Matching at a token tries the longest
** phrase first.  A table either keeps case (names: `US` is not `us`) or
** folds it (verbs, role nouns).
*/
#ifndef NW_PHRASE_H
#define NW_PHRASE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "nw_map.h"
#include "nw_token.h"

#define NW_PHRASE_MAX_TOKENS 12

typedef struct nw_phrases {
  nw_map map;     /* key -> value */
  nw_map first;   /* first token's key -> longest phrase (tokens) it starts */
  nw_map second;  /* the first two tokens' key -> longest phrase they start */
  nw_map third;   /* the first three tokens' key -> longest phrase they start */
  int fold;       /* keys are lowercase; text is lowercased to match */
  uint32_t bit;   /* its bit in the index of first words, or 0 */
} nw_phrases;

/* The index of first words.  Every token is looked up in several tables,
** and most start no phrase in any; the index says, for a short ASCII word
** and the word after it, which of the built-in tables they can start a
** phrase of, in one or two look-ups per token (nw_tokenize keeps the answer
** with the tokens): `the` starts phrases of many tables, `the meeting`
** of none.  Built once
** the lexicon has loaded, over tables that do not change afterwards (at
** most 32).  Returns 0 or -1 (memory: then there is no index). */
int nw_phrases_index(nw_phrases *const *tables, size_t n);
void nw_phrases_index_free(void);
int nw_phrases_indexed(void);
/* Token k's entry in the index: the bits of the indexed tables it may
** start a phrase of, given the token after it in the sentence (all bits
** when the index cannot tell). */
nw_tok_first nw_phrases_entry(const nw_tokens *t, size_t k);
/* The entries of all tokens of t into e[0..ntok), each token's key made
** once (it is also the next word of the token before it). */
void nw_phrases_entries(const nw_tokens *t, nw_tok_first *e);

/* Was index entry f made for token tok (the same bytes)?  Both structs
** begin with the span, compared as one machine word. */
_Static_assert(offsetof(nw_tok, start) == 0 && offsetof(nw_tok, end) == 4 && offsetof(nw_tok_first, start) == 0 &&
                   offsetof(nw_tok_first, end) == 4,
               "spans first");
static inline int nw_tok_first_fits(const nw_tok_first *f, const nw_tok *tok) {
  uint64_t a, b;
  memcpy(&a, f, 8);
  memcpy(&b, tok, 8);
  return a == b;
}

/* Adds phrase text[0..n) with value (a later add of the same key replaces
** it).  Returns the phrase's length in tokens, or 0 when it has none or
** is too long, -1 on memory failure. */
int nw_phrases_add(nw_phrases *p, const char *text, size_t n, int value);

/* The longest phrase starting at token i, not crossing the sentence and not
** longer than max tokens: returns its length in tokens (0: none) and its
** value through *value. */
int nw_phrases_match_full(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value);
static inline int nw_phrases_match(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value) {
  const nw_tok_index *x = t->index;
  if (p->bit && x && x->n == t->ntok && i < x->n) { /* the index says no, for the token it was made for */
    const nw_tok_first *f = &x->e[i];
    if (!(f->bits & p->bit) && nw_tok_first_fits(f, &t->tok[i])) return 0;
  }
  return nw_phrases_match_full(p, t, i, max, value); /* (which realigns it when tokens moved) */
}

/* Token i's index bits (see nw_phrases_entry), or all bits when the index
** cannot tell: read once for a token tried against several tables. */
static inline uint32_t nw_phrases_bits_at(const nw_tokens *t, size_t i) {
  const nw_tok_index *x = t->index;
  if (!x || x->n != t->ntok || i >= x->n) return UINT32_MAX;
  const nw_tok_first *f = &x->e[i];
  return nw_tok_first_fits(f, &t->tok[i]) ? f->bits : UINT32_MAX;
}

/* May a phrase of table p start at a token with these index bits? */
static inline int nw_phrases_may(const nw_phrases *p, uint32_t bits) { return !p->bit || (bits & p->bit); }

/* May a phrase of any of the tables with these index bits start at token
** i?  0 only when the index says no for every one of them, which spares a
** loop that tries table after table most of its look-ups.  bits must be
** nonzero tables' bits, all of them (a table without a bit is not in the
** index: it may always match). */
static inline int nw_phrases_may_start(const nw_tokens *t, size_t i, uint32_t bits) {
  const nw_tok_index *x = t->index;
  if (!x || x->n != t->ntok || i >= x->n) return 1;
  const nw_tok_first *f = &x->e[i];
  return (f->bits & bits) || !nw_tok_first_fits(f, &t->tok[i]);
}

/* The index bits of the tables given, or 0 when one of them has none (then
** nw_phrases_may_start cannot tell). */
static inline uint32_t nw_phrases_bits(const nw_phrases *const *tables, size_t n) {
  uint32_t bits = 0;
  for (size_t k = 0; k < n; k++) {
    if (!tables[k]->bit) return 0;
    bits |= tables[k]->bit;
  }
  return bits;
}

/* Looks up one key made from the text (e.g. a single word), folding case
** when the table does. */
int nw_phrases_get(const nw_phrases *p, const char *text, size_t n, int missing);

void nw_phrases_free(nw_phrases *p);

#endif
