/*
** nw_map.c — string hash map and TSV reading for the dictionaries.
*/
#include "nw_map.h"

#include <stdlib.h>
#include <string.h>

uint32_t nw_hash(const char *s, size_t n) { return nw_hash_inline(s, n); }

static int grow(nw_map *m) {
  size_t cap = m->cap ? m->cap * 2 : m->first_cap ? m->first_cap : 64;
  nw_map_slot *slots = calloc(cap, sizeof *slots);
  if (!slots) return -1;
  for (size_t i = 0; i < m->cap; i++) {
    nw_map_slot *s = &m->slots[i];
    if (!s->key) continue;
    size_t j = s->hash & (cap - 1);
    while (slots[j].key) j = (j + 1) & (cap - 1);
    slots[j] = *s;
  }
  free(m->slots);
  m->slots = slots;
  m->cap = cap;
  return 0;
}

/* Room for a key's `size` bytes (a multiple of 8) in the map's blocks of
** keys: one allocation for many keys, freed all at once.  Blocks grow from
** 256 to 4096 bytes (a key longer than that has a block of its own). */
static char *key_room(nw_map *m, size_t size) {
  if (!m->keys || m->keys_cap - m->keys_used < size) {
    size_t cap = !m->keys ? 256 : m->keys_cap < 4096 ? m->keys_cap * 2 : 4096;
    if (cap < size + 8) cap = size + 8;
    char *b = malloc(cap);
    if (!b) return NULL;
    memcpy(b, &m->keys, sizeof m->keys); /* the link to the block before */
    m->keys = b;
    m->keys_used = 8;
    m->keys_cap = cap;
  }
  char *p = m->keys + m->keys_used;
  m->keys_used += size;
  return p;
}

int nw_map_seal(nw_map *m) {
  free(m->shorts);
  m->shorts = NULL;
  size_t count = 0, cap = 8;
  unsigned bits = 3;
  for (size_t j = 0; j < m->cap; j++) count += m->slots[j].key && m->slots[j].len - 1 < 8;
  if (!count) return 0;
  while (cap < 2 * count) cap *= 2, bits++;
  nw_map_short *x = calloc(cap, sizeof *x);
  if (!x) return -1;
  for (size_t j = 0; j < m->cap; j++) {
    const nw_map_slot *slot = &m->slots[j];
    if (!slot->key || slot->len - 1 >= 8) continue;
    uint64_t w = nw_load64(slot->key); /* zero-padded */
    size_t at = (size_t)((w * NW_HASH_MUL) >> (64 - bits));
    while (x[at].n) at = (at + 1) & (cap - 1);
    x[at] = (nw_map_short){w, slot->len, (uint32_t)j};
  }
  m->shorts = x;
  m->shorts_mask = cap - 1;
  m->shorts_shift = 64 - bits;
  return 0;
}

int nw_map_put(nw_map *m, const char *key, size_t n, int value) {
  if (m->oom) return -1;
  if (m->shorts) { /* a change unseals the map */
    free(m->shorts);
    m->shorts = NULL;
  }
  if ((m->count + 1) * 2 > m->cap && grow(m)) { /* at most half full: a miss ends soon */
    m->oom = 1;
    return -1;
  }
  /* a key of up to 16 bytes as one or two words (see find) */
  int words = n - 1 < 16;
  uint64_t w0 = words ? nw_load_short(key, n) : 0, w1 = words && n > 8 ? nw_load_short(key + 8, n - 8) : 0;
  uint32_t h = !words ? nw_hash_inline(key, n) : n <= 8 ? nw_hash_short(w0, n) : nw_hash_short2(w0, w1, n);
  size_t j = h & (m->cap - 1);
  while (m->slots[j].key) {
    nw_map_slot *s = &m->slots[j];
    if (s->hash == h && s->len == n &&
        (words ? nw_load64(s->key) == w0 && (n <= 8 || nw_load64(s->key + 8) == w1) : nw_key_equal(s->key, key, n))) {
      s->value = value;
      return 0;
    }
    j = (j + 1) & (m->cap - 1);
  }
  char *copy = key_room(m, (n + 8) & ~(size_t)7); /* NUL and zero padding: see nw_key_equal */
  if (!copy) {
    m->oom = 1;
    return -1;
  }
  memset(copy + (n & ~(size_t)7), 0, 8);
  if (words) {
    memcpy(copy, &w0, 8);
    if (n > 8) memcpy(copy + 8, &w1, 8);
  } else {
    memcpy(copy, key, n);
  }
  m->slots[j] = (nw_map_slot){copy, (uint32_t)n, h, value};
  m->count++;
  return 0;
}

/* A longer key (or an empty one), out of line: the short keys' path stays
** short. */
static __attribute__((noinline)) const nw_map_slot *find_long(const nw_map *m, const char *key, size_t n) {
  if (!m->cap) return NULL;
  return nw_map_find_hashed(m, key, n, nw_hash_inline(key, n));
}

/* A key of up to 16 bytes is one or two machine words (with the same hash
** as nw_hash's). */
static inline __attribute__((always_inline)) const nw_map_slot *find(const nw_map *m, const char *key, size_t n) {
  if (n - 1 < 16) return nw_map_find_words(m, nw_load_short(key, n), n > 8 ? nw_load_short(key + 8, n - 8) : 0, n);
  return find_long(m, key, n);
}

const nw_map_slot *nw_map_find_long(const nw_map *m, const char *key, size_t n) { return find(m, key, n); }

int nw_map_get_long(const nw_map *m, const char *key, size_t n, int missing) {
  const nw_map_slot *s = find(m, key, n);
  return s ? s->value : missing;
}

void nw_map_free(nw_map *m) {
  for (char *b = m->keys; b;) {
    char *prev;
    memcpy(&prev, b, sizeof prev);
    free(b);
    b = prev;
  }
  free(m->slots);
  free(m->shorts);
  unsigned first_cap = m->first_cap;
  memset(m, 0, sizeof *m);
  m->first_cap = first_cap; /* (a map freed may be used again) */
}

int nw_tsv_each(const char *text, size_t n, int max_fields, nw_tsv_fn fn, void *arg) {
  const char *field[16];
  size_t len[16];
  if (max_fields > 16) max_fields = 16;
  size_t i = 0;
  while (i < n) {
    const char *nl = memchr(text + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - text) : n;
    size_t line_end = end;
    if (line_end > i && text[line_end - 1] == '\r') line_end--;
    if (line_end > i && text[i] != '#') {
      int nf = 0;
      size_t a = i;
      while (nf < max_fields) {
        const char *tab = nf + 1 < max_fields ? memchr(text + a, '\t', line_end - a) : NULL;
        size_t b = tab ? (size_t)(tab - text) : line_end;
        field[nf] = text + a;
        len[nf] = b - a;
        nf++;
        if (!tab) break;
        a = b + 1;
      }
      int rc = fn(arg, nf, field, len);
      if (rc) return rc;
    }
    i = end + 1;
  }
  return 0;
}

void nw_list_each(const char *s, size_t n, nw_list_fn fn, void *arg) {
  size_t a = 0;
  while (a <= n) {
    const char *bar = memchr(s + a, '|', n - a);
    size_t b = bar ? (size_t)(bar - s) : n;
    if (b > a) fn(arg, s + a, b - a);
    if (!bar) break;
    a = b + 1;
  }
}
