/*
** nw_phrase.c — phrase tables (see nw_phrase.h).
*/
#include "nw_phrase.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

int nw_phrases_add(nw_phrases *p, const char *text, size_t n, int value) {
  p->bit = 0; /* a table that changes leaves the index */
  nw_tokens t = {0};
  nw_buf key = {0}, first = {0};
  int ntok = 0;
  if (nw_tokenize_phrase(&t, text, n) == 0 && t.ntok > 0 && t.ntok <= NW_PHRASE_MAX_TOKENS) {
    size_t three = 0; /* the key's bytes up to the end of its third token */
    for (size_t i = 0; i < t.ntok; i++) {
      if (i) nw_buf_putc(&key, ' ');
      nw_tok_key(&t, i, p->fold, &key);
      if (i == 2) three = key.n;
    }
    nw_tok_key(&t, 0, p->fold, &first);
    size_t first_len = first.n;
    if (t.ntok > 1) {
      nw_buf_putc(&first, ' ');
      nw_tok_key(&t, 1, p->fold, &first);
    }
    ntok = (int)t.ntok;
    if (key.oom || first.oom || nw_map_put(&p->map, key.p, key.n, value)) {
      ntok = -1;
    } else {
      int longest = nw_map_get(&p->first, first.p, first_len, 0);
      if (ntok > longest && nw_map_put(&p->first, first.p, first_len, ntok)) ntok = -1;
      longest = ntok > 1 ? nw_map_get(&p->second, first.p, first.n, 0) : ntok;
      if (ntok > longest && nw_map_put(&p->second, first.p, first.n, ntok)) ntok = -1;
      longest = ntok > 2 ? nw_map_get(&p->third, key.p, three, 0) : ntok;
      if (ntok > longest && nw_map_put(&p->third, key.p, three, ntok)) ntok = -1;
    }
  } else if (t.oom) {
    ntok = -1;
  }
  nw_tokens_free(&t);
  nw_buf_free(&key);
  nw_buf_free(&first);
  return ntok;
}

/* Appends token i's key to out[*len..cap); returns 0, or -1 when it does not
** fit (then no phrase that long can match anyway). */
static int append_key(const nw_tokens *t, size_t i, int fold, char *out, size_t *len, size_t cap) {
  const char *s = nw_tok_text(t, i);
  size_t n = nw_tok_len(t, i);
  for (size_t k = 0; k < n;) {
    unsigned char c = (unsigned char)s[k];
    if (*len + 4 >= cap) return -1;
    if (c < 0x80) {
      out[(*len)++] = (char)(fold && c >= 'A' && c <= 'Z' ? c + 32 : c);
      k++;
      continue;
    }
    size_t at = k;
    int32_t cp = nw_utf8_next(s, n, &k);
    if (cp == 0x2019) {
      out[(*len)++] = '\'';
    } else if (cp == 0x2010 || cp == 0x2011) {
      out[(*len)++] = '-';
    } else if (cp < 0 || !fold) {
      memcpy(out + *len, s + at, k - at);
      *len += k - at;
    } else {
      *len += nw_utf8_encode(nw_to_lower(cp), out + *len);
    }
  }
  return 0;
}

/* The old way, kept for keys near the buffer's size, where its limits
** decide what can match: builds the keys in a buffer, then looks them up. */
static int match_slow(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value) {
  char key[512];
  size_t len = 0;
  /* The first token decides whether anything can start here. */
  if (append_key(t, i, p->fold, key, &len, sizeof key)) return 0;
  int longest = nw_map_get(&p->first, key, len, 0);
  if (longest <= 0) return 0;
  size_t ends[NW_PHRASE_MAX_TOKENS + 1];
  size_t count = 1;
  ends[1] = len;
  uint32_t sent = t->tok[i].sent;
  if ((size_t)longest > max) longest = (int)max;
  while (count < (size_t)longest && i + count < t->ntok && t->tok[i + count].sent == sent) {
    if (len + 1 >= sizeof key) break;
    key[len++] = ' ';
    if (append_key(t, i + count, p->fold, key, &len, sizeof key)) break;
    count++;
    ends[count] = len;
  }
  for (size_t n = count; n >= 1; n--) {
    const nw_map_slot *slot = nw_map_find(&p->map, key, ends[n]);
    if (slot) {
      *value = slot->value;
      return (int)n;
    }
  }
  return 0;
}

