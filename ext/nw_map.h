/*
** nw_map.h — a string-keyed hash map for the compiled-in dictionaries.
**
** Keys are byte strings (not NUL-terminated); values are ints (an index into
** the owner's own table, a class, a flag set).  Open addressing, built once
** and read-only afterwards, so it is safe to share between threads.
*/
#ifndef NW_MAP_H
#define NW_MAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct nw_map_slot {
  const char *key;   /* owned copy, NUL-terminated and zero-padded to a
                        multiple of 8 bytes; NULL for an empty slot */
  uint32_t len;
  uint32_t hash;
  int value;
} nw_map_slot;

/* A key of 1 to 8 bytes as its zero-padded word, with its slot (n 0: an
** empty entry); see nw_map_seal. */
typedef struct nw_map_short {
  uint64_t w;
  uint32_t n, slot;
} nw_map_short;

typedef struct nw_map {
  nw_map_slot *slots;
  size_t cap, count;  /* cap is a power of two */
  int oom;
  char *keys;         /* the block the next keys are copied into (its first
                         8 bytes link the blocks before it), or NULL */
  size_t keys_used, keys_cap;
  nw_map_short *shorts; /* see nw_map_seal, or NULL */
  size_t shorts_mask;
  unsigned shorts_shift;
  unsigned first_cap; /* the slots of its first table (a power of two; 0: 64):
                         fewer for a map of a few keys per text, which the
                         allocator then gives and takes back quickly */
} nw_map;

/* For a map that is done changing (the dictionaries): its keys of up to 8
** bytes again, in a table of their own at most half full, placed by one
** multiplication of the key's word, which nw_map_find and nw_map_get then
** read (one entry, no key to follow).  nw_map_put drops it.  Returns 0, or
** -1 without memory (then the map is read as before). */
int nw_map_seal(nw_map *m);

uint32_t nw_hash(const char *s, size_t n);

/* Inserts or replaces; returns 0 or -1 (memory). */
int nw_map_put(nw_map *m, const char *key, size_t n, int value);
/* Returns the slot holding key, or NULL (inline below). */
static inline const nw_map_slot *nw_map_find(const nw_map *m, const char *key, size_t n);
const nw_map_slot *nw_map_find_long(const nw_map *m, const char *key, size_t n); /* (nw_map_find's other keys) */
/* The same with the key's nw_hash() already known (inline below). */
static inline const nw_map_slot *nw_map_find_hashed(const nw_map *m, const char *key, size_t n, uint32_t hash);

/* The hash: eight bytes at a time (little-endian, the last word
** zero-padded), seeded with the length.  Inline pieces so that callers can
** hash a key while they make it (nw_key_ascii). */
#define NW_HASH_MUL 0x9E3779B97F4A7C15ull
#define NW_ONES 0x0101010101010101ull
static inline uint64_t nw_hash_start(size_t n) { return (uint64_t)n * NW_HASH_MUL + 0x2545F4914F6CDD1Dull; }
static inline uint64_t nw_hash_word(uint64_t h, uint64_t w) {
  h = (h ^ w) * NW_HASH_MUL;
  return h ^ (h >> 32);
}
static inline uint32_t nw_hash_end(uint64_t h) {
  uint32_t r = (uint32_t)(h ^ (h >> 29));
  return r ? r : 1;
}
static inline uint64_t nw_load64(const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
}
/* The r < 8 bytes at s as a zero-padded little-endian word, without reading
** past them: two overlapping loads whose common bytes agree. */
static inline uint64_t nw_load_tail(const char *s, size_t r) {
  uint32_t a, b;
  uint16_t c, d;
  if (r >= 4) {
    memcpy(&a, s, 4);
    memcpy(&b, s + r - 4, 4);
    return (uint64_t)a | (uint64_t)b << (8 * (r - 4));
  }
  if (r >= 2) {
    memcpy(&c, s, 2);
    memcpy(&d, s + r - 2, 2);
    return (uint64_t)c | (uint64_t)d << (8 * (r - 2));
  }
  return r ? (unsigned char)s[0] : 0;
}
static inline uint32_t nw_hash_inline(const char *s, size_t n) {
  uint64_t h = nw_hash_start(n);
  size_t k = 0;
  for (; k + 8 <= n; k += 8) h = nw_hash_word(h, nw_load64(s + k));
  if (k < n) h = nw_hash_word(h, nw_load_tail(s + k, n - k));
  return nw_hash_end(h);
}

