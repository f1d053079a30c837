/*
** nw_stance.c — directed stance (rules in nw_stance.h).
*/
#include "nw_stance.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nw_lex.h"

#define NEGATION_WINDOW 3      /* words before a cue a negation reaches */
#define BOOST 0.293f           /* VADER's booster/dampener step */
#define CONTRAST_BEFORE 0.5f   /* VADER's weights around `but` */
#define CONTRAST_AFTER 1.5f
#define OBJECT_WINDOW 10       /* how far after a verb its object may start */
#define MAX_PARTICIPANTS 64
#define MAX_SIDE 4             /* actors on one side: `Russia and China` */
#define MAX_COMMAS 32          /* commas of a sentence noted for parenthetical_speech */
#define MAX_TRIGGER_WORDS 32   /* trigger words of a sentence noted for the passes */
#define MAX_STOPS 128          /* words of a sentence one pass notes for collect_participants and find_cues (scan_stops) */

typedef struct participant {
  uint32_t tok, end;  /* tokens */
  int32_t actor;
} participant;

typedef struct cue_hit {
  uint32_t tok, end;
  float score;
  uint8_t pos, dir, passive;
} cue_hit;

typedef struct pair_sum {
  int32_t source, target;
  float sum;
  int count;
} pair_sum;

/* Up to MAX_SIDE actors standing together (`Russia and China`). */
typedef struct side {
  int32_t actor[MAX_SIDE];
  int n;
} side;

/* Words that set off passes of their own over a sentence (place_demands,
** place_sanctions, ...): a sentence without one skips the pass at once
** (find_cues notes them). */
enum {
  TRIGGER_ASKING = 1 << 0,    /* asking: place_demands */
  TRIGGER_REMOVAL = 1 << 1,   /* removals: place_removals */
  TRIGGER_SANCTION = 1 << 2,  /* sanction_verbs: place_sanctions */
  TRIGGER_MOVING = 1 << 3,    /* moving: place_rescues */
  TRIGGER_WARNING = 1 << 4,   /* warning: warned_audience */
  TRIGGER_BELIEVING = 1 << 5, /* believing, believing_hedged: believed_clause, under_negated_belief */
  TRIGGER_MUTUAL = 1 << 6,    /* mutual_words, `each other`, `one another`: reciprocal */
  TRIGGER_NAMING = 1 << 7,    /* naming_passive, naming_as: named_passive, named_as */
  TRIGGER_EACH_ONE = 1 << 8,  /* `each`, `one`: maybe TRIGGER_MUTUAL (word_triggers only) */
};

/* ------------------------------------------------------------ words */

static int is_word(const nw_doc *d, size_t i) { return i < d->t.ntok && d->t.tok[i].type == NW_TOK_WORD; }
static int is_punct(const nw_doc *d, size_t i, int32_t cp) {
  return i < d->t.ntok && d->t.tok[i].type == NW_TOK_PUNCT && d->t.tok[i].cp == cp;
}

static int word_in(const nw_doc *d, size_t i, nw_words *w) { return nw_doc_word_in(d, i, w); }
NW_WORDS(both_words, "the", "both", "two");
NW_WORDS(and_word, "and");
NW_WORDS(and_or, "and", "or");
NW_WORDS(denying, "deny", "denies", "denied", "denying");
NW_WORDS(clause_starts, "who", "which", "that", "whom", "whose");
NW_WORDS(of_for, "of", "for");
NW_WORDS(and_but, "and", "but");
NW_WORDS(mutual_words, "mutual", "bilateral", "between", "together");
/* what is done to the one named before it with `'s` (`Ruiz's arrest`) */
NW_WORDS(removals, "resignation", "ouster", "removal", "impeachment", "dismissal", "firing", "sacking", "arrest",
         "prosecution", "expulsion", "extradition");
NW_WORDS(support_modifiers, "growing", "strong", "full", "continued", "open", "military");
NW_WORDS(agent_preps, "from", "by");
NW_WORDS(articles, "the", "a", "an");
NW_WORDS(on_against, "on", "against");
NW_WORDS(we_words, "we", "i", "our", "us");
NW_WORDS(of_to_for, "of", "to", "for");
NW_WORDS(subject_pronouns, "they", "we", "i", "you", "it", "he", "she");
NW_WORDS(be_forms, "is", "are", "was", "were", "be", "been", "being");
NW_WORDS(copulas, "is", "was", "are", "were", "been", "be", "remains", "remained", "became", "becomes");
NW_WORDS(contracted_is, "'s", "’s"); /* `Peru's a friend`: the tokenizer's own token */

/* People who stand toward someone: `Okafor's supporters`, `a critic of Peru`. */
NW_WORDS(people, "supporter", "supporters", "backer", "backers", "critic", "critics", "ally", "allies", "opponent",
         "opponents", "enemy", "enemies", "fan", "fans", "friend", "friends", "rival", "rivals", "foe", "foes",
         "admirer", "admirers", "detractor", "detractors");

/* ... of those, the ones against them */
NW_WORDS(against_people, "critic", "critics", "opponent", "opponents", "detractor", "detractors", "rival", "rivals",
         "enemy", "enemies", "foe", "foes");