/* Keys up to this many bytes of text cannot reach the limits of match_slow's
** buffer (a key is at most 1.5 times its text: lowercase forms are at most
** one byte longer than a two-byte capital, and ’ ‐ ‑ shrink). */
#define FAST_TEXT 300

/* Token i's key and its hash: an ASCII token is its own key (lowercased
** into buf when the table folds and it has capitals); others are made by
** append_key into buf.  buf has room for FAST_TEXT * 1.5 + 8 bytes. */
static inline const char *token_key(const nw_phrases *p, const nw_tokens *t, size_t i, char *buf, size_t *n,
                                    uint32_t *hash) {
  size_t start = t->tok[i].start;
  *n = nw_tok_len(t, i);
  const char *k = nw_key_ascii(t->s + start, *n, t->n - start, p->fold, buf, hash);
  if (k) return k;
  *n = 0;
  append_key(t, i, p->fold, buf, n, 512);
  *hash = nw_hash(buf, *n);
  return buf;
}

/* ------------------------------------------------------------ the index */

/* What the index knows of a first word (folded): the bits of the tables
** it starts phrases of (`any`), and of those where the word alone may be a
** phrase or where the index cannot tell from the next word (`alone`).  For
** the others, the word and the next one must start a longer phrase: the
** pairs are kept as the two words' hashes with their bits.  A case-kept
** table counts for any way of writing the words (the index only rules
** tables out; two pairs with the same hashes only cost a look-up). */
typedef struct first_word {
  uint32_t any, alone;
} first_word;

typedef struct first_pair {
  uint64_t hashes; /* the first word's hash << 32 | the second's; 0: empty */
  uint32_t bits;
} first_pair;

static nw_map index_words; /* folded word -> index into first_words (while the index is built) */
static first_word *first_words;

/* The first words again, for the look-ups of nw_tokenize: each slot holds
** its word's key (as index_key's words: no key has a zero byte, so they
** tell its length too) and bits, so a look-up reads one slot; hashed by
** index_mix (at most a quarter full: a miss ends its search soon). */
typedef struct first_slot {
  uint64_t w0, w1; /* w0 0: empty */
  first_word bits;
} first_slot;
static first_slot *first_tab;
static size_t first_mask;
static unsigned first_shift;

/* The hash of a first word's key words w0, w1 (zero-padded): its top bits
** place it in first_tab, (uint32_t)(h >> 32) | 1 is the word's half of a
** pair's key.  (Without the length: no key has a NUL byte, so its padded
** words tell it; a word of up to 8 bytes, most, costs one multiplication.) */
static inline uint64_t index_mix(uint64_t w0, uint64_t w1) {
  return (w0 + w1 * 0xC2B2AE3D27D4EB4Full) * NW_HASH_MUL;
}
static inline uint32_t index_hash32(uint64_t mix) { return (uint32_t)(mix >> 32) | 1; }

/* index_mix of a folded ASCII word of 1 to 16 bytes. */
static uint64_t index_mix_of(const char *low, size_t n) {
  uint64_t w0 = nw_load_short(low, n < 8 ? n : 8), w1 = n > 8 ? nw_load_short(low + 8, n - 8) : 0;
  return index_mix(w0, w1);
}
static size_t nfirst, first_cap;
/* The first code points past ASCII of the tables' first words that start
** with one (`Élysée`), sorted: a token that starts with any other (a word
** in Cyrillic, `Путина`) starts no phrase of any table (see wide_bits). */
static int32_t *wide_firsts;
static size_t nwide, wide_cap;
static first_pair *pairs;
static size_t npairs, pair_cap; /* pair_cap is a power of two, at most half full */
static atomic_int index_ready;

int nw_phrases_indexed(void) { return atomic_load_explicit(&index_ready, memory_order_acquire); }

