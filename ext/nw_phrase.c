/*
** nw_phrase.c — phrase tables (see nw_phrase.h).
*/
#include "nw_phrase.h"

#include <string.h>

int nw_phrases_add(nw_phrases *p, const char *text, size_t n, int value) {
  nw_tokens t = {0};
  nw_buf key = {0}, first = {0};
  int ntok = 0;
  if (nw_tokenize_phrase(&t, text, n) == 0 && t.ntok > 0 && t.ntok <= NW_PHRASE_MAX_TOKENS) {
    for (size_t i = 0; i < t.ntok; i++) {
      if (i) nw_buf_putc(&key, ' ');
      nw_tok_key(&t, i, p->fold, &key);
    }
    nw_tok_key(&t, 0, p->fold, &first);
    ntok = (int)t.ntok;
    if (key.oom || first.oom || nw_map_put(&p->map, key.p, key.n, value)) {
      ntok = -1;
    } else {
      int longest = nw_map_get(&p->first, first.p, first.n, 0);
      if (ntok > longest && nw_map_put(&p->first, first.p, first.n, ntok)) ntok = -1;
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

int nw_phrases_match(const nw_phrases *p, const nw_tokens *t, size_t i, size_t max, int *value) {
  if (i >= t->ntok || !p->map.count) return 0;
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
}
