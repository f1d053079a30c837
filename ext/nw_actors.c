/*
** nw_actors.c — actor finding and resolution within one text (rules in
** nw_actors.h).
*/
#include "nw_actors.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "nw_lex.h"

#define MAX_NAME_WORDS 5
#define MAX_NAME_TOKENS 9      /* five words and two initials with their periods */

/* ------------------------------------------------------------ small helpers */

/* The first slots of the maps a text fills with a few keys (see nw_map). */
#define NW_DOC_MAP_SLOTS 16

static int tok_is_word(const nw_doc *d, size_t i) { return i < d->t.ntok && d->t.tok[i].type == NW_TOK_WORD; }

static int same_sentence(const nw_doc *d, size_t a, size_t b) {
  return a < d->t.ntok && b < d->t.ntok && d->t.tok[a].sent == d->t.tok[b].sent;
}

static int tok_is_punct(const nw_doc *d, size_t i, int32_t cp) {
  return i < d->t.ntok && d->t.tok[i].type == NW_TOK_PUNCT && d->t.tok[i].cp == cp;
}

/* A capitalized word that can be part of a name (not all capitals). */
static inline int cap_word_tok(const nw_tok *tok) {
  return (tok->flags & (NW_TF_CAP | NW_TF_ALLCAPS | NW_TF_POSS)) == NW_TF_CAP && tok->type == NW_TOK_WORD;
}
static int is_cap_word(const nw_doc *d, size_t i) { return i < d->t.ntok && cap_word_tok(&d->t.tok[i]); }

/* Is token i a common word?  Looked up once per word (the name rules ask
** about them again and again). */
static int is_common(const nw_doc *d, size_t i) {
  if (i >= d->t.ntok) return 0; /* callers look one token ahead */
  const nw_tok *tok = &d->t.tok[i];
  if (tok->type != NW_TOK_WORD) return 0;
  if (!d->tok_common) return nw_lex_is_common(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i));
  if (d->tok_common[i] == NW_DOC_NOT_ASKED)
    d->tok_common[i] = (int8_t)nw_lex_is_common(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i));
  return d->tok_common[i];
}

/* A middle initial: one capital letter and a period inside a name (`I.` of
** `Harry S. Truman`), with a capitalized word after it. */
static int initial_at(const nw_doc *d, size_t k) {
  return tok_is_word(d, k) && nw_tok_len(&d->t, k) == 1 && (d->t.tok[k].flags & NW_TF_CAP) &&
         tok_is_punct(d, k + 1, '.') && same_sentence(d, k, k + 2) && is_cap_word(d, k + 2);
}

static int word_in(const nw_doc *d, size_t i, nw_words *w) { return nw_doc_word_in(d, i, w); }
NW_WORDS(plural_verbs, "have", "has", "are", "were", "will", "would", "say", "said");
NW_WORDS(adverbs, "also", "then", "later", "now", "still", "previously", "never", "often");
NW_WORDS(plural_aux, "are", "were", "have");
NW_WORDS(articles, "the", "a", "an");
/* function words that stand capitalized only in titles of works */
NW_WORDS(title_words, "with", "and", "the", "in", "on", "for", "to", "a", "an", "at", "from", "is", "my", "your",
         "our", "we", "you", "me", "it", "or", "but", "into", "over", "under", "without", "about");

/* Name particles that may stand inside a name in lowercase. */
static int is_particle(const nw_doc *d, size_t i) {
  NW_WORDS(particles, "de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
                                          "bin", "ibn", "al", "el", "la", "le", "dos", "das", "ter", "ten",
                                          "y", "zu", "abu", "bint");
  return tok_is_word(d, i) && (d->t.tok[i].flags & NW_TF_LOWER) && word_in(d, i, &particles);
}

/* `Zoë` -> `Zoe`: the word's letters without their accents, into buf (at
** most cap bytes).  Returns the length, or 0 when the word is ASCII (no
** second look-up then), too long, or not letters and marks alone. */
static size_t strip_accents(const char *s, size_t n, char *buf, size_t cap) {
  size_t out = 0, i = 0;
  int changed = 0;
  while (i < n) {
    utf8proc_int32_t cp, base[4];
    utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (step <= 0) return 0;
    i += (size_t)step;
    if (cp < 0x80) {
      if (out >= cap) return 0;
      buf[out++] = (char)cp;
      continue;
    }
    int last;
    utf8proc_ssize_t nb = utf8proc_decompose_char(cp, base, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
    if (nb != 1 || base[0] >= 0x80 || out >= cap) return 0; /* not a Latin letter with a mark */
    buf[out++] = (char)base[0];
    changed = 1;
  }
  return changed ? out : 0;
}

/* A given name by its letters without accents (`Zoë`, `Chloé` when only
** `Chloe` is listed), or -1.  Only words with a byte past ASCII pay. */
static int given_name_unaccented(const char *s, size_t n) {
  char buf[64];
  size_t m = strip_accents(s, n, buf, sizeof buf);
  return m ? nw_map_get(&nw_lex()->given, buf, m, -1) : -1;
}

/* A known given name, or -1; a hyphenated one by its first part
** (`Mary-Kate`, `Jean-Baptiste`). */
static int look_up_given_name(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  int g = nw_map_get(&nw_lex()->given, s, n, -1);
  uint16_t f = d->t.tok[i].flags;
  /* (a word past ASCII, not in lowercase: `Zoë`) */
  int accent = i < d->t.ntok && d->t.tok[i].type == NW_TOK_WORD && (f & (NW_TF_WIDE | NW_TF_LOWER)) == NW_TF_WIDE;
  if (g < 0 && accent && !(f & NW_TF_HYPHEN))
    return given_name_unaccented(s, n);
  if (g >= 0 || !(d->t.tok[i].flags & NW_TF_HYPHEN)) return g;
  const char *h = memchr(s, '-', n);
  return h && h > s ? nw_map_get(&nw_lex()->given, s, (size_t)(h - s), -1) : -1;
}

/* The same, looked up once per token (the name rules ask about the same
** words again and again). */
static inline __attribute__((always_inline)) int given_name(const nw_doc *d, size_t i) {
  if (!d->tok_given || i >= d->t.ntok) return look_up_given_name(d, i);
  if (d->tok_given[i] == NW_DOC_NOT_ASKED) d->tok_given[i] = (int8_t)look_up_given_name(d, i);
  return d->tok_given[i];
}

/* A known given name that is no ordinary word too (`Priya`, not `Will`). */
static int plain_given_name(const nw_doc *d, size_t i) {
  int g = given_name(d, i);
  return g >= 0 && !(g & NW_GIVEN_COMMON);
}

/* `Earl Dueck`, `Dean Blundell`: a title of nobility that is as often a
** given name, before one capitalized word that is no given name, title or
** ordinary word, is the given name (not `the Earl Spencer`, `King Charles`,
** `Prince Harry`), when the sentence or a lowercase word comes before it.
** (given_names.tsv lists `Mayor` and `Marshal` too: titles first.) */
static int given_name_before_surname(const nw_doc *d, size_t i, int len) {
  NW_WORDS(noble_given, "Earl", "Dean", "Duke", "Baron", "King", "Prince");
  size_t n = i + 1;
  if (len != 1 || !word_in(d, i, &noble_given) || given_name(d, i) < 0 || n >= d->t.ntok ||
      !same_sentence(d, i, n) || !is_cap_word(d, n) || given_name(d, n) >= 0 || is_common(d, n) ||
      (d->t.tok[n].flags & NW_TF_ALLCAPS))
    return 0;
  if (n + 1 < d->t.ntok && same_sentence(d, n, n + 1) && is_cap_word(d, n + 1)) return 0; /* `Prince Edward Island` */
  /* (not after `the`, a possessive or another capitalized word: `President
  ** Major Kozlov`, `Foreign Minister Dame Varga`) */
  return !(i > 0 && same_sentence(d, i - 1, i) &&
           (nw_tok_is_ci(&d->t, i - 1, "the") || (d->t.tok[i - 1].flags & NW_TF_POSS) || is_cap_word(d, i - 1)));
}

/* The text of tokens [a, b) as it stands (spaces and all). */
static char *span_text(const nw_doc *d, size_t a, size_t b) {
  size_t x = d->t.tok[a].start, y = d->t.tok[b - 1].end;
  char *p = malloc(y - x + 1);
  if (p) {
    memcpy(p, d->t.s + x, y - x);
    p[y - x] = 0;
  }
  return p;
}

/* The apostrophe of a plural possessive (`Nurses’` of `the Ontario
** Nurses’ Association`): glued to a word in -s, a space after it. */
static int plural_possessive_mark(const nw_doc *d, size_t j) {
  if (j == 0 || j >= d->t.ntok || !(tok_is_punct(d, j, '\'') || tok_is_punct(d, j, 0x2019)) ||
      d->t.tok[j].start != d->t.tok[j - 1].end || !(d->t.tok[j].flags & NW_TF_SPACE_AFTER) || !tok_is_word(d, j - 1))
    return 0;
  return d->t.s[d->t.tok[j - 1].end - 1] == 's';
}

/* Token keys of [a, b) joined by single spaces, into out. */
static void span_key(const nw_doc *d, size_t a, size_t b, nw_buf *out) {
  for (size_t i = a; i < b; i++) {
    if (i > a && !(d->t.tok[i].flags & NW_TF_POSS) && !tok_is_punct(d, i, '.') && !plural_possessive_mark(d, i))
      nw_buf_putc(out, ' ');
    nw_tok_key(&d->t, i, 0, out);
  }
}

static char *dup_cstr(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

/* Within one edit (insert, delete, substitute or swap) of each other?
** Byte-wise, which is code-point-wise for the ASCII names it guards. */
static int within_one_edit(const char *a, size_t an, const char *b, size_t bn) {
  if (an > bn + 1 || bn > an + 1) return 0;
  size_t i = 0;
  while (i < an && i < bn && a[i] == b[i]) i++;
  if (i == an && i == bn) return 1;
  if (an == bn) {
    if (memcmp(a + i + 1, b + i + 1, an - i - 1) == 0) return 1;   /* substitute */
    return i + 1 < an && a[i] == b[i + 1] && a[i + 1] == b[i] &&   /* swap */
           memcmp(a + i + 2, b + i + 2, an - i - 2) == 0;
  }
  if (an > bn) return memcmp(a + i + 1, b + i, an - i - 1) == 0;
  return memcmp(a + i, b + i + 1, bn - i - 1) == 0;
}

/* ------------------------------------------------------------ actors, mentions */

/* Look-ups by name (which actor bears this name, this surname, a name this
** span misspells) scan every actor: cheap in a news story, quadratic in a
** text that names thousands.  Past NW_ACTOR_INDEX_MIN actors they go
** through maps of the text's actors instead, made at the first look-up and
** brought up to date at each (actors are only added, and a kind or entity
** set later is added by the look-up that sets it).  Each map gives the
** actors filed under a key in ascending order, a superset of those the scan
** would accept: the scan's own test then picks among them, so the answers
** are the scan's.  Names must not change while it is in use (see
** nw_doc_analyze: it is dropped before acronyms and headings rename). */
#include <ctype.h>

#ifndef NW_ACTOR_INDEX_MIN
#define NW_ACTOR_INDEX_MIN 48
#endif

typedef struct actor_chain_entry {
  int32_t actor, next, last, count; /* last, count: at a chain's first entry only */
} actor_chain_entry;

/* The actors of each key, ascending: the map gives the first entry. */
typedef struct actor_chains {
  nw_map heads;
  actor_chain_entry *e;
  size_t n, cap;
} actor_chains;

enum {
  BY_NAME,   /* the canonical name */
  BY_ENTITY, /* the gazetteer entry (its address) */
  BY_FIRST,  /* people: first word of the name (first_tok) */
  BY_LAST,   /* people: last word of the name (last_tok) */
  BY_HEAD,   /* bodies: the name up to its first space */
  BY_TAIL,   /* bodies: the name after its last space */
  BY_TAILCI, /* names with a space: after each one, lowercase (as strncasecmp) */
  BY_OF,     /* the name before each ` of ` in it */
  BY_FUZZY,  /* see fuzzy_keys() */
  NBY
};

typedef struct nw_actor_index actor_index_t;
struct nw_actor_index {
  actor_chains by[NBY];
  size_t nactor; /* actors [0, nactor) are filed */
  int oom;
  nw_buf key;
};

static void chains_free(actor_chains *c) {
  nw_map_free(&c->heads);
  free(c->e);
}

static int chain_new_entry(actor_chains *c, int32_t actor, int32_t next) {
  if (nw_grow(&c->e, &c->cap, c->n, sizeof *c->e, 64)) return -1;
  c->e[c->n] = (actor_chain_entry){actor, next, (int32_t)c->n, 1};
  return (int)c->n++;
}

/* Files actor under key, keeping the chain ascending and free of repeats. */
static void chain_add(actor_index_t *ix, int by, const char *key, size_t n, int32_t actor) {
  actor_chains *c = &ix->by[by];
  if (ix->oom) return;
  int h = nw_map_get(&c->heads, key, n, -1);
  if (h < 0 || actor < c->e[h].actor) { /* a new first entry */
    int x = chain_new_entry(c, actor, h);
    if (x < 0 || nw_map_put(&c->heads, key, n, x)) {
      ix->oom = 1;
      return;
    }
    if (h >= 0) c->e[x].last = c->e[h].last, c->e[x].count = c->e[h].count + 1;
    return;
  }
  int last = c->e[h].last;
  if (c->e[last].actor == actor || c->e[h].actor == actor) return;
  if (c->e[last].actor < actor) { /* the usual case: a new actor */
    int x = chain_new_entry(c, actor, -1);
    if (x < 0) {
      ix->oom = 1;
      return;
    }
    c->e[last].next = x;
    c->e[h].last = x;
    c->e[h].count++;
    return;
  }
  int p = h; /* an older actor filed late (its kind changed): in order */
  while (c->e[p].next >= 0 && c->e[c->e[p].next].actor < actor) p = c->e[p].next;
  if (c->e[p].next >= 0 && c->e[c->e[p].next].actor == actor) return;
  int x = chain_new_entry(c, actor, c->e[p].next);
  if (x < 0) {
    ix->oom = 1;
    return;
  }
  c->e[p].next = x;
  c->e[h].count++;
}

/* The first entry of key's chain, or -1; entries go on by .next. */
static int chain_first(const actor_index_t *ix, int by, const char *key, size_t n) {
  return nw_map_get(&ix->by[by].heads, key, n, -1);
}

/* The words of a name as words_fuzzy_equal() splits it (at single spaces);
** returns their number, or MAX_NAME_WORDS + 1 when there are more. */
static size_t split_name(const char *name, const char **w, size_t *wl) {
  size_t k = 0;
  for (const char *p = name; *p;) {
    if (k == MAX_NAME_WORDS) return k + 1;
    const char *sp = strchr(p, ' ');
    size_t len = sp ? (size_t)(sp - p) : strlen(p);
    w[k] = p;
    wl[k++] = len;
    p = sp ? sp + 1 : p + len;
  }
  return k;
}

/* The fuzzy keys of a name of n words (see words_fuzzy_equal: the same
** number of words, one of them the same, the others within one edit): for
** word k and another word j, the number of words, k, j, word k, and word j
** or, when it is long enough to be misspelt, word j with any one byte
** deleted.  Two words within one edit share such a form (the shorter whole,
** or both without the byte that differs or one of two swapped), so a name
** and its misspelling share the keys of (k, j) for the word k they have the
** same and any j.  A name of one word has one key.  Calls fn for each key
** of (k, j). */
typedef void (*fuzzy_key_fn)(actor_index_t *ix, const char *key, size_t n, void *arg);
static void fuzzy_keys(actor_index_t *ix, const char *const *w, const size_t *wl, size_t n, size_t k, size_t j,
                       fuzzy_key_fn fn, void *arg) {
  nw_buf *b = &ix->key;
  b->n = 0;
  uint32_t len = (uint32_t)wl[k];
  nw_buf_putc(b, (char)n);
  nw_buf_putc(b, (char)k);
  nw_buf_putc(b, (char)j);
  nw_buf_append(b, (const char *)&len, sizeof len);
  nw_buf_append(b, w[k], wl[k]);
  if (n == 1) {
    if (!b->oom) fn(ix, b->p, b->n, arg);
    return;
  }
  size_t at = b->n, m = wl[j];
  nw_buf_append(b, w[j], m);
  if (b->oom) return;
  fn(ix, b->p, b->n, arg);
  if (m < 5) return;
  for (size_t del = 0; del < m; del++) {
    b->n = at;
    nw_buf_append(b, w[j], del);
    nw_buf_append(b, w[j] + del + 1, m - del - 1);
    if (b->oom) return;
    fn(ix, b->p, b->n, arg);
  }
}

/* Every key of a name, or, with pick, for each word k the keys of the word j
** whose keys file the fewest actors (any j finds all the names that have
** word k the same). */
static void fuzzy_keys_each(actor_index_t *ix, const char *const *w, const size_t *wl, size_t n, int pick,
                            fuzzy_key_fn fn, void *arg);

static void file_fuzzy(actor_index_t *ix, const char *key, size_t n, void *arg) {
  chain_add(ix, BY_FUZZY, key, n, *(int32_t *)arg);
}

static void count_fuzzy(actor_index_t *ix, const char *key, size_t n, void *arg) {
  int h = chain_first(ix, BY_FUZZY, key, n);
  if (h >= 0) *(size_t *)arg += (size_t)ix->by[BY_FUZZY].e[h].count;
}

static void fuzzy_keys_each(actor_index_t *ix, const char *const *w, const size_t *wl, size_t n, int pick,
                            fuzzy_key_fn fn, void *arg) {
  for (size_t k = 0; k < n; k++) {
    if (n == 1) {
      fuzzy_keys(ix, w, wl, n, k, k, fn, arg);
      continue;
    }
    size_t best = (k + 1) % n, fewest = SIZE_MAX;
    for (size_t j = 0; pick && j < n; j++) {
      size_t count = 0;
      if (j != k) fuzzy_keys(ix, w, wl, n, k, j, count_fuzzy, &count);
      if (j != k && count < fewest) best = j, fewest = count;
    }
    for (size_t j = 0; j < n; j++)
      if (j != k && (!pick || j == best)) fuzzy_keys(ix, w, wl, n, k, j, fn, arg);
  }
}

/* Files what depends on actor a's kind and entity (again after a change). */
static void index_kind(actor_index_t *ix, const nw_doc *d, int32_t a) {
  const nw_doc_actor *x = &d->actor[a];
  if (x->ent) chain_add(ix, BY_ENTITY, (const char *)&x->ent, sizeof x->ent, a);
  if (!x->name) return;
  if (x->kind == NW_KIND_PERSON) {
    if (x->first_tok) chain_add(ix, BY_FIRST, x->name + (x->first_tok >> 8), x->first_tok & 0xFF, a);
    if (x->last_tok) chain_add(ix, BY_LAST, x->name + (x->last_tok >> 8), x->last_tok & 0xFF, a);
  }
  const char *sp = strchr(x->name, ' ');
  if ((x->kind == NW_KIND_ORG || x->kind == NW_KIND_MEDIA) && sp) {
    const char *last = strrchr(x->name, ' ') + 1;
    chain_add(ix, BY_HEAD, x->name, (size_t)(sp - x->name), a);
    chain_add(ix, BY_TAIL, last, strlen(last), a);
  }
}

static void index_actor(actor_index_t *ix, const nw_doc *d, int32_t a) {
  const nw_doc_actor *x = &d->actor[a];
  index_kind(ix, d, a);
  if (!x->name) return;
  chain_add(ix, BY_NAME, x->name, strlen(x->name), a);
  nw_buf *b = &ix->key;
  b->n = 0;
  for (const char *p = x->name; *p; p++) nw_buf_putc(b, (char)tolower((unsigned char)*p)); /* as strncasecmp */
  if (b->oom) ix->oom = 1;
  for (size_t k = 0; !ix->oom && k < b->n; k++)
    if (b->p[k] == ' ') chain_add(ix, BY_TAILCI, b->p + k + 1, b->n - k - 1, a);
  for (const char *of = strstr(x->name, " of "); of; of = strstr(of + 1, " of "))
    chain_add(ix, BY_OF, x->name, (size_t)(of - x->name), a);
  const char *w[MAX_NAME_WORDS];
  size_t wl[MAX_NAME_WORDS], n = split_name(x->name, w, wl);
  if (n >= 1 && n <= MAX_NAME_WORDS) {
    fuzzy_keys_each(ix, w, wl, n, 0, file_fuzzy, &a);
    if (ix->key.oom) ix->oom = 1;
  }
}

static void actor_index_drop(nw_doc *d) {
  actor_index_t *ix = d->index;
  if (ix) {
    for (int b = 0; b < NBY; b++) chains_free(&ix->by[b]);
    nw_buf_free(&ix->key);
    free(ix);
  }
  d->index = NULL;
}

static __attribute__((noinline)) actor_index_t *actor_index_update(nw_doc *d) {
  actor_index_t *ix = d->index;
  if (!ix && !(ix = d->index = calloc(1, sizeof *ix))) return d->index_off = 1, NULL;
  while (ix->nactor < d->nactor && !ix->oom) index_actor(ix, d, (int32_t)ix->nactor++);
  if (ix->oom) {
    actor_index_drop(d);
    d->index_off = 1;
    return NULL;
  }
  return ix;
}

/* The maps, up to date, or NULL: few actors (scan them), names that may
** change, or no memory. */
static inline actor_index_t *actor_index(nw_doc *d) {
  return d->nactor < NW_ACTOR_INDEX_MIN || d->index_off ? NULL : actor_index_update(d);
}

/* After actor a's kind or entity changed. */
static void actor_index_kind(nw_doc *d, size_t a) {
  if (d->index && a < d->index->nactor) index_kind(d->index, d, (int32_t)a);
}

/* Goes on along a chain from entry k (see chain_first), and its actor. */
#define CHAIN_EACH(ix, which, k) for (; (k) >= 0; (k) = (ix)->by[which].e[k].next)
#define CHAIN_ACTOR(ix, which, k) ((ix)->by[which].e[k].actor)

static int find_actor_entity(nw_doc *d, const nw_entity *e) {
  actor_index_t *ix = actor_index(d);
  if (ix) {
    int k = chain_first(ix, BY_ENTITY, (const char *)&e, sizeof e);
    CHAIN_EACH(ix, BY_ENTITY, k) if (d->actor[CHAIN_ACTOR(ix, BY_ENTITY, k)].ent == e) return CHAIN_ACTOR(ix, BY_ENTITY, k);
    return -1;
  }
  for (size_t a = 0; a < d->nactor; a++)
    if (d->actor[a].ent == e) return (int)a;
  return -1;
}

/* The first actor of this name, or -1. */
static inline __attribute__((always_inline)) int actor_named(nw_doc *d, const char *name) {
  actor_index_t *ix = actor_index(d);
  if (ix) {
    int k = chain_first(ix, BY_NAME, name, strlen(name));
    CHAIN_EACH(ix, BY_NAME, k) if (strcmp(d->actor[CHAIN_ACTOR(ix, BY_NAME, k)].name, name) == 0) return CHAIN_ACTOR(ix, BY_NAME, k);
    return -1;
  }
  for (size_t a = 0; a < d->nactor; a++) /* (the first letters first: most names differ there) */
    if (d->actor[a].name[0] == name[0] && strcmp(d->actor[a].name, name) == 0) return (int)a;
  return -1;
}

/* The actor of this name, whatever its kind: a text has one actor per name
** (the dataset keys actors by article and name).  A rule-found organization
** named again as a person becomes a person. */
static int find_actor_name(nw_doc *d, const char *name, int kind) {
  int a = actor_named(d, name);
  if (a < 0) return -1;
  nw_doc_actor *x = &d->actor[a];
  if (x->kind != kind && !x->ent && kind == NW_KIND_PERSON) {
    x->kind = NW_KIND_PERSON;
    actor_index_kind(d, (size_t)a);
  }
  return a;
}

/* Words of a person's name: first and last, for surname matching. */
static void set_name_words(nw_doc_actor *x) { nw_name_words(x->name, &x->first_tok, &x->last_tok); }

/* The index of a built-in gazetteer's entity, or -1 (a user's). */
static int builtin_entity(const nw_lexicon *lx, const nw_entity *e) {
  uintptr_t at = (uintptr_t)e, first = (uintptr_t)lx->gaz.ent;
  return at >= first && at < first + lx->gaz.nent * sizeof *e ? (int)((at - first) / sizeof *e) : -1;
}

static inline __attribute__((always_inline)) int name_word_is(const nw_doc_actor *x, uint32_t packed, const nw_doc *d,
                                                               size_t i) {
  if (!x->name || !packed) return 0;
  const char *w = x->name + (packed >> 8);
  size_t n = packed & 0xFF, tn = nw_tok_len(&d->t, i);
  const char *t = nw_tok_text(&d->t, i);
  if (tn < n || t[0] != w[0]) return 0; /* the key is never shorter than the token's ASCII form */
  if (!(d->t.tok[i].flags & NW_TF_WIDE) || !memchr(t, 0xE2, tn)) return tn == n && memcmp(t, w, n) == 0; /* no ’ */
  nw_buf key = {0};
  nw_tok_key(&d->t, i, 0, &key);
  int same = !key.oom && key.n == n && memcmp(key.p, w, n) == 0;
  nw_buf_free(&key);
  return same;
}

static int new_actor(nw_doc *d, const nw_entity *e, char *name, int kind) {
  if (!name) return d->oom = 1, -1;
  if (nw_grow(&d->actor, &d->acap, d->nactor, sizeof *d->actor, 32)) {
    free(name);
    return d->oom = 1, -1;
  }
  nw_doc_actor *x = &d->actor[d->nactor];
  memset(x, 0, sizeof *x);
  x->ent = e;
  x->name = name;
  x->kind = (uint8_t)kind;
  if (e) {
    memcpy(x->country, e->country, 4);
    x->gender = e->gender;
  }
  x->first = UINT32_MAX;
  const nw_lexicon *lx = nw_lex();
  int k = e && lx->ent_name_words && strcmp(name, e->name) == 0 ? builtin_entity(lx, e) : -1;
  if (k >= 0) { /* (worked out once for the built-in entities) */
    x->first_tok = lx->ent_name_words[k][0];
    x->last_tok = lx->ent_name_words[k][1];
  } else {
    set_name_words(x);
  }
  return (int)d->nactor++;
}

static int actor_for_entity(nw_doc *d, const nw_entity *e) {
  int a = find_actor_entity(d, e);
  if (a >= 0) return a;
  int k = actor_named(d, e->name);
  if (k >= 0) { /* a rule-found actor of the same name is this one */
    nw_doc_actor *x = &d->actor[k];
    if (!x->ent) {
      x->ent = e;
      x->kind = e->kind;
      memcpy(x->country, e->country, 4);
      if (e->gender) x->gender = e->gender;
      actor_index_kind(d, (size_t)k);
    }
    return k;
  }
  return new_actor(d, e, dup_cstr(e->name), e->kind);
}

/* `the Forest and Trail Foundation` after `the Forest and Trail Foundation
** of Canada`: a body the rules found, named before with `of` and a
** country after the same words (longer names are resolved first), or -1.
** Not `of` anything (`Federal Court of Appeal` is not the Federal Court). */
static inline __attribute__((always_inline)) int body_named_longer_fits(const nw_doc_actor *x, const char *name, size_t n) {
  const nw_gazetteer *g = &nw_lex()->gaz;
  if (x->ent || (x->kind != NW_KIND_ORG && x->kind != NW_KIND_MEDIA) || strncmp(x->name, name, n) != 0 ||
      strncmp(x->name + n, " of ", 4) != 0)
    return 0;
  const char *rest = x->name + n + 4;
  int e = nw_map_get(&g->by_name, rest, strlen(rest), -1);
  return e >= 0 && g->ent[e].kind == NW_KIND_COUNTRY;
}

static int body_named_longer(nw_doc *d, const char *name) {
  size_t n = strlen(name);
  const actor_index_t *ix = actor_index(d);
  if (ix) {
    int k = chain_first(ix, BY_OF, name, n);
    CHAIN_EACH(ix, BY_OF, k) if (body_named_longer_fits(&d->actor[CHAIN_ACTOR(ix, BY_OF, k)], name, n)) return CHAIN_ACTOR(ix, BY_OF, k);
    return -1;
  }
  for (size_t a = 0; a < d->nactor; a++)
    if (body_named_longer_fits(&d->actor[a], name, n)) return (int)a;
  return -1;
}

static int actor_for_name(nw_doc *d, size_t tok, size_t ntok, int kind) {
  nw_buf key = {0};
  span_key(d, tok, tok + ntok, &key);
  if (!nw_buf_cstr(&key)) return d->oom = 1, -1;
  int a = find_actor_name(d, key.p, kind);
  if (a < 0 && ntok >= 2 && (kind == NW_KIND_ORG || kind == NW_KIND_MEDIA)) a = body_named_longer(d, key.p);
  if (a >= 0) {
    nw_buf_free(&key);
    return a;
  }
  return new_actor(d, NULL, key.p, kind);
}

/* nw_doc_add_mention inline, for the analysis's own mentions. */
static inline __attribute__((always_inline)) int add_mention(nw_doc *d, int a, size_t tok, size_t ntok, int how) {
  if (a < 0 || ntok == 0) return -1;
  if (nw_grow(&d->men, &d->mcap, d->nmen, sizeof *d->men, 64)) return d->oom = 1, -1;
  nw_mention *m = &d->men[d->nmen];
  m->actor = (uint32_t)a;
  m->tok = (uint32_t)tok;
  m->ntok = (uint32_t)ntok;
  m->start = d->t.tok[tok].start;
  m->end = d->t.tok[tok + ntok - 1].end;
  m->how = (uint8_t)how;
  for (size_t i = tok; i < tok + ntok; i++) d->tok_men[i] = (int32_t)d->nmen;
  d->nmen++;
  return 0;
}

int nw_doc_add_mention(nw_doc *d, int a, size_t tok, size_t ntok, int how) {
  return add_mention(d, a, tok, ntok, how);
}

int nw_doc_phrase_value(const nw_doc *d, size_t i) {
  if (i >= d->t.ntok) return -1;
  while (i > 0 && (d->tok_info[i] & NW_TI_INSIDE)) i--;
  return d->tok_val[i];
}

int nw_doc_actor_at(const nw_doc *d, size_t i) {
  if (i >= d->t.ntok || d->tok_men[i] < 0) return -1;
  const nw_mention *m = &d->men[d->tok_men[i]];
  return m->how == NW_MEN_PLACE ? -1 : (int)m->actor;
}

static int by_position(const void *a, const void *b) {
  const nw_mention *x = a, *y = b;
  return x->tok < y->tok ? -1 : x->tok > y->tok;
}

/* Mentions in text order, stably, by a counting sort on their first token:
** linear, where qsort's comparisons were a twentieth of the analysis.
** Returns -1 when memory is short. */
static int count_sort_mentions(nw_doc *d) {
  size_t nt = d->t.ntok;
  uint32_t *at = calloc(nt + 1, sizeof *at);
  nw_mention *out = malloc(d->nmen * sizeof *out);
  if (!at || !out) {
    free(at);
    free(out);
    return -1;
  }
  for (size_t m = 0; m < d->nmen; m++) at[d->men[m].tok + 1]++;
  for (size_t i = 1; i <= nt; i++) at[i] += at[i - 1];
  for (size_t m = 0; m < d->nmen; m++) out[at[d->men[m].tok]++] = d->men[m];
  memcpy(d->men, out, d->nmen * sizeof *out);
  free(at);
  free(out);
  return 0;
}

void nw_doc_sort_mentions(nw_doc *d) {
  /* (each step of the analysis adds its mentions in text order: a few runs
  ** to merge; short of memory, a counting sort, then qsort) */
  if (nw_sort_runs(d->men, d->nmen, sizeof *d->men, by_position) && count_sort_mentions(d))
    qsort(d->men, d->nmen, sizeof *d->men, by_position);
  /* the tokens of the mentions are set again (the others hold -1 already:
  ** mentions are only added, and drop_bylines clears the tokens of those
  ** it drops) */
  for (size_t m = 0; m < d->nmen; m++)
    for (size_t i = d->men[m].tok; i < d->men[m].tok + d->men[m].ntok; i++) d->tok_men[i] = -1;
  for (size_t m = 0; m < d->nmen; m++)
    for (size_t i = d->men[m].tok; i < d->men[m].tok + d->men[m].ntok; i++)
      /* a place inside a body's name (`Tennis Canada`) leaves its tokens to the body */
      if (!(d->men[m].how == NW_MEN_PLACE && d->tok_men[i] >= 0 && d->men[d->tok_men[i]].how != NW_MEN_PLACE))
        d->tok_men[i] = (int32_t)m;
}

/* ------------------------------------------------------------ glued words */

static inline int joined_particle_name(const nw_doc *d, size_t j);

/* The words of a text's names, looked up by their text: the tokens, and a
** table of their hashes (slot: hash << 32 | token + 1; 0: empty) built once
** they are all in. */
typedef struct name_set {
  uint32_t *tok;
  size_t n, cap;
  uint64_t *slot;
  size_t mask;
  uint64_t local[256]; /* the slots of most texts (no allocation) */
} name_set;

static int name_set_add(name_set *ns, size_t tok) {
  if (nw_grow(&ns->tok, &ns->cap, ns->n, sizeof *ns->tok, 64)) return -1; /* (room for most texts at once) */
  ns->tok[ns->n++] = (uint32_t)tok;
  return 0;
}

static int name_set_build(name_set *ns, const nw_tokens *t) {
  size_t cap = 16;
  while (cap < 2 * ns->n) cap *= 2; /* (at most half full) */
  if (cap <= sizeof ns->local / sizeof *ns->local) ns->slot = memset(ns->local, 0, cap * sizeof *ns->slot);
  else if (!(ns->slot = calloc(cap, sizeof *ns->slot))) return -1;
  ns->mask = cap - 1;
  for (size_t k = 0; k < ns->n; k++) {
    uint32_t h = nw_hash_inline(nw_tok_text(t, ns->tok[k]), nw_tok_len(t, ns->tok[k]));
    size_t j = h & ns->mask;
    while (ns->slot[j]) j = (j + 1) & ns->mask;
    ns->slot[j] = (uint64_t)h << 32 | (ns->tok[k] + 1u);
  }
  return 0;
}

static int name_set_has(const name_set *ns, const nw_tokens *t, const char *s, size_t n) {
  uint32_t h = nw_hash_inline(s, n);
  for (size_t j = h & ns->mask; ns->slot[j]; j = (j + 1) & ns->mask) {
    size_t k = (uint32_t)ns->slot[j] - 1u;
    if (ns->slot[j] >> 32 == h && nw_tok_len(t, k) == n && memcmp(nw_tok_text(t, k), s, n) == 0) return 1;
  }
  return 0;
}

static void name_set_free(name_set *ns) {
  free(ns->tok);
  if (ns->slot != ns->local) free(ns->slot);
}

/* `Jinpingreceived`: a capitalized word that is a known name word followed
** by an ordinary lowercase word or role, written without the space.
** Returns where the ordinary word starts, or 0. */
static size_t glued_split(const nw_doc *d, size_t i, const name_set *doc_names) {
  const nw_lexicon *lx = nw_lex();
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  /* (`al-Houthireceived`: an Arabic article's name glues on too) */
  if (n < 7 || ((!is_cap_word(d, i) || (d->t.tok[i].flags & NW_TF_HYPHEN)) && !joined_particle_name(d, i))) return 0;
  /* (letters past ASCII may stand in the name, `Goïtapolitologist`: a cut
  ** is only ever made before an ASCII letter, so never inside a character) */
  if (memchr(s, '\'', n)) return 0;
  /* (not is_common(): the per-token facts go stale as tokens are split) */
  if (nw_lex_is_common(lx, s, n) || nw_map_find(&lx->gaz.name_words, s, n) || nw_map_get(&lx->given, s, n, -1) >= 0)
    return 0;
  /* a known name of four letters or more: `Samsung` is not `Sam` + `sung`,
  ** `Leeward` not `Lee` + `ward` */
  for (size_t cut = 4; cut + 4 <= n; cut++) {
    if (!(s[cut] >= 'a' && s[cut] <= 'z')) continue;
    /* (a person's last word, `Jinping` of Xi Jinping; a first word starts
    ** surnames: `Marc` + `hand`, `George` + `town`) */
    int prefix_known = name_set_has(doc_names, &d->t, s, cut) || nw_map_find(&lx->gaz.surnames, s, cut);
    if (!prefix_known) continue;
    const char *rest = s + cut;
    size_t rn = n - cut;
    /* (a verb, a day or a role glued on: `received`, `said`, `yesterday`,
    ** `politologist`; not a noun that ends surnames, places and words:
    ** `Stonewall`, `Obamacare`) */
    NW_WORDS(days, "yesterday", "today", "tonight", "tomorrow");
    if (nw_phrases_get(&lx->roles, rest, rn, -1) >= 0 || nw_lex_is_finite(lx, rest, rn) ||
        nw_phrases_get(&lx->verbs, rest, rn, -1) >= 0 || nw_words_has(&days, rest, rn) ||
        (rn > 4 && rest[rn - 2] == 'e' && rest[rn - 1] == 'd' && nw_lex_is_common(lx, rest, rn)))
      return cut;
  }
  return 0;
}

/* `Hereceived`, `Jae-yongpolitologist`: a word that ends in an ordinary
** word or a role of five letters or more, glued on with no space. */
static int glued_tail(const nw_doc *d, size_t i) {
  const nw_lexicon *lx = nw_lex();
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t cut = 2; cut + 5 <= n; cut++)
    if (s[cut] >= 'a' && s[cut] <= 'z' && s[cut - 1] != '-' &&
        (nw_lex_is_common(lx, s + cut, n - cut) || nw_phrases_get(&lx->roles, s + cut, n - cut, -1) >= 0))
      return 1;
  return 0;
}

typedef struct cut_list {
  nw_tok_cut *c;
  size_t n, cap;
} cut_list;

static int push_cut(cut_list *cl, size_t tok, size_t at) {
  if (nw_grow(&cl->c, &cl->cap, cl->n, sizeof *cl->c, 64)) return -1; /* (room for most texts at once) */
  cl->c[cl->n++] = (nw_tok_cut){(uint32_t)tok, (uint32_t)at};
  return 0;
}

/* A capitalized word, or a name joined to an Arabic article (`al-Houthi`). */
static inline int name_tok(const nw_doc *d, size_t i) {
  const nw_tok *t = &d->t.tok[i];
  return cap_word_tok(t) || joined_particle_name(d, i);
}

/* The body of a scan that returns the first token k from i on (below end,
** else end) for which AT(k) holds.  Unrolled four tokens a step (one bound
** test for four): such loops pass most tokens of a text, and their own
** counting was half their cost. */
#define RETURN_FIRST_TOKEN(AT, i, end)                                                                         \
  do {                                                                                                         \
    for (; (i) + 4 <= (end); (i) += 4) {                                                                       \
      if (AT(i)) return (i);                                                                                   \
      if (AT((i) + 1)) return (i) + 1;                                                                         \
      if (AT((i) + 2)) return (i) + 2;                                                                         \
      if (AT((i) + 3)) return (i) + 3;                                                                         \
    }                                                                                                          \
    while ((i) < (end) && !AT(i)) (i)++;                                                                       \
    return (i);                                                                                                \
  } while (0)

/* The first token from i on (or nt) with any of the flags in mask. */
static inline size_t next_flagged(const nw_tok *tok, size_t i, size_t nt, unsigned mask) {
#define FLAGGED_AT(k) (tok[k].flags & mask)
  RETURN_FIRST_TOKEN(FLAGGED_AT, i, nt);
#undef FLAGGED_AT
}

/* The first name_tok() from token i on (with any_cap, any capitalized
** word: an acronym, a possessive), or ntok.  Most tokens, lowercase words
** and punctuation, have neither a capital nor a hyphen, told by one test. */
static inline __attribute__((always_inline)) size_t next_name_tok(const nw_doc *d, size_t i, int any_cap) {
  const nw_tok *tok = d->t.tok;
  for (size_t nt = d->t.ntok;; i++) {
    i = next_flagged(tok, i, nt, NW_TF_CAP | NW_TF_HYPHEN);
    if (i >= nt || (any_cap && tok[i].type == NW_TOK_WORD && (tok[i].flags & NW_TF_CAP)) || name_tok(d, i)) return i;
  }
}

/* In one pass over the tokens: the last words of capitalized sequences of
** two or more words into names (the names a glued word may start with: of four
** letters or more, as glued_split asks), and the capitalized words of seven
** bytes or more, which may be glued (glued_split's first tests), into
** maybe (at 0). */
static int collect_doc_names(const nw_doc *d, name_set *names, cut_list *maybe) {
  const nw_tok *tok = d->t.tok;
  size_t nt = d->t.ntok;
  for (size_t i = 0; i < nt; i++) {
    i = next_name_tok(d, i, 0); /* (past most tokens) */
    if (i == nt) break;
    int after_cap = i > 0 && cap_word_tok(&tok[i - 1]);
    size_t n = nw_tok_len(&d->t, i);
    if (n >= 7 && push_cut(maybe, i, 0)) return -1;
    /* (a name's last word only: a glued word starts with a surname,
    ** `Kalachevpolitologist`, and a first word starts surnames, `Marchand`
    ** after `Minister Marc Miller`) */
    int last = i + 1 >= nt || !name_tok(d, i + 1) || !same_sentence(d, i, i + 1);
    if (after_cap && last && same_sentence(d, i - 1, i) && n >= 4 && name_set_add(names, i)) return -1;
  }
  return name_set_build(names, &d->t);
}

/* glued_split's answers by the word's text, which it depends on alone: a
** text names the same people and places again and again. */
typedef struct split_seen {
  uint32_t hash, tok, cut; /* tok: the word answered + 1 (0: empty slot) */
} split_seen;

static size_t glued_split_seen(const nw_doc *d, size_t i, const name_set *names, split_seen *seen, size_t mask) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  uint32_t h = nw_hash_inline(s, n);
  size_t j = h & mask;
  for (; seen[j].tok; j = (j + 1) & mask) {
    size_t k = seen[j].tok - 1u;
    if (seen[j].hash == h && nw_tok_len(&d->t, k) == n && memcmp(nw_tok_text(&d->t, k), s, n) == 0) return seen[j].cut;
  }
  size_t cut = glued_split(d, i, names);
  seen[j] = (split_seen){h, (uint32_t)i + 1u, (uint32_t)cut};
  return cut;
}