/* The index folds ASCII bytes by setting their 0x20 bit: that lowercases
** the letters and keeps the other bytes of words (digits, ' - . ,), and
** costs one `or` a token.  (Some punctuation meets other punctuation:
** `[` is `{`, which only costs a look-up.) */
#define FOLD_LANES(n) (NW_ONES * 0x20 & (~0ull >> (64 - 8 * (n)))) /* of the first n (1..8) bytes */

/* Folds key[0..n) (tokens' keys, joined by spaces) into out[0..n) when it
** is ASCII; returns 0, or -1 when it is not (such keys are not indexed:
** their first words get every bit). */
static int fold_ascii(const char *key, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)key[i];
    if (c >= 0x80) return -1;
    out[i] = (char)(c | 0x20);
  }
  return 0;
}

/* The entry of a first word (made when missing); NULL on memory failure. */
static first_word *first_word_of(const char *low, size_t n) {
  int at = nw_map_get(&index_words, low, n, -1);
  if (at >= 0) return &first_words[at];
  if (nw_grow(&first_words, &first_cap, nfirst, sizeof *first_words, 1024)) return NULL;
  if (nw_map_put(&index_words, low, n, (int)nfirst)) return NULL;
  first_words[nfirst] = (first_word){0, 0};
  return &first_words[nfirst++];
}

/* The slot of pairs (pt, of pair_cap = mask + 1) for the hashes given. */
static inline first_pair *pair_in(const first_pair *pt, size_t mask, uint64_t hashes) {
  size_t j = (size_t)(hashes ^ hashes >> 29) & mask;
  while (pt[j].hashes && pt[j].hashes != hashes) j = (j + 1) & mask;
  return (first_pair *)&pt[j];
}
static first_pair *pair_slot(uint64_t hashes) { return pair_in(pairs, pair_cap - 1, hashes); }

static int add_pair(uint64_t hashes, uint32_t bit) {
  if (2 * (npairs + 1) > pair_cap) {
    size_t cap = pair_cap ? pair_cap * 2 : 4096;
    first_pair *old = pairs, *p = calloc(cap, sizeof *p);
    if (!p) return -1;
    size_t old_cap = pair_cap;
    pairs = p;
    pair_cap = cap;
    for (size_t j = 0; j < old_cap; j++)
      if (old[j].hashes) *pair_slot(old[j].hashes) = old[j];
    free(old);
  }
  first_pair *slot = pair_slot(hashes);
  if (!slot->hashes) npairs++;
  slot->hashes = hashes;
  slot->bits |= bit;
  return 0;
}

/* Notes the first code point of a first word that starts past ASCII
** (unsorted until sort_wide_firsts). */
static int note_wide_first(const char *key, size_t n) {
  size_t at = 0;
  int32_t cp = nw_utf8_next(key, n, &at);
  if (nw_grow(&wide_firsts, &wide_cap, nwide, sizeof *wide_firsts, 64)) return -1;
  wide_firsts[nwide++] = cp;
  return 0;
}

