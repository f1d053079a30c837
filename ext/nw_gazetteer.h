/*
** nw_gazetteer.h — known actors: canonical names, kinds, countries, roles,
** and the aliases that name them in text.
**
** The built-in gazetteer comes from sql/dict/countries.tsv,
** organizations.tsv and people.tsv (compiled in); a user's table
** newswire_actors(name, alias, kind, country, role) becomes a second,
** per-query gazetteer that is consulted first, so its rows add to or
** override the built-in entries.
**
** Aliases match case-sensitively (`US` is not `us`).  An alias that cannot
** be mistaken for an ordinary word (`NATO`, `Kyiv`: at least one token that
** is not a common English word, four letters or more) also matches in
** lowercase, as scraped text writes `nato` and `kyiv`.
*/
#ifndef NW_GAZETTEER_H
#define NW_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "nw_phrase.h"

enum { NW_KIND_NONE = 0, NW_KIND_PERSON, NW_KIND_COUNTRY, NW_KIND_ORG, NW_KIND_MEDIA, NW_KIND_GROUP };
enum { NW_GENDER_UNKNOWN = 0, NW_GENDER_MALE, NW_GENDER_FEMALE };

/* Alias flags. */
enum {
  NW_ALIAS_PLACE = 1,     /* a capital or seat of power standing for a country */
  NW_ALIAS_SURNAME = 2,   /* one word naming a person (Putin) */
  NW_ALIAS_GIVEN = 4,     /* a person's given name alone (Jinping) */
  NW_ALIAS_ARTICLE = 8    /* written with `the`, which must stand before it
                             when the rest is an ordinary word (the West) */
};

typedef struct nw_entity {
  char *name;
  char *role;             /* may be NULL */
  char country[4];        /* ISO alpha-3 or "" */
  uint8_t kind, gender;
} nw_entity;

typedef struct nw_alias {
  uint32_t entity;
  uint8_t flags;
  uint8_t ntok;           /* length in tokens */
  char *key;              /* person names of 2+ words: token keys joined by
                             spaces, for typo matching (else NULL) */
} nw_alias;

/* A word of a person's multi-word alias -> that alias (a chain). */
typedef struct nw_name_link {
  uint32_t alias;
  int32_t next;
} nw_name_link;

typedef int (*nw_common_fn)(const char *s, size_t n);

typedef struct nw_gazetteer {
  nw_entity *ent;
  size_t nent, ecap;
  nw_alias *alias;
  size_t nalias, acap;
  nw_phrases names;       /* alias -> index into alias[] */
  nw_phrases names_lower; /* the same for aliases safe in lowercase */
  nw_phrases demonyms;    /* Russian, Russians -> index of the country entity */
  nw_map by_name;         /* canonical name -> entity index */
  nw_map by_code;         /* ISO code -> country entity index */
  nw_map name_words;      /* word of a person alias -> first link */
  nw_map surnames;        /* last word of a person's name -> entity, or -2
                             when several people share it */
  nw_name_link *link;
  size_t nlink, lcap;
  nw_common_fn ordinary;  /* names that are also ordinary words (`turkey`,
                           ** `apple`): never matched in lowercase; may be NULL */
  int oom;
} nw_gazetteer;

void nw_gaz_init(nw_gazetteer *g);
void nw_gaz_free(nw_gazetteer *g);

int nw_kind_from_name(const char *s, size_t n);   /* "person" -> NW_KIND_PERSON, else NONE */
const char *nw_kind_name(int kind);

/* Adds an entity, or updates the one with the same canonical name (fields
** given as NULL/empty keep their value).  Returns its index or -1. */
int nw_gaz_entity(nw_gazetteer *g, const char *name, size_t n, int kind, const char *country, size_t cn,
                  const char *role, size_t rn, int gender);
/* Adds an alias of entity e; `common` says whether a word is an ordinary
** English word (for the lowercase rule). */
int nw_gaz_alias(nw_gazetteer *g, int e, const char *alias, size_t n, int flags, nw_common_fn common);
int nw_gaz_demonym(nw_gazetteer *g, int country_entity, const char *demonym, size_t n);

/* Loads the three built-in files' texts. */
void nw_gaz_load_countries(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common);
void nw_gaz_load_organizations(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common);
void nw_gaz_load_people(nw_gazetteer *g, const char *tsv, size_t n, nw_common_fn common);

/* Longest alias at token i: returns its length in tokens and the alias
** through *alias, 0 when none.  (Inline: asked of most capitalized words.) */
static inline int nw_gaz_match(const nw_gazetteer *g, const nw_tokens *t, size_t i, const nw_alias **alias) {
  int value, len = nw_phrases_match(&g->names, t, i, NW_PHRASE_MAX_TOKENS, &value);
  if (!len && (t->tok[i].flags & NW_TF_LOWER))
    len = nw_phrases_match(&g->names_lower, t, i, NW_PHRASE_MAX_TOKENS, &value);
  if (len) *alias = &g->alias[value];
  return len;
}
/* The same with token i's index bits read already (nw_phrases_bits_at). */
static inline int nw_gaz_match_bits(const nw_gazetteer *g, const nw_tokens *t, size_t i, uint32_t bits,
                                    const nw_alias **alias) {
  int value, len = nw_phrases_may(&g->names, bits) ? nw_phrases_match_full(&g->names, t, i, NW_PHRASE_MAX_TOKENS, &value) : 0;
  if (!len && (t->tok[i].flags & NW_TF_LOWER) && nw_phrases_may(&g->names_lower, bits))
    len = nw_phrases_match_full(&g->names_lower, t, i, NW_PHRASE_MAX_TOKENS, &value);
  if (len) *alias = &g->alias[value];
  return len;
}

/* Person aliases of the same length in words as key (words joined by
** spaces) that share at least one word with it: calls fn for each until it
** returns non-zero, and returns that. */
typedef int (*nw_alias_fn)(void *arg, const nw_alias *alias);
int nw_gaz_each_person_sharing(const nw_gazetteer *g, const char *const *words, const size_t *lens,
                               size_t nwords, nw_alias_fn fn, void *arg);

#endif