/* Splits the glued words, all at once: whether a word is glued depends on
** it alone (and on the names collected before), not on the splits before
** it. */
static int unglue(nw_doc *d) {
  name_set names;
  names.tok = NULL, names.n = names.cap = 0, names.slot = NULL; /* (its local slots are cleared when used) */
  cut_list cuts = {0}; /* the words that may be glued, then the cuts made (no more of them) */
  int rc = collect_doc_names(d, &names, &cuts);
  size_t cap = 16;
  while (cap < 2 * cuts.n) cap *= 2; /* (at most half full) */
  split_seen local[256], *seen = cap <= 256 ? local : calloc(cap, sizeof *seen); /* (most texts: on the stack) */
  if (seen == local) memset(local, 0, cap * sizeof *local);
  if (!seen) rc = -1;
  size_t ncut = 0;
  for (size_t k = 0; !rc && k < cuts.n; k++) {
    size_t i = cuts.c[k].tok, cut = glued_split_seen(d, i, &names, seen, cap - 1);
    if (cut) cuts.c[ncut++] = (nw_tok_cut){(uint32_t)i, (uint32_t)cut};
  }
  if (!rc) rc = nw_tokens_split(&d->t, cuts.c, ncut);
  if (seen != local) free(seen);
  free(cuts.c);
  name_set_free(&names);
  return rc;
}

/* ------------------------------------------------------------ typos */

/* Same number of words, one the same, the others one edit away and long. */
static int words_fuzzy_equal(const char *const *w, const size_t *wl, size_t nw, const char *key) {
  size_t exact = 0, near = 0, k = 0;
  const char *p = key;
  while (*p && k < nw) {
    const char *sp = strchr(p, ' ');
    size_t len = sp ? (size_t)(sp - p) : strlen(p);
    if (len == wl[k] && memcmp(p, w[k], len) == 0) exact++;
    else if (len >= 5 && wl[k] >= 5 && within_one_edit(p, len, w[k], wl[k])) near++;
    else return 0;
    k++;
    p = sp ? sp + 1 : p + len;
  }
  return k == nw && !*p && exact >= 1 && exact + near == nw;
}

typedef struct word_list {
  const char *w[MAX_NAME_WORDS];
  size_t wl[MAX_NAME_WORDS];
  size_t n;
  nw_buf keys;
} word_list;

/* The words of a name, without middle initials (`Vladimir V. Putin` is
** `Vladimir Putin`). */
static int make_words(const nw_doc *d, size_t tok, size_t ntok, word_list *out) {
  memset(out, 0, sizeof *out);
  size_t at[MAX_NAME_WORDS + 1], n = 0;
  for (size_t i = tok; i < tok + ntok; i++) {
    if (initial_at(d, i) && i > tok) {
      i++; /* and its period */
      continue;
    }
    if (!tok_is_word(d, i) || n == MAX_NAME_WORDS) return -1;
    at[n++] = out->keys.n;
    nw_tok_key(&d->t, i, 0, &out->keys);
  }
  at[n] = out->keys.n;
  if (out->keys.oom) return -1;
  for (size_t i = 0; i < n; i++) {
    out->w[i] = out->keys.p + at[i];
    out->wl[i] = at[i + 1] - at[i];
  }
  out->n = n;
  return 0;
}

typedef struct fuzzy_search {
  const word_list *words;
  const nw_gazetteer *g;
  const nw_alias *found;
  int ambiguous;
} fuzzy_search;

static int fuzzy_check(void *arg, const nw_alias *alias) {
  fuzzy_search *fs = arg;
  if (!alias->key || !words_fuzzy_equal(fs->words->w, fs->words->wl, fs->words->n, alias->key)) return 0;
  if (fs->found && fs->found->entity != alias->entity) fs->ambiguous = 1;
  fs->found = alias;
  return 0;
}

/* The same for the span's words made (see make_words). */
static const nw_entity *fuzzy_person_of(const nw_gazetteer *g, size_t ntok, const word_list *words) {
  if (!g || ntok < 2 || ntok > MAX_NAME_TOKENS) return NULL;
  fuzzy_search fs = {0};
  fs.g = g;
  fs.words = words;
  nw_gaz_each_person_sharing(g, words->w, words->wl, words->n, fuzzy_check, &fs);
  if (!fs.found || fs.ambiguous) return NULL;
  return &g->ent[fs.found->entity];
}

/* A gazetteer person whose name this multi-word span misspells, or NULL. */
static const nw_entity *fuzzy_person(const nw_doc *d, const nw_gazetteer *g, size_t tok, size_t ntok) {
  if (!g || ntok < 2 || ntok > MAX_NAME_TOKENS) return NULL;
  word_list words;
  const nw_entity *e = make_words(d, tok, ntok, &words) ? NULL : fuzzy_person_of(g, ntok, &words);
  nw_buf_free(&words.keys);
  return e;
}

/* ------------------------------------------------------------ annotation */

NW_WORDS(locatives, "in", "at", "to", "from", "into", "near", "outside", "inside",
                                        "across", "around", "via", "toward", "towards", "through",
                                        "within", "throughout", "onto");

/* Nouns of a city as a place to live (`Ottawa's hospitals`, `residents of
** Washington`): the capital is the city there, not the state acting. */
NW_WORDS(city_nouns, "residents", "resident", "people", "citizens", "streets", "mayor", "city", "downtown", "outskirts",
         "suburbs", "centre", "center", "heart", "police", "hospitals", "hospital", "schools", "neighbourhoods",
         "neighborhoods", "restaurants", "transit", "airport", "skyline", "zoo", "population", "homeless", "rents",
         "roads", "core", "councillors", "shelters");

/* `a hearing in Washington`: a place named as a location. */
static int is_location(const nw_doc *d, size_t i, size_t len) {
  size_t after = i + len;
  /* `Ottawa city council`, `the Moscow city court`: the city's own body */
  if (after < d->t.ntok && same_sentence(d, i, after) && nw_tok_is(&d->t, after, "city")) return 1;
  if (after < d->t.ntok && same_sentence(d, i, after) && (d->t.tok[after].flags & NW_TF_POSS)) {
    /* `Ottawa's two largest hospitals`: a city noun heads the phrase (not
    ** `Moscow's push to end`, `Beijing's response to the West`) */
    NW_WORDS(ends, "to", "of", "for", "on", "in", "with", "and", "or", "that", "which");
    for (size_t k = after + 1; k < d->t.ntok && k <= after + 4 && same_sentence(d, i, k) && tok_is_word(d, k); k++) {
      if (word_in(d, k, &ends)) break;
      if (word_in(d, k, &city_nouns)) return 1;
    }
    return 0;
  }
  if (i == 0 || !same_sentence(d, i - 1, i)) return 0;
  /* `residents of Ottawa`, `the streets of Washington` */
  if (i >= 2 && nw_tok_is(&d->t, i - 1, "of") && word_in(d, i - 2, &city_nouns)) return 1;
  size_t p = i - 1;
  if (nw_tok_is_ci(&d->t, p, "the") && p > 0 && same_sentence(d, p - 1, i)) p--;
  /* `reporters on Parliament Hill`: on a hill, as in a place */
  if (nw_tok_is(&d->t, p, "on") && nw_tok_is(&d->t, i + len - 1, "Hill")) return 1;
  /* `aid to Kyiv`, `the envoy to Beijing`, `a warning to Moscow`: what is
  ** given or sent to a capital goes to its state, no place */
  NW_WORDS(given, "aid", "support", "assistance", "weapons", "arms", "loan", "loans", "funding", "help", "message",
           "letter", "warning", "ultimatum", "apology", "offer", "envoy", "ambassador", "ambassadors", "threat",
           "threats", "signal", "concessions", "demands", "request", "note");
  if (nw_tok_is(&d->t, p, "to") && p > 0 && same_sentence(d, p - 1, p) && word_in(d, p - 1, &given)) return 0;
  return tok_is_word(d, p) && word_in(d, p, &locatives);
}

/* The capitalized run around [i, i + len): words that could belong to the
** same name (for `Hunter Biden` against the alias `Biden`). */
static void name_extent(const nw_doc *d, size_t i, size_t len, size_t *a, size_t *b) {
  size_t x = i, y = i + len;
  if (x >= 3 && initial_at(d, x - 2) && same_sentence(d, x - 3, i) && is_cap_word(d, x - 3)) x -= 2;
  while (x > 0 && same_sentence(d, x - 1, i) && is_cap_word(d, x - 1) && d->tok_men[x - 1] < 0 &&
         !(d->tok_info[x - 1] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_DEMONYM | NW_TI_INSIDE | NW_TI_ROLE |
                                 NW_TI_BODY)) &&
         !((d->t.tok[x - 1].flags & NW_TF_SENT_START) && is_common(d, x - 1)))
    x--;
  while (y < d->t.ntok && same_sentence(d, i, y) && is_cap_word(d, y) && !is_common(d, y) && y - x < 6) {
    int v;
    if (nw_phrases_match(&nw_lex()->titles, &d->t, y, 1, &v)) break;
    y++;
  }
  *a = x;
  *b = y;
}

/* Every token of a phrase carries its kind; all but the first also INSIDE;
** the first holds the length and value. */
static void mark_phrase(nw_doc *d, size_t i, size_t len, uint16_t info, int value) {
  d->tok_info[i] |= info;
  d->tok_len[i] = (uint8_t)len;
  d->tok_val[i] = value;
  for (size_t k = i + 1; k < i + len; k++) d->tok_info[k] |= NW_TI_INSIDE | info;
}

/* Longest alias at i, user entries first, given the built-in one (bl
** tokens, ba): returns its length. */
static inline __attribute__((always_inline)) int match_alias_with(const nw_doc *d, size_t i, int bl, const nw_alias *ba,
                                                                  const nw_gazetteer **g, const nw_alias **alias) {
  const nw_alias *ua = NULL;
  int ul = d->user ? nw_gaz_match(d->user, &d->t, i, &ua) : 0;
  if ((ul && (ua->flags & NW_ALIAS_ARTICLE)) || (bl && (ba->flags & NW_ALIAS_ARTICLE))) {
    int the = i > 0 && nw_tok_is_ci(&d->t, i - 1, "the");
    if (ul && (ua->flags & NW_ALIAS_ARTICLE) && !the) ul = 0; /* `West Virginia` is not the West */
    if (bl && (ba->flags & NW_ALIAS_ARTICLE) && !the) bl = 0;
  }
  if (ul && ul >= bl) {
    *g = d->user;
    *alias = ua;
    return ul;
  }
  *g = &nw_lex()->gaz;
  *alias = ba;
  return bl;
}
/* Longest alias at i, user entries first: returns its length. */
static inline __attribute__((always_inline)) int match_alias(const nw_doc *d, size_t i, const nw_gazetteer **g,
                                                             const nw_alias **alias) {
  const nw_alias *ba = NULL;
  int bl = nw_gaz_match(&nw_lex()->gaz, &d->t, i, &ba);
  return match_alias_with(d, i, bl, ba, g, alias);
}

/* A user entry overrides the built-in one of the same name. */
static const nw_entity *effective_entity(const nw_doc *d, const nw_gazetteer *g, const nw_alias *alias) {
  const nw_entity *e = &g->ent[alias->entity];
  if (d->user && g != d->user) {
    int u = nw_map_get(&d->user->by_name, e->name, strlen(e->name), -1);
    if (u >= 0) return &d->user->ent[u];
  }
  return e;
}

static void annotate_words(nw_doc *d) {
  nw_fill(d->tok_men, 0xFF, d->t.ntok * sizeof *d->tok_men); /* -1: no mention */
  nw_fill(d->tok_val, 0xFF, d->t.ntok * sizeof *d->tok_val); /* -1: no phrase */
}

/* A sentence-initial common word (`The`, `After`, `China` is not one) is
** never a name by itself, even if some alias says so. */
static int weak_start(const nw_doc *d, size_t i, int len) {
  return len == 1 && (d->t.tok[i].flags & NW_TF_SENT_START) && !(d->t.tok[i].flags & NW_TF_ALLCAPS) &&
         is_common(d, i);
}

/* `Canadian Labour Congress`: a one-word name of a known body (`Labour`,
** `Congress`) that is a word of a longer body's name, before the head
** word of a name (or a few capitalized words and one: `Dalhousie Legal Aid
** Service`) or after a capitalized word of one, is left to the name
** rules (not after a title, a place or a `-controlled` compound: `the
** Republican-controlled Congress`). */
static int org_kind(const nw_doc *d, size_t last);
static int participle_compound(const nw_doc *d, size_t i);
static int is_day_or_month(const nw_doc *d, size_t i);
static int word_of_body_name(const nw_doc *d, size_t i, int len, const nw_entity *e, const nw_alias *alias) {
  /* `the Canadian Medical Association Journal`: a body's publication;
  ** `Scotiabank Arena`: a venue named for a sponsor */
  NW_WORDS(publications, "Journal", "Magazine", "Review", "Bulletin", "Gazette");
  NW_WORDS(venues, "Arena", "Stadium", "Centre", "Center", "Field", "Place", "Coliseum", "Gardens", "Amphitheatre",
           "Theatre", "Pavilion", "Park", "Dome");
  size_t after = i + (size_t)len;
  if ((e->kind == NW_KIND_ORG || e->kind == NW_KIND_MEDIA) && after < d->t.ntok && same_sentence(d, i, after) &&
      is_cap_word(d, after) && (word_in(d, after, &publications) || word_in(d, after, &venues)))
    return 1;
  if (len != 1) return 0;
  /* a capital (not a country's name: `China Foreign Ministry` is China's
  ** ministry) opening a body's name: `The Ottawa Hospital`, `Beijing
  ** Institute of Technology` */
  if (e->kind == NW_KIND_COUNTRY && (alias->flags & NW_ALIAS_PLACE) && is_cap_word(d, i)) {
    for (size_t k = i + 1; k < d->t.ntok && k <= i + 3 && same_sentence(d, i, k) && is_cap_word(d, k); k++)
      if (org_kind(d, k) > 0) return 1;
    return 0;
  }
  /* a country's own name opening the name of a body that is no ministry
  ** of its state: `China Institute of International Studies`, `Japan
  ** Society`, `Nigeria Labour Congress`, `Kenya Wildlife Service` */
  NW_WORDS(civil_heads, "institute", "university", "college", "foundation", "society", "association", "academy",
           "museum", "centre", "center", "network", "federation", "league", "alliance", "coalition", "congress",
           "service", "agency", "authority", "board", "commission", "corporation", "airways", "airlines");
  if (e->kind == NW_KIND_COUNTRY && is_cap_word(d, i)) {
    for (size_t k = i + 1; k < d->t.ntok && k <= i + 3 && same_sentence(d, i, k) && is_cap_word(d, k); k++)
      if (word_in(d, k, &civil_heads)) return 1; /* (`China Foreign Affairs University`) */
    return 0;
  }
  if (e->kind != NW_KIND_ORG && e->kind != NW_KIND_MEDIA) return 0;
  size_t n = i + 1;
  /* (a company's legal form is no longer name: `Shopify Inc.` is Shopify) */
  NW_WORDS(legal_forms, "Inc", "Ltd", "Corp", "Co", "Corporation", "Limited", "Incorporated", "LLC", "PLC");
  /* a body's head right after it, or a few capitalized words that end in
  ** one (`Dalhousie Legal Aid Service`) */
  for (size_t k = n; k < d->t.ntok && k <= i + 4 && same_sentence(d, i, k) && is_cap_word(d, k); k++)
    if (org_kind(d, k)) return !word_in(d, k, &legal_forms);
  if (i == 0 || !same_sentence(d, i - 1, i) || !org_kind(d, i)) return 0;
  size_t p = i - 1;
  return is_cap_word(d, p) && d->tok_men[p] < 0 && !(d->t.tok[p].flags & NW_TF_SENT_START) &&
         !(d->tok_info[p] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_PLACE | NW_TI_DEMONYM)) &&
         !participle_compound(d, p) && !is_day_or_month(d, p); /* `In January Congress passed` */
}

/* A demonym that stands for its country acting: a plural used as a noun
** (`Americans`, `the Russians`), or a demonym before people or a body that
** act for the state (`Turkish forces`, `Russian officials`, `the Chinese
** government`).  Not before a single person's title (`the Turkish
** president`: a role) or anything else (`Russian gas`). */
static int demonym_acts(const nw_doc *d, size_t i, size_t len, int of_body) {
  /* a body's adjective (`Republican`) before its people: the body acting */
  NW_WORDS(members, "nominee", "nominees", "candidate", "candidates", "establishment",
                                        "senator", "senators", "congressman", "congresswoman", "congressmen",
                                        "governor", "governors", "caucus", "voters", "members", "donors",
                                        "strategists", "operatives", "hopefuls", "contenders", "majority",
                                        "minority", "lawmaker", "legislators", "rivals", "critics", "base");
  NW_WORDS(bodies, "officials", "official", "forces", "troops", "government", "authorities",
                                       "military", "army", "navy", "diplomats", "leaders", "leadership",
                                       "lawmakers", "police", "side", "state", "regime", "administration",
                                       "ministry", "embassy", "delegation", "negotiators", "soldiers", "people",
                                       "public", "media", "press", "monarchy", "parliament", "cabinet");
  /* a country's acts (`the Israeli strike`, `the Egyptian proposal`,
  ** `Russian aggression`): the country acting */
  NW_WORDS(acts, "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "invasion", "offensive",
           "bombing", "bombings", "bombardment", "raid", "raids", "incursion", "incursions", "occupation", "blockade",
           "sanctions", "tariffs", "proposal", "proposals", "offer", "decision", "move", "response", "demand",
           "demands", "position", "stance", "statement", "announcement", "request", "refusal", "veto", "threat",
           "threats", "aggression", "provocation", "provocations", "intervention", "crackdown", "initiative", "bid",
           "accusation", "accusations", "protest", "warning", "ultimatum", "retaliation", "counteroffensive", "remarks",
           "comments", "rhetoric", "criticism", "claims", "support", "backing", "aid", "assistance", "cooperation",
           "pressure", "interference", "meddling", "hostility", "involvement", "plan", "mediation", "diplomacy");
  /* (the act is the phrase's head: `British aid group`, `the Peruvian strike
  ** force` name a body, not the country's act) */
  NW_WORDS(after_head, "for", "to", "of", "on", "against", "in", "with", "from", "by", "over", "at", "and", "or",
           "but", "that", "which", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
           "may", "might", "as", "toward", "towards", "into", "across", "since", "after", "before", "about", "regarding",
           "concerning", "amid", "during", "under", "through", "within", "without", "among", "between", "near");
  size_t end = i + len;
  const char *s = nw_tok_text(&d->t, end - 1);
  size_t n = nw_tok_len(&d->t, end - 1);
  int plural = n > 3 && s[n - 1] == 's' && s[n - 2] != 's';
  int next_word = end < d->t.ntok && same_sentence(d, i, end) && tok_is_word(d, end);
  /* (`the Chinese peace plan`: the act after the word `peace`) */
  if (next_word && !of_body && !plural && nw_tok_is_ci(&d->t, end, "peace") && end + 1 < d->t.ntok &&
      same_sentence(d, end, end + 1) && tok_is_word(d, end + 1) && word_in(d, end + 1, &acts))
    end++;
  if (next_word && !of_body && !plural && word_in(d, end, &acts) &&
      !(end + 1 < d->t.ntok && same_sentence(d, end, end + 1) && tok_is_word(d, end + 1) &&
        (d->t.tok[end + 1].flags & NW_TF_LOWER) && !word_in(d, end + 1, &after_head)))
    return 1;
  /* `tariffs on Chinese steel`, `sanctions against Russian banks`: the
  ** country whose goods or firms a measure strikes is the one it targets */
  NW_WORDS(measures, "tariffs", "tariff", "sanctions", "duties", "levies", "ban", "bans", "embargo", "restrictions",
           "curbs", "quotas", "controls");
  if (!of_body && i >= 2 && same_sentence(d, i - 2, i) &&
      (nw_tok_is(&d->t, i - 1, "on") || nw_tok_is(&d->t, i - 1, "against")) && word_in(d, i - 2, &measures))
    return 1;
  if (plural) return !next_word || !(d->t.tok[end].flags & NW_TF_LOWER) || !is_common(d, end) ||
                     word_in(d, end, &plural_verbs);
  return next_word && (word_in(d, end, &bodies) || (of_body && word_in(d, end, &members)));
}

/* `Ms. Vance` is not JD Vance: an honorific of the other gender before a
** known person's name. */
static inline __attribute__((always_inline)) int wrong_honorific(const nw_doc *d, size_t i, const nw_entity *e) {
  if (e->kind != NW_KIND_PERSON || e->gender == NW_GENDER_UNKNOWN || i == 0) return 0;
  size_t k = i - 1;
  while (k > 0 && (d->tok_info[k] & NW_TI_INSIDE)) k--;
  if (!(d->tok_info[k] & NW_TI_HONORIFIC) || k + d->tok_len[k] != i || d->tok_val[k] < 0) return 0;
  int g = nw_lex()->title[d->tok_val[k]].gender;
  return g != NW_GENDER_UNKNOWN && g != e->gender;
}

/* `Jets GM Kevin Cheveldayoff`: `GM` right before a given name and a
** surname is a general manager's title, not the carmaker. */
static int manager_title(const nw_doc *d, size_t i, int len) {
  return len == 1 && nw_tok_is(&d->t, i, "GM") && i + 2 < d->t.ntok && same_sentence(d, i, i + 2) &&
         plain_given_name(d, i + 1) && is_cap_word(d, i + 2);
}

/* `the West End`, `the West Coast`, `the East Side`: a name that ends in a
** point of the compass (`the West`) before a capitalized word is the first
** part of a place's name, not the name. */
static int compass_name_goes_on(const nw_doc *d, size_t i, size_t len) {
  NW_WORDS(compass, "West", "East", "North", "South");
  size_t e = i + len;
  char c0 = nw_tok_text(&d->t, e - 1)[0]; /* (most names end in no such word: the first letter tells) */
  return (c0 == 'W' || c0 == 'E' || c0 == 'N' || c0 == 'S') && e < d->t.ntok && same_sentence(d, e - 1, e) &&
         is_cap_word(d, e) && !(d->t.tok[e].flags & NW_TF_SENT_START) && word_in(d, e - 1, &compass);
}

/* `Michael Dell`, `Anna Ford`, `forward Orlando Wagner`: a one-word name
** of a body after a given name is someone's surname.  A given name that is
** also a word or a place (`Austin`) counts when nothing capitalized stands
** before it. */
static int surname_of_someone(const nw_doc *d, size_t i, int len, const nw_entity *e) {
  if (len != 1 || e->kind == NW_KIND_PERSON || i == 0 || !same_sentence(d, i - 1, i) || !is_cap_word(d, i - 1))
    return 0;
  int g = given_name(d, i - 1);
  if (g < 0) return 0;
  if (!(g & NW_GIVEN_COMMON)) return 1;
  return !(i >= 2 && same_sentence(d, i - 2, i) && is_cap_word(d, i - 2)) &&
         !(i + 1 < d->t.ntok && same_sentence(d, i, i + 1) && is_cap_word(d, i + 1));
}

/* `Jordan Mercier`, `Chad Ford`: a country or body whose one-word name is
** also a given name, before a capitalized word that is no ordinary word and
** no other name, is someone's given name. */
static int given_name_of_someone(const nw_doc *d, size_t i, int len, const nw_entity *e) {
  if (len != 1 || e->kind == NW_KIND_PERSON || given_name(d, i) < 0 || i + 1 >= d->t.ntok ||
      !same_sentence(d, i, i + 1) || !is_cap_word(d, i + 1) || is_common(d, i + 1) ||
      (d->t.tok[i + 1].flags & NW_TF_ALLCAPS))
    return 0;
  const nw_gazetteer *g;
  const nw_alias *alias;
  int v, next = match_alias(d, i + 1, &g, &alias);
  /* `Chad Ford`: a one-word alias of a person or a firm after it is a surname too */
  if (next == 1 && !(i + 2 < d->t.ntok && same_sentence(d, i, i + 2) && is_cap_word(d, i + 2))) {
    int kind = effective_entity(d, g, alias)->kind;
    if (kind == NW_KIND_PERSON || kind == NW_KIND_ORG) next = 0;
  }
  return !next && nw_phrases_match(&nw_lex()->places, &d->t, i + 1, 1, &v) <= 0;
}

/* The place in capitals, perhaps with its province or state and the
** agency, then a dash (see nw_actors.h); not an organization the gazetteer
** knows (`NATO — Allies said`) nor a dash that runs on in lowercase. */
static size_t vessel_end(const nw_doc *d, size_t i);

/* `New Delhi [India], July 14 (ANI):`: a place in capitalized words (its
** country in brackets), a date and an agency in capitals in parentheses,
** then a colon.  Returns the colon's token, or 0. */
#define AGENCY_DATELINE_TOKENS 14
static size_t agency_dateline_end(const nw_doc *d, size_t i) {
  int open = 0, agency = 0, dated = 0; /* (no date: `World Health Organization (WHO): ...` is a body) */
  for (size_t k = i; k < d->t.ntok && k < i + AGENCY_DATELINE_TOKENS && same_sentence(d, i, k); k++) {
    const nw_tok *t = &d->t.tok[k];
    if (t->type == NW_TOK_WORD) {
      if (!(t->flags & NW_TF_CAP)) return 0;
      if (open == '(') agency = (t->flags & NW_TF_ALLCAPS) != 0;
    } else if (t->type == NW_TOK_NUM) {
      if (open || nw_tok_len(&d->t, k) > 4) return 0;
      dated = 1;
    } else if (t->type != NW_TOK_PUNCT) {
      return 0;
    } else if (t->cp == '(' || t->cp == '[') {
      if (open) return 0;
      open = t->cp;
    } else if (t->cp == ')' || t->cp == ']') {
      if (open != (t->cp == ')' ? '(' : '[')) return 0;
      if (t->cp == ')') return agency && dated && tok_is_punct(d, k + 1, ':') ? k + 1 : 0;
      open = 0;
    } else if (t->cp != ',' && t->cp != '.') {
      return 0;
    }
  }
  return 0;
}

static size_t dateline_end(const nw_doc *d, size_t i);

size_t nw_doc_dateline_end(const nw_doc *d, size_t i) {
  if (i >= d->t.ntok) return 0;
  const nw_tok *first = &d->t.tok[i];
  if (!(first->flags & NW_TF_PARA_START) || first->type != NW_TOK_WORD) return 0;
  /* (the analysis worked it out for each paragraph: quotes ask again) */
  uint32_t known = d->dateline ? d->dateline[d->t.sent[first->sent].paragraph] : UINT32_MAX;
  return known != UINT32_MAX ? known : dateline_end(d, i);
}

/* nw_doc_dateline_end, kept for the paragraph token i opens. */
static size_t note_dateline(nw_doc *d, size_t i) {
  size_t end = nw_doc_dateline_end(d, i);
  if (d->dateline && (d->t.tok[i].flags & NW_TF_PARA_START) && d->t.tok[i].type == NW_TOK_WORD)
    d->dateline[d->t.sent[d->t.tok[i].sent].paragraph] = (uint32_t)end;
  return end;
}

/* nw_doc_dateline_end of a paragraph's first word i. */
static size_t dateline_end(const nw_doc *d, size_t i) {
  const nw_tok *first = &d->t.tok[i];
  if (!(first->flags & NW_TF_ALLCAPS)) return (first->flags & NW_TF_CAP) ? agency_dateline_end(d, i) : 0;
  const nw_gazetteer *g;
  const nw_alias *alias;
  /* `NATO — Allies said`: a body's name is no dateline, unless it is the
  ** place a wire files from in words of capitals (`UNITED NATIONS —`) */
  int len = match_alias(d, i, &g, &alias);
  if (len && !(alias->flags & NW_ALIAS_PLACE) && !(len >= 2 && (d->t.tok[i + len - 1].flags & NW_TF_ALLCAPS)))
    return 0;
  int open = 0;
  uint32_t para = d->t.sent[first->sent].paragraph;
  for (size_t k = i + 1; k < d->t.ntok && k < i + 12 && d->t.sent[d->t.tok[k].sent].paragraph == para; k++) {
    const nw_tok *t = &d->t.tok[k];
    /* `MOSCOW, April 5. /TASS/.`: the agency between slashes ends it */
    if (t->type == NW_TOK_PUNCT && t->cp == '/' && !open && k + 2 < d->t.ntok && d->t.tok[k + 1].type == NW_TOK_WORD &&
        tok_is_punct(d, k + 2, '/'))
      return tok_is_punct(d, k + 3, '.') ? k + 4 : k + 3;
    /* `BEIJING/MANILA (Reuters) -`: filed from two places */
    if (t->type == NW_TOK_PUNCT && t->cp == '/' && !open && k + 1 < d->t.ntok && (d->t.tok[k + 1].flags & NW_TF_ALLCAPS) &&
        d->t.tok[k + 1].type == NW_TOK_WORD)
      continue;
    if (!same_sentence(d, i, k) && !(k > 0 && tok_is_punct(d, k - 1, '.') && d->t.tok[k - 2].type == NW_TOK_NUM))
      return 0; /* (a date's period may end a sentence: `April 5. /TASS/`) */
    if (t->type == NW_TOK_WORD) {
      if (!open && !(t->flags & (NW_TF_ALLCAPS | NW_TF_DOTTED | NW_TF_CAP))) return 0;
    } else if (t->type == NW_TOK_NUM) {
      if (open || nw_tok_len(&d->t, k) > 4) return 0; /* a day or a year: `BEIJING, March 4 (Xinhua) --` */
    } else if (t->type != NW_TOK_PUNCT) {
      return 0;
    } else if (t->cp == '(' || t->cp == ')') {
      if (open == (t->cp == '(')) return 0;
      open = t->cp == '(';
    } else if (nw_is_dash(t->cp) && !open) {
      size_t next = k + 1; /* `--` is two tokens */
      while (next < d->t.ntok && next < k + 3 && d->t.tok[next].type == NW_TOK_PUNCT && nw_is_dash(d->t.tok[next].cp)) next++;
      int story_opens = next < d->t.ntok && !(d->t.tok[next].flags & NW_TF_LOWER); /* `NATO - the alliance said`: no */
      return (t->flags & (NW_TF_SPACE_BEFORE | NW_TF_SPACE_AFTER)) && story_opens ? k : 0;
    } else if (t->cp != ',' && t->cp != '.') {
      return 0;
    }
  }
  return 0;
}

static int head_kind(const nw_doc *d, size_t last);

/* `the Zelensky Foundation`, `Putin Park`: a person's name
** before the last word of a body's or a place's name is part of that name,
** left to the name rules. */
static int named_for_someone(const nw_doc *d, size_t i, int len, const nw_entity *e) {
  size_t k = i + (size_t)len;
  return e->kind == NW_KIND_PERSON && k < d->t.ntok && same_sentence(d, i, k) && is_cap_word(d, k) && head_kind(d, k);
}

static void annotate_phrases(nw_doc *d) {
  const nw_lexicon *lx = nw_lex();
  /* most tokens start no phrase of any table below: one test for them all
  ** (the user's gazetteer is not in the index) */
  const nw_phrases *const tried[] = {&lx->gaz.names, &lx->gaz.names_lower, &lx->places, &lx->gaz.demonyms,
                                     &lx->titles,    &lx->verbs,           &lx->roles};
  uint32_t any = d->user ? 0 : nw_phrases_bits(tried, sizeof tried / sizeof *tried);
  /* (below, a table's look-up goes straight to nw_phrases_match_full once
  ** nw_phrases_may said yes with the token's index bits: nw_phrases_match
  ** would only ask the index again) */
  for (size_t i = 0; i < d->t.ntok && !d->oom;) {
    /* the tokens passed below (no paragraph's first, no capitals, and no
    ** word, or one the index rules out), in a loop of their own */
    const nw_tok *tok = d->t.tok;
    size_t nt = d->t.ntok;
    const nw_tok_index *x = d->t.index && d->t.index->n == nt ? d->t.index : NULL; /* (nw_phrases_bits_at) */
    if (any && x) {
      /* (the index was made for these tokens: nw_tokens_split, the only
      ** code that moved them, keeps it in step) */
      const nw_tok_first *e = x->e;
      for (; i < nt; i++) {
        if (tok[i].flags & (NW_TF_PARA_START | NW_TF_ALLCAPS)) break;
        if (tok[i].type == NW_TOK_WORD && (e[i].bits & any)) break;
      }
    } else {
      while (i < nt && !(tok[i].flags & (NW_TF_PARA_START | NW_TF_ALLCAPS)) && tok[i].type != NW_TOK_WORD) i++;
    }
    if (i == nt) break;
    size_t dash = d->t.tok[i].flags & NW_TF_PARA_START ? note_dateline(d, i) : 0;
    if (dash) { /* no actor in a dateline */
      for (size_t k = i; k < dash; k++) d->tok_info[k] |= NW_TI_PLACE;
      i = dash;
      continue;
    }
    size_t ship = d->t.tok[i].flags & NW_TF_ALLCAPS ? vessel_end(d, i) : 0;
    if (ship) { /* `HMS Queen Elizabeth`: a ship, no queen */
      for (size_t k = i; k < ship; k++) d->tok_info[k] |= NW_TI_PLACE;
      i = ship;
      continue;
    }
    /* the tables the token may start a phrase of, read once for them all
    ** (all of them without the index's answer) */
    uint32_t bits = any && tok_is_word(d, i) ? nw_phrases_bits_at(&d->t, i) : UINT32_MAX;
    if (!tok_is_word(d, i) || (any && !(bits & any))) {
      i++;
      continue;
    }
    const nw_gazetteer *g = NULL;
    const nw_alias *alias = NULL, *built_in = NULL;
    int len = 0, v;
    if (nw_phrases_may(&lx->gaz.names, bits) || nw_phrases_may(&lx->gaz.names_lower, bits) || d->user) {
      int bl = nw_gaz_match_bits(&lx->gaz, &d->t, i, bits, &built_in);
      len = match_alias_with(d, i, bl, built_in, &g, &alias);
    }
    /* `Canada Day`, `New York Harbor`: a longer place or holiday around a name */
    size_t after = i + (size_t)len;
    int place = len && (d->t.tok[i].flags & NW_TF_CAP) && after < d->t.ntok && same_sentence(d, i, after) &&
                        ((d->t.tok[after].flags & NW_TF_CAP) || d->t.tok[after].type == NW_TOK_NUM) &&
                        nw_phrases_may(&lx->places, bits)
                    ? nw_phrases_match_full(&lx->places, &d->t, i, 6, &v)
                    : 0;
    if (place > len) {
      for (size_t k = i; k < i + (size_t)place; k++) d->tok_info[k] |= NW_TI_PLACE;
      i += (size_t)place;
      continue;
    }
    const nw_entity *e = len ? effective_entity(d, g, alias) : NULL;
    if (len && !weak_start(d, i, len) && !wrong_honorific(d, i, e) && !manager_title(d, i, len) &&
        !surname_of_someone(d, i, len, e) &&
        !given_name_of_someone(d, i, len, e) && !named_for_someone(d, i, len, e) &&
        !word_of_body_name(d, i, len, e, alias) && !compass_name_goes_on(d, i, (size_t)len)) {
      if (e->kind == NW_KIND_PERSON) {
        size_t a, b;
        name_extent(d, i, (size_t)len, &a, &b);
        if (b - a > (size_t)len) { /* a longer name around the alias */
          const nw_entity *f = fuzzy_person(d, d->user, a, b - a);
          if (!f) f = fuzzy_person(d, &lx->gaz, a, b - a);
          if (f) {
            for (size_t k = a; k < b; k++) d->tok_men[k] = -1;
            add_mention(d, actor_for_entity(d, f), a, b - a, NW_MEN_NAME);
            i = b;
          } else {
            i = b; /* Hunter Biden is not Joe Biden: left to the name rules */
          }
          continue;
        }
      }
      int how = (alias->flags & NW_ALIAS_PLACE) && is_location(d, i, (size_t)len) ? NW_MEN_PLACE : NW_MEN_NAME;
      add_mention(d, actor_for_entity(d, e), i, (size_t)len, how);
      i += (size_t)len;
      continue;
    }
    if ((d->t.tok[i].flags & NW_TF_CAP) && nw_phrases_may(&lx->places, bits) &&
        (len = nw_phrases_match_full(&lx->places, &d->t, i, 6, &v)) > 1) {
      for (size_t k = i; k < i + (size_t)len; k++) d->tok_info[k] |= NW_TI_PLACE; /* `British Columbia` */
      i += (size_t)len;
      continue;
    }
    if (nw_phrases_may(&lx->gaz.demonyms, bits) && (len = nw_phrases_match_full(&lx->gaz.demonyms, &d->t, i, 4, &v)) > 0) {
      mark_phrase(d, i, (size_t)len, NW_TI_DEMONYM, v);
      if (demonym_acts(d, i, (size_t)len, lx->gaz.ent[v].kind != NW_KIND_COUNTRY)) /* `Americans`, `Russian officials`: the country acting */
        add_mention(d, actor_for_entity(d, &lx->gaz.ent[v]), i, (size_t)len, NW_MEN_NAME);
      i += (size_t)len;
      continue;
    }
    if ((d->t.tok[i].flags & NW_TF_CAP) && nw_phrases_may(&lx->titles, bits) &&
        (len = nw_phrases_match_full(&lx->titles, &d->t, i, 8, &v)) > 0 && !given_name_before_surname(d, i, len)) {
      int cls = lx->title[v].cls;
      mark_phrase(d, i, (size_t)len, cls == NW_TITLE_HONORIFIC ? NW_TI_HONORIFIC : NW_TI_TITLE, v);
      i += (size_t)len;
      continue;
    }
    if (nw_phrases_may(&lx->verbs, bits) && (len = nw_phrases_match_full(&lx->verbs, &d->t, i, 4, &v)) > 0) {
      mark_phrase(d, i, (size_t)len, NW_TI_VERB, v);
      i += (size_t)len;
      continue;
    }
    if (nw_phrases_may(&lx->roles, bits) && (len = nw_phrases_match_full(&lx->roles, &d->t, i, 6, &v)) > 0) {
      int cls = lx->title[v].cls;
      mark_phrase(d, i, (size_t)len, cls == NW_TITLE_BODY ? NW_TI_BODY : NW_TI_ROLE, v);
      i += (size_t)len;
      continue;
    }
    i++;
  }
}