NW_WORDS(determiners, "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                                          "this", "that", "these", "those");

static float clamp1(float x) { return x < -1 ? -1 : x > 1 ? 1 : x; }

/* Auxiliaries and adverbs between a subject and its verb. */
static int is_filler(const nw_doc *d, size_t i) {
  NW_WORDS(fill, "also", "later", "then", "still", "previously", "recently", "once", "again",
                                     "has", "have", "had", "was", "is", "are", "were", "would", "will", "could",
                                     "can", "may", "might", "should", "must", "did", "does", "do", "been", "be",
                                     "not", "never", "already", "just", "now", "often", "who", "which", "that",
                                     "repeatedly", "reportedly", "today", "yesterday");
  if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  size_t n = nw_tok_len(&d->t, i);
  const char *s = nw_tok_text(&d->t, i);
  if (n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y') return 1;
  return n <= 10 && nw_words_has(&fill, s, n); /* (a word) */
}

static int past_tense(const nw_doc *d, size_t i) {
  size_t n = nw_tok_len(&d->t, i);
  const char *s = nw_tok_text(&d->t, i);
  return n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

/* ------------------------------------------------------------ modifiers */

/* The modifier phrase that starts at token k and ends by `limit`, or NULL. */
static inline __attribute__((always_inline)) const nw_modifier *modifier_at(const nw_doc *d, size_t k, size_t limit) {
  const nw_lexicon *lx = nw_lex();
  int v, len = nw_phrases_match(&lx->modifiers, &d->t, k, limit - k, &v);
  return len > 0 && k + (size_t)len <= limit ? &lx->modifier[v] : NULL;
}

/* Are the n bytes at s the lowercase word w (letters only), in either
** case?  (As nw_tok_is_ci: `| 0x20` makes a letter of w only of the letter
** itself or its capital.)  A word of 1 to 8 letters is compared as one
** machine word. */
static inline __attribute__((always_inline)) int letters_are(const char *s, size_t n, const char *w) {
  size_t len = __builtin_strlen(w);
  if (n != len) return 0;
  if (len - 1 >= 8) { /* (not as one word: byte by byte) */
    for (size_t j = 0; j < len; j++)
      if (((unsigned char)s[j] | 0x20) != (unsigned char)w[j]) return 0;
    return len > 0;
  }
  uint64_t x = 0, y = 0;
  memcpy(&x, s, len);
  memcpy(&y, w, len);
  return (x | (NW_ONES * 0x20 >> (64 - 8 * len))) == y;
}

/* nw_tok_is_ci(&d->t, i, w) for a lowercase word w of letters only, in
** fewer instructions. */
static inline __attribute__((always_inline)) int word_is(const nw_doc *d, size_t i, const char *w) {
  return i < d->t.ntok && letters_are(nw_tok_text(&d->t, i), nw_tok_len(&d->t, i), w);
}

/* `didn't`, `won’t`: a negation inside the word. */
static inline __attribute__((always_inline)) int negated_bytes(const char *s, size_t n) {
  if (n <= 3 || s[n - 1] != 't') return 0; /* (most words) */
  return (s[n - 3] == 'n' && s[n - 2] == '\'') || (n > 5 && memcmp(s + n - 5, "n\xE2\x80\x99t", 5) == 0);
}
/* The same of token k. */
static inline __attribute__((always_inline)) int negated_word(const nw_doc *d, size_t k) {
  return is_word(d, k) && negated_bytes(nw_tok_text(&d->t, k), nw_tok_len(&d->t, k));
}

/* Where a negation before the cue at i may stand: NEGATION_WINDOW words
** back, one more past `be` or `been` there (`has never been a strong
** supporter of`, `will not be a true friend of`). */
static size_t negation_from(const nw_doc *d, size_t s0, size_t i) {
  size_t w = NEGATION_WINDOW;
  for (size_t k = i > s0 + w ? i - w : s0; k < i; k++) {
    size_t n = nw_tok_len(&d->t, k); /* (k < i: a token) */
    const char *s = nw_tok_text(&d->t, k);
    /* (words only: no other token is be or been) */
    if (letters_are(s, n, "be") || letters_are(s, n, "been")) {
      w++;
      break;
    }
  }
  return i > s0 + w ? i - w : s0;
}

/* Applies negation, boosters and dampeners before the cue at i (s0: the
** sentence start; negations before `scope` were spent on an earlier cue),
** and drops a positive cue after should/could/might. */
static float modify(const nw_doc *d, size_t s0, size_t scope, size_t i, float score) {
  const nw_lexicon *lx = nw_lex();
  int negated = 0, hypothetical = 0;
  float sign = score > 0 ? 1.0f : -1.0f;
  size_t from = negation_from(d, s0, i);
  /* the index of first words, read once (as nw_phrases_match would at
  ** every word): a word it rules out starts no modifier */
  const nw_tok_index *x = d->t.index;
  const uint32_t bit = lx->modifiers.bit;
  const nw_tok_first *first = bit && x && x->n == d->t.ntok ? x->e : NULL;
  const nw_tok *tok = d->t.tok; /* (each token read once below) */
  for (size_t k = from; k < i; k++) {
    const nw_tok *t = &tok[k];
    size_t n = t->end - t->start;
    const char *s = d->t.s + t->start;
    int may = !first || (first[k].bits & bit) || !nw_tok_first_fits(&first[k], t);
    /* most words start no modifier, end in no n't and are no should,
    ** could or might (5 or 6 bytes): nothing below to do */
    if (!may && n - 5 > 1u && (n <= 3 || s[n - 1] != 't')) continue;
    int v, len = 0;
    /* (a modifier counts as a negation from scope on, and as a booster or
    ** dampener right before the cue only) */
    if (may && (k >= scope || k + 2 >= i)) len = nw_phrases_match_full(&lx->modifiers, &d->t, k, i - k, &v);
    const nw_modifier *m = len > 0 ? &lx->modifier[v] : NULL; /* (it ends by i) */
    if (k >= scope && ((m && m->type == NW_MOD_NEGATION) || (t->type == NW_TOK_WORD && negated_bytes(s, n)))) {
      negated = !negated; /* `has not ruled out backing`: two negations cancel */
      if (len > 1) k += (size_t)len - 1;
      continue;
    }
    /* (of a hostile cue the score stays at or below 0: hypothetical
    ** cannot matter) */
    if (sign > 0 && (letters_are(s, n, "should") || letters_are(s, n, "could") || letters_are(s, n, "might")))
      hypothetical = 1;
    if (!m || k + 2 < i) continue; /* boosters and dampeners stand right before the cue */
    if (m->type == NW_MOD_BOOSTER) score += sign * BOOST;
    if (m->type == NW_MOD_DAMPENER) score = (score - sign * BOOST) * sign > 0 ? score - sign * BOOST : 0;
  }
  /* `should help Peru`, `might work to unite them`: help or support only
  ** thought of or advised is no support held (`could not support` is a
  ** refusal, and a hostile wish is hostile: `should be punished`) */
  if (hypothetical && !negated && score > 0) return 0;
  if (negated) score *= -0.74f;
  return clamp1(score);
}

/* `backed`, `shown`: a word that may be a past participle. */
static int participle(const nw_doc *d, size_t i) {
  const char *w = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  return (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') || (n > 3 && w[n - 1] == 'n');
}

/* `was criticized by`, `has been sanctioned`: a passive verb (not after
** `to`: `is ready to deepen`, `was due to strengthen` are infinitives of
** verbs in -en). */
static int passive_at(const nw_doc *d, size_t s0, size_t i) {
  /* be_forms and `get` (one look-up for both) */
  NW_WORDS(be_get_forms, "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten");
  if (!participle(d, i) || (i > s0 && word_is(d, i - 1, "to"))) return 0;
  for (size_t k = i; k > s0 && i - k < 3;) {
    k--;
    if (word_in(d, k, &be_get_forms)) return 1;
    if (!is_word(d, k)) return 0;
  }
  return 0;
}

/* ------------------------------------------------------------ a sentence */

/* Answers of subject_of() by token (see there), direct-mapped. */
#define SUBJECT_MEMO 16
typedef struct subject_memo {
  uint32_t tok[SUBJECT_MEMO]; /* token + 1 (0: empty) */
  side sd[SUBJECT_MEMO];
} subject_memo;

/* Answers about participant k of the sentence, asked again and again as
** cue after cue looks for its subject and objects: phrase_start() + 1,
** and coordinated() and after_preposition() as 1 (no) or 2 (yes); 0: not
** asked yet.  They depend on the participants only, which are fixed once
** collected; cleared for each sentence after that. */
enum { ANSWER_COORDINATED, ANSWER_AFTER_PREPOSITION };
typedef struct part_answers {
  uint32_t start;
  uint8_t answer[2]; /* ANSWER_* */
} part_answers;
typedef struct part_memo {
  part_answers p[MAX_PARTICIPANTS]; /* (one entry a participant: cleared in one store) */
} part_memo;

typedef struct sentence_ctx {
  const nw_doc *d;
  const nw_quotes *q;
  const int32_t *quote_of;     /* per token: quote with a speaker covering it, or -1 */
  uint32_t s;
  size_t a, b;                 /* its tokens */
  size_t npart;
  size_t npairs;
  uint32_t consumed_from, consumed_to; /* a verb's object: its nouns are not cues of their own */
  size_t attached;             /* pairs a cue was given (kept or not) */
  uint32_t audience_at;        /* a warning verb's token + 1 whose object is only its audience (0: none) */
  unsigned triggers;           /* TRIGGER_* of the words the sentence has (find_cues) */
  uint32_t first_mark;         /* its first quotation mark + 1 (0: none; collect_participants) */
  uint32_t ncomma;             /* its commas (collect_participants), the first MAX_COMMAS in comma[] */
  uint32_t ntrig;              /* its words with triggers (find_cues), the first MAX_TRIGGER_WORDS in trig_tok[] */
  int stops;                   /* scan_stops noted the tokens below */
  const nw_tok_first *stops_first; /* the index of first words it read (as find_cues reads it) */
  subject_memo *memo;          /* the document's */
  part_memo *parts;            /* the sentence's */
  /* the arrays last, for ctx_clear() */
  participant part[MAX_PARTICIPANTS];
  uint8_t plural[MAX_PARTICIPANTS]; /* stands for `the leaders`: a subject only */
  pair_sum pairs[MAX_PARTICIPANTS];
  uint32_t comma[MAX_COMMAS];  /* (not cleared: read below ncomma only) */
  uint32_t trig_tok[MAX_TRIGGER_WORDS]; /* (the same, below ntrig) */
  uint16_t trig_bits[MAX_TRIGGER_WORDS];
  /* answers about the sentence as a whole, found once before any rule asks
  ** (sentence_facts; not cleared) */
  uint32_t opening_ing;        /* the -ing word that opens it + 1 (opening_clause_subject; 0: none) */
  uint32_t opener_comma;       /* the first comma after an opening preposition + 1 (after_opening_phrase; 0: none) */
  uint32_t among_at;           /* its first word + 1 when that is among or amongst (subject_after_among; 0: none) */
  /* the tokens collect_participants and find_cues look at, found in one
  ** pass over a sentence sure to be read further (scan_stops; read only
  ** when stops is set, which ctx_clear clears) */
  uint32_t nparty, ncue;
  uint32_t party_tok[MAX_STOPS];
  uint8_t party_kind[MAX_STOPS]; /* PARTY_* */
  uint32_t cue_tok[MAX_STOPS];
  uint32_t cue_bits[MAX_STOPS];  /* (as cue_word) */
  uint8_t cue_trigger[MAX_STOPS];
} sentence_ctx;

/* Zeroes the context (zero at first) for the next sentence: the fields,
** and of the arrays only the entries the last sentence filled (nothing
** writes past npart or npairs, so the rest are still zero) rather than all
** of them for every sentence. */
static void ctx_clear(sentence_ctx *c) {
  /* (a few entries: stores, cheaper than calls of memset) */
  for (size_t j = 0; j < c->npart; j++) c->part[j] = (participant){0, 0, 0}, c->plural[j] = 0;
  for (size_t j = 0; j < c->npairs; j++) c->pairs[j] = (pair_sum){0, 0, 0, 0};
  memset(c, 0, offsetof(sentence_ctx, part));
}

static void add_participant(sentence_ctx *c, uint32_t tok, uint32_t end, int32_t actor, int plural) {
  if (c->npart >= MAX_PARTICIPANTS || actor < 0) return;
  size_t j = c->npart++; /* keep token order */
  while (j > 0 && c->part[j - 1].tok > tok) {
    c->part[j] = c->part[j - 1];
    c->plural[j] = c->plural[j - 1];
    j--;
  }
  c->part[j] = (participant){tok, end, actor};
  c->plural[j] = (uint8_t)plural;
}

/* The two actors of one kind (0: people, 1: countries) named last before
** token k, in paragraph para or the one before: *a the one named last, *b
** the last other one named before it.  0: no two.  (Back from k: the
** paragraph bounds the walk.) */
static int last_two_named(const nw_doc *d, size_t k, int want, uint32_t para, int32_t *a, int32_t *b) {
  size_t m = nw_count_below(d->men, d->nmen, sizeof *d->men, offsetof(nw_mention, tok), k);
  int found = 0;
  while (m-- > 0) {
    const nw_mention *mn = &d->men[m];
    if (para - d->t.sent[d->t.tok[mn->tok].sent].paragraph > 1) return 0; /* (and all before it) */
    if (mn->how == NW_MEN_PLACE) continue;
    int kind = d->actor[mn->actor].kind, i = kind == NW_KIND_PERSON ? 0 : kind == NW_KIND_COUNTRY ? 1 : -1;
    if (i != want) continue;
    if (!found) {
      *a = (int32_t)mn->actor, found = 1;
    } else if ((int32_t)mn->actor != *a) {
      *b = (int32_t)mn->actor;
      return 1;
    }
  }
  return 0;
}

/* `the leaders`, `both countries`, `the two sides`: the two parties named
** last in this or the previous paragraph (people for leaders and
** presidents, countries for countries, sides, nations and states). */
NW_WORDS(plural_people, "leaders", "presidents");
NW_WORDS(plural_states, "countries", "sides", "nations", "states", "governments");
/* The kind of parties (as last_two_named's want) the word at k stands for,
** or -1.  (Asked before add_plural_parties: most words in -s after `the`
** are none, and cost no call.) */
static inline int plural_party_kind(const nw_doc *d, size_t k) {
  return word_in(d, k, &plural_people) ? 0 : word_in(d, k, &plural_states) ? 1 : -1;
}
static void add_plural_parties(sentence_ctx *c, size_t k, int want) {
  const nw_doc *d = c->d;
  if (k < 1 || !word_in(d, k - 1, &both_words)) return;
  int32_t a = -1, b = -1;
  if (!last_two_named(d, k, want, d->t.sent[c->s].paragraph, &a, &b)) return;
  add_participant(c, (uint32_t)k, (uint32_t)k + 1, a, 1);
  add_participant(c, (uint32_t)k, (uint32_t)k + 1, b, 1);
}

/* Does the person's known gender fit the pronoun (`he`: not a woman)? */
static int gender_fits(const nw_doc *d, int32_t a, int male) {
  int g = d->actor[a].gender;
  return g == NW_GENDER_UNKNOWN || g == (male ? NW_GENDER_MALE : NW_GENDER_FEMALE);
}

/* he/she at k: the person named before it in the sentence, else the person
** the sentence (or the one before) is about. */
static int32_t subject_pronoun(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  int male = word_is(d, k, "he");
  if (!male && !word_is(d, k, "she")) return -1;
  for (size_t j = c->npart; j-- > 0;)
    if (c->part[j].tok < k && d->actor[c->part[j].actor].kind == NW_KIND_PERSON && gender_fits(d, c->part[j].actor, male))
      return c->part[j].actor;
  int32_t who = c->q->subject ? c->q->subject[c->s] : -1;
  if (who < 0 && c->q->subject && c->s > 0) who = c->q->subject[c->s - 1];
  return who;
}

/* `it` before a verb (`adding that it “tacitly supports” Russia`): the
** state or body named last before it in the sentence.  Not `it is`, `it
** was` and the like, which are mostly empty (`it is important`). */
static int32_t it_pronoun(const sentence_ctx *c, size_t k) {
  NW_WORDS(empty, "is", "was", "has", "had", "will", "would", "seems", "seemed",
                                      "appears", "appeared", "remains", "'s", "’s", "took", "takes");
  const nw_doc *d = c->d;
  if (!word_is(d, k, "it")) return -1;
  size_t v = k + 1;
  while (v < c->b && (d->t.tok[v].flags & NW_TF_QUOTE)) v++;
  if (v >= c->b || word_in(d, v, &empty)) return -1;
  while (v < c->b && ((d->t.tok[v].flags & NW_TF_QUOTE) || is_filler(d, v))) v++;
  if (v >= c->b || !is_word(d, v) || !(d->t.tok[v].flags & NW_TF_LOWER)) return -1;
  for (size_t j = c->npart; j-- > 0;) {
    const participant *p = &c->part[j];
    if (p->tok < k && !c->plural[j] && d->actor[p->actor].kind != NW_KIND_PERSON) return p->actor;
  }
  return -1;
}

/* A subordinating word or participle clause start between tokens a and b. */
static int subordinate_between(const sentence_ctx *c, size_t a, size_t b) {
  NW_WORDS(subs, "after", "before", "while", "when", "by", "without", "since", "until");
  for (size_t t = a; t < b; t++)
    if (word_in(c->d, t, &subs)) return 1;
  return 0;
}

/* The first participant of the sentence, if it stands before token k. */
static long main_subject_before(const sentence_ctx *c, size_t k) {
  for (size_t j = 0; j < c->npart; j++)
    if (!c->plural[j]) return c->part[j].tok < k ? (long)j : -1;
  return -1;
}

static int gerund_of(const sentence_ctx *c, size_t a, size_t i);
static long before(const sentence_ctx *c, size_t i);

/* `accused Vela Corp of defrauding her`: the participant that does the
** -ing word whose phrase holds token k (named right before its `of` or
** `for`), or -1. */
static long gerund_doer(const sentence_ctx *c, size_t k) {
  for (size_t g = k; g > c->a + 2 && k - g < 6;) {
    g--;
    if (!gerund_of(c, g - 1, k)) continue;
    long j = before(c, g - 1);
    return j >= 0 && c->part[j].end == g - 1 && !c->plural[j] ? j : -1;
  }
  return -1;
}

static int verb_form_at(const nw_doc *d, size_t v);
static uint32_t find_phrase_start(const sentence_ctx *c, size_t k);

/* `thanked Ruiz but accused him of lying`, `met Ruiz and praised her`: the
** object pronoun at k of a second verb of the same subject (`and` or `but`
** and the verb right before it) is the first verb's object, participant j
** (who must fit it).  (The participants are being collected: no memo yet.) */
static int first_verbs_object(const sentence_ctx *c, size_t j, size_t k) {
  const nw_doc *d = c->d;
  size_t e = c->part[j].end, t = k - 2;
  if (k < 3 || t < e || t - e > 1 || !(word_is(d, t, "but") || word_is(d, t, "and"))) return 0;
  if ((t > e && !is_punct(d, e, ',')) || !verb_form_at(d, k - 1)) return 0;
  size_t s = find_phrase_start(c, j); /* the first verb right before the object's phrase (`thanked Mayor Tom Ober`) */
  if (s > c->a && word_in(d, s - 1, &articles)) s--;
  return s > c->a + 1 && verb_form_at(d, s - 1);
}

/* him/her/them at k, as an object (`accused him of`, `her.`, not `her
** career`): the actor named before it, past the nearest one, which is
** most likely the clause's own subject (`Mina said she accused him`,
** `prompting Liberals to blame them`); in the phrase of an -ing word
** whose doer is named, past that doer only (`Ana Ruiz accused Vela Corp
** of defrauding her`: Ruiz). */
static int32_t object_pronoun(const sentence_ctx *c, size_t k) {
  NW_WORDS(after, "of", "for", "to", "as", "with", "from", "in", "on", "at", "and", "but",
                                      "over", "after", "before", "because", "by", "about", "into");
  const nw_doc *d = c->d;
  int male = word_is(d, k, "him"), her = word_is(d, k, "her"), them = word_is(d, k, "them");
  if (!male && !her && !them) return -1;
  if (her && k + 1 < c->b && !word_in(d, k + 1, &after) &&
      !(d->t.tok[k + 1].type == NW_TOK_PUNCT && !(d->t.tok[k + 1].flags & NW_TF_QUOTE)))
    return -1; /* `her career`, `her “very effective” advocacy` */
  /* after `after talking with`, `while praising`: the subject left out is
  ** the sentence's, so the pronoun is someone else */
  long main = main_subject_before(c, k), doer = gerund_doer(c, k);
  int skipped = 0;
  /* `thanked Ruiz, who had endorsed him`: the clause's subject is the one
  ** `who` follows, and the pronoun someone else */
  int32_t rel = -1;
  for (size_t t = k; t > c->a + 1 && k - t < 5;) {
    t--;
    if (!word_is(d, t, "who")) continue;
    long r = before(c, t);
    size_t e = is_punct(d, t - 1, ',') ? t - 1 : t;
    if (r >= 0 && c->part[r].end == e) rel = c->part[r].actor;
    break;
  }
  for (size_t j = c->npart; j-- > 0;) {
    const participant *p = &c->part[j];
    if (p->tok >= k) continue;
    int kind = d->actor[p->actor].kind;
    if (them ? kind == NW_KIND_PERSON : (kind != NW_KIND_PERSON || !gender_fits(d, p->actor, male))) continue;
    if (!skipped && first_verbs_object(c, j, k)) return p->actor;
    if (rel >= 0) {
      if (p->actor == rel) continue;
      return p->actor;
    }
    if (doer >= 0) {
      if (p->actor == c->part[doer].actor) continue;
      return p->actor;
    }
    if (subordinate_between(c, p->end, k)) {
      if (main >= 0 && c->part[main].actor == p->actor) continue;
      return p->actor;
    }
    if (!skipped++) continue;
    return p->actor;
  }
  return -1;
}

/* he, she, him or her at k in reported words (an indirect quote) whose
** speaker is a person the pronoun fits: the speaker (`Cole said Ruiz had
** insulted him`, `Cole said she was misled by Ruiz`).  Not `her` before a
** noun (`her career`), nor he/she after a person the words name before it
** (`Cole said Ruiz lied when he ...`). */
static int32_t speaker_pronoun(const sentence_ctx *c, size_t k) {
  NW_WORDS(after, "of", "for", "to", "as", "with", "from", "in", "on", "at", "and", "but", "over", "after", "before",
           "because", "by", "about", "into", "when", "while", "during");
  const nw_doc *d = c->d;
  const nw_quote *q = &c->q->q[c->quote_of[k]];
  if (q->kind != NW_QUOTE_INDIRECT || q->actor < 0 || d->actor[q->actor].kind != NW_KIND_PERSON) return -1;
  int him = word_is(d, k, "him"), her = word_is(d, k, "her");
  int he = word_is(d, k, "he"), she = word_is(d, k, "she");
  if (!him && !her && !he && !she) return -1;
  if (!gender_fits(d, q->actor, him || he)) return -1;
  if (her && k + 1 < c->b && is_word(d, k + 1) && !word_in(d, k + 1, &after)) return -1; /* `her career` */
  if (he || she)
    for (size_t j = 0; j < c->npart && c->part[j].tok < k; j++)
      if (c->quote_of[c->part[j].tok] == c->quote_of[k] && d->actor[c->part[j].actor].kind == NW_KIND_PERSON) return -1;
  return q->actor;
}

/* Is w[0..n) (n <= 4) he, she, him, her, them or it, in any case?  Its
** bytes as one word, capitals folded (| 0x20 makes a lowercase letter of an
** uppercase one only), against each: a set's sieve lets most short words
** through to its table. */
#define NW_W2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define NW_W3(a, b, c) (NW_W2(a, b) | (uint32_t)(c) << 16)
/* A sieve first: bit l & 31 of pronoun_ends[n - 2][f & 31] is set when a
** pronoun of n bytes begins with f and ends with l (a letter in either
** case); a sieve of first letters alone let through half the short words
** (`the`, `this`, `is`). */
#define PRONOUN_END(l) (1u << ((l) & 31))
static const uint32_t pronoun_ends[3][32] = {
    {['h' & 31] = PRONOUN_END('e'), ['i' & 31] = PRONOUN_END('t')},                      /* he, it */
    {['s' & 31] = PRONOUN_END('e'), ['h' & 31] = PRONOUN_END('m') | PRONOUN_END('r')}, /* she, him, her */
    {['t' & 31] = PRONOUN_END('m')},                                                   /* them */
};
static inline int pronoun_word(const char *w, size_t n) {
  const unsigned char *u = (const unsigned char *)w;
  if (n - 2 > 2u || !(pronoun_ends[n - 2][u[0] & 31] >> (u[n - 1] & 31) & 1)) return 0;
  uint32_t x = NW_W2(u[0], u[1]) | 0x2020;
  if (n == 2) return x == NW_W2('h', 'e') || x == NW_W2('i', 't');
  x |= (uint32_t)(u[2] | 0x20) << 16;
  if (n == 3) return x == NW_W3('s', 'h', 'e') || x == NW_W3('h', 'i', 'm') || x == NW_W3('h', 'e', 'r');
  return x == NW_W3('t', 'h', 'e') && (u[3] | 0x20) == 'm';
}

/* The tokens collect_participants looks at. */
enum { PARTY_MARK, PARTY_COMMA, PARTY_PLURAL, PARTY_PRONOUN };

/* The first token from k on (before b) collect_participants must look at,
** and which it is (*kind): a quotation mark, a comma, a plural in -s after
** a word of 3 or 4 bytes, or a pronoun (pronoun_word).  Most tokens are
** none: a loop of its own keeps what it reads in registers.  (scan_stops
** asks the same.) */
static inline size_t next_party_token(const nw_tok *tok, const char *text, size_t k, size_t b, int *kind) {
  for (; k < b; k++) {
    if (tok[k].type != NW_TOK_WORD) {
      /* (the tokenizer marks punctuation only as a quotation mark) */
      if (tok[k].flags & NW_TF_QUOTE) return *kind = PARTY_MARK, k;
      if (tok[k].cp == ',' && tok[k].type == NW_TOK_PUNCT) return *kind = PARTY_COMMA, k;
      continue;
    }
    size_t n = tok[k].end - tok[k].start;
    const char *w = text + tok[k].start;
    if (n > 4) {
      /* (after `the`, `both` or `two`: a word of 3 or 4 bytes before it) */
      if (w[n - 1] == 's' && k > 0 && tok[k - 1].end - tok[k - 1].start - 3 < 2u) return *kind = PARTY_PLURAL, k;
      continue;
    }
    /* no plural of add_plural_parties() is this short */
    if (pronoun_word(w, n)) return *kind = PARTY_PRONOUN, k;
  }
  return b;
}

/* The one a pronoun at k stands for, when the rules below can tell: he,
** she, him, her, them, it (the only words they take). */
static int32_t pronoun_actor(const sentence_ctx *c, size_t k) {
  int32_t who = -1;
  if (c->quote_of[k] < 0) {
    who = subject_pronoun(c, k);
    if (who < 0) who = object_pronoun(c, k);
  } else {
    who = speaker_pronoun(c, k);
  }
  /* `it` also in reported speech (`adding that it supports Russia`) */
  if (who < 0 && (c->quote_of[k] < 0 || c->q->q[c->quote_of[k]].kind == NW_QUOTE_INDIRECT)) who = it_pronoun(c, k);
  return who;
}

/* What collect_participants does at token k, of the kind next_party_token
** found it to be. */
static inline __attribute__((always_inline)) void party_token(sentence_ctx *c, size_t k, int kind) {
  if (kind == PARTY_MARK) {
    if (!c->first_mark) c->first_mark = (uint32_t)k + 1;
  } else if (kind == PARTY_COMMA) {
    if (c->ncomma < MAX_COMMAS) c->comma[c->ncomma] = (uint32_t)k;
    c->ncomma++;
  } else if (kind == PARTY_PLURAL) {
    int want = c->d->tok_men[k] < 0 ? plural_party_kind(c->d, k) : -1;
    if (want >= 0) add_plural_parties(c, k, want);
  } else {
    int32_t who = pronoun_actor(c, k);
    if (who >= 0) add_participant(c, (uint32_t)k, (uint32_t)k + 1, who, 0);
  }
}

/* Do the participants name two actors?  (Then the sentence can give a row
** whatever its pronouns are: two_actors will say yes.) */
static int two_named(const sentence_ctx *c) {
  for (size_t j = 1; j < c->npart; j++)
    if (c->part[j].actor != c->part[0].actor) return 1;
  return 0;
}

static int scan_stops(sentence_ctx *c);

static void collect_participants(sentence_ctx *c, size_t *next_mention) {
  const nw_doc *d = c->d;
  size_t m = *next_mention;
  while (m < d->nmen && d->men[m].tok < c->a) m++;
  for (; m < d->nmen && d->men[m].tok < c->b; m++) {
    const nw_mention *mn = &d->men[m];
    if (mn->how == NW_MEN_PLACE) continue;
    add_participant(c, mn->tok, mn->tok + mn->ntok, (int32_t)mn->actor, 0);
  }
  *next_mention = m;
  /* pronouns and plurals (`leaders`), and quotation marks and commas for
  ** unopened_quote and parenthetical_speech: in a sentence that names two
  ** actors (which find_cues will read) found in the pass that finds
  ** find_cues' words too, else in a pass of their own */
  if (two_named(c) && scan_stops(c)) {
    for (size_t j = 0; j < c->nparty; j++) party_token(c, c->party_tok[j], c->party_kind[j]);
    return;
  }
  const nw_tok *tok = d->t.tok; /* (read once: the calls below might change them, for all the compiler knows) */
  const char *text = d->t.s;
  int kind = 0;
  for (size_t k = next_party_token(tok, text, c->a, c->b, &kind); k < c->b;
       k = next_party_token(tok, text, k + 1, c->b, &kind))
    party_token(c, k, kind);
}

/* Is one of the two a country and the other of it (Putin and Russia)? */
static int same_side(const nw_doc *d, int32_t a, int32_t b) {
  const nw_doc_actor *x = &d->actor[a], *y = &d->actor[b];
  if (x->kind != NW_KIND_COUNTRY && y->kind != NW_KIND_COUNTRY) return 0; /* (cheaper first) */
  return x->country[0] && x->country[0] == y->country[0] && strcmp(x->country, y->country) == 0;
}

/* Build with -DNW_STANCE_DEBUG to trace cues and pairs on stderr. */
#ifdef NW_STANCE_DEBUG
static int debug_on(void) { return 1; }
#else
static int debug_on(void) { return 0; }
#endif

/* Does the sentence tie a and b as a person and the body the person stands
** for (`UCP MLA Jason Nixon`, affiliation_of)?  They share stances; none
** between them. */
static int affiliation_of(const sentence_ctx *c, size_t j, size_t k);
static int affiliated(const sentence_ctx *c, int32_t a, int32_t b) {
  for (size_t k = 1; k < c->npart; k++) {
    int32_t x = c->part[k - 1].actor, y = c->part[k].actor;
    if (((x == a && y == b) || (x == b && y == a)) && affiliation_of(c, k - 1, k)) return 1;
  }
  return 0;
}

static void add_pair(sentence_ctx *c, int32_t source, int32_t target, float score) {
  if (debug_on() && source >= 0 && target >= 0)
    fprintf(stderr, "    pair %s -> %s %.2f%s\n", c->d->actor[source].name, c->d->actor[target].name, score,
            source == target || same_side(c->d, source, target) ? " (same side, dropped)" : "");
  if (source >= 0 && target >= 0) c->attached++;
  if (source < 0 || target < 0 || source == target || score == 0 || same_side(c->d, source, target) ||
      affiliated(c, source, target))
    return;
  for (size_t i = 0; i < c->npairs; i++)
    if (c->pairs[i].source == source && c->pairs[i].target == target) {
      c->pairs[i].sum += score;
      c->pairs[i].count++;
      return;
    }
  if (c->npairs < MAX_PARTICIPANTS) c->pairs[c->npairs++] = (pair_sum){source, target, score, 1};
}

static void side_add(side *sd, int32_t actor) {
  for (int i = 0; i < sd->n; i++)
    if (sd->actor[i] == actor) return;
  if (sd->n < MAX_SIDE && actor >= 0) sd->actor[sd->n++] = actor;
}

static void side_merge(side *to, const side *from) {
  for (int j = 0; j < from->n; j++) side_add(to, from->actor[j]);
}

static void add_sides(sentence_ctx *c, const side *src, const side *tgt, float score) {
  for (int i = 0; i < src->n; i++)
    for (int j = 0; j < tgt->n; j++) add_pair(c, src->actor[i], tgt->actor[j], score);
}

/* ------------------------------------------------------------ who and whom */

/* The last participant ending at or before token i (-1: none). */
static long before(const sentence_ctx *c, size_t i) {
  for (size_t k = c->npart; k-- > 0;)
    if (c->part[k].end <= i) return (long)k;
  return -1;
}

/* The first participant (not a plural stand-in) starting at or after token
** i, reached through words only (no verb, no punctuation but a hyphen),
** within `window` tokens. */
/* Words that end the object's phrase: what comes after them is no object
** of the verb before them (`of`, `in`, `with` go on: `suspended its
** participation in the treaty with Washington`). */
NW_WORDS(phrase_breaks, "as", "to", "by", "after", "before", "during", "than", "like", "and",
                                           "or", "but", "because", "while", "when", "if", "since", "until");
/* phrase_breaks and clause_starts in one set (one look-up for both) */
NW_WORDS(breaks_or_clause_starts, "as", "to", "by", "after", "before", "during", "than", "like", "and", "or", "but",
         "because", "while", "when", "if", "since", "until", "who", "which", "that", "whom", "whose");

static long object_at(const sentence_ctx *c, size_t i, size_t window) {
  const nw_doc *d = c->d;
  for (size_t k = 0; k < c->npart; k++) {
    if (c->part[k].tok < i || c->plural[k]) continue;
    if (c->part[k].tok >= i + window) return -1;
    for (size_t t = i; t < c->part[k].tok; t++) {
      if (d->tok_info[t] & (NW_TI_HONORIFIC | NW_TI_TITLE)) continue; /* `Mr.`, `Sen.` */
      if (d->t.tok[t].flags & NW_TF_QUOTE) continue;                   /* `opposition “to NATO”` */
      if ((!is_word(d, t) && !is_punct(d, t, '-')) || (d->tok_info[t] & NW_TI_VERB)) return -1;
      /* `defended the plan as key to ... Chile`, `ignored critics who derided Cole` */
      if (word_in(d, t, t > i ? &breaks_or_clause_starts : &phrase_breaks)) return -1;
    }
    return (long)k;
  }
  return -1;
}

static int is_person(const sentence_ctx *c, long k) {
  return k >= 0 && c->d->actor[c->part[k].actor].kind == NW_KIND_PERSON;
}

/* Where participant k's phrase starts: before its titles and roles
** (`Rep. Ann Cole`, `singer Mina Okafor`). */
static uint32_t find_phrase_start(const sentence_ctx *c, size_t k) {
  /* what a role may be before it (`former president`, `presidential candidate`) */
  NW_WORDS(office, "former", "late", "then", "incoming", "outgoing", "presidential", "vice", "gubernatorial",
           "mayoral", "senatorial", "congressional", "parliamentary", "deputy", "assistant", "acting", "interim");
  const nw_doc *d = c->d;
  uint32_t s = c->part[k].tok;
  while (s > c->a && d->tok_men[s - 1] < 0 &&
         ((d->tok_info[s - 1] & (NW_TI_HONORIFIC | NW_TI_TITLE | NW_TI_ROLE | NW_TI_INSIDE)) ||
          (s < c->part[k].tok && (d->tok_info[s] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_HONORIFIC)) &&
           word_in(d, s - 1, &office))))
    s--;
  return s;
}

/* find_phrase_start(), once per participant (see part_memo). */
static uint32_t phrase_start(const sentence_ctx *c, size_t k) {
  if (k >= c->npart) return find_phrase_start(c, k);
  uint32_t *m = &c->parts->p[k].start;
  if (!*m) *m = find_phrase_start(c, k) + 1;
  return *m - 1;
}

/* A yes or no answer about participant k, once (see part_memo). */
static int memo_answer(const sentence_ctx *c, size_t k, int answer, int (*find)(const sentence_ctx *, size_t)) {
  if (k >= c->npart) return find(c, k);
  uint8_t *memo = &c->parts->p[k].answer[answer];
  if (!*memo) *memo = find(c, k) ? 2 : 1;
  return *memo == 2;
}

/* `Justice Ana Ruiz of the Supreme Court`, `coach Ben Cole of Vela FC`:
** the person at participant k speaks for the body named right after `of`. */
static int member_of_body(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  if (!is_person(c, (long)k) || k + 1 >= c->npart || c->plural[k + 1] || is_person(c, (long)k + 1)) return 0;
  size_t t = c->part[k].end;
  if (!word_is(d, t, "of")) return 0;
  if (word_is(d, t + 1, "the")) t++;
  return c->part[k + 1].tok == t + 1;
}

/* Participant j names the body, party or country the person k stands for,
** right before the person's titles and roles or as its possessor
** (`Republican Senator Ann Cole`, `Vela TV host Dana Kirk`, `Labour's Jo
** Reid`), or the person who owns or leads the body k (`Dana Kirk's Vela
** Corp`): the one speaks and acts for the other, so they share stances.
** Not a person's person (`Ana Silva's rival Marco Bellini`). */
static int affiliation_of(const sentence_ctx *c, size_t j, size_t k) {
  if (j >= k || k >= c->npart || c->plural[j] || c->plural[k] || (is_person(c, (long)j) && is_person(c, (long)k)))
    return 0; /* (k may be one past the last participant) */
  const nw_doc *d = c->d;
  uint32_t e = c->part[j].end;
  if (e + 1 == c->part[k].tok && (d->t.tok[e].flags & NW_TF_POSS)) return 1;
  if (k == j + 1 && member_of_body(c, j)) return 1;
  if (!is_person(c, (long)k) || is_person(c, (long)j)) return 0;
  uint32_t s = phrase_start(c, k);
  if (e == s) { /* titles and roles between, not a verb (`Vela accused Kim Abed`) */
    for (uint32_t t = s; t < c->part[k].tok; t++)
      if ((d->tok_info[t] & NW_TI_VERB) || ((d->t.tok[t].flags & NW_TF_LOWER) && past_tense(d, t))) return 0;
    return s < c->part[k].tok;
  }
  return 0;
}

/* Adds participant k's actor and its affiliation, or the person k is the
** affiliation of. */
static void side_add_person(const sentence_ctx *c, size_t k, side *sd) {
  side_add(sd, c->part[k].actor);
  if (k > 0 && affiliation_of(c, k - 1, k)) side_add(sd, c->part[k - 1].actor);
  if (affiliation_of(c, k, k + 1)) side_add(sd, c->part[k + 1].actor);
}

/* `a report from the Senate`, `a statement by Vela Corp`: `from` or `by`
** at token p after a document, whose source speaks through it (`A report
** from the Senate criticized Peru`), so it may be a clause's subject. */
static int document_source(const sentence_ctx *c, size_t p) {
  NW_WORDS(documents, "report", "reports", "statement", "statements", "letter", "letters", "ruling",
           "memo", "audit", "review", "study", "editorial", "filing", "opinion");
  return p > c->a && word_in(c->d, p, &agent_preps) && word_in(c->d, p - 1, &documents);
}

/* Participant k is the object of a preposition (`in the face of the
** United States unites`), so no subject; `According to` and the like
** open a sentence and do not count. */
static int find_after_preposition(const sentence_ctx *c, size_t k) {
  NW_WORDS(preps, "in", "at", "on", "of", "with", "against", "between", "among", "toward",
                                      "towards", "about", "over", "from", "into", "for", "by", "under", "after",
                                      "before", "during", "despite", "amid", "within");
  const nw_doc *d = c->d;
  size_t t = phrase_start(c, k);
  while (t > c->a && word_in(d, t - 1, &determiners)) t--;
  if (t > c->a && word_is(d, t - 1, "of")) {
    /* `the countries of the West`: the head noun's phrase decides */
    t--;
    for (int n = 0; t > c->a && n < 3 && is_word(d, t - 1) && (d->t.tok[t - 1].flags & NW_TF_LOWER) &&
                    !word_in(d, t - 1, &preps);
         n++)
      t--;
    while (t > c->a && word_in(d, t - 1, &determiners)) t--;
  }
  return t > c->a && word_in(d, t - 1, &preps) && !document_source(c, t - 1);
}

static int after_preposition(const sentence_ctx *c, size_t k) {
  return memo_answer(c, k, ANSWER_AFTER_PREPOSITION, find_after_preposition);
}

/* `Sen. Ann Cole (D-Ore.) and ...`: the token after a parenthesis that
** opens at e and closes before s, within eight tokens; else e. */
static uint32_t past_parenthesis(const nw_doc *d, uint32_t e, uint32_t s) {
  if (!is_punct(d, e, '(')) return e;
  for (uint32_t t = e + 1; t < s && t < e + 8; t++)
    if (is_punct(d, t, ')')) return t + 1;
  return e;
}

/* A lowercase verb form at token v: a verb of the stance lexicon, a past
** tense in -ed or an -ing word. */
static int verb_form_at(const nw_doc *d, size_t v) {
  if (!is_word(d, v) || !(d->t.tok[v].flags & NW_TF_LOWER) || d->tok_men[v] >= 0 || word_in(d, v, &be_forms)) return 0;
  int val, len = nw_phrases_match(&nw_lex()->cues, &d->t, v, 1, &val);
  return (len == 1 && nw_lex()->cue[val].pos == NW_POS_VERB) || past_tense(d, v) || nw_doc_ing_word(d, v, 5);
}

/* Participant k (a name) is the object of the verb form right before its
** phrase, past an article (`sued Acme Corp`, `praised the Senate`); that
** verb's token, or -1. */
static long verb_before(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  if (d->tok_men[c->part[k].tok] < 0) return -1;
  size_t v = phrase_start(c, k);
  if (v > c->a && word_in(d, v - 1, &articles)) v--;
  if (v <= c->a + 1) return -1;
  return verb_form_at(d, v - 1) ? (long)v - 1 : -1;
}

/* `X and Y`, `X, Y and Z`: participants k and k+1 stand together.  After
** `and`/`or` the second may open with `the` and up to two capitalized words
** that name no actor (`Moreau and the Senate`, `Moreau and Senate Liberal
** leaders`). */
static size_t after_opening_phrase(const sentence_ctx *c, size_t i);

static int find_coordinated(const sentence_ctx *c, size_t k) {
  if (k + 1 >= c->npart) return 0;
  const nw_doc *d = c->d;
  uint32_t e = c->part[k].end, s = phrase_start(c, k + 1);
  if (s < e) return 1; /* two actors for one phrase (`the leaders`) */
  e = past_parenthesis(d, e, s);
  /* not the comma that closes an opening clause (`Before Chile attacked
  ** Bolivia, Peru ...`) */
  if (s == e + 1 && is_punct(d, e, ',')) return after_opening_phrase(c, s) != s;
  size_t t = e;
  if (is_punct(d, t, ',') && word_in(d, t + 1, &and_word)) t += 2;
  else if (word_in(d, t, &and_or)) t++;
  else return 0;
  if (t < s && word_is(d, t, "the")) t++;
  for (int n = 0; t < s && n < 2 && is_word(d, t) && (d->t.tok[t].flags & NW_TF_CAP) && d->tok_men[t] < 0 &&
                  !(d->tok_info[t] & NW_TI_VERB);
       n++)
    t++;
  if (t != s) return 0;
  /* `sued Acme and Vela praised Nordbank`: a verb's object, then the
  ** subject of a clause of its own */
  size_t after = c->part[k + 1].end;
  while (after < c->b && is_filler(d, after) && !word_in(d, after, &clause_starts)) after++;
  return !(after < c->b && verb_form_at(d, after) && !nw_doc_ing_word(d, after, 5) && verb_before(c, k) >= 0);
}

static int coordinated(const sentence_ctx *c, size_t k) {
  return memo_answer(c, k, ANSWER_COORDINATED, find_coordinated);
}

/* Only plain words between participants k-1 and k: no verb, no -ing
** word and no preposition but `of` (`praised Ann Cole for endorsing Ben
** Ruiz`: Ben Ruiz is no part of Ann Cole's phrase). */
static int joined_by_words(const sentence_ctx *c, size_t k) {
  NW_WORDS(preps, "for", "with", "against", "from", "on", "at", "in", "over", "about", "into");
  const nw_doc *d = c->d;
  if (c->part[k].tok - c->part[k - 1].end >= 6) return 0; /* (at most five words between) */
  for (size_t t = c->part[k - 1].end; t < c->part[k].tok; t++)
    if (!is_word(d, t) || (d->tok_info[t] & NW_TI_VERB) || word_in(d, t, &preps) || word_in(d, t, &phrase_breaks) ||
        word_in(d, t, &be_forms) || ((d->t.tok[t].flags & NW_TF_LOWER) && nw_doc_ing_word(d, t, 5)))
      return 0; /* not past `was`: `praised Ana Ruiz was Paul Varga` names two */
  return 1;
}

/* The noun phrase that starts at participant k: the person it ends with
** (`former police chief Ann Cole`, `Vela owner Dana Kirk`), else itself, and
** whoever is coordinated with it. */
static side phrase_from(const sentence_ctx *c, long k) {
  side sd = {{0}, 0};
  if (k < 0) return sd;
  long head = k;
  for (size_t j = (size_t)k + 1; j < c->npart && !c->plural[j] && joined_by_words(c, j) && !coordinated(c, j - 1); j++)
    if (is_person(c, (long)j)) head = (long)j;
  side_add(&sd, c->part[head].actor);
  if (member_of_body(c, (size_t)head)) side_add(&sd, c->part[head + 1].actor);
  for (size_t j = (size_t)head; coordinated(c, j) && !c->plural[j + 1]; j++) side_add(&sd, c->part[j + 1].actor);
  return sd;
}

/* The noun phrase that ends with participant k (`Russia and China's`):
** it and whoever is coordinated before it; never the participants after
** it, which stand past the word that follows (`Mesereaus attack on
** Constand`: not Constand). */
static side phrase_ending_at(const sentence_ctx *c, long k) {
  side sd = {{0}, 0};
  if (k < 0) return sd;
  side_add(&sd, c->part[k].actor);
  for (long j = k - 1; j >= 0 && coordinated(c, (size_t)j) && !c->plural[j]; j--) side_add(&sd, c->part[j].actor);
  return sd;
}

NW_WORDS(phrase_openers, "in", "at", "on", "during", "after", "before", "since", "when", "while", "as", "despite",
         "amid", "for", "with", "from", "although", "though");

/* The first comma within 25 tokens of a sentence that opens with one of
** phrase_openers, + 1 (0: none). */
static uint32_t opener_comma_of(const nw_doc *d, size_t a) {
  if (word_in(d, a, &phrase_openers))
    for (size_t k = a + 1; k < a + 25; k++)
      if (is_punct(d, k, ',')) return (uint32_t)k + 1;
  return 0;
}

/* Where the clause after an opening phrase set off by a comma starts (`In
** Lagos, President Okafor ...`), looked for before token i; else the
** sentence's start. */
static size_t after_opening_phrase(const sentence_ctx *c, size_t i) {
  return c->opener_comma && c->opener_comma - 1 < i ? c->opener_comma : c->a;
}

/* The sentence's subject: its first participant, after an opening phrase,
** if it stands before token i. */
static long main_subject(const sentence_ctx *c, size_t i) {
  size_t from = after_opening_phrase(c, i);
  for (size_t k = 0; k < c->npart; k++)
    if (c->part[k].tok >= from && !c->plural[k])
      return c->part[k].end <= i && !after_preposition(c, k) ? (long)k : -1;
  return -1;
}

/* A preposition between tokens a and b: what stands before it is its
** object, not a subject (`talked about Syria during his visit`). */
static int preposition_between(const sentence_ctx *c, size_t a, size_t b) {
  NW_WORDS(preps, "about", "during", "of", "in", "on", "at", "for", "with", "from",
                                      "after", "before", "over", "under", "against", "between", "among",
                                      "into", "through", "since", "despite", "amid");
  for (size_t t = a; t < b; t++)
    if (word_in(c->d, t, &preps)) return 1;
  return 0;
}

/* Token i is in the phrase of the -ing word at g, at most five words on,
** with only lowercase words between that name no one and open no clause
** (`waging a smear campaign against`, not `lying, and Peru ...`). */
static int within_gerund_phrase(const sentence_ctx *c, size_t g, size_t i) {
  const nw_doc *d = c->d;
  if (i > g + 5) return 0;
  for (size_t t = g + 1; t < i; t++)
    if (!is_word(d, t) || !(d->t.tok[t].flags & NW_TF_LOWER) || d->tok_men[t] >= 0 ||
        word_in(d, t, &clause_starts) || word_in(d, t, &and_or))
      return 0;
  return 1;
}

/* `accused Belarus of attacking`, `blamed X for failing`: the one before
** `of`/`for` does what the -ing word at i says, and what a second -ing word
** joined to the first says (`accused Chile of insulting and threatening Peru`),
** and a cue in the -ing word's own phrase (`accused Chile of waging a
** campaign against Peru`, `praised Ruiz for standing by Cole`). */
static int gerund_of(const sentence_ctx *c, size_t a, size_t i) {
  const nw_doc *d = c->d;
  if (i <= a || !word_in(d, a, &of_for) || !nw_doc_ing_word(d, a + 1, 5)) return 0;
  if (i == a + 1) return 1;
  if (i == a + 3 && nw_doc_ing_word(d, i, 5) && word_in(d, a + 2, &and_or)) return 1;
  return within_gerund_phrase(c, a + 1, i);
}

NW_WORDS(among, "among", "amongst");
NW_WORDS(ing_openers, "after", "before", "while", "since", "when", "by", "despite", "upon", "in");

/* The -ing word that opens the sentence at or after token s, past an
** opener (`After meeting`), or (size_t)-1; not a name (`Beijing`). */
static size_t opening_ing_at(const nw_doc *d, size_t s) {
  if (word_in(d, s, &ing_openers)) s++;
  return nw_doc_ing_word(d, s, 5) && d->tok_men[s] < 0 ? s : (size_t)-1;
}

/* `Taking a stand against Acme, the fair will ban ...`, `Arguing
** that Cole is guilty, Ruiz said ...`: a sentence that opens with a
** participle clause leaves out its subject, which is the main clause's,
** named right after the comma that closes the clause (past appositions
** such as `Peru, its neighbour,`) and followed by its verb (not a list:
** `Criticizing Peru, Chile and Bolivia, ...`).  That subject, when the
** word at i stands before it, or -1. */
static long find_opening_clause_subject(const sentence_ctx *c, size_t i) {
  const nw_doc *d = c->d;
  size_t s = c->opening_ing - 1;
  for (size_t j = 0; j < c->npart; j++) {
    if (c->plural[j] || c->part[j].tok <= s) continue;
    size_t st = phrase_start(c, j), e = c->part[j].end;
    while (st > c->a && word_in(d, st - 1, &determiners)) st--;
    if (st <= c->a || !is_punct(d, st - 1, ',') || e >= c->b) continue;
    if (!is_word(d, e) || !(d->t.tok[e].flags & NW_TF_LOWER) || word_in(d, e, &and_or)) continue;
    if (c->part[j].tok <= i) return -1;
    for (size_t t = s + 1; t < i; t++) /* `Insisting that Chile had lied, Peru ...`: lied is Chile's */
      if (word_in(d, t, &clause_starts) || word_is(d, t, "whether")) return -1;
    return (long)j;
  }
  return -1;
}
/* (the opening -ing word found once, by sentence_facts; most sentences
** open with none, and ask no further: no call) */
static inline long opening_clause_subject(const sentence_ctx *c, size_t i) {
  return !c->opening_ing || c->opening_ing - 1 > i ? -1 : find_opening_clause_subject(c, i);
}

/* `Peru rejects the plan since it fails to curb Chile`: a clause
** between tokens a and b whose subject is an `it` or `they` no one was
** found for; what follows is that subject's, not the sentence's. */
static int pronoun_clause_between(const sentence_ctx *c, size_t a, size_t b) {
  NW_WORDS(subs, "because", "since", "as", "although", "though", "if", "unless", "while", "when", "so");
  const nw_doc *d = c->d;
  const nw_tok *tok = d->t.tok;
  for (size_t t = a + 1; t < b; t++) {
    /* `it` or `they` (their lengths first: most words have neither) */
    size_t n = tok[t].end - tok[t].start;
    if ((n != 2 && n != 4) || !(word_is(d, t, "it") || word_is(d, t, "they")) ||
        !word_in(d, t - 1, &subs))
      continue;
    int found = 0;
    for (size_t j = 0; j < c->npart && !found; j++) found = c->part[j].tok == t;
    if (!found) return 1;
  }
  return 0;
}

/* `whether`, or `that` after a lowercase word (`reported that`, not
** `Assad that month`), opening a clause between tokens a and b. */
static int clause_between(const sentence_ctx *c, size_t a, size_t b) {
  const nw_doc *d = c->d;
  const nw_tok *tok = d->t.tok;
  for (size_t t = a; t < b; t++) {
    size_t n = tok[t].end - tok[t].start; /* (b is within the sentence) */
    if (n != 7 && n != 4) continue;
    if (word_is(d, t, "whether")) return 1;
    if (t > a && word_is(d, t, "that") && is_word(d, t - 1) && (d->t.tok[t - 1].flags & NW_TF_LOWER)) return 1;
  }
  return 0;
}

/* `after Chile criticized Peru`: `after`, `before`, `since` or
** `until` before participant k open a clause whose verb stands right after
** it (at token `verb`, past auxiliaries and adverbs), so k is its
** subject, no object of a preposition.  A name only: a pronoun there
** (`after she accused him`) is left to the clause before, as it was. */
static int opens_clause(const sentence_ctx *c, size_t k, size_t verb) {
  NW_WORDS(conjunctions, "after", "before", "since", "until");
  const nw_doc *d = c->d;
  if (c->part[k].end != verb || d->tok_men[c->part[k].tok] < 0) return 0;
  size_t t = phrase_start(c, k);
  while (t > c->a && word_in(d, t - 1, &determiners)) t--;
  return t > c->a && word_in(d, t - 1, &conjunctions);
}

/* `Peru's decision to sanction Chile`, `the U.S. move to recognize Kosovo`:
** the verb at i after a noun of intent and `to` is done by the one that
** owns the noun, its possessor or the name right before it (past up to
** two adjectives: `Peru's sudden decision`); that participant, or -1. */
static long intent_owner(const sentence_ctx *c, size_t i) {
  NW_WORDS(intents, "decision", "decisions", "plan", "plans", "move", "moves", "bid", "effort", "efforts",
           "attempt", "attempts", "push", "pledge", "promise", "vow", "threat", "threats", "offer", "refusal",
           "readiness", "willingness", "determination", "order", "call");
  const nw_doc *d = c->d;
  if (i < c->a + 3 || !word_is(d, i - 1, "to") || !word_in(d, i - 2, &intents)) return -1;
  size_t k = i - 2;
  while (k > c->a && i - 2 - k < 2 && is_word(d, k - 1) && (d->t.tok[k - 1].flags & NW_TF_LOWER) &&
         d->tok_men[k - 1] < 0 && !word_in(d, k - 1, &determiners))
    k--;
  long b = before(c, k);
  if (b < 0 || c->plural[b]) return -1;
  size_t e = c->part[b].end;
  return e == k || (e + 1 == k && (d->t.tok[e].flags & NW_TF_POSS)) ? b : -1;
}

/* `Peru, joined by Bolivia, criticized Chile`, `Acme, along with Vela,
** sued Cole`: an apposition between tokens q and p that names who acts
** with the subject; that participant, or -1. */
static long companion_in(const sentence_ctx *c, size_t q, size_t p) {
  NW_WORDS(joined, "joined", "along", "together");
  NW_WORDS(by_with, "by", "with");
  const nw_doc *d = c->d;
  if (!word_in(d, q, &joined) || !word_in(d, q + 1, &by_with)) return -1;
  long k = object_at(c, q + 2, 4);
  return k >= 0 && c->part[k].end <= p ? k : -1;
}

/* `Britain joined France in condemning Iran`: the one joined in the act
** of the -ing word at i does it too; that participant, or -1. */
static long joined_in(const sentence_ctx *c, size_t i) {
  NW_WORDS(joining, "join", "joins", "joined", "joining");
  const nw_doc *d = c->d;
  if (i < c->a + 3 || !nw_doc_ing_word(d, i, 5) || !word_is(d, i - 1, "in")) return -1;
  long b = before(c, i), first = b;
  if (b < 0 || c->part[b].end + 1 != i || c->plural[b]) return -1;
  while (first > 0 && coordinated(c, (size_t)first - 1)) first--; /* `joined France and Germany in` */
  size_t s = phrase_start(c, (size_t)first);
  while (s > c->a && word_in(d, s - 1, &articles)) s--;
  return s > c->a && word_in(d, s - 1, &joining) ? b : -1;
}

/* `Among those who criticized Chile was Peru`, `Among the groups that
** backed the bill were Vela and Acme`: in a sentence that opens with
** `among`, a verb at i in a relative clause with no subject of its own
** has the one named after the `was`/`were` that follows it; that
** participant, or -1. */
static long subject_after_among(const sentence_ctx *c, size_t i) {
  const nw_doc *d = c->d;
  /* (the opening `among` found once, by sentence_facts) */
  if (!c->among_at || c->among_at - 1 >= i) return -1;
  size_t s = c->among_at - 1;
  size_t r = i;
  while (r > s && !word_in(d, r - 1, &clause_starts)) r--;
  if (r <= s + 1 || before(c, i) >= 0) return -1; /* `Among the groups that Peru criticized`: Peru's */
  for (size_t t = i + 1; t < c->b && t < i + 15; t++) {
    if (is_punct(d, t, ',') || is_punct(d, t, ';')) return -1;
    if (word_in(d, t, &be_forms)) return object_at(c, t + 1, 6);
  }
  return -1;
}

/* `thanked Cole and attacked Ruiz`, `refusing to back Cole but endorsing
** Ruiz`: with and/but (no comma) right before token k, the participant
** before it that is the object of a verb; that verb's token, or -1. */
static long shared_verb(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  if (k < c->a + 3 || !word_in(d, k - 1, &and_but) || is_punct(d, k - 2, ',')) return -1;
  long obj = before(c, k - 1);
  if (obj < 0 || c->part[obj].end != k - 1 || c->plural[obj]) return -1;
  return verb_before(c, (size_t)obj);
}

/* The subject of the word at i: the participant right before it, past
** fillers (`has also`), an apposition set off by commas (`X, president of
** the Chamber, applauded`) and a relative pronoun, with those coordinated
** before it (`Russia and China oppose`).  After `, and` or `, but`, and for
** a participle after a comma (`, accusing it of`), the sentence's first
** participant. */
static side subject_of(const sentence_ctx *c, size_t i);
static side find_subject(const sentence_ctx *c, size_t i) {
  const nw_doc *d = c->d;
  side sd = {{0}, 0};
  size_t k = i;
  const char *w = nw_tok_text(&d->t, i);
  size_t wn = nw_tok_len(&d->t, i);
  int participle = wn > 4 && w[wn - 3] == 'i' && w[wn - 2] == 'n' && w[wn - 1] == 'g';
  long companion = -1; /* `Peru, joined by Bolivia, criticized`: Bolivia */
  long opening = opening_clause_subject(c, i);
  if (opening >= 0) {
    side_add_person(c, (size_t)opening, &sd);
    return sd;
  }
  long inverted = subject_after_among(c, i);
  if (inverted >= 0) return phrase_from(c, inverted);
  long owner = intent_owner(c, i);
  if (owner >= 0) return phrase_ending_at(c, owner);
  long partner = joined_in(c, i);
  if (partner >= 0) {
    long m = main_subject(c, i);
    if (m >= 0 && m != partner) side_add_person(c, (size_t)m, &sd);
    side with = phrase_ending_at(c, partner);
    side_merge(&sd, &with);
    return sd;
  }
  if (i > c->a && is_punct(d, i - 1, ',') && participle) {
    long m = main_subject(c, i);
    if (m >= 0) side_add(&sd, c->part[m].actor);
    return sd;
  }
  while (k > c->a) {
    size_t p = k - 1;
    if (is_filler(d, p)) {
      k = p;
      continue;
    }
    if (p > c->a && is_punct(d, p - 1, ',') && word_in(d, p, &and_but)) {
      long m = main_subject(c, i); /* `Putin said ..., and accused Washington` */
      if (m >= 0) side_add(&sd, c->part[m].actor);
      return sd;
    }
    if (is_punct(d, p, ',')) { /* an apposition */
      size_t q = p;
      while (q > c->a && !is_punct(d, q - 1, ',') && p - q < 20) q--;
      if (q > c->a + 1) {
        if (companion < 0) companion = companion_in(c, q, p);
        k = q - 1;
        continue;
      }
    }
    break;
  }
  /* `criticized Cole and praised Ruiz`: a verb joined by and/but to one
  ** whose object ends right before it has that verb's subject, not its
  ** object */
  long shared = shared_verb(c, k);
  if (shared >= 0) return subject_of(c, (size_t)shared);
  /* `they did not distance themselves`: a pronoun no one was found for is
  ** the subject, not the actor named before it */
  long named = before(c, k);
  if (k > c->a && word_in(d, k - 1, &subject_pronouns) && !(named >= 0 && c->part[named].end == k)) return sd;
  /* `Mrs. Moreau's advisers accused`: the possessor of the subject */
  size_t n = k;
  while (n > c->a && k - n < 3 && is_word(d, n - 1) && (d->t.tok[n - 1].flags & NW_TF_LOWER) &&
         !(d->t.tok[n - 1].flags & NW_TF_POSS))
    n--;
  int possessed = n < k && n > c->a && (d->t.tok[n - 1].flags & NW_TF_POSS);
  /* `Rubio supporters cheered`, `Okafor's critics said`: people who stand
  ** toward the one named are the subject, not that one (those on its side
  ** named with `'s` act for it: `Okafor's allies attacked`; `Cole and other
  ** critics` are Cole among them) */
  for (size_t t = n; t < k; t++)
    if (word_in(d, t, &people) && (!possessed || word_in(d, t, &against_people)) &&
        !(t > c->a && word_is(d, t - 1, "other")))
      return sd;
  if (possessed) k = n - 1;
  long last = before(c, k);
  if (last >= 0 && c->part[last].end + 6 >= k && !clause_between(c, c->part[last].end, k) &&
      (!preposition_between(c, c->part[last].end, k) || gerund_of(c, c->part[last].end, i)) &&
      (!after_preposition(c, (size_t)last) || opens_clause(c, (size_t)last, k))) {
    side_add_person(c, (size_t)last, &sd);
    side with = phrase_from(c, companion);
    side_merge(&sd, &with);
    /* not back over the comma that closes an opening clause (`After meeting Serbia, Croatia`) */
    if (opening_clause_subject(c, c->part[last].tok - 1) == last) return sd;
    /* nor back into an opening phrase (`In a letter to the UN, Russia`) */
    size_t from = after_opening_phrase(c, i);
    for (long j = last - 1; j >= 0 && c->part[j].tok >= from && coordinated(c, (size_t)j); j--)
      side_add(&sd, c->part[j].actor);
    return sd;
  }
  /* farther back: the sentence's subject, when it comes first and no
  ** clause of its own stands between (`Vela reported that the police were
  ** trying to punish Cole`: not Vela) */
  long first = main_subject(c, i);
  if (first >= 0 && !clause_between(c, c->part[first].end, k) && !pronoun_clause_between(c, c->part[first].end, k))
    side_add_person(c, (size_t)first, &sd);
  return sd;
}

/* find_subject() once per token: cue after cue asks for the same word's
** subject (place_cue asks subject_of and subject_part).  The answer depends
** only on the sentence's participants, fixed once they are collected
** (before any of these questions), and a token is in one sentence only,
** so the memo is the document's (for the sentence's own tokens). */
static side subject_of(const sentence_ctx *c, size_t i) {
  if (i < c->a || i >= c->b) return find_subject(c, i);
  subject_memo *m = c->memo;
  size_t slot = i % SUBJECT_MEMO;
  if (m->tok[slot] == i + 1) return m->sd[slot];
  side sd = find_subject(c, i);
  m->tok[slot] = (uint32_t)i + 1;
  m->sd[slot] = sd;
  return sd;
}

/* The participant index of the subject of the word at i, or -1. */
static long subject_part(const sentence_ctx *c, size_t i) {
  side sd = subject_of(c, i);
  if (!sd.n) return -1;
  for (size_t k = c->npart; k-- > 0;)
    if (c->part[k].actor == sd.actor[0] && c->part[k].end <= i) return (long)k;
  return -1;
}

/* ------------------------------------------------------------ placing cues */

static size_t next_trigger(const sentence_ctx *c, size_t k, unsigned bit);

/* `each other`, `mutual`, `bilateral`, `between X and Y`: both ways. */
static int reciprocal_at(const nw_doc *d, size_t k) {
  return word_in(d, k, &mutual_words) || (word_is(d, k, "each") && word_is(d, k + 1, "other")) ||
         (word_is(d, k, "one") && word_is(d, k + 1, "another"));
}

static int reciprocal(const sentence_ctx *c, const cue_hit *h) {
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_MUTUAL)) return 0;
  /* (the words of mutual_words, `each other` and `one another` are those
  ** find_cues noted with TRIGGER_MUTUAL) */
  for (size_t k = next_trigger(c, h->tok > c->a + 3 ? h->tok - 3 : c->a, TRIGGER_MUTUAL); k < c->b && k < h->end + 5;
       k = next_trigger(c, k + 1, TRIGGER_MUTUAL)) {
    /* (`stood together against X`: allies against X, no two sides) */
    if (word_is(d, k, "together") && word_is(d, h->tok, "against")) continue;
    if (reciprocal_at(d, k)) return 1;
  }
  return 0;
}

static void add_mutual(sentence_ctx *c, const side *sd, float score) {
  for (int i = 0; i < sd->n; i++)
    for (int j = 0; j < sd->n; j++)
      if (i != j) add_pair(c, sd->actor[i], sd->actor[j], score);
}

/* The first participant after `... of` within six words from token f
** (`any future expansion of NATO`). */
static long object_through_of(const sentence_ctx *c, size_t f) {
  const nw_doc *d = c->d;
  for (size_t t = f; t < c->b && t < f + 6; t++) {
    if (!is_word(d, t) && !(d->t.tok[t].flags & NW_TF_QUOTE)) return -1;
    if (word_is(d, t, "of")) return object_at(c, t + 1, 2);
  }
  return -1;
}

/* Nouns of a shared act: `talks with`, `a meeting with`, `ties with`. */
static int reciprocal_noun(const sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(nouns, "talks", "meeting", "meetings", "ties", "relations", "relationship",
                                      "partnership", "friendship", "cooperation", "alliance", "summit",
                                      "dialogue", "agreement", "deal", "treaty", "accord", "pact", "truce");
  return word_in(c->d, h->tok, &nouns) || (h->end > h->tok + 1 && word_in(c->d, h->end - 2, &nouns));
}

NW_WORDS(in_at, "in", "at");
/* verbs whose subject gets what the noun after them names: `received
** support from`, `faces a lawsuit from` */
NW_WORDS(receiving, "receive", "receives", "received", "receiving", "get", "gets", "got", "getting",
         "gain", "gains", "gained", "gaining", "earn", "earns", "earned", "earning", "enjoy", "enjoys",
         "enjoyed", "enjoying", "win", "wins", "won", "winning", "face", "faces", "faced", "facing",
         "draw", "draws", "drew", "drawing", "drawn", "attract", "attracts", "attracted", "attracting");
NW_WORDS(attach_preps, "of", "for", "to", "toward", "towards", "against", "with", "from",
                                           "by", "on", "about", "over", "between");

/* `accused the company's founder, Dana Kirk, of fraud`: a verb's object
** that is a common noun named by the apposition after it.  From token i:
** up to six lowercase words or possessives, a comma, the name, and a
** comma, `of` or `for`, or the sentence's end after it (not `criticized
** the plan, Dana Kirk said`). */
static long apposed_object(const sentence_ctx *c, size_t i) {
  NW_WORDS(after, "of", "for", "over");
  const nw_doc *d = c->d;
  size_t t = i;
  while (t < c->b && t < i + 6 && d->tok_men[t] < 0 &&
         ((is_word(d, t) && (d->t.tok[t].flags & NW_TF_LOWER) && !(d->tok_info[t] & NW_TI_VERB) &&
           !word_in(d, t, &phrase_breaks)) ||
          (d->t.tok[t].flags & NW_TF_POSS)))
    t++;
  if (t == i || !is_punct(d, t, ',')) return -1;
  long k = object_at(c, t + 1, 4);
  if (k < 0 || phrase_start(c, (size_t)k) != t + 1) return -1;
  size_t e = c->part[k].end;
  return e >= c->b || is_punct(d, e, ',') || word_in(d, e, &after) || (is_punct(d, e, '.') && e + 1 >= c->b) ? k : -1;
}

/* `criticism of Ruiz by Cole`, `allegations against Ruiz made by Cole`,
** `support for Kyiv from Ottawa`: the one named by `by` or `from` right
** after the phrase that starts at participant k (past one participle such
** as `made`), or -1.  The agent must open its own phrase (not `by the time
** Cole spoke`). */
static long agent_after(const sentence_ctx *c, long k) {
  NW_WORDS(made, "made", "voiced", "raised", "leveled", "levelled", "lodged", "filed", "brought", "expressed");
  const nw_doc *d = c->d;
  size_t j = (size_t)k;
  while (coordinated(c, j) && !c->plural[j + 1]) j++;
  size_t t = c->part[j].end;
  if (word_in(d, t, &made)) t++;
  if (!word_in(d, t, &agent_preps)) return -1;
  size_t f = t + 1;
  if (word_in(d, f, &determiners)) f++;
  long agent = object_at(c, f, 3);
  if (agent >= 0 && phrase_start(c, (size_t)agent) == f) return agent;
  return apposed_object(c, f); /* `made by his wife, singer Ann Cole,` */
}

/* The noun phrase that starts at token k is what the clause's subject gets
** or faces: a receiving verb (or `the target of`) before it, past up to
** three determiners and modifiers (`faced a furious backlash`, `was the
** target of criticism`, `won Ruiz's support`). */
/* verbs whose subject holds or wins what the noun after them names, but
** that are no sign of a noun on their own (`has support`, not `has
** fought`): only for nouns the lexicon already calls nouns */
NW_WORDS(holding, "have", "has", "had", "having", "secure", "secures", "secured", "securing", "obtain",
         "obtains", "obtained", "obtaining", "garner", "garners", "garnered", "garnering", "land", "lands",
         "landed", "landing", "retain", "retains", "retained", "retaining", "keep", "keeps", "kept", "keeping",
         "regain", "regains", "regained", "regaining");

static int received_noun(const sentence_ctx *c, size_t k) {
  NW_WORDS(target_nouns, "target", "subject", "object", "focus");
  const nw_doc *d = c->d;
  for (int n = 0; k > c->a && n < 3 && is_word(d, k - 1) && (d->t.tok[k - 1].flags & NW_TF_LOWER) &&
                  !word_in(d, k - 1, &receiving) && !word_in(d, k - 1, &holding) && !word_is(d, k - 1, "of");
       n++)
    k--;
  if (k <= c->a) return 0;
  return word_in(d, k - 1, &receiving) || word_in(d, k - 1, &holding) ||
         (word_is(d, k - 1, "of") && k > c->a + 1 && word_in(d, k - 2, &target_nouns));
}

/* `won the backing of Peru`, `has the full support of Chile`: after a
** receiving verb, `the` noun `of` names whose the noun is, not its target
** (as in `criticism of Peru`). */
static int received_of(const sentence_ctx *c, size_t tok, size_t e) {
  const nw_doc *d = c->d;
  if (!word_is(d, e, "of") || !received_noun(c, tok)) return 0;
  for (size_t k = tok; k > c->a && tok - k < 3;) {
    k--;
    if (word_is(d, k, "the")) return 1;
    if (!is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  }
  return 0;
}

/* Is the possessive pronoun at k the holder's (`Cole renewed her
** attacks`: her is Cole's; not `their attacks` for Cole)? */
static int holder_owns(const sentence_ctx *c, const side *holder, size_t k) {
  const nw_doc *d = c->d;
  int male = word_is(d, k, "his"), female = word_is(d, k, "her");
  int plain = word_is(d, k, "its") || word_is(d, k, "their");
  if (holder->n != 1 || !(male || female || plain)) return 0;
  int32_t a = holder->actor[0];
  if (plain) return d->actor[a].kind != NW_KIND_PERSON;
  return d->actor[a].kind == NW_KIND_PERSON && gender_fits(d, a, male);
}

/* A noun, adjective or phrase without a verb's direction, attached by
** syntax only: `X's support for Y`, `US support for Ukraine` (X toward Y);
** `the hostile reaction from the West` (Y's act, held against it);
** `critical of Y`, `strong support for Moldova`, `Russia's aggression`
** (the holder toward the one actor attached).  Inside a verb's object only
** the two-actor form counts (`refused to criticize Russia's invasion`). */
/* A negation (`not`, `never`, `didn't`) among the w words before token v
** in the sentence. */
static int negated_before(const sentence_ctx *c, size_t v, size_t w) {
  const nw_doc *d = c->d;
  for (size_t t = v > c->a + w ? v - w : c->a; t < v; t++) {
    const nw_modifier *m = modifier_at(d, t, v);
    if ((m && m->type == NW_MOD_NEGATION) || negated_word(d, t)) return 1;
  }
  return 0;
}

/* verbs whose object a shared act is made by both (shared_by_holders) */
NW_WORDS(making, "sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching", "strike", "strikes",
         "struck", "striking", "seal", "seals", "sealed", "sealing", "forge", "forges", "forged", "forging", "clinch",
         "clinches", "clinched", "clinching", "conclude", "concludes", "concluded", "concluding", "ink", "inks",
         "inked", "inking", "form", "forms", "formed", "forming", "renew", "renews", "renewed", "renewing",
         "hold", "holds", "held", "holding", "finalize", "finalized", "finalise", "finalised");

/* `China and Russia pledged to deepen their partnership`, `Peru and Chile
** praised their ties`, `held joint drills`: a noun of a shared act
** (reciprocal_noun) owned by `their`, or a joint act the subjects carry out,
** with no one named before or after it, is the coordinated
** subjects' stance toward each other; not when a verb right before ends it
** (`ended their alliance`) or a negation stands before that. */
static int shared_by_holders(const sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(ending, "end", "ends", "ended", "ending", "break", "breaks", "broke", "broken", "breaking", "scrap",
           "scraps", "scrapped", "scrapping", "suspend", "suspends", "suspended", "suspending", "sever",
           "severs", "severed", "severing", "cut", "cuts", "cutting", "abandon", "abandons", "abandoned",
           "abandoning", "freeze", "freezes", "froze", "frozen", "freezing", "downgrade", "downgrades",
           "downgraded", "downgrading", "terminate", "terminates", "terminated", "terminating", "quit",
           "quits", "quitting", "dissolve", "dissolves", "dissolved", "dissolving", "review", "reviewed",
           "reviewing", "reviews", "reconsider", "reconsidered", "question", "questioned", "questioning");
  const nw_doc *d = c->d;
  /* `Russia and China held joint naval drills`: a joint act the subjects
  ** hold, conduct or stage together */
  NW_WORDS(holding, "hold", "holds", "held", "holding", "stage", "stages", "staged", "staging", "conduct", "conducts",
           "conducted", "conducting", "launch", "launched", "launches", "launching", "began", "begin", "begins",
           "begun", "start", "started", "starts", "out");
  if (word_is(d, h->tok, "joint") && h->tok > c->a && word_in(d, h->tok - 1, &holding))
    return !negated_before(c, h->tok - 1, NEGATION_WINDOW);
  cue_hit last = *h; /* `strategic partnership`: the phrase's last word (of a phrase: else the word asked already) */
  last.tok = h->end - 1;
  if (!reciprocal_noun(c, h) && (last.tok == h->tok || !reciprocal_noun(c, &last))) return 0;
  size_t k = h->tok;
  while (k > c->a && h->tok - k < 3 && !word_is(d, k - 1, "their") && !word_in(d, k - 1, &articles) &&
         is_word(d, k - 1) && (d->t.tok[k - 1].flags & NW_TF_LOWER))
    k--; /* adjectives: `their strategic partnership` */
  /* `Peru and Chile signed a trade pact`: an act that makes one (made) */
  if (k > c->a + 1 && word_in(d, k - 1, &articles) && word_in(d, k - 2, &making))
    return !negated_before(c, k - 2, NEGATION_WINDOW);
  if (k <= c->a || !word_is(d, k - 1, "their")) return 0;
  size_t v = k - 1;
  if (v > c->a && word_in(d, v - 1, &ending)) return 0;
  return !negated_before(c, v, NEGATION_WINDOW);
}

/* `criticisms (are now mostly) aimed at`, `attacks directed against`: a
** noun's target named past a participle of aiming, from token e (past
** `be`, `have` and adverbs); the preposition's token, or 0. */
static size_t aimed_at(const sentence_ctx *c, size_t e) {
  NW_WORDS(aiming, "aimed", "directed", "targeted", "targetted", "leveled", "levelled", "hurled", "pointed", "lobbed");
  NW_WORDS(at_against, "at", "against", "toward", "towards");
  const nw_doc *d = c->d;
  size_t t = e;
  while (t < c->b && t < e + 3 && is_filler(d, t) && !word_in(d, t, &clause_starts)) t++;
  if (t + 1 >= c->b || !word_in(d, t, &aiming) || !word_in(d, t + 1, &at_against)) return 0;
  return t + 1;
}

/* `echoed Peru's criticism of Chile`, `shared Ruiz's doubts about`: a
** verb of sharing before the noun's possessor (participant k, and those
** coordinated before it) makes its subject hold the stance too. */
static int echoed_by_verb(const sentence_ctx *c, size_t k) {
  NW_WORDS(sharing, "echo", "echoes", "echoed", "echoing", "share", "shares", "shared", "sharing", "repeat",
           "repeats", "repeated", "repeating", "reiterate", "reiterates", "reiterated", "reiterating");
  const nw_doc *d = c->d;
  while (k > 0 && coordinated(c, k - 1)) k--;
  size_t s = phrase_start(c, k);
  while (s > c->a && word_in(d, s - 1, &articles)) s--;
  return s > c->a && word_in(d, s - 1, &sharing);
}

/* `launched a verbal attack on`, `unleashed a blistering attack on`,
** `made a scathing attack on`: a verb of doing right before the noun at k
** (past its article and up to two adjectives) makes the act its
** subject's, as `her attacks on` does. */
static int launched_by_verb(const sentence_ctx *c, size_t k) {
  NW_WORDS(doing, "launch", "launches", "launched", "launching", "unleash", "unleashes", "unleashed", "unleashing",
           "mount", "mounts", "mounted", "mounting", "wage", "wages", "waged", "waging", "stage", "stages",
           "staged", "staging", "make", "makes", "made", "making", "renew", "renews", "renewed", "renewing",
           "escalate", "escalates", "escalated", "escalating", "intensify", "intensifies", "intensified",
           "intensifying", "deliver", "delivers", "delivered", "delivering", "carry", "carries", "carried",
           "carrying", "conduct", "conducts", "conducted", "conducting",
           /* (and measures: `announced tariffs on`, `agreed to a new package of sanctions against`) */
           "introduce", "introduces", "introduced", "introducing", "announce", "announces", "announced", "announcing",
           "unveil", "unveils", "unveiled", "unveiling", "adopt", "adopts", "adopted", "adopting", "approve",
           "approves", "approved", "approving", "slap", "slaps", "slapped", "slapping", "agree", "agrees", "agreed",
           "agreeing", "tighten", "tightens", "tightened", "tightening", "expand", "expands", "expanded", "expanding");
  const nw_doc *d = c->d;
  size_t t = k;
  for (int n = 0; t > c->a && n < 5 && is_word(d, t - 1) && (d->t.tok[t - 1].flags & NW_TF_LOWER) &&
                  d->tok_men[t - 1] < 0 && !word_in(d, t - 1, &doing);
       n++)
    t--;
  return t > c->a && word_in(d, t - 1, &doing);
}

/* Words said against someone: the possessor's own stance (`Cole's
** allegations`), no judgement of the possessor by the one who cites them. */
NW_WORDS(said_against, "criticism", "criticisms", "allegation", "allegations", "accusation", "accusations",
         "complaint", "complaints", "claim", "claims", "charge", "charges", "condemnation", "condemnations",
         "rebuke", "rebukes", "denunciation", "denunciations");

/* A nominal cue's holder: the subject of the word at `at`, but in quote qi
** (>= 0) the speaker unless the clause has its own subject there.  Found
** only when a rule asks (most nominal cues find no one to stand toward). */
typedef struct lazy_holder {
  const sentence_ctx *c;
  size_t at;
  int32_t qi;
  int known;
  side sd;
} lazy_holder;

static side speaker_side(const sentence_ctx *c, int32_t qi);
static long subject_part(const sentence_ctx *c, size_t i);
static const side *holder_of(lazy_holder *l) {
  if (l->known) return &l->sd;
  const sentence_ctx *c = l->c;
  long s = l->qi >= 0 ? subject_part(c, l->at) : -1;
  if (l->qi >= 0 && !(s >= 0 && c->quote_of[c->part[s].tok] == l->qi)) l->sd = speaker_side(c, l->qi);
  else l->sd = subject_of(c, l->at);
  l->known = 1;
  return &l->sd;
}

static void place_nominal(sentence_ctx *c, const cue_hit *h, lazy_holder *lh, int consumed) {
  const nw_doc *d = c->d;
  long pre = -1, post = -1, by;
  size_t k = h->tok;
  while (k > c->a && ((d->t.tok[k - 1].flags & NW_TF_POSS) || word_in(d, k - 1, &support_modifiers)))
    k--;
  long b = before(c, k);
  size_t poss = h->tok; /* a possessive within four tokens before the cue */
  while (poss > c->a && h->tok - poss < 4 && !(d->t.tok[poss - 1].flags & NW_TF_POSS)) poss--;
  if (!(b >= 0 && c->part[b].end == k) && poss > c->a && (d->t.tok[poss - 1].flags & NW_TF_POSS)) {
    /* `Peru's harsh criticism of`: past adjectives to a possessive */
    size_t j = h->tok;
    int n = 0;
    while (j > c->a && n < 3 && is_word(d, j - 1) && (d->t.tok[j - 1].flags & NW_TF_LOWER) &&
           !(d->t.tok[j - 1].flags & NW_TF_POSS) && d->tok_men[j - 1] < 0 && !word_in(d, j - 1, &determiners) &&
           !(d->tok_info[j - 1] & NW_TI_VERB) && !word_in(d, j - 1, &attach_preps) && !word_in(d, j - 1, &in_at) &&
           !word_in(d, j - 1, &phrase_breaks))
      j--, n++;
    if (n && j > c->a && (d->t.tok[j - 1].flags & NW_TF_POSS)) b = before(c, k = j - 1);
  }
  if (b >= 0 && c->part[b].end == k && !c->plural[b]) pre = b;
  size_t e = h->end;
  while (e < c->b && (d->t.tok[e].flags & NW_TF_QUOTE)) e++; /* `opposition “to NATO”` */
  /* `in` and `at` attach only where the lexicon or an adjective asks for
  ** them (`confidence in`, `disappointed in`, `angry at`), not after any
  ** noun (`support in the Senate`) */
  int attached = 0;
  if (h->end > h->tok + 1 && (word_in(d, h->end - 1, &attach_preps) || word_in(d, h->end - 1, &in_at)))
    e = h->end - 1, attached = 1; /* `support for` */
  else if (h->pos == NW_POS_ADJ && word_in(d, e, &in_at))
    attached = 1;
  else if (h->pos == NW_POS_ADJ && is_word(d, e) && (d->t.tok[e].flags & NW_TF_LOWER) && !word_in(d, e, &attach_preps))
    e++; /* the noun the adjective qualifies: `hostile reaction from` */
  if (!attached && !word_in(d, e, &attach_preps)) {
    size_t at = aimed_at(c, e); /* `criticism aimed at`, `were directed against` */
    if (at) e = at, attached = 1;
  }
  int agent = 0;
  if (attached || word_in(d, e, &attach_preps)) {
    agent = word_in(d, e, &agent_preps);
    size_t f = e + 1;
    if (word_in(d, f, &articles)) f++;
    post = object_at(c, f, 3);
    if (post < 0) post = object_through_of(c, f); /* `opposition to any expansion of NATO` */
  }
  if (post >= 0 && e < c->b && word_is(d, e, "between")) {
    side both = phrase_from(c, post); /* `the meeting between Putin and Xi` */
    if (both.n <= 2) {
      add_mutual(c, &both, h->score);
    } else { /* `tensions between Russia, China and the West`: the last against the rest */
      side last = {{both.actor[both.n - 1]}, 1};
      both.n--;
      add_sides(c, &both, &last, h->score);
      add_sides(c, &last, &both, h->score);
    }
  } else if (pre < 0 && post >= 0 && !agent && h->pos != NW_POS_ADJ && (by = agent_after(c, post)) >= 0) {
    side src = phrase_from(c, by), tgt = phrase_from(c, post); /* `criticism of Ruiz by Cole` */
    add_sides(c, &src, &tgt, h->score);
  } else if (pre >= 0 && post >= 0) {
    side before_cue = phrase_ending_at(c, pre), after_cue = phrase_from(c, post);
    side s1 = agent ? after_cue : before_cue, s2 = agent ? before_cue : after_cue;
    add_sides(c, &s1, &s2, h->score);
    if (!agent && echoed_by_verb(c, (size_t)pre)) add_sides(c, holder_of(lh), &s2, h->score);
    if (reciprocal_noun(c, h)) add_sides(c, &s2, &s1, h->score); /* `Xi's talks with Putin` */
  } else if (pre < 0 && post < 0 && shared_by_holders(c, h) && holder_of(lh)->n >= 2) {
    add_mutual(c, holder_of(lh), h->score); /* `China and Russia deepened their partnership` */
  } else if (!consumed && (pre >= 0 || post >= 0) && holder_of(lh)->n) {
    const side *holder = holder_of(lh);
    /* `the raids on Chile`: an act against someone by no
    ** one named is not the holder's act (`her attacks on` is) */
    if (pre < 0 && h->score < 0 && word_in(d, e, &on_against) && !(k > c->a && holder_owns(c, holder, k - 1)) &&
        !launched_by_verb(c, k))
      return;
    side t = post >= 0 ? phrase_from(c, post) : phrase_ending_at(c, pre);
    /* `Cole received support from Ruiz`, `faces Ruiz's lawsuit`: the one
    ** the noun comes from holds it, toward the clause's subject; not toward
    ** one who reports it (`Vela reported complaints from Ruiz`) */
    /* a phrase of nouns too (`warm welcome`), not one that ends with its
    ** own preposition (`impressed by`) */
    int noun = h->pos == NW_POS_NOUN ||
               (h->pos == NW_POS_PHRASE && h->dir == NW_DIR_NONE && !word_in(d, h->end - 1, &attach_preps) &&
                !word_in(d, h->end - 1, &in_at));
    int from_other = noun && (post < 0 || agent || (pre < 0 && received_of(c, h->tok, e)));
    if (from_other && received_noun(c, pre >= 0 ? phrase_start(c, (size_t)pre) : h->tok))
      add_sides(c, &t, holder, h->score);
    else if (!(from_other && post >= 0) && !(post < 0 && word_in(d, h->tok, &said_against)))
      add_sides(c, holder, &t, h->score);
  }
}

/* he, she or they at k in reported words: someone the speaker is not (he
** or she that fits the speaker of an indirect quote is the speaker). */
static int other_person(const sentence_ctx *c, size_t k) {
  NW_WORDS(third, "he", "she", "they");
  const nw_doc *d = c->d;
  if (!word_in(d, k, &third) || c->quote_of[k] < 0) return 0;
  int32_t who = c->q->q[c->quote_of[k]].actor;
  if (who < 0 || d->actor[who].kind != NW_KIND_PERSON) return 0; /* `Vela said they would`: may be Vela */
  if (word_is(d, k, "they")) return 1;
  if (!gender_fits(d, who, word_is(d, k, "he"))) return 1;
  for (size_t j = 0; j < c->npart && c->part[j].tok < k; j++) /* `Cole said Ruiz lied when he ...` */
    if (c->quote_of[c->part[j].tok] == c->quote_of[k] && c->part[j].actor != who &&
        d->actor[c->part[j].actor].kind == NW_KIND_PERSON)
      return 1;
  return 0;
}

/* `the firms`, `rebel groups`: a plural common noun at k in reported words
** (after `the`, `some` or another noun, or none), a third party whose own act
** the words report. */
static int plural_party(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  if (c->quote_of[k] < 0 || !is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER) || d->tok_men[k] >= 0) return 0;
  const char *w = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == 'u' || (d->t.tok[k].flags & NW_TF_POSS)) return 0;
  return !word_in(d, k, &be_forms) && !is_filler(d, k) && !verb_form_at(d, k);
}