/* Does a slot's padded key equal key[0..n)? */
static inline int nw_key_equal(const char *padded, const char *key, size_t n) {
  size_t k = 0;
  for (; k + 8 <= n; k += 8)
    if (nw_load64(padded + k) != nw_load64(key + k)) return 0;
  return k == n || nw_load64(padded + k) == nw_load_tail(key + k, n - k);
}

static inline const nw_map_slot *nw_map_find_hashed(const nw_map *m, const char *key, size_t n, uint32_t h) {
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1, j = h & mask;
  for (;; j = (j + 1) & mask) {
    const nw_map_slot *s = &m->slots[j];
    if (!s->key) return NULL;
    if (s->hash == h && s->len == n && nw_key_equal(s->key, key, n)) return s;
  }
}

/* The same for a key of at most 8 bytes given as its zero-padded word
** (with its hash, nw_hash_end(nw_hash_word(nw_hash_start(n), w))). */
static inline const nw_map_slot *nw_map_find_word(const nw_map *m, uint64_t w, size_t n, uint32_t h) {
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1, j = h & mask;
  for (;; j = (j + 1) & mask) {
    const nw_map_slot *s = &m->slots[j];
    if (!s->key) return NULL;
    if (s->hash == h && s->len == n && nw_load64(s->key) == w) return s;
  }
}

/* The slot of key word w of n (1..8) bytes in a sealed map (m->shorts). */
static inline const nw_map_slot *nw_map_find_short(const nw_map *m, uint64_t w, size_t n) {
  for (size_t j = (size_t)((w * NW_HASH_MUL) >> m->shorts_shift);; j = (j + 1) & m->shorts_mask) {
    const nw_map_short *e = &m->shorts[j];
    if (!e->n) return NULL;
    if (e->w == w && e->n == n) return &m->slots[e->slot];
  }
}

/* The lanes (high bits) of bytes in [lo, hi] of a word of bytes < 0x80. */
static inline uint64_t nw_word_in(uint64_t w, unsigned lo, unsigned hi) {
  return ((w + NW_ONES * (0x80 - lo)) & ~(w + NW_ONES * (0x7F - hi))) & (NW_ONES * 0x80);
}
/* The high bits of the first n (1..8) byte lanes. */
static inline uint64_t nw_word_lanes(size_t n) {
  return n >= 8 ? NW_ONES * 0x80 : (NW_ONES * 0x80) & ((1ull << (8 * n)) - 1);
}
/* The first n (1..8) bytes at s as a zero-padded word (reads only them). */
static inline uint64_t nw_load_short(const char *s, size_t n) { return n >= 8 ? nw_load64(s) : nw_load_tail(s, n); }
/* The same where `avail` bytes (at least n) may be read from s: one load
** and a mask when eight can be (a token inside a text, mostly). */
static inline uint64_t nw_load_upto(const char *s, size_t n, size_t avail) {
  return avail >= 8 ? nw_load64(s) & (~0ull >> (64 - 8 * n)) : nw_load_tail(s, n);
}
static inline uint32_t nw_hash_short(uint64_t w, size_t n) { return nw_hash_end(nw_hash_word(nw_hash_start(n), w)); }
/* The hash of a key of 9 to 16 bytes as two words (the second zero-padded). */
static inline uint32_t nw_hash_short2(uint64_t w0, uint64_t w1, size_t n) {
  return nw_hash_end(nw_hash_word(nw_hash_word(nw_hash_start(n), w0), w1));
}

/* The same for a key of 9 to 16 bytes given as two words (the second
** zero-padded), hashed nw_hash_short2(). */
static inline const nw_map_slot *nw_map_find_word2(const nw_map *m, uint64_t w0, uint64_t w1, size_t n, uint32_t h) {
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1, j = h & mask;
  for (;; j = (j + 1) & mask) {
    const nw_map_slot *s = &m->slots[j];
    if (!s->key) return NULL;
    if (s->hash == h && s->len == n && nw_load64(s->key) == w0 && nw_load64(s->key + 8) == w1) return s;
  }
}

