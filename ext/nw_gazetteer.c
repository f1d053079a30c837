/*
** nw_gazetteer.c — the actor dictionary (see nw_gazetteer.h).
*/
#include "nw_gazetteer.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"", "person", "country", "organization", "media", "group"};

int nw_kind_from_name(const char *s, size_t n) {
  for (int k = 1; k < (int)(sizeof kind_names / sizeof *kind_names); k++)
    if (strlen(kind_names[k]) == n && memcmp(kind_names[k], s, n) == 0) return k;
  return NW_KIND_NONE;
}

const char *nw_kind_name(int kind) {
  return kind > 0 && kind < (int)(sizeof kind_names / sizeof *kind_names) ? kind_names[kind] : NULL;
}

void nw_gaz_init(nw_gazetteer *g) {
  memset(g, 0, sizeof *g);
  g->names_lower.fold = 1;
}

void nw_gaz_free(nw_gazetteer *g) {
  for (size_t i = 0; i < g->nent; i++) {
    free(g->ent[i].name);
    free(g->ent[i].role);
  }
  free(g->ent);
  for (size_t i = 0; i < g->nalias; i++) free(g->alias[i].key);
  free(g->alias);
  free(g->link);
  nw_map_free(&g->name_words);
  nw_map_free(&g->surnames);
  nw_phrases_free(&g->names);
  nw_phrases_free(&g->names_lower);
  nw_phrases_free(&g->demonyms);
  nw_map_free(&g->by_name);
  nw_map_free(&g->by_code);
  nw_gaz_init(g);
}

static char *dup_n(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = 0;
  }
  return p;
}

int nw_gaz_entity(nw_gazetteer *g, const char *name, size_t n, int kind, const char *country, size_t cn,
                  const char *role, size_t rn, int gender) {
  if (g->oom || n == 0) return -1;
  int e = nw_map_get(&g->by_name, name, n, -1);
  if (e < 0) {
    if (nw_grow(&g->ent, &g->ecap, g->nent, sizeof *g->ent, 256)) return g->oom = 1, -1;
    e = (int)g->nent;
    nw_entity *x = &g->ent[g->nent];
    memset(x, 0, sizeof *x);
    x->name = dup_n(name, n);
    if (!x->name || nw_map_put(&g->by_name, name, n, e)) return g->oom = 1, -1;
    g->nent++;
  }
  nw_entity *x = &g->ent[e];
  if (kind) x->kind = (uint8_t)kind;
  if (gender) x->gender = (uint8_t)gender;
  if (cn == 3) {
    memcpy(x->country, country, 3);
    x->country[3] = 0;
  }
  if (rn) {
    free(x->role);
    x->role = dup_n(role, rn);
    if (!x->role) return g->oom = 1, -1;
  }
  if (x->kind == NW_KIND_COUNTRY && x->country[0] && nw_map_put(&g->by_code, x->country, 3, e))
    return g->oom = 1, -1;
  return e;
}

/* Can the alias be matched in lowercase without meeting ordinary words? */
static int safe_in_lowercase(const nw_gazetteer *g, const char *s, size_t n, nw_common_fn common) {
  if (g->ordinary && g->ordinary(s, n)) return 0; /* `turkey`, `apple`, `dawn` */
  size_t i = 0, a, b, letters = 0;
  int rare = 0;
  while (nw_next_word(s, n, &i, &a, &b)) {
    letters += nw_cp_count(s + a, b - a);
    if (b - a >= 3 && !(common && common(s + a, b - a))) rare = 1;
  }
  return rare && letters >= 4;
}