static int cmp_cp(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

static void sort_wide_firsts(void) {
  if (nwide) qsort(wide_firsts, nwide, sizeof *wide_firsts, cmp_cp);
}

static int is_wide_first(int32_t cp) {
  return nwide && bsearch(&cp, wide_firsts, nwide, sizeof *wide_firsts, cmp_cp) != NULL;
}

/* Adds table `bit`'s first words (from its `first` map) and the words that
** are a phrase alone (from its phrases). */
static int index_first_words(const nw_phrases *p, uint32_t bit) {
  for (size_t j = 0; j < p->first.cap; j++) {
    const nw_map_slot *slot = &p->first.slots[j];
    char low[16];
    if (slot->key && slot->value > 0 && (unsigned char)slot->key[0] >= 0x80 && note_wide_first(slot->key, slot->len))
      return -1;
    if (!slot->key || slot->value <= 0 || slot->len > 16 || fold_ascii(slot->key, slot->len, low)) continue;
    first_word *w = first_word_of(low, slot->len);
    if (!w) return -1;
    w->any |= bit;
    if (slot->value == 1) w->alone |= bit; /* its longest phrase is the word itself */
  }
  for (size_t j = 0; j < p->map.cap; j++) { /* words that are a phrase and start longer ones too */
    const nw_map_slot *slot = &p->map.slots[j];
    char low[16];
    if (!slot->key || slot->len > 16 || memchr(slot->key, ' ', slot->len) || fold_ascii(slot->key, slot->len, low))
      continue;
    int at = nw_map_get(&index_words, low, slot->len, -1);
    if (at >= 0) first_words[at].alone |= bit;
  }
  return 0;
}

/* Adds table `bit`'s first pairs (from its `second` map). */
static int index_first_pairs(const nw_phrases *p, uint32_t bit) {
  for (size_t j = 0; j < p->second.cap; j++) {
    const nw_map_slot *slot = &p->second.slots[j];
    if (!slot->key) continue;
    const char *space = memchr(slot->key, ' ', slot->len);
    size_t n1 = space ? (size_t)(space - slot->key) : slot->len, n2 = slot->len - n1 - (space != NULL);
    char low[16], low2[16];
    if (n1 > 16 || fold_ascii(slot->key, n1, low)) continue; /* a first word the index does not hold */
    int at = nw_map_get(&index_words, low, n1, -1);
    if (at < 0) continue;
    if (!space || n2 == 0 || n2 > 16 || fold_ascii(space + 1, n2, low2)) {
      first_words[at].alone |= bit; /* the pair cannot be looked up: the word keeps the table */
      continue;
    }
    if (add_pair((uint64_t)index_hash32(index_mix_of(low, n1)) << 32 | index_hash32(index_mix_of(low2, n2)), bit))
      return -1;
  }
  return 0;
}

/* first_tab from index_words and first_words. */
static int build_first_tab(void) {
  size_t cap = 16;
  unsigned bits = 4;
  while (cap < 4 * nfirst) cap *= 2, bits++;
  first_tab = calloc(cap, sizeof *first_tab);
  if (!first_tab) return -1;
  first_mask = cap - 1;
  first_shift = 64 - bits;
  for (size_t j = 0; j < index_words.cap; j++) {
    const nw_map_slot *slot = &index_words.slots[j];
    if (!slot->key) continue;
    uint64_t w0 = nw_load64(slot->key), w1 = slot->len > 8 ? nw_load64(slot->key + 8) : 0; /* zero-padded */
    size_t at = (size_t)(index_mix(w0, w1) >> first_shift);
    while (first_tab[at].w0) at = (at + 1) & first_mask;
    first_tab[at] = (first_slot){w0, w1, first_words[slot->value]};
  }
  /* (the pairs were added: what was built from is no longer needed) */
  nw_map_free(&index_words);
  free(first_words);
  first_words = NULL;
  nfirst = first_cap = 0;
  return 0;
}

int nw_phrases_index(nw_phrases *const *tables, size_t n) {
  if (n > 32) return -1;
  for (size_t k = 0; k < n; k++)
    if (index_first_words(tables[k], (uint32_t)1 << k)) goto fail;
  for (size_t k = 0; k < n; k++)
    if (index_first_pairs(tables[k], (uint32_t)1 << k)) goto fail;
  if (build_first_tab()) goto fail;
  sort_wide_firsts();
  for (size_t k = 0; k < n; k++) tables[k]->bit = (uint32_t)1 << k;
  atomic_store_explicit(&index_ready, 1, memory_order_release);
  return 0;
fail:
  nw_phrases_index_free();
  return -1;
}

void nw_phrases_index_free(void) {
  atomic_store_explicit(&index_ready, 0, memory_order_release);
  nw_map_free(&index_words);
  free(first_words);
  free(first_tab);
  first_tab = NULL;
  free(pairs);
  free(wide_firsts);
  first_words = NULL;
  pairs = NULL;
  wide_firsts = NULL;
  nfirst = first_cap = npairs = pair_cap = nwide = wide_cap = 0;
}

/* A token as the index keys it: folded ASCII of at most 16 bytes, with ’
** as ' and the Unicode hyphens as - (as in the tables' keys, see
** append_key), given as two zero-padded words and its
** index_mix().  key_of() returns 0, or -1 when the token has other
** characters or is longer (then the index cannot tell). */
typedef struct index_key {
  uint64_t w[2]; /* (no key has a zero byte: the padding tells its length) */
  uint64_t mix;  /* index_mix() */
} index_key;

/* The slot of first_tab holding key k, or NULL (first_in: with first_tab
** and its shift and mask given). */
static inline const first_slot *first_in(const first_slot *tab, unsigned shift, size_t mask, const index_key *k) {
  for (size_t j = (size_t)(k->mix >> shift);; j = (j + 1) & mask) {
    const first_slot *e = &tab[j];
    if (!e->w0) return NULL;
    if (e->w0 == k->w[0] && e->w1 == k->w[1]) return e;
  }
}
static inline const first_slot *first_of(const index_key *k) { return first_in(first_tab, first_shift, first_mask, k); }

static __attribute__((noinline)) int key_of_slow(const char *s, size_t n, index_key *k) {
  char buf[16] = {0};
  size_t len = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (len == sizeof buf) return -1;
    if (c < 0x80) {
      buf[len++] = (char)(c | 0x20);
      i++;
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91)) {
      buf[len++] = (unsigned char)s[i + 2] == 0x99 ? '\'' : '-';
      i += 3;
    } else {
      return -1;
    }
  }
  if (len == 0) return -1;
  memcpy(k->w, buf, 16);
  k->mix = index_mix(k->w[0], k->w[1]);
  return 0;
}

