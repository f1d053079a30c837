/*
** nw_actors.h — who the actors of one text are, and every place it names
** them.
**
** nw_doc_analyze() tokenizes a text and finds its actors:
**
**   1. Known names: the longest gazetteer alias at each token (user entries
**      first).  A capital or seat of power after a preposition of place
**      (`a hearing in Washington`) names a location, not the state acting,
**      and is not counted; `Beijing said`, `Moscow's decision`, `between
**      Beijing and the Kremlin` are the state.
**   2. Names the gazetteer lacks, by rules: a capitalized sequence is a
**      person when a title or honorific stands before it (`Justice Ada
**      Morrow`, `Mr. Lindqvist`), a role noun before it (`political strategist
**      Konstantin Kalachev`), it starts with a known given name (`Peter
**      Lindqvist`), an apposition follows (`Ana Ruslan, who ...`, `X, a
**      consultant`), or a reporting verb follows (`Kritenbrink said`).  It is
**      an organization when its last word heads organization names (Court,
**      Ministry, Party, Times).  Sentence-initial common words, titles and
**      demonyms are not names.
**   3. Repairs: words glued by scraping (`Xi Jinpingreceived`,
**      `Konstantin Kalachevpolitologist`) are split when the first part is a
**      known name and the rest an ordinary word or a role; a typo of a known
**      name (`Xi Jimping`, `Anthony Blinken`) joins it when one word is the
**      same and the other, of five letters or more, is one edit away (so
**      Wang Yi and Wang Yu stay apart).
**   4. Resolution within the text: a surname or given name alone, or with a
**      title (`Blinken`, `Mr. Lindqvist`, `Jinping`), joins the one person the
**      text names in full with it, before or after; a role phrase without a
**      name (`the Chinese President`, `the Russian envoy`) joins the person
**      of that country whose role is of the same family, the nearest
**      mentioned.
**   5. Each actor gets a canonical name, kind, country (its own, or the
**      nationality in its role), the role as the text gives it, the count
**      of mentions and the first one.
**
** The analysis is the shared first step of quotes() and stances(): they ask
** it which actor a span of text names.
*/
#ifndef NW_ACTORS_H
#define NW_ACTORS_H

#include <stddef.h>
#include <stdint.h>

#include "nw_gazetteer.h"
#include "nw_token.h"
#include "nw_words.h"

/* How a mention names its actor. */
enum {
  NW_MEN_NAME = 1,   /* a full name or alias */
  NW_MEN_SHORT,      /* a surname or given name alone, maybe with a title */
  NW_MEN_ROLE,       /* a role phrase: the Russian envoy */
  NW_MEN_PLACE       /* a capital named as a location: not counted */
};

typedef struct nw_doc_actor {
  const nw_entity *ent;   /* the gazetteer entry, or NULL when found by rules */
  char *name;             /* canonical name */
  char *role;             /* as the text gives it, or NULL */
  char country[4];
  uint8_t kind, gender;
  uint32_t mentions;
  uint32_t first;         /* byte offset of the first mention */
  uint32_t first_tok, last_tok; /* name tokens of a person (for surnames) */
  int family;             /* bit set of the role families of its role (0: none) */
} nw_doc_actor;

typedef struct nw_mention {
  uint32_t actor;
  uint32_t tok, ntok;     /* tokens */
  uint32_t start, end;    /* bytes */
  uint8_t how;
} nw_mention;

/* Token facts the analysis finds, kept for quotes and stance. */
enum {
  NW_TI_DEMONYM = 1 << 0,   /* value: country entity of the base gazetteer */
  NW_TI_HONORIFIC = 1 << 1, /* start of an honorific (len: tokens) */
  NW_TI_TITLE = 1 << 2,     /* start of a capitalized title */
  NW_TI_ROLE = 1 << 3,      /* start of a role noun */
  NW_TI_BODY = 1 << 4,      /* start of a body noun (ministry, government) */
  NW_TI_VERB = 1 << 5,      /* start of a speech verb (value: index into lexicon verbs) */
  NW_TI_INSIDE = 1 << 6,    /* inside a phrase started before */
  NW_TI_PLACE = 1 << 8      /* inside a place's name that is no actor (`British Columbia`) */
};