/* The slot of a key of 1 to 16 bytes given as its words w0, w1 (zero-padded;
** w1 unused up to 8 bytes): the sealed table, one word or two. */
static inline __attribute__((always_inline)) const nw_map_slot *nw_map_find_words(const nw_map *m, uint64_t w0, uint64_t w1, size_t n) {
  if (n <= 8) return m->shorts ? nw_map_find_short(m, w0, n) : nw_map_find_word(m, w0, n, nw_hash_short(w0, n));
  return nw_map_find_word2(m, w0, w1, n, nw_hash_short2(w0, w1, n));
}

/* Lowercases the ASCII capitals of a word of bytes < 0x80; *caps is set
** when there were any. */
static inline uint64_t nw_word_lower(uint64_t w, int *caps) {
  /* bytes 'A'..'Z' (all bytes < 0x80, so no carries between them) */
  uint64_t up = nw_word_in(w, 'A', 'Z');
  *caps = up != 0;
  return w | up >> 2;
}

/* The key of an ASCII word: s[0..n) itself, or with fold its lowercase
** form written to buf (room for n + 8 bytes) when it has capitals.  Sets
** *hash to the key's nw_hash().  `avail` bytes may be read from s (at least
** n).  Returns the key, or NULL when s holds a byte >= 0x80 (then the
** caller makes the key the slow way). */
static inline const char *nw_key_ascii(const char *s, size_t n, size_t avail, int fold, char *buf,
                                       uint32_t *hash) {
  uint64_t h = nw_hash_start(n), caps = 0;
  size_t k = 0;
  for (;; k += 8) {
    uint64_t w;
    size_t r = n - k;
    if (r >= 8) w = nw_load64(s + k);
    else if (r == 0) break;
    else if (k + 8 <= avail) w = nw_load64(s + k) & ((1ull << (8 * r)) - 1);
    else w = nw_load_tail(s + k, r);
    if (w & (NW_ONES * 0x80)) return NULL;
    if (fold) {
      /* bytes 'A'..'Z' (all bytes < 0x80, so no carries between them) */
      uint64_t up = ((w + NW_ONES * (0x80 - 'A')) & ~(w + NW_ONES * (0x7F - 'Z'))) & (NW_ONES * 0x80);
      w |= up >> 2;
      caps |= up;
      memcpy(buf + k, &w, 8);
    }
    h = nw_hash_word(h, w);
    if (r <= 8) break;
  }
  *hash = nw_hash_end(h);
  return caps ? buf : s;
}

static inline const nw_map_slot *nw_map_find(const nw_map *m, const char *key, size_t n) {
  if (n - 1 >= 16) return nw_map_find_long(m, key, n);
  uint64_t w0 = nw_load_short(key, n < 8 ? n : 8), w1 = n > 8 ? nw_load_short(key + 8, n - 8) : 0;
  return nw_map_find_words(m, w0, w1, n);
}

int nw_map_get_long(const nw_map *m, const char *key, size_t n, int missing); /* (nw_map_get's other keys) */
/* Value for key, or `missing` (inline for keys of 1 to 16 bytes: most
** look-ups, from many places). */
static inline int nw_map_get(const nw_map *m, const char *key, size_t n, int missing) {
  if (n - 1 >= 16) return nw_map_get_long(m, key, n, missing);
  uint64_t w0 = nw_load_short(key, n < 8 ? n : 8), w1 = n > 8 ? nw_load_short(key + 8, n - 8) : 0;
  const nw_map_slot *s = nw_map_find_words(m, w0, w1, n);
  return s ? s->value : missing;
}
void nw_map_free(nw_map *m);

/* Calls fn for each line of a TSV text that is not empty or a # comment,
** with the line split into at most max_fields fields at TABs.  Stops when fn
** returns non-zero and returns that value. */
typedef int (*nw_tsv_fn)(void *arg, int nfield, const char **field, const size_t *len);
int nw_tsv_each(const char *text, size_t n, int max_fields, nw_tsv_fn fn, void *arg);

/* Calls fn for each '|'-separated item of a list field. */
typedef void (*nw_list_fn)(void *arg, const char *item, size_t len);
void nw_list_each(const char *s, size_t n, nw_list_fn fn, void *arg);

#endif
