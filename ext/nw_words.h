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

#include "nw_map.h"

typedef struct nw_words_table {
  nw_map map;      /* lowercase word -> 1 */
  size_t longest;  /* bytes of the longest word */
  int ascii;       /* every word is ASCII */
  /* A cheap sieve before the hash (most tested words are in no set): bit n
  ** of lengths is set when a word has n bytes (bit 31: 31 or more), bit
  ** nw_words_initial(c) of initials when a word begins with byte c. */
  uint32_t lengths, initials;
} nw_words_table;

/* A first byte's class for the initials sieve: 0-25 an ASCII letter of
** either case, 26 a byte of a UTF-8 sequence, 27 other ASCII. */
static inline unsigned nw_words_initial(unsigned char c) {
  unsigned letter = (unsigned)(c | 0x20) - 'a';
  return letter < 26 ? letter : c >= 0x80 ? 26 : 27;
}

/* Can s[0..n) be a word of the table, by its length and first byte?  (The
** length first: no word has 0 bytes, so s[0] is read only when it exists.) */
static inline int nw_words_sieve(const nw_words_table *t, const char *s, size_t n) {
  return (t->lengths >> (n < 31 ? n : 31) & 1) && (t->initials >> nw_words_initial((unsigned char)s[0]) & 1);
}

typedef struct nw_words {
  const char *const *list;                 /* NULL-terminated */
  _Atomic(struct nw_words_table *) table;  /* built on first use */
  struct nw_words *next;                   /* the sets built, to free them */
} nw_words;

/* Declares a set `name` of static storage (at file or block scope). */
#define NW_WORDS(name, ...)                                          \
  static const char *const name##_list_[] = {__VA_ARGS__, NULL};    \
  static nw_words name = {name##_list_, NULL, NULL}

/* Is s[0..n) one of the set's words, ignoring ASCII case?  Inline for the
** common case, an ASCII word of up to 8 bytes in a set already built. */
int nw_words_has_slow(nw_words *w, const char *s, size_t n);
static inline int nw_words_has(nw_words *w, const char *s, size_t n) {
  const nw_words_table *t = atomic_load_explicit(&w->table, memory_order_acquire);
  if (!t) return nw_words_has_slow(w, s, n);
  if (!nw_words_sieve(t, s, n)) return 0;
  if (n - 1 < 8) {
    uint64_t w0 = nw_load_short(s, n);
    if (!(w0 & (NW_ONES * 0x80))) {
      int caps;
      w0 = nw_word_lower(w0, &caps);
      return nw_map_find_word(&t->map, w0, n, nw_hash_short(w0, n)) != NULL;
    }
  }
  return nw_words_has_slow(w, s, n);
}

#endif