enum { NW_DOC_NOT_ASKED = -2 };

typedef struct nw_doc {
  nw_tokens t;
  nw_doc_actor *actor;
  size_t nactor, acap;
  nw_mention *men;
  size_t nmen, mcap;
  int32_t *tok_men;       /* per token: the mention covering it, or -1 */
  uint16_t *tok_info;     /* per token: NW_TI_* */
  uint8_t *tok_len;       /* per token: length of the phrase it starts */
  int32_t *tok_val;       /* per token: the phrase's value */
  int8_t *tok_given;      /* per token: its given name's value once asked
                             (-1: none, NW_DOC_NOT_ASKED: not asked yet) */
  int8_t *tok_common;     /* per word: is it a common word, once
                             asked (1 or 0, NW_DOC_NOT_ASKED) */
  uint32_t *dateline;     /* per paragraph: nw_doc_dateline_end of its first
                             token, once worked out (UINT32_MAX: not yet) */
  const nw_gazetteer *user;
  int oom;
  struct nw_actor_index *index; /* look-ups by name in a text of many actors */
  int index_off;                /* names may change: look-ups scan again */
} nw_doc;

/* Analyzes s[0..n) (the doc keeps pointers into s; keep it alive).  user
** may be NULL.  Returns 0 or -1 (memory). */
int nw_doc_analyze(nw_doc *d, const char *s, size_t n, const nw_gazetteer *user);
void nw_doc_free(nw_doc *d);

/* The value of the phrase (title, role, verb, demonym) that covers token i,
** or -1: only a phrase's first token holds it. */
int nw_doc_phrase_value(const nw_doc *d, size_t i);

/* The actor a mention of token i names, or -1. */
int nw_doc_actor_at(const nw_doc *d, size_t i);

/* The kind a lowercase noun of a body at token k names (`the company`,
** `the airline`: NW_KIND_ORG; `the newspaper`: NW_KIND_MEDIA), or 0. */
int nw_doc_kind_noun(const nw_doc *d, size_t k);

/* Is token i the people of a place, or one of them (`Quebecers`, `the
** Albertan`)? */
int nw_doc_place_demonym(const nw_doc *d, size_t i);

/* A wire dateline opening token i's paragraph (`OTTAWA —`, `HALIFAX,
** N.S. --`, `KYIV, Ukraine (AP) —`): the token of its dash, or 0 when token
** i opens none.  It names where the story was filed: no actor, no part of
** the first sentence's clause. */
size_t nw_doc_dateline_end(const nw_doc *d, size_t i);

/* Is token i a word of the set, ignoring ASCII case? */
static inline int nw_doc_word_in(const nw_doc *d, size_t i, nw_words *w) {
  return i < d->t.ntok && d->t.tok[i].type == NW_TOK_WORD && nw_words_has(w, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i));
}

/* Is token i a word of at least min_len bytes in -ing (`citing`, `attacking`)? */
static inline int nw_doc_ing_word(const nw_doc *d, size_t i, size_t min_len) {
  if (i >= d->t.ntok || d->t.tok[i].type != NW_TOK_WORD) return 0;
  size_t n = nw_tok_len(&d->t, i);
  return n >= min_len && n >= 3 && memcmp(nw_tok_text(&d->t, i) + n - 3, "ing", 3) == 0;
}

/* Adds a mention of actor a over tokens [tok, tok + ntok) (quotes use it
** for pronouns it resolves).  Returns 0 or -1. */
int nw_doc_add_mention(nw_doc *d, int a, size_t tok, size_t ntok, int how);

/* Orders mentions by position (after additions). */
void nw_doc_sort_mentions(nw_doc *d);

#endif