/* (avail: the bytes that may be read from s, at least n) */
static inline __attribute__((always_inline)) int key_of(const char *s, size_t n, size_t avail, index_key *k) {
  if (n - 1 < 16) {
    uint64_t w0, w1 = 0;
    if (n <= 8) { /* the common case: one word */
      w0 = nw_load_upto(s, n, avail) | FOLD_LANES(n);
    } else {
      w0 = nw_load64(s) | FOLD_LANES(8);
      w1 = nw_load_upto(s + 8, n - 8, avail - 8) | FOLD_LANES(n - 8);
    }
    if (!((w0 | w1) & (NW_ONES * 0x80))) { /* the common case: no copy */
      k->w[0] = w0;
      k->w[1] = w1;
      k->mix = index_mix(k->w[0], k->w[1]);
      return 0;
    }
  }
  /* (through a key of its own: k's address does not escape, and it may
  ** stay in registers) */
  index_key slow;
  if (key_of_slow(s, n, &slow)) return -1;
  *k = slow;
  return 0;
}

/* The bits of a token the index has no key for: every table's, unless it
** starts with a code point past ASCII that no table's first word starts
** with, as written or lowercased (the keys of case-kept tables keep the
** token's letters, folded ones lowercase them: see append_key).  ’ and the
** Unicode hyphens become ASCII in keys; bytes that are no UTF-8 stay. */
static __attribute__((noinline)) uint32_t wide_bits(const nw_tokens *t, size_t k) {
  size_t at = t->tok[k].start;
  if ((unsigned char)t->s[at] < 0x80) return UINT32_MAX;
  int32_t cp = nw_utf8_next(t->s, t->tok[k].end, &at);
  if (cp < 0 || cp == 0x2019 || cp == 0x2010 || cp == 0x2011 || is_wide_first(cp) || is_wide_first(nw_to_lower(cp)))
    return UINT32_MAX;
  return 0;
}

/* The bits of a word's key k (see nw_phrases_entry) given the next
** word's key k2: `next` is 1 when k2 holds it, 0 when the sentence has no
** next word, -1 when its key cannot be made (then the pair cannot be
** looked up). */
static inline __attribute__((always_inline)) uint32_t bits_of_key(const index_key *k, const index_key *k2, int next) {
  const first_slot *slot = first_of(k);
  if (!slot) return 0;
  const first_word *w = &slot->bits;
  uint32_t bits = w->alone, rest = w->any & ~w->alone;
  if (!rest || next == 0) return bits; /* no second word in the sentence: only the word alone */
  if (next < 0) return bits | rest;
  if (!pair_cap) return bits;
  return bits | (rest & pair_slot((uint64_t)index_hash32(k->mix) << 32 | index_hash32(k2->mix))->bits);
}

