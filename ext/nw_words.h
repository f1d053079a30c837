/*
** nw_words.h — small fixed sets of words the analyses test tokens against
** (determiners, prepositions, `be`, fillers, ...).
**
** A set is declared where it is used, as a list of words:
**
**   NW_WORDS(determiners, "the", "a", "an", "this", "that");
**   if (nw_words_has(&determiners, s, n)) ...
**
** and hashed on its first use, so a test costs one look-up however long the
** list is (a scan of the lists with strncasecmp was a sixth of the whole
** analysis).  ASCII case is ignored; other bytes compare as they are.  The
** tables are built once per process, safely from several threads (the first
** to finish wins, the others' copies are dropped), and freed when the
** library is unloaded.  Without memory for a table the list is scanned.
*/
#ifndef NW_WORDS_H
#define NW_WORDS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "nw_map.h"

/* A slot of the table of short words: a lowercase ASCII word of up to 8
** bytes as its zero-padded little-endian word, and its length (0: empty). */
typedef struct nw_words_slot {
  uint64_t w;
  uint64_t n;
} nw_words_slot;

typedef struct nw_words_table {
  nw_map map;      /* lowercase word -> 1, but for the small table's */
  /* The ASCII words of up to 8 bytes, in a table of their own at most a
  ** quarter full, hashed by one multiplication: a test reads one or two
  ** slots and no key. */
  nw_words_slot *small;
  size_t small_mask;
  unsigned small_shift;
  size_t longest;  /* bytes of the longest word */
  int ascii;       /* every word is ASCII */
  /* A cheap sieve before the hash (most tested words are in no set): bit n
  ** of lengths is set when a word has n bytes (bit 31: 31 or more), bit c
  ** of initials when a word begins with byte c (an ASCII letter in either
  ** case). */
  uint32_t lengths;
  uint64_t initials[4];
  /* The same for words of 1 to 8 bytes by the pair of both (see
  ** nw_words.none), copied there once the table is built. */
  uint8_t none[32];
} nw_words_table;

/* Can s[0..n) be a word of the table, by its length and first byte?  (The
** length first: no word has 0 bytes, so s[0] is read only when it exists.) */
static inline int nw_words_sieve(const nw_words_table *t, const char *s, size_t n) {
  if (!(t->lengths >> (n < 31 ? n : 31) & 1)) return 0;
  unsigned char c = (unsigned char)s[0];
  return t->initials[c >> 6] >> (c & 63) & 1;
}

typedef struct nw_words {
  const char *const *list;                 /* NULL-terminated */
  _Atomic(struct nw_words_table *) table;  /* built on first use */
  struct nw_words *next;                   /* the sets built, to free them */
  /* The first sieve, in the set itself so that a word it rules out costs
  ** no look-up of the table: bit n - 1 of none[c & 31] is set when no word
  ** of the set has n (1 to 8) bytes and a first byte with the low five
  ** bits of c (a letter in either case has its own; other bytes share
  ** theirs with letters: a sieve only has to let every word through).  All
  ** clear until the table is built (then nothing is ruled out); atomic, as
  ** the first user may write it while others read it. */
  _Atomic uint8_t none[32];
} nw_words;

/* Declares a set `name` of static storage (at file or block scope). */
#define NW_WORDS(name, ...)                                          \
  static const char *const name##_list_[] = {__VA_ARGS__, NULL};    \
  static nw_words name = {name##_list_, NULL, NULL, {0}}

/* Is the lowercase ASCII word w0 of n (1..8) bytes in the table? */
static inline int nw_words_small_has(const nw_words_table *t, uint64_t w0, size_t n) {
  size_t j = (size_t)((w0 * NW_HASH_MUL) >> t->small_shift);
  for (;; j = (j + 1) & t->small_mask) {
    const nw_words_slot *e = &t->small[j];
    if (!e->n) return 0;
    if (e->w == w0 && e->n == n) return 1;
  }
}

/* Is s[0..n) one of the set's words, ignoring ASCII case?  Inline for the
** common case, an ASCII word of up to 8 bytes in a set already built. */
int nw_words_has_slow(nw_words *w, const char *s, size_t n);
static inline int nw_words_has(nw_words *w, const char *s, size_t n) {
  size_t m = n - 1;
  if (m < 8 && atomic_load_explicit(&w->none[(unsigned char)s[0] & 31], memory_order_relaxed) >> m & 1) return 0;
  const nw_words_table *t = atomic_load_explicit(&w->table, memory_order_acquire);
  if (!t) return nw_words_has_slow(w, s, n);
  if (m < 8) {
    uint64_t w0 = nw_load_short(s, n);
    if (!(w0 & (NW_ONES * 0x80))) {
      int caps;
      w0 = nw_word_lower(w0, &caps);
      return nw_words_small_has(t, w0, n);
    }
  }
  if (!nw_words_sieve(t, s, n)) return 0;
  return nw_words_has_slow(w, s, n);
}

#endif
