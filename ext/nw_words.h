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
  /* The same for words of 1 to 16 bytes by the pair of both (see
  ** nw_words.none), copied there once the table is built. */
  uint16_t none[32];
} nw_words_table;

typedef struct nw_words {
  const char *const *list;                 /* NULL-terminated */
  _Atomic(struct nw_words_table *) table;  /* built on first use */
  struct nw_words *next;                   /* the sets built, to free them */
  /* The first sieve, in the set itself so that a word it rules out costs
  ** no look-up of the table: bit n - 1 of none[c & 31] is set when no word
  ** of the set has n (1 to 16) bytes and a first byte with the low five
  ** bits of c (a letter in either case has its own; other bytes share
  ** theirs with letters: a sieve only has to let every word through).  All
  ** clear until the table is built (then nothing is ruled out); atomic, as
  ** the first user may write it while others read it. */
  _Atomic uint16_t none[32];
} nw_words;

/* Declares a set `name` of static storage (at file or block scope). */
#define NW_WORDS(name, ...)                                          \
  static const char *const name##_list_[] = {__VA_ARGS__, NULL};    \
  static nw_words name = {name##_list_, NULL, NULL, {0}}

/* Is s[0..n) one of the set's words, ignoring ASCII case?  Only the first
** sieve is inline, at every call (most tested words are in no set, and it
** rules most of them out in a few instructions); the look-up of the words
** it lets through is nw_words_lookup. */
int nw_words_lookup(nw_words *w, const char *s, size_t n);
static inline __attribute__((always_inline)) int nw_words_has(nw_words *w, const char *s, size_t n) {
  if (n - 1 < 16 && atomic_load_explicit(&w->none[(unsigned char)s[0] & 31], memory_order_relaxed) >> (n - 1) & 1)
    return 0;
  return nw_words_lookup(w, s, n);
}

#endif