/* Token k's index key: 1, or -1 when it has none. */
static inline __attribute__((always_inline)) int index_key_of(const nw_tokens *t, size_t k, index_key *key) {
  size_t start = t->tok[k].start;
  return key_of(t->s + start, t->tok[k].end - start, t->n - start, key) ? -1 : 1;
}

/* Token k's entry from its key and the next token's (`made`: 1, or -1 when
** the token has no key; a next token in another sentence does not count). */
static inline __attribute__((always_inline)) nw_tok_first entry_of(const nw_tokens *t, size_t k, const index_key *key, int made,
                             const index_key *next_key, int next_made) {
  const nw_tok *tok = &t->tok[k];
  int next = k + 1 < t->ntok && t->tok[k + 1].sent == tok->sent ? next_made : 0;
  uint32_t bits = tok->type == NW_TOK_PUNCT ? UINT32_MAX : made < 0 ? wide_bits(t, k) : bits_of_key(key, next_key, next);
  return (nw_tok_first){tok->start, tok->end, bits};
}

void nw_phrases_entries(const nw_tokens *t, nw_tok_first *e) {
  if (!nw_phrases_indexed()) {
    for (size_t k = 0; k < t->ntok; k++) e[k] = (nw_tok_first){t->tok[k].start, t->tok[k].end, UINT32_MAX};
    return;
  }
  /* One pass, each token's key made once, in registers: a word that starts
  ** pairs (`rest`) leaves its pair bits to the next token of its sentence,
  ** which makes its key for them (a punctuation mark's only then).  The
  ** index's tables and the text in locals: the stores to e would have them
  ** read again at every token. */
  const first_slot *tab = first_tab;
  const unsigned shift = first_shift;
  const size_t mask = first_mask, pmask = pair_cap - 1;
  const first_pair *pt = pairs;
  const nw_tok *tok = t->tok, *last = t->tok + t->ntok;
  const char *text = t->s;
  size_t len = t->n;
  uint32_t pending = 0;   /* the bits the token before may have by its pair */
  uint32_t pending_h = 0; /* (that token's key's index_hash32) */
  for (; tok < last; tok++, e++) {
    uint32_t start = tok->start, end = tok->end;
    int punct = tok->type == NW_TOK_PUNCT;
    uint32_t bits = UINT32_MAX;
    if (!punct || pending) {
      index_key key;
      int made = key_of(text + start, end - start, len - start, &key) ? -1 : 1;
      if (pending) { /* the token before's pair with this one */
        if (made < 0) e[-1].bits |= pending;
        else if (pt) e[-1].bits |= pending & pair_in(pt, pmask, (uint64_t)pending_h << 32 | index_hash32(key.mix))->bits;
        pending = 0;
      }
      if (!punct) {
        const first_slot *slot = made > 0 ? first_in(tab, shift, mask, &key) : NULL;
        bits = made > 0 ? 0 : wide_bits(t, (size_t)(tok - t->tok));
        if (slot) {
          uint32_t rest = slot->bits.any & ~slot->bits.alone;
          bits = slot->bits.alone;
          if (rest && tok + 1 < last && tok[1].sent == tok->sent) pending = rest, pending_h = index_hash32(key.mix);
        }
      }
    }
    *e = (nw_tok_first){start, end, bits};
  }
}

nw_tok_first nw_phrases_entry(const nw_tokens *t, size_t k) {
  if (!nw_phrases_indexed()) return (nw_tok_first){t->tok[k].start, t->tok[k].end, UINT32_MAX};
  index_key key = {{0}, 0}, next_key = {{0}, 0}; /* (set when made: the compiler cannot tell) */
  int made = index_key_of(t, k, &key), next_made = k + 1 < t->ntok ? index_key_of(t, k + 1, &next_key) : 0;
  return entry_of(t, k, &key, made, &next_key, next_made);
}

/* ------------------------------------------------------------ matching */