/* ------------------------------------------------------------ name rules */

/* Does a phrase with one of the info bits end just before token i? */
static int phrase_ends_before(const nw_doc *d, size_t i, uint16_t info, size_t *start) {
  if (i == 0 || !same_sentence(d, i - 1, i) || !(d->tok_info[i - 1] & info)) return 0;
  size_t k = i - 1;
  while (k > 0 && (d->tok_info[k] & NW_TI_INSIDE)) k--;
  if (k + d->tok_len[k] != i) return 0;
  if (start) *start = k;
  return 1;
}

/* `X, who ...`, `X, a consultant ...`, `X, the spokesman ...` */
static int plural_role_word(const nw_doc *d, size_t p);

static int apposition_after(const nw_doc *d, size_t j) {
  if (!tok_is_punct(d, j, ',') || !same_sentence(d, j, j + 1)) return 0;
  size_t k = j + 1;
  if (nw_tok_is_ci(&d->t, k, "who") || nw_tok_is_ci(&d->t, k, "whose")) return 1;
  if (!(nw_tok_is_ci(&d->t, k, "a") || nw_tok_is_ci(&d->t, k, "an") || nw_tok_is_ci(&d->t, k, "the") ||
        (d->tok_info[k] & (NW_TI_ROLE | NW_TI_TITLE | NW_TI_DEMONYM))) ||
      plural_role_word(d, k)) /* `Snowbound, stars Ana Ruiz`: a verb */
    return 0;
  for (size_t m = k; m < k + 6 && same_sentence(d, m, j); m++) {
    if (tok_is_punct(d, m, ',') || tok_is_punct(d, m, '.')) return 0;
    if (d->tok_info[m] & (NW_TI_ROLE | NW_TI_TITLE)) return 1;
  }
  return 0;
}

static int is_say_verb(const nw_doc *d, size_t i) {
  int v = nw_doc_phrase_value(d, i);
  if (!(d->tok_info[i] & NW_TI_VERB) || v < 0) return 0;
  int cls = nw_lex()->verb[v].cls;
  return cls == NW_VERB_SAY || cls == NW_VERB_TELL || cls == NW_VERB_WRITE || cls == NW_VERB_ASK;
}

typedef struct name_evidence {
  int title, role, given, appos, verb;
} name_evidence;

/* `LaMelo`, `DeMar`, `LeBron`, `DeAndre`: a given name made of a short
** prefix and a capitalized rest, in one word. */
static int prefixed_given_name(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 5 || !(d->t.tok[i].flags & NW_TF_CAP) || (d->t.tok[i].flags & NW_TF_ALLCAPS)) return 0;
  size_t p = (s[0] == 'L' || s[0] == 'D') && (s[1] == 'a' || s[1] == 'e' || s[1] == 'i') ? 2 : 0;
  return p && s[p] >= 'A' && s[p] <= 'Z' && s[p + 1] >= 'a' && s[p + 1] <= 'z';
}

/* `Rica-Brazil`: a hyphen and a capital join two names, as no one's given name does (`Jae-yong`). */
static int capital_after_hyphen(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t k = 0; k + 1 < n; k++)
    if (s[k] == '-' && s[k + 1] >= 'A' && s[k + 1] <= 'Z') return 1;
  return 0;
}

/* `Liu Xiaoming`, `Nguyen Thanh`: a frequent surname first and a
** capitalized word that is no ordinary word after it, the order of
** Chinese, Korean and Vietnamese names; as good as a given name. */
static int surname_first(const nw_doc *d, size_t i, size_t j) {
  return j == i + 2 && nw_tok_len(&d->t, i) <= 6 && !is_common(d, i + 1) &&
         !((d->tok_info[i] | d->tok_info[i + 1]) & (NW_TI_PLACE | NW_TI_DEMONYM)) && !capital_after_hyphen(d, i + 1) &&
         nw_map_get(&nw_lex()->surnames, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 0) == NW_SURNAME_FIRST &&
         !glued_tail(d, i + 1);
}

static int singular_word_before(const nw_doc *d, size_t i);
static name_evidence evidence_for(const nw_doc *d, size_t i, size_t j) {
  name_evidence ev = {0};
  ev.title = phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC, NULL);
  /* (`said the foreign secretary, Vinay Kwatra`: a role and a comma before) */
  ev.role = phrase_ends_before(d, i, NW_TI_ROLE, NULL) ||
            (i >= 2 && tok_is_punct(d, i - 1, ',') && phrase_ends_before(d, i - 1, NW_TI_ROLE, NULL) &&
             singular_word_before(d, i) && j - i >= 2);
  int g = given_name(d, i);
  ev.given = (g >= 0 && (!(g & NW_GIVEN_COMMON) || !is_common(d, i + 1))) || surname_first(d, i, j) ||
             (j == i + 2 && prefixed_given_name(d, i));
  ev.appos = apposition_after(d, j);
  ev.verb = (j < d->t.ntok && same_sentence(d, i, j) && is_say_verb(d, j)) ||
            (i > 0 && same_sentence(d, i - 1, i) && is_say_verb(d, i - 1));
  return ev;
}

/* The word right before token i (or before its comma) is no plural
** (`Councillor`, not `Men`). */
static int singular_word_before(const nw_doc *d, size_t i) {
  NW_WORDS(plurals, "men", "women", "people", "children", "folks", "police");
  if (i >= 2 && tok_is_punct(d, i - 1, ',')) i--; /* `the coach, Will Power` */
  if (i == 0) return 0;
  const char *s = nw_tok_text(&d->t, i - 1);
  size_t n = nw_tok_len(&d->t, i - 1);
  return n > 1 && s[n - 1] != 's' && !word_in(d, i - 1, &plurals);
}

/* A person's title or role right before token i, or a role and a comma
** (`Mayor Ana Ruiz`, `the chief executive, Lars Bank`). */
static int person_role_before(const nw_doc *d, size_t i) {
  return phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_ROLE, NULL) ||
         (i >= 2 && tok_is_punct(d, i - 1, ',') && phrase_ends_before(d, i - 1, NW_TI_ROLE, NULL));
}

static int head_kind(const nw_doc *d, size_t last) {
  int k = nw_map_get(&nw_lex()->org_heads, nw_tok_text(&d->t, last), nw_tok_len(&d->t, last), 0);
  return k > 0 ? (k & NW_HEAD_KIND) : k;
}

static int org_kind(const nw_doc *d, size_t last) {
  int k = head_kind(d, last);
  return k > 0 ? k : 0;
}

/* `Sergeant-at-Arms`, `Commander-in-Chief`, `Editor-in-Chief`: a role
** compound, not a name. */
static int role_compound(const nw_doc *d, size_t i) {
  if (!(d->t.tok[i].flags & NW_TF_HYPHEN)) return 0;
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t k = 0; k + 4 <= n; k++)
    if (s[k] == '-' && (!memcmp(s + k, "-at-", 4) || !memcmp(s + k, "-in-", 4) || !memcmp(s + k, "-of-", 4)))
      return 1;
  return 0;
}

/* An adjective made of a name and a participle (`School-trained`,
** `Harvard-educated`, `Toronto-based`, `Ottawa-born`): the lowercase part
** after its last hyphen ends in -ed or is one of a few such words.  It
** stands before a name, never in one. */
/* The words after a hyphen that make a modifier of a name (`Toronto-based`,
** `Saudi-led`, `Ottawa-born`, `French-language`). */
NW_WORDS(modifier_tails, "born", "made", "run", "led", "style", "language", "area", "bound", "based", "backed", "owned",
         "funded", "sponsored", "controlled", "brokered", "dominated", "occupied", "held", "allied", "aligned", "trained",
         "educated", "raised");

static int participle_compound(const nw_doc *d, size_t i) {
  if (!(d->t.tok[i].flags & NW_TF_HYPHEN)) return 0;
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i), h = n;
  while (h > 0 && s[h - 1] != '-') h--;
  if (h == 0 || h == n) return 0;
  for (size_t k = h; k < n; k++)
    if (s[k] < 'a' || s[k] > 'z') return 0;
  return (n - h >= 4 && s[n - 2] == 'e' && s[n - 1] == 'd') || nw_words_has(&modifier_tails, s + h, n - h);
}

/* `Rican-led`, `York-based`: a compound of a name's last word and one of
** the participles that make modifiers of names (not a glued word such as
** `Chia-lungreceived`, which unglue() splits later). */
static int modifier_compound(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i), h = n;
  while (h > 0 && s[h - 1] != '-') h--;
  return h > 1 && h < n && nw_words_has(&modifier_tails, s + h, n - h);
}

/* `Sainte-Anne-de-Bellevue`, `Saint-Jean-sur-Richelieu`, `Henley-on-Thames`:
** a lowercase link word between two hyphens, a capital after it, makes a
** town's name, not a person's (`Buffy Sainte-Marie`, `Saint-Onge` have none). */
static int place_compound(const nw_doc *d, size_t i) {
  NW_WORDS(links, "de", "du", "des", "la", "le", "les", "sur", "en", "aux", "on", "upon", "under", "by");
  if (!(d->t.tok[i].flags & NW_TF_HYPHEN)) return 0;
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t a = 1; a < n; a++) {
    if (s[a - 1] != '-') continue;
    size_t b = a;
    while (b < n && s[b] >= 'a' && s[b] <= 'z') b++;
    if (b > a && b + 1 < n && s[b] == '-' && s[b + 1] >= 'A' && s[b + 1] <= 'Z' && nw_words_has(&links, s + a, b - a))
      return 1;
  }
  return 0;
}

/* `China-South Africa ties`, `the Canada-United States border`: a
** compound that opens with a country's name joins two states; it names
** no one (the tokenizer keeps `China-South` one word). */
static int country_compound(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  const char *h = memchr(s, '-', nw_tok_len(&d->t, i));
  if (!h) return 0;
  const nw_gazetteer *g = &nw_lex()->gaz;
  int e = (int)nw_map_get(&g->by_name, s, (size_t)(h - s), -1);
  return e >= 0 && g->ent[e].kind == NW_KIND_COUNTRY;
}

/* The first word of a sentence, or of a quote opening inside one (`said:
** “Correlation is`): its capital tells nothing of a name. */
static int opens_sentence_or_quote(const nw_doc *d, size_t i) {
  if (d->t.tok[i].flags & NW_TF_SENT_START) return 1;
  if (i == 0 || !same_sentence(d, i - 1, i) || !(d->t.tok[i - 1].flags & NW_TF_QUOTE)) return 0;
  const nw_tok *mark = &d->t.tok[i - 1];
  if (mark->qm == NW_QM_OPEN) return 1;
  return mark->qm == NW_QM_BOTH && mark->end == d->t.tok[i].start &&
         ((mark->flags & NW_TF_SENT_START) || (i >= 2 && (d->t.tok[i - 2].flags & NW_TF_SPACE_AFTER)));
}

/* A hyphenated word that is a compound of a role, a participle, a place or
** a country.  Out of line: name_word, asked of every capitalized word,
** stays a few tests (most words have no hyphen). */
static __attribute__((noinline)) int hyphen_compound(const nw_doc *d, size_t i) {
  return role_compound(d, i) || participle_compound(d, i) || place_compound(d, i) || country_compound(d, i);
}

/* A word that may be part of a name here. */
static int name_word(const nw_doc *d, size_t i) {
  return is_cap_word(d, i) && d->tok_men[i] < 0 &&
         !(d->tok_info[i] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_DEMONYM | NW_TI_INSIDE | NW_TI_VERB | NW_TI_PLACE)) &&
         !((d->t.tok[i].flags & NW_TF_HYPHEN) && hyphen_compound(d, i));
}

/* `St.`, `Ste.`, `Saint` (the tokenizer leaves the period apart or on) */
NW_WORDS(saints, "St", "St.", "Ste", "Ste.", "Saint", "Sainte");

/* `Martin St. Louis`, `Louis St. Laurent`: a saint's name (a given name
** after `St.`, `Saint`) after a plain given name is a surname, though it
** names a place too.  Its length in tokens (`St` `.` `Louis`), or 0. */
static size_t saint_surname_at(const nw_doc *d, size_t i, size_t j) {
  if (!word_in(d, j, &saints) || !plain_given_name(d, i) || (d->tok_info[i] & NW_TI_PLACE)) return 0;
  size_t k = j + 1 + tok_is_punct(d, j + 1, '.');
  if (k >= d->t.ntok || !same_sentence(d, i, k) || !is_cap_word(d, k) || given_name(d, k) < 0 ||
      d->tok_men[k] >= 0)
    return 0;
  /* (not a place's name going on: `Martin St. Louis Park`) */
  return k + 1 < d->t.ntok && same_sentence(d, k, k + 1) && is_cap_word(d, k + 1) ? 0 : k + 1 - j;
}

/* `al-Hashimi`, `el-Sayed`, `ad-Din`: an Arabic article joined by a hyphen
** to a capitalized name, one token that goes on a person's name.  The flag
** test inline (most words have no hyphen), the rest out of line. */
static __attribute__((noinline)) int joined_particle_word(const nw_doc *d, size_t j);
static inline int joined_particle_name(const nw_doc *d, size_t j) {
  return tok_is_word(d, j) && (d->t.tok[j].flags & (NW_TF_HYPHEN | NW_TF_LOWER)) == (NW_TF_HYPHEN | NW_TF_LOWER) &&
         joined_particle_word(d, j);
}

/* (the rest of joined_particle_name: the article and the capital after it) */
static __attribute__((noinline)) int joined_particle_word(const nw_doc *d, size_t j) {
  NW_WORDS(articles_joined, "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul");
  const char *s = nw_tok_text(&d->t, j);
  size_t n = nw_tok_len(&d->t, j);
  /* (the hyphen second or third, a capital after it: most hyphenated words stop here) */
  size_t h = n > 4 && s[2] == '-' ? 2 : n > 5 && s[3] == '-' ? 3 : 0;
  return h && (unsigned)s[h + 1] - 'A' < 26u && nw_words_has(&articles_joined, s, h);
}

/* `van der Berg`, `de la Cruz`, `de Souza`: up to three particles and a
** name word after them in the same sentence.  Returns how many tokens that
** is (the particles and the word), or 0. */
static size_t particles_then_name(const nw_doc *d, size_t j) {
  size_t k = j;
  while (k < j + 3 && is_particle(d, k)) k++;
  return k > j && same_sentence(d, j, k) && name_word(d, k) ? k + 1 - j : 0;
}

/* An acronym the gazetteer does not know (`RCMP`, `IRCC`, `BC` of `BC
** Hydro`): two to six capitals, not an ordinary word or a title. */
static int is_acronym(const nw_doc *d, size_t i) {
  if (!tok_is_word(d, i) || !(d->t.tok[i].flags & NW_TF_ALLCAPS) || d->tok_men[i] >= 0) return 0;
  size_t n = nw_tok_len(&d->t, i);
  if (n < 2 || n > 6 || is_common(d, i) || (d->tok_info[i] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_ROLE | NW_TI_DEMONYM | NW_TI_INSIDE | NW_TI_PLACE)))
    return 0;
  /* things, units and directions in capitals (`Canadian LNG`, `the SE corner`, `5 KM`) name no body */
  if (nw_map_get(&nw_lex()->acronyms, nw_tok_text(&d->t, i), n, 0)) return 0;
  /* a headline in capitals is not a row of acronyms */
  return !((i > 0 && (d->t.tok[i - 1].flags & NW_TF_ALLCAPS)) || (i + 1 < d->t.ntok && (d->t.tok[i + 1].flags & NW_TF_ALLCAPS)));
}

typedef struct cand {
  uint32_t tok, ntok;
  uint8_t kind;
  uint8_t strong;   /* evidence beyond shape */
} cand;

typedef struct cands {
  cand *c;
  size_t n, cap;
  nw_map things; /* names given so far to storms and works (`Dorian` of `Hurricane Dorian`) */
  nw_map places; /* one-word names met after `in`, `near`, `residents of`: places */
  nw_map employers; /* one-word bodies named before a person's role and name (`Snapwell chief executive Dana Okoye`) */
  int dateline_found;      /* 1 once looked for; the first dateline's tokens: */
  size_t dateline_a, dateline_b;
} cands;

static int push_cand(cands *cs, cand c) {
  if (nw_grow(&cs->c, &cs->cap, cs->n, sizeof *cs->c, 32)) return -1;
  cs->c[cs->n++] = c;
  return 0;
}

/* Classifies the capitalized run [i, j) and records it. */
static int is_day_or_month(const nw_doc *d, size_t i) {
  NW_WORDS(names, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                      "Sunday", "January", "February", "March", "April", "June", "July",
                                      "August", "September", "October", "November", "December");
  return word_in(d, i, &names);
}

static int verb_follows(const nw_doc *d, size_t j);

/* A role or title right after token j-1, and a name after it. */
static int modifies_role(const nw_doc *d, size_t j) {
  if (j >= d->t.ntok || !same_sentence(d, j - 1, j) || !(d->tok_info[j] & (NW_TI_ROLE | NW_TI_TITLE))) return 0;
  if ((d->t.tok[j].flags & NW_TF_LOWER) && verb_follows(d, j)) return 0; /* `Ryan accused Canada`: a verb */
  size_t k = j;
  while (k < d->t.ntok && same_sentence(d, j, k) && (d->tok_info[k] & (NW_TI_ROLE | NW_TI_TITLE)) && k - j < 6) k++;
  /* `Emergency Management Minister X`, `Housing Critic X`: capitalized
  ** words before `Minister` name a portfolio, not a body */
  NW_WORDS(portfolio_titles, "Minister", "Ministers", "Secretary", "Critic", "Czar", "Commissioner");
  return k < d->t.ntok && same_sentence(d, j, k) && (is_cap_word(d, k) || d->tok_men[k] >= 0) &&
         !(d->t.tok[j].flags & NW_TF_CAP && d->tok_info[j] & NW_TI_TITLE && d->tok_info[j - 1] & NW_TI_DEMONYM) &&
         !word_in(d, j, &portfolio_titles);
}

NW_WORDS(media_nouns, "newspaper", "newspapers", "magazine", "network", "website", "channel", "broadcaster", "tabloid",
         "daily", "weekly", "paper", "outlet", "podcast", "journal");
NW_WORDS(body_nouns, "company", "firm", "group", "agency", "foundation", "charity", "club", "team", "band",
         "restaurant", "brand", "retailer", "chain", "airline", "carrier", "startup", "studio", "label", "publisher",
         "franchise", "organization", "organisation", "nonprofit", "non-profit", "coalition", "movement",
         "conglomerate", "automaker", "carmaker", "manufacturer", "insurer", "lender", "bank", "union", "association",
         "utility", "regulator", "watchdog", "developer", "operator", "institute", "society", "hospital", "university",
         "college", "school", "church", "league", "federation", "alliance", "party", "council", "distributor",
         "supplier", "producer", "maker", "builder", "contractor", "consultancy");

/* The kind of organization a lowercase noun at token k names: NW_KIND_MEDIA,
** NW_KIND_ORG, or 0. */
static int kind_noun_at(const nw_doc *d, size_t k);
int nw_doc_kind_noun(const nw_doc *d, size_t k) { return kind_noun_at(d, k); }
static int kind_noun_at(const nw_doc *d, size_t k) {
  if (!tok_is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  return word_in(d, k, &media_nouns) ? NW_KIND_MEDIA : word_in(d, k, &body_nouns) ? NW_KIND_ORG : 0;
}

/* `the Tarnby Courier newspaper said`, `the Lumen Works company`: a
** lowercase noun of a kind of organization right after the name says what
** it is (NW_KIND_MEDIA or NW_KIND_ORG), or 0. */
static int kind_noun_after(const nw_doc *d, size_t j) {
  if (j >= d->t.ntok || !same_sentence(d, j - 1, j)) return 0;
  return kind_noun_at(d, j);
}

/* Is token i's word the last word of a capitalized name of two words or
** more earlier in the text (`Okafor` after `Adebayo Okafor`)? */
static int surname_named_before(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t k = i > 4000 ? i - 4000 : 1; k < i; k++) /* bounded: a name is met near its first mention */
    if (nw_tok_len(&d->t, k) == n && memcmp(nw_tok_text(&d->t, k), s, n) == 0 && same_sentence(d, k - 1, k) &&
        is_cap_word(d, k - 1) && !(d->t.tok[k - 1].flags & NW_TF_SENT_START && is_common(d, k - 1)))
      return 1;
  return 0;
}

/* `the aid group Mendel said`, `the daily Kurier`: the same noun right
** before a name that starts with no given name (`the group Ana Ruiz
** founded` names her). */
static int kind_noun_before(const nw_doc *d, size_t i) {
  if (i == 0 || !same_sentence(d, i - 1, i) || plain_given_name(d, i)) return 0;
  int kind = kind_noun_at(d, i - 1);
  /* the look back only after such a noun: `the company Okafor founded` after `Adebayo Okafor` */
  return kind && !surname_named_before(d, i) ? kind : 0;
}

/* Is the noun at k the head of its phrase: what follows it ends the phrase
** or opens its complement (`the firm, said`, `a publisher in Lyon`, `a
** company that makes`), not another noun it modifies (`a company
** spokesman`, `the team doctor`, `the band's singer`)? */
static int apposition_head(const nw_doc *d, size_t k) {
  NW_WORDS(openers, "in", "based", "that", "which", "whose", "of", "with", "from", "headquartered", "founded",
           "known", "owned", "run", "and");
  size_t n = k + 1;
  if (n >= d->t.ntok || !same_sentence(d, k, n)) return 1;
  if (d->t.tok[n].type == NW_TOK_PUNCT) return tok_is_punct(d, n, ',') || tok_is_punct(d, n, '.') ||
                                               tok_is_punct(d, n, ')') || tok_is_punct(d, n, ';');
  return word_in(d, n, &openers);
}

/* Does a noun phrase open at token a: first in its sentence, or after a
** word that is no preposition, role or title (`hired a firm`, not `a
** spokesperson for the firm`, `outside the hospital`)? */
static int phrase_opens_at(const nw_doc *d, size_t a) {
  NW_WORDS(preps, "for", "of", "at", "in", "on", "near", "outside", "inside", "with", "from", "to", "by", "behind",
           "beside", "across", "around", "against", "about", "into", "over", "under");
  if (a == 0 || !same_sentence(d, a - 1, a) || !tok_is_word(d, a - 1)) return 1;
  return !word_in(d, a - 1, &preps) && !(d->tok_info[a - 1] & (NW_TI_ROLE | NW_TI_TITLE));
}

/* `The company behind the plan, Northgate Aggregates, said`: a name set off
** by commas after a noun phrase whose head is a kind of organization. */
#define APPOSITION_BACK_TOKENS 10
static int kind_apposition_before(const nw_doc *d, size_t i, size_t j) {
  if (i < 3 || !tok_is_punct(d, i - 1, ',') || !tok_is_punct(d, j, ',') || !same_sentence(d, i - 1, j)) return 0;
  for (size_t k = i - 2; k > 0 && i - k <= APPOSITION_BACK_TOKENS && same_sentence(d, k, i); k--) {
    if (!tok_is_word(d, k) || (d->tok_info[k] & NW_TI_VERB)) return 0;
    /* `The party’s leader, X Y,`: the kind's noun is the possessor of the
    ** phrase's head, not its head */
    if (d->t.tok[k].flags & NW_TF_POSS) return 0;
    int kind = kind_noun_at(d, k);
    /* `The union`, `A New York-based firm`: an article and at most two
    ** words, the article opening the phrase (not `a spokesperson for the
    ** union, X,`, `Outside the hospital, X,`: X is a person there) */
    for (size_t back = 1; kind && back <= 3 && back <= k && tok_is_word(d, k - back) && same_sentence(d, k - back, k);
         back++)
      if (word_in(d, k - back, &articles)) return phrase_opens_at(d, k - back) ? kind : 0;
  }
  return 0;
}

/* `Acme, the Ohio-based firm, said`, `Velora, a small publisher in Lyon,`:
** an apposition whose noun is a kind of organization (within its first
** eight words, before any role, `of`, `for`, `who`: not `a lawyer for the
** firm`). */
static inline __attribute__((always_inline)) int kind_in_apposition(const nw_doc *d, size_t j) {
  NW_WORDS(stops, "of", "for", "with", "at", "who", "that", "which", "whose", "in");
  if (!tok_is_punct(d, j, ',') || !(word_in(d, j + 1, &articles) || nw_tok_is_ci(&d->t, j + 1, "another")) ||
      !same_sentence(d, j, j + 1))
    return 0;
  for (size_t k = j + 2; k < d->t.ntok && k < j + 10 && same_sentence(d, j, k); k++) {
    if (!tok_is_word(d, k) || word_in(d, k, &stops) || (d->tok_info[k] & NW_TI_ROLE)) return 0;
    int kind = kind_noun_at(d, k);
    if (kind) return apposition_head(d, k) ? kind : 0; /* not `a company spokesman` */
  }
  return 0;
}

/* The kind that kind_noun_after() gives the name [i, j): a medium by one
** word (`the Courier newspaper`), a body only by two or more (`the Lumen
** Works company`; `the Okafor team` and `the Olympic team` are no names). */
static int named_kind_of(const nw_doc *d, size_t i, size_t j) {
  if (participle_compound(d, j - 1)) return 0; /* `the South Korean-led alliance` */
  int kind = kind_noun_after(d, j);
  return kind == NW_KIND_MEDIA || (kind && j - i >= 2) ? kind : 0;
}

/* Is [i, j) exactly a place that is no actor (`Toronto`, `New Jersey`)? */
static inline __attribute__((always_inline)) int is_place(const nw_doc *d, size_t i, size_t j) {
  int v;
  return nw_phrases_match(&nw_lex()->places, &d->t, i, j - i, &v) == (int)(j - i);
}

/* An adverb that may stand between a subject and its verb: one of a few
** (`also`, `never`) or a word in -ly (`repeatedly`, `originally`), not a
** noun in -ly (`the Okafor rally drew`, `family`, `assembly`, `daily`). */
static inline __attribute__((always_inline)) int adverb_at(const nw_doc *d, size_t k) {
  NW_WORDS(ly_nouns, "family", "assembly", "rally", "ally", "supply", "daily", "weekly", "monthly", "quarterly",
           "yearly", "reply", "tally", "belly", "bully", "jelly", "lily", "folly", "monopoly", "anomaly", "italy",
           "july", "holly", "homily", "melancholy", "butterfly", "dragonfly", "firefly", "panoply");
  size_t n = nw_tok_len(&d->t, k);
  const char *s = nw_tok_text(&d->t, k);
  if (word_in(d, k, &adverbs)) return 1;
  return n >= 5 && s[n - 2] == 'l' && s[n - 1] == 'y' && (d->t.tok[k].flags & NW_TF_LOWER) &&
         !(d->tok_info[k] & (NW_TI_ROLE | NW_TI_BODY)) && !word_in(d, k, &ly_nouns);
}

/* After a name, a verb or a possessive: `Moreau has endorsed`, `Lindqvist
** also denounced`, `Okafor's approval`. */
/* A lowercase finite verb or past form at token k (`met`, `said`, `hired`). */
static inline __attribute__((always_inline)) int finite_at(const nw_doc *d, size_t k) {
  if (!tok_is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  return nw_map_find(&nw_lex()->finite, s, n) || (n >= 5 && s[n - 2] == 'e' && s[n - 1] == 'd');
}

/* `on Thursday`, `last week`, `this month`, `on Jan. 5`: a time phrase
** of two words between a subject and its verb; its length, or 0. */
static size_t time_phrase_at(const nw_doc *d, size_t j) {
  NW_WORDS(periods, "week", "month", "year", "night", "weekend", "spring", "summer", "fall", "autumn", "winter");
  if (j + 2 >= d->t.ntok || !same_sentence(d, j, j + 2) || !tok_is_word(d, j + 1)) return 0;
  if (nw_tok_is(&d->t, j, "on") && is_day_or_month(d, j + 1)) return 2;
  if ((nw_tok_is(&d->t, j, "last") || nw_tok_is(&d->t, j, "this")) && word_in(d, j + 1, &periods)) return 2;
  return 0;
}

static int verb_follows(const nw_doc *d, size_t j) {
  const nw_lexicon *lx = nw_lex();
  if (j < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS)) return 1;
  /* `Tam, incidentally, has`, `Ryan, too, wrote`: an adverb set off by commas */
  if (tok_is_punct(d, j, ',') && j + 3 < d->t.ntok && same_sentence(d, j, j + 3) && tok_is_punct(d, j + 2, ',') &&
      tok_is_word(d, j + 1) && (adverb_at(d, j + 1) || nw_tok_is(&d->t, j + 1, "too") || nw_tok_is(&d->t, j + 1, "however")))
    j += 3;
  if (j < d->t.ntok && d->t.tok[j].end - d->t.tok[j].start - 2 <= 2)
    j += time_phrase_at(d, j); /* `Ryan on Thursday accused` */
  for (size_t k = j; k < d->t.ntok && k < j + 2; k++) {
    if (!tok_is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER) || nw_tok_len(&d->t, k) >= 24) return 0;
    if (finite_at(d, k) || (d->tok_info[k] & NW_TI_VERB)) return 1;
    int v;
    if (nw_phrases_match(&lx->cues, &d->t, k, 1, &v) && lx->cue[v].pos == NW_POS_VERB) return 1;
    if (!adverb_at(d, k)) return 0;
  }
  return 0;
}

/* An age after a name: `Ana Ruiz, 44,`, `Ana Ruiz (44)`. */
static int age_after(const nw_doc *d, size_t j) {
  if (!same_sentence(d, j - 1, j + 1) || !(tok_is_punct(d, j, ',') || tok_is_punct(d, j, '('))) return 0;
  size_t k = j + 1;
  return k < d->t.ntok && d->t.tok[k].type == NW_TOK_NUM && nw_tok_len(&d->t, k) <= 3 &&
         (k + 1 >= d->t.ntok || tok_is_punct(d, k + 1, ',') || tok_is_punct(d, k + 1, ')') ||
          tok_is_punct(d, k + 1, '.') || !same_sentence(d, k, k + 1));
}

/* `her father, Joseph,`, `his wife Mary`: a noun of kinship right before
** the name (a comma between them or not). */
static int kin_before(const nw_doc *d, size_t i) {
  NW_WORDS(kin, "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "partner",
           "girlfriend", "boyfriend", "fiance", "fiancé", "fiancee", "fiancée", "grandmother", "grandfather",
           "grandson", "granddaughter", "uncle", "aunt", "cousin", "niece", "nephew", "widow", "widower",
           "stepfather", "stepmother", "stepson", "stepdaughter", "mom", "dad", "twin", "sons", "daughters",
           "brothers", "sisters", "grandsons", "granddaughters", "grandchildren", "children");
  if (i == 0 || !same_sentence(d, i - 1, i)) return 0;
  size_t k = tok_is_punct(d, i - 1, ',') && i >= 2 && same_sentence(d, i - 2, i) ? i - 2 : i - 1;
  return tok_is_word(d, k) && (d->t.tok[k].flags & NW_TF_LOWER) && word_in(d, k, &kin);
}

/* The comma that closes an aside opened by the comma at j (at most 15
** tokens, in the sentence), with the count of its words; 0 when none. */
static size_t aside_close(const nw_doc *d, size_t j, size_t *words) {
  *words = 0;
  if (!tok_is_punct(d, j, ',')) return 0;
  for (size_t k = j + 1; k < d->t.ntok && k < j + 16 && same_sentence(d, j, k); k++) {
    if (tok_is_punct(d, k, ',')) return k;
    *words += tok_is_word(d, k);
  }
  return 0;
}

/* `Velasquez, in a brief statement Friday, praised`: a verb right after the
** comma that closes an aside of two words or more after the name, an aside
** opened as a person's are (a preposition, an article, `who`, an adverb, a
** role: not `which`, a verb or a participle).  Not a place's region (`of
** Dundas, Ont., struggled`). */
static int verb_after_aside(const nw_doc *d, size_t j) {
  NW_WORDS(openers, "a", "an", "the", "who", "whose", "in", "at", "on", "for", "after", "during", "before", "with",
           "by", "from", "like", "as", "according", "however", "too", "also", "his", "her", "their", "its", "former");
  if (!tok_is_punct(d, j, ',') || !tok_is_word(d, j + 1) ||
      !(word_in(d, j + 1, &openers) || adverb_at(d, j + 1) || (d->tok_info[j + 1] & (NW_TI_ROLE | NW_TI_TITLE))))
    return 0;
  size_t words, k = aside_close(d, j, &words);
  return k && words >= 2 && same_sentence(d, k, k + 1) && verb_follows(d, k + 1);
}

/* Shaped like an ordinary noun or adjective (`Inflation`, `Leadership`,
** `Relentless`): a capitalized sentence start with such an ending is no
** name on the strength of a verb after it. */
static int noun_shaped(const nw_doc *d, size_t i) {
  static const char *const endings[] = {"tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship",
                                        "ogy", "ics", "ure", "ing", "ive", "ous", "able", "ible", "less", NULL};
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (int k = 0; endings[k]; k++) {
    size_t m = strlen(endings[k]);
    if (n > m + 2 && memcmp(s + n - m, endings[k], m) == 0) return 1;
  }
  return 0;
}

/* A verb's object standing alone: `criticized Moreau for`, `barred Okafor
** from`, `applauded Lindqvist.`  The word before is a verb (a stance verb or
** a past tense), the one after ends the phrase. */
static int object_of_verb(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(ends, "for", "from", "to", "of", "over", "on", "in", "at", "as", "after",
                                     "and", "but", "with", "by", "during", "because");
  if (i == 0 || !same_sentence(d, i - 1, i) || !tok_is_word(d, i - 1) || !(d->t.tok[i - 1].flags & NW_TF_LOWER))
    return 0;
  if (j < d->t.ntok && same_sentence(d, i, j) && tok_is_word(d, j) && !word_in(d, j, &ends)) return 0;
  if (j < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS)) return 0;
  const nw_lexicon *lx = nw_lex();
  int v;
  /* (`against` is a cue, but after a game's verb its object is a team:
  ** `lost against Rennes`; not `charges against Sierra`) */
  NW_WORDS(game_verbs, "lost", "won", "played", "drew", "tied", "scored", "fell", "rallied", "struggled", "opened",
           "plays", "play", "lose", "win", "loses", "wins", "playing", "losing", "winning");
  if (nw_phrases_match(&lx->cues, &d->t, i - 1, 1, &v) == 1 && lx->cue[v].pos == NW_POS_VERB)
    return !(nw_tok_is(&d->t, i - 1, "against") && i >= 2 && word_in(d, i - 2, &game_verbs));
  const char *s = nw_tok_text(&d->t, i - 1);
  size_t n = nw_tok_len(&d->t, i - 1);
  return n >= 5 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

/* `Halifax Comets`, `Boise Lumberjacks`: a place and a plural, a team. */
/* Words after a place's name that make a field, an event, a time or land,
** not a team or a body (`East Asian and Pacific Affairs`, `Arctic Games`,
** `Pacific Time`, `Aleutian Islands`). */
NW_WORDS(place_not_body, "affairs", "studies", "relations", "games", "talks", "awards", "championships", "islands",
         "times", "time", "coast", "rim", "war", "highlands", "lowlands", "plains", "hills", "lakes", "territories",
         "provinces", "regions", "region");

static int plural_noun(const nw_doc *d, size_t i);

static int team_name(const nw_doc *d, size_t i, size_t j) {
  int the = nw_tok_is(&d->t, i, "The") || (i > 0 && same_sentence(d, i - 1, i) && nw_tok_is(&d->t, i - 1, "the"));
  if (nw_tok_is(&d->t, i, "The")) i++;
  if (j - i < 2) return 0;
  const char *s = nw_tok_text(&d->t, j - 1);
  size_t n = nw_tok_len(&d->t, j - 1);
  if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' || word_in(d, j - 1, &place_not_body))
    return 0;
  int v;
  const nw_alias *alias;
  int len = nw_phrases_match(&nw_lex()->places, &d->t, i, j - i - 1, &v);
  if (len > 0 && (size_t)len == j - i - 1) return 1;
  /* `critic Chad Gélinas`: a country that is a given name, and a surname in -s
  ** (teams are named for cities: `Phoenix Coyotes`) */
  if (j - i == 2 && !the && given_name(d, i) >= 0 && !plural_noun(d, j - 1)) return 0;
  len = nw_gaz_match(&nw_lex()->gaz, &d->t, i, &alias);
  return len > 0 && (size_t)len == j - i - 1 &&
         (nw_lex()->gaz.ent[alias->entity].kind == NW_KIND_COUNTRY || (alias->flags & NW_ALIAS_PLACE));
}

/* Ends like a plural: `Sharks`, not `Ross` or `Jesus`. */
static int plural_noun_shape(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  return n >= 4 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != '\'';
}

/* `Sharks`, `Brewers`, `Ambulances`: a plural of an ordinary noun. */
static int plural_noun(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == '\'' || given_name(d, i) >= 0) return 0;
  const nw_lexicon *lx = nw_lex();
  if (nw_map_get(&lx->surnames, s, n, 0)) return 0; /* `Woods`, `Banks`: surnames first */
  if (nw_lex_is_common(lx, s, n - 1) || (s[n - 2] == 'e' && nw_lex_is_common(lx, s, n - 2))) return 1;
  /* `Forecasters`, `Gardeners`: the plural of a doer of an ordinary word */
  return n >= 8 && memcmp(s + n - 3, "ers", 3) == 0 && nw_lex_is_common(lx, s, n - 3);
}

