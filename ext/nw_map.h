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

typedef struct nw_map_slot {
  const char *key;   /* owned copy, or NULL for an empty slot */
  uint32_t len;
  uint32_t hash;
  int value;
} nw_map_slot;

typedef struct nw_map {
  nw_map_slot *slots;
  size_t cap, count;  /* cap is a power of two */
  int oom;
} nw_map;

uint32_t nw_hash(const char *s, size_t n);

/* Inserts or replaces; returns 0 or -1 (memory). */
int nw_map_put(nw_map *m, const char *key, size_t n, int value);
/* Returns the slot holding key, or NULL. */
const nw_map_slot *nw_map_find(const nw_map *m, const char *key, size_t n);
/* Value for key, or `missing`. */
int nw_map_get(const nw_map *m, const char *key, size_t n, int missing);
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
