/*
** nw_map.c — string hash map and TSV reading for the dictionaries.
*/
#include "nw_map.h"

#include <stdlib.h>
#include <string.h>

uint32_t nw_hash(const char *s, size_t n) { return nw_hash_inline(s, n); }

static int grow(nw_map *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
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

int nw_map_put(nw_map *m, const char *key, size_t n, int value) {
  if (m->oom) return -1;
  if ((m->count + 1) * 2 > m->cap && grow(m)) { /* at most half full: a miss ends soon */
    m->oom = 1;
    return -1;
  }
  uint32_t h = nw_hash(key, n);
  size_t j = h & (m->cap - 1);
  while (m->slots[j].key) {
    nw_map_slot *s = &m->slots[j];
    if (s->hash == h && s->len == n && nw_key_equal(s->key, key, n)) {
      s->value = value;
      return 0;
    }
    j = (j + 1) & (m->cap - 1);
  }
  char *copy = calloc(1, (n + 8) & ~(size_t)7); /* NUL and zero padding: see nw_key_equal */
  if (!copy) {
    m->oom = 1;
    return -1;
  }
  memcpy(copy, key, n);
  m->slots[j] = (nw_map_slot){copy, (uint32_t)n, h, value};
  m->count++;
  return 0;
}

const nw_map_slot *nw_map_find(const nw_map *m, const char *key, size_t n) {
  if (!m->cap) return NULL;
  return nw_map_find_hashed(m, key, n, nw_hash_inline(key, n));
}

int nw_map_get(const nw_map *m, const char *key, size_t n, int missing) {
  const nw_map_slot *s = nw_map_find(m, key, n);
  return s ? s->value : missing;
}

void nw_map_free(nw_map *m) {
  for (size_t i = 0; i < m->cap; i++) free((char *)m->slots[i].key);
  free(m->slots);
  memset(m, 0, sizeof *m);
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
