/*
** nw_words.c — word sets (see nw_words.h).
*/
#include "nw_words.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Can s[0..n) be a word of the table, by its length and first byte?  (The
** length first: no word has 0 bytes, so s[0] is read only when it exists.) */
static inline int nw_words_sieve(const nw_words_table *t, const char *s, size_t n) {
  if (!(t->lengths >> (n < 31 ? n : 31) & 1)) return 0;
  unsigned char c = (unsigned char)s[0];
  return t->initials[c >> 6] >> (c & 63) & 1;
}

/* Is the lowercase ASCII word w0 of n (1..8) bytes in the table? */
static inline int nw_words_small_has(const nw_words_table *t, uint64_t w0, size_t n) {
  size_t j = (size_t)((w0 * NW_HASH_MUL) >> t->small_shift);
  for (;; j = (j + 1) & t->small_mask) {
    const nw_words_slot *e = &t->small[j];
    if (!e->n) return 0;
    if (e->w == w0 && e->n == n) return 1;
  }
}

/* The sets whose tables were built, for free_tables(). */
static _Atomic(nw_words *) built;

static int scan(const char *const *list, const char *s, size_t n) {
  for (int k = 0; list[k]; k++)
    if (strncasecmp(list[k], s, n) == 0 && list[k][n] == 0) return 1;
  return 0;
}

static void table_free(nw_words_table *t) {
  if (!t) return;
  nw_map_free(&t->map);
  free(t->small);
  free(t);
}

/* The table of short ASCII words (see nw_words_table), empty, with room for
** `count` words at most a quarter full. */
static int small_new(nw_words_table *t, size_t count) {
  size_t cap = 8;
  unsigned bits = 3;
  while (cap < 4 * count) cap *= 2, bits++;
  t->small = calloc(cap, sizeof *t->small);
  if (!t->small) return -1;
  t->small_mask = cap - 1;
  t->small_shift = 64 - bits;
  return 0;
}

/* Adds the lowercase ASCII word w0 of n (1..8) bytes (once). */
static void small_put(nw_words_table *t, uint64_t w0, size_t n) {
  size_t j = (size_t)((w0 * NW_HASH_MUL) >> t->small_shift);
  while (t->small[j].n && !(t->small[j].w == w0 && t->small[j].n == n)) j = (j + 1) & t->small_mask;
  t->small[j] = (nw_words_slot){w0, n};
}

static nw_words_table *table_new(const char *const *list) {
  nw_words_table *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->ascii = 1;
  memset(t->none, 0xFF, sizeof t->none);
  size_t count = 0;
  while (list[count]) count++;
  if (small_new(t, count)) goto fail;
  for (int k = 0; list[k]; k++) {
    size_t n = strlen(list[k]);
    char buf[64], *low = n < sizeof buf ? buf : malloc(n + 1);
    if (!low) goto fail;
    int high = 0;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)list[k][i];
      if (c >= 0x80) high = 1;
      low[i] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
    }
    if (high) t->ascii = 0;
    /* a short ASCII word goes to the small table only (has_slow
    ** reads it there); the others to the map */
    int err = 0;
    if (n - 1 < 8 && !high) small_put(t, nw_load_short(low, n), n);
    else err = nw_map_put(&t->map, low, n, 1);
    if (low != buf) free(low);
    if (err) goto fail;
    if (n > t->longest) t->longest = n;
    t->lengths |= (uint32_t)1 << (n < 31 ? n : 31);
    if (n - 1 < 16) t->none[(unsigned char)list[k][0] & 31] &= (uint16_t)~(1u << (n - 1));
    if (n) {
      unsigned char c = (unsigned char)list[k][0];
      t->initials[c >> 6] |= (uint64_t)1 << (c & 63);
      if ((unsigned)(c | 0x20) - 'a' < 26u) c ^= 0x20, t->initials[c >> 6] |= (uint64_t)1 << (c & 63); /* the other case */
    }
  }
  return t;
fail:
  table_free(t);
  return NULL;
}

/* The set's table, built now if it was not; NULL without memory. */
static const nw_words_table *table_of(nw_words *w) {
  nw_words_table *t = atomic_load_explicit(&w->table, memory_order_acquire);
  if (t) return t;
  nw_words_table *mine = table_new(w->list), *none = NULL;
  if (!mine) return NULL;
  if (!atomic_compare_exchange_strong_explicit(&w->table, &none, mine, memory_order_acq_rel, memory_order_acquire)) {
    table_free(mine); /* another thread was first: `none` is its table */
    return none;
  }
  for (size_t c = 0; c < sizeof mine->none / sizeof *mine->none; c++)
    atomic_store_explicit(&w->none[c], mine->none[c], memory_order_relaxed);
  w->next = atomic_load_explicit(&built, memory_order_relaxed);
  while (!atomic_compare_exchange_weak_explicit(&built, &w->next, w, memory_order_release, memory_order_relaxed)) {
  }
  return mine;
}

/* The look-up of a set not built yet, of a word longer than 8 bytes or not
** ASCII. */
static int has_slow(nw_words *w, const char *s, size_t n) {
  const nw_words_table *t = table_of(w);
  if (!t) return scan(w->list, s, n);
  if (n == 0 || n > t->longest) return 0;
  if (!nw_words_sieve(t, s, n)) return 0;
  if (n <= 16) {
    uint64_t w0 = nw_load_short(s, n), w1 = n > 8 ? nw_load_short(s + 8, n - 8) : 0;
    if (!((w0 | w1) & (NW_ONES * 0x80))) {
      int caps;
      w0 = nw_word_lower(w0, &caps);
      if (n <= 8) return nw_words_small_has(t, w0, n);
      w1 = nw_word_lower(w1, &caps);
      return nw_map_find_word2(&t->map, w0, w1, n, nw_hash_short2(w0, w1, n)) != NULL;
    }
  }
  if (t->ascii) { /* a word with other bytes is in no ASCII set; a long ASCII one is lowercased */
    char low[64];
    if (n > sizeof low) return 0;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x80) return 0;
      low[i] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
    }
    return nw_map_find(&t->map, low, n) != NULL;
  }
  return scan(w->list, s, n);
}

int nw_words_lookup(nw_words *w, const char *s, size_t n) {
  const nw_words_table *t = atomic_load_explicit(&w->table, memory_order_acquire);
  if (!t) return has_slow(w, s, n);
  if (n - 1 < 8) { /* the common case: an ASCII word of up to 8 bytes */
    uint64_t w0 = nw_load_short(s, n);
    if (!(w0 & (NW_ONES * 0x80))) {
      int caps;
      w0 = nw_word_lower(w0, &caps);
      return nw_words_small_has(t, w0, n);
    }
  }
  if (!nw_words_sieve(t, s, n)) return 0;
  return has_slow(w, s, n);
}

/* At unload (or exit), with the lexicon. */
__attribute__((destructor)) static void free_tables(void) {
  nw_words *w = atomic_exchange(&built, NULL);
  while (w) {
    nw_words *next = w->next;
    table_free(atomic_exchange(&w->table, NULL));
    w->next = NULL;
    w = next;
  }
}