/* `Albertans`, `Floridians`, `Texans`: the people of a place, a plural in
** -ans that is no surname (`Evans`) and no given name's plural (`Ryans`).
** They are many, not one person. */
static int demonym_plural(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 6 || memcmp(s + n - 3, "ans", 3) != 0 || !(d->t.tok[i].flags & NW_TF_CAP) ||
      (d->t.tok[i].flags & NW_TF_ALLCAPS))
    return 0;
  const nw_lexicon *lx = nw_lex();
  return !nw_map_get(&lx->surnames, s, n, 0) && !nw_map_get(&lx->surnames, s, n - 1, 0) &&
         nw_map_get(&lx->given, s, n - 1, -1) < 0;
}

/* `Quebecers`, `the Albertan`, `Torontonians`, `a Vancouverite`: the
** people of a place places.tsv lists, or one of them: the place's name and
** an ending.  No actor's name: a people, or a person described. */
int nw_doc_place_demonym(const nw_doc *d, size_t i) {
  /* (each ending, and the letters the place's name may have lost before
  ** it: `Calgar(y)ian`, `Ontari(o)an`, `Albert(a)an`; 0 for none) */
  static const struct {
    char s[6];
    uint8_t n;
    char lost[4];
  } endings[] = {{"ers", 3, {0}},      {"er", 2, {0}},       {"ites", 4, {0}}, {"ite", 3, {0}},
                 {"nians", 5, {0}},    {"nian", 4, {0}},     {"ians", 4, {0, 'a', 'y'}}, {"ian", 3, {0, 'a', 'y'}},
                 {"ans", 3, {'a', 'o'}}, {"an", 2, {'a', 'o'}}};
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 6 || n > 40 || !(d->t.tok[i].flags & NW_TF_CAP) || (d->t.tok[i].flags & NW_TF_ALLCAPS) ||
      (s[n - 1] != 's' && s[n - 1] != 'r' && s[n - 1] != 'n' && s[n - 1] != 'e'))
    return 0;
  const nw_lexicon *lx = nw_lex();
  char low[48]; /* the word lowercased (ASCII only: the map's keys are looked up as they are) */
  int lowered = 0;
  for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
    size_t en = endings[e].n, stem = n - en;
    if (stem < 4 || memcmp(s + stem, endings[e].s, en) != 0) continue;
    if (!lowered) {
      for (size_t k = 0; k < n; k++) {
        if ((unsigned char)s[k] >= 0x80) return 0;
        low[k] = lx->places.fold && (unsigned)s[k] - 'A' < 26u ? (char)(s[k] + 32) : s[k];
      }
      lowered = 1;
    }
    char kept = low[stem];
    for (size_t k = 0; k < sizeof endings[e].lost && (k == 0 || endings[e].lost[k]); k++) {
      char lost = endings[e].lost[k];
      low[stem] = lost;
      if (nw_map_get(&lx->places.map, low, stem + (lost != 0), 0) > 0)
        return !nw_map_get(&lx->surnames, s, n, 0) && nw_map_get(&lx->given, s, n, -1) < 0;
    }
    low[stem] = kept; /* (the next ending reads it) */
  }
  return 0;
}

/* `Quebecers`, `Many Montrealers`, `The Torontonians`: a place's people,
** alone or after a common word that opens the sentence. */
static int place_people_run(const nw_doc *d, size_t i, size_t j) {
  if (j - i == 2 && (d->t.tok[i].flags & NW_TF_SENT_START) &&
      nw_lex_is_common(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i)))
    i++;
  return j - i == 1 && nw_doc_place_demonym(d, i);
}

/* `Saint-Rémi`, `Sainte-Agathe`, `St-Jérôme`: a saint's name joined by a
** hyphen is a town's (Quebec names hundreds so), unless a title or a role
** stands before it (`Const. St-Onge`) or the text gives it to someone
** after a given name (`Georges St-Pierre`, then `St-Pierre`). */
static int saint_town(const nw_doc *d, size_t i) {
  static const char *const saints[] = {"Saint-", "Sainte-", "St-", "Ste-"};
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i), p = 0;
  for (size_t k = 0; k < sizeof saints / sizeof *saints && !p; k++) {
    size_t sn = strlen(saints[k]);
    if (n > sn + 1 && memcmp(s, saints[k], sn) == 0 && (unsigned)s[sn] - 'a' >= 26u) p = sn;
  }
  /* (`Const. St-Onge`, `spokesperson St-Pierre`: someone's surname) */
  if (!p || phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_ROLE, NULL)) return 0;
  for (size_t k = 1; k < d->t.ntok; k++)
    if (nw_tok_len(&d->t, k) == n && memcmp(nw_tok_text(&d->t, k), s, n) == 0 && same_sentence(d, k - 1, k) &&
        plain_given_name(d, k - 1))
      return 0;
  return 1;
}

/* `“We are busy,” says Park`: a verb of saying between a quote's
** closing mark (or its comma) and the word; the word is the speaker. */
static int inverted_attribution(const nw_doc *d, size_t i) {
  return i >= 2 && same_sentence(d, i - 2, i) && is_say_verb(d, i - 1) &&
         (d->t.tok[i - 2].qm != 0 || tok_is_punct(d, i - 2, ',')); /* (a straight mark opens or closes) */
}

/* `GasLink`, `FedEx`, `HuffPost`: a word with a capital inside after three
** letters or more is a brand, a firm's name, not a person's (`McCallum`, `DeLaet`, `MacVicar`,
** `FitzGerald`, `VanDyke` are names: their prefixes are short or known). */
static int brand_shape(const nw_doc *d, size_t i) {
  NW_WORDS(name_prefixes, "mac", "van", "von", "fitz", "del", "dal", "della", "san", "ten", "ter", "ben", "las",
           "los", "les", "abu", "bin", "st", "des", "der", "den", "dos", "das");
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t k = 3; k + 1 < n; k++) {
    if ((unsigned)s[k] - 'A' < 26u && (unsigned)s[k - 1] - 'a' < 26u && (unsigned)s[k + 1] - 'a' < 26u)
      return !nw_words_has(&name_prefixes, s, k) && nw_map_get(&nw_lex()->given, s, k, -1) < 0; /* `MaryAnn` */
    if ((unsigned char)s[k] >= 0x80 || s[k] == '-' || s[k] == '\'') return 0;
  }
  return 0;
}

/* `MLAs`, `IPs`: capitals and a plural s. */
static int plural_acronym(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 3 || s[n - 1] != 's') return 0;
  for (size_t k = 0; k + 1 < n; k++)
    if (s[k] < 'A' || s[k] > 'Z') return 0;
  return 1;
}

/* A word no name is made of: one with a digit (`C-74`) or an adjective
** compound (`San Francisco-based`, `Chinese-language`, `Ottawa-born`). */
static int adjective_compound(const nw_doc *d, size_t k) {
  static const char *const tails[] = {"-based", "-born", "-language", "-led", "-backed", "-owned", "-style",
                                      "-made", "-run", "-funded", "-linked", "-area", NULL};
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  for (size_t x = 0; x < n; x++)
    if (s[x] >= '0' && s[x] <= '9') return 1;
  if (!(d->t.tok[k].flags & NW_TF_HYPHEN)) return 0;
  for (int t = 0; tails[t]; t++) {
    size_t m = strlen(tails[t]);
    if (n > m && strncasecmp(s + n - m, tails[t], m) == 0) return 1;
  }
  return 0;
}

/* Every word an ordinary one and none a given name (`Dairy Growers`,
** `Loyalty Points`): no person's name. */
static int all_common(const nw_doc *d, size_t i, size_t j) {
  for (size_t k = i; k < j; k++)
    if (tok_is_word(d, k) && (!is_common(d, k) || given_name(d, k) >= 0)) return 0;
  return 1;
}

/* `MLA for Kettle Bay-Harmon`, `the member for Holborn and St Pancras`:
** the words after a legislator's `for` name a constituency. */
static int constituency(const nw_doc *d, size_t i) {
  NW_WORDS(members, "mla", "mp", "mpp", "mna", "mha", "msp", "td", "member", "councillor", "councilor",
           "alderman", "congressman", "congresswoman", "assemblyman", "assemblywoman");
  return i >= 2 && same_sentence(d, i - 2, i) && nw_tok_is(&d->t, i - 1, "for") && word_in(d, i - 2, &members);
}

/* `Hurricane Dorian`, `Tropical Storm Karen`, `typhoon Mangkhut`: a storm
** word at token k (capitalized or not).  `Storm` alone is also a given
** name (`Actress Storm Reid`): it counts after `tropical`, `winter` and the
** like, or in lowercase. */
static int storm_word(const nw_doc *d, size_t k) {
  NW_WORDS(storms, "hurricane", "typhoon", "cyclone", "superstorm");
  NW_WORDS(kinds, "tropical", "subtropical", "post-tropical", "winter", "ice", "snow");
  if (word_in(d, k, &storms)) return 1;
  if (!nw_tok_is_ci(&d->t, k, "storm")) return 0;
  return (d->t.tok[k].flags & NW_TF_LOWER) || (k > 0 && same_sentence(d, k - 1, k) && word_in(d, k - 1, &kinds));
}

/* Is the run [i, j) the name of a storm, or one word that named one before?
** The storm word stands in the run or right before it; the name after it
** is noted so that `Dorian weakened` later is no person either. */
static int storm_name(const nw_doc *d, size_t i, size_t j, cands *out) {
  /* the storm word just before the run (`Hurricane`, an ordinary word, has
  ** left it) or opening it (`Typhoon Mangkhut`) */
  size_t k = i > 0 && same_sentence(d, i - 1, i) && storm_word(d, i - 1) ? i - 1 : i;
  if (k == i && !(j > i + 1 && storm_word(d, i))) return 0;
  if (j - k > 3) return 0; /* a name of one or two words after it */
  for (size_t x = k + 1; x < j; x++) nw_map_put(&out->things, nw_tok_text(&d->t, x), nw_tok_len(&d->t, x), 1);
  return 1;
}

/* `the Nancy Drew books`, `NASA's Aurelian probe`, `a Barbie doll`, `the
** Brightwick ad`, `Shopify's Sentra security unit`: a name between an article or
** a possessive and a noun of a work, a product, a craft or a unit (up to two
** lowercase words before it) names that thing.  The name is noted, so that
** it alone later (`Brightwick isn't the first`) is no person either, unless
** it starts with a given name (`Nancy Drew` may be an actor's name). */
static int work_name(const nw_doc *d, size_t i, size_t j, cands *out) {
  NW_WORDS(works, "book", "books", "novel", "novels", "series", "film", "films", "movie", "movies", "franchise",
           "saga", "trilogy", "sequel", "album", "song", "musical", "sitcom", "cartoon", "ad", "ads", "commercial",
           "brand", "doll", "dolls", "toy", "toys", "probe", "rover", "spacecraft", "telescope", "satellite",
           "sedan", "pickup", "smartphone", "vaccine", "pill", "pills", "drug", "unit", "division", "subsidiary",
           "app", "podcast", "website", "award", "trophy", "prize", "medal");
  int poss = i > 0 && (d->t.tok[i - 1].flags & NW_TF_POSS);
  size_t k = j; /* after a possessive, up to two lowercase words before the noun: `Shopify's Sentra security unit` */
  while (poss && k < j + 2 && k < d->t.ntok && same_sentence(d, j, k) && tok_is_word(d, k) && (d->t.tok[k].flags & NW_TF_LOWER) &&
         !word_in(d, k, &works))
    k++;
  if (k >= d->t.ntok || i == 0 || !same_sentence(d, i - 1, k) || !(d->t.tok[k].flags & NW_TF_LOWER) ||
      !word_in(d, k, &works))
    return 0;
  /* `the AL Ray Dolan award`: a league's acronym may stand after the article */
  size_t det = i - 1;
  if (det > 0 && (d->t.tok[det].flags & NW_TF_ALLCAPS) && same_sentence(d, det - 1, det)) det--;
  if (!word_in(d, det, &articles) && !poss) return 0;
  if (given_name(d, i) < 0 || j == i + 1) { /* a full name alone later may be the person's: not noted */
    const char *s = nw_tok_text(&d->t, i);
    nw_map_put(&out->things, s, (size_t)(nw_tok_text(&d->t, j - 1) + nw_tok_len(&d->t, j - 1) - s), 1);
  }
  return 1;
}

/* `Dilly Dilly Moonpie`, `Bye Bye Birdie`: a word said twice in a row
** makes a title or a chant, not a person's name. */
static int repeated_word(const nw_doc *d, size_t i, size_t j) {
  for (size_t k = i; k + 1 < j; k++)
    if (nw_tok_len(&d->t, k) == nw_tok_len(&d->t, k + 1) &&
        !memcmp(nw_tok_text(&d->t, k), nw_tok_text(&d->t, k + 1), nw_tok_len(&d->t, k)))
      return 1;
  return 0;
}

/* `Bluesfest`, `Oktoberfest`, `Ribfest`: one word ending in -fest is a festival. */
static int festival_word(const nw_doc *d, size_t i, size_t j) {
  size_t n = nw_tok_len(&d->t, i);
  return j == i + 1 && n > 6 && !strncasecmp(nw_tok_text(&d->t, i) + n - 4, "fest", 4);
}

/* A run named as a thing before (see work_name and storm_name). */
static int named_thing(const nw_doc *d, size_t i, size_t j, const cands *out) {
  if (!out->things.count) return 0;
  const char *s = nw_tok_text(&d->t, i);
  return nw_map_get(&out->things, s, (size_t)(nw_tok_text(&d->t, j - 1) + nw_tok_len(&d->t, j - 1) - s), 0);
}

/* `Betty's Bakery`, `Moe's Tavern`, `Schitt's Creek`: one name and its
** possessive before the last word of a shop's or a place's name names that
** shop or place (not `Ford's Cabinet`: the heads of bodies do not count). */
static int owner_of_place(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(shops, "Bakery", "Restaurant", "Cafe", "Café", "Diner", "Pub", "Kitchen", "Grill", "Pizza", "Pizzeria",
           "Deli", "Garage", "Market", "Shop", "Store", "Salon", "Farm", "Farms", "Inn", "Tavern", "Bistro", "Bar",
           "Lounge", "Boutique", "Books", "Hardware", "Convenience", "Creek", "Cove", "Landing", "Corner", "Corners", "Point",
           "Island", "Lake", "Brook", "Pond", "Hill", "Mountain");
  if (j != i + 1 || j + 1 >= d->t.ntok || !(d->t.tok[j].flags & NW_TF_POSS) || !same_sentence(d, i, j + 1)) return 0;
  size_t k = j + 1; /* the shop's word, one capitalized word after the possessive or two (`Temple Kitchen`) */
  while (k < j + 3 && is_cap_word(d, k) && same_sentence(d, i, k) && !word_in(d, k, &shops)) k++;
  if (k >= j + 3 || !is_cap_word(d, k) || !same_sentence(d, i, k) || !word_in(d, k, &shops)) return 0;
  return !(k + 1 < d->t.ntok && same_sentence(d, i, k + 1) && is_cap_word(d, k + 1)); /* the name ends there */
}

/* `Crohn's disease`, `Alzheimer's research`, `West Nile virus`: a name
** before its possessive and a disease's noun, one of the eponyms that
** stand for a disease alone, or a name right before such a noun. */
static int disease_name(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(diseases, "disease", "diseases", "syndrome", "palsy", "virus", "fever", "flu", "sarcoma", "lymphoma");
  NW_WORDS(eponyms, "Alzheimer", "Parkinson", "Crohn", "Huntington", "Asperger", "Hodgkin", "Tourette");
  if (j >= d->t.ntok || !same_sentence(d, i, j)) return 0;
  if (d->t.tok[j].flags & NW_TF_POSS) {
    if (j == i + 1 && word_in(d, i, &eponyms)) return 1;
    return j + 1 < d->t.ntok && same_sentence(d, j, j + 1) && word_in(d, j + 1, &diseases) &&
           (d->t.tok[j + 1].flags & NW_TF_LOWER);
  }
  return word_in(d, j, &diseases) && (d->t.tok[j].flags & NW_TF_LOWER);
}

/* `Air Canada Rouge`, `Samsung Galaxy`: one word right after a known
** organization's name is its product or brand, no person. */
static int product_of_body(const nw_doc *d, size_t i, size_t j) {
  if (j != i + 1 || i == 0 || !same_sentence(d, i - 1, i) || d->tok_men[i - 1] < 0) return 0;
  const nw_mention *m = &d->men[d->tok_men[i - 1]];
  int kind = d->actor[m->actor].kind;
  return m->tok + m->ntok == i && (kind == NW_KIND_ORG || kind == NW_KIND_MEDIA) && (d->t.tok[m->tok].flags & NW_TF_CAP);
}

/* `TSN's James Duthie`, `Coldplay's Chris Martin`: one word whose possessive
** stands before a person's full name (a given name, no ordinary word, and
** a capitalized word) is the person's outlet, team or band, no person. */
static int employer_before_name(const nw_doc *d, size_t i, size_t j) {
  return j == i + 1 && j + 2 < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS) && same_sentence(d, i, j + 2) &&
         plain_given_name(d, j + 1) && is_cap_word(d, j + 2) && !is_common(d, j + 2);
}

/* `Studio Tessaro`, `Team Homan`, `Camp Kawartha`, `Villa Rosa`: a word for
** a venue or a team before one more name word names that venue or team. */
static int venue_first(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(venues, "Studio", "Team", "Camp", "Club", "Cafe", "Café", "Hotel", "Hôtel", "Casa", "Villa", "Maison",
           "Chateau", "Château", "Atelier", "Galerie", "Gallery", "Bistro", "Restaurant", "Salon", "Ristorante");
  return j == i + 2 && is_cap_word(d, i) && word_in(d, i, &venues) && given_name(d, i) < 0;
}

/* `aboard the Queen Miranda`, `the Prince Edward`: a royal title after `the`
** names a ship, a building or a road, not the royal (who goes without
** the article: `Queen Miranda`, `Prince Harry`). */
static int royal_title_of_thing(const nw_doc *d, size_t i) {
  NW_WORDS(royals, "Queen", "King", "Prince", "Princess", "Empress", "Emperor");
  size_t t;
  return phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC, &t) && t > 0 && same_sentence(d, t - 1, t) &&
         nw_tok_is(&d->t, t - 1, "the") && word_in(d, t, &royals);
}

/* `Louis Riel Day`, `Terry Fox Day`: a given name, more name and `Day` is a
** holiday named for someone (two words, `Doris Day`, stay a name). */
static int holiday(const nw_doc *d, size_t i, size_t j) {
  return j - i >= 3 && nw_tok_is(&d->t, j - 1, "Day") && given_name(d, i) >= 0;
}

/* Ends like a noun of a doer: `Beekeeper`, `Famer`, `Activist`, `Historian`. */
static int doer_shape(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 5) return 0;
  const char *e2 = s + n - 2, *e3 = s + n - 3;
  return !memcmp(e2, "er", 2) || !memcmp(e2, "or", 2) || !memcmp(e3, "ist", 3) || !memcmp(e3, "ian", 3) ||
         !memcmp(e3, "ant", 3) || !memcmp(e3, "ent", 3);
}

/* `Beekeeper Rachel Homan said`, `Hall of Famer Wayne Gretzky`: a word
** shaped like a noun of a doer, opening the sentence or after a lowercase
** word, that is no given name nor a common surname, before a given name (no
** ordinary word too) and a surname, describes the person (an occupation the
** role list lacks); the name starts after it.  (Not `Qaswar Ali Noor`.) */
/* `NHLer`, `CFLers`: an acronym made a noun of its members. */
static int acronym_doer(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i), caps = 0;
  while (caps < n && s[caps] >= 'A' && s[caps] <= 'Z') caps++;
  return caps >= 2 && (n - caps == 2 || n - caps == 3) && !memcmp(s + caps, "ers", n - caps);
}

/* `Showrunner`, `Creator`: a role noun written with its capital because it
** opens the sentence. */
static int role_opening_sentence(const nw_doc *d, size_t i) {
  size_t n = nw_tok_len(&d->t, i);
  const char *s = nw_tok_text(&d->t, i);
  /* (the roles' table folds case) */
  return (d->t.tok[i].flags & NW_TF_SENT_START) && n >= 4 && nw_phrases_get(&nw_lex()->roles, s, n, -1) >= 0;
}

static int descriptor_first(const nw_doc *d, size_t i, size_t j) {
  if (j - i >= 3 && acronym_doer(d, i)) return 1; /* `Former NHLer Tiger Williams` */
  /* `Showrunner Hwang Dong-hyuk said`: a role opening the sentence, then
  ** a name of two words or more, whatever its first word */
  if (j - i >= 3 && given_name(d, i) < 0 && role_opening_sentence(d, i)) return 1;
  if (j - i < 3 || !doer_shape(d, i) || given_name(d, i) >= 0 || !plain_given_name(d, i + 1)) return 0;
  /* (after a lowercase word, or an ordinary one opening the sentence: `Former NHLer Sheldon Kennedy`) */
  int opens = (d->t.tok[i].flags & NW_TF_SENT_START) ||
              (i > 0 && same_sentence(d, i - 1, i) && tok_is_word(d, i - 1) &&
               ((d->t.tok[i - 1].flags & NW_TF_LOWER) || ((d->t.tok[i - 1].flags & NW_TF_SENT_START) && is_common(d, i - 1))));
  return opens && !nw_map_get(&nw_lex()->surnames, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 0);
}

/* A capitalized word shaped like an adjective by its ending (`Western`,
** `Communist`, `Imperial`, `Islamic`, `Federal`, `Canadian`): no noun of a
** body's name before a country's. */
static int adjective_shaped(const nw_doc *d, size_t k) {
  const char *w = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  if (n < 5) return 0;
  char x = (char)(w[n - 3] | 0x20), y = (char)(w[n - 2] | 0x20), z = (char)(w[n - 1] | 0x20);
  if ((y == 'a' && z == 'l') || (y == 'i' && z == 'c')) return 1; /* -al, -ic */
  if (n < 6) return 0;
  static const char ends[][4] = {"ern", "ist", "ian", "ese", "ish", "ous", "ive", "ary"};
  for (size_t e = 0; e < sizeof ends / sizeof *ends; e++)
    if (x == ends[e][0] && y == ends[e][1] && z == ends[e][2]) return 1;
  return 0;
}

/* The mention of a country by its capitalized name that starts at token
** b, in the sentence of token a: its index, or -1. */
static int country_named_at(const nw_doc *d, size_t a, size_t b) {
  if (b >= d->t.ntok || !same_sentence(d, a, b)) return -1;
  int m = d->tok_men[b];
  if (m < 0 || d->men[m].tok != b || d->actor[d->men[m].actor].kind != NW_KIND_COUNTRY || !(d->t.tok[b].flags & NW_TF_CAP))
    return -1;
  return m;
}

/* Mention m becomes part of the body's name that ends with it: the run's
** end moves past it. */
static int absorb_place(nw_doc *d, int m, size_t *j) {
  d->men[m].how = NW_MEN_PLACE;
  *j = d->men[m].tok + d->men[m].ntok;
  return 1;
}

/* `the Canadian Medical Association`, `the Chinese Academy of Sciences`:
** a capitalized demonym right before a body's name is part of that name
** (and says whose body it is), not the country acting.  Widens *i. */
static void demonym_of_body(nw_doc *d, size_t *i) {
  size_t a = *i;
  for (size_t k = a; k-- > 0 && a - k <= 2 && same_sentence(d, k, a);) {
    if (!(d->tok_info[k] & NW_TI_DEMONYM) || (d->tok_info[k] & NW_TI_INSIDE)) continue;
    if (k + d->tok_len[k] != a || !is_cap_word(d, k)) return;
    /* `an Iranian Worcester Polytechnic student`: a demonym before a name
    ** the lexicon does not know is someone's nationality, unless `the`
    ** makes the whole one name (`the Canadian Beverage Association`) */
    int the = k > 0 && same_sentence(d, k - 1, k) && nw_tok_is_ci(&d->t, k - 1, "the");
    if (!the && !is_common(d, a) && !adjective_shaped(d, a)) return;
    int m = d->tok_men[k];
    if (m >= 0 && d->men[m].tok == k) d->men[m].how = NW_MEN_PLACE; /* `Canadian` acting */
    *i = k;
    return;
  }
}

/* Is token a - 1 a capitalized word of a place's name, in a's sentence
** and no actor's mention? */
static int place_word_before(const nw_doc *d, size_t a) {
  return a > 0 && same_sentence(d, a - 1, a) && (d->t.tok[a - 1].flags & NW_TF_CAP) && d->tok_men[a - 1] < 0 &&
         ((d->tok_info[a - 1] & NW_TI_PLACE) || is_place(d, a - 1, a));
}

/* `Nova Scotia Liquor Board`, `an N.B. Energy Board ruling`: a place's
** name right before a body's name is part of it.  Widens *i. */
static void place_of_body(const nw_doc *d, size_t *i) {
  while (place_word_before(d, *i)) (*i)--;
}

/* A capitalized ordinary word that may join a body's name before `and`. */
static int conjoinable(const nw_doc *d, size_t w) {
  return is_cap_word(d, w) && is_common(d, w) && d->tok_men[w] < 0 && given_name(d, w) < 0 &&
         !(d->tok_info[w] & (NW_TI_TITLE | NW_TI_PLACE | NW_TI_DEMONYM | NW_TI_INSIDE)) &&
         !(org_kind(d, w) && w > 0 && is_cap_word(d, w - 1) && !nw_tok_is_ci(&d->t, w - 1, "the")); /* (not
         `Treasury Board and Finance Department`) */
}

/* `Forest and Trail Foundation`, `Parks & Recreation Department`: up to
** three capitalized ordinary words and `and` before a body's name are part
** of it (`Workplace Safety and Insurance Board`; a role's word only after
** `the`: `the Landlord and Tenant Board`; not `Trudeau and Treasury
** Board`: a name).  Widens *i. */
static void conjoined_body(const nw_doc *d, size_t *i) {
  size_t a = *i;
  if (a < 2 || !same_sentence(d, a - 2, a) || !(nw_tok_is(&d->t, a - 1, "and") || nw_tok_is(&d->t, a - 1, "&")))
    return;
  size_t w = a - 2, first = w;
  if (!conjoinable(d, w)) return;
  /* `the Workplace Safety and Insurance Board`: up to three such words */
  while (first > 0 && w - first < 2 && same_sentence(d, first - 1, w) && conjoinable(d, first - 1)) first--;
  /* a role's word only after `the` (`the Landlord and Tenant Board`, not
  ** `Premier and Cabinet Office`) */
  int role = 0;
  for (size_t k = first; k <= w; k++) role |= (d->tok_info[k] & NW_TI_ROLE) != 0;
  if (role && !(first > 0 && nw_tok_is_ci(&d->t, first - 1, "the"))) return;
  if (first > 0 && same_sentence(d, first - 1, w) && is_cap_word(d, first - 1) &&
      !(d->tok_info[first - 1] & (NW_TI_DEMONYM | NW_TI_PLACE)) && d->tok_men[first - 1] < 0 &&
      !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, first - 1), nw_tok_len(&d->t, first - 1)))
    return; /* `Health Minister Ana Ruiz and Treasury Board`: a longer run is no one word */
  *i = first;
}

/* A body named for its place, not a person: a place and one word
** (`Toronto Hydro`, or `Nova Scotia Power`, where the run finding already
** set the place apart: then an ordinary word, not `North Dakota Caelynn`),
** or up to three words and the country's name
** (`Hockey Canada`, `Food Banks Canada`: the country is then part of the
** name, not a mention of it).  The first word may be no given name
** (`Regina King`, `Paris Hilton` are people).  Widens [*i, *j) to the
** body's name. */
static int named_for_place(nw_doc *d, size_t *i, size_t *j) {
  size_t a = *i, b = *j;
  if (given_name(d, a) >= 0) return 0;
  if (b - a == 2 && is_place(d, a, a + 1) && given_name(d, a + 1) < 0) return !word_in(d, a + 1, &place_not_body);
  if (b - a == 1 && a > 0 && same_sentence(d, a - 1, a) && (d->tok_info[a - 1] & NW_TI_PLACE) && is_common(d, a)) {
    while (*i > 0 && (d->tok_info[*i - 1] & NW_TI_PLACE)) (*i)--;
    return 1;
  }
  const char *w = nw_tok_text(&d->t, a);
  size_t wn = nw_tok_len(&d->t, a);
  int verb_form = (d->tok_info[a] & NW_TI_VERB) || (wn > 4 && memcmp(w + wn - 3, "ing", 3) == 0) ||
                  (wn > 3 && memcmp(w + wn - 2, "ed", 2) == 0); /* `Criticizing Peru for ...` */
  int m = verb_form || b - a > 3 ? -1 : country_named_at(d, a, b);
  if (m < 0 || nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, a), nw_tok_len(&d->t, a)))
    return 0; /* not `Across Canada` */
  if (b - a == 1 && adjective_shaped(d, a)) return 0; /* `Communist Cuba` */
  return absorb_place(d, m, j);
}

/* Does the run from i, whose place's or country's name ends before token
** `after`, act as a body named for it: it speaks (`Hockey Quebec said`),
** its officer follows (`Colleges Ontario president X`), a body's noun
** stands in apposition (`Trail Canada, a coalition of clubs,`), or a
** lowercase word goes before it (`donations to Food Banks Canada`)? */
static int acts_as_named_body(const nw_doc *d, size_t i, size_t after) {
  if (after < d->t.ntok && same_sentence(d, i, after) &&
      (is_say_verb(d, after) || ((d->tok_info[after] & NW_TI_ROLE) && (d->t.tok[after].flags & NW_TF_LOWER)) ||
       kind_in_apposition(d, after)))
    return 1;
  return !(d->t.tok[i].flags & NW_TF_SENT_START) && i > 0 && same_sentence(d, i - 1, i) && tok_is_word(d, i - 1) &&
         (d->t.tok[i - 1].flags & NW_TF_LOWER);
}

/* `Tennis Canada`, `donations to Food Banks Canada`, `Rally Canada said`:
** one or two capitalized common nouns right before a country's name are a
** national body named for it, not the country acting.  Not adjectives of
** place or history (`Western Canada`, `Communist China`, `Mainland
** China`), days or given names, and only where the nouns cannot be a
** headline's capitals: after a lowercase word, or when the body speaks. */
static int body_named_for_country(nw_doc *d, size_t i, size_t *j) {
  /* words of place and history, and function words the sentence starters
  ** (sql/dict/sentence_starters.tsv) leave out */
  NW_WORDS(no_body, "north", "south", "east", "west", "central", "greater", "upper", "lower", "inner", "outer",
           "new", "old", "rural", "urban", "mainland", "coastal", "atlantic", "pacific", "arctic", "red", "free",
           "modern", "ancient", "soviet", "nazi", "postwar", "prewar", "across", "throughout", "within", "beyond",
           "inside", "outside", "just", "several", "fewer");
  size_t b = *j;
  int m = b - i > 2 ? -1 : country_named_at(d, i, b);
  if (m < 0 || (d->tok_info[b] & NW_TI_DEMONYM)) return 0; /* not `Many Canadians say` */
  for (size_t k = i; k < b; k++) {
    if (!is_common(d, k) || given_name(d, k) >= 0 || is_day_or_month(d, k) || word_in(d, k, &no_body) ||
        nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)) || adjective_shaped(d, k) ||
        !(d->t.tok[k].flags & NW_TF_SPACE_AFTER))
      return 0;
  }
  return acts_as_named_body(d, i, b + d->men[m].ntok) && absorb_place(d, m, j);
}

/* `Public Health Ontario`, `Elections Ontario`, `Hockey Quebec said`: one
** or two ordinary capitalized words and a province, state or city that ends
** the run are a body named for the place, as for a country (above), when
** it speaks or follows a lowercase word. */
static inline __attribute__((always_inline)) int body_named_for_place(const nw_doc *d, size_t i, size_t j) {
  if (j - i < 2 || !acts_as_named_body(d, i, j)) return 0; /* (asked first: the look-ups below cost more) */
  size_t p = j - 1; /* where the place starts: `Ontario`, `Nova Scotia`, `Prince Edward Island` */
  if (d->tok_info[j - 1] & NW_TI_PLACE)
    while (p > i && (d->tok_info[p - 1] & NW_TI_PLACE)) p--;
  else if (j - i >= 3 && is_place(d, j - 2, j)) p = j - 2;
  else if (!is_place(d, j - 1, j)) return 0;
  if (p == i || p - i > 2) return 0;
  NW_WORDS(no_body, "north", "south", "east", "west", "central", "greater", "upper", "lower", "inner", "outer",
           "new", "old", "rural", "urban", "downtown", "suburban", "coastal", "northern", "southern", "eastern",
           "western", "mount", "lake", "fort", "port", "saint", "san", "santa", "st",
           /* (words of a person's description: `Former Winnipeg teacher X`) */
           "former", "retired", "longtime", "veteran", "late", "young", "local", "then", "ex", "future");
  const nw_lexicon *lx = nw_lex();
  for (size_t k = i; k < p; k++)
    if (nw_map_find(&lx->gaz.name_words, nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)) || given_name(d, k) >= 0 ||
        is_day_or_month(d, k) || word_in(d, k, &no_body) ||
        nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)) ||
        (adjective_shaped(d, k) && !nw_tok_is(&d->t, k, "Public")) || /* (`Southwestern Ontario`) */
        (d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_DEMONYM | NW_TI_HONORIFIC)) ||
        (d->t.tok[k].flags & NW_TF_HYPHEN) || !(d->t.tok[k].flags & NW_TF_SPACE_AFTER))
      return 0; /* (the hyphen and the space: not `United States-South Africa ties`) */
  return 1;
}

/* `the Major Crimes Unit`, `General Services Administration`: a rank that
** is also an ordinary adjective, right before a run that ends in a body's
** head, opens the body's name (the rank stands before no name there). */
static int rank_word_opens_body(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(ranks, "Major", "General", "Private", "Chief", "Senior", "Special");
  return i > 0 && j - i >= 2 && same_sentence(d, i - 1, i) && word_in(d, i - 1, &ranks) && given_name(d, i) < 0 &&
         org_kind(d, j - 1) > 0;
}

/* `the Public Transit Safety Board`: a capitalized word that a
** lowercase body phrase of titles.tsv took in (`the public`), right before
** a word that may be part of a name, opens a name instead. */
static int capital_in_lowercase_body(const nw_doc *d, size_t i) {
  return (d->tok_info[i] & NW_TI_BODY) && (d->tok_info[i] & NW_TI_INSIDE) && is_cap_word(d, i) && d->tok_men[i] < 0 &&
         i > 0 && (d->t.tok[i - 1].flags & NW_TF_LOWER) && i + 1 < d->t.ntok && same_sentence(d, i, i + 1) &&
         name_word(d, i + 1);
}

/* A place's name of two or three words (marked NW_TI_PLACE, which no run
** of a name takes in) starting at token j: where it ends, or j. */
static size_t place_of_several_words(const nw_doc *d, size_t j) {
  size_t e = j;
  while (e < d->t.ntok && e - j <= 3 && (d->tok_info[e] & NW_TI_PLACE) && same_sentence(d, j, e)) e++;
  return e - j >= 2 && e - j <= 3 ? e : j;
}

/* `Director Michael Bay said`, `Ricki Lake said`: a given name and a word
** that ends places' names is a person when a title stands before it or a
** speech verb after it (not `James Bay residents`, `Georgian Bay`). */
static int given_name_and_place_word(const nw_doc *d, size_t i, size_t j) {
  if (j - i < 2 || !plain_given_name(d, j - 2)) return 0;
  size_t g = j - 2; /* past a capitalized role in the run: `Singer Tara Lake` */
  for (size_t k = i; k < g; k++)
    if (!(d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE))) return 0;
  if (g > i || (i > 0 && same_sentence(d, i - 1, i) &&
                (d->tok_info[i - 1] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_HONORIFIC))))
    return 1;
  return j < d->t.ntok && same_sentence(d, i, j) && is_say_verb(d, j);
}

static inline __attribute__((always_inline)) size_t saint_before(const nw_doc *d, size_t i);

/* `residents of Elmvale`, `the town of Elmvale`: a one-word name after
** `of` and a noun of places or their people. */
static int place_of_people(const nw_doc *d, size_t i) {
  NW_WORDS(dwellers, "residents", "people", "citizens", "town", "city", "village", "hamlet", "municipality",
           "county", "township", "community", "mayor", "outskirts", "streets", "downtown", "north", "south", "east",
           "west");
  return i >= 2 && same_sentence(d, i - 2, i) && nw_tok_is(&d->t, i - 1, "of") && word_in(d, i - 2, &dwellers);
}