/* Tokens were moved since the index was made, by code other than
** nw_tokens_split (which keeps the index in step; nothing else moves tokens
** today): its entries are made again, as an entry depends on the next
** token too.  Without room the text has no index any more. */
static void realign(const nw_tokens *t, nw_tok_index *x) {
  if (t->ntok > x->cap) {
    x->n = 0;
    return;
  }
  for (size_t k = 0; k < t->ntok; k++) x->e[k] = nw_phrases_entry(t, k);
  x->n = t->ntok;
}

/* A phrase's key being made: the keys of its first `count` tokens joined
** by spaces in buf, each prefix ending at ends[1..count]; `text` bytes of
** token text so far (see FAST_TEXT), h the hash of the first key. */
typedef struct phrase_key {
  char buf[512];
  size_t len, count, text;
  size_t ends[NW_PHRASE_MAX_TOKENS + 1];
  uint32_t h;
} phrase_key;

/* The longest phrase starting at token i of at most `longest` tokens, its
** key begun in k (two tokens or more: the first two start a longer phrase;
** one: not known yet): adds the next tokens' keys (while the first two,
** then three, start a longer phrase: most prefixes stop there), then looks
** the prefixes up, the longest first. */
static inline __attribute__((always_inline)) int match_longest(const nw_phrases *p, const nw_tokens *t, size_t i,
                                                                size_t max, int longest, phrase_key *k, int *value) {
  uint32_t sent = t->tok[i].sent;
  while (k->count < (size_t)longest && i + k->count < t->ntok && t->tok[i + k->count].sent == sent) {
    size_t j = i + k->count, n;
    uint32_t hj;
    k->text += 1 + nw_tok_len(t, j);
    if (k->text > FAST_TEXT) return match_slow(p, t, i, max, value);
    k->buf[k->len++] = ' ';
    const char *kj = token_key(p, t, j, k->buf + k->len, &n, &hj);
    if (kj != k->buf + k->len) memcpy(k->buf + k->len, kj, n);
    k->len += n;
    k->ends[++k->count] = k->len;
    if (k->count == 2 || k->count == 3) { /* do the first two (three) tokens start a longer phrase? */
      const nw_map_slot *more = nw_map_find(k->count == 2 ? &p->second : &p->third, k->buf, k->len);
      if (!more) {
        k->count--;
        break;
      }
      if (more->value < longest) longest = more->value;
    }
  }
  for (size_t n = k->count; n >= 1; n--) {
    const nw_map_slot *slot =
        nw_map_find_hashed(&p->map, k->buf, k->ends[n], n == 1 ? k->h : nw_hash_inline(k->buf, k->ends[n]));
    if (slot) {
      *value = slot->value;
      return (int)n;
    }
  }
  return 0;
}