/* Remembers each word of a person's alias, for typo matching. */
static int index_person_words(nw_gazetteer *g, int a, const char *alias, size_t n) {
  nw_tokens t = {0};
  nw_buf key = {0};
  if (nw_tokenize_phrase(&t, alias, n)) goto oom;
  for (size_t i = 0; i < t.ntok; i++) {
    size_t at = key.n;
    if (i) nw_buf_putc(&key, ' ');
    nw_tok_key(&t, i, 0, &key);
    if (key.oom) goto oom;
    const char *w = key.p + at + (i ? 1 : 0);
    size_t wn = key.n - at - (i ? 1 : 0);
    if (nw_grow(&g->link, &g->lcap, g->nlink, sizeof *g->link, 1024)) goto oom;
    int head = nw_map_get(&g->name_words, w, wn, -1);
    g->link[g->nlink] = (nw_name_link){(uint32_t)a, head};
    if (nw_map_put(&g->name_words, w, wn, (int)g->nlink)) goto oom;
    g->nlink++;
  }
  g->alias[a].key = nw_buf_cstr(&key) ? key.p : NULL;
  if (!g->alias[a].key) goto oom;
  { /* the surname: the last word, unless it is a particle-like word */
    const char *last = strrchr(key.p, ' ');
    last = last ? last + 1 : key.p;
    size_t ln = strlen(last);
    int e = (int)g->alias[a].entity, had = nw_map_get(&g->surnames, last, ln, -1);
    if (ln >= 3 && had != e && nw_map_put(&g->surnames, last, ln, had == -1 ? e : -2)) goto oom;
  }
  nw_tokens_free(&t);
  return 0;
oom:
  nw_tokens_free(&t);
  nw_buf_free(&key);
  g->oom = 1;
  return -1;
}

int nw_gaz_alias(nw_gazetteer *g, int e, const char *alias, size_t n, int flags, nw_common_fn common) {
  /* `the Coalition`: the article is not part of the name (`The Hague` and
  ** `The Times` keep their capital `The`) */
  if (n > 4 && memcmp(alias, "the ", 4) == 0) {
    alias += 4, n -= 4;
    if (common && common(alias, n)) flags |= NW_ALIAS_ARTICLE;
  }
  if (g->oom || e < 0 || n == 0) return -1;
  if (nw_grow(&g->alias, &g->acap, g->nalias, sizeof *g->alias, 1024)) return g->oom = 1, -1;
  int a = (int)g->nalias;
  g->alias[g->nalias++] = (nw_alias){(uint32_t)e, (uint8_t)flags, 0, NULL};
  int ntok = nw_phrases_add(&g->names, alias, n, a);
  if (ntok < 0) return g->oom = 1, -1;
  g->alias[a].ntok = (uint8_t)ntok;
  if (ntok == 1 && g->ent[e].kind == NW_KIND_PERSON && !(flags & NW_ALIAS_GIVEN))
    g->alias[a].flags |= NW_ALIAS_SURNAME;
  if (ntok >= 2 && g->ent[e].kind == NW_KIND_PERSON && index_person_words(g, a, alias, n)) return -1;
  if (safe_in_lowercase(g, alias, n, common) && nw_phrases_add(&g->names_lower, alias, n, a) < 0)
    return g->oom = 1, -1;
  return a;
}

int nw_gaz_demonym(nw_gazetteer *g, int country_entity, const char *demonym, size_t n) {
  if (g->oom || country_entity < 0) return -1;
  if (nw_phrases_add(&g->demonyms, demonym, n, country_entity) < 0) return g->oom = 1, -1;
  return 0;
}

/* ------------------------------------------------------------ loading */

typedef struct load_ctx {
  nw_gazetteer *g;
  nw_common_fn common;
  int entity, flags;
} load_ctx;

/* An alias that starts with `@` is a seat that stands for the body
** (`@Brussels` of the European Union): a place after `in`, `to`, `from`. */
static void add_alias_item(void *arg, const char *item, size_t n) {
  load_ctx *c = arg;
  int flags = c->flags;
  if (n > 1 && item[0] == '@') {
    item++, n--;
    flags |= NW_ALIAS_PLACE;
  }
  nw_gaz_alias(c->g, c->entity, item, n, flags, c->common);
}

