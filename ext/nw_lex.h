/*
** nw_lex.h — the compiled-in word lists, loaded once and then read-only.
**
** The lists are the TSV files of sql/dict/, embedded into the extension at
** build time (tools/embed.c writes build/nw_dict_data.c), so `.load` alone
** is enough.  nw_lex() parses them on first use (thread-safe, once per
** process) into hash maps; after that nothing here changes, so any number of
** connections and threads can share them.  Users add their own entries
** through tables (see nw_gazetteer.h), never by changing these.
*/
#ifndef NW_LEX_H
#define NW_LEX_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "nw_gazetteer.h"
#include "nw_map.h"
#include "nw_phrase.h"

/* Embedded files: returns the text of sql/dict/<name>, or "" with *len = 0
** when the build had no such file. */
const char *nw_dict_text(const char *name, size_t *len);

/* Abbreviation classes (abbreviations.tsv). */
enum {
  NW_ABBR_NONE = 0,
  NW_ABBR_TITLE,   /* Mr. Dr. Gen.: a name follows, never ends a sentence */
  NW_ABBR_NUMBER,  /* No. Vol. p.: a number follows */
  NW_ABBR_MONTH,   /* Jan. Feb. */
  NW_ABBR_PLACE,   /* Calif. Ont.: may end a sentence */
  NW_ABBR_COMMON   /* Inc. U.S. a.m. etc.: may end a sentence */
};

/* Boilerplate word classes (boilerplate.tsv). */
enum { NW_BOILER_NONE = 0, NW_BOILER_FILLER, NW_BOILER_UI, NW_BOILER_SECTION };

/* Title classes (titles.tsv). */
enum { NW_TITLE_HONORIFIC = 1, NW_TITLE_TITLE, NW_TITLE_ROLE, NW_TITLE_BODY };

typedef struct nw_title {
  uint8_t cls, gender, rank;
} nw_title;

/* Speech verb classes (speech_verbs.tsv). */
enum {
  NW_VERB_SAY = 1,
  NW_VERB_TELL,
  NW_VERB_WRITE,
  NW_VERB_ASK,
  NW_VERB_THINK,
  NW_VERB_NOUN,
  NW_VERB_ACCORDING,
  NW_VERB_NAME       /* called the ties "unprecedented": labels, never clauses */
};
enum { NW_TENSE_NONE = 0, NW_TENSE_BASE, NW_TENSE_PRESENT, NW_TENSE_PAST, NW_TENSE_PASTPART, NW_TENSE_PARTICIPLE };

/* common_surnames.tsv's value for a family name written first (`Liu Xiaoming`). */
#define NW_SURNAME_FIRST 2

typedef struct nw_verb {
  uint8_t cls, tense;
} nw_verb;

/* Stance cues (stance.tsv): a polarity graded like the Goldstein scale and
** how the stance flows. */
enum { NW_POS_VERB = 1, NW_POS_NOUN, NW_POS_ADJ, NW_POS_ADV, NW_POS_PHRASE };
enum { NW_DIR_NONE = 0, NW_DIR_SUBJ_OBJ, NW_DIR_OBJ_SUBJ, NW_DIR_SUBJ };

typedef struct nw_cue {
  float score;
  uint8_t pos, dir;
} nw_cue;

/* Modifiers (modifiers.tsv). */
enum { NW_MOD_NEGATION = 1, NW_MOD_BOOSTER, NW_MOD_DAMPENER, NW_MOD_CONTRAST, NW_MOD_PASSIVE, NW_MOD_HEDGE };

typedef struct nw_modifier {
  float value;
  uint8_t type;
} nw_modifier;

/* given_names.tsv values: gender in the low bits, COMMON when the name is
** also an ordinary word (Will, Mark, Grace). */
enum { NW_GIVEN_COMMON = 8 };

/* org_heads.tsv value of the last words of places and events: no actors.
** A firm's head word (`Inc`, `Holdings`) is NW_KIND_ORG | NW_HEAD_COMPANY. */
enum { NW_HEAD_PLACE = -1, NW_HEAD_COMPANY = 0x100, NW_HEAD_KIND = 0xFF };

/* At most this many countries have places in places.tsv (more lose theirs). */
#define NW_PLACE_COUNTRIES 64