int nw_phrases_match_full(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value) {
  if (i >= t->ntok || !p->map.count) return 0;
  nw_tok_index *x = t->index;
  if (x && x->n != t->ntok && x->n && p->bit) { /* (the index is in step with the tokens: most calls) */
    realign(t, x);
    if (i < x->n) {
      const nw_tok_first *f = &x->e[i];
      if (!(f->bits & p->bit) && nw_tok_first_fits(f, &t->tok[i])) return 0;
    }
  }
  phrase_key k;
  /* Most tokens are short ASCII words that start no phrase: their key is
  ** one machine word. */
  size_t tn = nw_tok_len(t, i);
  if (tn - 1 < 16) {
    const char *ts = nw_tok_text(t, i);
    size_t avail = t->n - t->tok[i].start;
    uint64_t w0 = tn > 8 ? nw_load64(ts) : nw_load_upto(ts, tn, avail);
    uint64_t w1 = tn > 8 ? nw_load_upto(ts + 8, tn - 8, avail - 8) : 0;
    if (!((w0 | w1) & (NW_ONES * 0x80))) {
      int caps;
      if (p->fold) w0 = nw_word_lower(w0, &caps), w1 = tn > 8 ? nw_word_lower(w1, &caps) : 0;
      uint64_t hw = nw_hash_word(nw_hash_start(tn), w0);
      if (tn > 8) hw = nw_hash_word(hw, w1);
      uint32_t h = nw_hash_end(hw);
      const nw_map_slot *first = tn > 8 ? nw_map_find_word2(&p->first, w0, w1, tn, h)
                                        : nw_map_find_word(&p->first, w0, tn, h);
      if (!first || first->value <= 0) return 0;
      int one = first->value == 1 || max <= 1;
      if (!one) { /* do the first two tokens start a longer phrase? (as below, without copies) */
        size_t j = i + 1, n2 = j < t->ntok ? nw_tok_len(t, j) : 0;
        if (j >= t->ntok || t->tok[j].sent != t->tok[i].sent) {
          one = 1;
        } else if (n2 <= 31) {
          char *two = k.buf;
          memcpy(two, &w0, 8);
          memcpy(two + 8, &w1, 8);
          two[tn] = ' ';
          /* the second word, eight bytes at a time (lowercased when the
          ** table folds): an ASCII one only */
          const char *s2 = nw_tok_text(t, j);
          size_t avail = t->n - t->tok[j].start, c;
          for (c = 0; c < n2; c += 8) {
            size_t r = n2 - c;
            uint64_t w;
            if (r >= 8) w = nw_load64(s2 + c);
            else if (c + 8 <= avail) w = nw_load64(s2 + c) & ((1ull << (8 * r)) - 1);
            else w = nw_load_tail(s2 + c, r);
            if (w & (NW_ONES * 0x80)) break;
            if (p->fold) w = nw_word_lower(w, &caps);
            memcpy(two + tn + 1 + c, &w, 8); /* (c <= 24: within the buffer) */
          }
          if (c >= n2) {
            const nw_map_slot *second = nw_map_find(&p->second, two, tn + 1 + n2);
            if (!second) {
              one = 1;
            } else { /* the key of two tokens is made: go on from there */
              int longest = first->value;
              if ((size_t)longest > max) longest = (int)max;
              if (second->value < longest) longest = second->value;
              k.len = k.text = tn + 1 + n2;
              k.count = 2;
              k.ends[1] = tn;
              k.ends[2] = k.len;
              k.h = h;
              return match_longest(p, t, i, max, longest, &k, value);
            }
          }
        }
      }
      if (one) {
        const nw_map_slot *slot = tn > 8 ? nw_map_find_word2(&p->map, w0, w1, tn, h)
                                         : nw_map_find_word(&p->map, w0, tn, h);
        if (!slot) return 0;
        *value = slot->value;
        return 1;
      }
    }
  }
  if (nw_tok_len(t, i) > FAST_TEXT) return match_slow(p, t, i, max, value);
  /* The first token decides whether anything can start here. */
  const char *k1 = token_key(p, t, i, k.buf, &k.len, &k.h);
  const nw_map_slot *first = nw_map_find_hashed(&p->first, k1, k.len, k.h);
  if (!first || first->value <= 0) return 0;
  int longest = first->value;
  if ((size_t)longest > max) longest = (int)max;
  if (longest == 1) {
    const nw_map_slot *slot = nw_map_find_hashed(&p->map, k1, k.len, k.h);
    if (!slot) return 0;
    *value = slot->value;
    return 1;
  }
  if (k1 != k.buf) memcpy(k.buf, k1, k.len);
  k.count = 1;
  k.ends[1] = k.len;
  k.text = nw_tok_len(t, i);
  return match_longest(p, t, i, max, longest, &k, value);
}

int nw_phrases_get(const nw_phrases *p, const char *text, size_t n, int missing) {
  if (!p->fold) return nw_map_get(&p->map, text, n, missing);
  char small[256]; /* (most texts: no allocation) */
  size_t m = n <= sizeof small / 4 ? nw_lower_into(text, n, small, sizeof small) : SIZE_MAX;
  if (m != SIZE_MAX) return nw_map_get(&p->map, small, m, missing);
  nw_buf low = {0};
  nw_lower(text, n, &low);
  int v = low.oom ? missing : nw_map_get(&p->map, low.p ? low.p : "", low.n, missing);
  nw_buf_free(&low);
  return v;
}

void nw_phrases_free(nw_phrases *p) {
  nw_map_free(&p->map);
  nw_map_free(&p->first);
  nw_map_free(&p->second);
  nw_map_free(&p->third);
}