/* The first person of a quote: `we`, `our`, `I`. */
static int first_person(const nw_doc *d, size_t i) {
  return word_in(d, i, &we_words);
}

/* `endorsed his nuclear deal`, `criticized her record`: a verb's object
** that is his, her or their plan, policy, record or words stands for that
** actor (not `attacked his victims`, `his own`): the one of that kind
** named before the verb nearest to it, other than the verb's own subject. */
static int32_t possessive_object(const sentence_ctx *c, const cue_hit *h, lazy_holder *verb_subject) {
  NW_WORDS(acts, "deal", "plan", "plans", "policy", "policies", "proposal", "proposals", "bill",
                                     "nomination", "candidacy", "campaign", "decision", "decisions", "remarks",
                                     "comments", "statement", "statements", "leadership", "record", "agenda", "bid",
                                     "presidency", "administration", "government", "reforms", "stance", "position",
                                     "views", "approach", "strategy", "handling", "claims", "actions", "conduct",
                                     "tenure", "rule", "regime", "program", "programme", "budget", "speech");
  const nw_doc *d = c->d;
  size_t t = h->end;
  while (t < c->b && (d->t.tok[t].flags & NW_TF_QUOTE)) t++;
  int male = word_is(d, t, "his"), her = word_is(d, t, "her"), their = word_is(d, t, "their");
  if (!male && !her && !their) return -1;
  size_t n = t + 1; /* the noun, past up to two modifiers (`his nuclear deal`) */
  while (n < c->b && n < t + 3 && is_word(d, n) && (d->t.tok[n].flags & NW_TF_LOWER) && !word_in(d, n, &acts) &&
         !word_is(d, n, "own"))
    n++;
  if (!word_in(d, n, &acts)) return -1;
  const side *subject = holder_of(verb_subject);
  for (size_t j = c->npart; j-- > 0;) {
    const participant *p = &c->part[j];
    if (p->tok >= h->tok || c->plural[j]) continue;
    int kind = d->actor[p->actor].kind;
    if (their ? kind == NW_KIND_PERSON : (kind != NW_KIND_PERSON || !gender_fits(d, p->actor, male))) continue;
    int own = 0;
    for (int i = 0; i < subject->n; i++) own |= subject->actor[i] == p->actor;
    if (!own) return p->actor;
  }
  return -1;
}