/* Is token i's word, in any case, a word of a wire dateline (`PICTOU,
** N.S. —`) opening one of the story's first paragraphs? */
/* A word in capitals that is a given name written as usual (`GRAHAM`). */
static int allcaps_given_name(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  char buf[32];
  if (n < 2 || n >= sizeof buf) return 0;
  buf[0] = s[0];
  for (size_t k = 1; k < n; k++) buf[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
  return nw_map_get(&nw_lex()->given, buf, n, -1) >= 0;
}

#define DATELINE_LOOK_TOKENS 400
static int in_dateline(const nw_doc *d, cands *out, size_t i) {
  if (!out->dateline_found) { /* once per text */
    out->dateline_found = 1;
    size_t look = d->t.ntok < DATELINE_LOOK_TOKENS ? d->t.ntok : DATELINE_LOOK_TOKENS;
    const uint16_t opens = NW_TF_PARA_START | NW_TF_ALLCAPS;
    const nw_tok *tok = d->t.tok;
    /* (a paragraph's first token is its first sentence's: the sentences
    ** are passed, not the tokens) */
    for (size_t s = 0; s < d->t.nsent && d->t.sent[s].tok < look; s++) {
      size_t p = d->t.sent[s].tok;
      if (!d->t.sent[s].ntok || (tok[p].flags & opens) != opens) continue;
      size_t dash = nw_doc_dateline_end(d, p);
      if (dash && !allcaps_given_name(d, p)) { /* (`GRAHAM TOLLEY --`: a heading naming someone) */
        out->dateline_a = p, out->dateline_b = dash;
        break;
      }
    }
  }
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  for (size_t k = out->dateline_a; k < out->dateline_b; k++)
    if (k != i && nw_tok_len(&d->t, k) == n && strncasecmp(nw_tok_text(&d->t, k), s, n) == 0) return 1;
  return 0;
}

/* `, Ruiz’s lawyer, said`, `, the team's coach, says`: after token j's
** comma a short description holding a person's role, a comma and a speech
** verb. */
static inline __attribute__((always_inline)) int role_apposition_then_speech(const nw_doc *d, size_t j) {
  if (!tok_is_punct(d, j, ',')) return 0;
  int role = 0;
  for (size_t k = j + 1; k < d->t.ntok && k <= j + 7 && same_sentence(d, j, k); k++) {
    if (tok_is_punct(d, k, ',')) return role && k > j + 1 && k + 1 < d->t.ntok && is_say_verb(d, k + 1);
    if (d->t.tok[k].type == NW_TOK_PUNCT && !(d->t.tok[k].flags & NW_TF_POSS)) return 0;
    role |= (d->tok_info[k] & NW_TI_ROLE) != 0;
  }
  return 0;
}

/* `according to Price,`, `for Price and his brother`: a capitalized word
** inside a sentence after a preposition, before a comma, a stop or `and`,
** stands where a name does. */
static int object_word(const nw_doc *d, size_t i) {
  NW_WORDS(preps, "to", "for", "with", "by", "from", "against", "about", "told", "asked", "said");
  if (i == 0 || !same_sentence(d, i - 1, i) || !word_in(d, i - 1, &preps) || !(d->t.tok[i - 1].flags & NW_TF_LOWER))
    return 0;
  size_t k = i + 1;
  return k >= d->t.ntok || !same_sentence(d, i, k) || tok_is_punct(d, k, ',') || tok_is_punct(d, k, '.') ||
         nw_tok_is(&d->t, k, "and");
}

/* `Nova Scotians`, `New Brunswickers`, `Prince Edward Islanders`, `New
** Yorkers`, and one of them (`Every Nova Scotian`): the people of a place
** whose name has several words (one word's people, `Albertans`, are never
** a run's name).  The words from `from`
** (a word or two before the run's last) with the last word's ending made a
** place's (`-ns` `-ers` `-ites`, `-ians` for `-y`) spell a place of
** places.tsv.  Rare (a capitalized run ending so), and so built as text. */
typedef struct people_ending {
  const char *end, *place_end;
  size_t cut, add;
} people_ending;
static const people_ending people_endings[] = {
    {"ians", "y", 4, 1}, {"ites", "", 4, 0}, {"ers", "", 3, 0}, {"ns", "", 2, 0},
    /* one of them: `Every Nova Scotian`, `a New Brunswicker` */
    {"ian", "y", 3, 1},  {"ite", "", 3, 0},  {"er", "", 2, 0},  {"n", "", 1, 0}};

static int spells_place(const nw_doc *d, size_t from, size_t j, const people_ending *e) {
  size_t n = nw_tok_len(&d->t, j - 1), a = d->t.tok[from].start, last = d->t.tok[j - 1].start;
  size_t cut = e->cut, add = e->add, len = last - a + n - cut;
  char text[64];
  if (len + add > sizeof text) return 0;
  memcpy(text, d->t.s + a, len);
  memcpy(text + len, e->place_end, add);
  nw_tokens t = {0};
  int v, found = nw_tokenize_phrase(&t, text, len + add) == 0 && t.ntok >= 2 &&
                 nw_phrases_match(&nw_lex()->places, &t, 0, t.ntok, &v) == (int)t.ntok;
  nw_tokens_free(&t);
  return found;
}

static __attribute__((noinline)) int several_words_people(const nw_doc *d, size_t i, size_t j) {
  const char *s = nw_tok_text(&d->t, j - 1);
  size_t n = nw_tok_len(&d->t, j - 1);
  for (size_t f = 0; f < sizeof people_endings / sizeof *people_endings; f++) {
    const people_ending *e = &people_endings[f];
    if (memcmp(s + n - e->cut, e->end, e->cut) != 0) continue;
    for (size_t from = j >= 3 ? j - 3 : 0; from + 1 < j; from++) {
      if (from < i && !(same_sentence(d, from, i) && is_cap_word(d, from))) continue;
      if (from + 2 == j && given_name(d, from) >= 0) continue; /* `Mark Summers`, `Jane Collins` */
      if (spells_place(d, from, j, e)) return 1;
    }
  }
  return 0;
}

/* `next to Lansdowne Park`, `in Kijiji Park`: `Park` is a surname too (so
** no head word of places), but after a preposition of place and a word that
** is no given name (nor a hyphenated one: `Seo-yeon Park`) it ends a park's
** name. */
static int park_after_preposition(const nw_doc *d, size_t i, size_t j) {
  NW_WORDS(preps, "in", "at", "near", "into", "through", "around", "outside", "inside", "across");
  if (j != i + 2 || !nw_tok_is(&d->t, j - 1, "Park") || i < 2 || !same_sentence(d, i - 2, i)) return 0;
  int where = word_in(d, i - 1, &preps) || (nw_tok_is(&d->t, i - 1, "to") && nw_tok_is_ci(&d->t, i - 2, "next"));
  return where && given_name(d, i) < 0 && !(d->t.tok[i].flags & NW_TF_HYPHEN);
}

/* verb_follows(d, j), asked once per j (classify_run asks up to four
** times, of the run's end). */
typedef struct verb_memo {
  size_t j;
  int follows;
} verb_memo;
static int verb_follows_at(const nw_doc *d, size_t j, verb_memo *m) {
  if (m->j != j) m->j = j, m->follows = verb_follows(d, j);
  return m->follows;
}

static int classify_run(nw_doc *d, size_t i, size_t j, int org, cands *out) {
  verb_memo vf = {SIZE_MAX, 0};
  /* (a run of two or three words whose last ends as a people's name may, before the look-up) */
  size_t last_len = nw_tok_len(&d->t, j - 1);
  char last_c = last_len ? nw_tok_text(&d->t, j - 1)[last_len - 1] : 0;
  if (j - i >= 2 && j - i <= 3 && last_len >= 5 && (last_c == 's' || last_c == 'n' || last_c == 'r' || last_c == 'e') &&
      several_words_people(d, i, j))
    return 0;
  if (constituency(d, i)) { /* a person's name may follow it: `MLA for Kettle Bay Tom Reyes` */
    size_t p = i + 1;
    while (p < j && !plain_given_name(d, p)) p++;
    if (p >= j) return 0;
    i = p;
  }
  if (is_place(d, i, j) || place_people_run(d, i, j)) return 0;
  size_t not_place_i = i, not_place_j = j; /* (asked again below when the run changed) */
  /* the head word the run ends with (until j moves below: asked up to four
  ** times) */
  int last_head = head_kind(d, j - 1), last_org = last_head > 0 ? last_head : 0;
  if (j - i >= 2 && last_head == NW_HEAD_PLACE && !given_name_and_place_word(d, i, j))
    return 0; /* `Cedar River`, `Northgate Mall` */
  if (park_after_preposition(d, i, j)) return 0;
  /* `Striker Okafor completes move`: a role word capitalized only because it
  ** opens the sentence (a headline's way) describes the surname after it */
  if (j == i + 2 && (d->t.tok[i].flags & NW_TF_SENT_START) && (d->tok_info[i] & NW_TI_ROLE) && d->tok_len[i] == 1 &&
      d->tok_val[i] >= 0 && nw_lex()->title[d->tok_val[i]].rank >= 2 && given_name(d, i) < 0)
    i++;
  /* `Chief Public Health Officer Dr. X`, `Provincial Health Officer X`: the
  ** words before `Officer` are an officer's title, no body */
  if (j < d->t.ntok && same_sentence(d, j - 1, j) && nw_tok_is(&d->t, j, "Officer")) return 0;
  /* `James Street North`, `Portage Avenue East`: a place's word and a compass point */
  NW_WORDS(compass, "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
  if (j - i >= 3 && word_in(d, j - 1, &compass) && head_kind(d, j - 2) == NW_HEAD_PLACE) return 0;
  /* `Queen Avenue`, `King Street`: a royal title before a street's word
  ** names the street (an honorific does not: `Mr. Bay`) */
  if (j - i == 1 && last_head == NW_HEAD_PLACE && i > 0 && same_sentence(d, i - 1, i) &&
      (d->tok_info[i - 1] & NW_TI_TITLE) && !(d->tok_info[i - 1] & NW_TI_HONORIFIC))
    return 0;
  if (!org && venue_first(d, i, j)) return push_cand(out, (cand){(uint32_t)i, 2, NW_KIND_ORG, 1});
  if (!org && team_name(d, i, j)) {
    if (nw_tok_is(&d->t, i, "The")) i++;
    return push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), NW_KIND_ORG, 1});
  }
  int given = org ? -1 : given_name(d, i); /* (asked three times below: once) */
  int named_kind = org || given >= 0 ? 0 : named_kind_of(d, i, j); /* not `Ana Ruiz team members` */
  if (!named_kind && !org) named_kind = kind_noun_before(d, i);
  /* `Harry’s, another razor company,`: a possessive brand, even on a given name */
  size_t after = j < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS) ? j + 1 : j;
  if (!named_kind && !org && (given < 0 || after > j)) {
    named_kind = kind_in_apposition(d, after);
    if (named_kind) j = after; /* the brand keeps its `’s` (its last word is no body's head) */
  }
  if (!named_kind && !org && given < 0) named_kind = kind_apposition_before(d, i, j);
  if (named_kind && !(j - i >= 2 && last_org)) { /* `the Tarnby Courier newspaper` (a body's head word: below) */
    while (i < j && nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i))) i++;
    /* `the advocacy group Open Futures Canada`: a country's name that ends
    ** the words after a kind's noun is part of the body's name */
    int m = i < j && j - i <= 3 ? country_named_at(d, i, j) : -1;
    if (m >= 0 && !(d->tok_info[j] & NW_TI_DEMONYM) && kind_noun_before(d, i)) absorb_place(d, m, &j);
    return i < j && !all_common(d, i, j) ? push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), (uint8_t)named_kind, 1})
                                         : 0;
  }
  /* `the bank’s chief executive, Lars Bank,`: a given name and a body's
  ** head word right after a person's role name a person; so do a given name
  ** and a head word that is a family name as often (`Singer Michelle
  ** Branch`, `Taylor Church said`; not a given name that is a place's:
  ** `Victoria Court`) */
  NW_WORDS(surname_heads, "Branch", "Church", "Bank", "Banks", "Court", "Chambers", "Mills", "Fields", "House");
  size_t g = i; /* (past a role word the run opens with) */
  while (!org && g + 2 < j && (d->tok_info[g] & (NW_TI_ROLE | NW_TI_TITLE)) && given_name(d, g) < 0) g++;
  int person_named = !org && j - g == 2 && last_org == NW_KIND_ORG && given_name(d, g) >= 0 &&
                     (person_role_before(d, g) || (word_in(d, j - 1, &surname_heads) && plain_given_name(d, g) &&
                                                   !(d->tok_info[g] & NW_TI_PLACE) && !(g > 0 && nw_tok_is(&d->t, g - 1, "the"))));
  if (person_named) i = g;
  /* An organization keeps its words (`Superior Court`, `National Post`)
  ** but not an opening function word (`The`). */
  if (org || (j - i >= 2 && last_org && !person_named)) {
    conjoined_body(d, &i);
    demonym_of_body(d, &i);
    place_of_body(d, &i);
    size_t i0 = i;
    while (i < j && nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i))) i++;
    int kind = org ? org_kind(d, (size_t)org) : last_org;
    if (!kind) kind = NW_KIND_ORG; /* a company's legal form (`PLC`) */
    if (j - i >= 2) return push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), (uint8_t)kind, 1});
    /* `wrote to The Herald`: a capitalized `The` inside a sentence makes a
    ** newspaper's one-word name a name */
    if (j - i == 1 && i == i0 + 1 && kind == NW_KIND_MEDIA && nw_tok_is(&d->t, i0, "The") &&
        !(d->t.tok[i0].flags & NW_TF_SENT_START))
      return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_MEDIA, 1});
    return 0;
  }
  if (!org && body_named_for_country(d, i, &j)) return push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), NW_KIND_ORG, 1});
  if (!org && body_named_for_place(d, i, j)) return push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), NW_KIND_ORG, 1});
  /* `Downtown Toronto`, `Rural Manitoba`: an ordinary word before a place is no one's name */
  /* (`North Sydney`: a point of the compass, though a given name too, and a place) */
  if (!org && j - i == 2 && (given_name(d, i) < 0 || word_in(d, i, &compass)) && is_place(d, i + 1, j))
    return 0;
  /* Leading common words are not names (`After`, `Western`), unless a given
  ** name starts a longer name (`Mark Carney`). */
  while (i < j && is_common(d, i) && !person_named) {
    int g = given_name(d, i);
    if (g >= 0 && j - i >= 2 && !is_common(d, i + 1)) break;
    if (surname_first(d, i, j)) break; /* `Sun Lifang`, `Song Wei`: a family name first */
    if (g >= 0 && j - i == 2 && person_role_before(d, i) && singular_word_before(d, i)) break; /* `Councillor Mark Young` */
    /* `Baker said`, `Price is`, `according to Price,` (weak, below; not
    ** `He said`, `There is`, `the House voted`) */
    if (j - i == 1 &&
        ((i + 1 < d->t.ntok && is_say_verb(d, i + 1)) || ((verb_follows_at(d, j, &vf) || object_word(d, i)) && !is_day_or_month(d, i))) &&
        !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i)))
      break;
    if (j - i == 1 && role_apposition_then_speech(d, j)) break; /* `Hill, Ruiz’s lawyer, said` */
    if (j - i == 1 && inverted_attribution(d, i)) break; /* `“…,” says Park, 41` */
    if (j - i == 1 && g >= 0 && kin_before(d, i)) break; /* `his father, Bill,`, `her husband Frank` */
    i++;
  }
  /* `County Supervisor Ross Hein`: a capitalized role before a given name is
  ** the person's role, not part of the name */
  while (i + 1 < j && (d->tok_info[i] & NW_TI_ROLE) && d->tok_len[i] == 1 && given_name(d, i + 1) >= 0 &&
         given_name(d, i) < 0)
    i++;
  if (descriptor_first(d, i, j)) i++;
  /* `Ottawa-born Ana Ruiz`, `Kúkpi7 Rosanne Casimir`: a compound or a word
  ** with a digit before a given name and a surname describes the person */
  for (size_t k = i; k + 3 <= j; k++)
    if (adjective_compound(d, k) && plain_given_name(d, k + 1)) i = k + 1;
  while (j > i + 1 && is_day_or_month(d, j - 1)) j--; /* `Peter Lindqvist Saturday` */
  if (i >= j || ((i != not_place_i || j != not_place_j) && is_place(d, i, j))) return 0; /* `Northern Ontario` */
  if (named_for_place(d, &i, &j)) return push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), NW_KIND_ORG, 1});
  if (named_thing(d, i, j, out) || repeated_word(d, i, j) || festival_word(d, i, j) || disease_name(d, i, j) ||
      product_of_body(d, i, j) || storm_name(d, i, j, out) || work_name(d, i, j, out) || owner_of_place(d, i, j) ||
      holiday(d, i, j))
    return 0;
  if (employer_before_name(d, i, j)) return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_ORG, 1});
  if (royal_title_of_thing(d, i)) return 0;
  size_t n = j - i;
  if (org_kind(d, j - 1) && !person_named) return 0; /* one word like `Court`: nothing */
  if (n > MAX_NAME_TOKENS) return 0;
  if (modifies_role(d, j)) { /* `CivicLab director Tomas Reyes`, `Comets head coach X` */
    /* `Bullying expert X`, `Marketing director X`, `Folk singer X`: a field
    ** opening the sentence, capitalized only there */
    /* (fields that are no common word: `Opera`, `Dance` are) */
    NW_WORDS(fields, "Folk", "Jazz", "Hockey", "Golf", "Ballet", "Yoga", "Chess", "Poker", "Reggae", "Punk", "Rap",
             "Gospel", "Blues", "Pop", "Basketball", "Baseball", "Curling", "Tech", "Crypto");
    if (n == 1 && opens_sentence_or_quote(d, i) && (noun_shaped(d, i) || is_common(d, i) || word_in(d, i, &fields)))
      return 0;
    /* (`Olympic champion X`, `Arctic explorer X`: an adjective names no
    ** employer; `Zentronic chief executive X` does) */
    NW_WORDS(adjectives, "Olympic", "Paralympic", "Arctic", "Antarctic", "Atlantic", "Pacific", "Catholic", "Islamic",
             "Nordic", "Baltic", "Hispanic", "Academic", "Historic", "Iconic", "Veteran", "Legendary", "Longtime");
    if (n == 1 && word_in(d, i, &adjectives)) return 0;
    if (n == 1 && nw_map_put(&out->employers, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 1)) return -1;
    return n >= 1 ? push_cand(out, (cand){(uint32_t)i, (uint32_t)n, NW_KIND_ORG, 1}) : 0;
  }
  name_evidence ev = evidence_for(d, i, j);
  int strong = ev.title || ev.role || ev.given || ev.appos || ev.verb;
  /* `the Brewers said`, `Sharks have`, `MLAs voted`: a body, if anything */
  if (n == 1 && j < d->t.ntok && same_sentence(d, i, j) &&
      word_in(d, j, &plural_aux))
    return 0; /* `Brewers are nervous`: no one person */
  if (saint_before(d, i) < i) return 0; /* `St. Charles`: a place or a saint */
  if (n == 1 && plural_noun_shape(d, i) && i > 0 && same_sentence(d, i - 1, i)) {
    size_t a = i; /* `the Halifax Comets`, `the Boise Lumberjacks` */
    int m = d->tok_men[i - 1];
    if (d->tok_info[i - 1] & NW_TI_PLACE) {
      while (a > 0 && (d->tok_info[a - 1] & NW_TI_PLACE)) a--;
    } else if (m >= 0 && d->men[m].tok + d->men[m].ntok == i && d->actor[d->men[m].actor].kind == NW_KIND_COUNTRY &&
               (d->t.tok[d->men[m].tok].flags & NW_TF_CAP)) {
      a = d->men[m].tok;
      d->men[m].how = NW_MEN_PLACE; /* part of the team's name */
    }
    if (a < i) return push_cand(out, (cand){(uint32_t)a, (uint32_t)(j - a), NW_KIND_ORG, 1});
  }
  if (n == 1) {
    int acts = ev.verb || verb_follows_at(d, j, &vf); /* (ev is of this i and j) */
    int the = i > 0 && same_sentence(d, i - 1, i) && nw_tok_is_ci(&d->t, i - 1, "the");
    if ((d->tok_info[i] & NW_TI_ROLE) && plural_acronym(d, i)) return 0; /* `told MPs`: people of a role, no body */
    if (plural_noun(d, i) || plural_acronym(d, i) || (the && acts)) { /* not `the Clinton campaign` */
      /* (opening a sentence, an ordinary plural is a plural: `Buses sat idle`) */
      if (acts && !is_common(d, i) && (the || !opens_sentence_or_quote(d, i) || !plural_noun(d, i)))
        return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_ORG, 1});
      /* `Gerald Flowers ... Flowers added`: an ordinary plural goes on as a
      ** weak candidate, which only joins a person named in full */
      if (the || !is_common(d, i)) return 0;
    }
  }
  for (size_t k = i; k < j; k++)
    if (adjective_compound(d, k)) return 0; /* `Bill C-12`, `San Francisco-based` */
  if (n == 1) {
    /* one word: a surname to resolve later.  An ordinary word (`Guest
    ** said`) only joins a person named in full; it makes no new one. */
    if (nw_cp_count(nw_tok_text(&d->t, i), nw_tok_len(&d->t, i)) < 2) return 0; /* `U` of `U. S.` */
    /* `a gravel pit near Elmvale packed the hall`: one unknown word after a
    ** preposition of place is a place (not `from Kessler`, `with Reyes`) */
    NW_WORDS(place_preps, "in", "near", "outside", "inside", "across", "throughout", "around", "northeast",
             "northwest", "southeast", "southwest");
    if (((i > 0 && same_sentence(d, i - 1, i) && word_in(d, i - 1, &place_preps) && (d->t.tok[i - 1].flags & NW_TF_LOWER)) ||
         place_of_people(d, i)) &&
        !(j < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS)) && !ev.title && !phrase_ends_before(d, i, NW_TI_HONORIFIC, NULL))
      return nw_map_put(&out->places, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 1);
    if (saint_town(d, i)) return nw_map_put(&out->places, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 1);
    if (demonym_plural(d, i) || (d->tok_info[i] & NW_TI_ROLE)) return 0; /* `Strategist` alone is a role */
    /* `Pharmacare`, `Obamacare`, `Medicaid`: a programme's name, no one's */
    size_t wn = nw_tok_len(&d->t, i);
    const char *w = nw_tok_text(&d->t, i);
    if (wn > 6 && (!memcmp(w + wn - 4, "care", 4) || !memcmp(w + wn - 4, "caid", 4))) return 0;
    if (in_dateline(d, out, i)) return 0; /* `PICTOU, N.S. — ... Pictou’s identity`: the town the story is filed from */
    if (brand_shape(d, i)) return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_ORG, 1});
    /* a verb after the word counts where a name is likely: not first in its
    ** sentence (`Inflation is`) unless it is a given name (`Ryan has`), not
    ** after a determiner (`the Globe has`) */
    int follows = verb_follows_at(d, j, &vf) &&
                  (!opens_sentence_or_quote(d, i) || given_name(d, i) >= 0 ||
                   !(noun_shaped(d, i) || plural_noun_shape(d, i))) && /* not `Shares tumbled` */
                  !(i > 0 && same_sentence(d, i - 1, i) && word_in(d, i - 1, &articles));
    /* `his father, Bill,`: a given name after kin, even one that is a word */
    if (kin_before(d, i) && given_name(d, i) >= 0)
      return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_PERSON, 1});
    /* `Hill, Ruiz’s lawyer, said`: an ordinary word as a surname, described
    ** by a person's role in commas before a speech verb */
    if (is_common(d, i) && !ev.title && opens_sentence_or_quote(d, i) && role_apposition_then_speech(d, j))
      return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_PERSON, 1});
    /* `Darnell Price ... Price is scheduled`: an ordinary word before a
    ** verb goes on as a weak candidate, which only joins a person named in
    ** full (not `Young people`, `Will this work`) */
    if (is_common(d, i) && !ev.title && !ev.verb)
      return (verb_follows_at(d, j, &vf) || object_word(d, i)) &&
                     !is_day_or_month(d, i) && !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, i), nw_tok_len(&d->t, i))
                 ? push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_PERSON, 0})
                 : 0;
    /* `Her father, Joseph, says`: a name set off by commas before a speech verb */
    int set_off = i > 0 && tok_is_punct(d, i - 1, ',') && tok_is_punct(d, j, ',') && j + 1 < d->t.ntok &&
                  same_sentence(d, j, j + 1) && is_say_verb(d, j + 1);
    int evidence = ev.title || ev.verb || ev.appos || follows || set_off || age_after(d, j) ||
                   (kin_before(d, i) && given_name(d, i) >= 0) ||
                   (verb_after_aside(d, j) && !is_day_or_month(d, i)) ||
                   (object_of_verb(d, i, j) && !is_day_or_month(d, i));
    /* `Mr. Park`, `Ms. Young`: after an honorific even an ordinary word is a surname */
    int honorific = phrase_ends_before(d, i, NW_TI_HONORIFIC, NULL);
    return push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_PERSON, (uint8_t)(evidence && (!is_common(d, i) || honorific))});
  }
  size_t commons = 0;
  for (size_t k = i; k < j; k++) commons += is_common(d, k) && given_name(d, k) < 0;
  if (commons) {
    /* `Northern Affairs Helen Marsh`, `Northgate Mall
    ** Security Director Paul Smith`: a given name (not an ordinary word
    ** too) right after an ordinary word, with only name words after it,
    ** starts the person's name */
    for (size_t p = j - 1; p-- > i + 1;) {
      if (is_common(d, p + 1) && given_name(d, p + 1) < 0) break;
      if (plain_given_name(d, p) && is_common(d, p - 1) && given_name(d, p - 1) < 0)
        return push_cand(out, (cand){(uint32_t)p, (uint32_t)(j - p), NW_KIND_PERSON, 1});
    }
    if (!strong) return 0;
    /* `Carmel Canine Cottages Fundraiser`, `Lewis Builders Design Build`:
    ** two ordinary words or more (of four letters or more: not `Nguyen Van
    ** An`) make an event, a firm or a thing, unless something says a
    ** person is named */
    size_t long_commons = 0;
    for (size_t k = i; k < j; k++) long_commons += nw_tok_len(&d->t, k) >= 4 && is_common(d, k) && given_name(d, k) < 0;
    if (long_commons >= 2 && !(ev.title || ev.role || ev.appos || ev.verb)) return 0;
  }
  /* `Baking With Julia`, `Dancing In The Rain`: a capitalized function word
  ** inside the run makes it a title of a work, never a person's name (not
  ** an initial, `John A Smith`, nor the run's last word, `Nguyen Van An`) */
  for (size_t k = i + 1; k + 1 < j; k++)
    if (nw_tok_len(&d->t, k) > 1 && word_in(d, k, &title_words) && !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  /* An ordinary plural after the first word (`Boise Lumberjacks`, `Harlow
  ** Builders Design Group`, `Loyalty Points`) names a team, a firm or a
  ** thing, not a person, unless something says it is one (`Steve Jobs
  ** said`): after `the` it is a body; a given name and one plural
  ** (`Joan Rivers`) stays a person. */
  if (!(ev.title || ev.role || ev.appos || ev.verb)) {
    size_t plural = 0;
    for (size_t k = i + 1; k < j; k++) plural += tok_is_word(d, k) && plural_noun(d, k);
    if (plural) {
      if (i > 0 && same_sentence(d, i - 1, i) && nw_tok_is_ci(&d->t, i - 1, "the"))
        return push_cand(out, (cand){(uint32_t)i, (uint32_t)n, NW_KIND_ORG, 1});
      if (!(n == 2 && given_name(d, i) >= 0)) return 0;
    }
  }
  if (all_common(d, i, j) && !ev.title && !(ev.role && given_name(d, i) >= 0 && singular_word_before(d, i)))
    return 0; /* (`Councillor Mark Young`; not `The Bravest Men Can Dance`, a title) */
  return push_cand(out, (cand){(uint32_t)i, (uint32_t)n, NW_KIND_PERSON, (uint8_t)strong});
}

/* [i, j) ends in a plural and `of` and a country or place follow it
** (`Dairy Growers of Canada`).  One plural alone (`Dietitians of Canada`)
** only inside a sentence, after a lowercase word: not `Leaders of China
** met`. */
static int plural_of_place(const nw_doc *d, size_t i, size_t j) {
  if (j + 1 >= d->t.ntok || !same_sentence(d, j, j + 1) || !nw_tok_is(&d->t, j, "of")) return 0;
  if (j - i < 2 && !(j - i == 1 && i > 0 && same_sentence(d, i - 1, i) && tok_is_word(d, i - 1) &&
                     (d->t.tok[i - 1].flags & NW_TF_LOWER)))
    return 0;
  const char *s = nw_tok_text(&d->t, j - 1);
  size_t n = nw_tok_len(&d->t, j - 1);
  if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's') return 0;
  int m = d->tok_men[j + 1];
  return m >= 0 && d->men[m].tok == j + 1 && d->actor[d->men[m].actor].kind == NW_KIND_COUNTRY;
}


/* `Linda Hope`, `Ann Claims`: a capitalized word that is also a speech
** verb, inside a sentence, right after a given name, is a surname. */
static int verb_as_surname(const nw_doc *d, size_t j) {
  return j > 0 && (d->tok_info[j] & NW_TI_VERB) && is_cap_word(d, j) && !(d->t.tok[j].flags & NW_TF_SENT_START) &&
         d->tok_men[j] < 0 && same_sentence(d, j - 1, j) && is_cap_word(d, j - 1) && given_name(d, j - 1) >= 0;
}

/* `Ellen Major would`, `Tomas Major, 4`: a one-word title right after
** a given name, with no capitalized word after it, is a surname. */
static int title_as_surname(const nw_doc *d, size_t j) {
  if (j == 0 || !(d->tok_info[j] & NW_TI_TITLE) || d->tok_len[j] != 1 || !is_cap_word(d, j) || d->tok_men[j] >= 0 ||
      !same_sentence(d, j - 1, j))
    return 0;
  if (!plain_given_name(d, j - 1)) return 0;
  /* `Martin Luther King Jr.`: a suffix after it ends the name too */
  return !(j + 1 < d->t.ntok && same_sentence(d, j, j + 1) && (d->t.tok[j + 1].flags & NW_TF_CAP) &&
           !nw_generation_suffix(nw_tok_text(&d->t, j + 1), nw_tok_len(&d->t, j + 1)));
}

/* The body phrase at token i (one the titles list names for roles, like
** `Supreme Court` for `a Supreme Court justice`) written with capitals and
** standing alone: no name or noun after it (`Court records` is a
** modifier), nor a role unless role_ok (`Supreme Court justice`).  Returns
** its length, or 0. */
static size_t body_standing_alone(const nw_doc *d, size_t i, int role_ok) {
  if (!(d->tok_info[i] & NW_TI_BODY) || (d->tok_info[i] & NW_TI_INSIDE) || !is_cap_word(d, i)) return 0;
  size_t len = d->tok_len[i], end = i + len;
  for (size_t k = i + 1; k < end; k++)
    if (!is_cap_word(d, k) && !(tok_is_word(d, k) && (d->t.tok[k].flags & NW_TF_LOWER) && len >= 3)) return 0;
  NW_WORDS(followers, "in", "on", "at", "of", "for", "to", "with", "by", "from", "that", "and", "or", "but", "as",
           "after", "before", "over", "against", "also", "then", "which", "who", "last", "this", "itself");
  if (end < d->t.ntok && same_sentence(d, i, end)) {
    if (d->tok_info[end] & (NW_TI_ROLE | NW_TI_TITLE)) return role_ok ? len : 0;
    if (is_cap_word(d, end) || (d->tok_info[end] & NW_TI_BODY) ||
        ((d->t.tok[end].flags & NW_TF_LOWER) && !verb_follows(d, end) && !word_in(d, end, &followers)))
      return 0;
  }
  return len;
}

/* `The Supreme Court ruled`, `the Central Bank said`: a body of two words
** or more standing alone, with no name before it (not `Harbor Badminton
** Club`), acts itself.  (One word, `Court`, `Senate`, says too little:
** whose?)  Returns the phrase's length, or 0. */
static size_t capitalized_body(const nw_doc *d, size_t i) {
  size_t len = body_standing_alone(d, i, 0);
  if (len < 2) return 0;
  if (i > 0 && same_sentence(d, i - 1, i) && (is_cap_word(d, i - 1) || d->tok_men[i - 1] >= 0 ||
                                              (d->tok_info[i - 1] & NW_TI_DEMONYM)) &&
      !((d->t.tok[i - 1].flags & NW_TF_SENT_START) && is_common(d, i - 1)))
    return 0;
  return len;
}

/* `the Syrian Foreign Ministry said`, `a Syrian Foreign Ministry official`:
** a demonym and a body standing alone or before a role (one word will do:
** the demonym says whose) are that country's body.  (Bodies that stand for
** the state itself, `the Iraqi government`, are the country acting: see
** demonym_acts.)  Returns the length of both, or 0. */
static size_t demonym_body(const nw_doc *d, size_t i) {
  if (!(d->tok_info[i] & NW_TI_DEMONYM) || (d->tok_info[i] & NW_TI_INSIDE) || !is_cap_word(d, i) ||
      d->tok_men[i] >= 0)
    return 0;
  size_t dem = d->tok_len[i], k = i + dem;
  if (k >= d->t.ntok || !same_sentence(d, i, k)) return 0;
  size_t body = body_standing_alone(d, k, 1);
  if (!body && (d->tok_info[k] & NW_TI_ROLE) && !(d->tok_info[k] & NW_TI_INSIDE) && d->tok_len[k] >= 2) {
    /* `Foreign Ministry official` is one role phrase: its body is a prefix */
    int v, len = nw_phrases_match(&nw_lex()->roles, &d->t, k, d->tok_len[k] - 1, &v);
    if (len > 0 && nw_lex()->title[v].cls == NW_TITLE_BODY) {
      body = (size_t)len;
      for (size_t x = k; x < k + body; x++)
        if (!is_cap_word(d, x)) body = 0;
    }
  }
  return body ? dem + body : 0;
}

/* `J.K.`, `T.J.`: two or three capitals, each with its period. */
static int dotted_initials(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 4 || n > 6 || n % 2) return 0;
  for (size_t k = 0; k < n; k += 2)
    if (s[k] < 'A' || s[k] > 'Z' || s[k + 1] != '.') return 0;
  return 1;
}

/* `RJ Barrett ... Barrett said`: the word after two capitals stands alone
** later in the text (bounded: a surname comes back soon), no body's head
** word nor an ordinary word. */
static int surname_alone_later(const nw_doc *d, size_t k) {
  if (k >= d->t.ntok || head_kind(d, k) || is_common(d, k) || !is_cap_word(d, k)) return 0;
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  for (size_t m = k + 2; m < d->t.ntok && m - k < 4000; m++)
    if (nw_tok_len(&d->t, m) == n && memcmp(nw_tok_text(&d->t, m), s, n) == 0 &&
        !((d->t.tok[m - 1].flags & NW_TF_ALLCAPS) && same_sentence(d, m - 1, m)))
      return 1;
  return 0;
}

/* `VK Singh`, `Minister PJ Kumar`: two or three capitals and one more word
** are a person's initials and surname when the word is a common surname,
** a title stands before them or the word stands alone later. */
static int initials_of_name(const nw_doc *d, size_t i, size_t j) {
  if (j != i + 2) return 0;
  NW_WORDS(places, "B.C.", "N.S.", "N.B.", "N.L.", "P.E.I.", "N.W.T.", "U.S.", "U.K.", "E.U.", "U.N.", "D.C.", "L.A.",
           "N.Y.", "N.J.", "S.F.");
  if (dotted_initials(d, i)) /* `P.K. Subban`, not `C.D. Howe Institute` nor `B.C. Hydro` */
    return !head_kind(d, i + 1) && !word_in(d, i, &places);
  if (nw_tok_len(&d->t, i) > 3) return 0;
  return nw_map_get(&nw_lex()->surnames, nw_tok_text(&d->t, i + 1), nw_tok_len(&d->t, i + 1), 0) ||
         phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC, NULL) || surname_alone_later(d, i + 1);
}

/* A body acting at token i (demonym_body, capitalized_body): its length,
** or 0.  Most tokens are neither, which their flags tell at once. */
static inline size_t body_at(const nw_doc *d, size_t i) {
  uint16_t info = d->tok_info[i];
  if (info & NW_TI_DEMONYM) return demonym_body(d, i);
  return info & NW_TI_BODY ? capitalized_body(d, i) : 0;
}

/* Where a body's name that ends before token e goes on through `of X` or
** `for X` (capitalized words, or a place or country that is then part of
** the name, not the country acting): the end of the longer name, or e. */
static int owner_in_name(const nw_doc *d, size_t i, size_t k);

/* `the Ministry of Labour`: a party's one-word name that is an ordinary
** word, right after a body's `of`, names the body's field, not the party
** (the mention is taken back). */
static int field_of_body(nw_doc *d, size_t k) {
  int m = d->tok_men[k];
  if (m < 0 || d->men[m].tok != k || d->men[m].ntok != 1 || !is_cap_word(d, k) || !is_common(d, k) ||
      d->actor[d->men[m].actor].kind == NW_KIND_PERSON)
    return 0;
  d->men[m].how = NW_MEN_PLACE;
  return 1;
}

/* `the Ministry of Children and Family Development`, `Department of Health
** and Social Care`: a body's field goes on after `and` through up to three
** capitalized ordinary words that are no name, place, title or body of
** their own (not `... and Ottawa Police`, `... and Saskatoon`): the end of
** the longer name, or k. */
static size_t field_goes_on(const nw_doc *d, size_t k) {
  if (k + 1 >= d->t.ntok || !nw_tok_is(&d->t, k, "and") || !same_sentence(d, k, k + 1)) return k;
  size_t e = k + 1;
  while (e < d->t.ntok && e < k + 4 && same_sentence(d, k, e) && is_cap_word(d, e) && is_common(d, e) &&
         d->tok_men[e] < 0 && !(d->tok_info[e] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_BODY | NW_TI_PLACE | NW_TI_HONORIFIC)))
    e++;
  if (e == k + 1 || (e < d->t.ntok && same_sentence(d, k, e) && is_cap_word(d, e))) return k;
  return e;
}

static size_t name_goes_on(nw_doc *d, size_t i, size_t e) {
  if (!(nw_tok_is(&d->t, e, "of") || nw_tok_is(&d->t, e, "for")) || !same_sentence(d, i, e + 1)) return e;
  size_t k = e + 1;
  while (k < d->t.ntok && k < e + 6 && same_sentence(d, i, k)) {
    int m = d->tok_men[k];
    if (m >= 0 && d->men[m].tok == k && d->actor[d->men[m].actor].kind == NW_KIND_COUNTRY) {
      d->men[m].how = NW_MEN_PLACE;
      k += d->men[m].ntok;
    } else if (m < 0 && is_cap_word(d, k)) {
      k++;
    } else if (k == e + 1 && field_of_body(d, k)) {
      k++;
    } else if (k > e + 1 && (d->t.tok[k].flags & NW_TF_POSS) && k + 1 < d->t.ntok && same_sentence(d, k, k + 1) &&
               d->tok_men[k + 1] < 0 && is_cap_word(d, k + 1) && owner_in_name(d, i, k - 1)) {
      k += 2; /* `Court of King’s Bench` */
    } else {
      break;
    }
  }
  return k > e + 1 ? field_goes_on(d, k) : e;
}

/* `Volkswagen AG`, `Nokia Oyj`, `Acme LLC`: a company's legal form in
** capitals right after its name is no body of its own. */
NW_WORDS(company_suffixes, "AG", "SA", "SE", "NV", "BV", "PLC", "LLC", "LLP", "AB", "ASA", "SPA", "KK", "Oyj", "GmbH");

static int company_suffix_after_name(const nw_doc *d, size_t i) {
  /* (most tokens are no capitalized word of two to four letters: that first) */
  return i > 0 && i < d->t.ntok && (d->t.tok[i].flags & NW_TF_CAP) && nw_tok_len(&d->t, i) <= 4 &&
         word_in(d, i, &company_suffixes) && same_sentence(d, i - 1, i) && (d->t.tok[i - 1].flags & NW_TF_SPACE_AFTER) &&
         (d->tok_men[i - 1] >= 0 || is_cap_word(d, i - 1));
}

/* A run [i, j) that common capitalized words after it carry on to the
** head word of a body's name (`BC Wildfire Service`, `Parks Canada Agency`):
** the end of those words; else j. */
#define BODY_NAME_WORDS 5
static size_t words_to_body_head(const nw_doc *d, size_t i, size_t j) {
  size_t k = j;
  while (k < d->t.ntok && same_sentence(d, i, k) && name_word(d, k) && k - i < BODY_NAME_WORDS) k++;
  return k > j && org_kind(d, k - 1) ? k : j;
}

/* `the journal Pediatric Reports`, `the weekly Prairie Says`: a capitalized
** speech verb in a run that follows a medium's noun is a word of its title. */
static int verb_in_media_title(const nw_doc *d, size_t i, size_t j) {
  return i > 0 && is_cap_word(d, j) && (d->tok_info[j] & NW_TI_VERB) && !(d->t.tok[j].flags & NW_TF_SENT_START) &&
         d->tok_men[j] < 0 && same_sentence(d, i - 1, i) && kind_noun_at(d, i - 1) == NW_KIND_MEDIA;
}

/* `Ontario Long Term Care Association`, `Visitor Call Centre`: a
** capitalized speech verb inside a run is a word of a body's name when
** name words after it end in the head of one.  Returns their end, or 0. */
static size_t verb_word_in_body(const nw_doc *d, size_t j) {
  if (!is_cap_word(d, j) || !(d->tok_info[j] & NW_TI_VERB) || (d->t.tok[j].flags & NW_TF_SENT_START) ||
      d->tok_men[j] >= 0)
    return 0;
  size_t k = words_to_body_head(d, j, j + 1);
  return k > j + 1 ? k : 0;
}

