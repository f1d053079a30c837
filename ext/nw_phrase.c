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
    for (size_t i = 0; i < t.ntok; i++) {
      if (i) nw_buf_putc(&key, ' ');
      nw_tok_key(&t, i, p->fold, &key);
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

/* The ASCII first words of the tables, lowercased -> the bits of the tables
** they start phrases of: of folded tables for that word, of case-kept ones
** for any way of writing it (the index only rules tables out). */
static nw_map index_words;
static atomic_int index_ready;

int nw_phrases_indexed(void) { return atomic_load_explicit(&index_ready, memory_order_acquire); }

int nw_phrases_index(nw_phrases *const *tables, size_t n) {
  if (n > 32) return -1;
  for (size_t k = 0; k < n; k++) {
    const nw_map *m = &tables[k]->first;
    uint32_t bit = (uint32_t)1 << k;
    for (size_t j = 0; j < m->cap; j++) {
      const nw_map_slot *slot = &m->slots[j];
      if (!slot->key || slot->value <= 0 || slot->len > 16) continue;
      char low[16];
      size_t i;
      for (i = 0; i < slot->len; i++) {
        unsigned char c = (unsigned char)slot->key[i];
        if (c >= 0x80) break; /* only non-ASCII words start it: they are not looked up */
        low[i] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
      }
      if (i < slot->len) continue;
      int had = nw_map_get(&index_words, low, slot->len, 0);
      if (nw_map_put(&index_words, low, slot->len, (int)((uint32_t)had | bit))) {
        nw_phrases_index_free();
        return -1;
      }
    }
  }
  for (size_t k = 0; k < n; k++) tables[k]->bit = (uint32_t)1 << k;
  atomic_store_explicit(&index_ready, 1, memory_order_release);
  return 0;
}

void nw_phrases_index_free(void) {
  atomic_store_explicit(&index_ready, 0, memory_order_release);
  nw_map_free(&index_words);
}

uint32_t nw_phrases_first_bits(const char *s, size_t n) {
  if (n - 1 >= 16 || !nw_phrases_indexed()) return UINT32_MAX;
  uint64_t w0 = nw_load_short(s, n), w1 = n > 8 ? nw_load_short(s + 8, n - 8) : 0;
  if ((w0 | w1) & (NW_ONES * 0x80)) return UINT32_MAX; /* keys of non-ASCII words are made otherwise */
  int caps;
  w0 = nw_word_lower(w0, &caps);
  uint64_t h = nw_hash_word(nw_hash_start(n), w0);
  const nw_map_slot *slot;
  if (n > 8) {
    w1 = nw_word_lower(w1, &caps);
    slot = nw_map_find_word2(&index_words, w0, w1, n, nw_hash_end(nw_hash_word(h, w1)));
  } else {
    slot = nw_map_find_word(&index_words, w0, n, nw_hash_end(h));
  }
  return slot ? (uint32_t)slot->value : 0;
}

/* ------------------------------------------------------------ matching */

/* Tokens were split since the index was made: its entries are moved to
** where their tokens are now, and the new tokens get theirs.  Without room
** (or memory) the text has no index any more. */
static void realign(const nw_tokens *t, nw_tok_index *x) {
  nw_tok_first *old = t->ntok <= x->cap ? malloc(x->n * sizeof *old) : NULL;
  if (!old) {
    x->n = 0;
    return;
  }
  size_t n = x->n, j = 0;
  memcpy(old, x->e, n * sizeof *old);
  for (size_t k = 0; k < t->ntok; k++) {
    const nw_tok *tok = &t->tok[k];
    while (j < n && old[j].start < tok->start) j++;
    uint32_t bits;
    if (j < n && old[j].start == tok->start && old[j].end == tok->end) bits = old[j].bits;
    else if (tok->type == NW_TOK_PUNCT) bits = UINT32_MAX;
    else bits = nw_phrases_first_bits(t->s + tok->start, tok->end - tok->start);
    x->e[k] = (nw_tok_first){tok->start, tok->end, bits};
  }
  x->n = t->ntok;
  free(old);
}

int nw_phrases_match_full(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value) {
  if (i >= t->ntok || !p->map.count) return 0;
  nw_tok_index *x = t->index;
  if (p->bit && x && x->n && x->n != t->ntok) {
    realign(t, x);
    if (i < x->n) {
      const nw_tok_first *f = &x->e[i];
      if (!(f->bits & p->bit) && f->start == t->tok[i].start && f->end == t->tok[i].end) return 0;
    }
  }
  /* Most tokens are short ASCII words that start no phrase: their key is
  ** one machine word. */
  size_t tn = nw_tok_len(t, i);
  if (tn - 1 < 16) {
    const char *ts = nw_tok_text(t, i);
    uint64_t w0 = nw_load_short(ts, tn), w1 = tn > 8 ? nw_load_short(ts + 8, tn - 8) : 0;
    if (!((w0 | w1) & (NW_ONES * 0x80))) {
      int caps;
      if (p->fold) w0 = nw_word_lower(w0, &caps), w1 = nw_word_lower(w1, &caps);
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
          char two[48 + 8];
          memcpy(two, &w0, 8);
          memcpy(two + 8, &w1, 8);
          two[tn] = ' ';
          const unsigned char *s2 = (const unsigned char *)nw_tok_text(t, j);
          size_t k;
          for (k = 0; k < n2 && s2[k] < 0x80; k++)
            two[tn + 1 + k] = (char)(p->fold && (unsigned)s2[k] - 'A' < 26u ? s2[k] + 32 : s2[k]);
          if (k == n2 && !nw_map_find(&p->second, two, tn + 1 + n2)) one = 1;
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
  char key[512];
  size_t len;
  uint32_t h;
  const char *k1 = token_key(p, t, i, key, &len, &h);
  /* The first token decides whether anything can start here. */
  const nw_map_slot *first = nw_map_find_hashed(&p->first, k1, len, h);
  if (!first || first->value <= 0) return 0;
  int longest = first->value;
  if ((size_t)longest > max) longest = (int)max;
  if (longest == 1) {
    const nw_map_slot *slot = nw_map_find_hashed(&p->map, k1, len, h);
    if (!slot) return 0;
    *value = slot->value;
    return 1;
  }
  size_t ends[NW_PHRASE_MAX_TOKENS + 1];
  size_t count = 1, text = nw_tok_len(t, i);
  if (k1 != key) memcpy(key, k1, len);
  ends[1] = len;
  uint32_t sent = t->tok[i].sent;
  while (count < (size_t)longest && i + count < t->ntok && t->tok[i + count].sent == sent) {
    size_t j = i + count, n;
    uint32_t hj;
    text += 1 + nw_tok_len(t, j);
    if (text > FAST_TEXT) return match_slow(p, t, i, max, value);
    key[len++] = ' ';
    const char *kj = token_key(p, t, j, key + len, &n, &hj);
    if (kj != key + len) memcpy(key + len, kj, n);
    len += n;
    count++;
    ends[count] = len;
    if (count == 2) { /* do the first two tokens start a longer phrase? */
      const nw_map_slot *two = nw_map_find(&p->second, key, len);
      if (!two) {
        count = 1;
        break;
      }
      if (two->value < longest) longest = two->value;
    }
  }
  for (size_t n = count; n >= 1; n--) {
    const nw_map_slot *slot = nw_map_find_hashed(&p->map, key, ends[n], n == 1 ? h : nw_hash_inline(key, ends[n]));
    if (slot) {
      *value = slot->value;
      return (int)n;
    }
  }
  return 0;
}

int nw_phrases_get(const nw_phrases *p, const char *text, size_t n, int missing) {
  if (!p->fold) return nw_map_get(&p->map, text, n, missing);
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
}