/* `criticized the budget plan proposed by Ortega`, `rejected the offer
** made by Vela Corp`, `praised the ruling by Judge Nilsen`: a verb's
** object that is someone's act, named by `by` after the act (and its
** participle); that someone is the target.  Only plain lowercase words
** between (`the new budget plan`), at most five, or nine with `of`
** (`rejected the terms of a loan in June offered by Vela Bank`), where a
** month or day may stand. */
static long object_through_by(const sentence_ctx *c, size_t i) {
  NW_WORDS(dates, "january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
           "sunday");
  const nw_doc *d = c->d;
  size_t reach = 6;
  for (size_t t = i; t < c->b && t < i + reach; t++) {
    if (word_is(d, t, "by")) return t > i ? object_at(c, t + 1, 4) : -1;
    if (word_is(d, t, "of")) reach = 10;
    if (!is_word(d, t) || d->tok_men[t] >= 0 || word_in(d, t, &phrase_breaks) ||
        !((d->t.tok[t].flags & NW_TF_LOWER) || word_in(d, t, &dates)))
      return -1;
  }
  return -1;
}

/* The token where quote q's speech verb starts in this sentence, or c->b
** (no verb, or not here). */
static size_t quote_verb_tok(const sentence_ctx *c, const nw_quote *q) {
  const nw_doc *d = c->d;
  if (q->verb_end == 0) return c->b;
  size_t v = c->a;
  while (v < c->b && d->t.tok[v].end <= q->verb_start) v++;
  return v < c->b && d->t.tok[v].start == q->verb_start ? v : c->b;
}

/* `Chile, according to Peru, cheated`, `Ruiz, the report says, lied`:
** participant subj is the subject of quote qi's words, named before its
** attribution, which commas set off right after it; a judgement on it is
** the speaker's, as when the words name it themselves. */
static int subject_before_attribution(const sentence_ctx *c, long subj, int32_t qi) {
  const nw_doc *d = c->d;
  const nw_quote *q = &c->q->q[qi];
  size_t e = c->part[subj].end, v = quote_verb_tok(c, q);
  return v < c->b && is_punct(d, e, ',') && e < v && v <= e + 4 && d->t.tok[v].start < q->start &&
         d->t.tok[e].start < q->start;
}

/* Is the speech verb of quote qi, in this sentence, one of the words? */
static int speaker_verb_in(const sentence_ctx *c, int32_t qi, nw_words *words) {
  size_t v = quote_verb_tok(c, &c->q->q[qi]);
  return v < c->b && word_in(c->d, v, words);
}

/* `Cole denied that Vela had lied`: a speaker who denies the reported
** words passes no judgement on their subject. */
static int speaker_denies(const sentence_ctx *c, int32_t qi) { return speaker_verb_in(c, qi, &denying); }

/* `Chile alleges Ruiz deceived the banks`: the speaker of quote qi accuses
** with the words they report. */
static int speaker_accuses(const sentence_ctx *c, int32_t qi) {
  NW_WORDS(accusing, "allege", "alleges", "alleged", "alleging", "accuse", "accuses", "accused", "accusing",
           "charge", "charges", "charged", "charging", "contend", "contends", "contended", "contending", "claim",
           "claims", "claimed", "claiming", "complain", "complains", "complained", "complaining");
  return speaker_verb_in(c, qi, &accusing);
}

/* The speaker of quote qi and whoever is named with them where the
** speaker is named in this sentence (`France and Germany said`). */
static side speaker_side(const sentence_ctx *c, int32_t qi) {
  const nw_quote *q = &c->q->q[qi];
  const nw_doc *d = c->d;
  side sd = {{0}, 0};
  side_add(&sd, q->actor);
  for (size_t j = 0; j < c->npart; j++) {
    const participant *p = &c->part[j];
    if (p->actor != q->actor || c->plural[j] || d->t.tok[p->tok].start < q->sp_start ||
        d->t.tok[p->end - 1].end > q->sp_end)
      continue;
    /* those named with the speaker, not those of the quoted words (`Tom
    ** Cole, Ana Ruiz said, is a liar`) */
    for (long k = (long)j - 1; k >= 0 && coordinated(c, (size_t)k) && !c->plural[k] && c->quote_of[c->part[k].tok] != qi;
         k--)
      side_add(&sd, c->part[k].actor);
    for (size_t k = j; coordinated(c, k) && !c->plural[k + 1] && c->quote_of[c->part[k + 1].tok] != qi; k++)
      side_add(&sd, c->part[k + 1].actor);
    break;
  }
  return sd;
}

/* `denied Russia had meddled`, `denies that Vela was involved`: what is
** denied is the object's act, so the denial defends it; the object is the
** subject of a clause (an auxiliary follows it), no target. */
static int denied_clause(const sentence_ctx *c, const cue_hit *h, long obj) {
  NW_WORDS(auxiliaries, "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did",
           "does", "do", "can", "should", "might", "may");
  return word_in(c->d, h->tok, &denying) && word_in(c->d, c->part[obj].end, &auxiliaries);
}

/* Does a noun phrase (the verb's object) or `by` and its agent start at
** token t, past quotation marks?  Prepositions, conjunctions, adverbs and
** punctuation start none (`had cheated.`, `lied about the deal`). */
static int has_object(const sentence_ctx *c, size_t t) {
  NW_WORDS(particles, "about", "into", "up", "out", "off", "back", "again", "that", "it", "too", "so", "even");
  const nw_doc *d = c->d;
  while (t < c->b && (d->t.tok[t].flags & NW_TF_QUOTE)) t++;
  if (t >= c->b || d->t.tok[t].type == NW_TOK_PUNCT) return 0;
  if (word_is(d, t, "by")) return 1;
  if (!is_word(d, t) || !(d->t.tok[t].flags & NW_TF_LOWER) || word_in(d, t, &determiners)) return 1;
  return !(word_in(d, t, &attach_preps) || word_in(d, t, &in_at) || word_in(d, t, &phrase_breaks) ||
           word_in(d, t, &clause_starts) || word_in(d, t, &particles) || is_filler(d, t));
}

/* `the lands Peru occupied`: participant k opens a relative clause
** without its pronoun, whose object is the noun before it. */
static int zero_relative(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  size_t t = phrase_start(c, k);
  if (t < c->a + 2) return 0;
  size_t n = t - 1;
  if (!is_word(d, n) || !(d->t.tok[n].flags & NW_TF_LOWER) || (d->tok_info[n] & NW_TI_VERB) ||
      word_in(d, n, &determiners) || word_in(d, n, &attach_preps) || word_in(d, n, &in_at) ||
      word_in(d, n, &phrase_breaks) || word_in(d, n, &clause_starts) || is_filler(d, n))
    return 0;
  return word_in(d, n - 1, &determiners) || (n > c->a + 1 && word_in(d, n - 2, &determiners) &&
                                             is_word(d, n - 1) && (d->t.tok[n - 1].flags & NW_TF_LOWER));
}

/* A verb phrase of the lexicon with `their` inside (`deepened their
** ties`): what coordinated subjects share. */
static int phrase_says_their(const sentence_ctx *c, const cue_hit *h) {
  for (size_t k = h->tok + 1; k + 1 < h->end; k++)
    if (word_is(c->d, k, "their")) return 1;
  return 0;
}

/* `Chile, a country Peru has long criticized,`, `Chile is someone Peru
** trusts`: participant k opens a relative clause without its pronoun after
** a noun that is an apposition to an actor or said of it; that actor. */
static long zero_relative_antecedent(const sentence_ctx *c, size_t k) {
  NW_WORDS(anyone, "someone", "somebody", "one", "anyone", "anybody");
  const nw_doc *d = c->d;
  size_t n = phrase_start(c, k), p;
  if (n < c->a + 3) return -1;
  if (n < c->part[k].tok) { /* a role noun read as the name's title: `a politician Oskar Berg has criticized` */
    if (!word_in(d, n - 1, &articles)) return -1;
    p = n - 1;
    n = c->part[k].tok - 1;
  } else {
    n--;
    if (word_in(d, n, &anyone)) p = n;
    else if (zero_relative(c, k)) p = word_in(d, n - 1, &determiners) ? n - 1 : n - 2;
    else return -1;
    if (p > c->a && p == n && word_in(d, p - 1, &determiners)) p--; /* `the one` */
  }
  if (p <= c->a + 1) return -1;
  size_t t = p - 1;
  NW_WORDS(kinds, "country", "nation", "state", "man", "woman", "person", "politician", "leader", "player",
           "company", "firm", "group", "party", "team", "club", "figure", "official", "lawmaker", "candidate",
           "rival", "neighbor", "neighbour", "ally", "partner", "organization", "organisation", "body", "coach");
  if (word_in(d, t, &copulas))
    while (t > c->a && is_filler(d, t - 1)) t--; /* `Chile has long been a country` */
  else if (!is_punct(d, t, ',') || !word_in(d, n, &kinds))
    return -1; /* `Chile, a country Peru criticized,`; not `Russia, a move the mayor supported` */
  long ante = before(c, t);
  return ante >= 0 && c->part[ante].end == t && !c->plural[ante] ? ante : -1;
}

/* `Chile, which Peru has long accused of spying,`, `Ruiz, whom Cole
** praised`: a verb with no object of its own in a relative clause whose
** pronoun is that object; the one named right before the pronoun (not
** `warned Chile that Peru lied`: `that` after a verb's object opens a
** clause of its own). */
/* May the cue's verb have a relative pronoun as its object: one that
** takes an object, with none right after it? */
static int relative_may(const sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(no_object, "of", "for", "in", "on", "at", "over", "during", "last", "this", "earlier", "after",
           "before", "since", "as", "with", "about", "again", "most", "so", "too", "and", "but", "or",
           "when", "while", "because", "yesterday", "today", "twice", "once", "publicly");
  const nw_doc *d = c->d;
  if (h->dir != NW_DIR_SUBJ_OBJ) return 0;
  size_t e = h->end;
  return !(e < c->b && is_word(d, e) && !word_in(d, e, &no_object) &&
           !((d->t.tok[e].flags & NW_TF_LOWER) && nw_tok_len(&d->t, e) > 4 && is_filler(d, e)));
}

static long relative_object(const sentence_ctx *c, const cue_hit *h, const side *src) {
  NW_WORDS(relatives, "whom", "which", "who", "that");
  const nw_doc *d = c->d;
  if (!relative_may(c, h)) return -1;
  long s = -1; /* the subject's participant (as subject_part, from the side found) */
  for (size_t k = c->npart; k-- > 0 && s < 0;)
    if (c->part[k].actor == src->actor[0] && c->part[k].end <= h->tok) s = (long)k;
  if (s < 0 || c->plural[s]) return -1;
  size_t st = phrase_start(c, (size_t)s);
  while (st > c->a && word_in(d, st - 1, &determiners) && !word_in(d, st - 1, &relatives)) st--;
  if (st <= c->a + 1) return -1;
  if (!word_in(d, st - 1, &relatives)) return zero_relative_antecedent(c, (size_t)s);
  size_t r = st - 1, t = r;
  int comma = is_punct(d, t - 1, ',');
  if (comma) t--;
  long ante = before(c, t);
  if (ante < 0 || c->part[ante].end != t || c->plural[ante]) return -1;
  if (!comma) {
    if (!word_is(d, r, "that") && !word_is(d, r, "whom")) return -1;
    size_t p = phrase_start(c, (size_t)ante);
    while (p > c->a && word_in(d, p - 1, &determiners)) p--;
    if (p > c->a && is_word(d, p - 1) && (d->t.tok[p - 1].flags & NW_TF_LOWER) && !word_in(d, p - 1, &attach_preps) &&
        !word_in(d, p - 1, &copulas))
      return -1; /* `told Chile that`, not `It was Chile that` */
  }
  return ante;
}

/* `blasted what he sees as Ruiz's motives`, `denounced what she
** called the council's “attack on the truth”`: a verb's object that is a
** free relative naming something; the token where that something starts,
** or 0. */
static size_t what_named(const sentence_ctx *c, size_t t) {
  NW_WORDS(naming, "call", "calls", "called", "describe", "describes", "described", "view", "views", "viewed",
           "see", "sees", "saw", "term", "terms", "termed", "consider", "considers", "considered", "characterize",
           "characterizes", "characterized", "characterise", "characterises", "characterised", "dub", "dubs",
           "dubbed", "label", "labels", "labeled", "labelled", "brand", "brands", "branded", "perceive",
           "perceives", "perceived", "regard", "regards", "regarded", "deem", "deems", "deemed");
  const nw_doc *d = c->d;
  if (!word_is(d, t, "what")) return 0;
  size_t v = t + 1;
  for (int n = 0; v < c->b && n < 4 && !word_in(d, v, &naming); n++) v++; /* `he`, `the senator`, `has long` */
  if (v >= c->b || !word_in(d, v, &naming)) return 0;
  for (size_t k = t + 1; k < v; k++)
    if (!is_word(d, k)) return 0;
  v++;
  if (word_is(d, v, "as")) v++;
  return v;
}