static void add_demonym_item(void *arg, const char *item, size_t n) {
  load_ctx *c = arg;
  nw_gaz_demonym(c->g, c->entity, item, n);
}

/* code, name, aliases, demonyms, places */
static int load_country(void *arg, int nf, const char **f, const size_t *len) {
  load_ctx *c = arg;
  if (nf < 2 || len[0] != 3) return 0;
  c->entity = nw_gaz_entity(c->g, f[1], len[1], NW_KIND_COUNTRY, f[0], 3, NULL, 0, 0);
  c->flags = 0;
  nw_gaz_alias(c->g, c->entity, f[1], len[1], 0, c->common);
  if (nf > 2) nw_list_each(f[2], len[2], add_alias_item, c);
  if (nf > 3) nw_list_each(f[3], len[3], add_demonym_item, c);
  c->flags = NW_ALIAS_PLACE;
  if (nf > 4) nw_list_each(f[4], len[4], add_alias_item, c);
  return 0;
}

/* kind, name, country, role, aliases */
static int load_organization(void *arg, int nf, const char **f, const size_t *len) {
  load_ctx *c = arg;
  if (nf < 2) return 0;
  int kind = nw_kind_from_name(f[0], len[0]);
  if (!kind) return 0;
  c->entity = nw_gaz_entity(c->g, f[1], len[1], kind, nf > 2 ? f[2] : "", nf > 2 ? len[2] : 0,
                            nf > 3 ? f[3] : "", nf > 3 ? len[3] : 0, 0);
  c->flags = 0;
  nw_gaz_alias(c->g, c->entity, f[1], len[1], 0, c->common);
  if (nf > 4) nw_list_each(f[4], len[4], add_alias_item, c);
  if (nf > 5) nw_list_each(f[5], len[5], add_demonym_item, c); /* `Republican lawmakers` */
  return 0;
}

/* name, country, role, gender, aliases */
static int load_person(void *arg, int nf, const char **f, const size_t *len) {
  load_ctx *c = arg;
  if (nf < 1 || !len[0]) return 0;
  int gender = nf > 3 && len[3] == 1 ? (f[3][0] == 'm' ? NW_GENDER_MALE : f[3][0] == 'f' ? NW_GENDER_FEMALE : 0) : 0;
  c->entity = nw_gaz_entity(c->g, f[0], len[0], NW_KIND_PERSON, nf > 1 ? f[1] : "", nf > 1 ? len[1] : 0,
                            nf > 2 ? f[2] : "", nf > 2 ? len[2] : 0, gender);
  c->flags = 0;
  nw_gaz_alias(c->g, c->entity, f[0], len[0], 0, c->common);
  if (nf > 4) nw_list_each(f[4], len[4], add_alias_item, c);
  return 0;
}

void nw_gaz_load_countries(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common) {
  load_ctx c = {g, common, -1, 0};
  nw_tsv_each(tsv, n, 5, load_country, &c);
}

void nw_gaz_load_organizations(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common) {
  load_ctx c = {g, common, -1, 0};
  nw_tsv_each(tsv, n, 6, load_organization, &c);
}

void nw_gaz_load_people(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common) {
  load_ctx c = {g, common, -1, 0};
  nw_tsv_each(tsv, n, 5, load_person, &c);
}

int nw_gaz_each_person_sharing(const nw_gazetteer *g, const char *const *words, const size_t *lens,
                               size_t nwords, nw_alias_fn fn, void *arg) {
  for (size_t w = 0; w < nwords; w++) {
    for (int l = nw_map_get(&g->name_words, words[w], lens[w], -1); l >= 0; l = g->link[l].next) {
      const nw_alias *a = &g->alias[g->link[l].alias];
      if (a->ntok != nwords) continue;
      int rc = fn(arg, a);
      if (rc) return rc;
    }
  }
  return 0;
}