/* Does the run from i, or a place right before it, name something before
** the body phrase that token j is inside of (`Bayview` of `Bayview Police
** Service`; not `A` of `A Supreme Court justice`), or does the phrase
** stand alone? */
static int named_before_body(const nw_doc *d, size_t i, size_t j) {
  /* `Nova Scotia Liquor Board`: a place before the run names it */
  if (place_word_before(d, i)) return 1;
  while (j > i && (d->tok_info[j] & NW_TI_INSIDE)) j--;
  for (size_t k = i; k < j; k++)
    if (!nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k))) return 1;
  /* nothing named before it: the phrase must stand alone (`Public Health
  ** Agency of Canada`), not modify a noun or role (`Supreme Court records`) */
  size_t end = j + d->tok_len[j]; /* (or runs on into a longer name: `The Public Health Agency`) */
  return body_standing_alone(d, j, 0) > 0 ||
         (end < d->t.ntok && same_sentence(d, j, end) && is_cap_word(d, end) &&
          !(d->tok_info[end] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_HONORIFIC)));
}

/* `(TSX: AC)`, `(TSX-V: NLS)`, `(NYSE:SHOP)`: at token i right after `(`,
** words in capitals, a colon and a symbol up to `)`; returns the token
** after `)`, or 0. */
static size_t ticker_end(const nw_doc *d, size_t i) {
  if (i == 0 || !tok_is_punct(d, i - 1, '(') || !(d->t.tok[i].flags & NW_TF_ALLCAPS)) return 0;
  int colon = 0;
  for (size_t k = i; k < d->t.ntok && k < i + 8 && same_sentence(d, i, k); k++) {
    if (tok_is_punct(d, k, ')')) return colon && k > i + 2 ? k + 1 : 0;
    if (tok_is_punct(d, k, ':')) colon = 1;
    else if (!tok_is_punct(d, k, '-') && !tok_is_punct(d, k, '.') &&
             !(tok_is_word(d, k) && (d->t.tok[k].flags & NW_TF_ALLCAPS)) && !(colon && tok_is_word(d, k)))
      return 0;
  }
  return 0;
}

/* A possessive word inside a body's name (`Women’s College Hospital`,
** `St. Michael’s Hospital`, `People’s Alliance`): an ordinary word, a given
** name or a saint's, not another body's name (`the Smithsonian’s National
** Museum` is the museum of the Smithsonian). */
static int owner_in_name(const nw_doc *d, size_t i, size_t k) {
  return !org_kind(d, k) && (is_common(d, k) || given_name(d, k) >= 0 || (k == i && saint_before(d, i) < i));
}

/* Where `St.`, `Ste.` or `Saint` before token i starts (`St. Michael’s
** Hospital`, `Ste. Anne’s Church`), or i. */
static inline __attribute__((always_inline)) size_t saint_before(const nw_doc *d, size_t i) {
  if (i >= 2 && tok_is_punct(d, i - 1, '.') && same_sentence(d, i - 2, i) && word_in(d, i - 2, &saints)) return i - 2;
  if (i >= 1 && same_sentence(d, i - 1, i) && word_in(d, i - 1, &saints) && is_cap_word(d, i - 1)) return i - 1;
  return i;
}

/* A navy's or coast guard's ship prefix and the capitalized words of the
** ship's name after it: where the name ends, or 0. */
static size_t vessel_end(const nw_doc *d, size_t i) {
  /* (not `INS`, `RFA`: bodies too) */
  NW_WORDS(prefixes, "USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "CCGS");
  size_t n = nw_tok_len(&d->t, i);
  char c = nw_tok_text(&d->t, i)[0];
  if (n < 3 || n > 5 || !(c == 'U' || c == 'H' || c == 'C') || !word_in(d, i, &prefixes) || i + 1 >= d->t.ntok ||
      !same_sentence(d, i, i + 1) || !is_cap_word(d, i + 1))
    return 0;
  /* (a title after the ship's first word starts a person's name: `HMS
  ** Queen Elizabeth Captain Ana Ruiz`; asked of the titles table, as the
  ** tokens after i have no facts yet) */
  size_t j = i + 2;
  int v;
  while (j < d->t.ntok && j - i <= 4 && same_sentence(d, i, j) && is_cap_word(d, j) &&
         nw_phrases_match(&nw_lex()->titles, &d->t, j, 4, &v) <= 0)
    j++;
  return j;
}

/* `D-N.Y.`, `R-Ohio`, `I-Vt.` after a comma: a US lawmaker's party and
** state, written after the name. */
static int party_and_state(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  return nw_tok_len(&d->t, i) >= 3 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' &&
         s[2] <= 'Z' && i > 0 && tok_is_punct(d, i - 1, ',');
}

/* Does token i stand in a minister's portfolio (`Minister of Public Safety`,
** `Minister for Innovation, Science and Industry`), after `of` or `for` and
** capitalized words, commas and `and`?  Those words name the field, no body
** or person of their own. */
static size_t portfolio_title_before(const nw_doc *d, size_t m);
static int in_portfolio(const nw_doc *d, size_t i) {
  size_t t = portfolio_title_before(d, i + 1);
  return t <= i && nw_tok_is_ci(&d->t, t, "minister");
}

/* French joining words inside a body's name (`Conseil du patronat`): 1;
** a word that opens with an elided `l'` or `d'` (`de l'Outaouais`): 2. */
NW_WORDS(french_links, "de", "du", "des", "la", "le", "les", "et", "pour", "sur", "en", "aux", "au", "à");
static int french_link(const nw_doc *d, size_t k) {
  const char *w = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  if (n > 2 && (w[0] == 'l' || w[0] == 'd') && (w[1] == '\'' || (n > 4 && !memcmp(w + 1, "\xe2\x80\x99", 3)))) return 2;
  return word_in(d, k, &french_links);
}

/* (asked of every capitalized word, so by bytes alone: a lowercase word of
** up to four letters after it whose first may open a joining word, or any
** word and then one of up to three letters in `d`) */
static inline int may_open_french_body(const nw_doc *d, size_t i) {
  const nw_tok *t = d->t.tok;
  if (i + 2 >= d->t.ntok || !(t[i + 1].flags & NW_TF_LOWER)) return 0;
  const unsigned char *w = (const unsigned char *)d->t.s + t[i + 1].start;
  uint32_t n = t[i + 1].end - t[i + 1].start, c = w[0] - 'a';
  const uint32_t firsts = 1u << ('a' - 'a') | 1u << ('d' - 'a') | 1u << ('e' - 'a') | 1u << ('l' - 'a') |
                          1u << ('s' - 'a') | 1u << ('p' - 'a');
  if (n <= 4 && ((c < 26 && (firsts >> c & 1)) || w[0] == 0xC3)) return 1; /* (a few English words pass: `and`) */
  return (t[i + 2].flags & NW_TF_LOWER) && t[i + 2].end - t[i + 2].start <= 3 && d->t.s[t[i + 2].start] == 'd';
}

/* `Conseil du patronat du Québec`, `Société de transport de Montréal`: a
** French body's head word, then its joining words, the lowercase words
** after them and capitalized ones (a lowercase word right after another
** only when it is no English word: `Centre intégré de santé et de services
** sociaux`).  Returns where the name ends, or 0. */
static size_t french_body_end(const nw_doc *d, size_t i) {
  NW_WORDS(heads, "Conseil", "Fédération", "Société", "Confédération", "Centrale", "Syndicat", "Régie", "Agence",
           "Institut", "Ministère", "Commission", "Association", "Collège", "Cégep", "Centre", "Université", "Hôpital",
           "Office", "Union", "Alliance", "Regroupement", "Coalition", "Ordre", "Caisse", "Banque", "Parti", "Comité",
           "Chambre", "Conférence", "Direction", "Bureau", "Fondation", "Réseau", "Secrétariat", "Observatoire",
           "Protecteur", "Tribunal", "Cour", "Mouvement", "Front");
  if (i + 2 >= d->t.ntok || !tok_is_word(d, i + 1) || !(d->t.tok[i + 1].flags & NW_TF_LOWER) ||
      !word_in(d, i, &heads) || d->tok_men[i] >= 0)
    return 0;
  /* (the head, and a joining word or a French adjective: `Centre intégré de`) */
  int joined = nw_tok_len(&d->t, i + 1) <= 4 && french_link(d, i + 1);
  if (!joined && !(tok_is_word(d, i + 2) && french_link(d, i + 2) == 1 &&
                 ((d->t.tok[i + 1].flags & NW_TF_WIDE) || !is_common(d, i + 1))))
    return 0;
  size_t end = i + 1, k = i + 1;
  int after_link = 0;
  for (; k < d->t.ntok && same_sentence(d, i, k) && tok_is_word(d, k) && k - i < 14; k++) {
    int link = french_link(d, k);
    if (link == 1) {
      after_link = 1;
      continue;
    }
    if (link == 2) { /* (`de l'assurance automobile`; not a last word: `de l'Outaouais` is a place) */
      after_link = 0;
      continue;
    }
    int lower = (d->t.tok[k].flags & NW_TF_LOWER) != 0;
    if (lower && !after_link && is_common(d, k) && !(d->t.tok[k].flags & NW_TF_WIDE)) break;
    if (!lower && !(d->t.tok[k].flags & NW_TF_CAP)) break;
    after_link = 0;
    end = k + 1;
  }
  return end > i + 2 ? end : 0;
}

/* `Crumb & Co.`, `Baxter & Sons`, `Smith & Wesson`: two capitalized words
** joined by `&`, nothing capitalized after, are a firm's name.  Returns
** where it ends, or 0. */
static size_t firm_with_ampersand(const nw_doc *d, size_t i) {
  const uint32_t not_names = NW_TI_PLACE | NW_TI_DEMONYM | NW_TI_TITLE | NW_TI_HONORIFIC;
  size_t j = i + 2;
  if (j >= d->t.ntok || nw_tok_len(&d->t, i + 1) != 1 || *nw_tok_text(&d->t, i + 1) != '&') return 0; /* (most words) */
  /* (`S & P`: letters, not names) */
  if (nw_tok_len(&d->t, i) < 3 || nw_tok_len(&d->t, j) < 2 || !same_sentence(d, i, j) || !is_cap_word(d, j) ||
      d->tok_men[i] >= 0 || d->tok_men[j] >= 0 || ((d->tok_info[i] | d->tok_info[j]) & not_names))
    return 0;
  size_t end = j + 1;
  if (nw_tok_is(&d->t, j, "Co") && tok_is_punct(d, end, '.')) end++; /* `Co.` */
  if (end < d->t.ntok && same_sentence(d, i, end) && is_cap_word(d, end)) return 0; /* a longer name: other rules */
  return end;
}

static int find_name_runs(nw_doc *d, cands *out) {
  for (size_t i = 0; i < d->t.ntok;) {
    /* a body, an acronym and a name all open with a capitalized word: most
    ** tokens are none (lowercase words, punctuation), passed in a loop of
    ** their own */
    const nw_tok *tok = d->t.tok;
    size_t nt = d->t.ntok;
    i = next_name_tok(d, i, 1);
    if (i == nt) break;
    size_t ticker = ticker_end(d, i);
    if (ticker) { /* `(TSX: AC)`, `(NYSE:SHOP)`: a stock's exchange and symbol */
      i = ticker;
      continue;
    }
    size_t firm = firm_with_ampersand(d, i);
    if (!firm) { /* `(The) Société de ...` */
      size_t h = i + (tok[i].end - tok[i].start == 3 && nw_tok_is(&d->t, i, "The"));
      if (may_open_french_body(d, h) && (firm = french_body_end(d, h))) i = h;
    }
    if (firm) {
      if (push_cand(out, (cand){(uint32_t)i, (uint32_t)(firm - i), NW_KIND_ORG, 1})) return -1;
      i = firm;
      continue;
    }
    /* `the Syrian Foreign Ministry`, `The Supreme Court (of Canada)` */
    size_t body = body_at(d, i);
    if (body) {
      size_t a = i;
      if (!(d->tok_info[i] & NW_TI_DEMONYM)) place_of_body(d, &a);
      body = name_goes_on(d, i, i + body) - a;
      if (push_cand(out, (cand){(uint32_t)a, (uint32_t)body, NW_KIND_ORG, 1})) return -1;
      i = a + body;
      continue;
    }
    if (party_and_state(d, i)) { /* `Sen. Chuck Schumer, D-N.Y., said`: no body of its own */
      i++;
      continue;
    }
    int acronym = is_acronym(d, i);
    if (acronym && company_suffix_after_name(d, i)) { /* `Volkswagen AG`: the known firm's suffix */
      i++;
      continue;
    }
    if (acronym) { /* `BC Hydro`, `RCMP`: an organization */
      size_t j = i + 1;
      /* `Grey Cup MVP Bo Levi Mitchell`: a given name after it starts a person's name */
      while (j < d->t.ntok && same_sentence(d, i, j) && name_word(d, j) && !is_common(d, j) && j - i < 4 &&
             !(j == i + 1 && plain_given_name(d, j) && name_word(d, j + 1)))
        j++;
      if (!(j == i + 1 && is_place(d, i, j))) j = words_to_body_head(d, i, j); /* `BC Wildfire Service` */
      if (j > i + 1 && org_kind(d, j - 1) > 0) j = name_goes_on(d, i, j); /* `BC Centre for Disease Control` */
      if (j == i + 1 && is_place(d, i, j)) { /* `the B.C. government`: a province, no body */
        i = j;
        continue;
      }
      /* `B.C. Forests Minister Ana Ruiz`: a province and a portfolio before a minister */
      if (j > i + 1 && j < d->t.ntok && same_sentence(d, i, j) && nw_tok_is(&d->t, j, "Minister") &&
          is_place(d, i, i + 1)) {
        d->tok_info[i] |= NW_TI_PLACE;
        i = j;
        continue;
      }
      /* (`RJ Barrett added`: two initials and a surname before a verb of saying) */
      int kind = initials_of_name(d, i, j) || (j == i + 2 && nw_tok_len(&d->t, i) == 2 && j < d->t.ntok &&
                                               same_sentence(d, i, j) && is_say_verb(d, j) && !head_kind(d, i + 1))
                     ? NW_KIND_PERSON
                     : NW_KIND_ORG;
      /* `AG Eric Schneiderman`, `MPP Dana Holt`: an acronym the gazetteer
      ** does not know, right before a person's given name and not after
      ** `the`, is that person's title, not a body */
      int title_of_name = j == i + 1 && j < d->t.ntok && same_sentence(d, i, j) && plain_given_name(d, j) &&
                          name_word(d, j + 1) && !(i > 0 && nw_tok_is_ci(&d->t, i - 1, "the")); /* `the QXW` is a body */
      if (!title_of_name && push_cand(out, (cand){(uint32_t)i, (uint32_t)(j - i), (uint8_t)kind, 1})) return -1;
      i = j;
      continue;
    }
    if (!name_word(d, i) && !capital_in_lowercase_body(d, i)) {
      /* `al-Hashimi said`: alone, a name joined to an Arabic article only
      ** joins a person named in full (no run, no body of its own) */
      if ((tok[i].flags & NW_TF_LOWER) && d->tok_men[i] < 0 && joined_particle_name(d, i) &&
          push_cand(out, (cand){(uint32_t)i, 1, NW_KIND_PERSON, 0}))
        return -1;
      i++;
      continue;
    }
    size_t j = i + 1, poss = 0, head = 0, body_end;
    while (j < d->t.ntok && same_sentence(d, i, j)) {
      /* `Growers I spoke to`: the pronoun after a plural noun (`Elizabeth I`
      ** is a name) */
      if (nw_tok_is(&d->t, j, "I") && plural_noun_shape(d, j - 1) && given_name(d, j - 1) < 0) break;
      if (initial_at(d, j) && name_word(d, j + 2)) {
        j += 3; /* `Harry S. Truman` */
      } else if ((name_word(d, j) && !((d->tok_info[j] & NW_TI_BODY) && capitalized_body(d, j))) ||
                 title_as_surname(d, j) || verb_as_surname(d, j) || verb_in_media_title(d, i, j)) {
        j++;
      } else if ((body_end = verb_word_in_body(d, j)) != 0) {
        j = body_end; /* `Term` of `Long Term Care Association` */
      } else if (particles_then_name(d, j)) {
        j += particles_then_name(d, j);
      } else if (joined_particle_name(d, j) && given_name(d, j - 1) >= 0 && !is_place(d, j - 1, j)) {
        j++; /* `Mohammed al-Hashimi` (not `Gaza al-Shifa`: a place) */
      } else if (j == i + 1 && nw_tok_text(&d->t, j)[0] == 'S' && saint_surname_at(d, i, j)) {
        j += saint_surname_at(d, i, j); /* `Martin St. Louis` */
      } else if (company_suffix_after_name(d, j)) {
        j++; /* `Harlow Mining PLC` */
        head = j - 1;
        break;
      } else if (is_cap_word(d, j) && d->tok_men[j] < 0 && (d->tok_info[j] & NW_TI_BODY) &&
                 (d->tok_info[j] & NW_TI_INSIDE) && !(d->tok_info[j - 1] & NW_TI_PLACE) && named_before_body(d, i, j)) {
        j++; /* `Service` of `Bayview Police Service`: a body phrase the run took in after a name */
      } else if (!poss && (plural_possessive_mark(d, j) || ((d->t.tok[j].flags & NW_TF_POSS) && owner_in_name(d, i, j - 1))) &&
                 name_word(d, j + 1)) {
        poss = j; /* `Ontario Nurses’ Association`, `St. Michael’s Hospital`, if a body's head ends the run */
        j += 2;
      } else {
        break;
      }
    }
    /* (after a singular possessive, no firm's head: `the Sun’s Business
    ** Solutions insert` is a newspaper's page) */
    if (poss && (!org_kind(d, j - 1) ||
                 ((d->t.tok[poss].flags & NW_TF_POSS) &&
                  nw_lex_company_word(nw_lex(), nw_tok_text(&d->t, j - 1), nw_tok_len(&d->t, j - 1)))))
      j = poss;
    /* `the Costa Rican-led plan`, `a New York-based firm`: the run is the
    ** first part of a compound that modifies a noun, no name */
    if (j < d->t.ntok && same_sentence(d, i, j) && is_cap_word(d, j) && (d->t.tok[j].flags & NW_TF_HYPHEN) &&
        modifier_compound(d, j)) {
      i = j + 1;
      continue;
    }
    /* `Superior Court of Ontario`, `Bank of Canada`: an organization goes on
    ** through `of X`; so does a plural before a place (`Dairy Growers of
    ** Canada`) */
    if (plural_of_place(d, i, j)) {
      nw_mention *place = &d->men[d->tok_men[j + 1]];
      size_t e = place->tok + place->ntok;
      place->how = NW_MEN_PLACE; /* part of the name, not the country acting */
      if (push_cand(out, (cand){(uint32_t)i, (uint32_t)(e - i), NW_KIND_ORG, 1})) return -1;
      i = e;
      continue;
    }
    if (j + 1 < d->t.ntok && (nw_tok_is(&d->t, j, "of") || nw_tok_is(&d->t, j, "for")) && same_sentence(d, j, j + 1) &&
        is_cap_word(d, j + 1) && org_kind(d, j - 1)) { /* (the look-up last) */
      int country = nw_tok_is(&d->t, j, "of") ? country_named_at(d, j, j + 1) : -1;
      if (country >= 0) { /* `Conference Board of Canada`: the country is part of the name */
        head = j - 1;
        absorb_place(d, country, &j);
      } else if (d->tok_men[j + 1] < 0 || field_of_body(d, j + 1)) {
        head = j - 1;
        j += 2;
        while (j < d->t.ntok && same_sentence(d, i, j) && name_word(d, j)) j++;
        j = field_goes_on(d, j);
        if (j + 1 < d->t.ntok && (d->t.tok[j].flags & NW_TF_POSS) && same_sentence(d, j, j + 1) && name_word(d, j + 1) &&
            owner_in_name(d, i, j - 1))
          for (j += 2; j < d->t.ntok && same_sentence(d, i, j) && name_word(d, j);) j++; /* `Court of King’s Bench` */
      }
    }
    if (!head && in_portfolio(d, i)) { /* `Minister of Mental Health and Addictions Ana Ruiz` */
      size_t p = i;
      /* (`Minister of Health Mark Tollefson`: a given name and a word no
      ** ordinary one after it are the minister's name) */
      while (p < j && !(j - p == 2 && given_name(d, p) >= 0 && !is_common(d, p + 1)) &&
             (is_common(d, p) || plural_noun(d, p) || (plural_noun_shape(d, p) && given_name(d, p) < 0 && j - p >= 3)))
        p++;
      if (p == j) {
        i = j;
        continue;
      }
      i = p;
    }
    size_t saint = saint_before(d, i);
    if (saint < i && org_kind(d, j - 1) > 0) i = saint; /* `St. Michael’s Hospital` */
    else if (rank_word_opens_body(d, i, j)) i--; /* `Major Crimes Unit` */
    size_t place_end = head ? j : place_of_several_words(d, j);
    if (place_end > j && body_named_for_place(d, i, place_end)) { /* `Doctors Nova Scotia said` */
      if (push_cand(out, (cand){(uint32_t)i, (uint32_t)(place_end - i), NW_KIND_ORG, 1})) return -1;
      i = place_end;
      continue;
    }
    if (classify_run(d, i, j, (int)head, out)) return -1;
    i = j;
  }
  return 0;
}

/* ------------------------------------------------------------ resolution */

/* Does another person of the text bear person a's surname (`Megda
** Belkacemi` for `Khaled Belkacemi`: a family)? */
static int family_named(nw_doc *d, int a) {
  const nw_doc_actor *x = &d->actor[a];
  if (!x->name || !x->last_tok) return 0;
  const char *last = x->name + (x->last_tok >> 8);
  size_t n = x->last_tok & 0xFF;
  const actor_index_t *ix = actor_index(d);
  if (ix) { /* the people of that last word */
    int k = chain_first(ix, BY_LAST, last, n);
    CHAIN_EACH(ix, BY_LAST, k) {
      const nw_doc_actor *y = &d->actor[CHAIN_ACTOR(ix, BY_LAST, k)];
      if (CHAIN_ACTOR(ix, BY_LAST, k) == a || y->kind != NW_KIND_PERSON || !y->name || !y->last_tok) continue;
      if ((y->last_tok & 0xFF) == n && memcmp(y->name + (y->last_tok >> 8), last, n) == 0) return 1;
    }
    return 0;
  }
  for (size_t b = 0; b < d->nactor; b++) {
    const nw_doc_actor *y = &d->actor[b];
    if ((int)b == a || y->kind != NW_KIND_PERSON || !y->name || !y->last_tok) continue;
    if ((y->last_tok & 0xFF) == n && memcmp(y->name + (y->last_tok >> 8), last, n) == 0) return 1;
  }
  return 0;
}

/* The gender an honorific right before token i gives (`Mr.`, `Mrs`), or 0. */
static int honorific_gender(const nw_doc *d, size_t i) {
  size_t p = i;
  if (p > 0 && tok_is_punct(d, p - 1, '.')) p--;
  if (p == 0 || !same_sentence(d, p - 1, i) || !(d->tok_info[p - 1] & NW_TI_HONORIFIC)) return 0;
  size_t h = p - 1;
  while (h > 0 && (d->tok_info[h] & NW_TI_INSIDE)) h--;
  return d->tok_val[h] >= 0 ? nw_lex()->title[d->tok_val[h]].gender : 0;
}

/* The gender of a person's given name (`Marie`), or 0 when it tells none. */
static int given_name_gender(const nw_doc_actor *x) {
  if (!x->first_tok || !x->name) return 0;
  int g = nw_map_get(&nw_lex()->given, x->name + (x->first_tok >> 8), x->first_tok & 0xFF, -1);
  return g > 0 ? (g & 3) : 0;
}

/* The person actor whose surname (or, failing that and when first_names
** is set, first name) is token i: the one the text names, nearest before i
** when several do. */
static inline __attribute__((always_inline)) int person_by_word_fits(const nw_doc_actor *x, int gender) {
  if (x->kind != NW_KIND_PERSON || !x->name || !strchr(x->name, ' ')) return 0;
  return !(gender && given_name_gender(x) && given_name_gender(x) != gender); /* `Mr. Tremblay` is not Marie */
}

/* The same through the maps: the people whose last word, then first word,
** is token i's (as name_word_is() reads it); -2 without memory. */
static int person_by_word_mapped(const nw_doc *d, const actor_index_t *ix, size_t i, int first_names, int gender) {
  const char *t = nw_tok_text(&d->t, i);
  size_t tn = nw_tok_len(&d->t, i);
  nw_buf key = {0};
  if ((d->t.tok[i].flags & NW_TF_WIDE) && memchr(t, 0xE2, tn)) { /* ’ folded */
    nw_tok_key(&d->t, i, 0, &key);
    if (key.oom) return nw_buf_free(&key), -2; /* the scan then */
    t = key.p, tn = key.n;
  }
  int best = -1, best_first = -1, seen_first = 0;
  int k = chain_first(ix, BY_LAST, t, tn);
  CHAIN_EACH(ix, BY_LAST, k) {
    const nw_doc_actor *x = &d->actor[CHAIN_ACTOR(ix, BY_LAST, k)];
    if (!name_word_is(x, x->last_tok, d, i) || !person_by_word_fits(x, gender)) continue;
    if (best < 0 || x->first > d->actor[best].first) best = CHAIN_ACTOR(ix, BY_LAST, k);
    if (d->actor[best].first == UINT32_MAX) break; /* none comes later */
  }
  /* (a person whose last word it is is in that chain: none here) */
  k = best < 0 && first_names ? chain_first(ix, BY_FIRST, t, tn) : -1;
  CHAIN_EACH(ix, BY_FIRST, k) {
    const nw_doc_actor *x = &d->actor[CHAIN_ACTOR(ix, BY_FIRST, k)];
    if (!name_word_is(x, x->first_tok, d, i) || !person_by_word_fits(x, gender)) continue;
    best_first = CHAIN_ACTOR(ix, BY_FIRST, k);
    if (++seen_first > 1) break;
  }
  nw_buf_free(&key);
  if (best >= 0) return best;
  return first_names && seen_first == 1 ? best_first : -1;
}

static int person_by_word(nw_doc *d, size_t i, int first_names) {
  int best = -1, best_first = -1;
  int seen_first = 0, gender = honorific_gender(d, i);
  const actor_index_t *ix = actor_index(d);
  int mapped = ix ? person_by_word_mapped(d, ix, i, first_names, gender) : -2;
  if (mapped != -2) return mapped;
  for (size_t a = 0; a < d->nactor; a++) {
    const nw_doc_actor *x = &d->actor[a];
    /* (the word first: it rules most out at its first letter) */
    if (x->kind != NW_KIND_PERSON) continue;
    int last = name_word_is(x, x->last_tok, d, i);
    if ((!last && !name_word_is(x, x->first_tok, d, i)) || !person_by_word_fits(x, gender)) continue;
    if (last) {
      if (best < 0 || x->first > d->actor[best].first) best = (int)a;
    } else {
      seen_first++;
      best_first = (int)a;
    }
  }
  if (best >= 0) return best;
  return first_names && seen_first == 1 ? best_first : -1;
}

/* `Northline` after `Northline Aggregates Inc.`, `Harlow` after `Harlow
** Mining Corp.`: a company goes by the first word of its name when that
** word is no common word or given name (`Bank` of `Bank of Canada`, `Morgan`
** of `Morgan Stanley`) and the name is a company's (its last word a
** company word of the lexicon). */
static int goes_by_first_word(const nw_doc *d, const char *name, size_t i) {
  const char *sp = strchr(name, ' ');
  size_t n = nw_tok_len(&d->t, i);
  if (!sp || (size_t)(sp - name) != n || memcmp(name, nw_tok_text(&d->t, i), n) != 0) return 0;
  if (is_common(d, i) || given_name(d, i) >= 0 || (d->tok_info[i] & (NW_TI_PLACE | NW_TI_DEMONYM))) return 0;
  const char *last = strrchr(name, ' ') + 1;
  return nw_lex_company_word(nw_lex(), last, strlen(last));
}

/* The organization named in the text whose name of several words token i
** stands for: its last word (`Comets` of `Halifax Comets`), a team's place
** (`Boise`) or a firm's first word (`Harlow` of `Harlow Mining Corp`); or -1. */
static inline __attribute__((always_inline)) int body_by_word_fits(const nw_doc *d, const nw_doc_actor *x, size_t i) {
  if ((x->kind != NW_KIND_ORG && x->kind != NW_KIND_MEDIA) || !x->name || !strchr(x->name, ' ')) return 0;
  const char *last = strrchr(x->name, ' ') + 1;
  size_t n = nw_tok_len(&d->t, i);
  if (strlen(last) == n && memcmp(last, nw_tok_text(&d->t, i), n) == 0) return 1;
  /* `Boise` after `the Boise Lumberjacks`: the first word of a
  ** two-word name ending in a plural, a team's place alone */
  size_t nl = strlen(last);
  if (strchr(x->name, ' ') == last - 1 && (size_t)(last - 1 - x->name) == n && nl >= 4 && last[nl - 1] == 's' &&
      memcmp(x->name, nw_tok_text(&d->t, i), n) == 0)
    return 1;
  return x->kind == NW_KIND_ORG && goes_by_first_word(d, x->name, i);
}

static int body_by_word(nw_doc *d, size_t i) {
  const actor_index_t *ix = actor_index(d);
  if (ix) { /* the first body whose last word or first word it is */
    const char *t = nw_tok_text(&d->t, i);
    size_t n = nw_tok_len(&d->t, i);
    int best = -1, k = chain_first(ix, BY_TAIL, t, n);
    CHAIN_EACH(ix, BY_TAIL, k) if (body_by_word_fits(d, &d->actor[CHAIN_ACTOR(ix, BY_TAIL, k)], i)) {
      best = CHAIN_ACTOR(ix, BY_TAIL, k);
      break;
    }
    k = chain_first(ix, BY_HEAD, t, n);
    CHAIN_EACH(ix, BY_HEAD, k) {
      int a = CHAIN_ACTOR(ix, BY_HEAD, k);
      if (best >= 0 && a >= best) break;
      if (body_by_word_fits(d, &d->actor[a], i)) return a;
    }
    return best;
  }
  for (size_t a = 0; a < d->nactor; a++)
    if (body_by_word_fits(d, &d->actor[a], i)) return (int)a;
  return -1;
}

typedef struct person_name_search {
  const nw_doc *d;
  const word_list *wl;
  const nw_buf *key; /* the span's key */
  int found;         /* the first actor that fits, -1, or -2 (no memory) */
} person_name_search;

static inline __attribute__((always_inline)) int person_name_fits(const person_name_search *ps, const nw_doc_actor *x) {
  if (x->kind != NW_KIND_PERSON || !x->name) return 0;
  if (words_fuzzy_equal(ps->wl->w, ps->wl->wl, ps->wl->n, x->name)) return 1;
  /* the words of the shorter are the last words of the longer (whatever
  ** the case: `Van der Berg` opening a sentence is `Anna van der Berg`) */
  size_t xn = strlen(x->name);
  const nw_buf *key = ps->key;
  return !key->oom && key->n < xn && x->name[xn - key->n - 1] == ' ' &&
         strncasecmp(x->name + xn - key->n, key->p, key->n) == 0;
}

/* The actors of one fuzzy key: the first that fits, if before the one found. */
static void fuzzy_candidates(actor_index_t *ix, const char *key, size_t n, void *arg) {
  person_name_search *ps = arg;
  int k = chain_first(ix, BY_FUZZY, key, n);
  CHAIN_EACH(ix, BY_FUZZY, k) {
    int a = CHAIN_ACTOR(ix, BY_FUZZY, k);
    if (ps->found >= 0 && a >= ps->found) break;
    if (person_name_fits(ps, &ps->d->actor[a])) {
      ps->found = a;
      break;
    }
  }
}

/* A rule-found full name: the same person as a known one when it misspells
** it (`Anthony Blinken`), or is a shorter form of a longer name (`Ruiz Ortega`
** of `Lucia Ruiz Ortega`). */
static int person_for_name(nw_doc *d, size_t tok, size_t ntok) {
  word_list wl; /* (made once for the look-ups below) */
  if (make_words(d, tok, ntok, &wl)) {
    nw_buf_free(&wl.keys);
    return actor_for_name(d, tok, ntok, NW_KIND_PERSON);
  }
  const nw_entity *e = fuzzy_person_of(d->user, ntok, &wl);
  if (!e) e = fuzzy_person_of(&nw_lex()->gaz, ntok, &wl);
  if (e) {
    nw_buf_free(&wl.keys);
    return actor_for_entity(d, e);
  }
  nw_buf key = {0};
  span_key(d, tok, tok + ntok, &key);
  person_name_search ps = {d, &wl, &key, -1};
  actor_index_t *ix = actor_index(d);
  if (ix) {
    fuzzy_keys_each(ix, wl.w, wl.wl, wl.n, 1, fuzzy_candidates, &ps);
    if (ix->key.oom) ps.found = -2;
    if (!key.oom && ps.found != -2) { /* the shorter is what follows a space of the longer */
      const char *w = key.p;
      size_t wn = key.n;
      char *low = malloc(wn + 1);
      if (!low) ps.found = -2;
      for (size_t j = 0; low && j < wn; j++) low[j] = (char)tolower((unsigned char)w[j]); /* as strncasecmp */
      int k = low ? chain_first(ix, BY_TAILCI, low, wn) : -1;
      CHAIN_EACH(ix, BY_TAILCI, k) {
        int a = CHAIN_ACTOR(ix, BY_TAILCI, k);
        if (ps.found >= 0 && a >= ps.found) break;
        if (person_name_fits(&ps, &d->actor[a])) {
          ps.found = a;
          break;
        }
      }
      free(low);
    }
    if (ps.found == -2) { /* out of memory: the scan */
      actor_index_drop(d);
      d->index_off = 1;
      ix = NULL;
      ps.found = -1;
    }
  }
  for (size_t a = 0; !ix && a < d->nactor && ps.found < 0; a++)
    if (person_name_fits(&ps, &d->actor[a])) ps.found = (int)a;
  nw_buf_free(&key);
  nw_buf_free(&wl.keys);
  return ps.found >= 0 ? ps.found : actor_for_name(d, tok, ntok, NW_KIND_PERSON);
}

/* A surname of someone in the gazetteer (`Tillerson`): that person; when
** several share it (`Clinton`), a person named by the surname, if the word
** stands like a name here. */
/* `its Abrams tanks`, `the Abrams' fuel demands`: a surname before a
** lowercase plural noun that is no verb, or ending a phrase after `the`,
** names a thing (a tank, a prize, a bridge), not the famous person who
** bears it. */
static int thing_named_for(const nw_doc *d, size_t i) {
  size_t n = i + 1;
  /* (`the Clinton campaign` is the person's: only `the Abrams'`, `the Abrams.`) */
  if (i > 0 && same_sentence(d, i - 1, i) && nw_tok_is(&d->t, i - 1, "the") &&
      ((d->t.tok[i].flags & NW_TF_POSS) || n >= d->t.ntok || d->t.tok[n].type == NW_TOK_PUNCT))
    return 1;
  if (n >= d->t.ntok || !same_sentence(d, i, n) || !tok_is_word(d, n) || !(d->t.tok[n].flags & NW_TF_LOWER) ||
      (d->t.tok[i].flags & NW_TF_POSS))
    return 0;
  const char *w = nw_tok_text(&d->t, n);
  if ((unsigned)w[0] - 'a' >= 26u || !plural_noun_shape(d, n) || (d->tok_info[n] & NW_TI_VERB) || finite_at(d, n))
    return 0;
  /* (a verb's -s form takes an object: `if Albusaidi invades Madagascar`) */
  NW_WORDS(after_noun, "to", "for", "from", "in", "on", "with", "and", "or", "that", "which");
  size_t k = n + 1;
  return k >= d->t.ntok || !same_sentence(d, n, k) || d->t.tok[k].type == NW_TOK_PUNCT || word_in(d, k, &after_noun);
}

/* `Coach Brennan said`: a coach's title right before a surname names a
** coach, not the famous bearer the gazetteer gives it (unless a coach). */
static int family_of_entity(const nw_entity *e);
static int family_of_text(const char *s);
static int coach_of_other(const nw_doc *d, size_t i, const nw_entity *e) {
  if (i == 0 || !same_sentence(d, i - 1, i) || !nw_tok_is_ci(&d->t, i - 1, "coach")) return 0;
  return !(family_of_entity(e) & family_of_text("coach"));
}

static int known_surname(nw_doc *d, size_t i, int strong) {
  const nw_gazetteer *gs[2] = {d->user, &nw_lex()->gaz};
  /* `Thomas`, `Sanders`, `Cruz` alone name no famous bearer, nor do
  ** ordinary words (`Power`, `Price`: `NB Power said` is no Samantha Power) */
  if (given_name(d, i) >= 0 || nw_map_get(&nw_lex()->surnames, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), 0) ||
      is_common(d, i) || thing_named_for(d, i))
    return -1;
  for (int g = 0; g < 2; g++) {
    if (!gs[g]) continue;
    nw_buf key = {0};
    nw_tok_key(&d->t, i, 0, &key);
    int e = key.oom ? -1 : nw_map_get(&gs[g]->surnames, key.p, key.n, -1);
    nw_buf_free(&key);
    if (e >= 0 && (wrong_honorific(d, i, &gs[g]->ent[e]) || coach_of_other(d, i, &gs[g]->ent[e]))) return -1;
    if (e >= 0) return actor_for_entity(d, &gs[g]->ent[e]);
    if (e == -2) return actor_for_name(d, i, 1, NW_KIND_PERSON);
  }
  (void)strong;
  return -1;
}

/* The last words of the names that have evidence of being a person's (a
** title, a role, a known given name, an apposition, a speech verb).  (Out
** of memory, some are left out: names then need evidence of their own.) */
static void note_evidenced_names(const nw_doc *d, const cands *cs, nw_map *out) {
  for (size_t k = 0; k < cs->n; k++) {
    const cand *c = &cs->c[k];
    if (c->kind != NW_KIND_PERSON || !c->strong) continue;
    size_t last = c->tok + c->ntok - 1;
    nw_map_put(out, nw_tok_text(&d->t, last), nw_tok_len(&d->t, last), 1);
  }
}

/* `Ana Ruiz of Kelso Partners said`: a speech verb after the name's `of`
** phrase (a few capitalized words). */
static int speaks_of(const nw_doc *d, size_t j) {
  if (!nw_tok_is(&d->t, j, "of")) return 0;
  size_t k = j + 1;
  while (k < d->t.ntok && k < j + 6 && same_sentence(d, j, k) && tok_is_word(d, k) && (d->t.tok[k].flags & NW_TF_CAP))
    k++; /* `of IG`, `of Kelso Partners` */
  return k > j + 1 && k < d->t.ntok && same_sentence(d, j, k) && is_say_verb(d, k);
}

/* `Ana Ruiz, a health educator with the board, said`: a speech verb right
** after the comma that closes an aside after the name (at most 15 words). */
static int speaks_after_aside(const nw_doc *d, size_t j) {
  size_t words, k = aside_close(d, j, &words);
  return k && k + 1 < d->t.ntok && same_sentence(d, k, k + 1) && is_say_verb(d, k + 1);
}