/* `Peru and Chile clashed`, `Cole and Ruiz have feuded for years`: a verb
** of dealings that takes two, with subjects named together and no object,
** is their stance toward each other (not `fought`: sides fight together;
** not `clashed with protesters`). */
NW_WORDS(mutual_verbs, "clash", "clashed", "clashes", "clashing", "feud", "feuded", "feuding", "feuds", "quarrel",
         "quarreled", "quarrelled", "quarreling", "quarrelling", "spar", "sparred", "sparring", "bicker", "bickered",
         "bickering", "squabble", "squabbled", "squabbling", "wrangle", "wrangled", "wrangling", "cooperate",
         "cooperated", "cooperating", "collaborate", "collaborated", "collaborating", "reconcile", "reconciled",
         "reconciling", "partnered", "allied", "negotiated", "negotiating", "meet", "meets", "met",
         "agree", "agrees", "agreed");

/* `there was a petition circulating against Cole`: a clause whose
** subject is the `there` of existence, before token i with no actor
** between, names no one who holds what follows, so the speaker reporting
** it holds nothing.  Not with a denial (`there is no reason to attack
** Cole` is the speaker's defence of Cole). */
static int existential_before(const sentence_ctx *c, size_t i) {
  NW_WORDS(denying_words, "no", "not", "nothing", "never", "little");
  const nw_doc *d = c->d;
  for (size_t t = i; t > c->a && i - t < 10;) {
    t--;
    if (d->tok_men[t] >= 0 || is_punct(d, t, ',') || word_in(d, t, &denying_words)) return 0;
    if (word_is(d, t, "there") && t + 1 < i && (word_in(d, t + 1, &be_forms) || word_in(d, t + 1, &contracted_is)))
      return 1;
  }
  return 0;
}

static int mutual_alone(const sentence_ctx *c, const cue_hit *h, const side *tgt, side *both) {
  NW_WORDS(with_against, "with", "against");
  if (tgt->n || h->passive || !word_in(c->d, h->tok, &mutual_verbs)) return 0;
  /* not `clashed with protesters`: a partner no actor names */
  if (word_in(c->d, h->end - 1, &with_against) || word_in(c->d, h->end, &with_against)) return 0;
  long s = subject_part(c, h->tok);
  if (s <= 0 || c->plural[s] || !coordinated(c, (size_t)s - 1)) return 0;
  *both = phrase_ending_at(c, s);
  return both->n >= 2;
}

/* `condemned the attacks on Chile`, `backed the sanctions against Peru`:
** an actor after a hostile cue (`attacks`, `attack on`) and `on` or
** `against` in the verb's object is the one that act hurts, no one the
** verb judges (the act's author, when `by` names one, is:
** object_through_by). */
static int victim_of_act(const sentence_ctx *c, size_t from, long obj, float *act) {
  const nw_doc *d = c->d;
  const nw_lexicon *lx = nw_lex();
  for (size_t t = from + 1; t < c->part[obj].tok; t++) {
    int v, len;
    if (!(d->t.tok[t - 1].flags & NW_TF_LOWER) || !word_in(d, t, &on_against)) continue;
    if ((len = nw_phrases_match(&lx->cues, &d->t, t - 1, 2, &v)) && lx->cue[v].score < 0) {
      *act = lx->cue[v].score;
      return 1;
    }
    /* `the missile strikes on`: a phrase that ends right before it */
    if (t >= from + 3 && (d->t.tok[t - 2].flags & NW_TF_LOWER) && nw_phrases_match(&lx->cues, &d->t, t - 2, 2, &v) == 2 &&
        lx->cue[v].score < 0) {
      *act = lx->cue[v].score;
      return 1;
    }
  }
  return 0;
}

/* `cooperated against Chile`, `worked together against Peru`: the object
** a positive verb takes past `against` is the one its act opposes, not one
** it favours (the cue `against` gives that stance); so is one past a
** hostile -ing word (`backed scrapping NAFTA`, `voted for banning Vela`:
** that word's cue gives the stance). */
static int opposed_object(const sentence_ctx *c, const cue_hit *h, long obj) {
  const nw_doc *d = c->d;
  if (h->score <= 0) return 0;
  for (size_t t = h->end; t < c->part[obj].tok; t++) {
    if (word_is(d, t, "against")) return 1;
    int v;
    if ((d->t.tok[t].flags & NW_TF_LOWER) && nw_doc_ing_word(d, t, 5) &&
        nw_phrases_match(&nw_lex()->cues, &d->t, t, 1, &v) == 1 && nw_lex()->cue[v].score < 0)
      return 1;
  }
  return 0;
}

/* `lamented last week that Ruiz had failed`, `complained to reporters
** on Monday that Vela ...`: after a verb of the subject's own complaint
** or warning, past a few words of time, place or audience, the named
** subject of the clause that `that` opens; that participant, or -1. */
static long that_subject(const sentence_ctx *c, size_t e) {
  const nw_doc *d = c->d;
  size_t t = e;
  while (t < c->b && t < e + 5 && is_word(d, t) && d->tok_men[t] < 0 && !word_is(d, t, "that") &&
         !word_in(d, t, &clause_starts))
    t++;
  if (t == e || t >= c->b || !word_is(d, t, "that")) return -1;
  long who = object_at(c, t + 1, 3);
  return who >= 0 && d->tok_men[c->part[who].tok] >= 0 ? who : -1;
}

/* A club or team of a league (its entry's role: `NHL team`, `English
** football club`). */
static int is_team(const nw_doc *d, int32_t a) {
  const nw_entity *e = d->actor[a].ent;
  size_t n = e && e->role ? strlen(e->role) : 0;
  return n > 5 && (strcmp(e->role + n - 5, " team") == 0 || strcmp(e->role + n - 5, " club") == 0);
}

/* `the Leafs host the Canadiens`, `Lyon welcomed Nantes`: a verb of
** meeting or hosting with teams on both sides is a fixture of sport, no
** stance (a visit is none anywhere: stance.tsv leaves it out). */
static int fixture(const sentence_ctx *c, const cue_hit *h, const side *src, const side *tgt) {
  NW_WORDS(meeting, "host", "hosts", "hosted", "hosting", "meet", "meets", "met", "meeting", "welcome", "welcomes",
           "welcomed", "welcoming");
  if (!src->n || !tgt->n || h->end != h->tok + 1 || !word_in(c->d, h->tok, &meeting)) return 0;
  for (int i = 0; i < src->n; i++)
    if (!is_team(c->d, src->actor[i])) return 0;
  for (int i = 0; i < tgt->n; i++)
    if (!is_team(c->d, tgt->actor[i])) return 0;
  return 1;
}

/* `has not endorsed any Republican`, `never criticized any country`: a
** negated verb whose object is `any` of a kind names no one it stands
** against or with. */
static int any_negated(const sentence_ctx *c, const cue_hit *h, long obj) {
  const nw_doc *d = c->d;
  size_t o = phrase_start(c, (size_t)obj);
  for (size_t t = h->end; t < o; t++)
    if (word_is(d, t, "any")) return negated_before(c, h->tok, NEGATION_WINDOW);
  return 0;
}

/* Does participant obj own, with `'s`, a noun of what is done to it
** (`Cole's arrest`, removals)? */
static int removal_of(const sentence_ctx *c, long obj) {
  const nw_doc *d = c->d;
  size_t e = c->part[obj].end;
  if (!(e > c->a && (d->t.tok[e - 1].flags & NW_TF_POSS)) && !(e < c->b && (d->t.tok[e].flags & NW_TF_POSS))) return 0;
  while (e < c->b && (d->t.tok[e].flags & NW_TF_POSS)) e++;
  /* not `Vela's dismissal of Cole`: Vela's act */
  return e < c->b && word_in(d, e, &removals) && !word_is(d, e + 1, "of");
}

NW_WORDS(demanding, "demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "urging", "seek", "seeks",
         "sought", "seeking");

static void place_verbal(sentence_ctx *c, const cue_hit *h, int32_t qi) {
  const nw_doc *d = c->d;
  if (c->audience_at == h->tok + 1) return; /* `warned US reporters that Chile ...`: told, not warned against */
  /* the verb's subject: found on first use past the passive (a verb whose
  ** object names no one mostly adds nothing) */
  lazy_holder src = {c, h->tok, -1, 1, {{0}, 0}};
  side tgt;
  cue_hit flipped;
  long obj = -1, victim = -1;
  float victim_score = 0;
  if (h->passive || h->dir == NW_DIR_OBJ_SUBJ) {
    tgt = subject_of(c, h->tok);
    /* `prices charged by Nordbank`: a participle without `be` after a noun
    ** is that noun's, not the clause subject's */
    /* (also a phrase of a participle and `by`: `a bill backed by Vela`) */
    int by_phrase = !h->passive && h->end > h->tok + 1 && word_is(d, h->end - 1, "by") &&
                    participle(d, h->tok);
    if ((h->passive || by_phrase) && h->tok > c->a && !passive_at(d, c->a, h->tok)) {
      size_t p = h->tok - 1;
      while (p > c->a && is_filler(d, p) && !word_in(d, p, &clause_starts)) p--;
      if (is_word(d, p) && (d->t.tok[p].flags & NW_TF_LOWER) && d->tok_men[p] < 0 && !word_in(d, p, &clause_starts))
        tgt.n = 0;
    }
    size_t k = h->end;
    while (k < c->b && k < h->end + 4 && !word_in(d, k, &agent_preps)) k++;
    long agent = k < c->b && k < h->end + 4 ? object_at(c, k + 1, 6) : -1;
    if (agent < 0 && h->dir == NW_DIR_OBJ_SUBJ) agent = object_at(c, h->end, OBJECT_WINDOW);
    src.sd = phrase_from(c, agent);
    if (!src.sd.n && qi >= 0) src.sd = speaker_side(c, qi); /* `Norway can't be trusted`, he warned */
  } else {
    src.known = 0;
    size_t named = what_named(c, h->end); /* `blasted what he sees as Ruiz's motives` */
    if (named) {
      while (named < c->b && (word_in(d, named, &articles) || (d->t.tok[named].flags & NW_TF_QUOTE))) named++;
      obj = object_at(c, named, 4);
      if (obj < 0) { /* `rejected what Chile described as an offer`: Chile's */
        long in = object_at(c, h->end + 1, 2);
        if (in >= 0 && c->part[in].end < named && d->tok_men[c->part[in].tok] >= 0) obj = in; /* not `he` */
      }
    } else {
      obj = object_at(c, h->end, OBJECT_WINDOW);
      float act;
      if (obj >= 0 && victim_of_act(c, h->end, obj, &act)) {
        /* support for the act is hostility toward its victim: `backed the
        ** sanctions on Peru` opposes Peru (as weak as the weaker of the
        ** two); condemning it is no stance toward the victim */
        if (qi < 0 && !h->passive && h->dir == NW_DIR_SUBJ_OBJ && h->score > 0) victim = obj;
        float a = h->score < 0 ? -h->score : h->score, b = -act;
        victim_score = (h->score > 0 ? -1 : 1) * (a < b ? a : b);
        obj = -1;
      }
    }
    /* `apologized to Peru`, `objected to Ms. Cole`: `to` right after the
    ** verb is its own preposition, not the break it is further on */
    if (obj < 0 && word_is(d, h->end, "to")) obj = object_at(c, h->end + 1, 4);
    if (obj < 0 && h->dir == NW_DIR_SUBJ && h->score < 0) obj = that_subject(c, h->end);
    if (obj < 0 && word_in(d, h->end, &determiners)) obj = object_through_by(c, h->end);
    if (obj < 0 && word_in(d, h->end, &determiners)) obj = apposed_object(c, h->end);
    if (obj >= 0 && (denied_clause(c, h, obj) || opposed_object(c, h, obj))) obj = -1;
    if (obj >= 0 && any_negated(c, h, obj)) return;
    if (obj >= 0 && removal_of(c, obj) && !word_in(d, h->tok, &demanding)) {
      /* `welcomed Cole's arrest` opposes Cole, `condemned Cole's
      ** ouster` sides with Cole (`demanded Cole's resignation` opposes) */
      flipped = *h;
      flipped.score = -h->score;
      h = &flipped;
    }
    tgt = phrase_from(c, obj);
    if (obj < 0) side_add(&tgt, possessive_object(c, h, &src));
    if (obj < 0 && !tgt.n && relative_may(c, h) && holder_of(&src)->n) {
      long ante = relative_object(c, h, holder_of(&src)); /* `Chile, which Peru accused of spying,` */
      if (ante >= 0) tgt = phrase_ending_at(c, ante);
    }
  }
  side both;
  if (mutual_alone(c, h, &tgt, &both)) { /* `Peru and Chile clashed` (also in a quote) */
    add_mutual(c, &both, h->score);
    return;
  }
  if (qi >= 0 && existential_before(c, h->tok)) return; /* `said there was a petition against Cole`: no holder named */
  if (qi >= 0) {
    /* in a quote: a verb with a subject of its own reports that subject's
    ** stance; with `we`, `I` or none, it is the speaker's */
    long subj = subject_part(c, h->tok);
    if (subj >= 0 && c->quote_of[c->part[subj].tok] == qi && !tgt.n && !h->passive && h->dir != NW_DIR_OBJ_SUBJ &&
        !c->plural[subj] && !reciprocal(c, h)) {
      /* not a verb with an object that names no one (`Peru seized two
      ** boats`, `he supports the plan`: an act reported, no judgement), nor
      ** one whose doer follows `by` (`fees charged by the agents`) */
      if ((has_object(c, h->end) && !speaker_accuses(c, qi)) || zero_relative(c, (size_t)subj)) return;
      /* `the regulator said Acme lacked controls`: the speaker judges the
      ** subject of a verb without an object */
      side speaker = speaker_side(c, qi), them = phrase_from(c, subj);
      if (!speaker_denies(c, qi)) add_sides(c, &speaker, &them, h->score);
      return;
    }
    if (subj >= 0 && !tgt.n && !h->passive && h->dir != NW_DIR_OBJ_SUBJ && !c->plural[subj] &&
        !has_object(c, h->end) && subject_before_attribution(c, subj, qi)) {
      side speaker = speaker_side(c, qi), them = phrase_from(c, subj);
      if (!speaker_denies(c, qi)) add_sides(c, &speaker, &them, h->score);
      return;
    }
    if (!(subj >= 0 && c->quote_of[c->part[subj].tok] == qi)) {
      size_t k = h->tok;
      while (k > c->a && is_filler(d, k - 1)) k--;
      /* `Cole said she attacked Ruiz`, `... they praised Ruiz`, `... the
      ** firms had helped Ruiz`: a subject of its own that is not the
      ** speaker; someone's act, told (not `essays denouncing Ruiz`: the
      ** -ing word describes the noun) */
      if (k > c->a && plural_party(c, k - 1) && !nw_doc_ing_word(d, h->tok, 5)) return;
      if (!holder_of(&src)->n && k > c->a && other_person(c, k - 1)) return;
      if (!holder_of(&src)->n || (k > c->a && first_person(d, k - 1))) {
        side speaker = speaker_side(c, qi);
        add_sides(c, &speaker, &tgt, h->score);
        return;
      }
    }
  }
  if (obj >= 0) { /* the nouns of the object are the verb's */
    c->consumed_from = h->end;
    c->consumed_to = c->part[obj].end + 4;
  }
  if (tgt.n && fixture(c, h, holder_of(&src), &tgt)) return;
  if (victim >= 0) {
    side hurt = phrase_from(c, victim);
    add_sides(c, holder_of(&src), &hurt, victim_score);
  }
  /* `Cole said Ruiz had insulted him`: a hostile act on the speaker, told
  ** by the speaker, is also the speaker's complaint against its doer */
  if (qi >= 0 && h->score < 0 && c->q->q[qi].actor >= 0)
    for (int i = 0; i < tgt.n; i++)
      if (tgt.actor[i] == c->q->q[qi].actor) {
        side speaker = {{c->q->q[qi].actor}, 1};
        add_sides(c, &speaker, holder_of(&src), h->score);
        break;
      }
  int mutual = reciprocal(c, h);
  if (mutual && holder_of(&src)->n >= 2)
    add_mutual(c, holder_of(&src), h->score); /* `X and Y support each other` */
  else if (!tgt.n && phrase_says_their(c, h) && holder_of(&src)->n >= 2)
    add_mutual(c, holder_of(&src), h->score); /* `X and Y deepened their ties`, `severed their ties` */
  if (!tgt.n) return; /* (nothing more to add) */
  add_sides(c, holder_of(&src), &tgt, h->score);
  if (mutual) add_sides(c, &tgt, holder_of(&src), h->score);
}

/* A quoted label given by a naming verb (`described Moreau's response as
** “unacceptable”`, `called the minister a “chicken”`): the speaker toward
** the verb's object. */
static int described_object(sentence_ctx *c, const cue_hit *h, int32_t qi) {
  const nw_quote *q = &c->q->q[qi];
  if (q->kind != NW_QUOTE_DIRECT) return 0;
  const nw_doc *d = c->d;
  size_t v = quote_verb_tok(c, q);
  if (v >= c->b) return 0;
  int val = nw_doc_phrase_value(d, v); /* a value of the verbs' table only when the token is marked a verb */
  if (!(d->tok_info[v] & NW_TI_VERB) || val < 0 || nw_lex()->verb[val].cls != NW_VERB_NAME) return 0;
  size_t e = v;
  while (e < c->b && d->t.tok[e].end <= q->verb_end) e++;
  long obj = object_at(c, e, 6);
  if (obj < 0) return 0;
  side speaker = speaker_side(c, qi), t = phrase_from(c, obj);
  add_sides(c, &speaker, &t, h->score);
  return 1;
}

/* The subject of the verb at v (or, with none, the speaker of the quote the
** verb stands in) toward tgt; returns whether there was one. */
static int verb_subject_toward(sentence_ctx *c, size_t v, const side *tgt, float score) {
  side src = subject_of(c, v);
  int32_t qi = c->quote_of[v];
  if (!src.n && qi >= 0) src = speaker_side(c, qi);
  add_sides(c, &src, tgt, score);
  return src.n > 0;
}

/* `Cole was branded a traitor by Ruiz`, `Cole was described by Ruiz as
** dishonest`, `has been called “reckless” by Ruiz`: a label given with a
** passive naming verb is the agent's stance toward the verb's subject. */
NW_WORDS(naming_passive, "called", "described", "labeled", "labelled", "branded", "dubbed", "deemed", "considered",
         "declared", "portrayed", "painted", "termed");
static int named_passive(sentence_ctx *c, const cue_hit *h) {
  const nw_doc *d = c->d;
  /* (the verb stands before the cue: most cues have no naming word before them) */
  if (!(c->triggers & TRIGGER_NAMING) || next_trigger(c, c->a, TRIGGER_NAMING) >= h->tok) return 0;
  size_t k = h->tok, v = 0;
  long agent = -1;
  for (int steps = 0; k > c->a && steps < 6; steps++) {
    size_t p = k - 1;
    if ((d->t.tok[p].flags & NW_TF_LOWER) && word_in(d, p, &naming_passive)) {
      v = p;
      break;
    }
    if (word_is(d, p, "as")) { /* `described by Ruiz as` */
      long a = before(c, p);
      if (a < 0 || c->part[a].end != p || c->plural[a]) return 0;
      size_t by = phrase_start(c, (size_t)a);
      if (by < c->a + 2 || !word_is(d, by - 1, "by") || !word_in(d, by - 2, &naming_passive)) return 0;
      v = by - 2, agent = a;
      break;
    }
    if (d->tok_men[p] >= 0) return 0;
    if (!((is_word(d, p) && (d->t.tok[p].flags & NW_TF_LOWER)) || (d->t.tok[p].flags & NW_TF_QUOTE))) return 0;
    k = p;
  }
  if (!v || !passive_at(d, c->a, v)) return 0;
  if (agent < 0) { /* the label, then `by Ruiz` */
    size_t e = h->end;
    while (e < c->b && e < h->end + 3 && (d->t.tok[e].flags & NW_TF_QUOTE)) e++;
    if (!word_is(d, e, "by")) return 0;
    agent = object_at(c, e + 1, 6);
  }
  side src = phrase_from(c, agent), tgt = subject_of(c, v);
  if (!src.n || !tgt.n) return 0;
  add_sides(c, &src, &tgt, h->score);
  return 1;
}

/* `called Okafor a clown`, `described Moreau's response as “unacceptable”`,
** `branded the minister incompetent`, `likened Cole to a dictator`: a
** naming verb, its object, and the label; the verb's subject toward the
** object. */
NW_WORDS(naming_as, "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "label",
         "labels", "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding", "dub",
         "dubs", "dubbed", "deem", "deems", "deemed", "consider", "considers", "considered", "declare", "declares",
         "declared", "portray", "portrays", "portrayed", "paint", "paints", "painted", "liken", "likens", "likened",
         "likening", "compare", "compares", "compared", "comparing");
static int named_as(sentence_ctx *c, const cue_hit *h) {
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_NAMING) || next_trigger(c, c->a, TRIGGER_NAMING) >= h->tok) return 0; /* (the same) */
  size_t k = h->tok;
  for (int steps = 0; k > c->a && steps < 6; steps++) {
    size_t p = k - 1;
    if (d->tok_men[p] >= 0) break;
    if (!((is_word(d, p) && (d->t.tok[p].flags & NW_TF_LOWER)) || (d->t.tok[p].flags & (NW_TF_POSS | NW_TF_QUOTE))))
      return 0;
    k = p;
  }
  long obj = before(c, k + 1);
  if (obj < 0 || c->part[obj].end != k || c->plural[obj]) return 0;
  /* `named Norway as a main sponsor of the plan`: a relation to a third, no
  ** judgement of the object */
  if (word_in(d, h->end, &of_to_for)) return 0;
  size_t v = c->part[obj].tok;
  while (v > c->a && (d->tok_info[v - 1] & (NW_TI_HONORIFIC | NW_TI_TITLE | NW_TI_INSIDE))) v--;
  if (v > c->a + 1 && word_is(d, v - 1, "the")) v--; /* `called the US move illegal` */
  if (v <= c->a || !word_in(d, v - 1, &naming_as)) return 0;
  side tgt = phrase_from(c, obj);
  return verb_subject_toward(c, v - 1, &tgt, h->score);
}

/* `said that Okafor had made “false” claims`: a quoted word or two of a
** speaker whose speech verb comes before them in the sentence and opens a
** clause (with `that`) named before them: that clause's subject, the
** first actor after `that`, named within three words (`that Mayor
** Okafor`), or -1. */
static long quoted_word_subject(const sentence_ctx *c, int32_t qi, size_t i) {
  const nw_doc *d = c->d;
  const nw_quote *q = &c->q->q[qi];
  if (q->kind != NW_QUOTE_DIRECT || q->verb_end == 0 || q->verb_end > q->start) return -1;
  size_t v = quote_verb_tok(c, q);
  if (v >= i) return -1;
  size_t t = v;
  while (t < i && d->t.tok[t].end <= q->verb_end) t++;
  if (!word_is(d, t, "that")) return -1;
  long j = object_at(c, t + 1, 3);
  return j >= 0 && c->part[j].tok < i && c->quote_of[c->part[j].tok] < 0 && d->tok_men[c->part[j].tok] >= 0 ? j : -1;
}

/* The first actor of a quote's words in this sentence, if it stands
** before token i and is no preposition's object (else, for a quoted word,
** the subject of the clause it stands in). */
static long reported_subject(const sentence_ctx *c, int32_t qi, size_t i) {
  for (size_t j = 0; j < c->npart && c->part[j].tok < i; j++) {
    if (c->quote_of[c->part[j].tok] != qi || c->plural[j]) continue;
    return after_preposition(c, j) ? -1 : (long)j;
  }
  return quoted_word_subject(c, qi, i);
}

/* Where the holder of a noun is looked for: before its possessor and
** those coordinated with it (`she views Okafor's attacks`: she, not
** Okafor, holds the view of them), else before the noun. */
static size_t holder_at(const sentence_ctx *c, size_t i) {
  const nw_doc *d = c->d;
  long b = before(c, i);
  if (b < 0 || c->plural[b]) return i;
  size_t e = c->part[b].end;
  if (e >= i || !(d->t.tok[e].flags & NW_TF_POSS)) return i;
  for (size_t t = e + 1; t < i; t++) /* `Okafor's repeated attacks` */
    if (t >= e + 3 || !is_word(d, t) || !(d->t.tok[t].flags & NW_TF_LOWER)) return i;
  /* `Peru and Chile's attacks`, not an apposition (`Ann Lee, Ben Cole's critic`) */
  while (b > 0 && coordinated(c, (size_t)b - 1) && !c->plural[b - 1] && word_in(d, phrase_start(c, (size_t)b) - 1, &and_or))
    b--;
  return phrase_start(c, (size_t)b);
}

/* A noun after a copula and its article and modifiers (`is a liar`, `has
** been a true friend`): a predicate that judges the clause's subject. */
static int predicate_noun(const sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(preps, "of", "for", "in", "to", "with", "by", "from", "on", "at", "about", "over");
  const nw_doc *d = c->d;
  if (h->pos != NW_POS_NOUN) return 0;
  size_t k = h->tok; /* back over the modifiers, not into a prepositional phrase (`a victim of the scandal`) */
  for (int n = 0; k > c->a && n < 4 && is_word(d, k - 1) && (d->t.tok[k - 1].flags & NW_TF_LOWER) &&
                  d->tok_men[k - 1] < 0 && !word_in(d, k - 1, &copulas) && !word_in(d, k - 1, &contracted_is) &&
                  !word_in(d, k - 1, &preps);
       n++)
    k--;
  /* not a relation to something else: `was a target of threats` */
  return k < h->tok && k > c->a && word_in(d, k, &articles) &&
         (word_in(d, k - 1, &copulas) || word_in(d, k - 1, &contracted_is)) && !word_in(d, h->tok + 1, &of_for);
}

/* A judgement in reported speech that attaches to no one: the speaker's
** on the one the reported words are about. */
static void speaker_on_subject(sentence_ctx *c, const cue_hit *h, int32_t qi) {
  long about = reported_subject(c, qi, h->tok);
  if (about < 0 || speaker_denies(c, qi)) return;
  side speaker = speaker_side(c, qi), t = phrase_from(c, about);
  add_sides(c, &speaker, &t, h->score);
}