typedef struct nw_lexicon {
  nw_map abbrev;        /* abbreviation without its last period -> NW_ABBR_* */
  nw_map common;        /* lowercase common English word -> rank (1 = most) */
  nw_map starters;      /* lowercase words that open sentences */
  nw_map boiler;        /* web-page furniture words -> NW_BOILER_* */
  nw_map given;         /* given name -> NW_GENDER_* | NW_GIVEN_COMMON */
  nw_map surnames;      /* common surnames: alone they name no famous bearer (value 1, or NW_SURNAME_FIRST) */
  nw_map ordinary;      /* names that are also ordinary words: never matched in lowercase */
  nw_map acronyms;      /* words in capitals that name things (`LNG`, `GDP`), as written */
  nw_map home_bases;    /* `Conservative Party` + country code -> 1 + the gazetteer entity of
                           that country's own body (`Conservative Party of Canada`); the bare
                           name -> 1 when some country has one */
  nw_map org_heads;     /* last word of organization names -> NW_KIND_*, or
                           NW_HEAD_PLACE for places (`River`, `Mall`) */
  nw_map finite;        /* auxiliaries and irregular past tenses (lowercase) */
  nw_phrases places;    /* cities, states, provinces: never names of actors; value 1, or
                           2 + k for a place in country place_country[k] */
  char place_country[NW_PLACE_COUNTRIES][4]; /* the places' countries, alpha-3 */
  int nplace_country;
  nw_phrases titles;    /* honorifics and titles, case kept -> index into title[] */
  nw_phrases roles;     /* role nouns and bodies, case folded -> index into title[] */
  nw_title *title;
  size_t ntitle;
  nw_phrases verbs;     /* speech verbs, case folded -> index into verb[] */
  nw_verb *verb;
  size_t nverb;
  nw_phrases role_family; /* role words, folded -> bit set of families */
  nw_phrases cues;      /* stance words and phrases, folded -> index into cue[] */
  nw_cue *cue;
  size_t ncue;
  nw_phrases modifiers; /* negations, boosters, ... folded -> index into modifier[] */
  nw_modifier *modifier;
  size_t nmodifier;
  nw_gazetteer gaz;     /* countries, organizations, media, people */
  int *ent_family;      /* per entity of gaz: the role families of its role
                           (nw_lex_role_family), or NULL without memory */
  uint32_t (*ent_name_words)[2]; /* per entity of gaz: the first and last words
                           of its name (nw_name_words), or NULL */
  int oom;
} nw_lexicon;

/* The process-wide lexicon; never NULL (lists may be empty after OOM). */
const nw_lexicon *nw_lex_load(void);
extern _Atomic(const nw_lexicon *) nw_lex_loaded; /* set once the lists are loaded */
/* The lexicon (loaded on first use, thread-safe).  Inline: the analyses
** ask for it in their inner loops. */
static inline const nw_lexicon *nw_lex(void) {
  const nw_lexicon *lx = atomic_load_explicit(&nw_lex_loaded, memory_order_acquire);
  return lx ? lx : nw_lex_load();
}

/* Is the lowercase form of s[0..n) a common English word? */
int nw_lex_is_common(const nw_lexicon *lx, const char *s, size_t n);
int nw_lex_company_word(const nw_lexicon *lx, const char *s, size_t n); /* `Inc`, `Holdings` */
/* The gazetteer entity of country `code`'s own body for a bare name (`House of
** Commons`, CAN -> `Canadian House of Commons`), or -1. */
int nw_lex_home_body(const nw_lexicon *lx, const char *name, const char *code);
int nw_lex_has_home_body(const nw_lexicon *lx, const char *name); /* for any country */

/* The role families (a bit set, see role_family) of a role's text: the
** first role word's in it, 0 when it has none (or s is NULL).  Safe while
** the lexicon itself is being loaded. */
int nw_lex_role_family(const nw_lexicon *lx, const char *s);

/* The first and the last word of a name (the last before a generation's
** suffix: `Downey` of `Robert Downey Jr.`), each packed as its offset << 8
** | its length (both 0 for a name of no word). */
void nw_name_words(const char *name, uint32_t *first, uint32_t *last);
/* `Jr`, `Sr`, `II`, `III`, `IV` (a period after them or not): what follows
** a surname, never one. */
int nw_generation_suffix(const char *s, size_t n);

/* The country (alpha-3) of the place whose `places` value is v, or NULL
** when it lies in none or in several. */
static inline const char *nw_lex_place_country(const nw_lexicon *lx, int v) {
  return v >= 2 && v - 2 < lx->nplace_country ? lx->place_country[v - 2] : NULL;
}

/* Does s[0..n) (any case) open sentences (`The`, `He`, `However`)? */
int nw_lex_is_starter(const nw_lexicon *lx, const char *s, size_t n);

/* Is s[0..n), its ASCII capitals lowercased (other bytes as they are), one
** of the finite forms (lx->finite: `is`, `said`, `went`)? */
int nw_lex_is_finite(const nw_lexicon *lx, const char *s, size_t n);

#endif