/* `Soleiman Faqiri wants answers`, `Ana Ruiz lives nearby`: a lowercase word
** in -s whose stem is an ordinary word, right after the name, is most
** likely a verb in the present tense (the list of finite verbs holds only
** auxiliaries and past forms). */
static int present_verb_after(const nw_doc *d, size_t j) {
  if (!tok_is_word(d, j) || !(d->t.tok[j].flags & NW_TF_LOWER) || (d->tok_info[j] & NW_TI_ROLE)) return 0;
  const char *s = nw_tok_text(&d->t, j);
  size_t n = nw_tok_len(&d->t, j);
  if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i') return 0;
  if (finite_at(d, j + 1)) return 0; /* `Moonbeam fans cheered`: a plural noun */
  const nw_lexicon *lx = nw_lex();
  return nw_lex_is_common(lx, s, n - 1) || (s[n - 2] == 'e' && nw_lex_is_common(lx, s, n - 2));
}

/* Two or more capitalized words with nothing to show they name a person
** (no known given name, title, role, apposition or speech verb: `a
** column for Velouté Quarterly`, `the Soho Patisserie`, `adapting Wibble
** Wobble Moonbeam`) are one only when the text names that person with
** evidence somewhere (`Kalou said`), a verb follows them (also after
** commas around them: `The mayor's spokesman, Ana Ruiz, replied`; not
** after an article: `the Copper Meadowlark turned out`), an age
** (`Ana Ruiz, 44,`), `of ... said` or an aside and a speech verb. */
static int person_shown(const nw_doc *d, const cand *c, const nw_map *evidenced) {
  if (c->kind != NW_KIND_PERSON || c->strong) return 1;
  size_t last = c->tok + c->ntok - 1, j = last + 1;
  if (nw_map_get(evidenced, nw_tok_text(&d->t, last), nw_tok_len(&d->t, last), 0)) return 1;
  if (c->tok > 0 && same_sentence(d, c->tok - 1, c->tok)) {
    NW_WORDS(places, "in", "at", "near", "outside", "inside", "across", "throughout", "around");
    NW_WORDS(agents, "by", "to", "over", "with", "against", "from", "versus", "between");
    if (word_in(d, c->tok - 1, &articles)) return 0; /* `the Copper Meadowlark turned out`: a thing */
    if (word_in(d, c->tok - 1, &places)) return 0;   /* `In Velvet Hollow, residents ..., said` */
    if (word_in(d, c->tok - 1, &agents)) return 1;   /* `written by Oyelaran Adebayo`, `went to ...` */
  }
  return verb_follows(d, j) || present_verb_after(d, j) ||
         age_after(d, j) || speaks_of(d, j) || speaks_after_aside(d, j) ||
         (c->tok > 0 && tok_is_punct(d, c->tok - 1, ',') && tok_is_punct(d, j, ',') && verb_follows(d, j + 1));
}

/* ------------------------------------------------------------ lists of names */

enum { ITEM_PERSON, ITEM_GIVEN, ITEM_UNKNOWN, ITEM_NEUTRAL, ITEM_FULL, ITEM_OTHER };

/* Where an item of a list of names that starts at token i ends (a mention,
** a candidate or a capitalized word), or 0 when none starts there. */
static size_t list_item_end(const nw_doc *d, size_t i, const int32_t *cand_at, const cands *cs) {
  int m = d->tok_men[i];
  if (m >= 0) return d->men[m].tok == i ? i + d->men[m].ntok : 0;
  if (!is_cap_word(d, i)) return 0;
  return cand_at[i] >= 0 ? i + cs->c[cand_at[i]].ntok : i + 1;
}

/* What the item at token i (see list_item_end) is: a person already found
** (a mention or a candidate with evidence), a given name alone with nothing
** to show it is a person yet, a word alone that could be a name we do not
** know (`Tayshia`), a given name that is also a place or a word (`Sydney`,
** `Will`: neither for nor against), or another name. */
static int list_item(const nw_doc *d, size_t i, const int32_t *cand_at, const cands *cs) {
  int m = d->tok_men[i];
  if (m >= 0) return d->actor[d->men[m].actor].kind == NW_KIND_PERSON ? ITEM_PERSON : ITEM_OTHER;
  if (cand_at[i] >= 0) {
    const cand *c = &cs->c[cand_at[i]];
    if (c->kind != NW_KIND_PERSON) return ITEM_OTHER;
    if (c->strong) return ITEM_PERSON;
    if (c->ntok > 1) return ITEM_FULL; /* a name of several words with no evidence yet */
    int g = given_name(d, i);
    if (g < 0) return is_common(d, i) ? ITEM_OTHER : ITEM_UNKNOWN;
    return g & NW_GIVEN_COMMON ? ITEM_NEUTRAL : ITEM_GIVEN;
  }
  if (i + 1 < d->t.ntok && same_sentence(d, i, i + 1) && is_cap_word(d, i + 1)) return ITEM_OTHER;
  /* a titled word a rule refused (`the Queen Miranda, Tara said`) */
  if (phrase_ends_before(d, i, NW_TI_TITLE | NW_TI_HONORIFIC, NULL)) return ITEM_OTHER;
  /* a word no rule made a candidate of (`Erika were`: the plural verb of
  ** the whole list) */
  int g = given_name(d, i);
  if (g < 0) return ITEM_OTHER;
  return (g & NW_GIVEN_COMMON) || is_place(d, i, i + 1) ? ITEM_NEUTRAL : ITEM_GIVEN;
}

/* `and`, `or`, `&` (asked of most tokens after a name: the length and the
** first letter spare the look-up). */
static inline __attribute__((always_inline)) int is_conjunction(const nw_doc *d, size_t i) {
  NW_WORDS(conjunctions, "and", "or", "&");
  size_t n = nw_tok_len(&d->t, i);
  unsigned c = (unsigned char)nw_tok_text(&d->t, i)[0] | 0x20;
  return n <= 3 && (c == 'a' || c == 'o' || c == '&') && word_in(d, i, &conjunctions);
}

/* The separator after the list item [item, i) (`,`, `and`, `or`, `&`,
** `, and`) and an item after it in the same sentence: how many tokens the
** separator takes, or 0 (inline: asked after every name of a text). */
static inline __attribute__((always_inline)) size_t list_separator(const nw_doc *d, size_t item, size_t i) {
  if (i + 1 >= d->t.ntok || !same_sentence(d, item, i + 1)) return 0;
  if (tok_is_punct(d, i, ',')) return is_conjunction(d, i + 1) && same_sentence(d, i, i + 2) ? 2 : 1;
  return (d->t.tok[i].flags & NW_TF_LOWER) && is_conjunction(d, i) ? 1 : 0;
}

/* `the hurricanes Katrina, Rita and Wilma`, `her dogs Bella and Max`: a
** plural noun of things or animals right before a list names them. */
static int named_things_before(const nw_doc *d, size_t i) {
  NW_WORDS(things, "hurricanes", "storms", "typhoons", "cyclones", "ships", "boats", "vessels", "dogs", "cats",
           "horses", "puppies", "kittens", "pets", "animals", "planes", "cars", "songs", "albums", "films", "movies",
           "books", "shows", "apps", "brands", "products", "models", "cities", "towns", "streets", "hurricane",
           "storm", "typhoon", "cyclone");
  return i > 0 && same_sentence(d, i - 1, i) && word_in(d, i - 1, &things);
}

/* The first token from i on (or nt) that is a mention or a capitalized
** word. */
static inline size_t next_item_tok(const nw_tok *tok, const int32_t *men_at, size_t i, size_t nt) {
#define ITEM_AT(k) (men_at[k] >= 0 || (tok[k].flags & NW_TF_CAP))
  RETURN_FIRST_TOKEN(ITEM_AT, i, nt);
#undef ITEM_AT
}

/* `with Priya, Ellie and Joanna`, `Marcus Bell, Emma and Lucas`: given names
** alone in a list are people when the list names a person too, or when it
** holds three given names (two joined by `and`: `Gemma and Tariq`), and no
** other kind of name.  Words we do not know as names join them when most of
** the list is people (`Ellie, Tayshia, Marisol and Joanna`).  The
** candidates get the evidence they lacked. */
static void names_in_lists(nw_doc *d, cands *cs) {
  int32_t *cand_at = malloc(d->t.ntok * sizeof *cand_at);
  if (!cand_at) return; /* out of memory: the names keep only their own evidence */
  nw_fill(cand_at, 0xFF, d->t.ntok * sizeof *cand_at); /* -1: no candidate */
  for (size_t k = 0; k < cs->n; k++) cand_at[cs->c[k].tok] = (int32_t)k;
  for (size_t i = 0; i < d->t.ntok;) {
    /* an item is a mention or a capitalized word: the other tokens are
    ** passed in a loop of their own */
    const nw_tok *tok = d->t.tok;
    const int32_t *men_at = d->tok_men;
    size_t nt = d->t.ntok;
    i = next_item_tok(tok, men_at, i, nt);
    if (i == nt) break;
    size_t end = list_item_end(d, i, cand_at, cs), sep;
    if (!end) {
      i++;
      continue;
    }
    if (!(sep = list_separator(d, i, end))) { /* no list here: the common case */
      i = end;
      continue;
    }
    size_t given[16] /* their tokens */, ngiven = 0, nlift = 0, items = 0, people = 0, others = 0, full = 0;
    int named_things = named_things_before(d, i); /* `hurricanes Katrina, Rita and Wilma` */
    for (;;) {
      int kind = list_item(d, i, cand_at, cs);
      items++;
      people += kind == ITEM_PERSON;
      others += kind == ITEM_OTHER;
      ngiven += kind == ITEM_GIVEN;
      full += kind == ITEM_FULL;
      if ((kind == ITEM_GIVEN || kind == ITEM_UNKNOWN || kind == ITEM_FULL) && nlift < 16) given[nlift++] = i;
      size_t next_end = sep ? list_item_end(d, end + sep, cand_at, cs) : 0;
      if (!next_end) break;
      i = end + sep;
      end = next_end;
      sep = list_separator(d, i, end);
    }
    /* `Dr. Anna Banerji and Zanana Akande`: a full name beside a person is one too */
    int pair = items == 2 && people == 1 && full == 1;
    others += full && !pair; /* elsewhere such a name says nothing either way: as before, not lifted */
    if (!others && !named_things && items >= 2 && (people || ngiven >= 3 || (items == 2 && ngiven == 2)) &&
        (2 * (people + ngiven) > items || pair))
      for (size_t k = 0; k < nlift; k++) {
        size_t t = given[k];
        if (cand_at[t] >= 0 && cs->c[cand_at[t]].ntok > 1 && !cs->c[cand_at[t]].strong) {
          cand *c = &cs->c[cand_at[t]]; /* full names were resolved before the lists: resolve this one now */
          c->strong = 1;
          add_mention(d, person_for_name(d, c->tok, c->ntok), c->tok, c->ntok, NW_MEN_NAME);
        } else if (cand_at[t] >= 0) cs->c[cand_at[t]].strong = 1;
        else if (push_cand(cs, (cand){(uint32_t)t, 1, NW_KIND_PERSON, 1})) break; /* out of memory: fewer names */
      }
    i = end;
  }
  free(cand_at);
}

static void resolve_candidates(nw_doc *d, cands *cs) {
  nw_map evidenced = {.first_cap = NW_DOC_MAP_SLOTS};
  note_evidenced_names(d, cs, &evidenced);
  /* full names first, longest first, so that short forms find them (from
  ** the longest there is) */
  size_t longest = 0;
  for (size_t k = 0; k < cs->n; k++)
    if (cs->c[k].ntok > longest) longest = cs->c[k].ntok;
  for (size_t pass = longest < MAX_NAME_TOKENS ? longest : MAX_NAME_TOKENS; pass >= 2; pass--) {
    for (size_t k = 0; k < cs->n; k++) {
      cand *c = &cs->c[k];
      if (c->ntok != pass || !person_shown(d, c, &evidenced)) continue;
      int a = c->kind == NW_KIND_PERSON ? person_for_name(d, c->tok, c->ntok)
                                        : actor_for_name(d, c->tok, c->ntok, c->kind);
      add_mention(d, a, c->tok, c->ntok, NW_MEN_NAME);
    }
  }
  names_in_lists(d, cs);
  /* then single words: acronyms, surnames, given names, `Mr. Lindqvist` */
  for (size_t k = 0; k < cs->n; k++) {
    cand *c = &cs->c[k];
    if (c->ntok == 1 && c->kind != NW_KIND_PERSON) { /* `the Sharks tied it` after `the San Jose Sharks` */
      int body = body_by_word(d, c->tok);
      if (body >= 0) add_mention(d, body, c->tok, 1, NW_MEN_SHORT);
      else add_mention(d, actor_for_name(d, c->tok, 1, c->kind), c->tok, 1, NW_MEN_NAME);
      continue;
    }
    if (c->ntok != 1 || c->kind != NW_KIND_PERSON) continue;
    /* `the Sharks` after `the San Jose Sharks`; but `Tessaro` after `Studio
    ** Tessaro` and `Ana Tessaro` is the person */
    int p = person_by_word(d, c->tok, 1);
    int a = p >= 0 && name_word_is(&d->actor[p], d->actor[p].last_tok, d, c->tok) ? -1 : body_by_word(d, c->tok);
    if (a >= 0) {
      add_mention(d, a, c->tok, 1, NW_MEN_SHORT);
      continue;
    }
    /* one word that names an employer somewhere (`Snapwell chief
    ** executive Dana Okoye`) is that body where it stands alone too
    ** (`Snapwell said`), unless a person bears it as a name or a title
    ** stands before it (`Mr. Snapwell`) */
    if (p < 0 && cs->employers.count && nw_map_get(&cs->employers, nw_tok_text(&d->t, c->tok), nw_tok_len(&d->t, c->tok), 0) &&
        !phrase_ends_before(d, c->tok, NW_TI_TITLE | NW_TI_HONORIFIC, NULL)) {
      add_mention(d, actor_for_name(d, c->tok, 1, NW_KIND_ORG), c->tok, 1, NW_MEN_NAME);
      continue;
    }
    a = p;
    if (a >= 0 && kin_before(d, c->tok) && !name_word_is(&d->actor[a], d->actor[a].last_tok, d, c->tok) &&
        !family_named(d, a))
      a = -1; /* `her father, Joseph,` is no other Joseph, unless a relative bears his surname */
    if (a < 0) a = known_surname(d, c->tok, c->strong);
    /* (`Elmvale’s council` after `residents of Elmvale`: the place again) */
    if (a < 0 && c->strong && !nw_map_get(&cs->places, nw_tok_text(&d->t, c->tok), nw_tok_len(&d->t, c->tok), 0))
      a = actor_for_name(d, c->tok, 1, NW_KIND_PERSON);
    if (a >= 0) add_mention(d, a, c->tok, 1, NW_MEN_SHORT);
  }
  nw_map_free(&evidenced);
  /* a gazetteer surname alone (`Putin`) whose actor has not been named in
  ** full is still that person: nothing to do.  A one-word gazetteer alias
  ** that is the surname of a different person named in full here is that
  ** person instead (`Biden` after `Hunter Biden` is ambiguous: keep). */
}

/* People named in full so far, by the last word of their names (as
** name_word_is() reads it): the latest one named with each word. */
static int note_full_name(nw_map *by_last, const nw_doc_actor *y, int a) {
  if (!y->name || !y->last_tok) return 0;
  return nw_map_put(by_last, y->name + (y->last_tok >> 8), y->last_tok & 0xFF, a);
}

/* The person named in full so far, the latest, the last word of whose name
** token i is; or -1. */
static int named_in_full(const nw_doc *d, const nw_map *by_last, size_t i) {
  const char *t = nw_tok_text(&d->t, i);
  size_t tn = nw_tok_len(&d->t, i);
  int a;
  if (!(d->t.tok[i].flags & NW_TF_WIDE) || !memchr(t, 0xE2, tn)) {
    a = nw_map_get(by_last, t, tn, -1);
  } else { /* ’ folded, as name_word_is() does */
    nw_buf key = {0};
    nw_tok_key(&d->t, i, 0, &key);
    a = key.oom ? -1 : nw_map_get(by_last, key.p, key.n, -1);
    nw_buf_free(&key);
  }
  /* name_word_is() has the last word: it also asks for the same first byte
  ** (which rules out the same for every name that ends with this word) */
  return a >= 0 && name_word_is(&d->actor[a], d->actor[a].last_tok, d, i) ? a : -1;
}

/* A lone surname the gazetteer gave to someone or something (`Lieberman`:
** Avigdor Lieberman; `Ford`: the carmaker) goes to the person this text
** named in full with it before (`Joseph Lieberman`, `Tina Ford`), the
** nearest one, unless the gazetteer's actor is also named in full. */
static void prefer_full_names(nw_doc *d) {
  /* one pass: which actors were named in full so far, by surname */
  uint8_t *seen = calloc(d->nactor + 1, 1);
  nw_map by_last = {.first_cap = NW_DOC_MAP_SLOTS};
  if (!seen) {
    d->oom = 1;
    return;
  }
  for (size_t m = 0; m < d->nmen; m++) {
    nw_mention *mn = &d->men[m];
    if (mn->ntok >= 2) {
      const nw_doc_actor *x = &d->actor[mn->actor];
      if (!seen[mn->actor] && x->kind == NW_KIND_PERSON && note_full_name(&by_last, x, (int)mn->actor)) {
        d->oom = 1;
        break;
      }
      seen[mn->actor] = 1;
      continue;
    }
    /* (an actor not seen is not among those named in full) */
    if (mn->how != NW_MEN_NAME || !d->actor[mn->actor].ent || seen[mn->actor]) continue;
    int a = named_in_full(d, &by_last, mn->tok);
    if (a >= 0) mn->actor = (uint32_t)a;
  }
  nw_map_free(&by_last);
  free(seen);
}

/* A one-word gazetteer alias of a firm, body or medium (`Ford`). */
static int lone_firm_alias(const nw_doc *d, const nw_mention *mn) {
  int kind = d->actor[mn->actor].kind;
  return mn->ntok == 1 && mn->how == NW_MEN_NAME && d->actor[mn->actor].ent &&
         (kind == NW_KIND_ORG || kind == NW_KIND_MEDIA);
}

/* Does a lone_firm_alias() stand in the text's first paragraph (its
** headline, most often)? */
static int lone_alias_in_lead(const nw_doc *d) {
  for (size_t m = 0; m < d->nmen; m++) {
    if (d->t.sent[d->t.tok[d->men[m].tok].sent].paragraph) return 0; /* (mentions are in text order) */
    if (lone_firm_alias(d, &d->men[m])) return 1;
  }
  return 0;
}

/* `Ford defends plan` over a story about Doug Ford: a lone gazetteer alias
** of a firm or body in the first paragraph, the only mention of that actor,
** goes to the person the text names in full with it later and mentions
** again (prefer_full_names() looks only before).  Not when the gazetteer's
** actor is named again (`Ford Motor Co.`, `Shares of Apple rose`). */
static void prefer_full_names_after_lead(nw_doc *d) {
  if (!lone_alias_in_lead(d)) return;
  uint32_t *count = calloc(d->nactor + 1, sizeof *count);
  nw_map by_last = {0};
  if (!count) {
    d->oom = 1;
    return;
  }
  for (size_t m = 0; m < d->nmen; m++) count[d->men[m].actor]++;
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    const nw_doc_actor *x = &d->actor[mn->actor];
    if (mn->ntok >= 2 && x->kind == NW_KIND_PERSON && count[mn->actor] >= 2 &&
        note_full_name(&by_last, x, (int)mn->actor)) {
      d->oom = 1;
      break;
    }
  }
  for (size_t m = 0; m < d->nmen && !d->oom; m++) {
    nw_mention *mn = &d->men[m];
    if (d->t.sent[d->t.tok[mn->tok].sent].paragraph) break;
    if (!lone_firm_alias(d, mn) || count[mn->actor] != 1) continue;
    int a = named_in_full(d, &by_last, mn->tok);
    if (a >= 0) mn->actor = (uint32_t)a;
  }
  nw_map_free(&by_last);
  free(count);
}

/* ------------------------------------------------------------ roles */

static int country_of_token(const nw_doc *d, size_t k, char code[4]) {
  if (d->tok_info[k] & NW_TI_DEMONYM) {
    int v = nw_doc_phrase_value(d, k);
    if (v < 0) return 0;
    const nw_entity *e = &nw_lex()->gaz.ent[v];
    memcpy(code, e->country, 4);
    return code[0] != 0;
  }
  int m = d->tok_men[k];
  if (m >= 0) {
    const nw_doc_actor *x = &d->actor[d->men[m].actor];
    if (x->kind != NW_KIND_PERSON && x->country[0]) {
      memcpy(code, x->country, 4);
      return 1;
    }
  }
  return 0;
}

/* A country's possessive `'s` at token i (`China's top diplomat`): its
** country code into code. */
static inline int country_possessive(const nw_doc *d, size_t i, char code[4]) {
  return (d->t.tok[i].flags & NW_TF_POSS) && i > 0 && same_sentence(d, i - 1, i) && d->tok_men[i - 1] >= 0 &&
         country_of_token(d, i - 1, code);
}

/* A place of places.tsv at token i, at most max tokens long, that lies in
** one country: its length in tokens, and its country into code; else 0. */
static int place_country_at(const nw_doc *d, size_t i, size_t max, char code[4]) {
  const nw_lexicon *lx = nw_lex();
  int v, len = max ? nw_phrases_match(&lx->places, &d->t, i, max, &v) : 0;
  const char *c = len > 0 ? nw_lex_place_country(lx, v) : NULL;
  if (!c) return 0;
  memcpy(code, c, 4);
  return len;
}

/* A place's possessive `'s` at token i (`Nova Scotia's Minister of Public
** Works`): the place's country into code. */
static int place_possessive(const nw_doc *d, size_t i, char code[4]) {
  if (!(d->t.tok[i].flags & NW_TF_POSS)) return 0;
  for (size_t s = i; s-- > 0 && i - s <= 4 && same_sentence(d, s, i);)
    if (place_country_at(d, s, i - s, code) == (int)(i - s)) return 1;
  return 0;
}

/* A country's name or capital opening a body's name [s, y) (`Kenya
** Wildlife Service`): its code into code. */
static int country_opens_name(const nw_doc *d, size_t s, size_t y, char code[4]) {
  const nw_alias *alias;
  int len = nw_gaz_match(&nw_lex()->gaz, &d->t, s, &alias);
  if (len <= 0 || s + (size_t)len >= y) return 0;
  const nw_entity *e = &nw_lex()->gaz.ent[alias->entity];
  if (e->kind != NW_KIND_COUNTRY || !e->country[0]) return 0;
  memcpy(code, e->country, 4);
  return 1;
}

/* A place of one country in a body's name or a role [x, y): one that opens
** it, a word after it left (`Halifax Regional Police`, `Manitoba Premier`),
** or one after `of` in it (`City of Winnipeg`, `Mayor of Moncton`).  A role
** may open with `the`, `former` ... before the place, a name with `The`.
** In a name, not a place with a possessive (`Prince George's County Police`:
** a county of another country). */
NW_WORDS(role_openers, "the", "former", "then", "acting", "interim", "outgoing", "incoming");
static int place_in_name(const nw_doc *d, size_t x, size_t y, int role, char code[4]) {
  size_t s = x;
  while (s + 1 < y && (role ? word_in(d, s, &role_openers) : nw_tok_is(&d->t, s, "The"))) s++;
  int len = place_country_at(d, s, y - s - 1, code);
  if (len > 0 && (role || !(d->t.tok[s + (size_t)len].flags & NW_TF_POSS))) return 1;
  if (!role && country_opens_name(d, s, y, code)) return 1;
  for (size_t k = s + 1; k + 1 < y; k++) /* (`Société de transport de Montréal`) */
    if ((nw_tok_is(&d->t, k, "of") || nw_tok_is(&d->t, k, "de") || nw_tok_is(&d->t, k, "du")) &&
        place_country_at(d, k + 1, y - k - 1, code))
      return 1;
  /* a body named for the place that ends its name (`Tennis Manitoba`,
  ** `Doctors Nova Scotia`) */
  for (size_t k = s + 1; !role && k < y && y - k <= 3; k++)
    if (place_country_at(d, k, y - k, code) == (int)(y - k)) return 1;
  return 0;
}

/* The role families of the role words in [a, b) (the last one's). */
static int family_of_span(const nw_doc *d, size_t a, size_t b, int head_only) {
  int family = 0, v;
  for (size_t k = a; k < b; k++) {
    int len = nw_phrases_match(&nw_lex()->role_family, &d->t, k, b - k, &v);
    if (len > 0) {
      /* head_only: the family of the phrase's last word (`the justice
      ** official` is no judge); else of its last role word (`Ambassador to
      ** Switzerland`) */
      family = !head_only || k + (size_t)len == b ? v : 0;
      k += (size_t)len - 1;
    }
  }
  return family;
}

static int family_of_text(const char *s) { return nw_lex_role_family(nw_lex(), s); }

/* The role families of an entity's role: worked out once for the built-in
** gazetteer's (nw_lexicon.ent_family), each time for a user's. */
static int family_of_entity(const nw_entity *e) {
  const nw_lexicon *lx = nw_lex();
  int k = lx->ent_family ? builtin_entity(lx, e) : -1;
  return k >= 0 ? lx->ent_family[k] : family_of_text(e->role);
}

/* Does a body's name stand in tokens [x, y)?  `Bloc Québécois Leader`,
** `NDP Leader` lead a party, not a government: `the premier` or `the
** prime minister` names no such leader. */
static int body_in_span(const nw_doc *d, size_t x, size_t y) {
  for (size_t k = x > 0 && same_sentence(d, x - 1, x) ? x - 1 : x; k < y; k++) { /* (`NDP Leader`) */
    if (nw_tok_is_ci(&d->t, k, "party")) return 1; /* `Green Party Leader`, `Party leader` */
    int32_t m = d->tok_men[k];
    if (m >= 0 && d->men[m].how != NW_MEN_PLACE && d->actor[d->men[m].actor].kind == NW_KIND_ORG) return 1;
  }
  return 0;
}

static void set_role(nw_doc *d, int a, size_t x, size_t y) {
  nw_doc_actor *p = &d->actor[a];
  if (p->role || y <= x) return;
  p->role = span_text(d, x, y);
  if (!p->role) {
    d->oom = 1;
    return;
  }
  char code[4];
  for (size_t k = x; k < y && !p->country[0]; k++)
    if (country_of_token(d, k, code)) memcpy(p->country, code, 4);
  /* `Britain’s ambassador, Barbara Woodward`: the country whose role it is */
  if (!p->country[0] && p->kind == NW_KIND_PERSON && x >= 1 && same_sentence(d, x - 1, x) &&
      country_possessive(d, x - 1, code))
    memcpy(p->country, code, 4);
  /* `Manitoba Premier`, `Nova Scotia's Minister of Public Works`, `Mayor
  ** of Moncton`: the country of the place whose role it is (not for a
  ** person of the gazetteer: it keeps its own) */
  if (!p->country[0] && p->kind == NW_KIND_PERSON && !p->ent &&
      (place_in_name(d, x, y, 1, code) || (x >= 1 && same_sentence(d, x - 1, x) && place_possessive(d, x - 1, code))))
    memcpy(p->country, code, 4);
  if (!p->family) {
    p->family = family_of_span(d, x, y, 0);
    /* (a party's leader heads no government: not the one `the premier` names) */
    if (p->family && body_in_span(d, x, y)) p->family &= ~family_of_text("leader");
  }
}

/* A body the rules found whose name starts with a demonym or a country
** (`Syrian Foreign Ministry`), or after a country's possessive (`China’s
** Defence Ministry`), belongs to that country; so does one whose
** name holds a country's name (`Tennis Canada`, `Conference Board of
** Canada`: mentions sorted by position, the country's after the body's),
** and, after all these, one named for a place of one country (`Halifax
** Regional Police`, `University of Manitoba`; not after a place's
** possessive: `Prince George's County Police` is no body of Prince George). */
static void countries_of_bodies(nw_doc *d) {
  char code[4];
  for (size_t m = 0; m < d->nmen; m++) {
    nw_doc_actor *x = &d->actor[d->men[m].actor];
    if (x->ent || x->country[0] || (x->kind != NW_KIND_ORG && x->kind != NW_KIND_MEDIA)) continue;
    size_t t = d->men[m].tok;
    if (country_of_token(d, t, code) || /* `China’s Defence Ministry` */
        (t >= 1 && same_sentence(d, t - 1, t) && country_possessive(d, t - 1, code))) {
      memcpy(x->country, code, 4);
      continue;
    }
    size_t end = d->men[m].tok + d->men[m].ntok;
    /* not when the name opens with a country (`Norway-Peru`: two) */
    if (m + 1 < d->nmen && d->men[m + 1].tok == d->men[m].tok) continue;
    for (size_t p = m + 1; p < d->nmen && d->men[p].tok < end; p++) {
      const nw_doc_actor *place = &d->actor[d->men[p].actor];
      if (d->men[p].how == NW_MEN_PLACE && place->kind == NW_KIND_COUNTRY && place->country[0]) {
        memcpy(x->country, place->country, 4);
        break;
      }
    }
    if (!x->country[0] && place_in_name(d, t, end, 0, code)) memcpy(x->country, code, 4);
  }
}

/* Role words, titles, demonyms and non-person names: what a role is made of. */
static int role_part(const nw_doc *d, size_t k) {
  if (d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_BODY | NW_TI_DEMONYM | NW_TI_PLACE)) return 1;
  int m = d->tok_men[k];
  return m >= 0 && d->actor[d->men[m].actor].kind != NW_KIND_PERSON;
}

/* `Russian President Vladimir Putin`, `Kremlin spokesman Dmitry Peskov`,
** `Russian Ambassador to the United States Anatoly Antonov`: role words,
** demonyms and names of states and bodies right before the name, with a
** title or role among them.  A complement (`to the`, `of`, `for`) may stand
** inside only right after a title or role word. */
static int is_complement(const nw_doc *d, size_t k) {
  return nw_tok_is(&d->t, k, "to") || nw_tok_is(&d->t, k, "of") || nw_tok_is(&d->t, k, "for") ||
         nw_tok_is(&d->t, k, "the");
}

/* A lowercase role word in the plural (`stars`, `coaches`): before one
** person's name it is a verb or the role of a list, not that person's. */
static int plural_role_word(const nw_doc *d, size_t p) {
  if (!(d->tok_info[p] & NW_TI_ROLE) || !(d->t.tok[p].flags & NW_TF_LOWER)) return 0;
  const char *s = nw_tok_text(&d->t, p);
  size_t n = nw_tok_len(&d->t, p);
  return n > 3 && s[n - 1] == 's' && s[n - 2] != 's';
}

/* An ordinary lowercase word that may name a role's field (`hockey` of
** `hockey legend`): no function word, verb, adverb, -ing or -ed word. */
static int field_word(const nw_doc *d, size_t p) {
  NW_WORDS(function_words, "the", "a", "an", "of", "for", "to", "with", "by", "and", "or", "but", "from", "in", "on",
           "at", "as", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "former",
           "then", "now", "new", "who", "whom", "than", "like", "about", "after", "before", "including", "via",
           "when", "where", "while", "because", "although", "though", "if", "once", "since", "until", "into", "onto",
           "over", "under", "between", "against", "during", "without", "within", "among", "through", "per", "not",
           "both", "all", "each", "every", "some", "many", "other", "another", "such", "only", "also", "even", "just",
           "alongside", "beside", "behind", "toward", "towards", "around", "near", "across", "upon", "off", "out", "up",
           "down", "beyond", "despite", "unlike", "except", "plus", "versus");
  if (!tok_is_word(d, p) || !(d->t.tok[p].flags & NW_TF_LOWER) || nw_tok_len(&d->t, p) < 3) return 0;
  if (word_in(d, p, &function_words) || finite_at(d, p) || (d->tok_info[p] & NW_TI_VERB) || adverb_at(d, p)) return 0;
  const char *s = nw_tok_text(&d->t, p);
  size_t n = nw_tok_len(&d->t, p);
  return !(n > 4 && (!memcmp(s + n - 3, "ing", 3) || !memcmp(s + n - 2, "ed", 2))); /* (`starring`, `featured`) */
}

/* The start of an honorific right before token m (`Dr.` of `Dr. Ana Ruiz`),
** or m. */
static size_t honorific_before(const nw_doc *d, size_t m) {
  if (m == 0) return m;
  size_t h = m - 1;
  while (h > 0 && (d->tok_info[h] & NW_TI_INSIDE)) h--; /* (`Dr.`: its period) */
  return (d->tok_info[h] & NW_TI_HONORIFIC) && h + d->tok_len[h] == m && same_sentence(d, h, m) ? h : m;
}

/* `Minister for Rural Housing Sean Fraser`, `Minister of State for Foreign
** Affairs X`: a capitalized title, `of` or `for` and the capitalized words
** of a portfolio (`and`, `&`, a list's commas between them) right before
** token m (a name, or the portfolio's last word for in_portfolio()).
** Returns the title's token, or m. */
#define PORTFOLIO_TOKENS 12
static size_t portfolio_title_before(const nw_doc *d, size_t m) {
  size_t k = m;
  int words = 0, listed = 0; /* (`listed`: an `and` seen, so a comma is a list's) */
  while (k > 0 && same_sentence(d, k - 1, m) && m - k < PORTFOLIO_TOKENS) {
    size_t p = k - 1;
    if (is_cap_word(d, p) && (d->tok_men[p] < 0 || role_part(d, p))) {
      words++;
      k = p;
    } else if (words && (nw_tok_is(&d->t, p, "and") || tok_is_punct(d, p, '&'))) {
      listed = 1;
      k = p;
    } else if (words && listed && tok_is_punct(d, p, ',')) { /* (a list's comma, not an apposition's) */
      k = p;
    } else if (words && (nw_tok_is(&d->t, p, "of") || nw_tok_is(&d->t, p, "for")) && p > 0) {
      if ((d->tok_info[p - 1] & NW_TI_TITLE) && (d->t.tok[p - 1].flags & NW_TF_CAP)) return p - 1;
      words = 0; /* `Minister of State for`: the words before `for` may be a title's too */
      k = p;
    } else {
      break;
    }
  }
  return m;
}

static int role_before(const nw_doc *d, size_t m, size_t *x) {
  size_t k = m, start = m;
  int seen_title = 0, field_taken = 0;
  /* `Chief Medical Officer of Health Dr. Kieran Moore`: the title stands
  ** before the honorific */
  size_t h = honorific_before(d, m);
  if (h < m && h > 0 && same_sentence(d, h - 1, m) && (d->tok_info[h - 1] & (NW_TI_TITLE | NW_TI_ROLE))) k = start = h;
  size_t t = portfolio_title_before(d, h);
  if (t < h) k = start = t, seen_title = 1;
  while (k > 0 && same_sentence(d, k - 1, m) && m - k < 12) {
    size_t p = k - 1;
    if (p + 1 == m && plural_role_word(d, p)) break; /* `the film stars Ana Ruiz`: a verb, or a list's role */
    if (role_part(d, p)) {
      if (d->tok_info[p] & (NW_TI_TITLE | NW_TI_ROLE)) seen_title = 1;
      start = k = p;
      continue;
    }
    /* `Emergency Management Minister`: capitalized words of a portfolio
    ** before a capitalized role word */
    if (k < m && is_cap_word(d, p) && d->tok_men[p] < 0 && (d->t.tok[k].flags & NW_TF_CAP) && !is_day_or_month(d, p) &&
        !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, p), nw_tok_len(&d->t, p))) {
      start = k = p;
      continue;
    }
    size_t q = p; /* a complement run, then a title or role word before it */
    while (q > 0 && is_complement(d, q) && same_sentence(d, q - 1, m)) q--;
    /* `a spokesperson for Education Minister Stephen Lecce`, `an adviser to
    ** Prime Minister X`: the role before `for`/`to` is another person's */
    if (q < p && seen_title && (nw_tok_is(&d->t, q + 1, "for") || nw_tok_is(&d->t, q + 1, "to")) &&
        (d->t.tok[start].flags & NW_TF_CAP))
      break;
    if (q < p && (d->tok_info[q] & (NW_TI_TITLE | NW_TI_ROLE)) && start < m) {
      k = q + 1;
      continue;
    }
    /* `hockey legend`, `country singer`, `marathon runner`: one ordinary
    ** noun before a lowercase role word names its field */
    if (!field_taken && start == k && k < m && (d->tok_info[k] & NW_TI_ROLE) && (d->t.tok[k].flags & NW_TF_LOWER) &&
        field_word(d, p)) {
      field_taken = 1;
      start = k = p;
      continue;
    }
    break;
  }
  if (!seen_title || start >= m) return 0;
  *x = start;
  return 1;
}

/* `the spokesman for the Russian Presidency, Dmitri Peskov` */
static int role_apposition_before(const nw_doc *d, size_t m, size_t *x, size_t *y) {
  size_t title;
  if (phrase_ends_before(d, m, NW_TI_TITLE | NW_TI_HONORIFIC, &title)) m = title; /* `..., Dr. Ana Ruiz` */
  if (m < 2 || !tok_is_punct(d, m - 1, ',') || !same_sentence(d, m - 2, m)) return 0;
  size_t end = m - 1, k = end;
  int has_role = 0;
  while (k > 0 && same_sentence(d, k - 1, m) && end - k < 12) {
    size_t p = k - 1;
    if (d->t.tok[p].type == NW_TOK_PUNCT || (d->tok_info[p] & NW_TI_VERB)) break;
    /* `Ana Ruiz met her father, Joseph,`: the role is `her father`, not the clause */
    if ((d->tok_men[p] >= 0 && d->actor[d->men[d->tok_men[p]].actor].kind == NW_KIND_PERSON) || finite_at(d, p)) break;
    /* `Reyes and his wife, Sophie`: the role is `his wife`; but `its
    ** president and CEO, Ross Pike` joins two roles */
    if (is_conjunction(d, p) && !(p > 0 && (d->tok_info[p - 1] & (NW_TI_TITLE | NW_TI_ROLE)))) break;
    int det = nw_tok_is_ci(&d->t, p, "the") || nw_tok_is_ci(&d->t, p, "a") || nw_tok_is_ci(&d->t, p, "an");
    if (det && !(p > 0 && same_sentence(d, p - 1, m) && is_complement(d, p - 1) && !nw_tok_is(&d->t, p - 1, "the"))) {
      k = p;
      break;
    }
    /* `in memory of his wife, Doris`: a possessive opens the role phrase */
    NW_WORDS(possessives, "his", "her", "their", "its", "our", "my", "your");
    if (word_in(d, p, &possessives)) {
      if (has_role) k = p;
      break;
    }
    /* a title before a name (`the terrace of the Queen Miranda, Tara`) is no role of the clause */
    if ((d->tok_info[p] & (NW_TI_TITLE | NW_TI_ROLE)) && !((d->tok_info[p] & NW_TI_TITLE) && is_cap_word(d, p + 1) &&
                                                           !(d->tok_info[p + 1] & NW_TI_INSIDE)))
      has_role = 1;
    k = p;
  }
  size_t start = k;
  if (start < end && (nw_tok_is_ci(&d->t, start, "the") || nw_tok_is_ci(&d->t, start, "a") ||
                      nw_tok_is_ci(&d->t, start, "an")))
    start++;
  if (!has_role || start >= end) return 0;
  /* the phrase must start the clause: at the sentence start or after a
  ** preposition/verb is fine, but not in the middle of a noun phrase */
  *x = start;
  *y = end;
  return 1;
}