/* `offered Moreau a tepid endorsement`, `gave Seoul a warm welcome`,
** `handed Chile a heavy defeat`: a verb of giving, its recipient and the
** noun given; the verb's subject toward the recipient.  Only nouns: an
** adjective before the noun (`tepid`) is part of what is given. */
static int given_to(sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(giving, "offer", "offers", "offered", "offering", "give", "gives", "gave", "given",
                                       "giving", "extend", "extends", "extended", "extending", "lend", "lends",
                                       "lent", "lending", "hand", "hands", "handed", "handing", "deal", "deals",
                                       "dealt", "dealing", "grant", "grants", "granted", "granting", "pay",
                                       "pays", "paid", "paying", "show", "shows", "showed", "shown", "showing",
                                       "deliver", "delivers", "delivered", "delivering");
  const nw_doc *d = c->d;
  if (h->pos != NW_POS_NOUN && !(h->pos == NW_POS_PHRASE && h->dir == NW_DIR_NONE)) return 0;
  int near = 0; /* (the one given to ends within three words before the cue, or there is none) */
  /* (in token order: one that starts at the cue or after it is past) */
  for (size_t j = 0; j < c->npart && !near && c->part[j].tok < h->tok; j++)
    near = c->part[j].end <= h->tok && c->part[j].end + 3 >= h->tok;
  if (!near) return 0;
  size_t k = h->tok; /* back over `a tepid`, `its full` */
  for (int n = 0; k > c->a && n < 3 && d->tok_men[k - 1] < 0 && is_word(d, k - 1) &&
                  (d->t.tok[k - 1].flags & NW_TF_LOWER) && !(d->tok_info[k - 1] & NW_TI_VERB) &&
                  !word_in(d, k - 1, &phrase_breaks);
       n++)
    k--;
  long r = before(c, k + 1);
  if (r < 0 || c->part[r].end != k || c->plural[r]) return 0;
  size_t v = phrase_start(c, (size_t)r);
  if (v > c->a && word_in(d, v - 1, &articles)) v--;
  if (v <= c->a || !word_in(d, v - 1, &giving)) return 0;
  side tgt = phrase_ending_at(c, r);
  return verb_subject_toward(c, v - 1, &tgt, h->score);
}

/* `responded to Okafor's attacks`, `rejected Seoul's accusations`,
** `brushed off the coach's criticism`: a hostile act of the possessor,
** answered by the verb's subject, was aimed at that subject; the
** possessor toward the one who answers (not the other way round).  `at`:
** where the possessor's phrase starts. */
static int answered_act(sentence_ctx *c, const cue_hit *h, size_t at) {
  NW_WORDS(answering, "respond", "responds", "responded", "responding", "reply", "replies",
                                          "replied", "replying", "react", "reacts", "reacted", "reacting", "rebut",
                                          "rebuts", "rebutted", "rebutting", "reject", "rejects", "rejected",
                                          "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "deny",
                                          "denies", "denied", "denying", "rebuff", "rebuffs", "rebuffed",
                                          "rebuffing", "shrug", "shrugs", "shrugged", "shrugging", "brush",
                                          "brushes", "brushed", "brushing", "answer", "answers", "answered",
                                          "answering", "back", "off");
  NW_WORDS(to_at, "to", "at", "the");
  /* hostile acts, not `concerns` or `fears` */
  NW_WORDS(acts, "attack", "attacks", "criticism", "criticisms", "accusation", "accusations", "allegation",
           "allegations", "insult", "insults", "charge", "charges", "threat", "threats", "jab", "jabs", "barb", "barbs",
           "slur", "slurs", "smear", "smears", "taunt", "taunts", "ultimatum", "ultimatums", "condemnation", "tirade",
           "tirades", "broadside", "broadsides", "rebuke", "rebukes", "criticisms", "complaints", "complaint");
  const nw_doc *d = c->d;
  if (h->score >= 0 || !word_in(d, h->tok, &acts)) return 0;
  if (word_in(d, h->end, &attach_preps) && object_at(c, h->end + 1, 4) >= 0) return 0; /* `attacks on Mexico` */
  long b = before(c, h->tok);
  size_t v = at;
  while (v > c->a && at - v < 2 && word_in(d, v - 1, &to_at)) v--;
  if (b < 0 || c->plural[b] || v <= c->a || !word_in(d, v - 1, &answering)) return 0;
  /* `hit back at`, `fired back at`, `brushed off`: the verb before the particle */
  size_t verb = v - 1;
  if ((word_is(d, verb, "back") || word_is(d, verb, "off")) && verb > c->a) verb--;
  side holder = subject_of(c, verb), poss = phrase_ending_at(c, b);
  add_sides(c, &poss, &holder, h->score);
  return holder.n > 0;
}

/* `named Peru as the main backer of the group`, `sees Cole as an ally of
** Ruiz`: the one named as someone's backer or critic holds that stance
** toward them, not the one who names them. */
static int named_as_one_of(sentence_ctx *c, const cue_hit *h) {
  const nw_doc *d = c->d;
  if (!word_is(d, h->end, "of") || !word_in(d, h->tok, &people)) return 0;
  size_t k = h->tok;
  for (int n = 0; k > c->a && n < 4 && is_word(d, k - 1) && (d->t.tok[k - 1].flags & NW_TF_LOWER) &&
                  d->tok_men[k - 1] < 0 && !word_is(d, k - 1, "as");
       n++)
    k--;
  long third = object_at(c, h->end + 1, 3);
  if (third >= 0 && !c->plural[third]) { /* `critics of Ruiz, including Cole,`: Cole toward Ruiz */
    size_t j = (size_t)third;
    while (j + 1 < c->npart && coordinated(c, j) && !c->plural[j + 1]) j++;
    size_t e = c->part[j].end;
    if (is_punct(d, e, ',')) e++;
    if (word_is(d, e, "such") && word_is(d, e + 1, "as")) e++;
    if (nw_tok_is_ci(&d->t, e, "including") || (e > h->end && word_is(d, e, "as"))) {
      side member = phrase_from(c, object_at(c, e + 1, 3)), tgt = phrase_from(c, third);
      if (member.n) {
        add_sides(c, &member, &tgt, h->score);
        return 1;
      }
    }
  }
  if (k < c->a + 2 || !word_is(d, k - 1, "as")) return 0;
  long named = before(c, k - 1);
  if (named < 0 || c->part[named].end != k - 1 || c->plural[named] || third < 0) return 0;
  side holder = phrase_ending_at(c, named), tgt = phrase_from(c, third);
  add_sides(c, &holder, &tgt, h->score);
  return 1;
}

/* Who is said to be one of the possessor's critics or allies (the cue at
** h, the possessor's phrase starting at `at`): `Cole, one of Ruiz's
** fiercest critics,`, `Cole is among Ruiz's allies`, `Cole is Ruiz's
** ally`, `Ruiz's critics, including Cole,`. */
static side member_named(const sentence_ctx *c, const cue_hit *h, size_t at) {
  NW_WORDS(including, "including", "like");
  const nw_doc *d = c->d;
  side sd = {{0}, 0};
  size_t t = at;
  int one_of = 1;
  if (t > c->a + 1 && word_is(d, t - 1, "of") && word_is(d, t - 2, "one")) t -= 2;
  else if (t > c->a && word_is(d, t - 1, "among")) t--;
  else one_of = 0;
  /* an apposition counts with `one of` or a word of hostility only: `Cole,
  ** Ruiz's friend,` names a tie more often than a stance; `Cole, Ruiz's
  ** fiercest critic,` a stance (a rival is no critic) */
  int hostile_word = word_in(d, h->tok, &against_people) && !word_is(d, h->tok, "rival") &&
                     !word_is(d, h->tok, "rivals");
  if ((one_of || hostile_word) && t > c->a + 1 && is_punct(d, t - 1, ',')) {
    long x = before(c, t);
    if (x >= 0 && c->part[x].end == t - 1 && !c->plural[x]) side_add_person(c, (size_t)x, &sd);
    return sd;
  }
  if (t > c->a + 1 && word_in(d, t - 1, &copulas)) return subject_of(c, t - 1);
  size_t e = h->end;
  if (is_punct(d, e, ',')) e++;
  if (word_in(d, e, &including)) sd = phrase_from(c, object_at(c, e + 1, 3));
  else if (hostile_word && e > h->end) { /* `Ruiz's fiercest critic, Tom Cole,` */
    long x = object_at(c, e, 4);
    if (x >= 0 && phrase_start(c, (size_t)x) == e) side_add_person(c, (size_t)x, &sd);
  }
  return sd;
}

static void one_of_them(sentence_ctx *c, const cue_hit *h, size_t at) {
  long b = before(c, h->tok);
  if (b < 0 || c->plural[b]) return;
  side holder = member_named(c, h, at), tgt = phrase_ending_at(c, b);
  add_sides(c, &holder, &tgt, h->score);
}

/* `Peru's accusation that Chile spied`, `Peru made the allegation that
** Chile had lied`, `charges by Peru that Chile ...`: an accusation whose
** content follows with `that` is aimed at that clause's named subject,
** from the noun's possessor, the one after `by`, or the subject of a verb
** that makes or repeats it.  Not `rejected the accusation that Chile ...`:
** one who answers it is no accuser (no row). */
static int accused_that(sentence_ctx *c, const cue_hit *h) {
  NW_WORDS(accusations, "accusation", "accusations", "allegation", "allegations", "charges");
  NW_WORDS(making, "made", "make", "makes", "making", "repeated", "repeat", "repeats", "repeating", "renewed",
           "leveled", "levelled", "raised", "voiced", "reiterated", "echoed", "pressed", "amplified");
  NW_WORDS(answering, "rejected", "rejects", "reject", "rejecting", "denied", "denies", "deny", "denying",
           "dismissed", "dismisses", "dismiss", "refuted", "rebutted", "disputed", "disputes", "answered");
  const nw_doc *d = c->d;
  if (!word_in(d, h->tok, &accusations)) return 0;
  size_t t = h->end;
  long by = -1;
  while (t < c->b && t < h->end + 6 && is_word(d, t) && !word_is(d, t, "that")) {
    if (by < 0 && word_in(d, t, &agent_preps)) by = object_at(c, t + 1, 3); /* `by Peru`, `from Peru` */
    t++;
  }
  if (t + 2 >= c->b || !word_is(d, t, "that")) return 0;
  long who = object_at(c, t + 1, 3);
  if (who < 0 || c->plural[who] || d->tok_men[c->part[who].tok] < 0) return 0;
  side holder = {{0}, 0};
  size_t at = holder_at(c, h->tok);
  long b = before(c, h->tok);
  if (at != h->tok && b >= 0) holder = phrase_ending_at(c, b); /* `Peru's accusation` */
  else if (by >= 0) holder = phrase_from(c, by);
  else { /* `made the accusation`: back over its article and adjectives to the verb */
    size_t v = h->tok;
    for (int n = 0; v > c->a && n < 4 && is_word(d, v - 1) && (d->t.tok[v - 1].flags & NW_TF_LOWER) &&
                    !word_in(d, v - 1, &making) && !word_in(d, v - 1, &answering);
         n++)
      v--;
    if (v > c->a && word_in(d, v - 1, &answering)) return 1;
    if (v <= c->a || !word_in(d, v - 1, &making)) return 0;
    holder = subject_of(c, v - 1);
  }
  side tgt = phrase_from(c, who);
  if (!holder.n) return 0;
  add_sides(c, &holder, &tgt, h->score);
  return 1;
}

/* Verbs of warning (also warned_audience's). */
NW_WORDS(warning, "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned", "cautioning", "remind",
         "reminds", "reminded", "reminding");
#define WARNED_ACT_WEIGHT 0.5f /* (how much of an act warned against its warner opposes) */

/* `warned China against supplying arms to Peru`, `barred Acme from
** selling to Chile`: the -ing word at k after `against` or `from` that a
** verb of warning or barring a few words before governs: an act warned
** against or barred, none done; the one who warns opposes it. */
static int act_warned_against(const sentence_ctx *c, size_t k) {
  NW_WORDS(barring, "bar", "bars", "barred", "ban", "bans", "banned", "prohibit", "prohibits", "prohibited", "stop",
           "stops", "stopped", "prevent", "prevents", "prevented", "deter", "deters", "deterred", "discourage",
           "discourages", "discouraged", "block", "blocks", "blocked", "advise", "advises", "advised");
  const nw_doc *d = c->d;
  if (k < c->a + 2 || !(word_is(d, k - 1, "against") || word_is(d, k - 1, "from")) ||
      !nw_doc_ing_word(d, k, 5))
    return 0;
  for (size_t v = k - 1; v > c->a && k - v < 8;) {
    v--;
    if (word_in(d, v, &warning) || word_in(d, v, &barring)) return 1;
    if (is_punct(d, v, ',') || is_punct(d, v, ';')) return 0;
  }
  return 0;
}

static void place_cue(sentence_ctx *c, const cue_hit *h) {
  int32_t qi = c->quote_of[h->tok];
  cue_hit opposed;
  if (act_warned_against(c, h->tok)) { /* (`warned X against blocking Y's nominee` sides with Y, weakly) */
    opposed = *h;
    opposed.score = -h->score * WARNED_ACT_WEIGHT;
    h = &opposed;
  }
  int verbal = (h->pos == NW_POS_VERB || h->pos == NW_POS_PHRASE) && h->dir != NW_DIR_NONE;
  if (verbal) {
    place_verbal(c, h, qi);
    return;
  }
  int consumed = h->tok >= c->consumed_from && h->tok < c->consumed_to;
  if (qi >= 0 && described_object(c, h, qi)) return; /* `described X's response as “unacceptable”` */
  if (named_passive(c, h) || named_as(c, h) || named_as_one_of(c, h) || accused_that(c, h)) return;
  if (given_to(c, h)) return;
  /* `cheered by supporters of Ruiz`: those people are the agents, no
  ** stance of the clause's subject toward the one they stand by */
  if (word_is(c->d, h->end, "of") && word_in(c->d, h->tok, &people)) {
    size_t p = h->tok;
    while (p > c->a + 1 && h->tok - p < 3 && (word_in(c->d, p - 1, &determiners) || word_in(c->d, p - 1, &support_modifiers)))
      p--;
    if (p > c->a && word_in(c->d, p - 1, &agent_preps)) return;
  }
  /* the holder: the speaker in a quote unless the clause has its own
  ** subject there; else the clause's subject */
  size_t at = holder_at(c, h->tok);
  /* `Okafor's supporters`, `his critics`: people who stand toward the
  ** possessor, not the holder's stance */
  if (at != h->tok && word_in(c->d, h->tok, &people)) {
    one_of_them(c, h, at);
    return;
  }
  /* `Gorsuch's nomination to the court`: the possessor is the one chosen,
  ** not one who chooses (`Trump's nomination of Gorsuch` is his) */
  NW_WORDS(chosen, "nomination", "nominations", "appointment", "appointments", "promotion", "promotions",
           "election", "selection", "confirmation");
  if (at != h->tok && word_in(c->d, h->tok, &chosen) && !nw_tok_is(&c->d->t, h->end, "of")) return;
  /* `Cole's arrest`: done to Cole, no act of Cole's */
  if (at != h->tok && word_in(c->d, h->tok, &removals) && !nw_tok_is(&c->d->t, h->end, "of")) return;
  if (at != h->tok && answered_act(c, h, at)) return;
  lazy_holder holder = {c, at, qi, 0, {{0}, 0}};
  size_t attached = c->attached;
  place_nominal(c, h, &holder, consumed);
  /* a predicate in a quote: `said Denmark's decision was hostile`, `said
  ** Acme lacked controls` */
  long s = qi >= 0 && (h->pos == NW_POS_ADJ || h->pos == NW_POS_VERB) ? subject_part(c, at) : -1;
  if (s >= 0 && c->quote_of[c->part[s].tok] == qi && !speaker_denies(c, qi)) {
    side speaker = speaker_side(c, qi), t = phrase_from(c, s);
    add_sides(c, &speaker, &t, h->score);
  }
  /* a judgement in reported speech that attaches to no one is the
  ** speaker's on the one the reported words are about, their first actor
  ** before the cue (`said Moreau had been responsible for a fine
  ** recovery`, `said Okafor had made “false” claims`, `said Okafor was a
  ** liar`) */
  if (qi >= 0 && c->attached == attached && (h->pos == NW_POS_ADJ || predicate_noun(c, h))) speaker_on_subject(c, h, qi);
}

/* `urged Peru to lift the ban`, `called on Chile to release him`, `asked
** the club to drop the fine`: a request that someone stop or undo what
** they do is a demand, hostile (CAMEO 10, demand), from the one who asks
** toward the one asked.  A request to act (`urged Peru to join`) is none. */
#define DEMAND_SCORE (-0.55f)
NW_WORDS(asking, "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call", "calls", "called",
         "calling", "tell", "tells", "told", "telling", "push", "pushes", "pushed", "pushing", "implore", "implored",
         "beg", "begged");
NW_WORDS(undoing, "stop", "end", "halt", "lift", "cease", "release", "withdraw", "resign", "quit",
                                      "drop", "scrap", "abandon", "reverse", "revoke", "rescind", "free", "curb",
                                      "rein", "refrain", "pull", "retract", "apologize", "apologise",
                                      "desist", "dismantle", "suspend", "cancel", "leave", "remove",
                                      "revert", "reconsider", "rethink", "relent", "retreat");

/* A verb of stopping or undoing at i: one of `undoing` (not `free up`), or
** `step` and `back` with `down`, `aside`, `off` or `away` (`step down`,
** `back off`; `back the plan` and `step up` are support). */
static int undoing_at(const nw_doc *d, size_t i) {
  NW_WORDS(particles, "down", "aside", "off", "away");
  NW_WORDS(moves, "step", "back");
  if (word_is(d, i + 1, "up")) return 0;
  return word_in(d, i, &undoing) || (word_in(d, i, &moves) && word_in(d, i + 1, &particles));
}

/* The first token from k on that may be a word of trigger `bit`: of the
** words find_cues noted with it, or k itself when it could not note them
** all; c->b when none is left.  (A pass that reads every token for the
** words of its set steps from one to the next.) */
static size_t next_trigger(const sentence_ctx *c, size_t k, unsigned bit) {
  if (c->ntrig > MAX_TRIGGER_WORDS) return k;
  for (size_t i = 0; i < c->ntrig; i++)
    if (c->trig_tok[i] >= k && (c->trig_bits[i] & bit)) return c->trig_tok[i];
  return c->b;
}

/* `called for Ruiz's resignation`, `sought Cole's ouster`: a demand that
** someone go, the one named with `'s` before the noun (`the resignation of
** Ruiz` is a lexicon phrase, `demanded Ruiz's resignation` the verb's). */
static void place_removals(sentence_ctx *c) {
  NW_WORDS(for_verbs, "call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press",
           "presses", "pressed", "pressing", "campaign", "campaigned", "campaigning", "lobby", "lobbied",
           "lobbying");
  NW_WORDS(seeking, "seek", "seeks", "sought", "seeking");
  const nw_doc *d = c->d;
  if (c->npart < 2 || !(c->triggers & TRIGGER_REMOVAL)) return;
  for (size_t k = next_trigger(c, c->a + 2, TRIGGER_REMOVAL); k < c->b; k = next_trigger(c, k + 1, TRIGGER_REMOVAL)) {
    if (d->tok_men[k] >= 0 || d->t.tok[k].type != NW_TOK_WORD) continue;
    if (word_in(d, k, &removals) && !word_is(d, k + 1, "of")) {
      size_t e = k;
      while (e > c->a && (d->t.tok[e - 1].flags & NW_TF_POSS) && d->tok_men[e - 1] < 0) e--;
      long b = before(c, e);
      if (b < 0 || c->part[b].end != e || !((d->t.tok[e - 1].flags & NW_TF_POSS) || e < k)) continue;
      size_t v = phrase_start(c, (size_t)b);
      if (v > c->a && word_in(d, v - 1, &articles)) continue; /* `the Vela board's dismissal` */
      if (v < c->a + 1) continue;
      if (word_is(d, v - 1, "for") && v > c->a + 1 && word_in(d, v - 2, &for_verbs)) v -= 2;
      else if (word_in(d, v - 1, &seeking)) v -= 1;
      else continue;
      side tgt = phrase_from(c, b);
      if (!negated_before(c, v, NEGATION_WINDOW)) verb_subject_toward(c, v, &tgt, DEMAND_SCORE);
    }
  }
}

static void place_demands(sentence_ctx *c) {
  const nw_doc *d = c->d;
  if (!c->npart || !(c->triggers & TRIGGER_ASKING)) return;
  for (size_t k = next_trigger(c, c->a, TRIGGER_ASKING); k + 3 < c->b; k = next_trigger(c, k + 1, TRIGGER_ASKING)) {
    if (d->tok_men[k] >= 0 || d->t.tok[k].type != NW_TOK_WORD || !word_in(d, k, &asking)) continue;
    size_t o = k + 1;
    if (word_is(d, o, "on") || word_is(d, o, "upon")) o++;
    else if (word_is(d, k, "call") || word_is(d, k, "calls") || word_is(d, k, "called") ||
             word_is(d, k, "calling"))
      continue; /* `called Peru a friend`: a call is a demand only with `on` */
    long obj = object_at(c, o, 4);
    if (obj < 0) continue;
    side tgt = phrase_from(c, obj);
    size_t t = c->part[obj].end;
    /* past `Peru and Chile`, not into the request (`to stop detaining Kurds`) */
    for (size_t j = (size_t)obj + 1; j < c->npart && coordinated(c, j - 1); j++)
      if (c->part[j].end > t) t = c->part[j].end;
    if (!word_is(d, t, "to") || !undoing_at(d, t + 1)) continue;
    verb_subject_toward(c, k, &tgt, DEMAND_SCORE);
  }
}

/* `Ruiz said Cole should resign`, `“Chile must withdraw its troops,” Peru
** said`: in reported words, an actor who should or must stop or undo what
** it does is the speaker's demand on it, as with `urged Cole to resign`.
** Not `should not`, nor a speaker who denies the words. */
NW_WORDS(obliged, "should", "must", "ought", "needs", "need", "has", "have");

static void place_reported_demands(sentence_ctx *c) {
  const nw_doc *d = c->d;
  /* (a participant in quoted words that an obliging word follows, else
  ** none: most sentences have no such one) */
  int obliging = 0;
  for (size_t m = 0; m < c->npart && !obliging; m++) {
    size_t t = c->part[m].end;
    obliging = t + 1 < c->b && c->quote_of[t] >= 0 && word_in(d, t, &obliged);
  }
  if (!obliging) return;
  for (size_t k = 0; k < c->npart; k++) {
    int32_t qi = c->quote_of[c->part[k].tok];
    if (qi < 0 || c->plural[k] || c->q->q[qi].actor < 0) continue;
    size_t j = k; /* past `Chile and Bolivia` */
    while (j + 1 < c->npart && coordinated(c, j) && !c->plural[j + 1]) j++;
    size_t t = c->part[j].end;
    if (t + 1 >= c->b || c->quote_of[t] != qi || !word_in(d, t, &obliged) || after_preposition(c, k)) continue;
    int to = word_is(d, t, "ought") || word_is(d, t, "needs") || word_is(d, t, "need") ||
             word_is(d, t, "has") || word_is(d, t, "have");
    t++;
    if (to && !word_is(d, t++, "to")) continue;
    if (t >= c->b || !undoing_at(d, t) || speaker_denies(c, qi)) continue;
    side speaker = speaker_side(c, qi), tgt = {{0}, 0};
    for (size_t m = k; m <= j; m++) side_add(&tgt, c->part[m].actor);
    add_sides(c, &speaker, &tgt, DEMAND_SCORE);
    k = j;
  }
}

/* A verb, its object and what follows the object, hostile together though
** none is a cue alone (courts and sport): `took Vela to court`, `reported
** Cole to the police`, `hit Cole with a lawsuit`. */
#define SANCTION_SCORE (-0.55f)
NW_WORDS(taking, "take", "takes", "took", "taken", "taking", "drag", "drags", "dragged", "dragging");
NW_WORDS(reporting, "report", "reports", "reported", "reporting");
NW_WORDS(hitting, "hit", "hits", "hitting");
/* the three sets at once: the one test every token of a sentence meets */
NW_WORDS(sanction_verbs, "take", "takes", "took", "taken", "taking", "drag", "drags", "dragged", "dragging", "report",
         "reports", "reported", "reporting", "hit", "hits", "hitting");
NW_WORDS(sanctions, "lawsuit", "lawsuits", "suit", "charge", "charges", "fine", "fines", "ban", "suspension",
         "sanctions", "penalty", "complaint", "indictment", "writ");

/* Does what follows the object at token t make the verb at v hostile? */
static int hostile_complement(const nw_doc *d, size_t v, size_t t, size_t b) {
  if (t >= b) return 0;
  if (word_in(d, v, &taking)) return t + 1 < b && word_is(d, t, "to") && word_is(d, t + 1, "court");
  if (word_in(d, v, &reporting)) {
    if (!word_is(d, t, "to")) return 0;
    if (word_is(d, t + 1, "the")) t++;
    return t + 1 < b && (word_is(d, t + 1, "police") || nw_tok_is_ci(&d->t, t + 1, "authorities"));
  }
  if (!word_in(d, v, &hitting) || !word_is(d, t, "with")) return 0;
  for (size_t k = t + 1; k < b && k < t + 5; k++) /* `with a four-game ban` */
    if (word_in(d, k, &sanctions)) return 1;
  return 0;
}

/* In a quote, the verb at v is the speaker's when no other subject stands
** before it than a pronoun (`she would take Vela to court`), not when one
** no actor names does (`the league hit Cole with a ban, Ruiz said`). */
static int speaker_is_subject(const sentence_ctx *c, size_t v) {
  const nw_doc *d = c->d;
  if (c->quote_of[v] < 0 || subject_of(c, v).n) return 1;
  size_t k = v;
  while (k > c->a && is_filler(d, k - 1)) k--;
  return k > c->a && (word_in(d, k - 1, &subject_pronouns) || first_person(d, k - 1));
}

static void place_sanctions(sentence_ctx *c) {
  const nw_doc *d = c->d;
  if (!c->npart || !(c->triggers & TRIGGER_SANCTION)) return;
  for (size_t k = next_trigger(c, c->a, TRIGGER_SANCTION); k + 2 < c->b; k = next_trigger(c, k + 1, TRIGGER_SANCTION)) {
    if (d->tok_men[k] >= 0 || !(d->t.tok[k].flags & NW_TF_LOWER) || !word_in(d, k, &sanction_verbs)) continue;
    long obj = object_at(c, k + 1, 4);
    if (obj < 0) continue;
    size_t t = c->part[obj].end; /* past `Vela and Cole` */
    for (size_t j = (size_t)obj + 1; j < c->npart && coordinated(c, j - 1); j++)
      if (c->part[j].end > t) t = c->part[j].end;
    if (!hostile_complement(d, k, t, c->b)) continue;
    side tgt = phrase_from(c, obj);
    if (speaker_is_subject(c, k)) verb_subject_toward(c, k, &tgt, modify(d, c->a, c->a, k, SANCTION_SCORE));
  }
}

/* `came to Cole's defense`, `rushed to Vela's aid`: a verb of moving, `to`,
** a possessor and what is brought to them is support for the possessor. */
#define RESCUE_SCORE 0.62f
NW_WORDS(moving, "come", "comes", "came", "coming", "rush", "rushes", "rushed", "rushing", "leap", "leaps", "leapt",
         "leaped", "leaping", "spring", "springs", "sprang", "sprung", "springing", "jump", "jumps", "jumped",
         "jumping", "ride", "rides", "rode", "riding", "go", "goes", "went", "going");
static void place_rescues(sentence_ctx *c) {
  NW_WORDS(help, "defense", "defence", "aid", "rescue", "assistance");
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_MOVING)) return;
  /* (k - 1 steps over the words of moving) */
  for (size_t k = next_trigger(c, c->a, TRIGGER_MOVING) + 1; k + 3 < c->b; k = next_trigger(c, k, TRIGGER_MOVING) + 1) {
    if (!word_is(d, k, "to") || !word_in(d, k - 1, &moving)) continue;
    long who = object_at(c, k + 1, 2);
    if (who < 0) continue;
    size_t e = c->part[who].end; /* the possessive `'s`, then the help */
    if (e + 1 >= c->b || !(d->t.tok[e].flags & NW_TF_POSS) || !word_in(d, e + 1, &help)) continue;
    side tgt = phrase_ending_at(c, who);
    if (speaker_is_subject(c, k - 1)) verb_subject_toward(c, k - 1, &tgt, modify(d, c->a, c->a, k - 1, RESCUE_SCORE));
  }
}

/* Cue weights around the contrast word at `at` (find_cues): before ×0.5,
** after ×1.5. */
static void contrast_weights(cue_hit *hits, size_t n, size_t at) {
  if (n == 0 || at == (size_t)-1) return;
  for (size_t i = 0; i < n; i++) hits[i].score = clamp1(hits[i].score * (hits[i].tok > at ? CONTRAST_AFTER : CONTRAST_BEFORE));
}


/* An adjective the modifiers lexicon calls a booster or dampener, or one
** of support_modifiers (`full`, `unanimous`, `tepid`): one word, no -ly
** adverb (`strongly` qualifies a verb). */
static int intensifying_adjective(const nw_doc *d, size_t t) {
  if (!is_word(d, t) || !(d->t.tok[t].flags & NW_TF_LOWER) || is_filler(d, t)) return 0;
  if (word_in(d, t, &support_modifiers)) return 1;
  const nw_modifier *m = modifier_at(d, t, t + 1);
  return m && (m->type == NW_MOD_BOOSTER || m->type == NW_MOD_DAMPENER);
}

/* A verb form used as a noun: after a possessive or a determiner, past
** numbers, modifiers such as `three-day` or `first`, intensifying
** adjectives (`the full backing of`, `a tepid endorsement`) and, after a
** determiner, capitalized words that name no one (`the three-day
** meeting`, `Okafor's attacks`, `their support`, `the October attacks`). */
static int noun_use(const sentence_ctx *c, size_t k) {
  NW_WORDS(mods, "first", "second", "third", "last", "latest", "recent", "new", "previous",
                                     "further", "joint", "annual", "official", "historic", "several", "two",
                                     "three", "four", "five", "many", "public", "repeated", "growing");
  NW_WORDS(preps, "amid", "despite", "with", "after", "over", "of", "for", "in", "on");
  const nw_doc *d = c->d;
  if (past_tense(d, k)) return 0;
  /* `Praise for Cole by Ruiz`, `amid support of Kyiv`: no subject, and
  ** `for` or `of` after it */
  if ((k == c->a || word_in(d, k - 1, &preps)) && word_in(d, k + 1, &of_for)) return 1;
  if (k > c->a && word_in(d, k - 1, &receiving)) return 1; /* `received support from` */
  size_t n = nw_tok_len(&d->t, k);
  if (k > c->a && n > 3 && nw_tok_text(&d->t, k)[n - 1] == 's' && is_word(d, k - 1) &&
      (d->t.tok[k - 1].flags & NW_TF_LOWER) && nw_doc_ing_word(d, k - 1, 6))
    return 1; /* `preventing attacks`: the object of an -ing verb */
  int named = 0;
  for (size_t t = k; t > c->a && k - t < 4;) {
    t--;
    if (d->t.tok[t].flags & NW_TF_POSS) return !named; /* not `Chile's Senate attacks` */
    if (word_in(d, t, &determiners)) return 1;
    /* `the September 11 attacks`: a capitalized word that names no one, body or title */
    int name = is_word(d, t) && (d->t.tok[t].flags & NW_TF_CAP) && t > c->a && d->tok_men[t] < 0 &&
               !(d->tok_info[t] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_ROLE | NW_TI_BODY));
    named |= name;
    if (!(d->t.tok[t].type == NW_TOK_NUM || (d->t.tok[t].flags & NW_TF_HYPHEN) || word_in(d, t, &mods) ||
          is_punct(d, t, '-') || name || intensifying_adjective(d, t)))
      return 0;
  }
  return 0;
}

/* A participle with its agent and no `be` (`Chile, condemned strongly by
** Peru, recalled its envoy`): `by` and a named agent right after the verb,
** past an adverb; not `by` and an -ing clause (`retaliated by expelling
** diplomats from Peru`). */
static int reduced_passive(const sentence_ctx *c, size_t k, size_t end) {
  const nw_doc *d = c->d;
  if (!past_tense(d, k)) return 0;
  size_t t = end;
  if (t < c->b && is_filler(d, t)) t++;
  if (!word_is(d, t, "by")) return 0;
  long agent = object_at(c, t + 1, 6);
  if (agent < 0) return 0;
  for (size_t i = t + 1; i < c->part[agent].tok; i++)
    if (nw_doc_ing_word(d, i, 5)) return 0;
  return 1;
}

/* `I don't think Ruiz is honest`, `never believed Chile would keep the
** deal`: a cue in the clause after a negated verb of believing is no
** judgement at all (the negation hedges the whole clause), as a negated
** `believes` reports no view (believed_clause).  Back from the cue at k
** to such a verb with no comma, colon or semicolon between, followed by
** `that`, a pronoun or a name (not `never thought well of`). */
NW_WORDS(believing_hedged, "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
         "suppose", "supposes", "supposed", "expect", "expects", "expected");
static int under_negated_belief(const sentence_ctx *c, size_t k) {
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_BELIEVING)) return 0;
  for (size_t t = k; t > c->a && k - t < 15;) {
    t--;
    if (is_punct(d, t, ',') || is_punct(d, t, ';') || is_punct(d, t, ':')) return 0;
    if (!word_in(d, t, &believing_hedged)) continue;
    /* a clause after it: `that`, a pronoun or a name (not `think much of`) */
    size_t f = t + 1;
    if (!(word_is(d, f, "that") || word_in(d, f, &subject_pronouns) || object_at(c, f, 2) >= 0)) continue;
    return negated_before(c, t, 3);
  }
  return 0;
}

/* `against` right after a noun that is a cue of its own (`the battle
** against`, `attacks against`: the noun takes it as its object), or after
** a contest of sport (`the game against`, `a victory against`: no stance,
** as winning is none), is no cue of the clause's verb.  Not after a verb
** (`turned against`, `cooperate against`) or a name (`Peru against Chile`). */
static int noun_before(const sentence_ctx *c, size_t k) {
  NW_WORDS(contests, "game", "games", "match", "matches", "victory", "victories", "win", "wins", "loss", "losses",
           "defeat", "defeats", "final", "semifinal", "semi-final", "tie", "fixture", "fixtures", "derby", "series",
           "draw", "opener", "showdown", "rematch", "bout", "race", "playoff", "clash", "debut", "goal", "goals");
  const nw_doc *d = c->d;
  if (k <= c->a) return 0;
  size_t p = k - 1;
  if (!is_word(d, p) || !(d->t.tok[p].flags & NW_TF_LOWER) || d->tok_men[p] >= 0) return 0;
  if (word_in(d, p, &contests)) return 1;
  int v, len = nw_phrases_match(&nw_lex()->cues, &d->t, p, 1, &v);
  return len == 1 && nw_lex()->cue[v].pos == NW_POS_NOUN;
}

/* `played against`, `scored twice against`, `lost 2-1 against`: `against`
** after a verb of playing a game (past an adverb or a score) names an
** opponent in sport, no stance, as winning is none. */
static int played_before(const sentence_ctx *c, size_t k) {
  NW_WORDS(playing, "play", "plays", "played", "playing", "score", "scores", "scored", "scoring", "lose", "loses",
           "lost", "losing", "draw", "draws", "drew", "start", "starts", "started", "starting", "debut", "debuts",
           "debuted", "bat", "bats", "batted", "batting", "bowl", "bowled", "pitch", "pitched", "race", "raced");
  NW_WORDS(adverbs, "twice", "again", "once", "well", "late", "early", "away", "home");
  const nw_doc *d = c->d;
  size_t p = k;
  while (p > c->a && k - p < 3 && (word_in(d, p - 1, &adverbs) || d->t.tok[p - 1].type == NW_TOK_NUM ||
                                   is_punct(d, p - 1, '-')))
    p--;
  return p > c->a && word_in(d, p - 1, &playing);
}

static unsigned word_triggers(const nw_doc *d, size_t k);
static inline int trigger_may(const char *w, size_t n);

/* The first words of the contrast phrases of the modifiers lexicon (`but`,
** `however`, `even` of `even though`), lowercase ASCII, each with the
** second words of its phrases of two or more (`though`, `so`): at a word
** that starts none of them the longest modifier phrase is no contrast, and
** first_contrast need not match the phrases there (most words it is asked
** about start a negation, booster or dampener, or are `in` or `on` before
** anything but `contrast`, `spite` or `the`).  Built once from the lexicon;
** with a word the tables cannot hold, every word may start one. */
#define CONTRAST_SLOT_BITS 7 /* a table at most half full: 64 first words */
#define CONTRAST_SECONDS 4   /* second words kept for a first word */
typedef struct contrast_key {
  uint64_t w0, w1; /* the word's bytes, zero-padded */
  size_t n;        /* 0: none */
} contrast_key;
typedef struct contrast_word {
  contrast_key first;
  int alone;                  /* a phrase of its own (`but`) */
  int nsecond;                /* > CONTRAST_SECONDS: any second word */
  contrast_key second[CONTRAST_SECONDS];
} contrast_word;
static contrast_word contrast_first[1u << CONTRAST_SLOT_BITS];
static size_t ncontrast_first;
static int contrast_unsieved;
static pthread_once_t contrast_once = PTHREAD_ONCE_INIT;

static size_t contrast_slot_of(uint64_t w0, uint64_t w1) {
  return (size_t)(((w0 ^ (w1 * NW_HASH_MUL)) * NW_HASH_MUL) >> (64 - CONTRAST_SLOT_BITS));
}

static uint64_t lower_word(const char *s, size_t n);

/* The key of the lowercase ASCII word s[0..n) (n 1 to 16), or one with n 0. */
static contrast_key contrast_key_of(const char *s, size_t n) {
  contrast_key k = {0, 0, 0};
  if (n < 1 || n > 16) return k;
  for (size_t j = 0; j < n; j++)
    if ((unsigned char)s[j] >= 0x80) return k;
  k.w0 = lower_word(s, n < 8 ? n : 8);
  k.w1 = n > 8 ? lower_word(s + 8, n - 8) : 0;
  k.n = n;
  return k;
}

static int same_key(const contrast_key *a, const contrast_key *b) {
  return a->n == b->n && a->w0 == b->w0 && a->w1 == b->w1;
}

/* The entry of first word k, or its empty slot. */
static contrast_word *contrast_entry(const contrast_key *k) {
  size_t j = contrast_slot_of(k->w0, k->w1);
  while (contrast_first[j].first.n && !same_key(&contrast_first[j].first, k))
    j = (j + 1) & ((1u << CONTRAST_SLOT_BITS) - 1);
  return &contrast_first[j];
}

static void add_contrast_phrase(const char *key, size_t len) {
  size_t n = 0; /* its first token's key: up to the first space */
  while (n < len && key[n] != ' ') n++;
  contrast_key first = contrast_key_of(key, n), second = {0, 0, 0};
  if (n < len) {
    size_t s = n + 1, e = s;
    while (e < len && key[e] != ' ') e++;
    second = contrast_key_of(key + s, e - s);
    if (!second.n) first.n = 0; /* (a second word the table cannot hold) */
  }
  if (!first.n) {
    contrast_unsieved = 1;
    return;
  }
  contrast_word *w = contrast_entry(&first);
  if (!w->first.n) {
    if (++ncontrast_first > (1u << CONTRAST_SLOT_BITS) / 2) {
      contrast_unsieved = 1;
      return;
    }
    w->first = first;
  }
  if (!second.n) {
    w->alone = 1;
    return;
  }
  for (int j = 0; j < w->nsecond && j < CONTRAST_SECONDS; j++)
    if (same_key(&w->second[j], &second)) return;
  if (w->nsecond < CONTRAST_SECONDS) w->second[w->nsecond] = second;
  w->nsecond++;
}

static void build_contrast_first(void) {
  const nw_lexicon *lx = nw_lex();
  const nw_map *m = &lx->modifiers.map;
  for (size_t i = 0; i < m->cap && !contrast_unsieved; i++) {
    const nw_map_slot *e = &m->slots[i];
    if (e->key && e->value >= 0 && (size_t)e->value < lx->nmodifier && lx->modifier[e->value].type == NW_MOD_CONTRAST)
      add_contrast_phrase(e->key, e->len);
  }
}

/* Token k's key (as the lexicon folds an ASCII word), or one with n 0 for
** a token with other bytes or over 16 of them. */
static contrast_key token_key(const nw_doc *d, size_t k) {
  contrast_key key = {0, 0, 0};
  const nw_tok *t = &d->t.tok[k];
  size_t n = t->end - t->start;
  if (n - 1 >= 16) return key;
  const char *s = d->t.s + t->start;
  size_t avail = d->t.n - t->start;
  uint64_t w0 = nw_load_upto(s, n < 8 ? n : 8, avail), w1 = n > 8 ? nw_load_upto(s + 8, n - 8, avail - 8) : 0;
  if ((w0 | w1) & (NW_ONES * 0x80)) return key;
  int caps;
  key.w0 = nw_word_lower(w0, &caps);
  key.w1 = nw_word_lower(w1, &caps);
  key.n = n;
  return key;
}

/* May a contrast phrase start at word k of a sentence that ends at b? */
static int contrast_may_start(const nw_doc *d, size_t k, size_t b) {
  if (contrast_unsieved) return 1;
  contrast_key key = token_key(d, k);
  if (!key.n) return 1; /* other bytes (folded as the lexicon folds them), or many */
  const contrast_word *w = contrast_entry(&key);
  if (!w->first.n) return 0;
  if (w->alone || w->nsecond > CONTRAST_SECONDS || k + 1 >= b) return 1;
  contrast_key next = token_key(d, k + 1);
  if (!next.n) return 1;
  for (int j = 0; j < w->nsecond; j++)
    if (same_key(&w->second[j], &next)) return 1;
  return 0;
}

/* The first contrast word (a modifier phrase of type contrast) among the
** tokens cand[0..n) (in order; (size_t)-1: none). */
static size_t first_contrast(const nw_doc *d, size_t b, const uint32_t *cand, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!contrast_may_start(d, cand[i], b)) continue;
    const nw_modifier *m = modifier_at(d, cand[i], b);
    if (m && m->type == NW_MOD_CONTRAST) return cand[i];
  }
  return (size_t)-1;
}

/* What find_cues asks of a word first: may it be a trigger word (the
** sieve), and which tables may start a phrase there (the index of first
** words; every table without it). */
typedef struct cue_word {
  int trigger;
  uint32_t bits;
} cue_word;

/* The first word from k on (before b) that find_cues must look at, and
** what it asks of it (*w): one the trigger sieve lets through, or one that
** may start a cue or modifier (want: their bits).  Most words are neither:
** a loop of its own keeps what it reads in registers (find_cues' loop, with
** its calls, cannot).  (scan_stops asks the same.) */
static inline size_t next_cue_word(const nw_tok *tok, const char *text, const nw_tok_first *first, uint32_t want,
                                   size_t k, size_t b, cue_word *w) {
  for (; k < b; k++) {
    const nw_tok *t = &tok[k];
    if (t->type != NW_TOK_WORD) continue;
    int trigger = trigger_may(text + t->start, t->end - t->start);
    uint32_t bits = first && nw_tok_first_fits(&first[k], t) ? first[k].bits : UINT32_MAX;
    if (trigger || (bits & want)) {
      *w = (cue_word){trigger, bits};
      return k;
    }
  }
  return b;
}

/* The index of first words find_cues and scan_stops read (NULL: none they
** can use), and the bits of the tables they ask it about. */
static const nw_tok_first *cue_index(const nw_doc *d, uint32_t *cue_bit, uint32_t *modifier_bit) {
  const nw_lexicon *lx = nw_lex();
  const nw_tok_index *x = d->t.index;
  const nw_tok_first *first = x && x->n == d->t.ntok ? x->e : NULL;
  *cue_bit = lx->cues.bit, *modifier_bit = lx->modifiers.bit;
  if (!*cue_bit || !*modifier_bit) first = NULL, *cue_bit = *modifier_bit = 1; /* a table not in the index */
  return first;
}

/* One pass over the sentence's tokens for collect_participants and
** find_cues both (two passes cost a loop, a type test and a length more a
** token): the tokens next_party_token and next_cue_word would stop at, and
** what they found there, noted in c (c->stops).  0 (nothing noted) when
** the sentence has more of either than MAX_STOPS, or with no index of
** first words. */
__attribute__((noinline)) static int scan_stops(sentence_ctx *c) {
  const nw_doc *d = c->d;
  const nw_tok *tok = d->t.tok;
  const char *text = d->t.s;
  uint32_t cue_bit, modifier_bit;
  const nw_tok_first *first = cue_index(d, &cue_bit, &modifier_bit);
  const uint32_t want = cue_bit | modifier_bit;
  if (!first) return 0;
  size_t np = 0, nc = 0;
  /* (the tests of next_party_token and next_cue_word, written out again:
  ** as inline helpers shared with them they compiled to more instructions
  ** a token) */
  for (size_t k = c->a; k < c->b; k++) {
    const nw_tok *t = &tok[k];
    int kind = -1;
    if (t->type != NW_TOK_WORD) {
      if (t->flags & NW_TF_QUOTE) kind = PARTY_MARK;
      else if (t->cp == ',' && t->type == NW_TOK_PUNCT) kind = PARTY_COMMA;
      else continue;
      if (np == MAX_STOPS) return 0;
      c->party_tok[np] = (uint32_t)k, c->party_kind[np++] = (uint8_t)kind;
      continue;
    }
    size_t n = t->end - t->start;
    const char *w = text + t->start;
    if (n > 4) {
      if (w[n - 1] == 's' && k > 0 && tok[k - 1].end - tok[k - 1].start - 3 < 2u) kind = PARTY_PLURAL;
    } else if (pronoun_word(w, n)) {
      kind = PARTY_PRONOUN;
    }
    if (kind >= 0) {
      if (np == MAX_STOPS) return 0;
      c->party_tok[np] = (uint32_t)k, c->party_kind[np++] = (uint8_t)kind;
    }
    int trigger = trigger_may(w, n);
    uint32_t bits = nw_tok_first_fits(&first[k], t) ? first[k].bits : UINT32_MAX;
    if (trigger || (bits & want)) {
      if (nc == MAX_STOPS) return 0;
      c->cue_tok[nc] = (uint32_t)k, c->cue_bits[nc] = bits, c->cue_trigger[nc++] = (uint8_t)trigger;
    }
  }
  c->nparty = (uint32_t)np, c->ncue = (uint32_t)nc;
  c->stops = 1;
  c->stops_first = first;
  return 1;
}

/* next_cue_word, or the next word scan_stops noted (*stop: its number). */
static inline size_t next_cue_stop(const sentence_ctx *c, const nw_tok *tok, const char *text, const nw_tok_first *first,
                                   uint32_t want, size_t k, size_t *stop, cue_word *w) {
  if (!c->stops) return next_cue_word(tok, text, first, want, k, c->b, w);
  if (*stop >= c->ncue) return c->b;
  *w = (cue_word){c->cue_trigger[*stop], c->cue_bits[*stop]};
  return c->cue_tok[(*stop)++];
}

/* The sentence's cues, and (*contrast) its first contrast word after its
** first token ((size_t)-1: none), found in the same pass over its words as
** the TRIGGER_* of its words (c->triggers: under_negated_belief, asked
** here, looks back only).  The contrast weighs cues only: its candidates
** (the words where a modifier may start) are noted in the pass and looked
** up after it, in a sentence with cues only (most have none). */
static size_t find_cues(sentence_ctx *c, cue_hit *hits, size_t cap, size_t *contrast) {
  const nw_doc *d = c->d;
  const nw_lexicon *lx = nw_lex();
  size_t n = 0, scope = c->a; /* a negation reaches the first cue after it only */
  uint32_t cand[64];
  size_t ncand = 0, cand_from = c->b; /* past 64 candidates: from cand_from on, every word */
  /* what every word asks, read once (the calls below might change
  ** anything, for all the compiler knows): the tokens, and the index of
  ** first words when it is the tokens' (else every table may start
  ** anywhere) */
  const nw_tok *tok = d->t.tok;
  const char *text = d->t.s;
  const int32_t *men = d->tok_men;
  uint32_t cue_bit, modifier_bit;
  const nw_tok_first *first = cue_index(d, &cue_bit, &modifier_bit);
  if (c->stops_first != first) c->stops = 0; /* (another index than the one scanned, made or moved since: scan again) */
  unsigned triggers = c->triggers;
  /* every token is read for the triggers; the cues are looked for from
  ** `next` on (the tokens before it belong to a cue found) */
  const uint32_t want = cue_bit | modifier_bit;
  cue_word w = {0, 0};
  size_t stop = 0;
  for (size_t k = next_cue_stop(c, tok, text, first, want, c->a, &stop, &w), next = c->a; k < c->b;
       k = next_cue_stop(c, tok, text, first, want, k + 1, &stop, &w)) {
    const nw_tok *t = &tok[k];
    if (w.trigger) {
      unsigned bits = word_triggers(d, k);
      if (bits) { /* noted for the passes (next_trigger) */
        triggers |= bits;
        if (c->ntrig < MAX_TRIGGER_WORDS) c->trig_tok[c->ntrig] = (uint32_t)k, c->trig_bits[c->ntrig] = (uint16_t)bits;
        c->ntrig++;
      }
    }
    uint32_t bits = w.bits; /* the phrases that may start here, of both tables */
    /* (most words start neither: `next` moves on past them below as well) */
    if (!(bits & (modifier_bit | cue_bit))) continue;
    if (k > c->a && (bits & modifier_bit)) {
      if (ncand < sizeof cand / sizeof *cand) cand[ncand++] = (uint32_t)k;
      else if (cand_from == c->b) cand_from = k;
    }
    if (k < next || n >= cap) continue;
    next = k + 1;
    int v, len;
    if (!(bits & cue_bit) || men[k] >= 0) continue;
    /* a capital inside a sentence starts a name, not a cue */
    if ((t->flags & NW_TF_CAP) && k > c->a && !(tok[k - 1].flags & NW_TF_QUOTE)) continue;
    c->triggers = triggers; /* (under_negated_belief asks) */
    /* (bits is the index's answer nw_phrases_match would ask again: yes
    ** for the cues here, and no match of a modifier without its bit) */
    if (!(len = nw_phrases_match_full(&lx->cues, &d->t, k, c->b - k, &v))) continue;
    int mv, mlen = bits & modifier_bit ? nw_phrases_match_full(&lx->modifiers, &d->t, k, c->b - k, &mv) : 0;
    const nw_modifier *m = mlen > 0 ? &lx->modifier[mv] : NULL;
    /* `refused to condemn`: a negation, not a cue; unless the lexicon
    ** has the longer phrase (`refused to meet`) */
    if (m && m->type == NW_MOD_NEGATION && len <= mlen) {
      scope = k; /* it reaches the next cue */
      continue;
    }
    if (under_negated_belief(c, k)) {
      next = k + (size_t)len;
      continue;
    }
    if ((d->tok_info[k] & (NW_TI_ROLE | NW_TI_TITLE)) && (size_t)len == 1 && k + 1 < c->b && d->tok_men[k + 1] >= 0 &&
        !past_tense(d, k))
      continue; /* `Vela TV host Dana Kirk`: a role before a name (not `accused Moreau`) */
    if (len == 1 && word_is(d, k, "against") && (noun_before(c, k) || played_before(c, k)))
      continue; /* `the battle against`, `the game against`: the noun's, no verb's; `scored against`: sport */
    const nw_cue *cue = &lx->cue[v];
    cue_hit h = {(uint32_t)k, (uint32_t)(k + (size_t)len), modify(d, c->a, scope, k, cue->score), cue->pos, cue->dir, 0};
    scope = k + (size_t)len; /* `has not ruled out backing`: `not` is spent on `ruled out` */
    if (cue->pos == NW_POS_VERB && noun_use(c, k)) {
      h.pos = NW_POS_NOUN; /* `Okafor's attacks`, `their support`: a noun */
      h.dir = NW_DIR_NONE;
    }
    h.passive = (h.pos == NW_POS_VERB || h.pos == NW_POS_PHRASE) &&
                (passive_at(d, c->a, k) || (h.pos == NW_POS_VERB && reduced_passive(c, k, h.end)));
    if (h.score != 0) hits[n++] = h;
    next = k + (size_t)len;
  }
  c->triggers = triggers;
  size_t at = (size_t)-1;
  if (n) {
    at = first_contrast(d, c->b, cand, ncand);
    for (size_t k = cand_from; at == (size_t)-1 && k < c->b; k++) { /* (past 64 candidates) */
      uint32_t one = (uint32_t)k;
      if (is_word(d, k) && nw_phrases_may(&lx->modifiers, nw_phrases_bits_at(&d->t, k)))
        at = first_contrast(d, c->b, &one, 1);
    }
  }
  *contrast = at;
  return n;
}

/* ------------------------------------------------------------ words quotes() left without a speaker */

/* Quotes found here, after those of quotes(): `c->q` is a copy of its list
** with these added. */
typedef struct extra_quotes {
  nw_quotes all;
  const nw_quotes *base;
} extra_quotes;

/* The list of quotes made the context's own (a copy of quotes()'s, which is
** not changed) with room for one more: 0, or -1 without memory. */
static int own_quotes(extra_quotes *x) {
  if (x->all.q != x->base->q && x->all.n < x->all.cap) return 0;
  size_t cap = x->all.n + 8;
  nw_quote *p = malloc(cap * sizeof *p);
  if (!p) return -1;
  if (x->all.n) memcpy(p, x->all.q, x->all.n * sizeof *p);
  if (x->all.q != x->base->q) free(x->all.q);
  x->all.q = p;
  x->all.cap = cap;
  return 0;
}

static int32_t add_quote(sentence_ctx *c, extra_quotes *x, const nw_quote *q) {
  if (own_quotes(x)) return -1;
  x->all.q[x->all.n] = *q;
  c->q = &x->all;
  return (int32_t)x->all.n++;
}

/* Marks the tokens from the sentence's start to `end` as the words of a
** quote of participant k, with the speech verb at [v, ve) (none: v == ve). */
static void words_of(sentence_ctx *c, extra_quotes *x, size_t from, size_t end, size_t k, size_t v, size_t ve,
                     uint8_t kind) {
  const nw_doc *d = c->d;
  if (from >= end) return;
  for (size_t t = from; t < end; t++)
    if (c->quote_of[t] >= 0) return; /* quotes() said whose they are */
  nw_quote q;
  memset(&q, 0, sizeof q);
  q.start = d->t.tok[from].start;
  q.end = d->t.tok[end - 1].end;
  q.sp_start = d->t.tok[c->part[k].tok].start;
  q.sp_end = d->t.tok[c->part[k].end - 1].end;
  if (ve > v) q.verb_start = d->t.tok[v].start, q.verb_end = d->t.tok[ve - 1].end;
  q.actor = c->part[k].actor;
  q.sent = c->s;
  q.kind = kind;
  int32_t qi = add_quote(c, x, &q);
  if (qi < 0) return;
  int32_t *of = (int32_t *)c->quote_of; /* nw_find_stances owns the map */
  for (size_t t = from; t < end; t++) of[t] = qi;
}