/* A lowercase word in -s and a determiner after it (`follows a`, `leads
** the`): a verb in the present and its object, never a role (`sales
** manager`, `physics professor` have none after the -s). */
static int present_verb_then_object(const nw_doc *d, size_t k) {
  NW_WORDS(objects, "a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those");
  if (k + 1 >= d->t.ntok || !tok_is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  return n >= 4 && s[n - 1] == 's' && s[n - 2] != 's' && word_in(d, k + 1, &objects);
}

/* `Wang Yi, the most prominent foreign policy official within the Party,` */
NW_WORDS(subject_pronouns, "he", "she", "they", "we", "i", "you");
NW_WORDS(auxiliaries, "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
         "may", "might", "must", "does", "did");
static int role_apposition_after(const nw_doc *d, size_t e, size_t *x, size_t *y) {
  if (!tok_is_punct(d, e, ',') || !same_sentence(d, e, e + 1)) return 0;
  size_t k = e + 1;
  if (is_conjunction(d, k)) return 0; /* `Susan, and grandson Tyler,` goes on with a list */
  NW_WORDS(relatives, "who", "whose", "which", "where", "when", "whom");
  if (word_in(d, k, &relatives)) return 0; /* `X, whose father lives in ...,`: a clause, no role */
  if (nw_tok_is_ci(&d->t, k, "the") || nw_tok_is_ci(&d->t, k, "a") || nw_tok_is_ci(&d->t, k, "an")) k++;
  if (k < d->t.ntok && plural_role_word(d, k)) return 0; /* `Snowbound, stars Ana Ruiz`: a verb */
  if (k == e + 1 && present_verb_then_object(d, k)) return 0; /* `The Winter of Albert Kovac, follows a miner` */
  size_t start = k;
  int has_role = 0;
  while (k < d->t.ntok && same_sentence(d, e, k) && k - start < 15) {
    if (d->t.tok[k].type == NW_TOK_PUNCT && !(d->tok_info[k] & NW_TI_INSIDE) && !plural_possessive_mark(d, k))
      break; /* (`of the Nurses’ Union` goes on) */
    if ((d->tok_info[k] & NW_TI_VERB) || nw_tok_is_ci(&d->t, k, "who") || nw_tok_is_ci(&d->t, k, "said") ||
        word_in(d, k, &subject_pronouns))
      break; /* (`the brother she had not seen since 1963`: a relative clause ends the role) */
    /* `Haddad, her husband Karim and their children were sponsored`: a
    ** list that is the subject of a verb, no apposition */
    if (word_in(d, k, &auxiliaries)) return 0;
    if (d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE)) has_role = 1;
    k++;
  }
  if (!has_role || k == start) return 0;
  *x = start;
  *y = k;
  return 1;
}

/* `Daniel Kritenbrink Assistant Secretary of State for ...` alone on a line,
** or `Kalachev` glued to `politologist`. */
static int role_line_after(const nw_doc *d, size_t e, size_t *x, size_t *y) {
  if (e >= d->t.ntok || !same_sentence(d, e - 1, e)) return 0;
  if (!(d->tok_info[e] & (NW_TI_TITLE | NW_TI_ROLE))) return 0;
  size_t k = e;
  while (k < d->t.ntok && same_sentence(d, e, k)) {
    if (d->tok_info[k] & NW_TI_VERB) return 0;
    k++;
  }
  if (k - e > 15) return 0;
  *x = e;
  *y = k;
  if (tok_is_punct(d, k - 1, '.')) (*y)--;
  return *y > *x;
}

static void find_roles(nw_doc *d) {
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    int a = (int)mn->actor;
    if (d->actor[a].kind != NW_KIND_PERSON || d->actor[a].role || mn->how == NW_MEN_ROLE) continue;
    size_t x, y, s = mn->tok, e = mn->tok + mn->ntok;
    if (role_before(d, s, &x)) set_role(d, a, x, honorific_before(d, s)); /* (the role ends before `Dr.`) */
    else if (role_apposition_before(d, s, &x, &y)) set_role(d, a, x, y);
    else if (role_apposition_after(d, e, &x, &y)) set_role(d, a, x, y);
    else if (role_line_after(d, e, &x, &y)) set_role(d, a, x, y);
  }
  for (size_t a = 0; a < d->nactor; a++) {
    nw_doc_actor *p = &d->actor[a];
    if (!p->family && p->ent) {
      p->family = family_of_entity(p->ent);
      /* `Leader of the Bloc Québécois`, `of the Conservative Party`: a
      ** party's leader (not `Leader of North Korea`) */
      if (p->ent->role && strncmp(p->ent->role, "Leader of the ", 14) == 0) p->family &= ~family_of_text("leader");
    }
  }
}

/* `the Russian envoy`, `The Chinese leader`, `the Kremlin representative`:
** a definite role phrase with no name after it names the person of that
** country and role family the text has named, the nearest before it (else
** the first after it).  Found in three steps, each linear: the phrases, the
** nearest mention before each (one pass forward), the first after each
** (one pass backward). */

typedef struct role_phrase {
  uint32_t tok, end;   /* `the ... President`: tokens [tok, end) */
  int family;          /* role families (bit set) */
  char code[4];        /* the country it names, or "" */
  int32_t men;         /* the mention it resolves to, or -1 */
} role_phrase;

typedef struct role_phrases {
  role_phrase *p;
  size_t n, cap;
} role_phrases;


/* Is there a role phrase to resolve at token i (`the` not in a mention, or
** a country's `'s`)?  Words that rank a role without changing it may stand
** before it (`the top U.S. diplomat`, `Russia's senior envoy`).  Fills rp. */
static int role_phrase_at(const nw_doc *d, size_t i, role_phrase *rp) {
  NW_WORDS(role_ranks, "top", "senior", "chief", "leading");
  char code[4] = "";
  int possessive = country_possessive(d, i, code);
  if (!possessive && (!nw_tok_is_ci(&d->t, i, "the") || d->tok_men[i] >= 0)) return 0;
  /* (most phrases reach no title or role: first a look for one, without
  ** the look-ups of the words before it) */
  const nw_sent *st = &d->t.sent[d->t.tok[i].sent];
  size_t r = i + 1, stop = st->tok + st->ntok < i + 6 ? st->tok + st->ntok : i + 6; /* (five tokens of its sentence) */
  while (r < stop && !(d->tok_info[r] & (NW_TI_TITLE | NW_TI_ROLE))) r++;
  if (r >= stop) return 0;
  size_t k = i + 1;
  while (k < d->t.ntok && same_sentence(d, i, k) && k - i < 5 && !(d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE))) {
    if (!country_of_token(d, k, code) && !(d->tok_info[k] & NW_TI_INSIDE) && !word_in(d, k, &role_ranks)) break;
    k++;
  }
  if (k >= d->t.ntok || !same_sentence(d, i, k) || !(d->tok_info[k] & (NW_TI_TITLE | NW_TI_ROLE))) return 0;
  size_t end = k + d->tok_len[k];
  while (end < d->t.ntok && same_sentence(d, k, end) && (d->tok_info[end] & NW_TI_ROLE) && !(d->tok_info[end] & NW_TI_INSIDE))
    end += d->tok_len[end] ? d->tok_len[end] : 1; /* `the justice official`: the last role word is the head */
  int tv = nw_doc_phrase_value(d, k);
  if (tv < 0) return 0;
  const nw_title *title = &nw_lex()->title[tv];
  if (title->rank < 2 && !code[0]) return 0;
  if (end < d->t.ntok && same_sentence(d, k, end) &&
      (name_word(d, end) || d->tok_men[end] >= 0 || tok_is_punct(d, end, ',') ||
       (d->t.tok[end].flags & NW_TF_POSS)))
    return 0; /* a title before a name, or an apposition: handled as roles */
  int apposition = 0; /* `the spokesman for the presidency, Karl Tamm` */
  for (size_t n = end; n < d->t.ntok && same_sentence(d, k, n) && n - end < 10 && !apposition; n++) {
    if (tok_is_punct(d, n, '.') || (d->tok_info[n] & NW_TI_VERB)) break;
    apposition = tok_is_punct(d, n, ',') && n + 1 < d->t.ntok && (name_word(d, n + 1) ||
                 (d->tok_men[n + 1] >= 0 && d->actor[d->men[d->tok_men[n + 1]].actor].kind == NW_KIND_PERSON));
  }
  if (apposition) return 0;
  int family = family_of_span(d, k, end, 1);
  if (!family) return 0;
  *rp = (role_phrase){(uint32_t)(possessive ? i + 1 : i), (uint32_t)end, family, "", -1};
  memcpy(rp->code, code, 4);
  return 1;
}

/* The first token from i on (below `end`, or end) that is a possessive or
** `the`, by its length and first letter first. */
static inline size_t next_role_opener(const nw_doc *d, size_t i, size_t end) {
  const nw_tok *tok = d->t.tok;
#define OPENS_AT(k)                                                                                            \
  ((tok[k].flags & NW_TF_POSS) ||                                                                              \
   (tok[k].end - tok[k].start == 3 && (tok[k].cp | 0x20) == 't' && nw_tok_is_ci(&d->t, k, "the")))
  RETURN_FIRST_TOKEN(OPENS_AT, i, end);
#undef OPENS_AT
}

static int find_role_phrases(const nw_doc *d, role_phrases *out) {
  role_phrase rp;
  size_t nt = d->t.ntok;
  for (size_t i = 0; i + 1 < nt; i++) {
    /* a phrase opens with `the` or a possessive: the other tokens are
    ** passed in a loop of their own */
    i = next_role_opener(d, i, nt - 1);
    if (i + 1 >= nt) break;
    if (!role_phrase_at(d, i, &rp)) continue;
    if (nw_grow(&out->p, &out->cap, out->n, sizeof *out->p, 16)) return -1;
    out->p[out->n++] = rp;
    i = rp.end - 1; /* the next phrase starts after this one */
  }
  return 0;
}

/* The mention of a person nearest to a position that moves through the
** text (forward or backward), per key: a role family bit and a country, or
** a role family bit alone (any country). */
typedef struct nearest_people {
  nw_map slot;         /* key -> index into men */
  int32_t *men;
  size_t n, cap;
  int forward;         /* nearest before the position (else after it) */
} nearest_people;

/* The key of a role family bit and a country ("" for any). */
static size_t family_key(unsigned bit, const char *country, char key[16]) {
  size_t n = strnlen(country, 4);
  key[0] = (char)('A' + bit);
  memcpy(key + 1, country, n);
  return n + 1;
}

/* Is mention m nearer than mention cur: before the position the later one,
** after it the earlier one; of two at the same token, the first listed. */
static int nearer(const nw_doc *d, const nearest_people *np, int32_t m, int32_t cur) {
  uint32_t a = d->men[m].tok, b = d->men[cur].tok;
  if (a != b) return np->forward ? a > b : a < b;
  return m < cur;
}

static int note_key(const nw_doc *d, nearest_people *np, const char *key, size_t kn, int32_t m) {
  int slot = nw_map_get(&np->slot, key, kn, -1);
  if (slot >= 0) {
    if (nearer(d, np, m, np->men[slot])) np->men[slot] = m;
    return 0;
  }
  if (nw_grow(&np->men, &np->cap, np->n, sizeof *np->men, 16)) return -1;
  np->men[np->n] = m;
  return nw_map_put(&np->slot, key, kn, (int)np->n++);
}

/* Mention m is now on the side of the position being looked from. */
static inline __attribute__((always_inline)) int note_person(const nw_doc *d, nearest_people *np, int32_t m) {
  const nw_doc_actor *x = &d->actor[d->men[m].actor];
  if (x->kind != NW_KIND_PERSON) return 0;
  char key[16]; /* (16: a look-up may read two machine words) */
  for (unsigned fam = (unsigned)x->family; fam; fam &= fam - 1) { /* its bits, lowest first */
    unsigned bit = (unsigned)__builtin_ctz(fam);
    if (note_key(d, np, key, family_key(bit, "", key), m)) return -1;
    if (x->country[0] && note_key(d, np, key, family_key(bit, x->country, key), m)) return -1;
  }
  return 0;
}

/* The nearest mention of a person of the phrase's country (if it names
** one) and of one of its role families, or -1. */
static int32_t nearest_person(const nw_doc *d, const nearest_people *np, const role_phrase *rp) {
  int32_t best = -1;
  char key[16];
  for (unsigned fam = (unsigned)rp->family; fam; fam &= fam - 1) { /* its bits, lowest first */
    unsigned bit = (unsigned)__builtin_ctz(fam);
    int slot = nw_map_get(&np->slot, key, family_key(bit, rp->code, key), -1);
    if (slot >= 0 && (best < 0 || nearer(d, np, np->men[slot], best))) best = np->men[slot];
  }
  return best;
}

/* Each phrase's nearest mention before it (the mentions are in text
** order: a cursor moves forward). */
static int nearest_before(const nw_doc *d, role_phrases *rps) {
  nearest_people np = {.slot.first_cap = NW_DOC_MAP_SLOTS, .forward = 1};
  size_t m = 0;
  int rc = 0;
  for (size_t k = 0; k < rps->n && !rc; k++) {
    role_phrase *rp = &rps->p[k];
    for (; m < d->nmen && d->men[m].tok < rp->tok && !rc; m++) rc = note_person(d, &np, (int32_t)m);
    rp->men = nearest_person(d, &np, rp);
  }
  nw_map_free(&np.slot);
  free(np.men);
  return rc;
}

/* The first mention after each phrase that has none before it (a cursor
** moves backward). */
static int first_after(const nw_doc *d, role_phrases *rps) {
  nearest_people np = {.slot.first_cap = NW_DOC_MAP_SLOTS, .forward = 0};
  size_t m = d->nmen;
  int rc = 0;
  for (size_t k = rps->n; k-- > 0 && !rc;) {
    role_phrase *rp = &rps->p[k];
    for (; m > 0 && d->men[m - 1].tok > rp->tok && !rc; m--) rc = note_person(d, &np, (int32_t)(m - 1));
    if (rp->men < 0) rp->men = nearest_person(d, &np, rp);
  }
  nw_map_free(&np.slot);
  free(np.men);
  return rc;
}

static void resolve_role_phrases(nw_doc *d) {
  role_phrases rps = {0};
  if (find_role_phrases(d, &rps) || nearest_before(d, &rps) || first_after(d, &rps)) {
    d->oom = 1;
  } else {
    for (size_t k = 0; k < rps.n; k++) {
      const role_phrase *rp = &rps.p[k];
      if (rp->men >= 0) add_mention(d, (int)d->men[rp->men].actor, rp->tok, rp->end - rp->tok, NW_MEN_ROLE);
    }
  }
  free(rps.p);
}

/* ------------------------------------------------------------ bylines */

/* `(Corwin Blake/The Canadian Press)`, `Photo by X`, `X / Getty Images`:
** the name of whoever took a picture. */
/* `(Reporting by Ana Ruiz; Editing by Tom Reyes)`, `Additional reporting by
** ...`: a wire story's credits, a sentence that opens with the work and `by`. */
static int wire_credits(const nw_doc *d, size_t tok) {
  NW_WORDS(work, "reporting", "editing", "writing", "additional", "compiled", "produced", "translated");
  size_t k = d->t.sent[d->t.tok[tok].sent].tok;
  if (tok_is_punct(d, k, '(')) k++;
  if (!word_in(d, k, &work)) return 0;
  for (size_t j = k + 1; j < tok && j < k + 4; j++)
    if (nw_tok_is(&d->t, j, "by")) return 1;
  return 0;
}

static int credit_line(const nw_doc *d, const nw_mention *m) {
  size_t after = m->tok + m->ntok, k = m->tok;
  if (after < d->t.ntok && tok_is_punct(d, after, '/')) return 1;
  if (wire_credits(d, m->tok)) return 1;
  while (k > 0 && (tok_is_punct(d, k - 1, ':') || tok_is_punct(d, k - 1, '('))) k--;
  return k > 0 && (nw_tok_is_ci(&d->t, k - 1, "photo") || nw_tok_is_ci(&d->t, k - 1, "photograph") ||
                   nw_tok_is_ci(&d->t, k - 1, "credit") ||
                   (nw_tok_is_ci(&d->t, k - 1, "by") && k > 1 &&
                    (nw_tok_is_ci(&d->t, k - 2, "photo") || nw_tok_is_ci(&d->t, k - 2, "photos") ||
                     nw_tok_is_ci(&d->t, k - 2, "photograph"))));
}

/* `By Sarah Lind`, `By Tom Reyes and Ana Ruiz`: a paragraph of its own
** that opens with `By` and a name is a byline (articles() takes it out of
** the body; a raw text still holds it). */
#define BYLINE_TOKENS 10
/* Does token i open a line of the text (a line break before it, past spaces)? */
static int line_starts_at(const nw_doc *d, size_t i) {
  size_t b = d->t.tok[i].start;
  while (b > 0 && (d->t.s[b - 1] == ' ' || d->t.s[b - 1] == '\t' || d->t.s[b - 1] == '\r')) b--;
  return b == 0 || d->t.s[b - 1] == '\n';
}

static int byline_paragraph(const nw_doc *d, const nw_mention *m) {
  size_t s = d->t.tok[m->tok].sent;
  const nw_sent *st = &d->t.sent[s];
  if (st->ntok > BYLINE_TOKENS || !nw_tok_is(&d->t, st->tok, "By")) return 0;
  /* its own paragraph, or its own line (`By Jane Moreau, The Canadian Press`
  ** over `Posted: March 3, 2025`) */
  int own_start = s == 0 || d->t.sent[s - 1].paragraph != st->paragraph || line_starts_at(d, st->tok);
  int own_end = s + 1 >= d->t.nsent || d->t.sent[s + 1].paragraph != st->paragraph ||
                line_starts_at(d, d->t.sent[s + 1].tok);
  return own_start && own_end && !tok_is_punct(d, st->tok + st->ntok - 1, '.');
}

/* `Mina Okafor is the Herald's food writer.`, `Tom Reyes is a lawyer ...`:
** a paragraph near the end that opens with a person and `is a`/`is the`
** tells who wrote the piece. */
static int author_line(const nw_doc *d, const nw_mention *m) {
  if (d->t.nsent == 0) return 0;
  uint32_t sent = d->t.tok[m->tok].sent;
  size_t k = m->tok + m->ntok;
  /* `With files from CTV Halifax's Dana Whitfield` */
  size_t s0 = d->t.sent[sent].tok;
  if (nw_tok_is_ci(&d->t, s0, "with") && nw_tok_is_ci(&d->t, s0 + 1, "files") && nw_tok_is_ci(&d->t, s0 + 2, "from"))
    return 1;
  /* `This article was written by Mark Ryan and first appeared in ...` */
  NW_WORDS(pieces, "article", "story", "column", "piece", "report", "post");
  if (nw_tok_is_ci(&d->t, s0, "this") && word_in(d, s0 + 1, &pieces) && m->tok >= 2 && nw_tok_is(&d->t, m->tok - 1, "by") &&
      nw_tok_is(&d->t, m->tok - 2, "written"))
    return 1;
  /* `..., Tom Reyes writes.` */
  if (m->tok > 0 && tok_is_punct(d, m->tok - 1, ',') && (nw_tok_is(&d->t, k, "writes") || nw_tok_is(&d->t, k, "reports")) &&
      tok_is_punct(d, k + 1, '.'))
    return 1;
  /* near the end: `Mina Okafor is the Herald's food writer.`, `Dana Whitfield,
  ** the Gazette's market strategist, writes a weekly column for ...` */
  uint32_t last = d->t.sent[d->t.nsent - 1].paragraph, para = d->t.sent[sent].paragraph;
  if (!(last - para < 3 || d->t.nsent - sent <= 4)) return 0;
  /* any `X is a ...` opening a sentence of the last paragraphs of an
  ** article of several is the author's line (`Tom Reyes is a lawyer and
  ** advocate`); in a short text it says who someone is (`Dana Kirk is a
  ** longtime supporter of ...`) */
  if ((d->t.tok[m->tok].flags & NW_TF_SENT_START) && last >= 2 && nw_tok_is(&d->t, k, "is") &&
      (nw_tok_is(&d->t, k + 1, "a") || nw_tok_is(&d->t, k + 1, "an") || nw_tok_is(&d->t, k + 1, "the")))
    return 1;
  NW_WORDS(press, "writer", "reporter", "editor", "columnist", "contributor", "correspondent",
                                      "journalist", "critic");
  int is = nw_tok_is(&d->t, k, "is");
  if (!is && !tok_is_punct(d, k, ',')) return 0;
  for (size_t t = k + 1; t < d->t.ntok && t < k + 12 && same_sentence(d, k, t); t++) {
    if (is && word_in(d, t, &press)) return 1;                                   /* `X is a Halifax-based writer` */
    if (!is && nw_tok_is(&d->t, t, "writes") && tok_is_punct(d, t - 1, ',')) return 1; /* `X, a strategist, writes` */
  }
  return 0;
}

/* A broadcaster's video caption names its reporter: `X has the latest.`,
** `X has more (March 3).`, `As X reports, crews are still at work`. */
static int reporter_line(const nw_doc *d, const nw_mention *m) {
  size_t k = m->tok + m->ntok, s0 = d->t.sent[d->t.tok[m->tok].sent].tok;
  if (k + 1 >= d->t.ntok || !same_sentence(d, m->tok, k + 1)) return 0;
  if (m->tok == s0 + 1 && nw_tok_is(&d->t, s0, "As")) return nw_tok_is(&d->t, k, "reports") && tok_is_punct(d, k + 1, ',');
  if (m->tok != s0 || !nw_tok_is(&d->t, k, "has")) return 0;
  size_t e = k + 1;
  if (nw_tok_is(&d->t, e, "the") && e + 1 < d->t.ntok &&
      (nw_tok_is(&d->t, e + 1, "latest") || nw_tok_is(&d->t, e + 1, "story") || nw_tok_is(&d->t, e + 1, "details")))
    e += 2;
  else if (nw_tok_is(&d->t, e, "more") || nw_tok_is(&d->t, e, "details"))
    e++;
  else
    return 0;
  return e >= d->t.ntok || tok_is_punct(d, e, '.') || tok_is_punct(d, e, '(') || tok_is_punct(d, e, ':') ||
         !same_sentence(d, k, e);
}

/* ------------------------------------------------------------ names in capitals */

/* A dash that sets a heading off from its text: `--`, `—`, `–`, `:`. */
static int heading_dash(const nw_doc *d, size_t k) {
  return tok_is_punct(d, k, '-') || tok_is_punct(d, k, 0x2014) || tok_is_punct(d, k, 0x2013) || tok_is_punct(d, k, ':');
}

/* The word in capitals at token k written as a name (`GRAHAM` -> `Graham`),
** appended to out; ASCII letters only (0 if another byte stands in it). */
static int title_case_word(const nw_doc *d, size_t k, nw_buf *out) {
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  for (size_t x = 0; x < n; x++)
    if (!((s[x] >= 'A' && s[x] <= 'Z') || s[x] == '\'' || s[x] == '-')) return 0;
  for (size_t x = 0; x < n; x++)
    nw_buf_putc(out, (char)(x && s[x - 1] != '-' && s[x - 1] != '\'' ? s[x] | 0x20 : s[x]));
  return 1;
}

/* The one-word person actor (a surname found in the text) that the word in
** capitals at token k spells, or -1. */
static int surname_actor_in_capitals(const nw_doc *d, size_t k) {
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  for (size_t a = 0; a < d->nactor; a++) {
    const nw_doc_actor *x = &d->actor[a];
    if (x->kind == NW_KIND_PERSON && x->name && !x->ent && strlen(x->name) == n && !strchr(x->name, ' ') &&
        strncasecmp(x->name, s, n) == 0)
      return (int)a;
  }
  return -1;
}

/* `GRAHAM TOLLEY -- The golfer ...` then `Tolley said`: a paragraph that
** opens with a name in capitals (a known given name and one or two more
** words) set off by a dash names in full the person the text calls by the
** surname alone.  That person takes the full name, written as the text
** writes the surname (`Graham McTolley` from `McTolley said`).  Bylines (`By JANE DOE`) do not
** open their paragraph with the name and stay out. */
static void name_capital_headings(nw_doc *d) {
  for (size_t s = 0; s < d->t.nsent && !d->oom; s++) {
    size_t i = d->t.sent[s].tok, e = i;
    if (i >= d->t.ntok || !(d->t.tok[i].flags & NW_TF_PARA_START)) continue;
    while (e < d->t.ntok && e < i + 3 && tok_is_word(d, e) && (d->t.tok[e].flags & NW_TF_ALLCAPS)) e++;
    if (e < i + 2 || !heading_dash(d, e)) continue;
    int a = surname_actor_in_capitals(d, e - 1);
    if (a < 0) continue;
    nw_buf name = {0};
    size_t given_len = 0;
    int ok = 1;
    for (size_t k = i; k + 1 < e && ok; k++) {
      ok = title_case_word(d, k, &name);
      if (k == i) given_len = name.n;
      nw_buf_putc(&name, ' ');
    }
    if (ok && !name.oom && nw_map_get(&nw_lex()->given, name.p, given_len, -1) >= 0) {
      nw_buf_append(&name, d->actor[a].name, strlen(d->actor[a].name));
      if (nw_buf_cstr(&name)) {
        free(d->actor[a].name);
        d->actor[a].name = name.p;
        set_name_words(&d->actor[a]);
        add_mention(d, a, i, e - i, NW_MEN_NAME);
        continue;
      }
    }
    nw_buf_free(&name);
  }
}

/* Photographers and authors are no actors of the story: their mentions go. */
static void drop_bylines(nw_doc *d) {
  size_t n = 0;
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    if (!(d->actor[mn->actor].kind == NW_KIND_PERSON &&
          (credit_line(d, mn) || author_line(d, mn) || byline_paragraph(d, mn) || reporter_line(d, mn))))
      d->men[n++] = *mn;
    else /* (nw_doc_sort_mentions sets the tokens of the mentions left) */
      for (size_t i = mn->tok; i < mn->tok + mn->ntok; i++) d->tok_men[i] = -1;
  }
  if (n < d->nmen) {
    d->nmen = n;
    nw_doc_sort_mentions(d);
  }
}

/* Gender of people the gazetteer does not know: an honorific or gendered
** role right before a mention (`Mr.`, `Ms.`, `spokeswoman`), else the given
** name that starts the name. */
static void find_genders(nw_doc *d) {
  const nw_lexicon *lx = nw_lex();
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    nw_doc_actor *x = &d->actor[mn->actor];
    if (x->kind != NW_KIND_PERSON || x->gender || mn->tok == 0) continue;
    size_t p = mn->tok - 1;
    while (p > 0 && (d->tok_info[p] & NW_TI_INSIDE)) p--;
    /* `his daughter, Navdeep Sandhu`: a gendered role set off by a comma */
    if (p > 0 && tok_is_punct(d, p, ',') && (d->tok_info[p - 1] & NW_TI_ROLE)) p--;
    if (same_sentence(d, p, mn->tok) && (d->tok_info[p] & (NW_TI_HONORIFIC | NW_TI_TITLE | NW_TI_ROLE)) && d->tok_val[p] >= 0)
      x->gender = lx->title[d->tok_val[p]].gender;
  }
  for (size_t a = 0; a < d->nactor; a++) {
    nw_doc_actor *x = &d->actor[a];
    if (x->kind != NW_KIND_PERSON || x->gender || !x->first_tok || !strchr(x->name, ' ')) continue;
    x->gender = (uint8_t)given_name_gender(x);
  }
}

/* ------------------------------------------------------------ acronyms */

/* Where the name an acronym stands for starts, when the words just before
** the acronym's `(` have its letters as initials (`Provincial Audit
** Officer (PAO)`, `Fisheries, Oceans and Coastal Trade Canada (FOCTC)`);
** function words and commas between them do not count.  -1 if they don't. */
/* Words an acronym skips (`Bank of Canada`: BoC, `Ministère de la Santé`). */
NW_WORDS(acronym_skips, "of", "and", "for", "the", "on", "in", "to", "de", "des", "du", "la", "le", "et");

static long acronym_definition(const nw_doc *d, size_t i) {
  const char *acr = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (i < 2 || !tok_is_punct(d, i - 1, '(') || !tok_is_punct(d, i + 1, ')')) return -1;
  long start = -1;
  int lower = 0, french = 0; /* (a French name's lowercase words count: `Union des producteurs agricoles`) */
  for (size_t k = i - 1; k-- > 0 && n > 0 && same_sentence(d, k, i);) {
    if (tok_is_punct(d, k, ',') || tok_is_punct(d, k, '&') || word_in(d, k, &acronym_skips)) {
      french |= word_in(d, k, &french_links);
      continue;
    }
    if (!tok_is_word(d, k)) return -1;
    char c = nw_tok_text(&d->t, k)[0];
    if (d->t.tok[k].flags & NW_TF_LOWER) c = (char)(c - 'a' + 'A'), lower = 1;
    else if (!(d->t.tok[k].flags & NW_TF_CAP)) return -1;
    if (c != acr[n - 1]) return -1;
    start = (long)k;
    n--;
  }
  return n == 0 && (!lower || french) && !(d->t.tok[start].flags & NW_TF_LOWER) ? start : -1;
}

/* Are the letters acr[0..n) the initials of name's words, function words
** aside (`TRREB`: Toronto Regional Real Estate Board)? */
static int acronym_spells_name(const char *name, const char *acr, size_t n) {
  size_t k = 0;
  for (const char *w = name; *w;) {
    while (*w == ' ') w++;
    size_t len = strcspn(w, " ");
    if (len && !nw_words_has(&acronym_skips, w, len)) {
      if (k >= n || (w[0] != acr[k] && !(w[0] >= 'a' && w[0] <= 'z' && w[0] - 'a' + 'A' == acr[k]))) return 0;
      k++;
    }
    w += len;
  }
  return k == n;
}

/* The one body named in the text whose initials an acronym of three
** letters or more is (`TRREB` after `the Toronto Regional Real Estate
** Board`), or -1. */
static int body_of_initials(const nw_doc *d, size_t i, size_t self) {
  size_t n = nw_tok_len(&d->t, i);
  if (n < 3) return -1;
  int found = -1;
  for (size_t a = 0; a < d->nactor; a++) {
    const nw_doc_actor *y = &d->actor[a];
    if (a == self || (y->kind != NW_KIND_ORG && y->kind != NW_KIND_MEDIA) || !y->name || !strchr(y->name, ' ')) continue;
    if (!acronym_spells_name(y->name, nw_tok_text(&d->t, i), n)) continue;
    if (found >= 0) return -1; /* two bodies of the same initials: neither */
    found = (int)a;
  }
  return found;
}

/* Notes that actor `from` joins actor `to` in *into (one entry per actor,
** -1: stays), made on first use.  -1 when out of memory. */
static int join_into(nw_doc *d, int32_t **into, size_t from, size_t to) {
  if (!*into) {
    *into = malloc(d->nactor * sizeof **into);
    if (!*into) return d->oom = 1, -1;
    for (size_t k = 0; k < d->nactor; k++) (*into)[k] = -1;
  }
  (*into)[from] = (int32_t)to;
  return 0;
}

/* An acronym the text defines is named by what it stands for: its actor
** takes the full name, or joins the actor the full name already is; one
** it does not define joins the one body of its initials the text names. */
static void name_acronyms(nw_doc *d) {
  int32_t *into = NULL;
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    nw_doc_actor *x = &d->actor[mn->actor];
    size_t i = mn->tok;
    if (mn->ntok != 1 || (x->kind != NW_KIND_ORG && x->kind != NW_KIND_MEDIA) || !(d->t.tok[i].flags & NW_TF_ALLCAPS))
      continue;
    size_t n = nw_tok_len(&d->t, i);
    if (!x->ent && (strlen(x->name) != n || memcmp(x->name, nw_tok_text(&d->t, i), n) != 0)) continue; /* named already */
    long a = acronym_definition(d, i);
    if (a < 0 && !x->ent) {
      int f = body_of_initials(d, i, mn->actor);
      if (f >= 0 && join_into(d, &into, mn->actor, (size_t)f)) return;
      continue;
    }
    if (a < 0) continue;
    int full = d->tok_men[a];
    if (full >= 0 && d->men[full].tok == (size_t)a && d->men[full].tok + d->men[full].ntok == i - 1) {
      /* the full name is an actor too: the acronym's mentions join it */
      size_t f = d->men[full].actor;
      if (f == mn->actor || (d->actor[f].kind != NW_KIND_ORG && d->actor[f].kind != NW_KIND_MEDIA)) continue;
      if (join_into(d, &into, mn->actor, f)) return;
      continue;
    }
    char *name = span_text(d, (size_t)a, i - 1);
    if (!name) return (void)(d->oom = 1);
    if (x->ent && strcasecmp(name, x->name) == 0) { /* the known name */
      free(name);
      continue;
    }
    /* the text's own definition wins over a dictionary's acronym of the
    ** same letters (`Norland Dairy Board (NDB)` is no development bank) */
    free(x->name);
    x->name = name;
    x->ent = NULL;
    memset(x->country, 0, sizeof x->country);
    set_name_words(x);
  }
  if (!into) return;
  for (size_t m = 0; m < d->nmen; m++) {
    uint32_t a = d->men[m].actor;
    for (int step = 0; into[a] >= 0 && step < 8; step++) a = (uint32_t)into[a];
    d->men[m].actor = a;
  }
  free(into);
}

/* ------------------------------------------------------------ home bodies */

/* Mentions per country of the text's known countries and bodies (people
** aside): what it is about. */
#define HOME_CODES 32
typedef struct country_tally {
  char code[HOME_CODES][4];
  int n[HOME_CODES];
  size_t ncodes;
} country_tally;

static void tally_countries(const nw_doc *d, country_tally *t) {
  t->ncodes = 0;
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_doc_actor *x = &d->actor[d->men[m].actor];
    if (!x->ent || !x->country[0] || x->kind == NW_KIND_PERSON) continue;
    size_t c = 0;
    while (c < t->ncodes && strcmp(t->code[c], x->country) != 0) c++;
    if (c == t->ncodes) {
      if (c == HOME_CODES) continue;
      memcpy(t->code[c], x->country, 4);
      t->n[c] = 0;
      t->ncodes++;
    }
    t->n[c]++;
  }
}

/* The country most mentioned (two mentions at least) once the `own`
** mentions of code `own_code` are left out; "" when none. */
static void home_country(const country_tally *t, const char *own_code, int own, char home[4]) {
  home[0] = 0;
  int best = 1;
  for (size_t c = 0; c < t->ncodes; c++) {
    int n = t->n[c] - (strcmp(t->code[c], own_code) == 0 ? own : 0);
    if (n > best) best = n, memcpy(home, t->code[c], 4);
  }
}

/* `the Conservatives`, `the House of Commons` in a text about Canada: a
** body of another country known by a bare name is Canada's own when the
** gazetteer has Canada's under a longer name (`Conservative Party of
** Canada`); its mentions join that body. */
static void bodies_of_home_country(nw_doc *d) {
  const nw_lexicon *lx = nw_lex();
  country_tally t;
  int tallied = 0;
  for (size_t a = 0; a < d->nactor && !d->oom; a++) {
    const nw_doc_actor *x = &d->actor[a];
    if (!x->ent || x->kind != NW_KIND_ORG || !x->ent->country[0] || !nw_lex_has_home_body(lx, x->ent->name)) continue;
    if (!tallied) tally_countries(d, &t), tallied = 1;
    int own = 0;
    for (size_t m = 0; m < d->nmen; m++) own += d->men[m].actor == a;
    char home[4];
    home_country(&t, x->ent->country, own, home);
    int e = home[0] && strcmp(home, x->ent->country) != 0 ? nw_lex_home_body(lx, x->ent->name, home) : -1;
    if (e < 0) continue;
    int mine = actor_for_entity(d, &lx->gaz.ent[e]);
    if (mine < 0) return;
    for (size_t m = 0; m < d->nmen; m++)
      if (d->men[m].actor == a) d->men[m].actor = (uint32_t)mine;
  }
}

/* ------------------------------------------------------------ the analysis */

static void finish_actors(nw_doc *d) {
  for (size_t a = 0; a < d->nactor; a++) {
    d->actor[a].mentions = 0;
    d->actor[a].first = UINT32_MAX;
  }
  for (size_t m = 0; m < d->nmen; m++) {
    const nw_mention *mn = &d->men[m];
    if (mn->how == NW_MEN_PLACE) continue;
    nw_doc_actor *x = &d->actor[mn->actor];
    x->mentions++;
    if (mn->start < x->first) x->first = mn->start;
  }
}

/* The per-token arrays in one block (tok_men holds it), widest first:
** tok_men, tok_val, the paragraphs' datelines, tok_info, then the bytes. */
static int alloc_token_facts(nw_doc *d) {
  size_t cap = d->t.ntok + 1, paras = d->t.nsent ? d->t.sent[d->t.nsent - 1].paragraph + 1u : 0;
  char *block = malloc(cap * (2 * sizeof(int32_t) + sizeof(uint16_t) + 3) + paras * sizeof(uint32_t));
  if (!block) return -1;
  d->tok_men = (int32_t *)(void *)block;
  d->tok_val = d->tok_men + cap;
  d->dateline = (uint32_t *)(void *)(d->tok_val + cap);
  nw_fill(d->dateline, 0xFF, paras * sizeof *d->dateline); /* (not worked out yet) */
  d->tok_info = (uint16_t *)(void *)(d->dateline + paras);
  d->tok_len = (uint8_t *)(d->tok_info + cap);
  d->tok_given = (int8_t *)(d->tok_len + cap);
  d->tok_common = d->tok_given + cap;
  nw_fill(d->tok_info, 0, cap * (sizeof *d->tok_info + sizeof *d->tok_len));
  memset(d->tok_given, NW_DOC_NOT_ASKED, 2 * cap); /* and tok_common */
  return 0;
}

int nw_doc_analyze(nw_doc *d, const char *s, size_t n, const nw_gazetteer *user) {
  memset(d, 0, sizeof *d);
  d->user = user;
  if (nw_tokenize(&d->t, s, n)) return -1;
  /* glued words first: they depend on the tokens' own facts alone, and the
  ** per-token facts are then made once, for the final tokens */
  if (unglue(d)) return d->oom = 1, -1;
  if (alloc_token_facts(d)) return d->oom = 1, -1;
  annotate_words(d);
  annotate_phrases(d);
  cands cs = {.things.first_cap = NW_DOC_MAP_SLOTS, .places.first_cap = NW_DOC_MAP_SLOTS,
              .employers.first_cap = NW_DOC_MAP_SLOTS};
  if (find_name_runs(d, &cs)) d->oom = 1;
  resolve_candidates(d, &cs);
  actor_index_drop(d); /* names change from here on */
  d->index_off = 1;
  free(cs.c);
  nw_map_free(&cs.things);
  nw_map_free(&cs.places);
  nw_map_free(&cs.employers);
  nw_doc_sort_mentions(d);
  name_acronyms(d);
  prefer_full_names(d);
  prefer_full_names_after_lead(d);
  name_capital_headings(d);
  drop_bylines(d);
  find_roles(d);
  countries_of_bodies(d);
  bodies_of_home_country(d);
  resolve_role_phrases(d);
  nw_doc_sort_mentions(d);
  find_genders(d);
  finish_actors(d);
  return d->oom ? -1 : 0;
}

void nw_doc_free(nw_doc *d) {
  for (size_t a = 0; a < d->nactor; a++) {
    free(d->actor[a].name);
    free(d->actor[a].role);
  }
  free(d->actor);
  free(d->men);
  free(d->tok_men); /* (the block of all the per-token arrays) */
  actor_index_drop(d);
  nw_tokens_free(&d->t);
  memset(d, 0, sizeof *d);
}