static size_t speech_verb_end(const nw_doc *d, size_t i, size_t b);

/* The attribution after the comma at m, if it is one: 1 when the sentence
** is done with (its words given to a speaker, or to someone else). */
static int parenthetical_at(sentence_ctx *c, extra_quotes *x, size_t m) {
  const nw_doc *d = c->d;
  int verb = 0; /* a speech verb must follow within the attribution */
  for (size_t t = m + 1; t < c->b && t < m + 8 && !verb; t++) verb = (d->tok_info[t] & NW_TI_VERB) != 0;
  if (!verb) return 0;
  long k = object_at(c, m + 1, 4);
  size_t v = 0, ve = 0, close = 0;
  if (k >= 0 && phrase_start(c, (size_t)k) <= m + 2 && !c->plural[k]) { /* `, Peru said,` */
    v = c->part[k].end;
    while (v < c->b && is_filler(d, v)) v++;
    if ((ve = speech_verb_end(d, v, c->b))) close = ve;
  } else if ((ve = speech_verb_end(d, m + 1, c->b))) { /* `, said Peru,` */
    v = m + 1;
    k = object_at(c, ve, 4);
    if (k >= 0 && !c->plural[k]) close = c->part[k].end;
  }
  if (!close || !is_punct(d, close, ',') || close + 2 >= c->b) return 0;
  int32_t after = c->quote_of[close + 1];
  if (after < 0) { /* the words after it too */
    words_of(c, x, close + 1, c->b, (size_t)k, v, ve, NW_QUOTE_INDIRECT);
    after = c->quote_of[close + 1];
  } else if (c->q->q[after].actor != c->part[k].actor) {
    return 1; /* quotes() gave the words after it to someone else */
  }
  if (after < 0) return 1;
  int32_t *of = (int32_t *)c->quote_of; /* the words before it: the same quote's */
  for (size_t t = c->a; t < m; t++) of[t] = after;
  return 1;
}

/* `Chile, Peru said, is a reliable partner`: the words around an
** attribution set off by commas are its speaker's.  Only a comma up to the
** first token quotes() gave a speaker may attribute (parenthetical_at
** changes the map only when it is done); the commas are those
** collect_participants noted, unless there were too many. */
static void parenthetical_speech(sentence_ctx *c, extra_quotes *x) {
  if (c->ncomma > MAX_COMMAS) {
    const nw_tok *tok = c->d->t.tok;
    for (size_t m = c->a + 1; m + 3 < c->b && c->quote_of[m - 1] < 0; m++)
      if (tok[m].type == NW_TOK_PUNCT && tok[m].cp == ',' && parenthetical_at(c, x, m)) return;
    return;
  }
  size_t clear = c->a; /* quote_of[c->a .. clear) are all -1 */
  for (size_t i = 0; i < c->ncomma; i++) {
    size_t m = c->comma[i];
    if (m < c->a + 1) continue;
    if (m + 3 >= c->b) return;
    while (clear < m && c->quote_of[clear] < 0) clear++;
    if (clear < m || parenthetical_at(c, x, m)) return;
  }
}

/* The speech verb phrase at i and where it ends, or 0. */
static size_t speech_verb_end(const nw_doc *d, size_t i, size_t b) {
  if (i >= b || !(d->tok_info[i] & NW_TI_VERB) || (d->tok_info[i] & NW_TI_INSIDE) || !(d->t.tok[i].flags & NW_TF_LOWER))
    return 0;
  int v = nw_doc_phrase_value(d, i);
  if (v < 0) return 0;
  int cls = nw_lex()->verb[v].cls;
  if (cls != NW_VERB_SAY && cls != NW_VERB_TELL && cls != NW_VERB_WRITE) return 0;
  size_t e = i + 1;
  while (e < b && (d->tok_info[e] & NW_TI_INSIDE)) e++;
  return e;
}

/* A double quotation mark. */
static int double_mark(const nw_doc *d, size_t i) {
  if (!(d->t.tok[i].flags & NW_TF_QUOTE)) return 0;
  int32_t cp = d->t.tok[i].cp;
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

/* `Chile is a reliable partner,” said Peru.`: a sentence cut out of a quote
** whose opening mark stands before it (or was lost) opens with the words;
** the closing mark, then `said X` or `X said`, names their speaker.  Only
** where quotes() found no quote: the mark pairs with nothing there. */
static void unopened_quote(sentence_ctx *c, extra_quotes *x) {
  const nw_doc *d = c->d;
  if (c->quote_of[c->a] >= 0) return; /* quotes() said whose the opening words are */
  size_t m = c->first_mark ? c->first_mark - 1 : c->b; /* (none before it) */
  while (m < c->b && !double_mark(d, m)) m++;
  if (m >= c->b || m < c->a + 3 || d->t.tok[m].qm == NW_QM_OPEN || (d->t.tok[m].flags & NW_TF_SPACE_BEFORE)) return;
  size_t t = m + 1;
  if (is_punct(d, t, ',')) t++;
  size_t ve = speech_verb_end(d, t, c->b);
  long k = -1;
  if (ve) { /* `,” said Peru`, `,” said the minister, Ana Ruiz` */
    k = object_at(c, ve, 6);
    if (k >= 0 && (c->plural[k] || (c->part[k].end < c->b && !is_punct(d, c->part[k].end, ',') &&
                                    !is_punct(d, c->part[k].end, '.'))))
      k = -1;
    if (k >= 0) words_of(c, x, c->a, m, (size_t)k, t, ve, NW_QUOTE_DIRECT);
    return;
  }
  k = object_at(c, t, 3); /* `,” Peru said` */
  if (k < 0 || c->plural[k]) return;
  size_t v = c->part[k].end;
  while (v < c->b && is_filler(d, v)) v++;
  if ((ve = speech_verb_end(d, v, c->b))) words_of(c, x, c->a, m, (size_t)k, v, ve, NW_QUOTE_DIRECT);
}

/* `Peru’s new tariff is a disgrace Tomas Reyes:`: a
** headline followed by its columnist's full name and a colon, the
** sentence's last token, is the columnist's (not `praised Ruiz to the
** Lima Herald:`, `Said Ruiz:`). */
static void byline_quote(sentence_ctx *c, extra_quotes *x) {
  const nw_doc *d = c->d;
  if (c->quote_of[c->a] >= 0) return; /* quotes() said whose the opening words are */
  if (!c->npart || c->b < c->a + 6 || !is_punct(d, c->b - 1, ':')) return;
  size_t k = c->npart - 1;
  if (c->plural[k] || c->part[k].end != c->b - 1 || !is_person(c, (long)k) || c->part[k].end - c->part[k].tok < 2) return;
  size_t s = phrase_start(c, k);
  if (s < c->a + 4 || s != c->part[k].tok) return;
  size_t p = s - 1; /* the headline's last word: no preposition, article or verb that takes the name */
  if (!is_word(d, p) || word_in(d, p, &attach_preps) || word_in(d, p, &determiners) || word_in(d, p, &phrase_breaks) ||
      word_in(d, p, &in_at) || (d->tok_info[p] & NW_TI_VERB) || d->tok_men[p] >= 0)
    return;
  words_of(c, x, c->a, s, k, 0, 0, NW_QUOTE_DIRECT);
}

/* `Arguing that Cole is guilty, Ruiz said ...`: an opening participle
** clause of saying or thinking reports the words of the main clause's
** subject (opening_clause_subject). */
static void opening_speech(sentence_ctx *c, extra_quotes *x) {
  const nw_doc *d = c->d;
  size_t v = c->a;
  while (v < c->b && !is_word(d, v)) v++;
  if (v >= c->b || !(d->tok_info[v] & NW_TI_VERB) || (d->tok_info[v] & NW_TI_INSIDE)) return;
  int val = nw_doc_phrase_value(d, v);
  if (val < 0) return;
  const nw_verb *vb = &nw_lex()->verb[val];
  if ((vb->cls != NW_VERB_SAY && vb->cls != NW_VERB_THINK) || vb->tense != NW_TENSE_PARTICIPLE) return;
  size_t ve = v + 1;
  while (ve < c->b && (d->tok_info[ve] & NW_TI_INSIDE)) ve++;
  if (ve >= c->b || !word_is(d, ve, "that")) return; /* `Warning Peru, Chile ...` is no report */
  long j = opening_clause_subject(c, v);
  if (j < 0) return;
  size_t st = phrase_start(c, (size_t)j);
  while (st > c->a && word_in(d, st - 1, &determiners)) st--;
  words_of(c, x, ve + 1, st - 1, (size_t)j, v, ve, NW_QUOTE_INDIRECT);
}

/* `Cole believes Ruiz is dishonest`, `Peru fears Chile will attack`: the
** clause after a verb of believing, feeling or fearing with an actor as its
** subject is that subject's view, read like their reported words.  Not a
** negated verb (`does not think Ruiz lied`), nor `doubt`, `hope`, `expect`
** or `know`, whose clause is no judgement the subject makes of it. */
NW_WORDS(believing, "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt", "fear",
         "fears", "feared", "suspect", "suspects", "suspected", "reckon", "reckons", "reckoned");
static void believed_clause(sentence_ctx *c, extra_quotes *x) {
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_BELIEVING)) return;
  for (size_t v = next_trigger(c, c->a + 1, TRIGGER_BELIEVING); v + 2 < c->b;
       v = next_trigger(c, v + 1, TRIGGER_BELIEVING)) {
    if (!(d->tok_info[v] & NW_TI_VERB) || !(d->t.tok[v].flags & NW_TF_LOWER) || c->quote_of[v] >= 0 ||
        !word_in(d, v, &believing))
      continue;
    int val = nw_doc_phrase_value(d, v);
    if (val < 0 || nw_lex()->verb[val].cls != NW_VERB_THINK) continue;
    size_t k = v; /* the subject right before it, past auxiliaries and adverbs */
    while (k > c->a && is_filler(d, k - 1)) k--;
    long sp = before(c, k);
    if (sp < 0 || c->part[sp].end != k || c->plural[sp] || c->quote_of[c->part[sp].tok] >= 0) continue;
    if (modify(d, c->a, c->a, v, 1.0f) < 0) continue; /* `did not believe` */
    size_t from = v + 1;
    if (word_is(d, from, "that")) from++;
    if (!is_word(d, from)) continue;
    words_of(c, x, from, c->b, (size_t)sp, v, v + 1, NW_QUOTE_INDIRECT);
    return;
  }
}

/* `Chile warned US reporters that Bolivia had cheated`: a verb of
** warning or reminding, people its object's actor only qualifies, then
** `that` and a clause whose subject is another named actor: those people
** are only the audience, no target of the warning, and the clause is the
** subject's words (where quotes() gave it no speaker).  Not `warned Chile
** that Bolivia lied` (Chile itself is warned), nor `warned US reporters
** that it would act` (with a pronoun or no actor there). */
static void warned_audience(sentence_ctx *c, extra_quotes *x) {
  const nw_doc *d = c->d;
  if (!(c->triggers & TRIGGER_WARNING)) return;
  for (size_t v = next_trigger(c, c->a, TRIGGER_WARNING); v + 3 < c->b; v = next_trigger(c, v + 1, TRIGGER_WARNING)) {
    if (!(d->t.tok[v].flags & NW_TF_LOWER) || !word_in(d, v, &warning) || c->quote_of[v] >= 0) continue;
    long obj = object_at(c, v + 1, 4);
    if (obj < 0) continue;
    size_t j = (size_t)obj;
    while (j + 1 < c->npart && coordinated(c, j) && !c->plural[j + 1]) j++;
    size_t t = c->part[j].end;
    /* the actor only qualifies the people told (`US reporters`, `Chilean
    ** officials`); `warned Chile that` is aimed at Chile */
    if (!is_word(d, t) || !(d->t.tok[t].flags & NW_TF_LOWER) || word_is(d, t, "that") ||
        word_in(d, t, &phrase_breaks) || word_in(d, t, &attach_preps) || word_in(d, t, &in_at))
      continue;
    while (t < c->b && t < c->part[j].end + 8 && is_word(d, t) && d->tok_men[t] < 0 && !word_is(d, t, "that"))
      t++; /* `warned reporters at a briefing on Monday that` */
    if (t + 2 >= c->b || !word_is(d, t, "that")) continue;
    long who = object_at(c, t + 1, 3);
    if (who < 0 || c->plural[who] || d->tok_men[c->part[who].tok] < 0) continue;
    int other = 1;
    for (size_t m = (size_t)obj; m <= j; m++) other &= c->part[m].actor != c->part[who].actor;
    long sp = subject_part(c, v);
    if (!other || sp < 0 || c->plural[sp] || c->part[sp].actor == c->part[who].actor) return;
    c->audience_at = (uint32_t)v + 1;
    if (c->quote_of[t + 1] < 0) words_of(c, x, t + 1, c->b, (size_t)sp, v, v + 1, NW_QUOTE_INDIRECT);
    return;
  }
}

/* The trigger words as one table, built when the library is loaded: a
** word is looked up once for all the sets (a look-up per set, or in their
** union and then per set, cost about half of what the skipped passes
** spare).  The words (ASCII) of up to 16 bytes go in as their lowercase
** zero-padded little-endian words, the table at most half full; a longer
** one, or one with other bytes, is found by its length, then set by set. */
NW_WORDS(each_one, "each", "one");
static const struct {
  nw_words *set;
  unsigned bit;
} trigger_sets[] = {
    {&asking, TRIGGER_ASKING},         {&removals, TRIGGER_REMOVAL},         {&sanction_verbs, TRIGGER_SANCTION},
    {&moving, TRIGGER_MOVING},         {&warning, TRIGGER_WARNING},          {&believing, TRIGGER_BELIEVING},
    {&believing_hedged, TRIGGER_BELIEVING}, {&mutual_words, TRIGGER_MUTUAL}, {&each_one, TRIGGER_EACH_ONE},
    {&naming_passive, TRIGGER_NAMING}, {&naming_as, TRIGGER_NAMING},
};
#define TRIGGER_SLOT_BITS 10
typedef struct trigger_slot {
  uint64_t w0, w1;
  uint32_t n, bits; /* n 0: empty */
} trigger_slot;
static trigger_slot trigger_table[1u << TRIGGER_SLOT_BITS];
static int trigger_by_sets;           /* a word left out of the table: words the sieve lets through are looked up set by set */
/* A sieve before the table, as most words are none: bit l & 31 of
** trigger_ends[n][f & 31] is set when a word of n bytes begins with byte f
** and ends with byte l (letters in either case): first and last byte
** together let through fewer than half the words the two apart did.  A
** length over 16 (row 31: 31 or more) has a row of all bits when a word
** of that length is in a set (the table holds no longer words), so every
** word takes one look-up. */
#define TRIGGER_ROWS 32
static uint32_t trigger_ends[TRIGGER_ROWS][32];
/* A second sieve, for the words the first lets through (one in seven):
** bit l & 31 of trigger_inner[n][f & 31] is set when a word of n bytes has
** second byte f and last but one l (more than half of them fail it). */
static uint32_t trigger_inner[TRIGGER_ROWS][32];

static size_t trigger_slot_of(uint64_t w0, uint64_t w1) {
  return (size_t)(((w0 ^ (w1 * NW_HASH_MUL)) * NW_HASH_MUL) >> (64 - TRIGGER_SLOT_BITS));
}

/* The lowercase form of ASCII bytes s[0..n) (n <= 8) as a word. */
static uint64_t lower_word(const char *s, size_t n) {
  uint64_t x = 0;
  for (size_t j = 0; j < n; j++) {
    unsigned ch = (unsigned char)s[j];
    x |= (uint64_t)(ch - 'A' < 26u ? ch + 32 : ch) << (8 * j);
  }
  return x;
}

/* The sieves' row of a word of n bytes (the last row takes every longer one). */
static inline size_t trigger_row(size_t n) { return n < TRIGGER_ROWS - 1 ? n : TRIGGER_ROWS - 1; }

__attribute__((constructor)) static void build_triggers(void) {
  size_t used = 0;
  for (size_t i = 0; i < sizeof trigger_sets / sizeof *trigger_sets; i++)
    for (const char *const *w = trigger_sets[i].set->list; *w; w++) {
      size_t n = strlen(*w);
      if (n > 16) {
        memset(trigger_ends[trigger_row(n)], 0xFF, sizeof *trigger_ends);
        memset(trigger_inner[trigger_row(n)], 0xFF, sizeof *trigger_inner);
        continue;
      }
      if (!n) continue;
      trigger_ends[n][(unsigned char)(*w)[0] & 31] |= 1u << ((unsigned char)(*w)[n - 1] & 31);
      if (n >= 2) trigger_inner[n][(unsigned char)(*w)[1] & 31] |= 1u << ((unsigned char)(*w)[n - 2] & 31);
      int ascii = 1;
      for (size_t j = 0; j < n; j++) ascii &= (unsigned char)(*w)[j] < 0x80;
      if (!ascii || ++used > (1u << TRIGGER_SLOT_BITS) / 2) {
        trigger_by_sets = 1;
        continue;
      }
      uint64_t x0 = lower_word(*w, n < 8 ? n : 8), x1 = n > 8 ? lower_word(*w + 8, n - 8) : 0;
      size_t j = trigger_slot_of(x0, x1);
      trigger_slot *e = &trigger_table[j];
      while (e->n && !(e->w0 == x0 && e->w1 == x1 && e->n == n))
        e = &trigger_table[j = (j + 1) & ((1u << TRIGGER_SLOT_BITS) - 1)];
      *e = (trigger_slot){x0, x1, (uint32_t)n, e->bits | trigger_sets[i].bit};
    }
}

static unsigned trigger_bits_by_sets(const nw_doc *d, size_t k) {
  unsigned bits = 0;
  for (size_t i = 0; i < sizeof trigger_sets / sizeof *trigger_sets; i++)
    if (word_in(d, k, trigger_sets[i].set)) bits |= trigger_sets[i].bit;
  return bits;
}

/* May the word w[0..n) be a trigger word?  (No: it is none.) */
static inline int trigger_may(const char *w, size_t n) {
  /* (n >= 1: a word) */
  return trigger_ends[trigger_row(n)][(unsigned char)w[0] & 31] >> ((unsigned char)w[n - 1] & 31) & 1;
}

/* The TRIGGER_* bits of token k: those of the sets it is a word of. */
static unsigned trigger_bits_at(const nw_doc *d, size_t k) {
  /* (find_cues, the one caller, has asked the word's type and sieve) */
  const nw_tok *t = &d->t.tok[k];
  size_t n = t->end - t->start;
  const char *s = d->t.s + t->start;
  if (n >= 2 && !(trigger_inner[trigger_row(n)][(unsigned char)s[1] & 31] >> ((unsigned char)s[n - 2] & 31) & 1))
    return 0; /* (the second sieve) */
  if (n - 1 >= 16 || trigger_by_sets) return trigger_bits_by_sets(d, k);
  size_t avail = d->t.n - t->start;
  uint64_t w0 = nw_load_upto(s, n < 8 ? n : 8, avail), w1 = n > 8 ? nw_load_upto(s + 8, n - 8, avail - 8) : 0;
  if ((w0 | w1) & (NW_ONES * 0x80)) return 0; /* no ASCII word: in no set */
  int caps;
  w0 = nw_word_lower(w0, &caps);
  w1 = nw_word_lower(w1, &caps);
  for (size_t j = trigger_slot_of(w0, w1);; j = (j + 1) & ((1u << TRIGGER_SLOT_BITS) - 1)) {
    const trigger_slot *e = &trigger_table[j];
    if (!e->n) return 0;
    if (e->w0 == w0 && e->w1 == w1 && e->n == n) return e->bits;
  }
}

/* The TRIGGER_* of the word at k. */
static unsigned word_triggers(const nw_doc *d, size_t k) {
  unsigned bits = trigger_bits_at(d, k);
  if ((bits & TRIGGER_EACH_ONE) && reciprocal_at(d, k)) bits |= TRIGGER_MUTUAL; /* `each other` */
  return bits;
}

/* Can the sentence give a row at all?  A pair's two actors are always
** among its participants' and the speakers' of the quotes over its words
** (the quotes found here are the participants'), and a pair needs two. */
static int two_actors(const sentence_ctx *c) {
  if (two_named(c)) return 1;
  int32_t one = c->part[0].actor;
  for (size_t k = c->a; k < c->b; k++) {
    int32_t qi = c->quote_of[k];
    if (qi >= 0 && c->q->q[qi].actor >= 0 && c->q->q[qi].actor != one) return 1;
  }
  return 0;
}

/* What opening_clause_subject, after_opening_phrase and
** subject_after_among would look for in the whole sentence, once. */
static void sentence_facts(sentence_ctx *c) {
  const nw_doc *d = c->d;
  size_t s = c->a;
  while (s < c->b && !is_word(d, s)) s++;
  c->opening_ing = 0;
  c->among_at = 0;
  if (s < c->b) {
    size_t g = opening_ing_at(d, s);
    c->opening_ing = g == (size_t)-1 ? 0 : (uint32_t)g + 1;
    if (word_in(d, s, &among)) c->among_at = (uint32_t)s + 1;
  }
  c->opener_comma = opener_comma_of(d, c->a);
}

static int push_row(nw_stances *out, nw_stance row) {
  if (nw_grow(&out->s, &out->cap, out->n, sizeof *out->s, 32)) return out->oom = 1, -1;
  out->s[out->n++] = row;
  return 0;
}

/* `Peru Rugby said`, `a Russian official said`, `the Vela Corp
** board said`: a speaker quotes() names by a phrase that is no actor speaks
** for the country or body the phrase opens with (past an article); not for
** a person (`a Putin aide`), nor when the phrase names people who stand
** toward it (`Vela Corp critics`).  The actor, or -1. */
static int32_t speaker_body(const nw_doc *d, const nw_quote *q) {
  if (q->actor >= 0 || q->sp_end <= q->sp_start || !d->nmen) return -1;
  size_t lo = nw_count_below(d->men, d->nmen, sizeof *d->men, offsetof(nw_mention, start), q->sp_start);
  if (lo >= d->nmen) return -1;
  const nw_mention *m = &d->men[lo];
  if (m->end > q->sp_end || m->how == NW_MEN_PLACE || d->actor[m->actor].kind == NW_KIND_PERSON) return -1;
  for (size_t t = m->tok; t > 0 && d->t.tok[t - 1].start >= q->sp_start;)
    if (!word_in(d, --t, &articles)) return -1;
  for (size_t t = m->tok + m->ntok; t < d->t.ntok && d->t.tok[t].end <= q->sp_end; t++)
    if (word_in(d, t, &people) || d->tok_men[t] >= 0) return -1;
  return (int32_t)m->actor;
}

/* Per token, the quote with a speaker that covers it. */
static int32_t *map_quotes(const nw_doc *d, const nw_quotes *q) {
  int32_t *of = malloc((d->t.ntok + 1) * sizeof *of);
  if (!of) return NULL;
  nw_fill(of, 0xFF, d->t.ntok * sizeof *of); /* -1: none (memset would count a byte a step: see nw_fill) */
  /* the first quote over a token is its quote: the quotes from the last,
  ** each over those after it */
  for (size_t i = q->n; i-- > 0;) {
    const nw_quote *x = &q->q[i];
    if (x->actor < 0) continue;
    for (size_t k = nw_tok_at_byte(&d->t, x->start); k < d->t.ntok && d->t.tok[k].end <= x->end; k++) of[k] = (int32_t)i;
  }
  return of;
}

/* The thread's sentence context, zero when the thread starts and kept so
** by ctx_clear (which clears what the sentence before filled, of this
** document or the one before): not allocated and zeroed for each
** document.  (Not inline: a pointer the compiler cannot see through lets
** it treat the context as before.) */
__attribute__((noinline)) static sentence_ctx *thread_ctx(void) {
  static _Thread_local sentence_ctx ctx;
  return &ctx;
}

int nw_find_stances(const nw_doc *d, const nw_quotes *q, nw_stances *out) {
  memset(out, 0, sizeof *out);
  pthread_once(&contrast_once, build_contrast_first);
  extra_quotes extra = {*q, q};
  for (size_t i = 0; i < q->n; i++) {
    int32_t a = speaker_body(d, &q->q[i]);
    if (a < 0) continue;
    if (extra.all.q == q->q && own_quotes(&extra)) return -1; /* a copy of the list to give the speaker to */
    extra.all.q[i].actor = a;
  }
  int32_t *quote_of = map_quotes(d, &extra.all);
  if (!quote_of) {
    if (extra.all.q != q->q) free(extra.all.q);
    return -1;
  }
  sentence_ctx *c = thread_ctx();
  cue_hit hits[64];
  subject_memo memo;
  memset(&memo, 0, sizeof memo);
  part_memo parts;
  size_t next_mention = 0;
  for (uint32_t s = 0; s < d->t.nsent && !out->oom; s++) {
    const nw_sent *se = &d->t.sent[s];
    ctx_clear(c);
    c->d = d;
    c->q = &extra.all;
    c->quote_of = quote_of;
    c->memo = &memo;
    c->s = s;
    c->a = se->tok;
    c->b = se->tok + se->ntok;
    collect_participants(c, &next_mention);
    if (c->npart < 1 || !two_actors(c)) continue;
    for (size_t j = 0; j < c->npart; j++) /* memo_answer and phrase_start ask of these only */
      parts.p[j] = (part_answers){0, {0, 0}};
    c->parts = &parts;
    sentence_facts(c);
    /* first the cues (which owe nothing to the quotes found below), as
    ** find_cues notes the sentence's triggers the passes ask for */
    size_t contrast, n = find_cues(c, hits, sizeof hits / sizeof *hits, &contrast);
    contrast_weights(hits, n, contrast);
    unopened_quote(c, &extra);
    byline_quote(c, &extra);
    opening_speech(c, &extra);
    parenthetical_speech(c, &extra);
    believed_clause(c, &extra);
    warned_audience(c, &extra);
    for (size_t i = 0; i < n; i++) {
      if (debug_on())
        fprintf(stderr, "  cue '%.*s' %.2f pos %d dir %d%s%s\n", (int)(d->t.tok[hits[i].end - 1].end - d->t.tok[hits[i].tok].start),
                d->t.s + d->t.tok[hits[i].tok].start, hits[i].score, hits[i].pos, hits[i].dir, hits[i].passive ? " passive" : "",
                quote_of[hits[i].tok] >= 0 ? " quoted" : "");
      place_cue(c, &hits[i]);
    }
    place_demands(c);
    place_removals(c);
    place_reported_demands(c);
    place_sanctions(c);
    place_rescues(c);
    for (size_t i = 0; i < c->npairs; i++) {
      const pair_sum *p = &c->pairs[i];
      push_row(out, (nw_stance){p->source, p->target, clamp1(p->sum / (float)p->count), s});
    }
  }
  free(quote_of);
  if (extra.all.q != q->q) free(extra.all.q);
  return out->oom ? -1 : 0;
}

void nw_stances_free(nw_stances *s) {
  free(s->s);
  memset(s, 0, sizeof *s);
}
