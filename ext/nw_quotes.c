/*
** nw_quotes.c — direct and reported speech (rules in nw_quotes.h).
*/
#include "nw_quotes.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "nw_lex.h"

/* A quoted word or short term (at most this many words) with no speech or
** naming verb in its sentence is a scare quote, not speech. */
#define SCARE_QUOTE_WORDS 4
/* Reported clauses shorter than this (in words) are not speech. */
#define MIN_CLAUSE_WORDS 3
/* the longest quoted fragment a reported clause takes in (drop_embedded) */
#define MAX_EMBEDDED_WORDS 3
/* a fragment this long that the clause's own verb attributes is the clause
** quoted word for word, not a phrase picked out of it (drop_embedded) */
#define CLAUSE_LONG_FRAGMENT_WORDS 10
/* How far back (in paragraphs) a pronoun or follow-on quote looks. */
#define CONTEXT_PARAGRAPHS 3

/* ------------------------------------------------------------ token helpers */

static size_t ntok(const nw_doc *d) { return d->t.ntok; }
static uint32_t sent_of(const nw_doc *d, size_t i) { return d->t.tok[i].sent; }
static uint32_t para_of(const nw_doc *d, size_t i) { return d->t.sent[d->t.tok[i].sent].paragraph; }
static int same_sent(const nw_doc *d, size_t a, size_t b) {
  return a < ntok(d) && b < ntok(d) && sent_of(d, a) == sent_of(d, b);
}
static int is_word(const nw_doc *d, size_t i) { return i < ntok(d) && d->t.tok[i].type == NW_TOK_WORD; }
static int is_punct(const nw_doc *d, size_t i, int32_t cp) {
  return i < ntok(d) && d->t.tok[i].type == NW_TOK_PUNCT && d->t.tok[i].cp == cp;
}
static int is_mark(const nw_doc *d, size_t i) { return i < ntok(d) && (d->t.tok[i].flags & NW_TF_QUOTE); }
static int is_dash(const nw_doc *d, size_t i) {
  return i < ntok(d) && d->t.tok[i].type == NW_TOK_PUNCT && (d->t.tok[i].cp == 0x2014 || d->t.tok[i].cp == 0x2013 ||
                                                            (d->t.tok[i].cp == '-' && (d->t.tok[i].flags & NW_TF_SPACE_BEFORE)));
}
static inline __attribute__((always_inline)) int word_is(const nw_doc *d, size_t i, const char *w) {
  /* (a literal longer than a machine word: the lengths first, as
  ** nw_tok_is_ci() does for the shorter ones) */
  if (__builtin_constant_p(__builtin_strlen(w)) && __builtin_strlen(w) > 8 && i < ntok(d) &&
      nw_tok_len(&d->t, i) != __builtin_strlen(w))
    return 0;
  return is_word(d, i) && nw_tok_is_ci(&d->t, i, w); /* inline: a literal w is compared as one word */
}
/* nw_doc_word_in(), inline at every call (the compiler left it a call in
** places): most words fail the set's first sieve. */
static inline __attribute__((always_inline)) int word_in(const nw_doc *d, size_t i, nw_words *w) {
  return is_word(d, i) && nw_words_has(w, nw_tok_text(&d->t, i), nw_tok_len(&d->t, i));
}
NW_WORDS(articles, "a", "an", "the");
NW_WORDS(be_forms, "was", "were", "is", "are", "be", "been", "being");
/* forms of `be` and `have` and the modals: a verb right after one is the same verb's */
NW_WORDS(auxiliaries, "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can",
         "could", "may", "might", "must", "should", "shall", "do", "does", "did");
NW_WORDS(time_conjunctions, "as", "after", "before");
NW_WORDS(then_words, "then", "later", "also");
NW_WORDS(hearers, "him", "her", "them", "us", "me", "reporters", "journalists");
/* `told everyone the plan was dead`: after `tell` only (`warned everyone in
** the area should stay in` has it as the clause's subject) */
NW_WORDS(indefinite_hearers, "someone", "somebody", "anyone", "anybody", "everyone", "everybody");
/* `speak` takes a language or a topic, a clause only after `that` */
NW_WORDS(speak_forms, "speak", "speaks", "spoke", "spoken", "speaking");
NW_WORDS(relative_words, "that", "which", "who", "whose", "where");
NW_WORDS(place_time_preps, "in", "at", "on", "during", "after", "before", "from");
static size_t sent_start(const nw_doc *d, size_t i) { return d->t.sent[sent_of(d, i)].tok; }
static size_t sent_end(const nw_doc *d, size_t i) {
  const nw_sent *s = &d->t.sent[sent_of(d, i)];
  return s->tok + s->ntok;
}

static nw_words determiners;
/* Conjunctions that open a subordinate clause: a verb after one is that
** clause's (`added another goal when Jones scored`), and a clause that
** opens with one goes on past its first comma (`if it rains, we stay`). */
NW_WORDS(subordinators, "if", "when", "because", "although", "though", "while", "since",
                                            "until", "unless", "whereas", "once");

static int is_filler(const nw_doc *d, size_t i);
static inline int ly_adverb(const nw_doc *d, size_t i);
static int looks_past(const nw_doc *d, size_t i);

static size_t phrase_end(const nw_doc *d, size_t i) { return i + (d->tok_len[i] ? d->tok_len[i] : 1); }

/* Verbs of going on (`continued to`, `went on to`): their `to` is no speech. */
NW_WORDS(continue_forms, "continue", "continues", "continued", "continuing");
NW_WORDS(go_forms, "go", "goes", "went", "going", "gone");
/* A form of `continue` or `go` at i (the first letter first: c, g or w). */
static inline int going_on_form(const nw_doc *d, size_t i) {
  if (i >= d->t.ntok) return 0;
  unsigned c0 = (unsigned char)nw_tok_text(&d->t, i)[0] | 0x20;
  return (c0 == 'c' || c0 == 'g' || c0 == 'w') && (word_in(d, i, &continue_forms) || word_in(d, i, &go_forms));
}

/* `a Facebook post`, `a CBC report`: a verb's base form right after a name
** that follows `a`/`an` is a noun the name modifies (verb_at() asks only
** for base forms: `A Democrat said` is a subject and its verb). */
static int indefinite_compound(const nw_doc *d, size_t v) {
  if (v < 2 || !same_sent(d, v - 1, v) || !is_word(d, v - 1)) return 0;
  size_t s = v - 1;
  if (d->tok_men[s] >= 0) s = d->men[d->tok_men[s]].tok;
  else if (!(d->t.tok[s].flags & NW_TF_CAP)) return 0;
  else
    while (s > 0 && v - s < 4 && is_word(d, s - 1) && (d->t.tok[s - 1].flags & NW_TF_CAP)) s--;
  return s > 0 && same_sent(d, s - 1, v) && (word_is(d, s - 1, "a") || word_is(d, s - 1, "an"));
}

/* The class of the speech verb phrase starting at i (0: none).  After a
** determiner a verb form is a noun (`This remark came`, `the reports`). */
static int verb_at_rules(const nw_doc *d, size_t i);
/* Answers per token for the text nw_find_quotes() works on (0: not asked
** yet, else 1 + the answer): the rules, which see only the doc, ask about
** the same tokens again and again.  cls: verb_at_rules(); finite:
** has_finite_form(); words_from, per sentence: after_dateline() of its
** start; after: speaker_after()'s (below).  One per thread, set for the
** length of a nw_find_quotes() call; otherwise d is NULL. */
typedef struct token_memo {
  const nw_doc *d;
  uint8_t *cls, *finite;
  uint32_t *words_from;
  struct speaker_after_slot *after;
} token_memo;
static _Thread_local token_memo tokens_known;
/* Most tokens are no verb: that test inline, the rules in verb_at_rules(). */
static inline int verb_at(const nw_doc *d, size_t i) {
  if (i >= ntok(d) || !(d->tok_info[i] & NW_TI_VERB) || (d->tok_info[i] & NW_TI_INSIDE)) return 0;
  token_memo *m = &tokens_known;
  if (m->d != d) return verb_at_rules(d, i);
  if (!m->cls[i]) m->cls[i] = (uint8_t)(1 + verb_at_rules(d, i));
  return m->cls[i] - 1;
}
static __attribute__((noinline)) int verb_at_rules(const nw_doc *d, size_t i) {
  const nw_verb *v = &nw_lex()->verb[d->tok_val[i]];
  int cls = v->cls;
  if (cls != NW_VERB_NOUN && cls != NW_VERB_ACCORDING && i > 0 && d->t.tok[i - 1].sent == d->t.tok[i].sent &&
      d->t.tok[i - 1].type == NW_TOK_WORD) {
    NW_WORDS(dets, "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
             "your");
    NW_WORDS(preps, "of", "for", "by", "in", "without", "after", "before", "on");
    if (d->t.tok[i - 1].flags & NW_TF_POSS) return 0; /* `Russia's claims` */
    /* `said demand would cool`, `says calls to the line doubled`, `said
    ** warning signs were missed`: a base, present or -ing form right after
    ** a verb of saying is a noun opening the reported clause (no verb
    ** follows `said` directly) */
    if ((v->tense == NW_TENSE_BASE || v->tense == NW_TENSE_PRESENT || v->tense == NW_TENSE_PARTICIPLE) &&
        (d->tok_info[i - 1] & NW_TI_VERB) && !(d->tok_info[i - 1] & NW_TI_INSIDE)) {
      const nw_verb *prev = &nw_lex()->verb[d->tok_val[i - 1]];
      if (prev->cls == NW_VERB_SAY && (prev->tense == NW_TENSE_PAST || prev->tense == NW_TENSE_PRESENT)) return 0;
    }
    if (v->tense == NW_TENSE_BASE && (d->t.tok[i - 1].flags & NW_TF_CAP) && indefinite_compound(d, i))
      return 0; /* (a base form, which may be a noun: not `A Democrat said`) */
    if (word_in(d, i - 1, &dets) || word_is(d, i - 1, "of")) return 0; /* `statement of claim` */
    /* `the big reveal`, `a blunt reply`: a base form that is also a noun,
    ** after an article and a modifier (not `the officials say`) */
    NW_WORDS(nouns_too, "reveal", "claim", "comment", "report", "reply", "answer", "note", "remark", "call", "boast",
             "pledge", "promise", "vow", "plea", "appeal", "demand", "estimate", "forecast", "request", "retort",
             "question");
    /* (and after a name: `the Taiwan question`, `the Kremlin claim`) */
    if (v->tense == NW_TENSE_BASE && i >= 2 && word_in(d, i, &nouns_too) && word_in(d, i - 2, &dets) &&
        (d->t.tok[i - 1].flags & (NW_TF_LOWER | NW_TF_CAP)) && !is_filler(d, i - 1) && !ly_adverb(d, i - 1))
      return 0;
    /* (and right after a preposition: `before question period`, `after
    ** comment from the mayor`; not `to`, an infinitive's) */
    NW_WORDS(noun_preps, "for", "by", "in", "without", "after", "before", "on", "during", "until", "at", "from",
             "with", "into");
    if (v->tense == NW_TENSE_BASE && word_in(d, i, &nouns_too) && word_in(d, i - 1, &noun_preps)) return 0;
    /* `of countering`, `without citing`; but `responded by saying` is speech */
    if (v->tense == NW_TENSE_PARTICIPLE && word_in(d, i - 1, &preps) &&
        !(word_is(d, i - 1, "by") && i > 1 && looks_past(d, i - 2)))
      return 0;
    if (v->tense == NW_TENSE_PARTICIPLE && i > 1 && is_filler(d, i - 1) && word_in(d, i - 2, &preps))
      return 0; /* `after first admitting` */
  }
  /* `Reports say`, `Estimates said`: a plural right before a verb of saying
  ** is its subject (looked up directly: verb_at() of the next word would
  ** ask this one again) */
  if (v->tense == NW_TENSE_PRESENT && i + 1 < ntok(d) && d->t.tok[i + 1].sent == d->t.tok[i].sent &&
      (d->tok_info[i + 1] & NW_TI_VERB) && !(d->tok_info[i + 1] & NW_TI_INSIDE)) {
    const nw_verb *next = &nw_lex()->verb[d->tok_val[i + 1]];
    if (next->cls == NW_VERB_SAY && (next->tense == NW_TENSE_BASE || next->tense == NW_TENSE_PAST)) return 0;
  }
  /* `banners reading “Code Red”`, `a sign that read`: the words on a sign */
  NW_WORDS(read_forms, "read", "reads", "reading");
  NW_WORDS(sign_nouns, "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "t-shirt",
           "t-shirts", "shirt", "shirts", "billboard", "billboards", "sticker", "stickers", "headline", "headlines");
  char c0 = (char)(nw_tok_text(&d->t, i)[0] | 0x20); /* (verb_at is hot: the first letter tells most forms apart) */
  if (c0 == 'r' && i > 0 && word_in(d, i, &read_forms) &&
      (word_in(d, i - 1, &sign_nouns) || (i > 1 && word_is(d, i - 1, "that") && word_in(d, i - 2, &sign_nouns))))
    return 0;
  /* `would continue to support`, `went on to win`, `would continue such
  ** transits`: going on doing, not speaking; these speak only before a
  ** comma, a colon, a mark or the sentence's end */
  if (!going_on_form(d, i)) return cls;
  size_t after = phrase_end(d, i);
  if (word_is(d, after, "to") || word_in(d, after, &determiners) || word_is(d, after, "such")) return 0;
  /* (`the search would continue “as long as there is hope”`: after a modal
  ** or `to` they go on doing, unless a comma or colon opens the words;
  ** `went` has no such use) */
  NW_WORDS(modals_to, "would", "will", "could", "should", "may", "might", "must", "can", "to");
  if (c0 != 'w' && i > 0 && word_in(d, i - 1, &modals_to) && !is_punct(d, after, ',') && !is_punct(d, after, ':'))
    return 0;
  return cls;
}
static int verb_tense(const nw_doc *d, size_t i) { return nw_lex()->verb[d->tok_val[i]].tense; }
static int speaks(int cls) { return cls == NW_VERB_SAY || cls == NW_VERB_TELL || cls == NW_VERB_WRITE || cls == NW_VERB_ASK; }

/* The start of the verb phrase that covers token i, or -1. */
static long verb_phrase_start(const nw_doc *d, size_t i) {
  while (i > 0 && (d->tok_info[i] & NW_TI_INSIDE)) i--;
  int cls = verb_at(d, i);
  return cls && cls != NW_VERB_NOUN ? (long)i : -1;
}
/* (most tokens are no verb: that test inline, at every call) */
static inline long verb_start_covering(const nw_doc *d, size_t i) {
  return i < ntok(d) && (d->tok_info[i] & NW_TI_VERB) ? verb_phrase_start(d, i) : -1;
}

enum { PRON_NONE = 0, PRON_HE, PRON_SHE, PRON_THEY, PRON_IT, PRON_FIRST };

/* A word of 1 to 8 ASCII bytes as a number (little-endian), to compare a
** token's folded bytes with (folded_word). */
#define WORD_KEY(w) word_key(w, sizeof(w) - 1)
static inline __attribute__((always_inline)) uint64_t word_key(const char *w, size_t n) {
  uint64_t y = 0;
  memcpy(&y, w, n);
  return y;
}
/* Token i's bytes (up to 8) with ASCII capitals lowercased: equal to
** WORD_KEY(w) for a token of w's length just when word_is(d, i, w). */
static uint64_t folded_word(const nw_doc *d, size_t i) {
  size_t n = nw_tok_len(&d->t, i);
  return nw_tok_fold_word(nw_load_short(nw_tok_text(&d->t, i), n < 8 ? n : 8));
}

/* Could token i be a pronoun, by its length and first letter (`i`; `he`,
** `it`, `we`; `she`, `him`, `her`; `they`, `them`)?  Inline at every
** pronoun() call: most words stop here (`the`, `to`, `with`, `said`). */
#define LETTER_BIT(c) (1u << ((c) - 'a'))
static inline __attribute__((always_inline)) int pronoun_shaped(const nw_doc *d, size_t i) {
  static const uint32_t first_letters[5] = {0, LETTER_BIT('i'), LETTER_BIT('h') | LETTER_BIT('i') | LETTER_BIT('w'),
                                            LETTER_BIT('s') | LETTER_BIT('h'), LETTER_BIT('t')}; /* by length */
  if (!is_word(d, i)) return 0;
  size_t n = nw_tok_len(&d->t, i);
  unsigned first = ((unsigned char)nw_tok_text(&d->t, i)[0] | 0x20) - 'a';
  return n <= 4 && first < 26 && ((first_letters[n] >> first) & 1);
}
static __attribute__((noinline)) int pronoun_rules(const nw_doc *d, size_t i);
static inline int pronoun(const nw_doc *d, size_t i) { return pronoun_shaped(d, i) ? pronoun_rules(d, i) : PRON_NONE; }
static __attribute__((noinline)) int pronoun_rules(const nw_doc *d, size_t i) {
  size_t n = nw_tok_len(&d->t, i);
  uint64_t w = folded_word(d, i);
  if (n == 1) return w == WORD_KEY("i") ? PRON_FIRST : PRON_NONE;
  if (n == 2) return w == WORD_KEY("he") ? PRON_HE : w == WORD_KEY("it") ? PRON_IT : w == WORD_KEY("we") ? PRON_FIRST : PRON_NONE;
  if (n == 3 && w == WORD_KEY("she")) return PRON_SHE;
  if (n == 4 && w == WORD_KEY("they")) return PRON_THEY;
  int object = (n == 3 && (w == WORD_KEY("him") || w == WORD_KEY("her"))) || (n == 4 && w == WORD_KEY("them"));
  if (object && i >= 2 && word_is(d, i - 1, "to") && word_is(d, i - 2, "according")) /* according to him */
    return w == WORD_KEY("him") ? PRON_HE : w == WORD_KEY("her") ? PRON_SHE : PRON_THEY;
  return PRON_NONE;
}

NW_WORDS(determiners, "the", "a", "an", "some", "many", "several", "most", "other", "few",
                                          "two", "three", "four", "both", "all", "one", "another", "his", "her",
                                          "their", "its", "this", "these", "those");

/* `quickly`, `sharply`: a lowercase word in -ly that is no noun (`The
** family said`, `the assembly voted`) nor a role or body. */
static int ly_noun(const nw_doc *d, size_t i) {
  NW_WORDS(ly_nouns, "family", "assembly", "supply", "ally", "rally", "anomaly", "monopoly", "homily",
           "jelly", "belly", "bully", "lily", "folly", "melee");
  return (d->tok_info[i] & (NW_TI_ROLE | NW_TI_BODY)) || word_in(d, i, &ly_nouns);
}
/* (inline: most words asked about end otherwise) */
static inline int ly_adverb(const nw_doc *d, size_t i) {
  if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  size_t n = nw_tok_len(&d->t, i);
  const char *s = nw_tok_text(&d->t, i);
  return n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y' && !ly_noun(d, i);
}

/* Words that stand between a speaker and a speech verb: auxiliaries and
** adverbs (`has repeatedly said`, `also noted`). */
static int is_filler(const nw_doc *d, size_t i) {
  NW_WORDS(fill, "also", "later", "then", "still", "further", "previously", "recently",
                                     "once", "again", "has", "have", "had", "was", "is", "are", "were",
                                     "would", "will", "could", "can", "may", "might", "should", "must", "did",
                                     "does", "do", "earlier", "just", "only", "even", "first", "finally",
                                     "subsequently", "immediately", "had", "been", "not", "never", "already",
                                     "yesterday", "today", "tonight", "separately", "repeatedly", "simply",
                                     "however", "too", "now", "often", "long", "always", "since", "ever",
                                     "himself", "herself", "themselves", "itself"); /* `Lecce himself told` */
  if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  return word_in(d, i, &fill) || ly_adverb(d, i);
}

/* Day and month names and time words: `Blinken on Wednesday said`. */
static inline int is_time_word(const nw_doc *d, size_t i) {
  NW_WORDS(times, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", "january", "february", "march", "april", "may", "june",
                                      "july", "august", "september", "october", "november", "december",
                                      "week", "month", "year", "morning", "afternoon", "evening", "night",
                                      "weekend", "today", "yesterday", "tonight", "earlier", "later", "weeks",
                                      "months", "years", "decades", "days", "afterward", "afterwards");
  return word_in(d, i, &times);
}
static int is_time_lead(const nw_doc *d, size_t i) {
  NW_WORDS(leads, "on", "this", "last", "late", "early", "earlier", "next", "in", "for");
  return word_in(d, i, &leads);
}

/* A wire story's dateline opening a paragraph (nw_doc_dateline_end) is
** no part of its first sentence.  Returns the token after the dateline's
** dash (or after a dash alone), or s0 when there is none. */
static __attribute__((noinline)) size_t after_dateline_rules(const nw_doc *d, size_t s0) {
  size_t dash = nw_doc_dateline_end(d, s0), e = sent_end(d, s0);
  /* (`— Nurses want ratios, Roy said.`: a dash opening a paragraph, as
  ** French dialogue and bullets open one, is no word of it) */
  if (!dash) return is_dash(d, s0) && s0 + 1 < e && is_word(d, s0 + 1) ? s0 + 1 : s0;
  size_t k = dash + 1; /* `--` is two tokens */
  while (k < e && (is_dash(d, k) || is_punct(d, k, '-'))) k++;
  return k < e ? k : s0;
}
/* (only a paragraph's first token opens a dateline; the answer for a
** sentence's start is remembered) */
static inline size_t after_dateline(const nw_doc *d, size_t s0) {
  if (s0 >= ntok(d) || !(d->t.tok[s0].flags & NW_TF_PARA_START)) return s0;
  token_memo *m = &tokens_known;
  uint32_t s = sent_of(d, s0);
  if (m->d != d || d->t.sent[s].tok != s0) return after_dateline_rules(d, s0);
  if (!m->words_from[s]) m->words_from[s] = (uint32_t)after_dateline_rules(d, s0) + 1;
  return m->words_from[s] - 1;
}

/* Where the main clause of the sentence holding token i starts: after an
** opening prepositional or subordinate phrase (`At the start of his
** meeting with Wang, Putin praised ...`). */
/* (s0: where the sentence's words start, after_dateline) */
static inline size_t main_clause_start_from(const nw_doc *d, size_t s0, size_t i) {
  NW_WORDS(openers, "at", "in", "during", "after", "before", "on", "while", "when", "as",
                                        "since", "following", "despite", "amid", "with", "for", "from", "under",
                                        "unlike", "like", "although", "though", "because", "if", "speaking",
                                        "asked", "meanwhile", "earlier", "later", "separately", "still", "but",
                                        "however", "also", "nevertheless", "instead", "according");
  if (!word_in(d, s0, &openers)) return s0;
  for (size_t k = s0 + 1; k < i && k - s0 < 25; k++)
    if (is_punct(d, k, ',')) return k + 1 < i ? k + 1 : s0;
  return s0;
}
static size_t main_clause_start(const nw_doc *d, size_t i) {
  return main_clause_start_from(d, after_dateline(d, sent_start(d, i)), i);
}

/* ------------------------------------------------------------ output */

static int push_quote(nw_quotes *out, nw_quote q) {
  if (nw_grow(&out->q, &out->cap, out->n, sizeof *out->q, 32)) return out->oom = 1, -1;
  out->q[out->n++] = q;
  return 0;
}

/* The speakers' strings live in blocks freed with the quotes (a malloc
** and a free per quote cost more than finding it did); a quote dropped
** leaves its string there, and quotes may share one. */
typedef struct nw_text_block {
  struct nw_text_block *next;
  size_t used, cap;
  char s[];
} nw_text_block;
#define TEXT_BLOCK_BYTES 4000

/* A copy of s[0..n) with a NUL after it, kept with the quotes, or NULL
** out of memory. */
static char *keep_text(nw_quotes *out, const char *s, size_t n) {
  nw_text_block *b = out->texts;
  if (!b || b->cap - b->used < n + 1) {
    size_t cap = n + 1 > TEXT_BLOCK_BYTES ? n + 1 : TEXT_BLOCK_BYTES;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    *b = (nw_text_block){out->texts, 0, cap};
    out->texts = b;
  }
  char *t = b->s + b->used;
  memcpy(t, s, n);
  t[n] = 0;
  b->used += n + 1;
  return t;
}
static char *keep_string(nw_quotes *out, const char *s) { return keep_text(out, s, strlen(s)); }

void nw_quotes_free(nw_quotes *q) {
  for (nw_text_block *b = q->texts, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  free(q->q);
  free(q->subject);
  memset(q, 0, sizeof *q);
}

/* ------------------------------------------------------------ speakers */

enum { SP_NONE = 0, SP_ACTOR, SP_PRONOUN, SP_PHRASE };

typedef struct speaker {
  int kind;
  size_t tok, end;   /* speaker_text tokens [tok, end) */
  int actor;         /* resolved actor, or -1 */
  int pron;
  size_t role_end;   /* `the head of Acme`: where the role before the body ends, or 0 */
} speaker;

static speaker no_speaker(void) { return (speaker){SP_NONE, 0, 0, -1, 0, 0}; }

/* A lowercase word in -ed: a past tense or participle (`accused`). */
static int looks_past(const nw_doc *d, size_t i) {
  if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  return n >= 5 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

/* A finite verb form: listed in finite_verbs.tsv, or a regular past tense. */
static int finite_form_rules(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 2 || n > 20) return 0;
  if (nw_lex_is_finite(nw_lex(), s, n)) return 1;
  return n >= 5 && (s[n - 2] | 0x20) == 'e' && (s[n - 1] | 0x20) == 'd' && !(d->tok_info[i] & (NW_TI_ROLE | NW_TI_BODY));
}
/* (the cheap tests inline, the look-up remembered per token) */
static inline int has_finite_form(const nw_doc *d, size_t i) {
  if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER) || (d->t.tok[i].flags & NW_TF_POSS)) return 0;
  token_memo *m = &tokens_known;
  if (m->d != d) return finite_form_rules(d, i);
  if (!m->finite[i]) m->finite[i] = (uint8_t)(1 + finite_form_rules(d, i));
  return m->finite[i] - 1;
}

static speaker mention_speaker(const nw_doc *d, size_t i) {
  const nw_mention *m = &d->men[d->tok_men[i]];
  return (speaker){SP_ACTOR, m->tok, m->tok + m->ntok, (int)m->actor, 0, 0};
}

static int counts_as_actor(const nw_doc *d, size_t i) {
  return i < ntok(d) && d->tok_men[i] >= 0 && d->men[d->tok_men[i]].how != NW_MEN_PLACE;
}

/* An attribution noun of speech_verbs.tsv at token k (`statement`,
** `source`), whichever table's phrase the token was marked with. */
static int attribution_noun(const nw_doc *d, size_t k) {
  int v;
  return nw_phrases_match(&nw_lex()->verbs, &d->t, k, 1, &v) == 1 && nw_lex()->verb[v].cls == NW_VERB_NOUN;
}

/* Prepositions before a bare noun end the noun phrase the walk back
** gathers: `filed by farmers who argue` is said by `farmers`. */
NW_WORDS(phrase_fences, "by", "against", "among", "between", "into", "about", "like", "than", "including");
/* ... and before the head of an `of` phrase (`sent to members of the
** union`), where `for` and `to` cannot join a role to its body */
static int of_phrase_fence(const nw_doc *d, size_t i) {
  return word_in(d, i, &phrase_fences) || word_is(d, i, "for") || word_is(d, i, "to");
}

/* The one person of the text a test picks, or -1 for none or several
** (`Bank said`, `RUIZ:`, a headline's `Mayor` name no one when two fit). */
typedef int person_test(const nw_doc_actor *x, const void *arg);
static int only_person(const nw_doc *d, person_test *fits, const void *arg) {
  int found = -1;
  for (size_t a = 0; a < d->nactor; a++) {
    const nw_doc_actor *x = &d->actor[a];
    if (x->kind != NW_KIND_PERSON || !fits(x, arg)) continue;
    if (found >= 0) return -1;
    found = (int)a;
  }
  return found;
}

/* A person's whole name is s[0..n), or (by_surname) its last word is;
** letters' case folded when fold. */
typedef struct name_query {
  const char *s;
  size_t n;
  int by_surname, fold;
} name_query;
static int same_bytes(const char *a, const char *b, size_t n, int fold) {
  return fold ? strncasecmp(a, b, n) == 0 : memcmp(a, b, n) == 0;
}
static int named_as(const nw_doc_actor *x, const void *arg) {
  const name_query *q = arg;
  if (!x->name) return 0;
  if (strlen(x->name) == q->n && same_bytes(x->name, q->s, q->n, q->fold)) return 1;
  return q->by_surname && (x->last_tok >> 8) && (x->last_tok & 0xFF) == q->n &&
         same_bytes(x->name + (x->last_tok >> 8), q->s, q->n, q->fold);
}

/* The one person of the text whose surname token k spells (`Bank said`
** after `Lars Bank`, where the word also ends banks' names and named no
** one alone; `Hill` after `Hill, Ruiz’s lawyer,` named alone), or -1. */
static int person_of_surname(const nw_doc *d, size_t k) {
  name_query q = {nw_tok_text(&d->t, k), nw_tok_len(&d->t, k), 1, 0};
  return only_person(d, named_as, &q);
}

/* `Ana Ruiz met Lena Park. ... the former said`: of the last two people
** named before token k (in its sentence or the three before, at most
** FORMER_LOOK_BACK tokens back), the first (`former`) or the second
** (`latter`); -1 when fewer than two. */
#define FORMER_LOOK_BACK 200
static int person_at(const nw_doc *d, size_t i);
static int plural_shape(const nw_doc *d, size_t i);
/* A word of n >= min bytes that ends in an -s of a present tense or a
** plural: not -ss, -us, -is (`boss`, `status`, `analysis`). */
static int s_form(const nw_doc *d, size_t i, size_t min) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  return n >= min && n >= 2 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i';
}
static int former_or_latter(const nw_doc *d, size_t k) {
  int latter = word_is(d, k, "latter");
  if (!(latter || word_is(d, k, "former")) || k < 2 || !word_is(d, k - 1, "the")) return -1;
  /* (the head of its phrase: not `the former minister`) */
  if (k + 1 < ntok(d) && is_word(d, k + 1) && !verb_at(d, k + 1) && !has_finite_form(d, k + 1)) return -1;
  uint32_t s = sent_of(d, k);
  int last = -1, before = -1;
  for (size_t i = k - 1; i-- > 0 && k - i < FORMER_LOOK_BACK && sent_of(d, i) + 3 >= s;) {
    if (!person_at(d, i)) continue;
    int a = (int)d->men[d->tok_men[i]].actor;
    i = d->men[d->tok_men[i]].tok;
    if (last < 0) last = a;
    else if (a != last) {
      before = a;
      break;
    }
  }
  return before < 0 ? -1 : latter ? last : before;
}

/* `a trend executives said they expect to continue`: `a` (`an`), one
** ordinary singular word and a bare plural noun make no phrase; the
** singular is the object of the relative clause the plural opens (but for
** a quantity: `a few analysts`, `a dozen residents`). */
static int singular_before_plural(const nw_doc *d, size_t det, size_t k) {
  NW_WORDS(quantities, "few", "couple", "dozen", "hundred", "thousand", "million", "score", "handful", "lot",
           "number", "pair", "host", "bunch", "majority", "minority", "slew", "raft", "myriad", "series", "variety",
           "range", "total", "half", "third", "quarter", "group", "team", "panel", "crowd", "trio", "bevy", "band");
  if (k != det + 2 || !(word_is(d, det, "a") || word_is(d, det, "an")) || !is_word(d, det + 1) || !is_word(d, k))
    return 0;
  const char *w = nw_tok_text(&d->t, det + 1);
  size_t m = nw_tok_len(&d->t, det + 1);
  int plural = (d->t.tok[k].flags & NW_TF_LOWER) && s_form(d, k, 4);
  int singular = (d->t.tok[det + 1].flags & NW_TF_LOWER) && m >= 3 && w[m - 1] != 's' &&
                 !(d->t.tok[det + 1].flags & NW_TF_HYPHEN) && !looks_past(d, det + 1) && !ly_adverb(d, det + 1) &&
                 !nw_doc_ing_word(d, det + 1, 5) && !word_in(d, det + 1, &quantities);
  return plural && singular && nw_lex_is_common(nw_lex(), w, m);
}

/* `Some said`, `Another told reporters`: an indefinite pronoun alone
** before a speech verb stands for people of a group just named; they speak,
** though no one is named. */
static int indefinite_speaker(const nw_doc *d, size_t k) {
  NW_WORDS(indefinites, "another", "some", "many", "most", "one", "both", "several", "others", "few", "all",
           "each", "neither", "either");
  if (!word_in(d, k, &indefinites) || k + 1 >= ntok(d) || !same_sent(d, k, k + 1)) return 0;
  long v = verb_start_covering(d, k + 1);
  return v >= 0 && speaks(verb_at(d, (size_t)v));
}

/* `Brampton, Ont.-based`, `Halifax, N.S.-based`: a place, a comma and its
** province's or state's short form before the hyphen at p.  Returns the
** place's first token, or p when the words before p are no such pair. */
static size_t province_compound_start(const nw_doc *d, size_t p) {
  if (p < 3 || !is_punct(d, p, '-')) return p;
  size_t q = p - 1 - is_punct(d, p - 1, '.');
  uint32_t f = d->t.tok[q].flags;
  if (!is_word(d, q) || !(f & NW_TF_CAP) || (nw_tok_len(&d->t, q) > 5 && !(f & NW_TF_DOTTED))) return p;
  if (q < 2 || !is_punct(d, q - 1, ',') || !same_sent(d, q - 2, q) || !is_word(d, q - 2) ||
      !(d->t.tok[q - 2].flags & NW_TF_CAP))
    return p;
  size_t a = q - 2; /* (`Grande Prairie, Alta.-based`) */
  while (a > 0 && q - a < 5 && same_sent(d, a - 1, a) && is_word(d, a - 1) && (d->t.tok[a - 1].flags & NW_TF_CAP) &&
         !(d->t.tok[a - 1].flags & NW_TF_SENT_START))
    a--;
  return a;
}

/* A noun phrase ending at token k (inclusive), going back to its
** determiner: `a justice official`, `Some experts`, `the joint statement`,
** `Marine and coastal researchers`.  Its last word must be a
** role, body or attribution noun, or capitalized. */
static speaker phrase_ending_at(const nw_doc *d, size_t k) {
  if (!is_word(d, k) || verb_start_covering(d, k) >= 0) return no_speaker();
  int pick = former_or_latter(d, k);
  if (pick >= 0) return (speaker){SP_ACTOR, k - 1, k + 1, pick, 0, 0};
  /* (a word no mention covers, nor a plural or an opening word: the look-up
  ** runs over the text's people) */
  if ((d->t.tok[k].flags & NW_TF_CAP) && (k == sent_start(d, k) || !is_word(d, k - 1)) &&
      (d->tok_men[k] < 0 || d->men[d->tok_men[k]].how == NW_MEN_PLACE) && !plural_shape(d, k) &&
      !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k))) {
    int a = person_of_surname(d, k);
    if (a >= 0) return (speaker){SP_ACTOR, k, k + 1, a, 0, 0};
  }
  uint16_t info = d->tok_info[k];
  /* `“…,” one wrote`, `others said`: an indefinite pronoun alone speaks */
  if (indefinite_speaker(d, k) && (k == sent_start(d, k) || !is_word(d, k - 1)))
    return (speaker){SP_PHRASE, k, k + 1, -1, 0, 0};
  int head_ok = (info & (NW_TI_ROLE | NW_TI_BODY)) || (d->t.tok[k].flags & NW_TF_CAP);
  if ((d->t.tok[k].flags & NW_TF_SENT_START) && !(info & (NW_TI_ROLE | NW_TI_BODY)) &&
      nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)) && !indefinite_speaker(d, k))
    return no_speaker(); /* `When asked`: an opening word, no one */
  if (!head_ok && (d->t.tok[k].flags & NW_TF_LOWER) && nw_tok_len(&d->t, k) > 4 && !has_finite_form(d, k) &&
      nw_tok_text(&d->t, k)[nw_tok_len(&d->t, k) - 1] == 's' && k + 1 < ntok(d) && verb_start_covering(d, k + 1) >= 0)
    head_ok = 1; /* a bare plural right before its verb: `countries stated`, `officials said` */
  if (!head_ok && (d->t.tok[k].flags & NW_TF_LOWER) && !is_filler(d, k) && !pronoun(d, k) &&
      !nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)) && !has_finite_form(d, k)) {
    /* any noun phrase that starts with a determiner: `one veteran of the
    ** government infrastructure projects`, `the 31-year-old goalkeeper` */
    for (size_t j = k, reach = 8; j-- > sent_start(d, k) && k - j < reach;) {
      if (word_in(d, j, &determiners) || word_is(d, j, "my") || word_is(d, j, "our")) {
        head_ok = j < k;
        break;
      }
      /* `Acme’s security unit said`: a possessor named before a subject
      ** (as the source of `according to`, the owner speaks) */
      if ((d->t.tok[j].flags & NW_TF_POSS) && j > 0 && (counts_as_actor(d, j - 1) || (d->t.tok[j - 1].flags & NW_TF_CAP)) &&
          (verb_start_covering(d, k + 1) >= 0 || is_filler(d, k + 1))) {
        head_ok = j + 1 < k;
        break;
      }
      if (!is_word(d, j) && !(d->t.tok[j].type == NW_TOK_NUM) && !is_punct(d, j, '-')) break;
      size_t place = province_compound_start(d, j);
      reach += j - place; /* (the place and its province count as one word) */
      j = place;
    }
  }
  if (!head_ok) head_ok = attribution_noun(d, k);
  if (!head_ok) return no_speaker();
  size_t a = k, s0 = after_dateline(d, sent_start(d, k)); /* (not `BEIJING (Reuters) - China’s army`) */
  while (a > s0 && k - a < 9) {
    size_t p = a - 1;
    if (word_in(d, p, &determiners)) {
      if (singular_before_plural(d, p, k)) { /* `a trend executives said`: `executives` */
        a = k;
        break;
      }
      a = p;
      /* `my two-year-old`, `our two sons`: a possessive before a numeral */
      NW_WORDS(owners, "my", "our", "your");
      if (p > s0 && word_in(d, p - 1, &owners)) {
        a = p - 1;
        break;
      }
      /* `one veteran of the projects`, `A source familiar with the talks`:
      ** the phrase the `of` (`with`, `at`, `from`, `in`) phrase hangs on */
      NW_WORDS(hang_on, "of", "with", "at", "from");
      /* (`the sign on the door`, `a man near the stage`; not a title's words:
      ** `the Life on Mars star`) */
      NW_WORDS(hang_near, "on", "near", "outside");
      if (p >= 2 && (word_in(d, p - 1, &hang_on) || (word_in(d, p - 1, &hang_near) && (d->t.tok[p - 2].flags & NW_TF_LOWER))) &&
          is_word(d, p - 2) && !verb_at(d, p - 2)) {
        size_t q = p - 2;
        while (q > s0 && k - q < 12 && is_word(d, q - 1) && !word_in(d, q, &determiners) && !verb_at(d, q - 1) &&
               !pronoun(d, q - 1) && !word_is(d, q - 1, "as") && !of_phrase_fence(d, q - 1) &&
               !has_finite_form(d, q - 1))
          q--;
        /* `signed by residents of the north end`: a bare noun after a
        ** preposition opens the phrase */
        if (word_in(d, q, &determiners) || (q > s0 && of_phrase_fence(d, q - 1))) a = q;
      }
      /* `Officials with the city say`, `researchers at the hospital`: the
      ** people before the preposition speak for the body after it */
      NW_WORDS(with_links, "with", "at", "from");
      if (a == p && p >= 2 && word_in(d, p - 1, &with_links) && (d->tok_info[p - 2] & (NW_TI_ROLE | NW_TI_BODY)) &&
          !counts_as_actor(d, p - 2))
        a = p - 2;
      break;
    }
    if (d->t.tok[p].flags & NW_TF_POSS) {
      a = p;
      continue;
    }
    /* `The 31-year-old goalkeeper` */
    if (d->t.tok[p].type == NW_TOK_NUM || (is_punct(d, p, '-') && p > s0)) {
      a = province_compound_start(d, p); /* (`The Brampton, Ont.-based grocer`) */
      if (a < s0) a = p;
      continue;
    }
    /* (`Ont.-based`: the tail of a compound whose hyphen stands alone) */
    if (p > s0 && is_punct(d, p - 1, '-') && is_word(d, p) && (d->t.tok[p].flags & NW_TF_LOWER)) {
      a = p;
      continue;
    }
    /* `the 74-year-old retired teacher`, `a registered nurse`: an -ed word
    ** after a determiner or a modifier describes a role's noun */
    if (looks_past(d, p) && !verb_at(d, p) && ((d->tok_info[k] | d->tok_info[p + 1]) & NW_TI_ROLE) && p > s0 &&
        (word_in(d, p - 1, &determiners) || (d->t.tok[p - 1].flags & NW_TF_HYPHEN) ||
         d->t.tok[p - 1].type == NW_TOK_NUM)) {
      a = p;
      continue;
    }
    if (!is_word(d, p) || verb_start_covering(d, p) >= 0 || pronoun(d, p) || has_finite_form(d, p) || word_is(d, p, "who") ||
        word_is(d, p, "that") || word_is(d, p, "which") || word_is(d, p, "when") || word_is(d, p, "as") ||
        word_is(d, p, "but") || word_in(d, p, &phrase_fences) || word_in(d, p, &subordinators))
      break;
    /* `heard from merchants who say`: a lowercase head of a relative clause
    ** after `from`, `with` is the preposition's object, the speaker's phrase
    ** opening after it when a verb has the preposition (not `launched by
    ** Canadians with rare diseases who contend`) */
    NW_WORDS(relative_object_preps, "from", "with", "through", "toward", "towards", "unlike");
    if (word_in(d, p, &relative_object_preps) && (d->t.tok[k].flags & NW_TF_LOWER) && k + 1 < ntok(d) &&
        word_is(d, k + 1, "who") && p > s0 && (has_finite_form(d, p - 1) || looks_past(d, p - 1) || verb_at(d, p - 1)))
      break;
    /* `..., and economists say`: `and` after a comma joins clauses, not nouns */
    if ((word_is(d, p, "and") || word_is(d, p, "or")) && p > s0 && is_punct(d, p - 1, ',')) break;
    /* `fell 3 per cent on Monday after China's regulator said`: a word of
    ** time that opens a clause ends the phrase (not `in`: `a man in his 50s`) */
    NW_WORDS(phrase_stops, "after", "before", "since", "during", "until", "than", "upon");
    if (word_in(d, p, &phrase_stops)) break;
    if (counts_as_actor(d, p) && d->actor[d->men[d->tok_men[p]].actor].kind == NW_KIND_PERSON) {
      if (d->t.tok[a].flags & NW_TF_POSS) a = d->men[d->tok_men[p]].tok; /* `Moreau's father` */
      break;
    }
    a = p;
  }
  speaker sp = {SP_PHRASE, a, k + 1, -1, 0, 0};
  for (size_t i = a; i <= k; i++) { /* a role phrase the actor step resolved */
    if (!counts_as_actor(d, i) || d->men[d->tok_men[i]].how != NW_MEN_ROLE) continue;
    const nw_mention *m = &d->men[d->tok_men[i]];
    if (d->t.tok[m->tok + m->ntok - 1].flags & NW_TF_POSS) continue; /* `the woman's son` is not the woman */
    sp.actor = (int)m->actor;
  }
  return sp;
}

static __attribute__((noinline)) int present_s_verb_rules(const nw_doc *d, size_t a, size_t i);
/* present_s_verb_rules() of a lowercase word in -s (inline: most words
** asked about are none). */
static inline int present_s_verb(const nw_doc *d, size_t a, size_t i) {
  return i > a && is_word(d, i) && (d->t.tok[i].flags & NW_TF_LOWER) && s_form(d, i, 4) && present_s_verb_rules(d, a, i);
}
static int plural_base_verb(const nw_doc *d, size_t a, size_t i);

/* The period of an abbreviated title (`Const.`, `Sgt.`, `Dr.`). */
static int title_period(const nw_doc *d, size_t k) {
  return k > 0 && is_punct(d, k, '.') && (d->tok_info[k - 1] & (NW_TI_TITLE | NW_TI_HONORIFIC));
}

/* The first token at or after i, before end, that is no part of a title
** (`Dr.`, `Rev.`, `Mr`). */
static size_t past_titles(const nw_doc *d, size_t i, size_t end) {
  while (i < end && ((d->tok_info[i] & (NW_TI_TITLE | NW_TI_HONORIFIC)) || title_period(d, i))) i++;
  return i;
}

/* `went on to`, `continued to` ending at token k (the `to`): where the
** verb of going on starts, or -1. */
static long going_on_before(const nw_doc *d, size_t k) {
  if (!word_is(d, k, "to") || k < 2) return -1;
  if (word_in(d, k - 1, &continue_forms)) return (long)k - 1;
  return word_is(d, k - 1, "on") && word_in(d, k - 2, &go_forms) ? (long)k - 2 : -1;
}

/* Where an aside in dashes or parentheses that closes before a verb opens. */
#define ASIDE_TOKENS 25
static int aside_opens(const nw_doc *d, size_t p, int paren) { return paren ? is_punct(d, p, '(') : is_dash(d, p); }

/* `The chain's parent company, the North West Company, says`, `Its owner,
** Loblaw, said`: a body named between the commas at p and k, after a
** description of it ending in a lowercase noun that names no one.
** Returns the body's last token, or -1. */
static long body_after_description(const nw_doc *d, size_t p, size_t k) {
  size_t b = word_is(d, p + 1, "the") ? p + 2 : p + 1;
  if (b >= k || !counts_as_actor(d, b) || !is_word(d, p - 1) || !(d->t.tok[p - 1].flags & NW_TF_LOWER) ||
      counts_as_actor(d, p - 1))
    return -1;
  const nw_mention *m = &d->men[d->tok_men[b]];
  size_t end = m->tok + m->ntok;
  if (end + 1 == k && is_punct(d, end, '.')) end++; /* `Tarvik Materials Inc.,` */
  if (m->tok != b || end != k || d->actor[m->actor].kind == NW_KIND_PERSON) return -1;
  return (long)(m->tok + m->ntok) - 1;
}

/* `Experts I spoke to said`, `Parents CBC News talked with say`: a
** relative clause of whom the writer (or a medium) reached, between a
** subject and its verb.  k is the clause's last token; returns the
** subject's last token, or -1. */
static long reached_relative(const nw_doc *d, size_t s0, size_t k) {
  NW_WORDS(reached, "spoke", "spoken", "talked", "met", "interviewed", "reached", "contacted", "surveyed",
           "consulted", "heard", "asked", "polled");
  NW_WORDS(perfect, "have", "has", "had");
  size_t p = k;
  if ((word_is(d, p, "to") || word_is(d, p, "with") || word_is(d, p, "from")) && p > s0) p--;
  if (!word_in(d, p, &reached) || p <= s0 + 1) return -1;
  p--;
  while (p > s0 + 1 && word_in(d, p, &perfect)) p--;
  int who = pronoun(d, p) || word_is(d, p, "i") || word_is(d, p, "we");
  if (!who && counts_as_actor(d, p)) { /* `CBC News` */
    const nw_mention *m = &d->men[d->tok_men[p]];
    who = d->actor[m->actor].kind == NW_KIND_MEDIA;
    p = m->tok;
  }
  if (!who || p <= s0) return -1;
  p--;
  return is_word(d, p) && plural_shape(d, p) && !has_finite_form(d, p) ? (long)p : -1;
}

/* The most tokens a work's title in quote marks spans. */
#define TITLE_TOKENS 12

/* `the Marvel film “Shang-Chi”`, `her memoir “Unbowed”`, `a song titled
** “…”`: a noun of a work, or `titled`, right before the opening mark at
** open; the quote is the work's title. */
static int work_before(const nw_doc *d, size_t open) {
  NW_WORDS(works, "film", "films", "movie", "movies", "book", "books", "novel", "memoir", "album", "song", "single",
           "documentary", "series", "sitcom", "musical", "opera", "poem", "podcast", "episode", "painting",
           "exhibition", "exhibit", "titled", "entitled");
  return open > 0 && same_sent(d, open - 1, open) && word_in(d, open - 1, &works) &&
         (d->t.tok[open - 1].flags & NW_TF_LOWER);
}

/* `the film “Shang-Chi,”` ending at the closing mark k (a comma inside
** it): a work's title, its opening mark after s0. */
static int title_closes_at(const nw_doc *d, size_t s0, size_t k) {
  if (!is_mark(d, k) || k < s0 + 2 || !is_punct(d, k - 1, ',')) return 0;
  size_t open = k - 2;
  while (open > s0 && k - open <= TITLE_TOKENS && !is_mark(d, open)) open--;
  return is_mark(d, open) && open < k - 1 && work_before(d, open);
}

/* `in his 50s`, `in her late 70s`, `in their 20s` ending at k: an age
** after the subject's noun.  Returns the token of `in`, or -1. */
static long age_decade_start(const nw_doc *d, size_t s0, size_t k) {
  NW_WORDS(owners, "his", "her", "their");
  NW_WORDS(parts, "early", "mid", "late");
  if (d->t.tok[k].type != NW_TOK_NUM || nw_tok_text(&d->t, k)[nw_tok_len(&d->t, k) - 1] != 's') return -1;
  size_t p = k - 1;
  if (p > s0 && word_in(d, p, &parts)) p--;
  return p > s0 && word_in(d, p, &owners) && word_is(d, p - 1, "in") ? (long)p - 1 : -1;
}

/* Skips back over fillers, time words, an aside in dashes or parentheses
** and a parenthesis set off by commas; returns the last token of the
** subject, or -1. */
static long subject_end_before(const nw_doc *d, size_t v) {
  size_t s0 = sent_start(d, v);
  long k = (long)v - 1;
  if (k > (long)s0 + 2) {
    long r = reached_relative(d, s0, (size_t)k);
    if (r >= 0) return r;
  }
  while (k >= (long)s0) {
    if (is_filler(d, (size_t)k)) {
      k--;
      continue;
    }
    /* `Acme Co. said`: the period of an abbreviation that ends a name */
    if (is_punct(d, (size_t)k, '.') && k > (long)s0 && counts_as_actor(d, (size_t)k - 1) &&
        nw_map_get(&nw_lex()->abbrev, nw_tok_text(&d->t, (size_t)k - 1), nw_tok_len(&d->t, (size_t)k - 1), 0)) {
      k--;
      continue;
    }
    /* `Samsung Electronics Co. said`: a company's suffix after the name the
    ** gazetteer knows */
    if (is_punct(d, (size_t)k, '.') && k > (long)s0 + 1 && (d->t.tok[k - 1].flags & NW_TF_CAP) &&
        counts_as_actor(d, (size_t)k - 2) && nw_tok_len(&d->t, (size_t)k - 1) <= 4 &&
        nw_map_get(&nw_lex()->abbrev, nw_tok_text(&d->t, (size_t)k - 1), nw_tok_len(&d->t, (size_t)k - 1), 0)) {
      k -= 2;
      break;
    }
    if (is_time_word(d, (size_t)k)) {
      k--;
      if (k >= (long)s0 && is_time_lead(d, (size_t)k)) k--;
      continue;
    }
    if (title_closes_at(d, s0, (size_t)k)) { /* `X, best known for the film “Shang-Chi,” said` */
      k--;
      continue;
    }
    long age = age_decade_start(d, s0, (size_t)k);
    if (age >= 0) { /* `A man in his 50s said` */
      k = age - 1;
      continue;
    }
    /* `Ruiz — who has coached for 20 years — said`, `Ruiz (pictured) said`:
    ** an aside in dashes or parentheses */
    if (is_dash(d, (size_t)k) || is_punct(d, (size_t)k, ')')) {
      int paren = is_punct(d, (size_t)k, ')');
      long p = k - 1;
      while (p > (long)s0 && k - p < ASIDE_TOKENS && !aside_opens(d, (size_t)p, paren)) p--;
      if (p <= (long)s0 || !aside_opens(d, (size_t)p, paren)) return -1;
      k = p - 1;
      continue;
    }
    if (is_punct(d, (size_t)k, ',')) {
      /* `X, the Labour Party's director of policy, said` */
      long p = k - 1;
      while (p >= (long)s0 && !is_punct(d, (size_t)p, ',') && k - p < 25) p--;
      if (p >= (long)s0 && is_punct(d, (size_t)p, ',') && p > (long)s0) {
        /* `Moreau's father, Alain, says`, `the head of Acme, Jo Li, says`: a
        ** name set off by commas names the one before it (not the second
        ** of a list of people: `Moreau, Alain, ...`) */
        size_t n = past_titles(d, (size_t)p + 1, (size_t)k); /* `Its president, Dr. Jo Li, says` */
        if (!counts_as_actor(d, n)) { /* `Another resident, retired welder Tom Saulnier, said` */
          size_t m = n;
          while (m < (size_t)k && !person_at(d, m)) {
            if (counts_as_actor(d, m)) { /* `the NDP’s Jodi Cookson`: a body's possessive describes her */
              const nw_mention *o = &d->men[d->tok_men[m]];
              size_t after = o->tok + o->ntok;
              if (after + 1 >= (size_t)k || !(d->t.tok[after].flags & NW_TF_POSS)) break;
              m = after + 1;
              continue;
            }
            if (d->t.tok[m].flags & NW_TF_POSS) { /* `the Greens’ Wanda Pyke` */
              m++;
              continue;
            }
            if (d->t.tok[m].type == NW_TOK_NUM || is_punct(d, m, '-')) { /* `19-year-old student Ava Lind` */
              m++;
              continue;
            }
            size_t t = past_titles(d, m, (size_t)k); /* `Saskatoon physician Dr. Raj Patel` */
            if (t > m) {
              m = t;
              continue;
            }
            if (!is_word(d, m) || verb_at(d, m) || word_in(d, m, &relative_words) ||
                (has_finite_form(d, m) && !(m == n && looks_past(d, m)))) /* (`retired`: an -ed word may open it) */
              break;
            m++;
          }
          if (m > n && person_at(d, m)) n = m;
        }
        if (k - p > 1 && counts_as_actor(d, n) &&
            (d->men[d->tok_men[n]].how == NW_MEN_NAME || d->men[d->tok_men[n]].how == NW_MEN_SHORT) &&
            d->men[d->tok_men[n]].tok + d->men[d->tok_men[n]].ntok == (size_t)k &&
            d->actor[d->men[d->tok_men[n]].actor].kind == NW_KIND_PERSON && !person_at(d, (size_t)p - 1))
          return k - 1;
        long body = body_after_description(d, (size_t)p, (size_t)k);
        if (body >= 0) return body;
        k = p - 1;
        continue;
      }
      return -1;
    }
    if (word_is(d, (size_t)k, "as") && k > (long)s0 && verb_at(d, (size_t)k - 1) == NW_VERB_ACCORDING) {
      k -= 2; /* `X was quoted as telling`, `X is cited as saying` */
      continue;
    }
    /* `state media quoted Wang as saying`: the one quoted is the subject */
    if (word_is(d, (size_t)k, "as") && k > (long)s0 + 1 && counts_as_actor(d, (size_t)k - 1)) {
      const nw_mention *m = &d->men[d->tok_men[k - 1]];
      if (m->tok + m->ntok == (size_t)k && m->tok > s0 &&
          (word_is(d, m->tok - 1, "quoted") || word_is(d, m->tok - 1, "cited") || word_is(d, m->tok - 1, "quoting")))
        return k - 1;
    }
    long on = going_on_before(d, (size_t)k);
    if (on >= (long)s0) { /* `Ruiz went on to say`, `she continued to insist` */
      k = on - 1;
      continue;
    }
    if (word_is(d, (size_t)k, "who") || word_is(d, (size_t)k, "which")) {
      k--;
      if (k >= (long)s0 && is_punct(d, (size_t)k, ',')) k--;
      continue;
    }
    break;
  }
  return k >= (long)s0 ? k : -1;
}

/* The subject of the speech verb at v: `Blinken said`, `he added`,
** `Ana Ruiz, executive director of ..., said`, `supporters who said`. */
static int person_at(const nw_doc *d, size_t i) {
  return counts_as_actor(d, i) && d->actor[d->men[d->tok_men[i]].actor].kind == NW_KIND_PERSON;
}

/* `, 34,` after a name: an age set off by commas. */
static int age_apposition(const nw_doc *d, size_t i) {
  if (!is_punct(d, i, ',') || !is_punct(d, i + 2, ',') || d->t.tok[i + 1].type != NW_TOK_NUM) return 0;
  size_t n = nw_tok_len(&d->t, i + 1);
  return n <= 3 && i > 0 && counts_as_actor(d, i - 1);
}

/* `Helen Marsh, Minister of Fisheries, Oceans and the Coastal
** Economy, said`: a person opening the sentence, set off by a comma,
** with no verb between that comma and v, is the subject however many
** commas the apposition holds. */
#define RELATIVE_APPOSITION_TOKENS 60
#define APPOSITION_TOKENS 30 /* (an apposition without a relative clause) */
static long opening_person(const nw_doc *d, size_t v) {
  size_t s0 = after_dateline(d, sent_start(d, v));
  /* `Store owner Ravi Anand, 52, of Burnaby, said`: a role before the name
  ** (its words and one before them) */
  const uint32_t roles = NW_TI_ROLE | NW_TI_TITLE | NW_TI_HONORIFIC;
  size_t r = s0;
  if (r + 1 < v && is_word(d, r) && !(d->tok_info[r] & roles) && (d->tok_info[r + 1] & NW_TI_ROLE) && !person_at(d, r) &&
      !person_at(d, r + 1) && !verb_at(d, r) && !word_in(d, r, &subordinators))
    r++; /* (`Store owner`: a word before the role) */
  while (r < v && r - s0 < 4 && (d->tok_info[r] & roles) && !person_at(d, r)) r++;
  if (r > s0 && person_at(d, r)) s0 = r;
  if (!person_at(d, s0)) return -1;
  size_t e = d->men[d->tok_men[s0]].tok + d->men[d->tok_men[s0]].ntok;
  if (e >= v || !is_punct(d, e, ',')) return -1;
  if (age_apposition(d, e) && e + 2 < v) e += 2; /* `Ana Ruiz, 45, who ...` */
  if (v - e > RELATIVE_APPOSITION_TOKENS) return -1;
  for (size_t j = e + 1; j < v; j++) {
    if (has_finite_form(d, j) && is_punct(d, j - 1, '-')) continue; /* `the N.S.-based group` */
    /* `Ana Ruiz, who won twice on the tour (once in Ohio) last fall, said`,
    ** `Ana Ruiz, director of the Gimli Clinic, who was not involved, said`:
    ** a relative clause set off by commas, however long, with no quote */
    if (word_is(d, j, "who") && is_punct(d, j - 1, ',') && is_punct(d, v - 1, ',')) {
      for (size_t k = j + 1; k < v; k++)
        if (is_mark(d, k) || speaks(verb_at(d, k))) return -1;
      return (long)s0;
    }
    if (verb_at(d, j) || has_finite_form(d, j) || is_mark(d, j) || word_is(d, j, "who") || word_is(d, j, "which") ||
        j - e > APPOSITION_TOKENS)
      return -1;
  }
  return (long)s0;
}

/* `A spokeswoman for the premier said`, `an aide to Senator Vance said`:
** the role before `for`/`to` speaks on behalf of the actor at k, who does
** not.  Returns the role's phrase (which set_speaker() may link to a name
** given elsewhere in the text), or no speaker. */
static speaker role_serving(const nw_doc *d, size_t j) {
  size_t s0 = sent_start(d, j);
  while (j > s0 && j - 1 > s0 && (d->tok_info[j - 1] & NW_TI_TITLE) && !word_is(d, j - 1, "for")) j--;
  if (j > s0 && word_in(d, j - 1, &articles)) j--;
  if (j < s0 + 2 || !(word_is(d, j - 1, "for") || word_is(d, j - 1, "to"))) return no_speaker();
  size_t r = j - 2;
  /* (and a country's mission: `the Chinese mission to the EU said`) */
  NW_WORDS(missions, "mission", "delegation", "embassy", "consulate", "legation");
  if (!(d->tok_info[r] & NW_TI_ROLE) && !word_in(d, r, &missions)) return no_speaker();
  if (person_at(d, r)) return mention_speaker(d, r);
  speaker sp = phrase_ending_at(d, r);
  return sp.kind == SP_PHRASE ? sp : no_speaker();
}

/* Ends like a plural: `members`, not `boss` or `status`. */
static int plural_shape(const nw_doc *d, size_t i) {
  const char *w = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

/* `former`, `outgoing`, `interim`: words that make the noun after them an office. */
static int former_word(const nw_doc *d, size_t i) {
  NW_WORDS(formers, "former", "outgoing", "interim", "acting", "longtime", "then");
  return word_in(d, i, &formers);
}

/* `The head of Acme Corp said`, `the manager of the fleet for Nordbay
** Ferries said`: one person in a role of the organization at j speaks, not
** the organization (`Officials at Acme`, plural, speak for it).  Returns
** the whole phrase, its role part marked for resolve_description(), or no
** speaker. */
static speaker role_of_body(const nw_doc *d, size_t j, size_t k) {
  NW_WORDS(links, "of", "at", "for", "with");
  size_t s0 = sent_start(d, j);
  if (d->actor[d->men[d->tok_men[j]].actor].kind == NW_KIND_PERSON) return no_speaker();
  if (j > s0 && word_in(d, j - 1, &articles)) j--;
  if (j < s0 + 2 || !word_in(d, j - 1, &links)) return no_speaker();
  for (size_t r = j - 2; r + 6 > j && r >= s0; r--) {
    if (!is_word(d, r) || verb_at(d, r) || has_finite_form(d, r) || counts_as_actor(d, r)) return no_speaker();
    int tv = nw_doc_phrase_value(d, r);
    /* `The former harbour-master of the Port Authority said`: a word the role
    ** list lacks, made someone's office by `former` */
    size_t h = r; /* the start of a hyphenated compound (`harbour-master`) */
    while (h >= s0 + 2 && is_punct(d, h - 1, '-') && d->t.tok[h - 1].end == d->t.tok[h].start &&
           d->t.tok[h - 2].end == d->t.tok[h - 1].start && is_word(d, h - 2))
      h -= 2;
    int office = r + 2 == j && h > s0 && former_word(d, h - 1) && (d->t.tok[r].flags & NW_TF_LOWER) &&
                 ((d->t.tok[r].flags & NW_TF_HYPHEN) || !plural_shape(d, r)); /* not `former members of` */
    if (office || ((d->tok_info[r] & NW_TI_ROLE) && tv >= 0 && nw_lex()->title[tv].cls == NW_TITLE_ROLE)) {
      if (!office && plural_shape(d, r)) return no_speaker(); /* `members of` */
      speaker sp = phrase_ending_at(d, r);
      if (sp.kind != SP_PHRASE || !word_in(d, sp.tok, &articles)) return no_speaker();
      /* `Ana Ruiz, the head of Acme, which ..., said`: the role is hers */
      if (sp.tok >= s0 + 2 && is_punct(d, sp.tok - 1, ',') && person_at(d, sp.tok - 2))
        return mention_speaker(d, sp.tok - 2);
      return (speaker){SP_PHRASE, sp.tok, k + 1, sp.actor, 0, r + 1};
    }
    if (r == s0) break;
  }
  return no_speaker();
}

/* `A woman I have treated for a decade told me`: a relative clause with
** no `who`, its subject pronoun at j right after the noun of a phrase that
** opens the sentence with a determiner. */
static inline int subject_pronoun_is(const nw_doc *d, int p, size_t j, size_t end);
static int contact_clause_at(const nw_doc *d, size_t j, size_t s0) {
  /* (no possessive or demonstrative: `His brother I met`, `This plan we
  ** drew` open other phrases) */
  NW_WORDS(openers, "a", "an", "the", "one", "another", "some", "many", "several", "two", "three");
  if (j < s0 + 2) return 0;
  int p = pronoun(d, j);
  if (p == PRON_IT || !subject_pronoun_is(d, p, j, sent_end(d, j))) return 0;
  size_t n = j - 1;
  if (!is_word(d, n) || !(d->t.tok[n].flags & NW_TF_LOWER) || has_finite_form(d, n) || looks_past(d, n) ||
      verb_at(d, n) || pronoun(d, n) || is_filler(d, n) || word_in(d, n, &determiners) || is_time_word(d, n))
    return 0;
  for (size_t a = s0; a < n; a++) /* (the determiner opens the sentence; lowercase words to the noun) */
    if (a == s0 ? !word_in(d, a, &openers) : !(is_word(d, a) && (d->t.tok[a].flags & NW_TF_LOWER))) return 0;
  return n - s0 <= 3;
}

/* `Residents who spoke to Global News said`, `Parents whose children attend
** the school say`: the subject ends before a relative clause with no commas,
** not at the last word of that clause.  k is the word before the verb;
** returns the subject's last word, or k. */
#define RELATIVE_TOKENS 12
static long before_relative(const nw_doc *d, size_t k) {
  size_t s0 = sent_start(d, k);
  for (size_t j = k; j > s0 && k - j < RELATIVE_TOKENS; j--) {
    if (d->t.tok[j].type == NW_TOK_PUNCT && !(d->t.tok[j].flags & NW_TF_POSS) && !is_punct(d, j, '.')) break;
    if (j == k) continue; /* (the rules below are about the words before k) */
    if (word_is(d, j, "who") || word_is(d, j, "whose")) return is_word(d, j - 1) ? (long)j - 1 : (long)k;
    if (contact_clause_at(d, j, s0)) return (long)j - 1;
  }
  return (long)k;
}

/* `Many Canadians say`, `Albertans told pollsters`: people of a country
** speak, not the country. */
static int plural_demonym(const nw_doc *d, size_t k) {
  const nw_mention *m = &d->men[d->tok_men[k]];
  size_t n = nw_tok_len(&d->t, k);
  return m->ntok == 1 && (d->tok_info[k] & NW_TI_DEMONYM) && n > 3 && nw_tok_text(&d->t, k)[n - 1] == 's';
}

/* `A lawsuit filed in Federal Court alleges`, `The officer stationed in
** Ottawa said`: a name in a participle's phrase is where, not who; the
** noun before the participle speaks.  Returns that noun, or -1. */
static long participle_host(const nw_doc *d, size_t k) {
  NW_WORDS(place_preps, "in", "at", "with", "before", "against", "to");
  if (!(d->t.tok[k].flags & NW_TF_CAP)) return -1;
  size_t t = d->tok_men[k] >= 0 ? d->men[d->tok_men[k]].tok : k;
  while (t > 0 && k - t < 4 && (d->t.tok[t - 1].flags & NW_TF_CAP) && d->tok_men[t - 1] < 0 && is_word(d, t - 1)) t--;
  if (t >= 1 && word_in(d, t - 1, &articles)) t--;
  if (t < 3 || !word_in(d, t - 1, &place_preps) || !looks_past(d, t - 2) || verb_at(d, t - 2) ||
      t - 2 <= sent_start(d, t) || !(d->t.tok[t - 3].flags & NW_TF_LOWER))
    return -1;
  return (long)t - 3;
}

/* `The owner of a store hit by the flood says`, `The mayor of a town near
** the border said`: the phrase before the verb may end a longer subject,
** as a place after `of`, `in`, `near` or a participle's agent after `by`;
** the subject's first phrase, opening the sentence, names who speaks (its
** head marked for resolve_description()).  Returns sp grown to the whole
** subject, or sp. */
#define SUBJECT_PHRASES 3
static speaker whole_subject(const nw_doc *d, speaker sp) {
  NW_WORDS(place_links, "of", "in", "near", "at", "from", "outside");
  size_t s0 = sent_start(d, sp.tok), a = sp.tok, head_end = 0;
  for (int n = 0; n < SUBJECT_PHRASES; n++) {
    size_t p;
    if (a >= s0 + 2 && word_in(d, a - 1, &place_links)) p = a - 2;
    else if (a >= s0 + 3 && word_is(d, a - 1, "by") && (looks_past(d, a - 2) || has_finite_form(d, a - 2)) &&
             !verb_at(d, a - 2))
      p = a - 3; /* (`hit by`, `run by`: irregular pasts) */
    else break;
    if (!is_word(d, p) || !(d->t.tok[p].flags & NW_TF_LOWER) || has_finite_form(d, p) || verb_at(d, p) ||
        counts_as_actor(d, p))
      break;
    speaker outer = phrase_ending_at(d, p);
    if (outer.kind != SP_PHRASE || !word_in(d, outer.tok, &articles)) break;
    a = outer.tok;
    head_end = p + 1;
  }
  /* (only a subject that opens its sentence: not `challenges launched by
  ** residents who contend`, a relative clause's antecedent) */
  if (!head_end || a != after_dateline(d, s0)) return sp;
  /* (the first phrase may have taken in a link already: its head ends at
  ** the first link) */
  for (size_t j = a + 1; j < head_end; j++)
    if (word_in(d, j, &place_links) || word_is(d, j, "by")) head_end = j;
  return (speaker){SP_PHRASE, a, sp.end, -1, 0, head_end};
}

static speaker subject_before(const nw_doc *d, size_t v) {
  long k = subject_end_before(d, v);
  if (k >= 0) k = before_relative(d, (size_t)k);
  if (k < 0 || !person_at(d, (size_t)k)) {
    long opener = opening_person(d, v);
    if (opener >= 0) return mention_speaker(d, (size_t)opener);
  }
  if (k < 0) return no_speaker();
  if (person_at(d, (size_t)k)) {
    const nw_mention *m = &d->men[d->tok_men[k]];
    if (m->tok >= 2 && word_is(d, m->tok - 1, "of")) {
      size_t r = m->tok - 2;
      /* `Royce Mendes of Desjardins said`: a lone name after `of` is a firm's */
      if (m->ntok == 1 && person_at(d, r) && d->men[d->tok_men[r]].ntok > 1) return mention_speaker(d, r);
      /* `the eldest son of Ana Ruiz said`: the son speaks */
      if ((d->tok_info[r] & NW_TI_ROLE) && (d->t.tok[r].flags & NW_TF_LOWER) && !person_at(d, r)) {
        speaker sp = phrase_ending_at(d, r);
        if (sp.kind == SP_PHRASE) return sp;
      }
    }
  }
  if (!person_at(d, (size_t)k)) { /* `Haruki Tanabe of Mizuho said`, `X with the union says` */
    for (long j = k - 1; j > (long)sent_start(d, v) && k - j < 9; j--) {
      if (is_punct(d, (size_t)j, ',') || verb_at(d, (size_t)j)) break;
      if ((word_is(d, (size_t)j, "of") || word_is(d, (size_t)j, "with") || word_is(d, (size_t)j, "from") ||
           word_is(d, (size_t)j, "at")) && person_at(d, (size_t)j - 1))
        return mention_speaker(d, (size_t)j - 1);
    }
  }
  if (counts_as_actor(d, (size_t)k) && plural_demonym(d, (size_t)k)) return phrase_ending_at(d, (size_t)k);
  long host = participle_host(d, (size_t)k);
  if (host >= 0) {
    speaker sp = phrase_ending_at(d, (size_t)host);
    if (sp.kind == SP_PHRASE) return sp;
  }
  if (counts_as_actor(d, (size_t)k)) {
    const nw_mention *m = &d->men[d->tok_men[k]];
    speaker role = role_serving(d, m->tok);
    if (!role.kind) role = role_of_body(d, m->tok, m->tok + m->ntok - 1);
    return role.kind ? role : mention_speaker(d, (size_t)k);
  }
  int p = pronoun(d, (size_t)k);
  if (p) return (speaker){SP_PRONOUN, (size_t)k, (size_t)k + 1, -1, p, 0};
  speaker sp = phrase_ending_at(d, (size_t)k);
  if (sp.kind == SP_PHRASE) {
    speaker role = role_serving(d, sp.tok);
    if (role.kind) return role;
    /* `Kurtz and her co-authors wrote`: the person named first speaks for
    ** the unnamed people joined to her */
    if (sp.actor < 0 && sp.tok >= 2 && word_is(d, sp.tok - 1, "and") && person_at(d, sp.tok - 2) &&
        same_sent(d, sp.tok - 2, v))
      return mention_speaker(d, sp.tok - 2);
    return whole_subject(d, sp);
  }
  return sp;
}

/* A speaker worked out once (known), for the verbs that are asked again. */
typedef struct known_speaker {
  int known;
  speaker sp;
} known_speaker;

/* subject_before(), remembered in *memo (or not, with none). */
static speaker subject_before_known(const nw_doc *d, size_t v, known_speaker *memo) {
  if (!memo) return subject_before(d, v);
  if (!memo->known) *memo = (known_speaker){1, subject_before(d, v)};
  return memo->sp;
}

/* A verb (or an auxiliary) right after a name: the name is a subject. */
static int opens_clause_after(const nw_doc *d, size_t e) {
  return e < ntok(d) && (has_finite_form(d, e) || looks_past(d, e) || verb_start_covering(d, e) >= 0 ||
                         is_filler(d, e));
}

/* The speaker after a verb: `said Daniel Kritenbrink`, `says architect
** Lucia Ruiz Ortega`, `said the spokesman for the Russian Presidency, Dmitri
** Peskov`, `said a justice official`, `reads a joint statement`. */
static speaker speaker_after_rules(const nw_doc *d, size_t k) {
  if (k >= ntok(d)) return no_speaker();
  size_t end = sent_end(d, k);
  int p = pronoun(d, k);
  if (p) return (speaker){SP_PRONOUN, k, k + 1, -1, p, 0};
  /* the person the phrase ends with: `said Comets head coach Dana Kirk`;
  ** after a comma, an apposition names the person: `said the spokesman
  ** for the presidency, Dmitri Peskov` */
  long person = -1;
  int past_comma = 0;
  for (size_t j = k; j < end && j - k < 14; j++) {
    if (is_punct(d, j, ',')) {
      if (person >= 0) break;
      past_comma = 1;
      continue;
    }
    if (counts_as_actor(d, j) && d->actor[d->men[d->tok_men[j]].actor].kind == NW_KIND_PERSON) {
      const nw_mention *mn = &d->men[d->tok_men[j]];
      /* `According to police, Ana Ruiz was last seen`: a name after the
      ** comma with a verb of its own opens the clause; it is no apposition */
      if (past_comma && person < 0 && opens_clause_after(d, mn->tok + mn->ntok)) break;
      person = (long)j;
      j = mn->tok + mn->ntok - 1;
      if (mn->how == NW_MEN_ROLE) { /* a name may follow: `the spokesman, Karl Tamm` */
        for (size_t n = j + 1; n < end && n - j < 12; n++)
          if (is_punct(d, n, ',') && n + 1 < end && counts_as_actor(d, n + 1) && d->men[d->tok_men[n + 1]].how == NW_MEN_NAME &&
              d->men[d->tok_men[n + 1]].actor == mn->actor)
            return mention_speaker(d, n + 1);
      }
      continue;
    }
    if (person >= 0 && !(d->tok_info[j] & (NW_TI_ROLE | NW_TI_TITLE))) break;
    if (d->t.tok[j].type == NW_TOK_PUNCT && !(d->t.tok[j].flags & NW_TF_POSS) && !is_punct(d, j, '.')) break;
    if (j > k && verb_start_covering(d, j) >= 0) break;
  }
  if (person >= 0) return mention_speaker(d, (size_t)person);
  if (counts_as_actor(d, k)) return mention_speaker(d, k);
  /* a phrase: from k up to punctuation, a verb or a preposition */
  NW_WORDS(stops, "at", "in", "on", "during", "after", "before", "to", "with", "from",
                                      "who", "which", "that", "when");
  speaker best = no_speaker();
  for (size_t j = k; j < end && j - k < 8 && (is_word(d, j) || d->t.tok[j].type == NW_TOK_NUM || is_punct(d, j, '-')) &&
                     !word_in(d, j, &stops) && !(j > k && verb_start_covering(d, j) >= 0);
       j++) {
    speaker sp = phrase_ending_at(d, j);
    if (sp.kind == SP_PHRASE && sp.tok <= k) best = (speaker){SP_PHRASE, k, j + 1, sp.actor, 0, 0};
  }
  return best;
}

/* speaker_after() answers remembered for the text being worked on, the
** last asked at each of AFTER_SLOTS positions (token mod AFTER_SLOTS):
** verb_speaker() asks twice about an inverted verb (`, said X.`), and the
** rules nearby ask about the same words again.  (More slots kept answers
** from one pass to the next but cost more to clear per text than they
** saved.) */
#define AFTER_SLOTS 16
typedef struct speaker_after_slot {
  size_t k1; /* 1 + the token asked about, or 0 */
  speaker sp;
} speaker_after_slot;
static speaker speaker_after(const nw_doc *d, size_t k) {
  token_memo *m = &tokens_known;
  if (m->d != d) return speaker_after_rules(d, k);
  speaker_after_slot *slot = &m->after[k % AFTER_SLOTS];
  if (slot->k1 != k + 1) *slot = (speaker_after_slot){k + 1, speaker_after_rules(d, k)};
  return slot->sp;
}

/* The main subject of the sentence holding token i: its first actor or
** pronoun, for `..., adding that` and partial quotes. */
static speaker subject_of_sentence(const nw_doc *d, size_t i, int stop_at_verb);

/* Does the word at k (or its article) follow a preposition that makes it
** an object, a hearer or a topic (`to the council`, `for Ottawa`)? */
static int object_of_preposition(const nw_doc *d, size_t s0, size_t k) {
  NW_WORDS(object_preps, "to", "for", "with", "at", "against", "from", "about", "toward", "towards", "into", "on",
           "over", "by");
  if (k <= s0) return 0;
  size_t p = k - 1;
  if (word_in(d, p, &articles) && p > s0) p--;
  return word_in(d, p, &object_preps);
}
static speaker sentence_subject(const nw_doc *d, size_t i) { return subject_of_sentence(d, i, 0); }

/* The sentence's subject before token i; with stop_at_verb, only up to
** the main verb (for a participle after a comma, whose subject is the
** sentence's: `Chinese experts criticized the US curbs, saying`). */
static int can_open(const nw_doc *d, size_t i);
static int can_close(const nw_doc *d, size_t i);
static speaker subject_of_sentence(const nw_doc *d, size_t i, int stop_at_verb) {
  size_t s0 = main_clause_start(d, i);
  long first_actor = -1, possessor = -1;
  for (size_t k = s0; k < i && k - s0 < 30; k++) {
    if (is_mark(d, k) && can_open(d, k)) { /* `“Australia sees India as a partner,” Albanese told ..., adding`: */
      size_t lim = i < s0 + 30 ? i : s0 + 30, close = k + 1; /* the names inside a quote are no subject */
      while (close < lim && !(is_mark(d, close) && can_close(d, close))) close++;
      if (close < lim) k = close; /* (a mark closed nowhere in the look pairs with none) */
      continue;
    }
    if (counts_as_actor(d, k) && object_of_preposition(d, s0, k)) { /* `a message for Ottawa:` */
      k = d->men[d->tok_men[k]].tok + d->men[d->tok_men[k]].ntok - 1;
      continue;
    }
    if (counts_as_actor(d, k)) {
      const nw_mention *m = &d->men[d->tok_men[k]];
      /* `Duggan’s predecessor, Dr. Paul Parks, went further, calling`: the
      ** possessor is not the subject, the person named after it is */
      size_t e = m->tok + m->ntok;
      if (d->actor[m->actor].kind == NW_KIND_PERSON && e < i && (d->t.tok[e].flags & NW_TF_POSS)) {
        if (possessor < 0) possessor = (long)k;
        k = e;
        continue;
      }
      if (d->actor[d->men[d->tok_men[k]].actor].kind == NW_KIND_PERSON) return mention_speaker(d, k);
      if (first_actor < 0) first_actor = (long)k;
      continue;
    }
    int p = pronoun(d, k);
    if (p && p != PRON_FIRST && first_actor < 0) return (speaker){SP_PRONOUN, k, k + 1, -1, p, 0};
    if (verb_at(d, k)) break;
    /* the object's names are no subject */
    if (stop_at_verb && k > s0 && has_finite_form(d, k) && !word_in(d, k - 1, &determiners) && !ly_adverb(d, k - 1) &&
        !is_punct(d, k - 1, ',') && !word_in(d, k - 1, &relative_words))
      break;
  }
  if (first_actor >= 0 && d->actor[d->men[d->tok_men[first_actor]].actor].kind != NW_KIND_ORG)
    return mention_speaker(d, (size_t)first_actor);
  /* `A Superior Court of Nova Scotia judge scolded ...`: the role noun that
  ** ends the opening noun phrase */
  long role = -1;
  for (size_t k = s0; k < i && k - s0 < 10 && (is_word(d, k) || d->t.tok[k].type == NW_TOK_NUM); k++) {
    /* a body too when no organization is named (`Police arrested ... and said`) */
    /* (not a role word in the body's own name: `Nurses’ Association`) */
    /* (a title with no name after it is a role too: `The Energy Secretary defended`) */
    int title_alone = (d->tok_info[k] & NW_TI_TITLE) && k + 1 < i && !(d->t.tok[k + 1].flags & NW_TF_CAP);
    if ((((d->tok_info[k] & NW_TI_ROLE || title_alone) && !counts_as_actor(d, k)) ||
         ((d->tok_info[k] & NW_TI_BODY) && first_actor < 0)) &&
        !object_of_preposition(d, s0, k)) /* (not `Ruiz’s message to the council`) */
      role = (long)k;
    if (verb_start_covering(d, k) >= 0 || (k > s0 && has_finite_form(d, k))) break;
  }
  if (role >= 0) return phrase_ending_at(d, (size_t)role);
  if (first_actor >= 0) return mention_speaker(d, (size_t)first_actor);
  return possessor >= 0 ? mention_speaker(d, (size_t)possessor) : no_speaker();
}

/* `..., said X.` with nothing after X but an apposition or a medium's
** `writes TASS`: the clause is before the verb. */
static inline int inverted_at_end(const nw_doc *d, size_t v) {
  if (v == 0 || !is_punct(d, v - 1, ',') || !same_sent(d, v - 1, v)) return 0;
  /* `, noting that the party had recruited Dana Whitfield`: a participle is never
  ** inverted; what follows it is its clause, whoever that names */
  if (verb_tense(d, v) == NW_TENSE_PARTICIPLE) return 0;
  /* `Jane Doucet, president of the Halifax, N.S.-based group, said the plan
  ** ...`: the person opening the sentence is the subject */
  if (opening_person(d, v) >= 0) return 0;
  speaker sp = speaker_after(d, phrase_end(d, v));
  if (!sp.kind) return 0;
  /* (not `, said both men ignore housing.`: a clause with its verb) */
  for (size_t i = sp.tok + 1; i < sp.end && sp.kind == SP_PHRASE && !word_in(d, i, &relative_words); i++)
    if (has_finite_form(d, i) || plural_base_verb(d, sp.tok, i) || present_s_verb(d, sp.tok, i)) return 0;
  size_t end = sent_end(d, v), k = sp.end;
  return k >= end || is_punct(d, k, ',') || (is_punct(d, k, '.') && k + 1 >= end);
}

/* `she told reporters in Quebec City,`: a pronoun or a name right before
** a verb of telling, then its hearer and where, with no verb, up to the
** comma. */
static int hearer_and_place_before_comma(const nw_doc *d, size_t v, size_t comma) {
  if (v == 0 || verb_at(d, v) != NW_VERB_TELL || !(pronoun(d, v - 1) || person_at(d, v - 1))) return 0;
  for (size_t k = phrase_end(d, v); k < comma; k++) {
    /* (`in St. John's`, `on Sept. 4`: abbreviations, possessives and numbers) */
    if (is_punct(d, k, '.') || (d->t.tok[k].flags & NW_TF_POSS) || d->t.tok[k].type == NW_TOK_NUM) continue;
    if (!is_word(d, k) || has_finite_form(d, k) || verb_start_covering(d, k) >= 0) return 0;
  }
  return 1;
}

/* `..., Okafor said, adding that ...`: the speech verb just before the comma,
** when its speaker ends there (`X said`, `said X`), speaks the participle
** too, whoever the sentence opened with. */
static long attribution_before_comma(const nw_doc *d, size_t comma) {
  size_t s0 = sent_start(d, comma);
  for (size_t j = comma; j-- > s0 && comma - j <= 8;) {
    if (d->t.tok[j].type == NW_TOK_PUNCT && !is_punct(d, j, '.')) return -1;
    long v = verb_start_covering(d, j);
    if (v < 0 || !speaks(verb_at(d, (size_t)v)) || verb_tense(d, (size_t)v) == NW_TENSE_PARTICIPLE) continue;
    if (phrase_end(d, (size_t)v) == comma) return v; /* `X said,` */
    if (hearer_and_place_before_comma(d, (size_t)v, comma)) return v;
    if (v == 0 || !(is_punct(d, (size_t)v - 1, ',') || is_mark(d, (size_t)v - 1))) return -1; /* `noted the risk,` */
    speaker sp = speaker_after(d, phrase_end(d, (size_t)v));
    return sp.kind && sp.end == comma ? v : -1; /* `, said X,` */
  }
  return -1;
}

/* `in a statement said`, `in a brief written reply said`: `in` and
** a few words ending in an attribution noun right before the verb at v.
** Returns the `in`, or -1. */
static long channel_before(const nw_doc *d, size_t v) {
  size_t s0 = sent_start(d, v);
  if (v < s0 + 3) return -1;
  NW_WORDS(channel_nouns, "response", "reply", "answer", "interview", "remarks", "speech", "address", "briefing",
           "statement", "post", "letter", "email", "e-mail", "tweet", "video", "message", "release", "filing");
  if (!word_in(d, v - 1, &channel_nouns)) return -1;
  for (size_t j = v - 2; j > s0 && v - j <= 6; j--) {
    if (word_is(d, j, "in")) return (long)j;
    if (!is_word(d, j)) return -1;
  }
  return -1;
}

/* The speaker of the speech verb at v: its subject, or for a participle
** after a comma (`, adding that`) the sentence's subject. */
static inline int passive_speech(const nw_doc *d, size_t v);

/* `took to Facebook to say`, `went on television to say`, `held a news
** conference Tuesday to announce`: a speech verb's base form after `to`
** and a noun says why the subject did something, and the subject spoke
** (not after a verb or an adjective: `declined to say`, `wants to say`,
** `is expected to announce`, `was quick to say`). */
static int purpose_infinitive(const nw_doc *d, size_t v) {
  NW_WORDS(not_nouns, "want", "wants", "plan", "plans", "hope", "hopes", "going", "able", "unable", "likely",
           "unlikely", "ready", "set", "due", "about", "try", "tries", "need", "needs", "wish", "wishes", "intend",
           "intends", "seem", "seems", "appear", "appears", "has", "have", "had", "would", "like", "likes", "love",
           "refuse", "refuses", "decline", "declines", "expect", "expects", "aim", "aims", "quick", "first", "last",
           "willing", "unwilling", "eager", "reluctant", "free", "afraid", "enough", "too", "how", "what", "when",
           "where", "whether", "order", "time", "chance", "opportunity", "right", "only", "prepared", "supposed");
  if (v < 3 || verb_tense(d, v) != NW_TENSE_BASE || verb_at(d, v) != NW_VERB_SAY || !word_is(d, v - 1, "to")) return 0;
  size_t n = v - 2;
  if (!same_sent(d, n, v) || !is_word(d, n) || word_in(d, n, &not_nouns) || has_finite_form(d, n) ||
      looks_past(d, n) || verb_at(d, n) || nw_doc_ing_word(d, n, 5) || word_is(d, n - 1, "by"))
    return 0; /* (`egged on by activists to demand`: the agent's purpose, not the subject's) */
  /* the subject did something first: a finite verb between it and the noun
  ** (looked for in the 30 tokens before it, as a subject is) */
  size_t s0 = sent_start(d, v);
  for (size_t k = n > s0 + 30 ? n - 30 : s0; k < n; k++)
    if (has_finite_form(d, k) || looks_past(d, k)) return 1;
  return 0;
}

static speaker verb_speaker(const nw_doc *d, size_t v, known_speaker *subject) {
  if (inverted_at_end(d, v)) return speaker_after(d, phrase_end(d, v)); /* `, said X.` */
  if (passive_speech(d, v)) return no_speaker(); /* `Ruiz was told: “…”`: spoken to, not speaking */
  if (verb_tense(d, v) == NW_TENSE_PARTICIPLE && v > 0 && is_punct(d, v - 1, ',')) {
    long said = word_is(d, phrase_end(d, v), "that") ? attribution_before_comma(d, v - 1) : -1;
    if (said >= 0) {
      speaker sp = subject_before(d, (size_t)said);
      if ((phrase_end(d, (size_t)said) != v - 1 && !hearer_and_place_before_comma(d, (size_t)said, v - 1)) || !sp.kind)
        sp = speaker_after(d, phrase_end(d, (size_t)said));
      if (sp.kind) return sp;
    }
    return subject_of_sentence(d, v, 1);
  }
  if (v > 0 && same_sent(d, v - 1, v) && (word_is(d, v - 1, "and") || word_is(d, v - 1, "but") || word_is(d, v - 1, "then")))
    return sentence_subject(d, v); /* `and declared`, `but said` */
  if (purpose_infinitive(d, v)) return subject_of_sentence(d, v, 1); /* `took to Facebook to say` */
  speaker sp = subject_before_known(d, v, subject);
  /* `Okafor in a written response said`, `and in a statement said`, `the
  ** deputy leader in the Senate said`: the phrase after `in` is the channel
  ** or a place, the subject stands before it */
  long in = -1;
  if (sp.kind == SP_PHRASE && sp.actor < 0)
    in = sp.tok > sent_start(d, v) && word_is(d, sp.tok - 1, "in") ? (long)sp.tok - 1 : channel_before(d, v);
  if (in > (long)sent_start(d, v)) {
    if (word_is(d, (size_t)in - 1, "and") || word_is(d, (size_t)in - 1, "but")) return sentence_subject(d, (size_t)in);
    speaker before = subject_before(d, (size_t)in);
    if (before.kind) return before;
  }
  if (verb_tense(d, v) == NW_TENSE_PARTICIPLE) {
    /* `gave an interview noting`, `issued a statement saying`: a phrase
    ** right after a verb is its object; the one speaking is the subject */
    int object = sp.kind == SP_PHRASE && sp.actor < 0 && sp.tok > sent_start(d, v) &&
                 (has_finite_form(d, sp.tok - 1) || verb_at(d, sp.tok - 1));
    if (!sp.kind || object) sp = sentence_subject(d, v);
  }
  return sp;
}

/* ------------------------------------------------------------ reach */

/* Quotes of one kind ordered by start, each with the furthest reach (end +
** 3) of it and those before it: whether a quote that starts at or before a
** byte reaches another is one binary search. */
typedef struct reach_entry {
  uint32_t start, reach, end; /* end: this quote's own */
} reach_entry;

typedef struct reach_index {
  reach_entry *e;
  size_t n;
} reach_index;

static int by_reach_start(const void *a, const void *b) {
  const reach_entry *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int reach_index_build(reach_index *x, const nw_quotes *qs, int kind) {
  x->n = 0;
  x->e = malloc((qs->n + 1) * sizeof *x->e);
  if (!x->e) return -1;
  for (size_t i = 0; i < qs->n; i++)
    if (qs->q[i].kind == kind) x->e[x->n++] = (reach_entry){qs->q[i].start, qs->q[i].end + 3, qs->q[i].end};
  if (nw_sort_runs(x->e, x->n, sizeof *x->e, by_reach_start)) qsort(x->e, x->n, sizeof *x->e, by_reach_start);
  for (size_t k = 1; k < x->n; k++)
    if (x->e[k].reach < x->e[k - 1].reach) x->e[k].reach = x->e[k - 1].reach;
  return 0;
}

/* How many quotes of the index start at or before byte `at`. */
static size_t starting_by(const reach_index *x, size_t at) {
  return nw_count_below(x->e, x->n, sizeof *x->e, offsetof(reach_entry, start), (uint64_t)at + 1);
}

/* Does a quote of the index start at or before byte `at` and reach `to`? */
static int reaches(const reach_index *x, size_t at, size_t to) {
  size_t n = starting_by(x, at);
  return n > 0 && x->e[n - 1].reach >= to;
}

/* ------------------------------------------------------------ resolution */

/* context.subject of a sentence whose speaker the text does not name:
** of unknown gender, or one its words call he or she */
#define SUBJECT_UNNAMED (-2)
#define SUBJECT_UNNAMED_HE (-3)
#define SUBJECT_UNNAMED_SHE (-4)

typedef struct context {
  nw_doc *d;
  nw_quotes *out;
  uint8_t *in_quote;      /* per token: inside a direct quote's marks */
  int32_t *subject;       /* per sentence: the person it is about, SUBJECT_UNNAMED or -1 */
  const struct spans *spans; /* the quote marks' spans, in text order */
  reach_index direct;     /* the direct quotes (reported speech adds none) */
  uint32_t *para_doc;     /* per paragraph: 0 not looked at yet, else 2 + its first
                             document's token, or 1 for none (document_in_paragraph) */
  size_t nparas;
  size_t clause_a, clause_b; /* the reported clause being attributed, or 0, 0 */
  struct verb_outside *verbs; /* the verbs outside quotes, in text order (find_verbs) */
  size_t nverbs, verbs_cap;
} context;

/* A token where verb_at() finds a verb phrase, its class, and once asked
** for, its speaker (verb_speaker) and the subject before it (subject_before). */
typedef struct verb_outside {
  uint32_t tok;
  int cls;
  known_speaker speaker, subject;
} verb_outside;

/* Lists the verbs outside quotes once: the subjects and the reported speech
** look at those alone, and most tokens are none.  Returns 0 or -1. */
static int find_verbs(context *c) {
  const uint16_t *info = c->d->tok_info;
  const uint8_t *in_quote = c->in_quote;
  const uint64_t verb4 = NW_TI_VERB * 0x0001000100010001ull; /* the flag in four tokens' infos */
  for (size_t v = 0, n = ntok(c->d); v < n; v++) {
    uint64_t four;
    while (v + 4 <= n && (memcpy(&four, info + v, sizeof four), !(four & verb4))) v += 4; /* (most tokens) */
    if (v >= n) break;
    if (!(info[v] & NW_TI_VERB) || in_quote[v]) continue; /* (verb_at's own first test, inline) */
    int cls = verb_at(c->d, v);
    if (!cls) continue;
    if (nw_grow(&c->verbs, &c->verbs_cap, c->nverbs, sizeof *c->verbs, 64)) return -1;
    verb_outside *e = &c->verbs[c->nverbs++];
    e->tok = (uint32_t)v, e->cls = cls;
    e->speaker.known = e->subject.known = 0; /* (worked out when first asked) */
  }
  return 0;
}

/* The first of the verbs outside quotes at or after token i. */
static size_t first_verb_from(const context *c, size_t i) {
  return nw_count_below(c->verbs, c->nverbs, sizeof *c->verbs, offsetof(verb_outside, tok), i);
}

/* verb_speaker() of the n-th verb outside quotes, remembered: the subjects,
** the direct quotes and the reported speech each ask for the same verbs'
** speakers.  It reads the tokens, mentions and actors' kinds, which stay
** as they are while quotes are found (only genders are learnt). */
static speaker listed_verb_speaker(context *c, size_t n) {
  verb_outside *e = &c->verbs[n];
  if (!e->speaker.known) e->speaker = (known_speaker){1, verb_speaker(c->d, e->tok, &e->subject)};
  return e->speaker.sp;
}

/* The verb outside quotes at token v, or NULL. */
static verb_outside *listed_verb(context *c, size_t v) {
  size_t n = first_verb_from(c, v);
  return n < c->nverbs && c->verbs[n].tok == v ? &c->verbs[n] : NULL;
}

/* verb_speaker() and subject_before() of the verb at token v, remembered
** when it stands outside quotes. */
static speaker verb_speaker_cached(context *c, size_t v) {
  verb_outside *e = listed_verb(c, v);
  return e ? listed_verb_speaker(c, (size_t)(e - c->verbs)) : verb_speaker(c->d, v, NULL);
}
static speaker subject_before_cached(context *c, size_t v) {
  verb_outside *e = listed_verb(c, v);
  return subject_before_known(c->d, v, e ? &e->subject : NULL);
}

static int gender_fits(const nw_doc *d, int a, int pron) {
  int g = d->actor[a].gender;
  return !g || g == (pron == PRON_HE ? NW_GENDER_MALE : NW_GENDER_FEMALE);
}

/* How many mentions start before token i (they are sorted by position):
** where a look back over the mentions starts, found by binary search so
** that pronouns early in a long text cost nothing. */
static size_t mentions_before(const nw_doc *d, size_t i) {
  return nw_count_below(d->men, d->nmen, sizeof *d->men, offsetof(nw_mention, tok), i);
}

/* A look back over the mentions or sentences stops after this many, so
** that one giant paragraph costs a bounded amount per pronoun. */
#define LOOK_BACK_MENTIONS 256
#define LOOK_BACK_SENTENCES 64

/* `it said`: the organization or medium named last, in this or the
** previous paragraph; failing that, the last one a few paragraphs back that
** spoke itself (`BC Hydro said`), as a story goes on quoting it. */
#define IT_SPEAKER_PARAGRAPHS 8
static int resolve_it(context *c, size_t i) {
  nw_doc *d = c->d;
  size_t first = mentions_before(d, i);
  for (size_t m = first; m-- > 0 && first - m <= LOOK_BACK_MENTIONS;) {
    const nw_mention *mn = &d->men[m];
    if (mn->how == NW_MEN_PLACE || c->in_quote[mn->tok]) continue;
    uint32_t back = para_of(d, i) - para_of(d, mn->tok);
    if (back > IT_SPEAKER_PARAGRAPHS) break;
    int kind = d->actor[mn->actor].kind;
    if (kind != NW_KIND_ORG && kind != NW_KIND_MEDIA) continue;
    size_t after = mn->tok + mn->ntok;
    while (after < ntok(d) && is_filler(d, after)) after++;
    if (back <= 1 || (after < ntok(d) && speaks(verb_at(d, after)))) return (int)mn->actor;
  }
  return -1;
}

/* `Okafor and two aides waited in the basement, he said`: a person the
** reported clause names is not the he or she who reports it. */
static int in_own_clause(const context *c, size_t k) { return k >= c->clause_a && k < c->clause_b; }

/* Is actor a named in the reported clause (its first few dozen words)? */
#define OWN_CLAUSE_SCAN 60
static int named_in_own_clause(const context *c, int a) {
  for (size_t k = c->clause_a; k < c->clause_b && k - c->clause_a < OWN_CLAUSE_SCAN; k++)
    if (counts_as_actor(c->d, k) && (int)c->d->men[c->d->tok_men[k]].actor == a) return 1;
  return 0;
}

/* he/she: a person of that gender named before token i in its sentence
** (outside quotes), else the person the nearest sentences before were
** about (their subjects, which pronouns themselves pass on), else the
** nearest person of that gender mentioned, within a few paragraphs. */
static int resolve_pronoun(context *c, size_t i, int pron) {
  nw_doc *d = c->d;
  if (pron == PRON_IT) return resolve_it(c, i);
  if (pron != PRON_HE && pron != PRON_SHE) return -1;
  uint32_t para = para_of(d, i), s = sent_of(d, i);
  for (size_t k = sent_start(d, i); k < i; k++)
    if (!c->in_quote[k] && !in_own_clause(c, k) && counts_as_actor(d, k)) {
      int a = (int)d->men[d->tok_men[k]].actor;
      if (d->actor[a].kind == NW_KIND_PERSON && gender_fits(d, a, pron)) return a;
    }
  int nearest = 1; /* no sentence with a subject seen yet */
  for (uint32_t s0 = s; s-- > 0 && s0 - s <= LOOK_BACK_SENTENCES;) {
    if (para - d->t.sent[s].paragraph > CONTEXT_PARAGRAPHS) break;
    int a = c->subject[s];
    /* `One victim told the court ... “...,” she said`: she is the one the
    ** text did not name, no one named further back */
    if (nearest && (a == SUBJECT_UNNAMED || (a == SUBJECT_UNNAMED_HE && pron == PRON_HE) ||
                    (a == SUBJECT_UNNAMED_SHE && pron == PRON_SHE)))
      return -1;
    if (a >= 0 && gender_fits(d, a, pron) && !named_in_own_clause(c, a)) return a;
    if (a != -1) nearest = 0;
  }
  size_t first = mentions_before(d, i);
  for (size_t m = first; m-- > 0 && first - m <= LOOK_BACK_MENTIONS;) {
    const nw_mention *mn = &d->men[m];
    if (mn->how == NW_MEN_PLACE || c->in_quote[mn->tok] || in_own_clause(c, mn->tok)) continue;
    if (para - para_of(d, mn->tok) > CONTEXT_PARAGRAPHS) break;
    if (d->actor[mn->actor].kind == NW_KIND_PERSON && gender_fits(d, (int)mn->actor, pron) &&
        !named_in_own_clause(c, (int)mn->actor))
      return (int)mn->actor;
  }
  return -1;
}

/* The person a speech verb of sentence se (its verbs outside quotes from
** c->verbs[first_verb]) attributes to by name, or -1;
** SUBJECT_UNNAMED when a verb has for its subject someone the text does not
** name (`One victim told`, `a retired teacher said`: an indefinite phrase
** names no one, where `the envoy` may be someone named). */
static int named_speaker_of(context *c, const nw_sent *se, size_t first_verb) {
  NW_WORDS(indefinite, "a", "an", "one", "another");
  nw_doc *d = c->d;
  int unnamed = -1;
  for (size_t n = first_verb; n < c->nverbs && c->verbs[n].tok < se->tok + se->ntok; n++) {
    size_t k = c->verbs[n].tok;
    if (!speaks(c->verbs[n].cls)) continue;
    speaker sp = listed_verb_speaker(c, n);
    if (sp.kind != SP_ACTOR && k > se->tok && is_mark(d, k - 1)) sp = speaker_after(d, phrase_end(d, k)); /* `” said X` */
    if (sp.kind == SP_ACTOR && d->actor[sp.actor].kind == NW_KIND_PERSON) return sp.actor;
    if (unnamed == -1 && sp.kind == SP_PHRASE && sp.actor < 0 && word_in(d, sp.tok, &indefinite) &&
        (d->tok_info[sp.end - 1] & NW_TI_ROLE) && !(d->tok_info[sp.end - 1] & NW_TI_BODY)) {
      /* `One victim told the court he was afraid`: he is the victim */
      unnamed = SUBJECT_UNNAMED;
      for (size_t j = phrase_end(d, k); j < se->tok + se->ntok && unnamed == SUBJECT_UNNAMED; j++)
        if (!c->in_quote[j] && (pronoun(d, j) == PRON_HE || pronoun(d, j) == PRON_SHE))
          unnamed = pronoun(d, j) == PRON_HE ? SUBJECT_UNNAMED_HE : SUBJECT_UNNAMED_SHE;
    }
  }
  return unnamed;
}

/* `Harjit Sandhu was struck by a van. He died two days later.`: a
** sentence opening with he or she right after one that names one person
** and no one else (no other name, role or quote) tells that person's
** gender, when no honorific, role or given name told it. */
static void learn_gender(context *c, uint32_t prev, int a, int pron) {
  nw_doc *d = c->d;
  if (a < 0 || d->actor[a].gender || d->actor[a].kind != NW_KIND_PERSON) return;
  const nw_sent *se = &d->t.sent[prev];
  for (size_t k = se->tok; k < se->tok + se->ntok; k++) {
    if (is_mark(d, k) || pronoun(d, k)) return;
    if (counts_as_actor(d, k)) {
      const nw_mention *m = &d->men[d->tok_men[k]];
      if ((int)m->actor != a) return;
      k = m->tok + m->ntok - 1;
    } else if (d->tok_info[k] & NW_TI_ROLE) {
      return;
    }
  }
  d->actor[a].gender = pron == PRON_HE ? NW_GENDER_MALE : NW_GENDER_FEMALE;
}

/* PRON_HE or PRON_SHE when pronoun() finds one at token k (`he`, `she`,
** `according to him`), else PRON_NONE: the words are tested by length and
** first letter first, as find_subjects asks about most words of a text. */
static int he_or_she(const nw_doc *d, size_t k) {
  if (nw_tok_len(&d->t, k) - 2 > 1) return PRON_NONE;
  unsigned first = (unsigned char)nw_tok_text(&d->t, k)[0] | 0x20;
  if (first != 'h' && first != 's') return PRON_NONE;
  int p = pronoun(d, k);
  return p == PRON_HE || p == PRON_SHE ? p : PRON_NONE;
}

/* The first person outside quotes in tokens [from, to) of sentence s, or
** the person its first he/she stands for, into c->subject[s]: found? */
static int subject_in(context *c, size_t s, size_t from, size_t to) {
  nw_doc *d = c->d;
  const uint8_t *in_quote = c->in_quote;
  const int32_t *tok_men = d->tok_men;
  const nw_tok *tok = d->t.tok;
  int32_t possessor = -1; /* `Gill's sister, Navneet Gill, read`: the owner only if no one else */
  for (size_t k = from; k < to; k++) {
    /* (no mention, no he/she: most tokens; the length and first letter tell) */
    if (tok_men[k] < 0 && (tok[k].end - tok[k].start - 2 > 1 || ((d->t.s[tok[k].start] | 0x20) != 'h' &&
                                                                  (d->t.s[tok[k].start] | 0x20) != 's')))
      continue;
    if (in_quote[k]) continue;
    if (counts_as_actor(d, k) && d->actor[d->men[d->tok_men[k]].actor].kind == NW_KIND_PERSON) {
      const nw_mention *m = &d->men[d->tok_men[k]];
      size_t e = m->tok + m->ntok;
      if (e < to && (tok[e].flags & NW_TF_POSS)) {
        if (possessor < 0) possessor = (int32_t)m->actor;
        k = e;
        continue;
      }
      c->subject[s] = (int32_t)m->actor;
      return 1;
    }
    int p = he_or_she(d, k);
    if (p) {
      c->subject[s] = resolve_pronoun(c, k, p);
      if (k == d->t.sent[s].tok && s > 0) learn_gender(c, (uint32_t)s - 1, c->subject[s], p);
      return 1;
    }
  }
  if (possessor >= 0) c->subject[s] = possessor;
  return possessor >= 0;
}

/* What each sentence is about: the person its speech verb names, else its
** first person (or he/she) past an opening clause (`Asked whether Ruiz
** would start, Lopez smiled`: Lopez), else in that clause (`After talks
** with Ruiz, tensions eased`: Ruiz).  An opening `according to X` is no
** such clause: X is the source the sentence is about. */
static void find_subjects(context *c) {
  nw_doc *d = c->d;
  size_t first_verb = 0; /* of the sentence, in c->verbs */
  for (size_t s = 0; s < d->t.nsent; s++) {
    c->subject[s] = -1;
    const nw_sent *se = &d->t.sent[s];
    if (se->ntok == 0) continue;
    while (first_verb < c->nverbs && c->verbs[first_verb].tok < se->tok) first_verb++;
    int has_verb = first_verb < c->nverbs && c->verbs[first_verb].tok < se->tok + se->ntok; /* (most sentences: none) */
    if (has_verb && (c->subject[s] = named_speaker_of(c, se, first_verb)) != -1) continue;
    size_t s0 = after_dateline(d, se->tok), end = se->tok + se->ntok;
    size_t main = word_is(d, s0, "according") ? s0 : main_clause_start_from(d, s0, end - 1);
    if (!subject_in(c, s, main, end) && main > s0) subject_in(c, s, s0, main);
  }
}

/* Institution nouns that a body's name may hold (`Nurses' Association`,
** `Ministry of Health`): `the association` is no ministry. */
NW_WORDS(institution_heads, "union", "association", "ministry", "department", "council", "party", "board", "bank",
         "commission", "committee", "society", "foundation", "federation", "coalition", "league", "institute",
         "agency", "authority", "university", "college", "court", "police", "hospital", "school");

/* `the regulator`, `the watchdog`: a noun of a public body. */
static int public_body_noun(const nw_doc *d, size_t k) {
  NW_WORDS(public_nouns, "regulator", "watchdog", "ministry", "department", "agency", "authority", "commission",
           "government", "legislature", "tribunal", "court", "police", "prosecutor", "prosecutors");
  return word_in(d, k, &public_nouns);
}

/* A body the dictionary describes as a business (`technology company`,
** `retailer`): its role's last word. */
static int known_as_business(const nw_doc_actor *x) {
  NW_WORDS(business_words, "company", "firm", "retailer", "airline", "automaker", "manufacturer", "chain",
           "conglomerate", "maker", "producer", "developer", "carrier", "grocer", "brand", "startup", "platform");
  if (!x->ent || !x->ent->role) return 0;
  const char *r = x->ent->role, *w = strrchr(r, ' ');
  w = w ? w + 1 : r;
  return nw_words_has(&business_words, w, strlen(w));
}

/* Can `the NOUN` (the word at token k) name actor a?  Not when a's name
** holds another institution noun and not this one; generic nouns
** (`company`, `group`) and names without such nouns (`BC Hydro` for `the
** utility`) fit (1), a name that holds the noun best (BODY_NOUN_NAMED). */
#define BODY_NOUN_NAMED 2
static int body_noun_fits(const nw_doc *d, size_t k, int a) {
  if (public_body_noun(d, k) && known_as_business(&d->actor[a])) return 0; /* `the regulator` is no retailer */
  if (!word_in(d, k, &institution_heads)) return 1;
  const char *name = d->actor[a].name, *noun = nw_tok_text(&d->t, k);
  size_t nn = nw_tok_len(&d->t, k);
  int other = 0;
  for (const char *w = name; *w;) {
    while (*w == ' ') w++;
    size_t n = strcspn(w, " ");
    if (n == nn && strncasecmp(w, noun, n) == 0) return BODY_NOUN_NAMED; /* its name holds the noun */
    other |= n && nw_words_has(&institution_heads, w, n);
    w += n;
  }
  return !other;
}

/* `The group says`, `the company said`: the organization named last
** whose name fits the noun. */
static int resolve_generic_body(context *c, const speaker *sp) {
  /* nouns of bodies beside the kinds actors() knows (nw_doc_kind_noun:
  ** company, group, union, airline, hospital, ...) */
  NW_WORDS(bodies, "ministry", "department", "network", "broadcaster", "board", "authority", "commission",
           "committee", "corporation", "service", "railway", "railroad", "museum", "grocer", "brewery");
  NW_WORDS(media_fits, "company", "corporation", "group", "firm", "publisher", "network", "broadcaster", "chain");
  nw_doc *d = c->d;
  if (!word_is(d, sp->tok, "the") || !(word_in(d, sp->end - 1, &bodies) || nw_doc_kind_noun(d, sp->end - 1)))
    return -1;
  size_t from = sp->tok; /* (`the Brampton, Ont.-based grocer`: the place is the grocer's modifier) */
  for (size_t k = sp->tok + 2; k + 2 < sp->end; k++)
    if (is_punct(d, k, '-') && province_compound_start(d, k) == sp->tok + 1) from = k;
  if (sp->end - from > 4) return -1;
  for (size_t k = from; k < sp->end; k++)
    if (counts_as_actor(d, k)) return -1;
  size_t first = mentions_before(d, sp->tok);
  int nearest = -1; /* the nearest body that fits; one whose name holds the noun wins over it */
  for (size_t m = first; m-- > 0 && first - m <= LOOK_BACK_MENTIONS;) {
    const nw_mention *mn = &d->men[m];
    if (c->in_quote[mn->tok]) continue;
    uint32_t back = para_of(d, sp->tok) - para_of(d, mn->tok);
    if (back > IT_SPEAKER_PARAGRAPHS) break;
    int kind = d->actor[mn->actor].kind;
    int fit = kind == NW_KIND_ORG || kind == NW_KIND_MEDIA ? body_noun_fits(d, sp->end - 1, (int)mn->actor) : 0;
    if (!fit) continue;
    /* `In a statement to CBC News, the ministry said`: a medium is no ministry */
    if (kind == NW_KIND_MEDIA && !word_in(d, sp->end - 1, &media_fits) &&
        nw_doc_kind_noun(d, sp->end - 1) != NW_KIND_MEDIA)
      continue;
    /* `the union` for the `... Union of Operating Engineers` named up the
    ** text, though another body came since */
    if (fit == BODY_NOUN_NAMED) return (int)mn->actor;
    if (nearest >= 0) continue;
    if (back <= CONTEXT_PARAGRAPHS) {
      nearest = (int)mn->actor;
      continue;
    }
    /* further up, the body the story has been quoting (`BC Hydro said`
    ** five paragraphs before `the utility said`) */
    size_t after = mn->tok + mn->ntok;
    if (is_punct(d, after, '.') && after + 1 < ntok(d) && same_sent(d, after, after + 1)) after++; /* `Acme Corp.` */
    while (after < ntok(d) && is_filler(d, after)) after++;
    if (after < ntok(d) && speaks(verb_at(d, after))) nearest = (int)mn->actor;
  }
  return nearest;
}

NW_WORDS(documents, "statement", "report", "post", "release", "letter", "memo", "study", "survey", "analysis",
         "blog", "tweet", "email", "e-mail", "filing", "paper", "review", "document", "submission", "brief");

/* Are the words at a and b the same, case aside? */
static int same_word(const nw_doc *d, size_t a, size_t b) {
  size_t n = nw_tok_len(&d->t, a);
  if (!is_word(d, a) || !is_word(d, b) || n != nw_tok_len(&d->t, b)) return 0;
  const char *x = nw_tok_text(&d->t, a), *y = nw_tok_text(&d->t, b);
  for (size_t k = 0; k < n; k++)
    if ((x[k] | 32) != (y[k] | 32)) return 0; /* ASCII case only: the nouns compared are listed words */
  return 1;
}

/* `In a statement, Acme said ...`: the document opens the sentence and
** the subject of the speech verb after its comma issued it.  Returns that
** actor, or -1. */
static int opening_channel_author(context *c, size_t r) {
  const nw_doc *d = c->d;
  size_t e = sent_end(d, r), comma = r + 1;
  while (comma < e && comma - r <= 2 && is_time_word(d, comma)) comma++; /* `In a release Tuesday, the RCMP said` */
  if (comma + 1 >= e || !is_punct(d, comma, ',')) return -1;
  for (size_t v = comma + 1; v < e && v - r < 12; v++) {
    if (!verb_at(d, v)) continue;
    if (!speaks(verb_at(d, v))) return -1;
    speaker sp = subject_before(d, v);
    if (sp.tok <= r) return -1;
    if (sp.kind == SP_PHRASE) return resolve_generic_body(c, &sp); /* `the society urged` */
    return sp.kind == SP_ACTOR ? sp.actor : -1;
  }
  return -1;
}

/* `The RCMP issued a statement`, `Acme released a report`: the document
** at r is the object of a verb of issuing; its subject (an actor) issued
** it.  Returns the actor, or -1. */
static int issued_by_subject(context *c, size_t r) {
  const nw_doc *d = c->d;
  NW_WORDS(issuing, "issued", "released", "published", "posted", "sent", "shared", "filed", "tabled", "circulated");
  size_t s0 = sent_start(d, r), v = r;
  while (v > s0 && r - v < 5 && !word_in(d, v, &issuing)) v--;
  if (!word_in(d, v, &issuing) || v == s0) return -1;
  for (size_t k = v + 1; k < r; k++) /* `issued a brief statement`: words of the document's only */
    if (!is_word(d, k) || counts_as_actor(d, k) || verb_at(d, k)) return -1;
  speaker sp = subject_before(d, v);
  return sp.kind == SP_ACTOR && d->actor[sp.actor].kind != NW_KIND_MEDIA ? sp.actor : -1;
}

/* Who issued the document named at r (`Ana Ruiz wrote in a report last
** month`, `Acme said in a statement`, `a study by the Norland
** Institute`): the actor after `by`/`from`, or the actor speaking through
** the verb before `in`/`on`/`through` in r's sentence; -1 if none. */
static int document_author(context *c, size_t r) {
  const nw_doc *d = c->d;
  NW_WORDS(by, "by", "from");
  NW_WORDS(through, "in", "on", "through", "via");
  size_t s0 = sent_start(d, r), e = sent_end(d, r);
  size_t k = r + 1;
  if (k < e && word_in(d, k, &by)) {
    if (k + 1 < e && word_in(d, k + 1, &articles)) k++;
    if (!(k + 1 < e && counts_as_actor(d, k + 1))) return -1;
    const nw_mention *m = &d->men[d->tok_men[k + 1]];
    size_t after = m->tok + m->ntok; /* `by the University of Norland’s School of Policy`: the school */
    if (after + 1 < e && (d->t.tok[after].flags & NW_TF_POSS) && counts_as_actor(d, after + 1) &&
        d->actor[d->men[d->tok_men[after + 1]].actor].kind == NW_KIND_ORG)
      return (int)d->men[d->tok_men[after + 1]].actor;
    return (int)m->actor;
  }
  int issuer = issued_by_subject(c, r);
  if (issuer >= 0) return issuer;
  size_t j = r; /* back over the document's own words to its preposition */
  while (j > s0 && r - j < 5 && !word_in(d, j, &through)) j--;
  if (!word_in(d, j, &through)) return -1;
  if (j == s0) return opening_channel_author(c, r);
  long v = verb_start_covering(d, j - 1);
  if (v < 0 || !speaks(verb_at(d, (size_t)v))) return -1;
  speaker sp = verb_speaker_cached(c, (size_t)v);
  return sp.kind == SP_ACTOR ? sp.actor : -1;
}

/* `the report said`, `the blog post said`, `The statement also noted`: a
** document named before with the same noun speaks for whoever issued it
** there.  The look back stops after a few paragraphs or tokens. */
#define DOCUMENT_LOOK_BACK 800
/* `A study by X found ...` then `the report said`: one piece of research,
** named by any of these words */
NW_WORDS(research, "study", "report", "analysis", "paper", "review", "survey");
static int resolve_document(context *c, const speaker *sp) {
  nw_doc *d = c->d;
  size_t h = sp->end - 1;
  if (!word_is(d, sp->tok, "the") || sp->end - sp->tok > 4 || !word_in(d, h, &documents)) return -1;
  for (size_t k = sp->tok; k < sp->end; k++)
    if (counts_as_actor(d, k)) return -1;
  uint32_t para = para_of(d, sp->tok);
  for (size_t r = sp->tok; r-- > 0 && sp->tok - r < DOCUMENT_LOOK_BACK;) {
    if (para - para_of(d, r) > CONTEXT_PARAGRAPHS) break;
    if (c->in_quote[r] || !(same_word(d, r, h) || (word_in(d, r, &research) && word_in(d, h, &research)))) continue;
    int a = document_author(c, r);
    if (a >= 0) return a; /* else a mention like this one (`the report said`): look further back */
  }
  return -1;
}

/* `Northwind Aid said its director was killed. A statement said the staff
** were devastated`: an indefinite statement, release or letter right after a
** named speaker's words (this or the sentence before, same or previous
** paragraph) is theirs.  Statements read out for someone else name them.
** A study, report or survey is not (`According to a staff report, ...`). */
#define DOCUMENT_QUOTES 256
static int resolve_indefinite_document(context *c, const speaker *sp) {
  nw_doc *d = c->d;
  size_t h = sp->end - 1;
  if (!(word_is(d, sp->tok, "a") || word_is(d, sp->tok, "an")) || sp->end - sp->tok > 4 || !word_in(d, h, &documents) ||
      word_in(d, h, &research))
    return -1;
  for (size_t k = sp->tok; k < sp->end; k++)
    if (counts_as_actor(d, k)) return -1;
  uint32_t s = sent_of(d, sp->tok), para = para_of(d, sp->tok), at = d->t.tok[sp->tok].start;
  int best = -1;
  uint32_t best_start = 0;
  /* (the quotes are in text order within each pass, not across them: the
  ** last DOCUMENT_QUOTES found are looked at, whatever their order) */
  for (size_t n = c->out->n; n-- > 0 && c->out->n - n <= DOCUMENT_QUOTES;) {
    const nw_quote *q = &c->out->q[n];
    if (q->actor < 0 || q->sp_end <= q->sp_start || q->sp_start >= at || q->sp_start < best_start) continue;
    uint32_t qs = q->sent;
    if (qs + 1 < s || para - d->t.sent[qs].paragraph > 1) continue;
    best = q->actor, best_start = q->sp_start;
  }
  return best;
}

/* `“…,” the winger said`, `the rookie added`: a word a story uses for the
** person it has just quoted (a player's position, an artist's trade), with
** no name in the text of its own, stands for the person named as speaking
** in the sentences just before.  Roles that name someone else as often (`the
** coach`, `the judge`, `the mayor`) are not such words. */
#define EPITHET_SENTENCES 3
/* `the American`, `the Canadian`, `the Israeli`, `the Albertan`: a demonym
** that names one person (not `the Chinese`, `the French`, `the Swiss`: a
** people). */
static int person_demonym(const nw_doc *d, size_t h) {
  const char *s = nw_tok_text(&d->t, h);
  size_t n = nw_tok_len(&d->t, h);
  if (!(d->tok_info[h] & NW_TI_DEMONYM)) return s[n - 1] != 's' && nw_doc_place_demonym(d, h); /* `the Quebecer` */
  if (!(d->t.tok[h].flags & NW_TF_CAP)) return 0;
  return n > 3 && ((s[n - 2] == 'a' && s[n - 1] == 'n') || s[n - 1] == 'i' || (s[n - 2] == 'e' && s[n - 1] == 'r'));
}

static int role_fits(const nw_doc *d, int a, size_t h);

/* Is sentence s a quote's words alone, a sentence break inside the marks
** (`“Who knew? Not me,” the Dutchman said`: `Who knew?`)? */
static int quoted_sentence(const context *c, uint32_t s) {
  const nw_sent *se = &c->d->t.sent[s];
  return se->ntok >= 2 && c->in_quote[se->tok + 1] && c->in_quote[se->tok + se->ntok - 1];
}

/* The person the sentence before s was about, in the same or the paragraph
** before, or -1; the sentences of the quote s attributes are skipped. */
#define QUOTED_SENTENCES 3
static int s0_subject(const context *c, uint32_t s, uint32_t para) {
  const nw_doc *d = c->d;
  for (uint32_t s0 = s; s > 0 && s0 - s < QUOTED_SENTENCES && quoted_sentence(c, s - 1);) s--;
  return s > 0 && para - d->t.sent[s - 1].paragraph <= 1 && c->subject[s - 1] >= 0 ? c->subject[s - 1] : -1;
}

NW_WORDS(epithets, "winger", "centre", "center", "forward", "defenceman", "defenseman", "goalie", "goaltender",
         "netminder", "striker", "midfielder", "defender", "quarterback", "receiver", "pitcher", "shortstop",
         "slugger", "outfielder", "infielder", "rookie", "veteran", "skier", "skater", "sprinter", "swimmer", "golfer",
         "boxer", "athlete", "olympian", "singer", "songwriter", "rapper", "musician", "actor", "actress", "artist",
         "author", "novelist", "poet", "filmmaker", "comedian", "chef", "entrepreneur", "designer", "diplomat");
static int resolve_epithet(context *c, size_t h) {
  nw_doc *d = c->d;
  if (counts_as_actor(d, h)) return -1;
  uint32_t s = sent_of(d, h), para = para_of(d, h);
  if (person_demonym(d, h)) /* `Pegula, the fourth seed, was gracious. “…,” the American said.` */
    return s0_subject(c, s, para);
  if (!word_in(d, h, &epithets)) return -1;
  for (uint32_t s0 = s; s-- > 0 && s0 - s <= EPITHET_SENTENCES && para - d->t.sent[s].paragraph <= 1;) {
    int a = named_speaker_of(c, &d->t.sent[s], first_verb_from(c, d->t.sent[s].tok));
    if (a >= 0) return a;
  }
  /* `Lind, a winger, scored twice. ... The winger told reporters`: with no
  ** one quoted just before, the nearest person a sentence before was about
  ** whose role the text gave and fits (`Galloway scored twice. “…,” the
  ** goalie said` may be the other team's goalie) */
  /* (`the rookie` says how new, not what: any role fits; `the veteran`
  ** is left to role_fits(), as a coach may be one as well as a goalie) */
  int any_role = word_is(d, h, "rookie");
  for (uint32_t s0 = sent_of(d, h), t = s0; t-- > 0 && s0 - t <= EPITHET_SENTENCES && para - d->t.sent[t].paragraph <= 1;)
    if (c->subject[t] >= 0 && d->actor[c->subject[t]].role && (any_role || role_fits(d, c->subject[t], h)))
      return c->subject[t];
  return -1;
}

/* Roles that speak for others, unnamed: a description with one is someone
** new (`the justice official`). */
NW_WORDS(unnamed_roles, "official", "spokesperson", "spokesman", "spokeswoman", "source", "aide", "staffer",
         "insider", "analyst", "expert", "observer", "witness", "resident", "employee", "worker", "representative");

/* Can the description whose last word is token h be person a, as far as a's
** role tells (`the general manager` is not `Head coach Jo Li`, `the veteran
** diplomat` may be `Ambassador X`)?  With no role, anyone fits. */
static int role_fits(const nw_doc *d, int a, size_t h) {
  const nw_doc_actor *x = &d->actor[a];
  if (!x->role) return 1;
  int v, family = nw_phrases_match(&nw_lex()->role_family, &d->t, h, 1, &v) > 0 ? v : 0;
  if (family && x->family) return (family & x->family) != 0;
  const char *w = nw_tok_text(&d->t, h);
  size_t n = nw_tok_len(&d->t, h);
  for (const char *r = x->role; *r; r++) /* the word in the role, in any case (`Head Coach`) */
    if (strncasecmp(r, w, n) == 0) return 1;
  return 0;
}

/* The role word w[0..n) is among a person's role's words, in any case. */
typedef struct role_query {
  const char *w;
  size_t n;
} role_query;
static int has_role_word(const nw_doc_actor *x, const void *arg) {
  const role_query *q = arg;
  if (!x->role) return 0;
  for (const char *r = x->role; *r; r += strcspn(r, " "), r += *r == ' ')
    if (strncasecmp(r, q->w, q->n) == 0 && (r[q->n] == ' ' || r[q->n] == 0)) return 1;
  return 0;
}

/* `the opposing forward`, `the other MP`: a description of someone else
** than the one just spoken of. */
NW_WORDS(others_words, "opposing", "other", "rival", "fellow", "visiting", "another", "opposite");

/* Does person a's role, if the text gave one, hold the word at token k
** (`Liberal MP X` for `the Liberal MP`; `Conservative MP X` does not)? */
static int role_has_word(const nw_doc *d, int a, size_t k) {
  role_query q = {nw_tok_text(&d->t, k), nw_tok_len(&d->t, k)};
  return !d->actor[a].role || has_role_word(&d->actor[a], &q);
}

/* `The 24-year-old defender said`, `the veteran diplomat added`: a
** definite description of a person with no name in it stands for the person
** the sentences just before were about. */
static int resolve_description(context *c, const speaker *sp) {
  nw_doc *d = c->d;
  size_t end = sp->role_end ? sp->role_end : sp->end;
  if (!word_is(d, sp->tok, "the")) return -1;
  if (end - sp->tok == 2) return resolve_epithet(c, sp->tok + 1);
  if (end - sp->tok < 3) return -1;
  /* `the 6-foot-4 forward`, `the two-time Olympian`: an epithet ends it */
  int person = word_in(d, end - 1, &epithets);
  size_t qualifier = 0; /* a party's word in it (`Liberal`, `NDP`), + 1 */
  int tv_end = nw_doc_phrase_value(d, end - 1);
  int many_holders = (d->tok_info[end - 1] & (NW_TI_ROLE | NW_TI_TITLE)) && tv_end >= 0 && nw_lex()->title[tv_end].rank < 3;
  for (size_t k = sp->tok; k < end; k++) {
    /* (`the opposing forward`, `the other MP`: someone else) */
    if (word_in(d, k, &others_words)) return -1;
    /* (`the former NDP MLA`: a party's name may qualify the role, of many
    ** holders, that ends the description; not `the Apple CEO`, one holder) */
    if (many_holders && k + 1 < end && counts_as_actor(d, k) &&
        d->actor[d->men[d->tok_men[k]].actor].kind == NW_KIND_ORG) {
      qualifier = k + 1;
      k = d->men[d->tok_men[k]].tok + d->men[d->tok_men[k]].ntok - 1;
      if (person >= 0) person = 1;
      continue;
    }
    if (k > sp->tok && k + 1 < end && (d->t.tok[k].flags & NW_TF_CAP) &&
        !(d->tok_info[k] & (NW_TI_TITLE | NW_TI_DEMONYM | NW_TI_PLACE)))
      qualifier = k + 1; /* `the Liberal MP` (not `the North Korean leader`: a country's) */
    if (counts_as_actor(d, k) || (d->tok_info[k] & NW_TI_BODY)) return -1;
    /* `the woman's son`, `the victim's brother`: someone else than the one
    ** the text spoke of */
    if (d->t.tok[k].flags & NW_TF_POSS) return -1;
    int tv = nw_doc_phrase_value(d, k);
    /* a description of someone (`the goalkeeper`, `the Street star`), not a
    ** role that speaks for others unnamed (`the justice official` is
    ** someone else than the one spoken of before) */
    if ((d->tok_info[k] & NW_TI_ROLE) && tv >= 0 && nw_lex()->title[tv].cls == NW_TITLE_ROLE)
      person = word_in(d, k, &unnamed_roles) ? -1 : 1;
    const char *s = nw_tok_text(&d->t, k);
    size_t n = nw_tok_len(&d->t, k);
    if (n >= 8 && memcmp(s + n - 8, "year-old", 8) == 0 && person >= 0) person = 1;
    if (k > sp->tok && former_word(d, k - 1) && (d->t.tok[k].flags & NW_TF_LOWER) && person >= 0 &&
        ((d->t.tok[k].flags & NW_TF_HYPHEN) || !plural_shape(d, k)))
      person = 1; /* `the former harbour-master` */
    if (k + 1 == end && word_is(d, k, "native") && person >= 0) person = 1; /* `the Laval native` */
    /* `the Liberal MP`, `the rookie MLA`: a title that ends the description,
    ** one of many holders (`the Chinese President` is the role phrases'
    ** to resolve, by country) */
    if (k + 1 == end && k > sp->tok + 1 && (d->tok_info[k] & NW_TI_TITLE) && !(d->tok_info[k] & NW_TI_HONORIFIC) &&
        tv >= 0 && nw_lex()->title[tv].rank < 3 && !(d->tok_info[k - 1] & NW_TI_DEMONYM) && person >= 0)
      person = 1;
  }
  if (person <= 0) return -1;
  uint32_t s = sent_of(d, sp->tok), para = para_of(d, sp->tok);
  for (uint32_t s0 = s; s-- > 0 && s0 - s <= LOOK_BACK_SENTENCES && para - d->t.sent[s].paragraph <= 1;)
    if (c->subject[s] >= 0)
      return role_fits(d, c->subject[s], end - 1) && (!qualifier || role_has_word(d, c->subject[s], qualifier - 1))
                 ? c->subject[s]
                 : -1;
  return -1;
}

/* `Mayor vows town will rebuild` over `Mayor Ana Tremblay said ...`: a
** role word alone as a headline's speaker (headlines drop the article),
** or the head of a lead's longer subject, is the one person the text
** gives that role. */
static int resolve_headline_role(context *c, const speaker *sp) {
  nw_doc *d = c->d;
  size_t h = sp->end - 1;
  uint32_t para = d->t.sent[sent_of(d, sp->tok)].paragraph;
  /* `The mayor of a mill town says ...` opening the story, `Mayor Ana Ruiz`
  ** later: the lead's definite description of a role, its head marked */
  if (para <= 1 && sp->role_end && word_is(d, sp->tok, "the") && sp->role_end == sp->tok + 2) h = sp->tok + 1;
  else if (sp->end - sp->tok != 1 || para != 0) return -1;
  if (!(d->tok_info[h] & (NW_TI_ROLE | NW_TI_TITLE)) || plural_shape(d, h)) return -1;
  role_query q = {nw_tok_text(&d->t, h), nw_tok_len(&d->t, h)};
  return only_person(d, has_role_word, &q); /* two people with that role: no telling */
}

/* A plural speaker: `they`, a plural noun (`countries`, `the parties`,
** `the leaders`), or two actors joined by `and` (`China and Russia`). */
static int plural_speaker(const nw_doc *d, const speaker *sp) {
  if (sp->kind == SP_PRONOUN) return sp->pron == PRON_THEY;
  if (sp->kind == SP_ACTOR)
    return sp->tok >= 2 && word_is(d, sp->tok - 1, "and") && counts_as_actor(d, sp->tok - 2);
  if (sp->kind != SP_PHRASE) return 0;
  size_t h = sp->end - 1;
  const char *s = nw_tok_text(&d->t, h);
  size_t n = nw_tok_len(&d->t, h);
  return (d->t.tok[h].flags & NW_TF_LOWER) && n > 3 && s[n - 1] == 's' && s[n - 2] != 's';
}

/* A joint statement, declaration or communiqué: `joint statement`, or
** `declaration`/`communiqué` alone, not `in a statement`. */
static int document_at(const nw_doc *d, size_t k) {
  NW_WORDS(docs, "statement", "declaration", "communique", "communiqué");
  if (!word_in(d, k, &docs) || (k >= 2 && word_is(d, k - 1, "a") && word_is(d, k - 2, "in"))) return 0;
  return (k > 0 && word_is(d, k - 1, "joint")) || word_is(d, k, "declaration") || word_is(d, k, "communique") ||
         word_is(d, k, "communiqué");
}

/* The first document named in paragraph `para` (a token), or -1; each
** paragraph is scanned once, when a plural speaker first asks about it
** (most are never asked about), its answer kept in c->para_doc. */
static long document_in_paragraph(context *c, uint32_t para) {
  const nw_doc *d = c->d;
  if (!c->para_doc) {
    c->nparas = d->t.nsent ? (size_t)d->t.sent[d->t.nsent - 1].paragraph + 1 : 0;
    c->para_doc = calloc(c->nparas + 1, sizeof *c->para_doc);
    if (!c->para_doc) {
      c->out->oom = 1;
      return -1;
    }
  }
  if (para >= c->nparas) return -1;
  if (c->para_doc[para]) return (long)c->para_doc[para] - 2;
  const nw_tok *tok = d->t.tok;
  long found = -1;
  size_t s = nw_count_below(d->t.sent, d->t.nsent, sizeof *d->t.sent, offsetof(nw_sent, paragraph), para);
  for (; s < d->t.nsent && d->t.sent[s].paragraph == para && found < 0; s++) {
    const nw_sent *se = &d->t.sent[s];
    for (const nw_tok *t = tok + se->tok, *e = t + se->ntok; t < e; t++) {
      /* (most tokens: the words document_at() knows are 9 to 11 bytes long
      ** and end in t, n, e or the last byte of é) */
      if (t->end - t->start - 9 > 2) continue;
      unsigned last = (unsigned char)d->t.s[t->end - 1] | 0x20;
      if (last != 't' && last != 'n' && last != 'e' && last != 0xA9) continue;
      if (document_at(d, (size_t)(t - tok))) {
        found = (long)(t - tok);
        break;
      }
    }
  }
  c->para_doc[para] = (uint32_t)(found + 2);
  return found;
}

/* A document named in this or the previous paragraph (the first one
** there): returns its noun phrase's tokens through *a, *b. */
static int nearby_document(context *c, size_t i, size_t *a, size_t *b) {
  const nw_doc *d = c->d;
  uint32_t para = para_of(d, i), from = para > 0 ? para - 1 : 0;
  for (uint32_t p = from; p <= para; p++) {
    long k = document_in_paragraph(c, p);
    if (k < 0) continue;
    *b = (size_t)k + 1;
    *a = k > 0 && word_is(d, (size_t)k - 1, "joint") ? (size_t)k - 1 : (size_t)k;
    return 1;
  }
  return 0;
}

/* A role phrase as a speaker's name, the same however the sentence
** writes it: without `a`/`an`, and lowercase when it opens with an
** ordinary word not part of a name (`Joint statement`, `a joint statement`: `joint
** statement`; `The Russian envoy`: `the Russian envoy`). */
static char *phrase_name(nw_quotes *quotes, const nw_doc *d, size_t a, size_t b) {
  if (b > a + 1 && (word_is(d, a, "a") || word_is(d, a, "an"))) a++;
  char *out = keep_text(quotes, d->t.s + d->t.tok[a].start, d->t.tok[b - 1].end - d->t.tok[a].start);
  if (!out) return NULL;
  /* (not an ordinary word that opens a name: `Superior Court of Nova Scotia judge`) */
  int name_follows = a + 1 < b && is_word(d, a + 1) && (d->t.tok[a + 1].flags & NW_TF_CAP);
  /* (`Department of Health and Social Care spokesperson`, `Office of the Mayor`) */
  size_t after_of = a + 2 + (a + 3 < b && word_is(d, a + 2, "the"));
  if (!name_follows && after_of < b && (word_is(d, a + 1, "of") || word_is(d, a + 1, "for")) && is_word(d, after_of) &&
      (d->t.tok[after_of].flags & NW_TF_CAP))
    name_follows = 1;
  /* (a capital inside a sentence, after a word, marks a name: `says Park`) */
  int after_word = a > 0 && same_sent(d, a - 1, a) && is_word(d, a - 1);
  if (out[0] >= 'A' && out[0] <= 'Z' && !(d->t.tok[a].flags & NW_TF_ALLCAPS) &&
      ((nw_lex_is_common(nw_lex(), nw_tok_text(&d->t, a), nw_tok_len(&d->t, a)) && !name_follows && !after_word) ||
       nw_lex_is_starter(nw_lex(), nw_tok_text(&d->t, a), nw_tok_len(&d->t, a))))
    out[0] = (char)(out[0] + 32);
  return out;
}

/* The latest quote, among the last DOCUMENT_QUOTES found, whose unnamed
** speaker spoke before token i in its own or the sentence before, the last
** token of the speaker's phrase passing head(d, h, arg); or NULL.  (Each
** pass finds quotes in text order; looking at them all for every pronoun
** was quadratic.) */
static const nw_quote *unnamed_speaker_near(const context *c, size_t i, int (*head)(const nw_doc *, size_t, int),
                                            int arg) {
  const nw_doc *d = c->d;
  uint32_t s = sent_of(d, i), at = d->t.tok[i].start;
  const nw_quote *best = NULL;
  size_t from = c->out->n > DOCUMENT_QUOTES ? c->out->n - DOCUMENT_QUOTES : 0;
  for (size_t n = from; n < c->out->n; n++) {
    const nw_quote *p = &c->out->q[n];
    if (!p->speaker || p->actor >= 0 || p->sp_end <= p->sp_start || p->sp_start >= at) continue;
    if (best && p->sp_start <= best->sp_start) continue;
    size_t h = nw_tok_at_byte(&d->t, p->sp_end) - 1;
    if (sent_of(d, h) + 1 >= s && head(d, h, arg)) best = p;
  }
  return best;
}

/* A plural speaker's last word: `Authorities`, `the officers`, `police`. */
static int plural_head(const nw_doc *d, size_t h, int unused) {
  (void)unused;
  NW_WORDS(plural_nouns, "police", "staff", "people", "crews", "officials", "authorities", "investigators");
  if (pronoun(d, h)) return 0;
  const char *w = nw_tok_text(&d->t, h);
  size_t len = nw_tok_len(&d->t, h);
  return (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && !(d->t.tok[h].flags & NW_TF_POSS)) ||
         word_in(d, h, &plural_nouns);
}

/* `Authorities said the driver fled. They said no one was hurt.`: an
** unresolved `they` is the plural speaker of a quote in its own or the
** sentence before.  Returns the quote, or NULL. */
static const nw_quote *plural_speaker_before(const context *c, size_t i) {
  return unnamed_speaker_near(c, i, plural_head, 0);
}

/* A singular role whose ending does not deny the pronoun's sex
** (`spokeswoman` is no he, `chairman` no she). */
static int role_head(const nw_doc *d, size_t h, int pron) {
  if (!(d->tok_info[h] & NW_TI_ROLE) || plural_shape(d, h)) return 0;
  const char *w = nw_tok_text(&d->t, h);
  size_t n = nw_tok_len(&d->t, h);
  int woman = n >= 5 && memcmp(w + n - 5, "woman", 5) == 0;
  int man = !woman && n >= 3 && memcmp(w + n - 3, "man", 3) == 0;
  return pron == PRON_HE ? !woman : pron == PRON_SHE ? !man : 0;
}

/* `The premier's spokesman said the bill would pass. He added ...`: an
** unresolved he or she is the unnamed speaker of a quote in its own or the
** sentence before, when that speaker's phrase ends in a role that fits and
** no one is named between.  Returns the quote, or NULL. */
static const nw_quote *unnamed_speaker_before(const context *c, size_t i, int pron) {
  const nw_quote *best = unnamed_speaker_near(c, i, role_head, pron);
  if (!best) return NULL;
  for (size_t k = nw_tok_at_byte(&c->d->t, best->sp_end); k < i; k++)
    if (person_at(c->d, k)) return NULL;
  return best;
}

/* `Lind's mother, Ingrid, says ... / His mother said`: a possessive and a
** role word (`his father`, `her lawyer`) stand for the one person named
** before with that role (its last word), when the text names only one. */
#define KIN_ACTORS 512 /* (a huge text's first actors only: bounded work per phrase) */
static int resolve_kin(context *c, const speaker *sp) {
  NW_WORDS(owners, "his", "her", "their");
  nw_doc *d = c->d;
  if (sp->end - sp->tok != 2 || !word_in(d, sp->tok, &owners) || !(d->tok_info[sp->tok + 1] & NW_TI_ROLE)) return -1;
  const char *w = nw_tok_text(&d->t, sp->tok + 1);
  size_t n = nw_tok_len(&d->t, sp->tok + 1);
  uint32_t at = d->t.tok[sp->tok].start;
  int found = -1;
  for (size_t a = 0; a < d->nactor && a < KIN_ACTORS; a++) {
    const nw_doc_actor *x = &d->actor[a];
    if (x->kind != NW_KIND_PERSON || !x->role || x->first >= at) continue;
    size_t len = strlen(x->role);
    if (len < n || strncasecmp(x->role + len - n, w, n) != 0 || (len > n && x->role[len - n - 1] != ' ')) continue;
    if (found >= 0) return -1; /* two fathers: no telling */
    found = (int)a;
  }
  return found;
}

/* `Jana and Tom Reyes adopted a boy. ... The couple said`: `the couple`,
** `the pair`, `the two` speak for the two people named last together,
** joined by `and` (this sentence or the three before, same or previous
** paragraph).  Returns their names' span through [*x, *y), or 0. */
#define COUPLE_SENTENCES 3
#define COUPLE_TOKENS 200 /* (and tokens: one giant sentence is looked at in part) */
static int couple_named_before(const context *c, const speaker *sp, size_t *x, size_t *y) {
  NW_WORDS(couples, "couple", "pair", "two", "duo", "parents", "siblings", "brothers", "sisters", "twins");
  const nw_doc *d = c->d;
  if (sp->end - sp->tok != 2 || !word_is(d, sp->tok, "the") || !word_in(d, sp->tok + 1, &couples)) return 0;
  uint32_t s = sent_of(d, sp->tok), para = para_of(d, sp->tok);
  size_t from = d->t.sent[s >= COUPLE_SENTENCES ? s - COUPLE_SENTENCES : 0].tok;
  for (size_t k = sp->tok; k-- > from + 2 && sp->tok - k <= COUPLE_TOKENS;) {
    if (para - para_of(d, k) > 1) break;
    /* a person's name ends at k, `and` before it, a person before that */
    if (!person_at(d, k) || c->in_quote[k] || !word_is(d, d->men[d->tok_men[k]].tok - 1, "and")) continue;
    size_t and = d->men[d->tok_men[k]].tok - 1;
    if (and == 0 || !person_at(d, and - 1)) continue;
    *x = d->men[d->tok_men[and - 1]].tok;
    *y = k + 1;
    return 1;
  }
  return 0;
}

/* Resolves sp and fills the quote's speaker fields. */
static void set_speaker(context *c, nw_quote *q, speaker sp) {
  nw_doc *d = c->d;
  q->actor = -1;
  q->speaker = NULL;
  q->sp_start = q->sp_end = 0;
  if (sp.kind == SP_NONE) return;
  q->sp_start = d->t.tok[sp.tok].start;
  q->sp_end = d->t.tok[sp.end - 1].end;
  size_t da, db;
  if (plural_speaker(d, &sp) && nearby_document(c, sp.tok, &da, &db)) {
    /* `they declared`, `countries stated`: the parties speak through their
    ** joint statement */
    q->speaker = phrase_name(c->out, d, da, db);
    return;
  }
  int a = sp.actor;
  if (sp.kind == SP_PRONOUN && a < 0) {
    a = resolve_pronoun(c, sp.tok, sp.pron);
    if (a >= 0 && !d->actor[a].gender && (sp.pron == PRON_HE || sp.pron == PRON_SHE))
      d->actor[a].gender = sp.pron == PRON_HE ? NW_GENDER_MALE : NW_GENDER_FEMALE;
  }
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_generic_body(c, &sp);
  /* `her statement read`, `his campaign said`, but not `his lawyer said`,
  ** `his supporters argue`: only a document or a campaign speaks for its owner */
  if (sp.kind == SP_PHRASE && a < 0 && sp.end - sp.tok == 2 &&
      (word_in(d, sp.tok + 1, &documents) || word_is(d, sp.tok + 1, "campaign"))) {
    int p = word_is(d, sp.tok, "his") ? PRON_HE : word_is(d, sp.tok, "her") ? PRON_SHE : word_is(d, sp.tok, "its") ? PRON_IT : 0;
    if (p) a = resolve_pronoun(c, sp.tok, p);
  }
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_description(c, &sp);
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_headline_role(c, &sp);
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_document(c, &sp);
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_indefinite_document(c, &sp);
  if (sp.kind == SP_PHRASE && a < 0) a = resolve_kin(c, &sp);
  if (sp.kind == SP_PRONOUN && a < 0) {
    const nw_quote *p = sp.pron == PRON_THEY ? plural_speaker_before(c, sp.tok)
                        : sp.pron == PRON_HE || sp.pron == PRON_SHE ? unnamed_speaker_before(c, sp.tok, sp.pron)
                                                                    : NULL;
    if (p) {
      q->speaker = p->speaker;
      return;
    }
  }
  if (a >= 0) {
    q->actor = a;
    q->speaker = keep_string(c->out, d->actor[a].name);
    return;
  }
  size_t cx, cy;
  if (sp.kind == SP_PHRASE && couple_named_before(c, &sp, &cx, &cy)) {
    q->speaker = phrase_name(c->out, d, cx, cy); /* `Jana and Tom Reyes` */
    return;
  }
  if (sp.kind == SP_PHRASE) q->speaker = phrase_name(c->out, d, sp.tok, sp.end);
}

static int emit(context *c, int kind, size_t start, size_t end, speaker sp, long verb, size_t verb_end) {
  if (end <= start) return 0;
  nw_doc *d = c->d;
  nw_quote q = {0};
  q.kind = (uint8_t)kind;
  q.start = (uint32_t)start;
  q.end = (uint32_t)end;
  q.actor = -1;
  if (verb >= 0) {
    q.verb_start = d->t.tok[verb].start;
    q.verb_end = d->t.tok[verb_end - 1].end;
  }
  set_speaker(c, &q, sp);
  return push_quote(c->out, q);
}

/* ------------------------------------------------------------ quote marks */

typedef struct qspan {
  uint32_t open, close;   /* mark tokens; close == NO_CLOSE: ends with its paragraph */
  uint32_t a, b;          /* content tokens [a, b) */
  uint8_t single;
} qspan;

#define NO_CLOSE UINT32_MAX

static int is_double(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB ||
         cp == 0xBB || cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F;
}

static int boundary_before(const nw_doc *d, size_t i) {
  if (i == 0 || (d->t.tok[i].flags & (NW_TF_SPACE_BEFORE | NW_TF_SENT_START))) return 1;
  const nw_tok *p = &d->t.tok[i - 1];
  return p->type == NW_TOK_PUNCT && (p->cp == '(' || p->cp == '[' || p->cp == 0x2014 || p->cp == 0x2013 ||
                                     p->cp == ':' || p->cp == '-' || (p->flags & NW_TF_QUOTE));
}

static int boundary_after(const nw_doc *d, size_t i) {
  if (i + 1 >= ntok(d) || !same_sent(d, i, i + 1) || (d->t.tok[i].flags & NW_TF_SPACE_AFTER)) return 1;
  return d->t.tok[i + 1].type == NW_TOK_PUNCT;
}

static int can_open(const nw_doc *d, size_t i) {
  int qm = d->t.tok[i].qm;
  if (i + 1 >= ntok(d) || para_of(d, i + 1) != para_of(d, i)) return 0;
  /* `working ”very closely”`: a closing mark set like an opening one opens */
  if (qm == NW_QM_CLOSE) return (d->t.tok[i].flags & NW_TF_SPACE_BEFORE) && !(d->t.tok[i].flags & NW_TF_SPACE_AFTER);
  if (qm == NW_QM_OPEN) return 1;
  return boundary_before(d, i) && !(d->t.tok[i].flags & NW_TF_SPACE_AFTER);
}

static int can_close(const nw_doc *d, size_t i) {
  int qm = d->t.tok[i].qm;
  if (qm == NW_QM_OPEN) return 0;
  if (qm == NW_QM_CLOSE) return 1;
  return !(d->t.tok[i].flags & (NW_TF_SPACE_BEFORE | NW_TF_SENT_START)) && boundary_after(d, i);
}

/* The words and numbers in tokens [a, b), counted up to `enough` (the
** callers compare the count with a small number: a long quote is not
** counted to its end). */
static size_t words_in(const nw_doc *d, size_t a, size_t b, size_t enough) {
  size_t n = 0;
  for (size_t i = a; i < b && n < enough; i++) n += d->t.tok[i].type == NW_TOK_WORD || d->t.tok[i].type == NW_TOK_NUM;
  return n;
}

typedef struct spans {
  qspan *s;
  size_t n, cap;
} spans;


static int push_span(spans *ss, const nw_doc *d, qspan q) {
  if (q.b <= q.a || words_in(d, q.a, q.b, 1) == 0) return 0;
  if (nw_grow(&ss->s, &ss->cap, ss->n, sizeof *ss->s, 32)) return -1;
  ss->s[ss->n++] = q;
  return 0;
}

typedef struct attribution attribution;
static attribution after_quote(const nw_doc *d, size_t close);
static speaker according_source(const nw_doc *d, size_t k);
static size_t aside_comma(const nw_doc *d, size_t i, size_t b);
static inline int adds_a_thing(const nw_doc *d, size_t v, size_t k);
static int unopened_attributed(const nw_doc *d, size_t close);

/* `The plan is dead,” said Tom Reyes.`: a closing mark whose opening mark
** scraping lost, glued to the words before it and followed by a speaker
** and a speech verb, closes a quote that opens with its sentence (after
** the last quote of the paragraph, from). Returns the quote's first
** token, or 0. */
#define UNOPENED_MIN_WORDS 3
static size_t unopened_start(const nw_doc *d, size_t i, size_t from) {
  if (d->t.tok[i].qm != NW_QM_CLOSE || (d->t.tok[i].flags & (NW_TF_SPACE_BEFORE | NW_TF_SENT_START))) return 0;
  size_t a = sent_start(d, i);
  if (a < from) a = from;
  for (size_t k = a; k < i; k++)
    if (is_mark(d, k)) return 0; /* not `’s closest advisers,”`: a sentence cut out of a longer one */
  while (a < i && !is_word(d, a) && d->t.tok[a].type != NW_TOK_NUM) a++; /* past a dash or bullet */
  if (a >= i || words_in(d, a, i, UNOPENED_MIN_WORDS) < UNOPENED_MIN_WORDS) return 0;
  return unopened_attributed(d, i) ? a : 0;
}

/* Where pairing stands in a paragraph: its open marks (double, single)
** and where its text outside quotes starts. */
typedef struct pairing {
  long open_d, open_s;
  size_t from;
} pairing;

/* A paragraph ends before token i: a quote still open ends with it. */
static int end_paragraph(const nw_doc *d, size_t i, pairing *p, spans *out) {
  if (p->open_d >= 0 && push_span(out, d, (qspan){(uint32_t)p->open_d, NO_CLOSE, (uint32_t)p->open_d + 1, (uint32_t)i, 0}))
    return -1;
  p->open_d = p->open_s = -1;
  p->from = i;
  return 0;
}

/* The quotation mark at token i opens or closes a quote, or neither. */
static int pair_mark(const nw_doc *d, size_t i, pairing *p, spans *out) {
  int32_t cp = d->t.tok[i].cp;
  if (is_double(cp)) {
    /* German „…“: after a low opening mark, “ closes */
    int low_high = p->open_d >= 0 && d->t.tok[p->open_d].cp == 0x201E && cp == 0x201C &&
                   !(d->t.tok[i].flags & (NW_TF_SPACE_BEFORE | NW_TF_SENT_START));
    if (p->open_d >= 0 && (can_close(d, i) || low_high)) {
      if (push_span(out, d, (qspan){(uint32_t)p->open_d, (uint32_t)i, (uint32_t)p->open_d + 1, (uint32_t)i, 0})) return -1;
      p->open_d = -1;
      p->from = i + 1;
    } else if (p->open_d < 0 && can_open(d, i)) {
      p->open_d = (long)i;
      p->open_s = -1;
    } else if (p->open_d < 0) {
      size_t a = unopened_start(d, i, p->from);
      if (a && push_span(out, d, (qspan){(uint32_t)a, (uint32_t)i, (uint32_t)a, (uint32_t)i, 0})) return -1;
      p->from = i + 1;
    }
  } else if (p->open_d < 0) {
    if (p->open_s >= 0 && can_close(d, i)) {
      if (push_span(out, d, (qspan){(uint32_t)p->open_s, (uint32_t)i, (uint32_t)p->open_s + 1, (uint32_t)i, 1})) return -1;
      p->open_s = -1;
    } else if (p->open_s < 0 && can_open(d, i) && nw_is_letter(d->t.tok[i + 1].cp)) {
      p->open_s = (long)i;
    }
  }
  return 0;
}

/* The first quotation mark in [t, e), or e. */
static const nw_tok *next_mark(const nw_tok *t, const nw_tok *e) {
  for (; e - t >= 4; t += 4) /* (four tokens a test: most hold no mark) */
    if ((t[0].flags | t[1].flags | t[2].flags | t[3].flags) & NW_TF_QUOTE) break;
  while (t < e && !(t->flags & NW_TF_QUOTE)) t++;
  return t;
}

/* Pairs the marks paragraph by paragraph (a paragraph changes only with
** a sentence: the sentences' tokens are tested for marks alone). */
static int pair_marks(const nw_doc *d, spans *out) {
  pairing p = {-1, -1, 0};
  uint32_t para = 0;
  const nw_tok *tok = d->t.tok;
  for (size_t s = 0; s < d->t.nsent; s++) {
    const nw_sent *se = &d->t.sent[s];
    if (se->ntok == 0) continue;
    if (se->paragraph != para) {
      if (end_paragraph(d, se->tok, &p, out)) return -1;
      para = se->paragraph;
    }
    const nw_tok *e = tok + se->tok + se->ntok;
    for (const nw_tok *t = next_mark(tok + se->tok, e); t < e; t = next_mark(t + 1, e))
      if (pair_mark(d, (size_t)(t - tok), &p, out)) return -1;
  }
  return end_paragraph(d, ntok(d), &p, out);
}

/* ------------------------------------------------------------ attribution */

struct attribution {
  speaker sp;
  long verb;          /* verb phrase start, or -1 */
  size_t verb_end;
  int colon;          /* introduced by a colon */
};

static attribution no_attribution(void) { return (attribution){no_speaker(), -1, 0, 0}; }

/* Speech was attributed: a speaker, a speech verb, or a colon before it. */
static int attributed(const attribution *at) { return at->sp.kind != SP_NONE || at->verb >= 0 || at->colon; }

/* `“…,” X said`, `“…,” said X`, `“…” — X` */
/* `“…?” Moore said.` is split after the question mark: a next sentence
** that is only an attribution belongs to the quote. */
static int attribution_sentence(const nw_doc *d, size_t k) {
  size_t end = sent_end(d, k);
  if (end - k > 30 || !(person_at(d, k) || is_word(d, k))) return 0;
  for (size_t v = k; v < end; v++) {
    if (speaks(verb_at(d, v))) return subject_before(d, v).tok == k || person_at(d, k);
    if (is_mark(d, v)) return 0;
  }
  return 0;
}

/* Do tokens [a, b) hold no verb (`the family's lawyer`, not `was the
** message fans heard`)? */
static int no_verb_between(const nw_doc *d, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (has_finite_form(d, j) || verb_at(d, j) || is_mark(d, j)) return 0;
  return 1;
}

static size_t heard_saying(const nw_doc *d, size_t v);
static attribution after_quote(const nw_doc *d, size_t close) {
  attribution at = no_attribution();
  size_t k = close + 1;
  if (k >= ntok(d) || para_of(d, k) != para_of(d, close)) return at;
  size_t dash = is_punct(d, k, ',') ? k + 1 : k;
  int dash_opens = is_punct(d, dash, '-') && (d->t.tok[dash].flags & NW_TF_SENT_START); /* `."  - X` */
  if (dash < ntok(d) && (is_dash(d, dash) || dash_opens) && para_of(d, dash) == para_of(d, close)) {
    /* `“…,” — X` and `“….” — Chinese President X`: the dash attributes the
    ** quote even when its full stop ended the sentence */
    at.sp = speaker_after(d, dash + 1);
    if (at.sp.kind == SP_ACTOR || at.sp.kind == SP_PHRASE) {
      size_t v = at.sp.end; /* `” — Ruiz said.`: the verb after the name, when there is one */
      if (v < ntok(d) && same_sent(d, dash + 1, v) && speaks(verb_at(d, v))) at.verb = (long)v, at.verb_end = phrase_end(d, v);
      return at;
    }
    return no_attribution();
  }
  /* `‘We will not back down’: Ruiz vows to fight` (a headline's quote, a
  ** colon, and who said it with a verb of their own) */
  if (is_punct(d, k, ':') && person_at(d, k + 1) && para_of(d, k + 1) == para_of(d, close)) {
    const nw_mention *m = &d->men[d->tok_men[k + 1]];
    size_t v = m->tok + m->ntok;
    if (m->tok == k + 1 && v < ntok(d) && (verb_at(d, v) || has_finite_form(d, v) || present_s_verb(d, k + 1, v))) {
      at.sp = mention_speaker(d, k + 1);
      if (speaks(verb_at(d, v))) at.verb = (long)v, at.verb_end = phrase_end(d, v);
      return at;
    }
  }
  if (!same_sent(d, close, k) && !attribution_sentence(d, k)) return at;
  size_t end = sent_end(d, k);
  if (is_punct(d, k, ',')) k++;
  /* a subordinator after a quote opens a clause of its own, no inverted
  ** attribution (`“a game-changer,” while others warned`) */
  if (k >= end || word_in(d, k, &subordinators)) return at;
  int cls = verb_at(d, k);
  if (speaks(cls) && verb_tense(d, k) == NW_TENSE_PARTICIPLE && !is_mark(d, sent_start(d, close))) {
    /* `dismissed it as “photo ops,” saying the Liberals failed`: a
    ** participle never inverts; its subject is the sentence's, and the
    ** words after it are what was said */
    at.sp = subject_of_sentence(d, close, 1);
    at.verb = (long)k;
    at.verb_end = phrase_end(d, k);
    return at;
  }
  /* `“…,” according to Finance Minister Ana Ruiz.` (not a news outlet,
  ** which reports the words: `“…,” according to Reuters`) */
  if (cls == NW_VERB_ACCORDING && word_is(d, k, "according")) {
    speaker sp = according_source(d, phrase_end(d, k));
    if (sp.kind && !(sp.kind == SP_ACTOR && d->actor[sp.actor].kind == NW_KIND_MEDIA)) {
      at.sp = sp, at.verb = (long)k, at.verb_end = phrase_end(d, k);
      return at;
    }
  }
  if (speaks(cls) || cls == NW_VERB_THINK) {
    at.sp = speaker_after(d, phrase_end(d, k));
    at.verb = (long)k;
    at.verb_end = phrase_end(d, k);
    return at; /* a speech verb right after the quote: speech, even if no speaker is found */
  }
  for (size_t v = k + 1; v < end && v - k < 25; v++) {
    if (is_mark(d, v)) break;
    /* `“…,” one resident, who asked not to be named, told CTV`: the
    ** relative clause's verb is none of the quote's */
    if (word_is(d, v, "who") && is_punct(d, v - 1, ',')) {
      size_t close = aside_comma(d, v - 1, end);
      if (close) {
        v = close;
        continue;
      }
    }
    cls = verb_at(d, v);
    if (!cls || cls == NW_VERB_NOUN) continue; /* `, her statement read` */
    if (!speaks(cls) && cls != NW_VERB_THINK) break;
    if (cls == NW_VERB_THINK && word_is(d, k, "that")) break; /* `heard “rumblings” that X was considering` */
    size_t obj = phrase_end(d, v); /* `“…” after Washington added 12 firms to a list` */
    if (obj < end && d->t.tok[obj].type != NW_TOK_PUNCT && adds_a_thing(d, v, obj)) break;
    /* `” X can be heard telling the dispatcher`: a speech participle after
    ** `heard` and its auxiliaries has the subject before them */
    size_t aux = heard_saying(d, v);
    speaker sp = subject_before(d, aux);
    if (aux != v && sp.kind) {
      at.sp = sp;
      at.verb = (long)v;
      at.verb_end = phrase_end(d, v);
      break;
    }
    size_t lead = k; /* titles and roles may stand first: `” Mr. Lindqvist told` */
    /* `“…,” was all Ruiz would say`, `“…,” is how the mayor put it` */
    NW_WORDS(be_now, "was", "is");
    NW_WORDS(that_much, "all", "what", "how", "exactly");
    if (word_in(d, k, &be_now) && word_in(d, k + 1, &that_much) && sp.tok >= k + 2) lead = k + 2;
    while (lead < sp.tok && (is_punct(d, lead, '.') || (d->tok_info[lead] & (NW_TI_TITLE | NW_TI_HONORIFIC | NW_TI_ROLE | NW_TI_DEMONYM)) ||
                             counts_as_actor(d, lead) || (is_word(d, lead) && !has_finite_form(d, lead)) ||
                             (is_punct(d, lead, ',') && lead + 1 == sp.tok && sp.kind == SP_ACTOR &&
                              no_verb_between(d, k, lead))))
      lead++; /* `” Halifax Police Sgt. Ann Cole said`, `” former critic Peter Lindqvist said`, `” the lawyer, Ann Cole, said` */
    if (sp.kind == SP_PHRASE && sp.actor < 0 && channel_before(d, v) >= 0) {
      /* `“wrong” on Monday and in a brief formal response said`: the channel
      ** is no speaker; the verb's own subject is */
      speaker own = verb_speaker(d, v, NULL);
      if (own.kind && own.tok != sp.tok) {
        at.sp = own;
        at.verb = (long)v;
        at.verb_end = phrase_end(d, v);
      }
      break;
    }
    /* `“…” including Lake Avon, it said.`: a few words of the writer's after
    ** the quote, then an attribution closing the sentence after a comma */
    if (!(lead == sp.tok) && (sp.kind == SP_ACTOR || sp.kind == SP_PRONOUN) && sp.tok > k + 1 && sp.tok - k <= 8 &&
        is_punct(d, sp.tok - 1, ',') && sp.end == v && (phrase_end(d, v) >= end || is_punct(d, phrase_end(d, v), '.'))) {
      int plain = 1;
      for (size_t j = k; j + 1 < sp.tok && plain; j++)
        plain = !is_mark(d, j) && !verb_at(d, j) && !has_finite_form(d, j) && (is_word(d, j) || d->t.tok[j].type == NW_TOK_NUM);
      if (plain) {
        at.sp = sp;
        at.verb = (long)v;
        at.verb_end = phrase_end(d, v);
        break;
      }
    }
    if (sp.kind && sp.tok >= k && lead == sp.tok) { /* the speaker starts right after the quote */
      at.sp = sp;
      at.verb = (long)v;
      at.verb_end = phrase_end(d, v);
    }
    break;
  }
  return at;
}

/* `can be heard telling`, `was heard saying`: where the auxiliaries before
** `heard` start, for the speech participle at v; v otherwise. */
static size_t heard_saying(const nw_doc *d, size_t v) {
  NW_WORDS(aux, "be", "been", "is", "was", "are", "were", "can", "could", "may", "might", "will", "would");
  if (verb_tense(d, v) != NW_TENSE_PARTICIPLE || v < 2 || !word_is(d, v - 1, "heard")) return v;
  size_t w = v - 1;
  while (w > 0 && w + 4 > v && word_in(d, w - 1, &aux)) w--;
  return w < v - 1 ? w : v;
}

/* A speaker and a speech verb right after the closing mark at close. */
static int unopened_attributed(const nw_doc *d, size_t close) {
  attribution at = after_quote(d, close);
  return at.verb >= 0 && at.sp.kind != SP_NONE;
}

/* `” said Coun. Mark Bisson, “`: an inverted attribution after a quote mark
** whose speaker ends at the comma.  Returns the verb, or -1. */
#define INVERTED_SPEAKER_TOKENS 12
static long inverted_before_comma(const nw_doc *d, size_t comma) {
  size_t s0 = sent_start(d, comma);
  for (size_t v = comma; v-- > s0 && comma - v <= INVERTED_SPEAKER_TOKENS;) {
    if (is_mark(d, v)) return -1;
    if (!speaks(verb_at(d, v))) continue;
    if (v == s0 || !(is_mark(d, v - 1) || (is_punct(d, v - 1, ',') && is_mark(d, v - 2)))) return -1;
    speaker sp = speaker_after(d, phrase_end(d, v));
    return sp.kind && sp.end == comma ? (long)v : -1;
  }
  return -1;
}

/* `Her advice to other parents: “…”`: the phrase before the colon is the
** one spoken to (after `to`/`for` within a few words), not the speaker. */
static int addressed_to(const nw_doc *d, size_t k) {
  size_t s0 = sent_start(d, k);
  for (size_t j = k; j > s0 && k - j < 4; j--) {
    if (!is_word(d, j)) return 0;
    if (word_is(d, j - 1, "to") || word_is(d, j - 1, "for")) return 1;
  }
  return 0;
}

/* `His advice to ...:`, `Her message for ...:`: the owner of the words that
** open the sentence speaks (he or she), or no one we can name. */
static speaker owner_of_words(const nw_doc *d, size_t s0) {
  int p = word_is(d, s0, "his") ? PRON_HE : word_is(d, s0, "her") ? PRON_SHE : 0;
  return p ? (speaker){SP_PRONOUN, s0, s0 + 1, -1, p, 0} : no_speaker();
}

/* `X said, “…”`, `X, who noted that “…”`, `X: “…”`, `according to X, “…”` */
static attribution before_quote(context *c, size_t open) {
  const nw_doc *d = c->d;
  attribution at = no_attribution();
  if (open == 0 || !same_sent(d, open - 1, open)) return at;
  long k = (long)open - 1;
  int colon = is_punct(d, (size_t)k, ':');
  if (colon || is_punct(d, (size_t)k, ',')) k--;
  if (k >= 0 && word_is(d, (size_t)k, "that")) k--;
  if (k < 0 || !same_sent(d, (size_t)k, open)) return at;
  long v = verb_start_covering(d, (size_t)k);
  /* `Ruiz said when asked, “…”`: the participle after `when` says when;
  ** the verb before it attributes the quote */
  if (v >= 2 && (looks_past(d, (size_t)v) || nw_doc_ing_word(d, (size_t)v, 5)) && same_sent(d, (size_t)v - 2, open) &&
      (word_is(d, (size_t)v - 1, "when") || word_is(d, (size_t)v - 1, "while")) && verb_start_covering(d, (size_t)v - 2) >= 0)
    v = verb_start_covering(d, (size_t)v - 2);
  if (v >= 0) {
    int cls = verb_at(d, (size_t)v);
    if (cls == NW_VERB_ACCORDING) return at;
    if (speaks(cls) || cls == NW_VERB_THINK) {
      at.sp = verb_speaker_cached(c, (size_t)v);
      at.verb = v;
      at.verb_end = phrase_end(d, (size_t)v);
    }
    return at;
  }
  if (!colon) { /* `“A,” said X, “B.”`: the second half has the first's attribution */
    long said = inverted_before_comma(d, (size_t)k + 1);
    if (said >= 0) {
      at.sp = speaker_after(d, phrase_end(d, (size_t)said));
      at.verb = said;
      at.verb_end = phrase_end(d, (size_t)said);
      return at;
    }
  }
  if (colon) { /* `Peskov: “…”`, `Musk wrote on X: “…”` */
    long first = opening_person(d, (size_t)k + 1); /* `Ana Ruiz, president of the Tarnby Guild: “…”` */
    for (long j = first; j >= 0 && j < k; j++)
      if (word_is(d, (size_t)j, "and")) first = -1; /* `Ana Ruiz, Jo Li and Sam Park, the founders:` */
    if (first >= 0) at.sp = mention_speaker(d, (size_t)first);
    else if (counts_as_actor(d, (size_t)k) &&
             !object_of_preposition(d, sent_start(d, open), d->men[d->tok_men[k]].tok)) /* (not `a message for Ottawa:`) */
      at.sp = mention_speaker(d, (size_t)k);
    else if (pronoun(d, (size_t)k)) at.sp = (speaker){SP_PRONOUN, (size_t)k, (size_t)k + 1, -1, pronoun(d, (size_t)k), 0};
    else if (addressed_to(d, (size_t)k)) at.sp = owner_of_words(d, sent_start(d, open));
    else if (d->tok_info[k] & (NW_TI_ROLE | NW_TI_BODY)) { /* `the minister:` */
      at.sp = phrase_ending_at(d, (size_t)k);
      /* `An official condemned the staff: “…”`: an object of a verb is the hearer or the topic */
      for (size_t j = sent_start(d, open); at.sp.kind == SP_PHRASE && j < at.sp.tok; j++)
        if (has_finite_form(d, j) || verb_start_covering(d, j) >= 0) at.sp = no_speaker();
    }
    if (!at.sp.kind) at.sp = sentence_subject(d, open);
    if (at.sp.kind == SP_PHRASE && addressed_to(d, (size_t)k) && at.sp.end == (size_t)k + 1) at.sp = no_speaker(); /* the hearer */
    at.colon = 1;
    return at;
  }
  /* `according to X, “…”` */
  for (long j = k; j >= (long)sent_start(d, open) && k - j < 12; j--) {
    long a = verb_start_covering(d, (size_t)j);
    if (a >= 0 && verb_at(d, (size_t)a) == NW_VERB_ACCORDING) {
      at.sp = speaker_after(d, phrase_end(d, (size_t)a));
      at.verb = a;
      at.verb_end = phrase_end(d, (size_t)a);
      return at;
    }
    if (a >= 0) break;
  }
  return at;
}

/* `X accused the premier of “hiding behind the experts”`, `Y dismissed the
** speech as “slogans, not solutions”`: the quoted charge or judgement is
** the subject's words, as a naming verb's label is (speech_verbs.tsv leaves
** these verbs out: stance reads them as verbs of their own).  j is the
** verb, open the quote's mark; `of` or `as` stands right before the mark, a
** few words on. */
#define JUDGED_OBJECT_TOKENS 6
static inline int judges_with_quote(const nw_doc *d, size_t j, size_t open) {
  NW_WORDS(accuse, "accuse", "accuses", "accused", "accusing");
  NW_WORDS(judge_as, "dismiss", "dismisses", "dismissed", "dismissing", "slam", "slams", "slammed", "slamming",
           "blast", "blasts", "blasted", "blasting", "criticize", "criticizes", "criticized", "criticizing",
           "criticise", "criticises", "criticised", "criticising", "denounce", "denounces", "denounced",
           "denouncing", "condemn", "condemns", "condemned", "condemning", "praise", "praises", "praised",
           "praising", "hail", "hails", "hailed", "hailing", "decry", "decries", "decried", "decrying");
  if (open < j + 2 || open - j > JUDGED_OBJECT_TOKENS) return 0;
  /* (the verb first, by its first letter, then its sets: most words are neither) */
  const uint32_t firsts = LETTER_BIT('a') | LETTER_BIT('b') | LETTER_BIT('c') | LETTER_BIT('d') | LETTER_BIT('h') |
                          LETTER_BIT('p') | LETTER_BIT('s');
  unsigned first = ((unsigned char)nw_tok_text(&d->t, j)[0] | 0x20) - 'a';
  if (first >= 26 || !((firsts >> first) & 1)) return 0;
  int accuses = word_in(d, j, &accuse);
  if (!accuses && !word_in(d, j, &judge_as)) return 0;
  /* `accused her opponent of wanting to “pave over ...”`: a gerund (and
  ** `to`) may stand between `of` and the quote */
  size_t before = open - 1;
  if (before > j + 2 && word_is(d, before, "to")) before--;
  if (before > j + 2 && nw_doc_ing_word(d, before, 5) && word_is(d, before - 1, "of")) before--;
  int fits = accuses ? word_is(d, open - 1, "of") || word_is(d, before, "of") : word_is(d, open - 1, "as");
  return fits && (j == 0 || !word_in(d, j - 1, &determiners)); /* not `the accused` */
}

/* `In Ruiz's words, “…”`, `In the words of the mayor, “…”`, `In her own
** words, “…”`: the sentence opens with whose words follow.  The speaker,
** or none. */
static speaker in_words_of(const nw_doc *d, size_t s0, size_t open) {
  if (!word_is(d, s0, "in") || open < s0 + 3 || !is_punct(d, open - 1, ',')) return no_speaker();
  size_t w = s0 + 1;
  while (w < open - 1 && !word_is(d, w, "words")) w++;
  if (w >= open - 1 || w - s0 > 6) return no_speaker();
  if (word_is(d, w + 1, "of")) { /* `In the words of X,` */
    speaker sp = speaker_after(d, w + 2);
    return sp.kind && sp.end == open - 1 ? sp : no_speaker();
  }
  if (w + 1 != open - 1) return no_speaker();
  size_t o = s0 + 1; /* `In X's (own) words,` */
  int p = word_is(d, o, "his") ? PRON_HE : word_is(d, o, "her") ? PRON_SHE : word_is(d, o, "their") ? PRON_THEY : 0;
  if (p) return (speaker){SP_PRONOUN, o, o + 1, -1, p, 0};
  if (!counts_as_actor(d, o)) return no_speaker();
  const nw_mention *m = &d->men[d->tok_men[o]];
  size_t e = m->tok + m->ntok;
  return m->tok == o && e < w && (d->t.tok[e].flags & NW_TF_POSS) ? mention_speaker(d, o) : no_speaker();
}

/* A speech or naming verb earlier in the sentence whose subject speaks the
** partial quote: `Moreau called the ruling “bold”`, `he added that what
** matters is “the result of the negotiations”`. */
static attribution verb_earlier(context *c, size_t open) {
  const nw_doc *d = c->d;
  attribution at = no_attribution();
  size_t s0 = sent_start(d, open);
  at.sp = in_words_of(d, s0, open);
  if (at.sp.kind) return at;
  for (size_t j = open; j-- > s0;) {
    if (judges_with_quote(d, j, open)) { /* `accused the premier of “hiding”` */
      /* (`went further, accusing Seoul of “…”`: a participle after a comma
      ** has the sentence's subject, as a speech verb's does) */
      int participle = j > s0 && is_punct(d, j - 1, ',') && nw_doc_ing_word(d, j, 5);
      at.sp = participle ? subject_of_sentence(d, j, 1) : subject_before(d, j);
      at.verb = (long)j;
      at.verb_end = j + 1;
      return at;
    }
    int cls = verb_at(d, j);
    if (!cls) continue;
    if (cls == NW_VERB_ACCORDING) {
      if (!word_is(d, j, "according") && !word_is(d, j, "as")) continue; /* `without citing the conflict` */
      at.sp = speaker_after(d, phrase_end(d, j));
    } else if (speaks(cls) || cls == NW_VERB_NAME || cls == NW_VERB_THINK) {
      at.sp = verb_speaker_cached(c, j);
    } else {
      continue;
    }
    at.verb = (long)j;
    at.verb_end = phrase_end(d, j);
    return at; /* the verb is evidence of speech even without a speaker */
  }
  return at;
}

/* The quote fills its sentence(s): opens the sentence, closes it. */
static int standalone(const nw_doc *d, const qspan *q) {
  if (!(d->t.tok[q->open].flags & NW_TF_SENT_START)) return 0;
  if (q->close == NO_CLOSE) return 1;
  size_t e = sent_end(d, q->close);
  size_t k = q->close + 1;
  return k >= e || is_punct(d, k, ',') || is_punct(d, k, '.') || (d->t.tok[k].type == NW_TOK_PUNCT && k + 1 >= e);
}

/* Title Case quoted words (`“Tomorrow Belongs To The Brave”`) name a work. */
static int looks_like_title(const nw_doc *d, const qspan *q) {
  if (d->t.tok[q->open].flags & NW_TF_SENT_START) return 0;
  size_t words = 0, caps = 0;
  for (size_t i = q->a; i < q->b; i++) {
    if (!is_word(d, i)) continue;
    words++;
    if (d->t.tok[i].flags & NW_TF_CAP) caps++;
    /* (at seven in ten capitalized, with every token left one: out of reach) */
    else if ((caps + (q->b - i - 1)) * 10 < (words + (q->b - i - 1)) * 7) return 0;
  }
  return words >= 2 && caps * 10 >= words * 7;
}

/* `limit “added” salt`, `patients with “severe and lasting” joint
** pain`: a short quote that closes on a word and is followed at once
** by a lowercase noun modifies that noun; it is a term, not speech.  The
** word after it must be no function word, verb, adverb or time word
** (`“deeply flawed” and`, `“pleased” with`, `“a disaster” yesterday`). */
static int modifies_noun(const nw_doc *d, const qspan *q) {
  NW_WORDS(function_words, "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "as", "than",
           "into", "over", "after", "before", "against", "among", "between", "during", "without", "under",
           "through", "toward", "towards", "upon", "within", "across", "around", "behind", "beyond", "despite",
           "like", "unlike", "since", "until", "via", "per", "amid", "and", "or", "but", "nor", "so", "yet",
           "because", "if", "when", "while", "although", "though", "unless", "whether", "whereas", "where",
           "which", "who", "whom", "whose", "that", "what", "how", "why", "the", "a", "an", "this", "these",
           "those", "it", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its",
           "their", "our", "my", "your", "be", "been", "being", "not", "also", "too", "very", "even", "just",
           "only", "again", "now", "then", "still", "here", "there", "instead", "ago", "either", "rather",
           "enough", "anyway", "almost", "already", "always", "never", "ever", "all", "both", "each", "some",
           "any", "no", "more", "most", "less", "much", "many", "out", "up", "down", "off", "away", "back",
           "says", "say", "said", "according", "one", "ones", "himself", "herself", "themselves",
           "itself", "due", "given", "including", "whereby");
  if (q->close == NO_CLOSE || !is_word(d, q->b - 1)) return 0;
  size_t k = q->close + 1;
  if (!is_word(d, k) || !(d->t.tok[k].flags & NW_TF_LOWER) || !same_sent(d, q->close, k)) return 0;
  size_t n = nw_tok_len(&d->t, k);
  const char *w = nw_tok_text(&d->t, k);
  if (n < 3 || (w[n - 2] == 'l' && w[n - 1] == 'y') || (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g'))
    return 0;
  return !word_in(d, k, &function_words) && !has_finite_form(d, k) && verb_start_covering(d, k) < 0 &&
         !is_time_word(d, k);
}

/* `From the minister:` closing the previous paragraph. */
/* `“We’re not going anywhere.” That was the message from Ana Ruiz`, `So
** says X`, `Those were the words of X`: the sentence right after a quote
** that stands alone names who said it. */
#define NEXT_SENTENCE_NOUN_TOKENS 6
static speaker named_in_next_sentence(const nw_doc *d, size_t close) {
  NW_WORDS(pointers, "that", "this", "those", "these", "such");
  NW_WORDS(said_nouns, "message", "words", "word", "verdict", "warning", "assessment", "view", "reaction",
           "response", "sentiment", "advice", "plea", "promise", "pledge", "reply", "answer");
  size_t k = close + 1;
  if (k >= ntok(d) || para_of(d, k) > para_of(d, close) + 1 || !(d->t.tok[k].flags & NW_TF_SENT_START)) return no_speaker();
  if (word_is(d, k, "so") && speaks(verb_at(d, k + 1))) return speaker_after(d, phrase_end(d, k + 1));
  if (!word_in(d, k, &pointers)) return no_speaker();
  for (size_t j = k + 1; j < sent_end(d, k) && j - k <= NEXT_SENTENCE_NOUN_TOKENS; j++)
    if (word_in(d, j, &said_nouns) && (word_is(d, j + 1, "from") || word_is(d, j + 1, "of"))) {
      speaker sp = speaker_after(d, j + 2);
      return sp.kind == SP_ACTOR && d->actor[sp.actor].kind == NW_KIND_PERSON ? sp : no_speaker();
    }
  return no_speaker();
}

static speaker colon_line_before(const nw_doc *d, size_t open) {
  if (open == 0 || !(d->t.tok[open].flags & NW_TF_PARA_START)) return no_speaker();
  size_t k = open - 1;
  if (!is_punct(d, k, ':')) return no_speaker();
  for (size_t j = k; j-- > sent_start(d, k);)
    if (counts_as_actor(d, j)) return mention_speaker(d, j);
  return no_speaker();
}

/* `Then came the twist: “…”`: a colon after words of the writer
** that name no one and hold no speech verb introduces more of the speech
** going on. */
static int bare_colon_intro(const nw_doc *d, size_t open) {
  if (open == 0 || !is_punct(d, open - 1, ':') || !same_sent(d, open - 1, open)) return 0;
  for (size_t k = sent_start(d, open - 1); k + 1 < open; k++)
    if (counts_as_actor(d, k) || pronoun(d, k) || verb_at(d, k) || is_mark(d, k) || (d->tok_info[k] & NW_TI_ROLE))
      return 0;
  return 1;
}

/* `Walter “Wally” Brenneman`: one or two capitalized words quoted between
** a known given name and a capitalized word are a nickname, not speech. */
static int nickname(const nw_doc *d, const qspan *q, size_t words) {
  if (q->close == NO_CLOSE || words > 2 || q->open == 0 || q->close + 1 >= ntok(d) || !same_sent(d, q->open - 1, q->close + 1))
    return 0;
  size_t g = q->open - 1;
  if (!is_word(d, g) || nw_map_get(&nw_lex()->given, nw_tok_text(&d->t, g), nw_tok_len(&d->t, g), -1) < 0) return 0;
  for (size_t k = q->a; k < q->b; k++)
    if (!is_word(d, k) || !(d->t.tok[k].flags & NW_TF_CAP)) return 0;
  return is_word(d, q->close + 1) && (d->t.tok[q->close + 1].flags & NW_TF_CAP);
}

static void direct_quotes(context *c, const spans *ss) {
  nw_doc *d = c->d;
  /* set once a quote in single marks is attributed: the text quotes in
  ** single marks (British style), so its single-marked follow-ons speak
  ** too; elsewhere single marks alone are titles, terms or headlines */
  int single_style = 0;
  for (size_t n = 0; n < ss->n; n++) {
    const qspan *q = &ss->s[n];
    attribution at = no_attribution();
    if (q->close != NO_CLOSE) at = after_quote(d, q->close);
    attribution before = before_quote(c, q->open);
    /* `X said, “…,” ANI reported`: the person introduced before speaks, the
    ** medium after only reports it */
    if (!at.sp.kind || (before.sp.kind && at.sp.kind == SP_ACTOR && d->actor[at.sp.actor].kind == NW_KIND_MEDIA))
      if (before.sp.kind || (!attributed(&at) && attributed(&before))) at = before;
    /* `X said “… .” When asked, he replied …`: a verb right before the
    ** quote attributes it rather than one in the next sentence */
    /* ... and rather than a participle after it (`called the deal “a win,”
    ** adding that`) */
    if (at.verb >= 0 && before.sp.kind && before.verb >= 0 &&
        (!same_sent(d, q->close, (size_t)at.verb) || verb_tense(d, (size_t)at.verb) == NW_TENSE_PARTICIPLE))
      at = before;
    int participle_after = at.verb > (long)q->open && verb_tense(d, (size_t)at.verb) == NW_TENSE_PARTICIPLE;
    if (!at.sp.kind || participle_after) {
      attribution earlier = verb_earlier(c, q->open);
      if (attributed(&earlier) && (!participle_after || earlier.sp.kind)) at = earlier;
    }
    size_t words = words_in(d, q->a, q->b, SCARE_QUOTE_WORDS + 1);
    if (nickname(d, q, words)) continue; /* `Walter “Wally” Brenneman` */
    int alone = standalone(d, q);
    if (!alone && looks_like_title(d, q)) continue; /* `called “Tomorrow Belongs To The Brave”` */
    if (!alone && work_before(d, q->open)) continue; /* `the Marvel film “Shang-Chi,”` */
    if (!alone && words <= SCARE_QUOTE_WORDS && modifies_noun(d, q)) continue; /* `“free” sugars` */
    /* `a “new era”`, `the “hostile” reaction`: a term, unless a naming verb
    ** labels something with it (`called the minister a “chicken”`) */
    if (!alone && words <= SCARE_QUOTE_WORDS && q->open > 0 && word_in(d, q->open - 1, &articles) &&
        !(at.verb >= 0 && verb_at(d, (size_t)at.verb) == NW_VERB_NAME))
      continue;
    if (!attributed(&at)) {
      if (!alone && words <= SCARE_QUOTE_WORDS) continue;   /* scare quote or term */
      if (looks_like_title(d, q) || (q->single && !(single_style && alone))) continue;
      at.sp = colon_line_before(d, q->open);
      if (!at.sp.kind && alone && q->close != NO_CLOSE) at.sp = named_in_next_sentence(d, q->close);
    } else if (q->single) {
      single_style = 1;
    }
    /* `“It could be the dad,” I said.`: the writer's own words in a first-person
    ** piece; the writer is no source the story quotes */
    if (at.sp.kind == SP_PRONOUN && at.sp.pron == PRON_FIRST && word_is(d, at.sp.tok, "i")) continue;
    size_t start = d->t.tok[q->a].start, end = d->t.tok[q->b - 1].end;
    if (emit(c, NW_QUOTE_DIRECT, start, end, at.sp, at.verb, at.verb_end)) return;
    nw_quote *last = &c->out->q[c->out->n - 1];
    last->sent = sent_of(d, q->open);
    last->follow_on = !at.sp.kind && ((!attributed(&at) && alone) || (at.verb < 0 && bare_colon_intro(d, q->open)));
  }
}

/* The sentence before s that pronouns go back to: the nearest with a
** subject, within the look back; or -1. */
static long subject_sentence_before(const context *c, uint32_t s) {
  const nw_doc *d = c->d;
  uint32_t para = d->t.sent[s].paragraph;
  for (uint32_t s0 = s; s-- > 0 && s0 - s <= LOOK_BACK_SENTENCES;) {
    if (para - d->t.sent[s].paragraph > CONTEXT_PARAGRAPHS) break;
    if (c->subject[s] != -1) return (long)s;
  }
  return -1;
}

/* `One of the victims said she lost $90,000. / “I can't sleep,” she
** said.`: he or she after a sentence about someone the text does not
** name (resolve_pronoun finds no one) is the one its unresolved speaker
** phrase describes.  The quotes are in text order. */
static void unnamed_pronoun_speakers(context *c) {
  nw_doc *d = c->d;
  for (size_t i = 0; i < c->out->n; i++) {
    nw_quote *q = &c->out->q[i];
    if (q->speaker || q->sp_end <= q->sp_start) continue;
    size_t a = nw_tok_at_byte(&d->t, q->sp_start);
    int pron = a < ntok(d) && d->t.tok[a].end == q->sp_end ? pronoun(d, a) : 0;
    if (pron != PRON_HE && pron != PRON_SHE) continue;
    long s = subject_sentence_before(c, q->sent);
    int32_t who = s >= 0 ? c->subject[s] : -1;
    if (!(who == SUBJECT_UNNAMED || (who == SUBJECT_UNNAMED_HE && pron == PRON_HE) ||
          (who == SUBJECT_UNNAMED_SHE && pron == PRON_SHE)))
      continue;
    for (size_t j = i; j-- > 0;) {
      const nw_quote *p = &c->out->q[j];
      if (p->sent < (uint32_t)s) break;
      if (p->sent == (uint32_t)s && p->actor < 0 && p->speaker) {
        q->speaker = p->speaker;
        break;
      }
    }
  }
}

/* One paragraph stands between quotes p and q, and it names no person
** and holds no quote. */
static int writers_paragraph_between(const context *c, const nw_quote *p, const nw_quote *q) {
  const nw_doc *d = c->d;
  uint32_t pp = d->t.sent[p->sent].paragraph, qp = d->t.sent[q->sent].paragraph;
  if (qp - pp != 2 || p->actor < 0 || d->actor[p->actor].kind != NW_KIND_PERSON) return 0;
  for (uint32_t s = p->sent; s < q->sent; s++) {
    if (d->t.sent[s].paragraph != pp + 1) continue;
    for (size_t k = d->t.sent[s].tok; k < d->t.sent[s].tok + d->t.sent[s].ntok; k++)
      if (c->in_quote[k] || (counts_as_actor(d, k) && d->actor[d->men[d->tok_men[k]].actor].kind == NW_KIND_PERSON) ||
          pronoun(d, k) != PRON_NONE)
        return 0;
  }
  return 1;
}

/* A quote with no attribution of its own goes on with the person the
** sentence before it was about (`Okafor needed no persuading. “I’m
** thankful ...”`), else with the last speaker of this or the previous
** paragraph (`“A,” he said. “B.”`, `Pike says the queue keeps growing. /
** “The clinic ...”`).  The quotes are in text order. */
static void resolve_follow_ons(context *c) {
  nw_doc *d = c->d;
  long spoken = -1; /* the last quote before i with a speaker */
  for (size_t i = 0; i < c->out->n; i++) {
    if (i > 0 && c->out->q[i - 1].speaker) spoken = (long)i - 1;
    nw_quote *q = &c->out->q[i];
    if (!q->follow_on) continue;
    uint32_t s = q->sent;
    int a = -1;
    if (s > 0 && d->t.sent[s].paragraph - d->t.sent[s - 1].paragraph <= 1) a = c->subject[s - 1];
    const nw_quote *prev = NULL;
    if (spoken >= 0 && d->t.sent[q->sent].paragraph - d->t.sent[c->out->q[spoken].sent].paragraph <= 1)
      prev = &c->out->q[spoken];
    /* `“A,” Ruiz said. / The writer's paragraph, naming no one. / “B.”`:
    ** the speaker goes on over one paragraph of the writer's own */
    else if (spoken >= 0 && a < 0 && writers_paragraph_between(c, &c->out->q[spoken], q))
      prev = &c->out->q[spoken];
    /* a quote that opens its own paragraph after one with a quote goes on
    ** with that speaker, whoever the last sentence was about (`“A,” said
    ** Hadwin. Silverman also won. / “B.”`) */
    int opens_paragraph = s > 0 && d->t.sent[s].paragraph != d->t.sent[s - 1].paragraph;
    if (prev && prev->actor >= 0 && (a < 0 || (opens_paragraph && d->actor[prev->actor].kind == NW_KIND_PERSON)))
      a = prev->actor;
    if (a >= 0) {
      q->actor = a;
      q->speaker = keep_string(c->out, d->actor[a].name);
    } else if (prev && prev->speaker) {
      q->speaker = prev->speaker;
    }
  }
}

/* `A spokeswoman for the premier said ... / “...,” said Ana Ruiz.`: an
** indefinite role phrase that speaks (`the deputy leader` is someone known
** already), unresolved, is the person whose name the next quote
** gives, when that person is named there for the first time (within the
** next paragraph, the next few quotes) with no other role of their own and
** a gender that fits the role's.  The quotes are in text order. */
#define ROLE_NAME_QUOTES 4
static void name_roles(context *c) {
  nw_doc *d = c->d;
  nw_quotes *out = c->out;
  for (size_t i = 0; i < out->n; i++) {
    nw_quote *q = &out->q[i];
    if (q->actor >= 0 || !q->speaker || q->sp_end <= q->sp_start) continue;
    size_t a = nw_tok_at_byte(&d->t, q->sp_start);
    if (!(word_is(d, a, "a") || word_is(d, a, "an") || word_is(d, a, "one"))) continue; /* (most: the end not looked up) */
    size_t h = nw_tok_at_byte(&d->t, q->sp_end) - 1;
    if (h >= ntok(d) || h < a || !(d->tok_info[h] & NW_TI_ROLE)) continue;
    int tv = nw_doc_phrase_value(d, h);
    if (tv < 0 || nw_lex()->title[tv].cls != NW_TITLE_ROLE) continue;
    int gender = nw_lex()->title[tv].gender;
    for (size_t j = i + 1; j < out->n && j - i <= ROLE_NAME_QUOTES; j++) {
      const nw_quote *n = &out->q[j];
      if (d->t.sent[n->sent].paragraph - d->t.sent[q->sent].paragraph > 1) break;
      if (n->actor < 0 || n->follow_on) continue;
      const nw_doc_actor *who = &d->actor[n->actor];
      /* `said John Smith, who lives nearby`: a name with an aside of its own
      ** is someone new, a witness rather than the official */
      size_t after = n->sp_end > n->sp_start ? nw_tok_at_byte(&d->t, n->sp_end) : ntok(d);
      if (after < ntok(d) && is_punct(d, after, ',')) break;
      /* `Amateur astronomer Ruth Okafor said`: a description of their own
      ** before the name makes it someone else too */
      size_t first = nw_tok_at_byte(&d->t, n->sp_start);
      if (first > 0 && first < ntok(d) && d->t.sent[n->sent].tok < first && is_word(d, first - 1) &&
          !verb_at(d, first - 1))
        break;
      if (who->kind == NW_KIND_PERSON && who->first > q->end && !who->role && (!gender || !who->gender || gender == who->gender)) {
        q->speaker = keep_string(out, who->name);
        q->actor = n->actor;
      }
      break;
    }
  }
}

/* ------------------------------------------------------------ pull quotes */

/* A line that is only a name and a title: `Daniel Kritenbrink Assistant
** Secretary of State for ...`, `Joint statement of Russia and China`. */
static inline int speaker_line(const nw_doc *d, uint32_t s, speaker *sp) {
  const nw_sent *se = &d->t.sent[s];
  if (se->ntok == 0 || se->ntok > 18) return 0;
  size_t a = se->tok, b = se->tok + se->ntok;
  if (is_punct(d, b - 1, '.') || is_punct(d, b - 1, ':')) return 0;
  for (size_t i = a; i < b; i++)
    if (is_mark(d, i) || (verb_at(d, i) && verb_at(d, i) != NW_VERB_NOUN)) return 0;
  if (counts_as_actor(d, a) && d->actor[d->men[d->tok_men[a]].actor].kind == NW_KIND_PERSON) {
    size_t e = a + d->men[d->tok_men[a]].ntok;
    if (e < b && !(d->tok_info[e] & (NW_TI_TITLE | NW_TI_ROLE))) return 0;
    *sp = mention_speaker(d, a);
    return 1;
  }
  if (b - a >= 3 && (verb_at(d, a) == NW_VERB_NOUN || (a + 1 < b && verb_at(d, a + 1) == NW_VERB_NOUN))) {
    size_t e = phrase_end(d, verb_at(d, a) == NW_VERB_NOUN ? a : a + 1);
    *sp = (speaker){SP_PHRASE, a, e, -1, 0, 0};
    return 1;
  }
  return 0;
}

/* Are most letters of tokens [a, b) outside the Latin script (a headline
** in Cyrillic in an English text)? */
static int foreign_script(const nw_doc *d, size_t a, size_t b) {
  size_t latin = 0, other = 0;
  for (size_t i = a; i < b; i++) {
    if (!is_word(d, i)) continue;
    if (d->t.tok[i].cp < 0x250) latin++;
    else other++;
  }
  return other > latin;
}

static void pull_quotes(context *c) {
  nw_doc *d = c->d;
  size_t nsent = d->t.nsent;
  for (uint32_t s = 0; s + 1 < nsent; s++) {
    uint32_t para = d->t.sent[s].paragraph;
    if (d->t.sent[s + 1].paragraph != para + 1) continue;
    if (s + 2 < nsent && d->t.sent[s + 2].paragraph == para + 1) continue; /* the line must stand alone */
    speaker sp;
    if (!speaker_line(d, s + 1, &sp)) continue;
    uint32_t first = s;
    while (first > 0 && d->t.sent[first - 1].paragraph == para) first--;
    size_t a = d->t.sent[first].tok, b = d->t.sent[s].tok + d->t.sent[s].ntok;
    int foreign = foreign_script(d, a, b);
    if (foreign && first > 0 && d->t.sent[first - 1].paragraph + 1 == para) {
      /* a link in another script between the quote and its name line */
      uint32_t last = first - 1;
      first = last;
      while (first > 0 && d->t.sent[first - 1].paragraph == para - 1) first--;
      a = d->t.sent[first].tok;
      b = d->t.sent[last].tok + d->t.sent[last].ntok;
      foreign = foreign_script(d, a, b);
    }
    if (words_in(d, a, b, 6) < 6 || foreign) continue;
    speaker own;
    if (b == d->t.sent[first].tok + d->t.sent[first].ntok && speaker_line(d, first, &own)) continue; /* a speaker line itself */
    int has_speech = 0;
    for (size_t i = a; i < b && !has_speech; i++) {
      if (is_mark(d, i)) has_speech = 1;
      else if (speaks(verb_at(d, i))) {
        int kind = subject_before_cached(c, i).kind;
        has_speech = kind == SP_ACTOR || kind == SP_PRONOUN;
      }
    }
    if (has_speech) continue;
    if (is_punct(d, b - 1, '.')) b--;
    if (emit(c, NW_QUOTE_DIRECT, d->t.tok[a].start, d->t.tok[b - 1].end, sp, -1, 0)) return;
    c->out->q[c->out->n - 1].sent = first;
  }
}

/* `I never thought I would walk again. Lena Brandt`: a pull quote set
** in the paragraph itself, its last sentence only the name of someone the
** story quotes or names elsewhere.  The words speak to or for someone (I,
** we, you), as a quote does and a photo caption does not; they stand in
** no marks, so the row is reported speech, as news annotators mark it. */
#define NAME_LINE_TOKENS 4
#define NAMED_QUOTE_MIN_WORDS 6
static void name_closing_quotes(context *c) {
  NW_WORDS(persons, "i", "i'm", "i’m", "we", "we're", "we’re", "me", "my", "us", "our", "you", "you're", "you’re",
           "your");
  nw_doc *d = c->d;
  size_t nsent = d->t.nsent;
  for (uint32_t s = 1; s < nsent; s++) {
    const nw_sent *se = &d->t.sent[s];
    uint32_t para = se->paragraph;
    if (se->ntok == 0 || se->ntok > NAME_LINE_TOKENS || d->t.sent[s - 1].paragraph != para) continue;
    if (s + 1 < nsent && d->t.sent[s + 1].paragraph == para) continue; /* the paragraph's last sentence */
    size_t n = se->tok;
    if (!person_at(d, n)) continue;
    const nw_mention *m = &d->men[d->tok_men[n]];
    if (m->tok != n || m->tok + m->ntok != n + se->ntok || d->actor[m->actor].mentions < 2) continue;
    uint32_t first = s - 1;
    while (first > 0 && d->t.sent[first - 1].paragraph == para) first--;
    size_t a = d->t.sent[first].tok, b = n;
    if (words_in(d, a, b, NAMED_QUOTE_MIN_WORDS) < NAMED_QUOTE_MIN_WORDS) continue;
    int person = 0, speech = 0;
    for (size_t i = a; i < b && !speech; i++) {
      if (is_mark(d, i) || counts_as_actor(d, i)) speech = 1; /* quoted, or a caption naming people */
      else if (!person && is_word(d, i) && nw_tok_len(&d->t, i) <= 6 && word_in(d, i, &persons)) person = 1;
    }
    if (speech || !person) continue;
    if (is_punct(d, b - 1, '.')) b--;
    if (emit(c, NW_QUOTE_INDIRECT, d->t.tok[a].start, d->t.tok[b - 1].end, mention_speaker(d, n), -1, 0)) return;
    c->out->q[c->out->n - 1].sent = first;
  }
}

/* `Rahman: The evidence has been building for years.`: an interview set
** down as a transcript, each paragraph opened by the speaker's name and a
** colon, with no marks of its own, is the speaker's words. */
#define TRANSCRIPT_MIN_WORDS 3
/* `ANA RUIZ:`, `RUIZ:` opening a transcript's paragraph (the style of
** radio interviews): the person of the text whose full name or surname
** the words in capitals spell, or -1.  *colon gets the colon's token. */
#define CAPS_NAME_WORDS 3
static int caps_name_speaker(const nw_doc *d, size_t a, size_t *colon) {
  size_t k = a;
  while (k < ntok(d) && k - a < CAPS_NAME_WORDS && is_word(d, k) && (d->t.tok[k].flags & NW_TF_ALLCAPS)) k++;
  if (k == a || !is_punct(d, k, ':')) return -1;
  *colon = k;
  size_t from = d->t.tok[a].start;
  name_query q = {d->t.s + from, d->t.tok[k - 1].end - from, k == a + 1, 1}; /* a surname alone: `RUIZ:` */
  return only_person(d, named_as, &q);
}

/* The last sentence of sentence s's paragraph. */
static uint32_t paragraph_end(const nw_doc *d, uint32_t s) {
  while (s + 1 < d->t.nsent && d->t.sent[s + 1].paragraph == d->t.sent[s].paragraph) s++;
  return s;
}

static void transcript_lines(context *c) {
  nw_doc *d = c->d;
  size_t nsent = d->t.nsent;
  for (uint32_t s = 0; s < nsent; s++) {
    const nw_sent *se = &d->t.sent[s];
    size_t a = se->tok;
    if (se->ntok == 0 || !(d->t.tok[a].flags & NW_TF_PARA_START)) continue;
    size_t colon = 0;
    int caps = -1;
    if (person_at(d, a)) {
      const nw_mention *m = &d->men[d->tok_men[a]];
      colon = m->tok + m->ntok;
      if (m->tok != a) continue;
    } else if (!(d->t.tok[a].flags & NW_TF_ALLCAPS) || (caps = caps_name_speaker(d, a, &colon)) < 0) {
      continue;
    }
    if (colon >= a + se->ntok || !is_punct(d, colon, ':')) continue;
    uint32_t last = paragraph_end(d, s);
    size_t b = d->t.sent[last].tok + d->t.sent[last].ntok;
    int marks = 0;
    for (size_t k = colon + 1; k < b && !marks; k++) marks = c->in_quote[k]; /* (not `three months’ rent`) */
    if (marks || words_in(d, colon + 1, b, TRANSCRIPT_MIN_WORDS) < TRANSCRIPT_MIN_WORDS) continue;
    speaker sp = caps < 0 ? mention_speaker(d, a) : (speaker){SP_ACTOR, a, colon, caps, 0, 0};
    if (emit(c, NW_QUOTE_DIRECT, d->t.tok[colon + 1].start, d->t.tok[b - 1].end, sp, -1, 0)) return;
    c->out->q[c->out->n - 1].sent = s;
    s = last;
  }
}

/* `Q: How bad could the season be?` / `A: It is hard to say.`: an
** interview set down as questions and answers.  Each answer's paragraph is
** the words of the one person interviewed: the one person the text names
** before its first question (the introduction), or no one it can tell. */
#define QA_MIN_ANSWERS 2
/* `Q:` / `A:`, or `Q.` / `A.`, opening a paragraph: 'Q', 'A', or 0. */
static inline int qa_label(const nw_doc *d, size_t a) {
  if (!(a + 1 < ntok(d) && (is_punct(d, a + 1, ':') || is_punct(d, a + 1, '.')) &&
        (d->t.tok[a].flags & NW_TF_PARA_START))) /* (the mark first: most fail there) */
    return 0;
  return nw_tok_is(&d->t, a, "Q") ? 'Q' : nw_tok_is(&d->t, a, "A") ? 'A' : 0;
}

static speaker interviewee(const nw_doc *d, size_t first_q) {
  long who = -1;
  for (size_t m = 0; m < d->nmen && d->men[m].tok < first_q; m++) {
    const nw_mention *mn = &d->men[m];
    if (mn->how == NW_MEN_PLACE || d->actor[mn->actor].kind != NW_KIND_PERSON) continue;
    if (who >= 0 && d->men[who].actor != mn->actor) return no_speaker(); /* two people: whose answers? */
    if (who < 0) who = (long)m;
  }
  return who >= 0 ? mention_speaker(d, d->men[who].tok) : no_speaker();
}

/* An interview's questions set down without labels: paragraphs that end
** in `?`, each followed by the answer's paragraphs.  Only in a text that
** says it is an interview (`This interview has been edited and
** condensed.`): an explainer's questions (`What happens next?`) are
** headings for the writer's own words. */
#define QA_MIN_QUESTIONS 2
static int says_interview(const nw_doc *d) {
  static const char *notes[] = {"edited and condensed", "condensed and edited", "edited for length",
                                "edited for clarity", "edited for brevity"};
  for (size_t k = 0; k < sizeof notes / sizeof *notes; k++)
    if (memmem(d->t.s, d->t.n, notes[k], strlen(notes[k]))) return 1;
  return 0;
}

/* Whether the paragraph of sentence s, ending at sentence last, is a
** question (it ends in `?`, in at most 60 words). */
static int question_paragraph(const nw_doc *d, uint32_t s, uint32_t last) {
  const nw_sent *l = &d->t.sent[last];
  if (l->ntok == 0) return 0;
  size_t e = l->tok + l->ntok - 1;
  while (e > l->tok && is_mark(d, e)) e--;
  return is_punct(d, e, '?') && words_in(d, d->t.sent[s].tok, l->tok + l->ntok, 61) <= 60;
}

static void unlabelled_answers(context *c) {
  nw_doc *d = c->d;
  if (!memchr(d->t.s, '?', d->t.n)) return; /* (most texts ask nothing) */
  size_t nsent = d->t.nsent, questions = 0, first_q = 0;
  int after_question = 0;
  for (uint32_t s = 0; s < nsent; s = paragraph_end(d, s) + 1) {
    if (d->t.sent[s].ntok == 0) continue;
    int q = question_paragraph(d, s, paragraph_end(d, s));
    if (q && !questions) first_q = d->t.sent[s].tok;
    if (!q && after_question) questions++; /* a question answered */
    after_question = q;
  }
  if (questions < QA_MIN_QUESTIONS || first_q == 0 || !says_interview(d)) return;
  speaker sp = interviewee(d, first_q);
  if (sp.kind != SP_ACTOR) return; /* no one to give the answers to */
  int answering = 0;
  for (uint32_t s = 0; s < nsent; s++) {
    uint32_t last = paragraph_end(d, s);
    size_t a = d->t.sent[s].tok, b = d->t.sent[last].tok + d->t.sent[last].ntok;
    if (d->t.sent[s].ntok == 0 || a < first_q) {
      s = last;
      continue;
    }
    if (question_paragraph(d, s, last)) {
      answering = 1;
      s = last;
      continue;
    }
    int marks = 0;
    for (size_t k = a; k < b && !marks; k++) marks = c->in_quote[k];
    size_t from = d->t.tok[a].start, to = d->t.tok[b - 1].end;
    int note = memmem(d->t.s + from, to - from, "edited", 6) && memmem(d->t.s + from, to - from, "interview", 9);
    if (answering && !marks && !note && words_in(d, a, b, TRANSCRIPT_MIN_WORDS) >= TRANSCRIPT_MIN_WORDS) {
      if (emit(c, NW_QUOTE_DIRECT, from, to, sp, -1, 0)) return;
      c->out->q[c->out->n - 1].sent = s;
    }
    s = last;
  }
}

static void question_answers(context *c) {
  nw_doc *d = c->d;
  size_t nsent = d->t.nsent, first_q = 0, answers = 0;
  int questions = 0;
  for (uint32_t s = 0; s < nsent; s++) {
    size_t a = d->t.sent[s].tok;
    if (d->t.sent[s].ntok == 0) continue;
    int label = qa_label(d, a);
    if (!questions && label == 'Q') questions = 1, first_q = a;
    answers += label == 'A';
  }
  if (!questions) {
    unlabelled_answers(c);
    return;
  }
  if (answers < QA_MIN_ANSWERS) return;
  speaker sp = interviewee(d, first_q);
  for (uint32_t s = 0; s < nsent; s++) {
    size_t a = d->t.sent[s].tok;
    if (d->t.sent[s].ntok == 0 || a < first_q || qa_label(d, a) != 'A') continue;
    uint32_t last = paragraph_end(d, s);
    size_t b = d->t.sent[last].tok + d->t.sent[last].ntok;
    int marks = 0;
    for (size_t k = a + 2; k < b && !marks; k++) marks = c->in_quote[k]; /* (quoted already) */
    if (!marks && words_in(d, a + 2, b, TRANSCRIPT_MIN_WORDS) >= TRANSCRIPT_MIN_WORDS) {
      if (emit(c, NW_QUOTE_DIRECT, d->t.tok[a + 2].start, d->t.tok[b - 1].end, sp, -1, 0)) return;
      c->out->q[c->out->n - 1].sent = s;
    }
    s = last;
  }
}

/* `Roads are closed in Bayview. Stay home if you can. pic.twitter.com/x1
** — Bayview Police (@BayviewPD) March 3, 2021`: a post embedded in the
** story, the paragraph ending in a dash, the account's name, its handle
** in parentheses and a date.  The words before the dash (up to a link)
** are the account's; they stand in no marks, so the row is reported
** speech, as news annotators mark such posts. */
#define POST_TAIL_TOKENS 16
#define POST_NAME_WORDS 4
static int link_at(const char *s, size_t n) {
  return (n >= 7 && !memcmp(s, "http://", 7)) || (n >= 8 && !memcmp(s, "https://", 8)) ||
         (n >= 15 && !memcmp(s, "pic.twitter.com", 15));
}

static void embedded_posts(context *c) {
  nw_doc *d = c->d;
  size_t nsent = d->t.nsent;
  for (uint32_t s = 0; s < nsent; s++) {
    uint32_t para = d->t.sent[s].paragraph;
    if (s + 1 < nsent && d->t.sent[s + 1].paragraph == para) continue; /* the paragraph's last sentence */
    size_t e = d->t.sent[s].tok + d->t.sent[s].ntok;
    if (e == 0 || d->t.tok[e - 1].type != NW_TOK_NUM) continue; /* it ends with a date's year */
    size_t paren = e - 1, stop = e > POST_TAIL_TOKENS ? e - POST_TAIL_TOKENS : 0;
    while (paren > stop && !is_punct(d, paren, '(')) paren--;
    if (!is_punct(d, paren, '(') || paren + 1 >= e) continue;
    const char *h = nw_tok_text(&d->t, paren + 1);
    if (h[0] != '@') continue; /* a handle */
    size_t dash = paren;
    while (dash > 0 && paren - dash <= POST_NAME_WORDS && is_word(d, dash - 1) && (d->t.tok[dash - 1].flags & NW_TF_CAP))
      dash--;
    if (dash == paren || dash == 0 || !is_dash(d, dash - 1)) continue;
    size_t name = dash;
    dash--;
    uint32_t first = s;
    while (first > 0 && d->t.sent[first - 1].paragraph == para) first--;
    size_t a = d->t.sent[first].tok;
    if (a >= dash) continue;
    /* the words end where a link starts */
    uint32_t from = d->t.tok[a].start, to = d->t.tok[dash].start;
    const char *text = d->t.s;
    for (uint32_t b = from; b + 7 < to; b++)
      if ((text[b] == 'h' || text[b] == 'p') && link_at(text + b, to - b)) {
        to = b;
        break;
      }
    size_t b = nw_tok_at_byte(&d->t, to);
    while (b > a && !is_word(d, b - 1) && d->t.tok[b - 1].type != NW_TOK_NUM && !is_mark(d, b - 1)) b--;
    if (b <= a || words_in(d, a, b, 4) < 4) continue;
    uint32_t end = d->t.tok[b - 1].end < to ? d->t.tok[b - 1].end : to; /* `#Stormpic.twitter.com` */
    speaker sp = counts_as_actor(d, name) ? mention_speaker(d, name) : phrase_ending_at(d, paren - 1);
    if (!sp.kind) continue;
    if (emit(c, NW_QUOTE_INDIRECT, d->t.tok[a].start, end, sp, -1, 0)) return;
    c->out->q[c->out->n - 1].sent = first;
  }
}

/* ------------------------------------------------------------ reported speech */

/* `said having him back was a boost`, `said losing the vote hurt`: a
** gerund opens the clause as its subject (not `during`, `including`). */
static int gerund_subject(const nw_doc *d, size_t a) {
  NW_WORDS(not_gerunds, "during", "including", "according", "regarding", "following", "concerning",
           "nothing", "something", "anything", "everything", "morning", "evening", "spring", "thing",
           "things", "pending", "notwithstanding", "excluding", "considering", "beginning", "starting");
  /* (the -ing first: most words have none) */
  if (!nw_doc_ing_word(d, a, 6) || !(d->t.tok[a].flags & NW_TF_LOWER) || word_in(d, a, &not_gerunds)) return 0;
  int cls = verb_at(d, a);
  return !(cls && cls != NW_VERB_NOUN);
}

/* An amount starts at k: a number, `$`, or a number word. */
static int amount_at(const nw_doc *d, size_t k) {
  NW_WORDS(numbers, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another", "more",
           "several", "dozens", "hundreds", "thousands", "millions");
  return k < ntok(d) && (d->t.tok[k].type == NW_TOK_NUM || is_punct(d, k, '$') || word_in(d, k, &numbers));
}

NW_WORDS(object_determiners, "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
         "those");
static int has_finite_verb(const nw_doc *d, size_t a, size_t b);
static int participle_aside_before_verb(const nw_doc *d, size_t k, size_t end);

/* How many finite verbs stand from token k to the sentence's end (counted
** up to max): words with a finite form, not right after an auxiliary
** (`were buried`, `had been` are one). */
static int finite_verbs_from(const nw_doc *d, size_t k, int max) {
  int n = 0;
  for (size_t e = sent_end(d, k), start = k; k < e && n < max; k++)
    n += has_finite_form(d, k) && !(k > start && word_in(d, k - 1, &auxiliaries));
  return n;
}

/* Words that cannot start a reported clause (`said in a statement`, `said
** so`, `told to leave`). */
static int clause_can_start(const nw_doc *d, size_t i) {
  NW_WORDS(no, "in", "on", "at", "to", "for", "with", "by", "from", "of", "about",
                                   "after", "before", "during", "as", "so", "yes", "no", "nothing",
                                   "something", "and", "or", "but", "goodbye", "hello", "sorry", "thanks",
                                   "until", "while", "over", "under", "through", "into", "against", "via",
                                   "amid", "without", "is", "was", "would", "will", "be", "outside", "inside",
                                   "behind", "across", "toward", "towards", "who", "whom", "which",
                                   /* `wrote herself cheques`: an object, never a clause's subject */
                                   "himself", "herself", "themselves", "itself", "myself", "ourselves",
                                   "yourself", "yourselves", "him", "them");
  if (i >= ntok(d)) return 0;
  /* `told police where she was`: a question's place, no words reported;
  ** unless the question is a subject, its clause's verb after its own
  ** (`said how the team plays matters more`) */
  NW_WORDS(questions, "where", "why", "how");
  if (word_in(d, i, &questions)) return finite_verbs_from(d, i + 1, 2) >= 2;
  if (is_mark(d, i) || (d->t.tok[i].flags & NW_TF_POSS)) return 0; /* `’s editorial board`: the end of a name */
  if (!is_word(d, i) && d->t.tok[i].type != NW_TOK_NUM) return 0;
  if (gerund_subject(d, i)) return 1;
  /* `said no injuries were reported`, `said nothing has changed` (not `said
  ** no.`, `said no to`, `said nothing about`): a subject, which
  ** has_finite_verb() then checks */
  NW_WORDS(nobody, "no", "nothing", "something", "everything");
  if (word_in(d, i, &nobody) && i + 1 < ntok(d) && same_sent(d, i, i + 1) && is_word(d, i + 1) &&
      !word_in(d, i + 1, &no) && (word_is(d, i, "no") || has_finite_form(d, i + 1)))
    return 1;
  /* `said about 40 homes were flooded`, `said over $2 million was spent`:
  ** a preposition before an amount says roughly how many */
  NW_WORDS(roughly, "about", "over", "under");
  if (word_in(d, i, &roughly) && amount_at(d, i + 1)) return 1;
  /* `said affected employees would`, `said injured workers were`: an -ed
  ** word before a lowercase noun that has its verb describes the subject */
  if (looks_past(d, i) && !verb_at(d, i) && i + 2 < ntok(d) && same_sent(d, i, i + 2) && is_word(d, i + 1) &&
      (d->t.tok[i + 1].flags & NW_TF_LOWER) && !word_in(d, i + 1, &no) && !word_in(d, i + 1, &object_determiners) &&
      !pronoun(d, i + 1) && !has_finite_form(d, i + 1) && verb_start_covering(d, i + 1) < 0 &&
      has_finite_verb(d, i + 1, i + 3))
    return 1; /* (the verb right after the noun: not `printed notices not to sail`) */
  if (word_in(d, i, &no) || verb_at(d, i) || has_finite_form(d, i)) return 0;
  /* `said a word`, `say a prayer`, `said a few words`: the object said */
  NW_WORDS(said_things, "word", "words", "prayer", "thing", "few");
  if ((word_is(d, i, "a") || word_is(d, i, "an")) && word_in(d, i + 1, &said_things)) return 0;
  return 1;
}

/* Where a clause from c ends: the sentence's end, or where another
** attribution starts (`, adding`, `, he said`, `, according to`, a dash,
** a semicolon).  Returns the end token (exclusive). */
/* A dash that only sets off an aside or adds to the clause (`strain — and
** his temper`, `not – as some claim – out of`) does not end it. */
static int dash_ends_clause(const nw_doc *d, size_t k, size_t end) {
  /* `hired — with the exception of one office`, `— including two firms`:
  ** a qualifier of the clause's own words */
  NW_WORDS(goes_on, "and", "or", "but", "with", "including", "except", "excluding", "especially", "mostly");
  if (word_in(d, k + 1, &goes_on)) return 0;
  for (size_t j = k + 1; j < end; j++)
    if (is_dash(d, j)) {
      /* `— a “skeleton,” she calls it —`: an aside that attributes words of
      ** its own ends the clause before it */
      for (size_t v = k + 1; v < j; v++) {
        int cls = verb_at(d, v);
        if (cls && (speaks(cls) || cls == NW_VERB_NAME)) return 1;
      }
      return 0;
    }
  return 1;
}

/* `, he said.` `, Reyes says.` `, said the group.`: an attribution that ends
** the sentence (or goes on with a comma). */
static int trailing_attribution(const nw_doc *d, size_t n, size_t end) {
  for (size_t v = n; v < end && v - n < 7; v++) {
    int vc = verb_at(d, v);
    if (!vc) {
      if (d->t.tok[v].type == NW_TOK_PUNCT && !(d->t.tok[v].flags & NW_TF_POSS)) return 0;
      continue;
    }
    if (!(speaks(vc) || vc == NW_VERB_THINK || vc == NW_VERB_ACCORDING)) return 0;
    size_t after = phrase_end(d, v);
    if (v == n) { /* `, said X` */
      speaker sp = speaker_after(d, after);
      if (!sp.kind) return 0;
      after = sp.end;
    } else {
      speaker sp = subject_before(d, v);
      if (!sp.kind || sp.tok < n) return 0;
    }
    while (after < end && (is_filler(d, after) || is_time_word(d, after) || is_time_lead(d, after))) after++;
    return after >= end || is_punct(d, after, ',') || is_punct(d, after, '.');
  }
  return 0;
}

/* A subject of a few words from n, then a speech verb in the present or
** past (`Reyes says`, `the union's president said`). */
static int another_speaker(const nw_doc *d, size_t n, size_t end) {
  for (size_t v = n + 1; v < end && v - n < 5; v++) {
    if (!is_word(d, v - 1)) return 0;
    int cls = verb_at(d, v);
    if (!cls) continue;
    if (!speaks(cls) || verb_tense(d, v) == NW_TENSE_PARTICIPLE) return 0;
    /* a plain form speaks after a plural subject (`but critics say`), not
    ** after `to` or an auxiliary (`but wants to say`, `would say`) */
    if (verb_tense(d, v) == NW_TENSE_BASE && (word_is(d, v - 1, "to") || is_filler(d, v - 1))) return 0;
    speaker sp = subject_before(d, v);
    return sp.kind && sp.tok >= n;
  }
  return 0;
}

/* `for others, it can ...`, `too often, they wait`: a few words with no
** verb before a comma open the clause; they are no clause of their own. */
static int opening_phrase(const nw_doc *d, size_t c, size_t comma) {
  if (comma - c > 4) return 0;
  for (size_t j = c; j < comma; j++)
    if (has_finite_form(d, j) || looks_past(d, j) || verb_start_covering(d, j) >= 0) return 0;
  return 1;
}

/* `said the plan (a first for the city, he noted) will cut costs`: a
** parenthesis of three words or more inside a reported clause is the
** writer's aside; news annotators mark the words before and after it as
** two clauses.  Returns the closing parenthesis, or 0 (`the New Democratic
** Party (NDP) said` is a name, not an aside). */
static inline size_t aside_close(const nw_doc *d, size_t open, size_t end) {
  if (!is_punct(d, open, '(')) return 0;
  for (size_t j = open + 1; j < end && j - open < 40; j++)
    if (is_punct(d, j, ')')) return words_in(d, open + 1, j, 3) >= 3 ? j : 0;
  return 0;
}

/* `not`, `never`, and contractions in n't (`didn't`, `wouldn’t`). */
static inline int negative_word(const nw_doc *d, size_t i) {
  if (!is_word(d, i)) return 0;
  if (word_is(d, i, "not") || word_is(d, i, "never")) return 1;
  size_t n = nw_tok_len(&d->t, i);
  const char *w = nw_tok_text(&d->t, i);
  return (n > 3 && memcmp(w + n - 3, "n't", 3) == 0) || (n > 5 && memcmp(w + n - 5, "n\xE2\x80\x99t", 5) == 0);
}

/* `declined to`, `refused to`, `would not say`, `didn't elaborate`: the
** subject, not the clause, goes on with what the speaker kept back. */
static int reticence_after(const nw_doc *d, size_t k) {
  NW_WORDS(refusals, "declined", "declines", "refused", "refuses");
  NW_WORDS(negatives, "would", "did", "could", "does", "will");
  NW_WORDS(held_back, "say", "elaborate", "comment", "specify", "provide", "give", "offer", "disclose", "reveal",
           "confirm", "explain", "answer", "respond", "discuss", "name", "identify");
  if (word_in(d, k, &refusals)) return word_is(d, k + 1, "to");
  size_t j = k;
  if (word_in(d, j, &negatives)) j++;
  if (!negative_word(d, j)) return 0;
  return word_in(d, j + 1, &held_back);
}

/* `When the store announced it would close, Kapashesit started calling`:
** a clause reported inside a sentence's opening subordinate clause ends at
** the comma that closes it (the first after c, with none before c), where
** the main clause's own subject starts. */
#define MAX_CLAUSE_TOKENS 400
static int in_opening_subordinate(const nw_doc *d, const uint8_t *in_quote, size_t c) {
  size_t s0 = sent_start(d, c);
  if (c - s0 > MAX_CLAUSE_TOKENS || !(word_in(d, s0, &subordinators) || word_in(d, s0, &time_conjunctions))) return 0;
  for (size_t k = s0; k < c; k++)
    if (!in_quote[k] && is_punct(d, k, ',')) return 0;
  return 1;
}

/* Is token k `and` or `but` (any case)?  (A byte ORed with 0x20 is a
** lowercase letter only when it is that letter in either case.) */
static int and_or_but(const char *text, const nw_tok *t) {
  if (t->type != NW_TOK_WORD || t->end - t->start != 3) return 0;
  const char *s = text + t->start;
  unsigned a = (unsigned char)s[0] | 0x20, b = (unsigned char)s[1] | 0x20, c = (unsigned char)s[2] | 0x20;
  return (a == 'a' && b == 'n' && c == 'd') || (a == 'b' && b == 'u' && c == 't');
}

/* Is token k `and`, `but` or `or` (any case)?  (Read byte by byte: the
** callers ask about every word of a clause.) */
static int coordinator_at(const nw_doc *d, size_t k) {
  const nw_tok *t = &d->t.tok[k];
  if (t->end - t->start == 2 && t->type == NW_TOK_WORD) {
    const char *s = d->t.s + t->start;
    return (s[0] | 0x20) == 'o' && (s[1] | 0x20) == 'r';
  }
  return and_or_but(d->t.s, t);
}

/* The first finite verb in [a, b) is a form of `be` (`the numbers were`). */
static int first_verb_is_be(const nw_doc *d, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (has_finite_form(d, k)) return word_in(d, k, &be_forms);
  return 0;
}

/* `said it would cut rates, sending the dollar lower`, `said the bridge
** was unsafe, referring to the old span`, `, citing a report`: what
** follows is the writer's */
NW_WORDS(writers_participles, "sending", "pushing", "prompting", "causing", "triggering", "driving", "dragging",
         "lifting", "boosting", "sparking", "fuelling", "fueling", "referring", "citing");

/* `the premier “has a lot to do,” citing a report`: the comma before a
** participle of the writer's (or of speech) at k is inside the closing mark
** at k - 1. */
static int participle_after_quoted_comma(const nw_doc *d, const uint8_t *in_quote, size_t k) {
  if (k < 2 || !in_quote[k - 2] || !is_punct(d, k - 2, ',') || !is_word(d, k)) return 0;
  int cls = verb_at(d, k);
  return word_in(d, k, &writers_participles) || (speaks(cls) && verb_tense(d, k) == NW_TENSE_PARTICIPLE);
}

/* The first token in [k, end) outside quotes that may end a clause
** (punctuation, `and`, `but`), or end.  (A loop of its own, for most
** tokens: within clause_end()'s rules it kept its counters in memory.) */
static inline size_t clause_break_from(const nw_doc *d, const uint8_t *in_quote, size_t k, size_t end) {
  const nw_tok *tok = d->t.tok;
  for (; k < end; k++)
    if (!in_quote[k] && (tok[k].type == NW_TOK_PUNCT || and_or_but(d->t.s, &tok[k]))) break;
  return k;
}

/* `said it will close three branches, a move critics called reckless`,
** `..., a decision that angered parents`: after a comma, a noun of the
** writer's for the news reported (perhaps after one adjective) and a
** relative clause, with or without `that`, judges the words reported; it
** is no part of them (`a step backward for the province` may be). */
static int writers_comment(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(comment_nouns, "move", "step", "decision", "development", "reversal", "shift", "blow", "setback",
           "announcement", "measure", "gesture", "change", "turnaround", "departure", "concession");
  if (!(word_is(d, k, "a") || word_is(d, k, "an"))) return 0;
  size_t j = k + 1;
  int noun = j + 1 < end && word_in(d, j, &comment_nouns);
  if (!noun && j + 1 < end && (d->t.tok[j].flags & NW_TF_LOWER)) { /* `a rare move` */
    j++;
    noun = j + 1 < end && word_in(d, j, &comment_nouns);
  }
  if (!noun) return 0;
  /* (`marked a shift, a shift she believes will help`: the speaker's own
  ** noun, repeated) */
  if (k >= 2 && same_word(d, k - 2, j)) return 0;
  size_t n = j + 1;
  if (word_is(d, n, "that") || word_is(d, n, "which")) return 1;
  /* a contact clause: a subject (`critics`, `the union`, `he`) and its verb */
  if (!(word_in(d, n, &object_determiners) || pronoun(d, n) || counts_as_actor(d, n) ||
        ((d->t.tok[n].flags & NW_TF_LOWER) && plural_shape(d, n))))
    return 0;
  for (size_t m = n + 1; m < end && m - n <= 4; m++)
    if (has_finite_form(d, m) || looks_past(d, m)) return 1;
  return 0;
}

/* Where the clause reported from token c ends.  (No clause runs past
** MAX_CLAUSE_TOKENS: in a sentence of thousands of tokens, scraped text
** with no stops, each verb's look would otherwise cross all of it.) */
static size_t clause_end(const nw_doc *d, const uint8_t *in_quote, size_t c) {
  size_t end = sent_end(d, c);
  if (end > c + MAX_CLAUSE_TOKENS) end = c + MAX_CLAUSE_TOKENS;
  /* (both asked at the first comma that needs them, -1 until then: many
  ** clauses end before any) */
  int opens_subordinate = -1, inside_opener = -1;
  const nw_tok *tok = d->t.tok;
  for (size_t k = c; (k = clause_break_from(d, in_quote, k, end)) < end; k++) {
    /* (what the token is, told once for the rules below) */
    int punct = tok[k].type == NW_TOK_PUNCT, comma = punct && tok[k].cp == ',';
    int and_word = !punct && (d->t.s[tok[k].start] | 0x20) == 'a', but_word = !punct && !and_word;
    if (k > c + 2 && k + 1 < end && punct && is_mark(d, k) && participle_after_quoted_comma(d, in_quote, k + 1)) return k + 1;
    if (comma && k > c + 1) {
      /* (a pronoun after the comma may go on with the speaker's words:
      ** `While he said the job would help, he still needs time`) */
      if (inside_opener < 0) inside_opener = in_opening_subordinate(d, in_quote, c);
      if (inside_opener && !pronoun(d, k + 1)) return k;
      /* `she had quit, he walked out`: a new subject and verb after a comma
      ** start another sentence's worth.  (`as`, `after`, `before` open a
      ** clause too, but inside one they are mostly prepositions:
      ** subordinators[] leaves them out.) */
      if (pronoun(d, k + 1) && (has_finite_form(d, k + 2) || looks_past(d, k + 2) || verb_start_covering(d, k + 2) >= 0)) {
        if (opens_subordinate < 0) opens_subordinate = word_in(d, c, &subordinators) || word_in(d, c, &time_conjunctions);
        if (!opens_subordinate && !opening_phrase(d, c, k)) return k;
      }
    }
    /* `the event, which was the first`: the writer's aside, when it ends
    ** the sentence within a few words (`the plan, which costs $5M, is
    ** dead` goes on) */
    if (comma && k > c + 2 && word_is(d, k + 1, "which")) {
      size_t j = k + 2;
      while (j < end && j - k < 40 && (in_quote[j] || !is_punct(d, j, ','))) j++;
      if (j >= end) return k;
    }
    /* `... in most cases but Reyes says that is not so`, `...,
    ** Okafor says the levy works`, `...: she adds that`: another
    ** speaker's words start (or the same speaker's, with a verb of their own) */
    if (k > c + 2 && (comma || (punct && tok[k].cp == ':') || but_word) &&
        another_speaker(d, k + 1, end))
      return k;
    if (comma && k > c + 2 && writers_comment(d, k + 1, end)) return k;
    /* `she was retiring and then joked`, `found no fault, but added`: the
    ** subject goes on with a speech verb */
    if (k >= c + 2 && !punct) { /* (`and`, `but`) */
      size_t v = k + 1;
      if (word_in(d, v, &then_words)) v++;
      int cls = verb_at(d, v);
      /* (not `it had tracked and warned a destroyer`: two verbs, one object) */
      int shared_object = v == k + 1 && (looks_past(d, k - 1) || has_finite_form(d, k - 1)) &&
                          word_in(d, phrase_end(d, v), &determiners) && !word_is(d, phrase_end(d, v), "that");
      for (size_t o = phrase_end(d, v) + 1; shared_object && o < end && !is_punct(d, o, ','); o++) {
        /* `and warned the trawler that it would`: `that` and no verb opens a clause */
        if (word_is(d, o, "that") && !(o + 1 < end && looks_past(d, o + 1))) shared_object = 0;
        else if (word_in(d, o, &relative_words)) break; /* `a destroyer that sailed` */
        else if (has_finite_form(d, o)) shared_object = 0; /* `and warned the board it would`: a clause of its own */
      }
      if (cls && speaks(cls) && verb_tense(d, v) != NW_TENSE_PARTICIPLE &&
          (looks_past(d, v) || verb_tense(d, v) == NW_TENSE_PAST) && !shared_object)
        return is_punct(d, k - 1, ',') ? k - 1 : k;
      /* `said the numbers were bad and apologized to families`, `and
      ** pointed to new beds`, `and called for calm`: what a person does, in
      ** the past after `and`, when the clause's verb is a form of `be` (a
      ** state of its subject; after `the report blamed the contractor`, the
      ** report may praise too) */
      NW_WORDS(persons_acts, "apologized", "apologised", "pointed", "thanked", "praised", "blamed", "defended",
               "expressed", "offered", "encouraged", "invited", "welcomed", "appealed", "pleaded", "shrugged",
               "smiled", "laughed", "sighed");
      int called_for = word_is(d, v, "called") && (word_is(d, v + 1, "for") || word_is(d, v + 1, "on"));
      if ((word_in(d, v, &persons_acts) || called_for) && first_verb_is_be(d, c, k))
        return is_punct(d, k - 1, ',') ? k - 1 : k;
    }
    /* `said talks are ongoing but declined to give a timeline` */
    if (k > c + 2 && !punct && reticence_after(d, k + 1))
      return is_punct(d, k - 1, ',') ? k - 1 : k;
    if (punct && (tok[k].cp == ';' || (is_dash(d, k) && k > c + 2 && dash_ends_clause(d, k, end)))) return k;
    /* the writer's aside in parentheses, once the clause has its verb
    ** (`the price of diesel (in dollars) rose` stays whole) */
    if (k > c + 3 && punct && aside_close(d, k, end) && has_finite_verb(d, c, k)) return k;
    /* `A, and that B`: B is a second clause of the same speaker */
    if (k > c + 2 && and_word && word_is(d, k + 1, "that")) return is_punct(d, k - 1, ',') ? k - 1 : k;
    if (comma && k + 1 < end) {
      int cls = verb_at(d, k + 1);
      if (cls && speaks(cls) && verb_tense(d, k + 1) == NW_TENSE_PARTICIPLE) return k; /* `, adding that` */
      if (k > c + 3 && word_in(d, k + 1, &writers_participles)) return k;
      if (cls == NW_VERB_ACCORDING && word_is(d, k + 1, "according")) return k; /* `, according to a new poll` */
      /* `Smith, who told police he heard a bang, said ...`: the relative
      ** clause closes and the sentence's own speech verb follows (not the
      ** participle in `the plan, said to cost $5M, is dead`) */
      if (speaks(cls) && (verb_tense(d, k + 1) == NW_TENSE_PAST || verb_tense(d, k + 1) == NW_TENSE_PRESENT) &&
          !word_is(d, phrase_end(d, k + 1), "to") && !participle_aside_before_verb(d, k, end))
        return k;
      if (trailing_attribution(d, k + 1, end)) return k;
      /* `, and accused Washington`: the subject goes on with another verb */
      if (word_is(d, k + 1, "and") && k + 2 < end &&
          (has_finite_form(d, k + 2) || looks_past(d, k + 2) || verb_start_covering(d, k + 2) >= 0))
        return k;
    }
  }
  /* leave out the closing period */
  while (end > c && (is_punct(d, end - 1, '.') || is_punct(d, end - 1, ','))) end--;
  return end;
}

/* `said in a statement the plan will`, `told the Courier by email the
** team was`: the way the words came, a preposition and at most three
** words ending in a channel noun, stands between the verb (or its hearer)
** and the clause.  Returns the token after it, or k. */
static inline size_t after_channel(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(channel_preps, "in", "by", "via", "over", "on", "through");
  NW_WORDS(channels, "email", "e-mail", "emails", "statement", "interview", "phone", "telephone", "text",
           "message", "release", "letter", "post", "call", "conference", "video", "radio", "television",
           "twitter", "facebook");
  if (!word_in(d, k, &channel_preps)) return k;
  for (size_t j = k + 1; j < end && j - k <= 4 && is_word(d, j); j++)
    if (word_in(d, j, &channels) && !word_in(d, j + 1, &channels)) return j + 1;
  return k;
}

/* A verb or a word in -ing at k: after `said on Tuesday,` it goes on with
** the subject's own doing (`rejecting a plea`), no reported clause. */
static int participle_or_verb(const nw_doc *d, size_t k) {
  return verb_start_covering(d, k) >= 0 || looks_past(d, k) || nw_doc_ing_word(d, k, 5);
}

/* `concedes in this case, there were ...`: a short phrase opened by a
** preposition and closed by a comma; returns the comma, or k. */
static inline size_t after_prepositional_phrase(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(preps, "in", "at", "on", "for", "of", "with", "under", "from", "during", "after", "before", "about", "by");
  if (!word_in(d, k, &preps)) return k;
  for (size_t j = k + 1; j < end && j - k <= 5; j++) {
    if (is_punct(d, j, ',')) return j > k + 1 ? j : k;
    /* (a time's numbers: `at 6:15 a.m.,`, `by 2035,`) */
    if (d->t.tok[j].type == NW_TOK_NUM || (is_punct(d, j, ':') && j + 1 < end && d->t.tok[j + 1].type == NW_TOK_NUM))
      continue;
    if (!is_word(d, j) || participle_or_verb(d, j) || is_mark(d, j)) return k;
  }
  return k;
}

/* `warned the government that`, `promised voters that`: a verb of saying
** that also takes a hearer (the speech verbs list them as `say`, as they
** stand alone too; `tell` verbs never reach here), or a hearer before
** `that` (people, a body, a role, an actor): the object is the one spoken
** to, and `that` opens the speech. */
NW_WORDS(hearer_verbs, "warn", "warns", "warned", "warning", "promise", "promises", "promised", "promising",
         "caution", "cautions", "cautioned", "cautioning");
NW_WORDS(hearer_nouns, "voters", "public", "people", "residents", "members", "parents", "investors", "lawmakers",
         "audience", "crowd", "supporters", "fans", "viewers", "readers", "customers", "employees", "staff",
         "workers", "students", "citizens", "delegates", "listeners", "gallery", "room", "hall", "rally",
         "gathering", "jury", "panel", "committee", "class", "congregation");
/* The noun of a hearer after `told`: `the crowd`, `a packed gallery`, a
** role or a body (`the committee chair`, `the council`). */
static int hearer_word(const nw_doc *d, size_t j) {
  return (d->tok_info[j] & (NW_TI_ROLE | NW_TI_BODY)) || word_in(d, j, &hearer_nouns);
}
static int hearer_before_that(const nw_doc *d, size_t v, size_t j) {
  return word_in(d, v, &hearer_verbs) || (d->tok_info[j - 1] & (NW_TI_ROLE | NW_TI_BODY)) ||
         word_in(d, j - 1, &hearers) || word_in(d, j - 1, &hearer_nouns) || counts_as_actor(d, j - 1);
}

NW_WORDS(complement_nouns, "point", "fact", "caveat", "assumption", "claim", "claims", "view", "idea", "notion",
         "possibility", "argument", "warning", "message", "hope", "hopes", "concern", "concerns", "belief", "news",
         "allegation", "allegations", "suggestion", "assurance", "assurances", "promise", "reminder", "case",
         "theory", "impression", "sense", "conclusion", "position", "prospect", "risk", "fear", "fears", "irony",
         "reality", "danger", "likelihood", "perception", "principle", "rumour", "rumor", "report", "reports");

/* `told reporters at Province House the offer was fair`, `said in Halifax
** they would`: a place named after `in` or `at` with no comma, then a
** clause that opens with a determiner or a pronoun and holds its verb. */
static size_t after_named_place(const nw_doc *d, size_t k, size_t end) {
  if (!(word_is(d, k, "in") || word_is(d, k, "at") || word_is(d, k, "on"))) return k; /* `on Parliament Hill` */
  size_t j = k + 1;
  while (j < end && j - k <= 5 && is_word(d, j) &&
         ((d->t.tok[j].flags & NW_TF_CAP) || (j > k + 1 && (d->t.tok[j].flags & NW_TF_POSS)))) /* `Queen’s Park` */
    j++;
  if (j == k + 1 || j >= end) return k;
  /* (or a bare plural right before its verb: `said in Manitoba ambulances are`) */
  int bare_plural = (d->t.tok[j].flags & NW_TF_LOWER) && plural_shape(d, j) && !has_finite_form(d, j) &&
                    verb_start_covering(d, j) < 0 && j + 1 < end && (has_finite_form(d, j + 1) || is_filler(d, j + 1));
  if (!(word_in(d, j, &object_determiners) || pronoun(d, j) || bare_plural)) return k;
  return has_finite_verb(d, j, end) ? j : k;
}

static int link_at(const char *s, size_t n);
static inline size_t after_prepositional_phrase(const nw_doc *d, size_t k, size_t end);
static int verbless(const nw_doc *d, size_t a, size_t b);
static int pronoun_contraction(const nw_doc *d, size_t i);
static int comment_on_clause(const nw_doc *d, size_t k);

/* `add` that adds a thing, not words: before an amount (`the index added
** 1.2 per cent to 3,450`, `the Comets added two late goals`) unless a verb
** follows the amount at once (`added 20 people had died`), or with an
** object and what it goes to (`adding fuel to the debate`). */
static __attribute__((noinline)) int adds_a_thing_rules(const nw_doc *d, size_t v, size_t k);
/* The first letter first (`add...`): most verbs are no form of `add`. */
static inline int adds_a_thing(const nw_doc *d, size_t v, size_t k) {
  return ((unsigned char)nw_tok_text(&d->t, v)[0] | 0x20) == 'a' && adds_a_thing_rules(d, v, k);
}
static __attribute__((noinline)) int adds_a_thing_rules(const nw_doc *d, size_t v, size_t k) {
  NW_WORDS(adds, "add", "adds", "added", "adding");
  if (!word_in(d, v, &adds)) return 0;
  size_t end = sent_end(d, k);
  if (amount_at(d, k)) {
    for (size_t j = k + 1; j < end && j - k <= 4; j++)
      if (has_finite_form(d, j)) return 0;
    return 1;
  }
  /* `adding fuel to the debate`, `added a stop to the route`: an object
  ** and what it goes to, before any verb */
  /* (not `added in a statement to reporters that ...`: a channel first) */
  if (word_is(d, k, "that") || pronoun(d, k) || pronoun_contraction(d, k) || word_in(d, k, &place_time_preps)) return 0;
  for (size_t j = k + 1; j < end && j - k <= 3 && !has_finite_form(d, j); j++)
    if (word_is(d, j, "to") && !(j + 1 < end && has_finite_form(d, j + 1))) {
      /* (not `added the ferry to Gabriola was late`, nor `added ... to
      ** reporters that`: a verb or a clause of its own follows) */
      for (size_t m = j + 2; m < end && !is_punct(d, m, ',') && !is_mark(d, m); m++) {
        if (word_is(d, m, "that") && m + 1 < end && !has_finite_form(d, m + 1)) return 0;
        if (word_in(d, m, &relative_words)) break;
        if (has_finite_form(d, m)) return 0;
      }
      return 1;
    }
  return 0;
}

/* `a video posted to social media`, `a letter written to members`, `the
** statement issued Monday`: a participle right after a document's noun
** describes the document; it is no speech verb of its own. */
static inline int document_participle(const nw_doc *d, size_t j) {
  NW_WORDS(document_nouns, "video", "post", "letter", "statement", "email", "e-mail", "message", "release", "memo",
           "note", "tweet", "report", "blog", "column", "op-ed", "document", "filing", "notice", "recording");
  NW_WORDS(participles, "posted", "written", "published", "released", "issued", "sent", "shared", "uploaded", "filed",
           "signed", "obtained", "dated", "addressed", "circulated", "distributed", "tweeted", "emailed", "e-mailed",
           "broadcast", "aired", "seen", "reviewed", "delivered");
  return j >= 2 && word_in(d, j, &participles) && word_in(d, j - 1, &document_nouns);
}

/* `told CBC’s The Current`, `told CTV’s Power Play that`: past a medium's
** possessive, the program's name (capitalized words, with `the`, `of`,
** `and` between them) belongs to the hearer. */
static size_t after_program(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(joins, "the", "of", "and", "on", "at", "in");
  if (k >= end || !(d->t.tok[k].flags & NW_TF_POSS)) return k;
  size_t j = k + 1, last = k;
  while (j < end && j - k <= 6 && is_word(d, j)) {
    if (d->t.tok[j].flags & NW_TF_CAP) last = ++j;
    else if (word_in(d, j, &joins) && j > k + 1) j++;
    else break;
  }
  if (last > k) return last;
  /* `told the Globe’s editorial board`: a few words ending in a hearer */
  for (j = k + 1; j < end && j - k <= 3 && is_word(d, j) && (d->t.tok[j].flags & NW_TF_LOWER); j++)
    if (hearer_word(d, j)) {
      while (j + 1 < end && hearer_word(d, j + 1)) j++;
      return j + 1;
    }
  return k;
}

/* The token after the hearer of a `tell` verb at k: a name, a pronoun, a
** role, a medium (`told the Globe`, `told CTV News`), a group (`told the
** crowd`, `a crowd of 200`, `council members`); k when there is none. */
/* `Ruiz, who said the bill was flawed, voted against it`: a speech verb
** in a relative clause on the subject; the clause ends at the comma the
** main verb follows.  Returns the clause's end. */
static size_t relative_clause_close(const nw_doc *d, size_t v, size_t a, size_t b) {
  if (v < 2 || !word_is(d, v - 1, "who") || !is_punct(d, v - 2, ',')) return b;
  for (size_t k = a + 1; k + 1 < b; k++) {
    if (!is_punct(d, k, ',')) continue;
    size_t m = k + 1 + (k + 2 < b && (ly_adverb(d, k + 1) || is_filler(d, k + 1)) && !has_finite_form(d, k + 1));
    if ((has_finite_form(d, m) || looks_past(d, m)) && !pronoun(d, m)) return k; /* (`, later voted`) */
  }
  return b;
}

/* No word of [a, b) can be a clause's verb: no finite form, no past in
** -ed, no listed verb, no lowercase word in -s, nor one opening the
** sentence (a present, or a plural subject before a plain verb: `told
** reporters officials want more`, `Regulars line up`). */
static int verbless(const nw_doc *d, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    if (!is_word(d, k) || (d->t.tok[k].flags & NW_TF_POSS)) continue;
    if (has_finite_form(d, k) || looks_past(d, k) || verb_start_covering(d, k) >= 0) return 0;
    if (!(d->t.tok[k].flags & NW_TF_LOWER) && !(d->t.tok[k].flags & NW_TF_SENT_START)) continue; /* (a name) */
    if (s_form(d, k, 3)) return 0;
  }
  return 1;
}

/* `told her caucus`, `told her staff in a memo`: `her` and a lowercase
** noun with no verb after it is a possessive; the noun is the hearer (but
** `told her colleagues were wrong`: a subject and its verb; `told her the
** plan`, `told her later`, `told her in a letter`). */
static int possessive_her(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(no_noun, "that", "so", "and", "but", "or", "if", "what", "how", "why", "when", "where", "not", "to", "in",
           "on", "at", "by", "for", "with", "from", "about", "over", "after", "before", "during", "via", "this",
           "there", "here", "again", "directly", "privately", "personally");
  size_t n = k + 1;
  if (!word_is(d, k, "her") || n + 1 >= end || !is_word(d, n) || !(d->t.tok[n].flags & NW_TF_LOWER) ||
      word_in(d, n, &no_noun) || word_in(d, n, &determiners) || word_in(d, n, &object_determiners) || pronoun(d, n) ||
      word_is(d, n, "you") || is_filler(d, n) || has_finite_form(d, n) || verb_start_covering(d, n) >= 0 ||
      is_time_word(d, n))
    return 0;
  return !(has_finite_form(d, n + 1) || verb_start_covering(d, n + 1) >= 0 || present_s_verb(d, n, n + 1) ||
           plural_base_verb(d, n, n + 1) || is_filler(d, n + 1));
}

static size_t after_hearer(const nw_doc *d, size_t k, size_t end) {
  if (k >= end) return k;
  size_t m = k + (word_is(d, k, "the") && k + 1 < end); /* `told the Globe and Mail` */
  if (counts_as_actor(d, m)) {
    /* `told CBC News Network`, `told CTV News Channel`: a channel of the medium */
    NW_WORDS(channel_words, "Network", "Channel", "Radio", "Television", "TV", "Podcast"); /* (not `Now`, `Live`: words) */
    size_t e = d->men[d->tok_men[m]].tok + d->men[d->tok_men[m]].ntok;
    while (e < end && e - m < 8 && (d->t.tok[e].flags & NW_TF_CAP) && word_in(d, e, &channel_words)) e++;
    return after_program(d, e, end);
  }
  if (possessive_her(d, k, end)) { /* `told her caucus in a meeting`: the hearer is `her caucus` */
    size_t j = k + 2;
    while (j < end && hearer_word(d, j)) j++;
    return j;
  }
  if (word_in(d, k, &hearers) || word_in(d, k, &indefinite_hearers)) return k + 1;
  size_t j = k;
  if (word_is(d, j, "the")) j++;
  size_t names = j;
  while (names < end && names - j < 4 && is_word(d, names) && (d->t.tok[names].flags & NW_TF_CAP)) names++;
  if (names > j) return after_program(d, names, end);
  while (j < end && j - k < 3 && is_word(d, j) && !hearer_word(d, j)) j++;
  if (j >= end || !hearer_word(d, j)) return k;
  k = j + 1;
  while (k < end && hearer_word(d, k)) k++; /* `council members` */
  if (word_is(d, k, "of") && k + 1 < end && d->t.tok[k + 1].type == NW_TOK_NUM) k += 2; /* `a crowd of 200` */
  return k;
}

/* `that` before one lowercase word and the sentence's end or a second
** verb of the subject (`that claim.`, `that limitation but said`): a
** determiner, no clause (not `said that inflation and jobs would ...`). */
static int demonstrative_that(const nw_doc *d, size_t j, size_t end) {
  NW_WORDS(links, "but", "and", "or");
  size_t n = j + 1;
  if (n + 1 > end || !is_word(d, n) || !(d->t.tok[n].flags & NW_TF_LOWER) || pronoun(d, n) ||
      word_is(d, n, "you") || word_in(d, n, &hearers) || word_in(d, n, &object_determiners) || has_finite_form(d, n))
    return 0;
  return n + 1 == end || is_punct(d, n + 1, '.') ||
         (word_in(d, n + 1, &links) && n + 2 < end && (verb_at(d, n + 2) || has_finite_form(d, n + 2)));
}

static int possessive_after(const nw_doc *d, size_t k) {
  return k + 1 < ntok(d) && (d->t.tok[k + 1].flags & NW_TF_POSS);
}

/* `says that changed quickly.`: `that` and a past form alone (before the
** end, a comma or an -ly word) is a subject and its verb (not `said that
** increased funding would help`, where the -ed word describes a noun). */
static int that_did(const nw_doc *d, size_t j, size_t end) {
  return j + 1 < end && looks_past(d, j + 1) &&
         (j + 2 >= end || is_punct(d, j + 2, '.') || is_punct(d, j + 2, ',') || ly_adverb(d, j + 2));
}

/* `said that was wrong`: after these `that` is the subject, no conjunction. */
NW_WORDS(that_subject_verbs, "is", "was", "has", "had", "will", "would", "could", "can", "should", "may", "might",
         "must", "does", "did", "seems", "seemed", "means", "meant");

/* Forms of `have` and `be` that make a perfect or a passive (`a destroyer
** that has sailed`). */
NW_WORDS(perfect_aux, "has", "have", "had", "is", "are", "was", "were", "been");

/* Is the word at k, after `it`, that subject's verb (`it supports`, `it
** would`, `it’s`)?  Not an adverb that makes `it` the object said (`said
** it again`, `said it best`, `said it that way`). */
static int it_has_verb(const nw_doc *d, size_t k) {
  NW_WORDS(object_adverbs, "again", "best", "well", "too", "once", "twice", "aloud", "loud", "publicly", "privately",
           "first", "then", "now", "that", "this", "here", "there", "so", "all", "before", "plainly", "clearly",
           "bluntly", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "directly",
           "outright", "often", "repeatedly", "over", "differently", "better", "last", "out");
  return is_word(d, k) && !word_in(d, k, &object_adverbs);
}

/* A subject pronoun at j with its verb's word after it (`she likes`, `it
** supports`, `it would`; not `said it again`, `said it that way`: `it` is
** an object there). */
static inline int subject_pronoun_is(const nw_doc *d, int p, size_t j, size_t end) {
  if (!p || j + 1 >= end || !is_word(d, j + 1) || !(d->t.tok[j + 1].flags & NW_TF_LOWER)) return 0;
  if (p != PRON_IT) return p == PRON_HE || p == PRON_SHE || p == PRON_THEY || p == PRON_FIRST;
  return it_has_verb(d, j + 1);
}
static inline int subject_pronoun_at(const nw_doc *d, size_t j, size_t end) {
  return subject_pronoun_is(d, pronoun(d, j), j, end);
}

/* `said at 6:15 a.m., only two trains were running`, `said by 2035, the
** fleet will`: a clock time or a year in [a, b); the phrase of time is then
** the clause's own and opens it. */
static int clock_time_in(const nw_doc *d, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (d->t.tok[j].type == NW_TOK_NUM || word_is(d, j, "noon") || word_is(d, j, "midnight")) return 1;
  return 0;
}

/* Conjunctions of contrast (`, but declined to elaborate`). */
NW_WORDS(contrasts, "but", "though", "although", "yet");

/* `A, she says, and some drive in from B`: after the attribution the
** sentence goes on with `and`/`but`; whatever follows (a clause this
** module cannot tell, or the writer's), the words before are the
** speaker's. */
static int conjunction_goes_on(const nw_doc *d, size_t k) {
  return word_is(d, k, "and") || word_in(d, k, &contrasts);
}

/* A word in -s that starts with a lowercase ASCII letter (not `’s`, not
** `CBC`): the shape of a present tense in -s. */
static int lowercase_s_word(const nw_doc *d, size_t j) {
  char c = nw_tok_text(&d->t, j)[0];
  return c >= 'a' && c <= 'z' && s_form(d, j, 3) && is_word(d, j);
}

/* After a relative `that` at j and its verb, a verb of the clause's own
** (not a past form, which may be the relative's) before any comma and the
** end at end: the noun before `that` is that clause's subject. */
static int own_verb_after_relative(const nw_doc *d, size_t j, size_t end) {
  size_t o = j + 2;
  /* (`the members that he spoke with were upset`: after the relative's
  ** subject and verb, a past form counts too, but not a participle after
  ** an auxiliary: `the jobs that he had cut`) */
  if (j + 2 < end && subject_pronoun_at(d, j + 1, end)) {
    while (o < end && word_in(d, o, &perfect_aux)) o++;
    for (o++; o < end && !is_punct(d, o, ','); o++)
      if (has_finite_form(d, o) && !(looks_past(d, o) && word_in(d, o - 1, &perfect_aux))) return 1;
    return 0;
  }
  while (o < end && !is_punct(d, o, ',') && !(has_finite_form(d, o) && !looks_past(d, o))) o++;
  return o < end && !is_punct(d, o, ',');
}

/* `rightly so, that`: a few words, a comma and `that` from k. */
static int aside_then_that(const nw_doc *d, size_t k, size_t end) {
  for (size_t j = k; j < end && j - k < 5; j++)
    if (is_punct(d, j, ',')) return j + 1 < end && word_is(d, j + 1, "that");
  return 0;
}

/* `municipalities` alone before `that`: a lowercase plural that is no
** adverb in -s (`afterwards`), time, hearer, pronoun or verb. */
static int bare_plural_noun(const nw_doc *d, size_t k) {
  /* (plural_shape() and is_filler() rule out the short ones, -ss, -us) */
  NW_WORDS(s_adverbs, "afterwards", "sometimes", "perhaps", "besides", "nevertheless", "nonetheless", "regardless",
           "towards", "backwards", "forwards", "upwards", "downwards", "whereas", "nowadays", "overseas", "indoors",
           "outdoors", "sideways", "anyways", "this", "hers", "ours", "yours", "theirs", "others", "goes");
  return is_word(d, k) && (d->t.tok[k].flags & NW_TF_LOWER) && plural_shape(d, k) && !word_in(d, k, &s_adverbs) &&
         !is_time_word(d, k) && !word_in(d, k, &hearers) && !attribution_noun(d, k) &&
         !is_filler(d, k) && !has_finite_form(d, k) && !verb_at(d, k);
}

/* `the jobs`, `its newest plant` in [k, j): a determiner and up to three
** lowercase words, none of them a time (`the other day`, `this week`), a
** hearer or a document (`a statement`); or a bare plural (`said
** municipalities that fail to act will`). */
static int noun_before_that(const nw_doc *d, size_t k, size_t j) {
  if (j == k + 1) return bare_plural_noun(d, k);
  if (j < k + 2 || j - k > 4 || !word_in(d, k, &object_determiners) || word_is(d, k, "that")) return 0;
  for (size_t i = k + 1; i < j; i++)
    if (!is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER) || is_time_word(d, i) || word_in(d, i, &hearers) ||
        attribution_noun(d, i) || is_filler(d, i) || word_is(d, i, "day") || has_finite_form(d, i) ||
        verb_at(d, i) || present_s_verb(d, k, i) || plural_base_verb(d, k, i))
      return 0; /* (`said the records show that`: the `that` of a verb) */
  return 1;
}

/* What a `that` at j, within the look of clause_start_after() for the
** verb at v (its words from k, the sentence's end at end), makes of the
** clause: where it starts (after the `that`), -1 for none,
** THAT_ENDS_LOOK when the clause starts before the `that` (the look
** stops), or THAT_GOES_ON when the `that` decides nothing. */
#define THAT_GOES_ON (-2)
#define THAT_ENDS_LOOK (-3)
/* Does an object open at k, right after the verb at v of class cls
** (`noted the risk`; not after `say` or a verb of telling, nor a time:
** `said the day`)?  Asked only when a `that` follows. */
static int object_after_verb(const nw_doc *d, size_t v, size_t k, int cls) {
  NW_WORDS(say, "say", "says", "said", "saying");
  return cls != NW_VERB_TELL && !word_in(d, v, &say) && word_in(d, k, &object_determiners) && !is_time_word(d, k + 1) &&
         !word_is(d, k + 1, "day");
}
static long clause_after_that(const nw_doc *d, size_t v, size_t k, size_t j, size_t end, int cls) {
  NW_WORDS(say, "say", "says", "said", "saying");
  /* `warned a destroyer that sailed through`: after a noun, `that` and a
  ** verb open a relative clause on the verb's object */
  if (j > k && j + 1 < end && (looks_past(d, j + 1) || word_in(d, j + 1, &perfect_aux)) && is_word(d, j - 1) &&
      !attribution_noun(d, j - 1) && /* (not `said in a statement that cost overruns`) */
      !is_filler(d, j - 1) && !ly_adverb(d, j - 1) && !word_in(d, j - 1, &place_time_preps) &&
      !word_is(d, j - 1, "only") && !word_is(d, j - 1, "so") && !word_in(d, j - 1, &hearers) &&
      !hearer_word(d, j - 1) && !is_time_word(d, j - 1) && !pronoun(d, j - 1) && !word_is(d, j - 1, "you")) {
    /* (`said the plan that was announced Monday would stand`: a verb of
    ** the clause's own after the relative one makes the noun its subject) */
    return own_verb_after_relative(d, j, end) ? THAT_ENDS_LOOK : -1;
  }
  /* `said the jobs that remain will go`: after `say`, `the` and a noun
  ** before `that` are the clause's subject and its relative clause, when
  ** a verb of the clause's own follows the relative one (`said the same
  ** thing that she said last year` is no clause) */
  if (word_in(d, v, &say) && noun_before_that(d, k, j)) {
    if (own_verb_after_relative(d, j, end)) return THAT_ENDS_LOOK;
    /* (a bare plural is more often the clause's subject: with no verb
    ** seen, the `that` is taken as the verb's, as before) */
    if (j != k + 1) return -1;
  }
  /* `that’s` is a subject and its verb, no conjunction; `acknowledged that
  ** limitation but said` a determiner */
  if (!(j + 1 < end && (d->t.tok[j + 1].flags & NW_TF_POSS)) && !demonstrative_that(d, j, end) &&
      !(j + 1 < end && word_in(d, j + 1, &that_subject_verbs)) && !that_did(d, j, end)) {
    /* `said much of that money is`: after a preposition, a determiner */
    if (j > k && (word_in(d, j - 1, &place_time_preps) || word_is(d, j - 1, "of"))) return THAT_ENDS_LOOK;
    /* `highlighting the parks that she opened`: after an object `that`
    ** opens a relative clause, not speech, but for a noun that takes a
    ** clause (`noted the risk that`, `stressed the point that`).  `say`
    ** takes no such object: `said the papers show that` */
    if (object_after_verb(d, v, k, cls) && !word_in(d, j - 1, &complement_nouns) && !hearer_before_that(d, v, j))
      return -1;
    size_t c = j + 1 + (j + 1 < end && is_punct(d, j + 1, ',')); /* `said that, if needed, the city` */
    return c < end ? (long)c : -1;
  }
  return THAT_GOES_ON;
}

/* After the speech verb at v: skip `that`, a hearer (`told reporters`),
** time and place phrases (`on Saturday`, `in a statement`) up to the
** clause.  Returns the clause's first token, or -1 when none follows. */
static long clause_start_after(const nw_doc *d, size_t v, int cls) {
  size_t k = phrase_end(d, v), end = sent_end(d, v);
  if (k >= end || adds_a_thing(d, v, k)) return -1;
  if (ly_adverb(d, k) && k + 1 < end && is_punct(d, k + 1, ':')) return -1; /* `put it bluntly: “…”` */
  /* `replied when asked if he would return`, `said when pressed that he
  ** would`: a subordinator and a participle say when the words came; the
  ** clause, if any, follows a `that` (not `said when the season ends ...`) */
  NW_WORDS(whens, "when", "while", "if", "once", "after", "before", "until");
  if (word_in(d, k, &whens) && k + 1 < end && (looks_past(d, k + 1) || nw_doc_ing_word(d, k + 1, 5))) {
    for (size_t j = k + 2; j < end && j - k < 10; j++) {
      if (word_is(d, j, "that")) return j + 1 < end ? (long)j + 1 : -1;
      if (has_finite_form(d, j) || is_punct(d, j, ',') || is_mark(d, j)) break;
    }
    return -1;
  }
  /* `that` within a few words, with no verb between */
  /* (a name counts as one word: `told the Royal College of Nursing's
  ** annual congress in Leeds that`) */
  for (size_t j = k, limit = k + 9; j < end && j < limit; j++) {
    if (counts_as_actor(d, j) && d->men[d->tok_men[j]].tok == j) limit += d->men[d->tok_men[j]].ntok - 1;
    /* `said in a statement it supports boards that take steps`: a subject
    ** pronoun opens the clause; a `that` after it is the clause's own */
    if (subject_pronoun_at(d, j, end)) break;
    if (word_is(d, j, "that")) {
      long at = clause_after_that(d, v, k, j, end, cls);
      if (at != THAT_GOES_ON) {
        if (at == THAT_ENDS_LOOK) break;
        return at;
      }
    }
    if (is_punct(d, j, ',')) {
      /* `said Monday, the latest sign that`, `said the plan, a project that
      ** took years, was`: the `that` of an apposition is no conjunction */
      if (comment_on_clause(d, j + 1)) break;
      /* `A, Ober said, and the jobs that remain will go`: the sentence goes on
      ** past the attribution; a `that` there is no conjunction of the verb's
      ** (but `, and that`, and after an aside: `said, and rightly so, that`) */
      if (j + 1 < end && conjunction_goes_on(d, j + 1) && !aside_then_that(d, j + 2, end) &&
          !(j + 2 < end && word_is(d, j + 2, "that")))
        break;
    }
    if (document_participle(d, j)) continue; /* `said in a video posted Saturday that` */
    if (looks_past(d, j) && word_in(d, j - 1, &articles)) continue; /* `said in an emailed statement that` */
    /* `warned people who visited the mall that they may`: a relative clause
    ** on the hearer, then `that` */
    if (j > k && word_is(d, j - 1, "who") && (word_in(d, j - 2, &hearers) || word_in(d, j - 2, &hearer_nouns)))
      continue;
    /* (`told reporters the bank needs more evidence that`: the clause's
    ** own verb comes first; not `warned voters that`, a hearer) */
    if (verb_start_covering(d, j) >= 0 || has_finite_form(d, j) || is_mark(d, j) || is_punct(d, j, '.') ||
        is_punct(d, j, ':') || (j > k && lowercase_s_word(d, j) && !word_is(d, j + 1, "that") &&
                                 present_s_verb(d, k, j)))
      break;
  }
  if (cls == NW_VERB_TELL) k = after_hearer(d, k, end);
  /* `promised voters the cut would come`, `warned residents the storm
  ** could`: the hearer of a say verb that takes one (not `warned residents
  ** could face fines`, where they are the clause's subject) */
  if (word_in(d, v, &hearer_verbs) && (word_in(d, k, &hearers) || word_in(d, k, &hearer_nouns)) && k + 1 < end &&
      !has_finite_form(d, k + 1) && verb_start_covering(d, k + 1) < 0 && !is_filler(d, k + 1))
    k++;
  /* (not `said Tuesday’s vote was`: a possessive time word opens the clause) */
  while (k < end && ((is_time_word(d, k) && !possessive_after(d, k)) ||
                     (is_time_lead(d, k) && k + 1 < end && is_time_word(d, k + 1) && !possessive_after(d, k + 1))))
    k++;
  k = after_channel(d, k, end);
  while (k < end && is_time_word(d, k) && !possessive_after(d, k)) k++; /* `in an interview Tuesday` */
  size_t prep = k;
  k = after_prepositional_phrase(d, k, end);
  size_t prep_end = k;
  k = after_named_place(d, k, end);
  /* `said on Tuesday, the plant would close`: a comma after a time or
  ** channel phrase; right after the verb (`X said, “…”`) it is no clause */
  NW_WORDS(relatives, "where", "which", "who", "whom", "whose", "when", "while", "as", "although", "though");
  if (k < end && is_punct(d, k, ',') && k > phrase_end(d, v) && k + 1 < end && !is_mark(d, k + 1) &&
      !participle_or_verb(d, k + 1) && !word_in(d, k + 1, &relatives) && !comment_on_clause(d, k + 1) &&
      clause_can_start(d, k + 1))
    return clock_time_in(d, prep + 1, prep_end) ? (long)prep : (long)k + 1;
  if (k < end && is_punct(d, k, ',')) return -1; /* `X said, “…”` or an aside */
  return clause_can_start(d, k) ? (long)k : -1;
}

/* `was told`, `were later warned`, `has been announced`: a past form
** after a form of `be` (and perhaps one adverb) is a passive, whose subject
** is spoken to or spoken of, never the speaker. */
static inline int passive_speech(const nw_doc *d, size_t v) {
  int tense = verb_tense(d, v);
  if (v == 0 || !(tense == NW_TENSE_PAST || tense == NW_TENSE_PASTPART)) return 0;
  size_t p = v - 1;
  int be = word_in(d, p, &be_forms);
  /* (is_filler takes in -ly adverbs; the small set first) */
  if (!be && p > 0 && word_in(d, p - 1, &be_forms) && is_filler(d, p)) be = 1, p--;
  return be && same_sent(d, p, v);
}

/* Does a direct quote already cover bytes [a, b) (give or take 3)? */
static int covered(const context *c, size_t a, size_t b) { return reaches(&c->direct, a + 3, b); }

/* `recalls the day the ice gave way`: a time's noun with a relative clause
** (a subject of its own right after the noun) and no verb after it is the
** verb's object, not a clause (`said the day the ice gave way was the
** worst` has a second verb; in `said the time had come` the noun is the
** subject). */
static int time_object(const nw_doc *d, size_t a, size_t b) {
  NW_WORDS(times, "day", "night", "moment", "time", "year", "week", "morning", "evening", "hour", "summer", "winter",
           "spring", "fall", "month", "afternoon", "minute", "season");
  NW_WORDS(subjects, "the", "a", "his", "her", "their", "our", "my", "its", "he", "she", "they", "we", "i", "it", "you");
  if (!word_is(d, a, "the") || a + 2 >= b || !word_in(d, a + 1, &times) || !word_in(d, a + 2, &subjects)) return 0;
  size_t verbs = 0;
  for (size_t k = a + 2; k < b && verbs < 2; k++) verbs += has_finite_form(d, k);
  return verbs == 1;
}

/* Words that finite_verbs.tsv leaves out but that may be a clause's
** subject or verb: a subject pronoun, a contraction (`isn’t`, `he’s`,
** `they’ve`), a lowercase word in -s after no determiner (`Qatar supports
** terrorism`, `he tries`; `its plans` is a noun). */
static int may_be_clause_verb(const nw_doc *d, size_t k) {
  if (!is_word(d, k)) return 0;
  if (pronoun(d, k) != PRON_NONE || (d->t.tok[k].flags & NW_TF_POSS) || pronoun_contraction(d, k)) return 1;
  const char *s = nw_tok_text(&d->t, k);
  size_t n = nw_tok_len(&d->t, k);
  if (n >= 3 && (memcmp(s + n - 3, "n't", 3) == 0 || (n >= 5 && memcmp(s + n - 5, "n\xE2\x80\x99t", 5) == 0))) return 1;
  if (!(d->t.tok[k].flags & NW_TF_LOWER) || !s_form(d, k, 4)) return 0;
  return !(k > 0 && (word_in(d, k - 1, &determiners) || (d->t.tok[k - 1].flags & NW_TF_POSS) ||
                     d->t.tok[k - 1].type == NW_TOK_NUM));
}

/* A word in the object [a, ...) that may_be_clause_verb() lets pass but
** that is no subject or verb there: an -s word right after the speech verb
** or after an amount (`wrote cheques`, `seven years`), a pronoun after a
** preposition (`to herself`). */
static int plainly_object(const nw_doc *d, size_t a, size_t k) {
  NW_WORDS(preps, "to", "for", "with", "at", "on", "in", "from", "about", "of", "by", "against", "over");
  if (pronoun(d, k) != PRON_NONE) return k > a && word_in(d, k - 1, &preps);
  if (d->t.tok[k].flags & NW_TF_POSS) return 0;
  return k == a || amount_at(d, k - 1);
}

/* `claims the island as its own and has not ruled out force`: the first
** verb right after `and` (or `but`, `or`, and an adverb or two) continues
** the speaker's own sentence; the words before it are the verb's object,
** no clause with a subject of its own. */
static int object_then_own_verb(const nw_doc *d, size_t a, size_t b) {
  size_t last = b < a + 16 ? b : a + 16, p = a + 1;
  while (p < last && !coordinator_at(d, p)) p++;
  if (p >= last) return 0; /* (most clauses have none: done) */
  size_t v = p + 1; /* the verb after it, past adverbs (`and later was`) */
  while (v < last && is_filler(d, v) && !has_finite_form(d, v)) v++;
  if (v >= last || !has_finite_form(d, v)) return 0; /* (`and the`: the cheap test first) */
  for (size_t k = a; k < p; k++) /* no verb of the clause's own before the `and` */
    if (has_finite_form(d, k) || (may_be_clause_verb(d, k) && !plainly_object(d, a, k))) return 0;
  return 1;
}

/* A clause long enough to report: three words, or two after `that` when
** the second is the verb (`argued that alliances matter`). */
static int clause_ok(const nw_doc *d, size_t a, size_t b) {
  if (b <= a || time_object(d, a, b) || object_then_own_verb(d, a, b)) return 0;
  /* `put it more bluntly: “…”`: words with no verb before a colon and a
  ** quote introduce the quote; they report nothing of their own */
  size_t last = b - 1 < a + 8 ? b - 1 : a + 8; /* (one look for the byte first: most clauses have no colon) */
  if (memchr(d->t.s + d->t.tok[a].start, ':', d->t.tok[last].start - d->t.tok[a].start))
    for (size_t k = a; k < last; k++)
      if (is_punct(d, k, ':')) {
        if (is_mark(d, k + 1) && !has_finite_verb(d, a, k)) return 0;
        break;
      }
  size_t words = words_in(d, a, b, MIN_CLAUSE_WORDS);
  if (words >= MIN_CLAUSE_WORDS) return 1;
  return words == 2 && a > 0 && word_is(d, a - 1, "that") && a + 1 < b && is_word(d, a) &&
         (has_finite_form(d, a + 1) || verb_at(d, a + 1) || plural_base_verb(d, a, a + 1) || present_s_verb(d, a, a + 1));
}

/* A quote that opens inside the clause and closes in a later sentence
** belongs to it: `said he was “very pleased. This levels the field.”`
** The spans are in text order and do not overlap: the first that opens in
** the clause is found by binary search, and those after it are looked at
** only while they open before the clause's end (which only grows). */
static size_t extend_over_quote(const context *c, size_t a, size_t b) {
  const spans *ss = c->spans;
  size_t first = nw_count_below(ss->s, ss->n, sizeof *ss->s, offsetof(qspan, open), a);
  for (size_t n = first; n < ss->n && ss->s[n].open < b; n++) {
    const qspan *q = &ss->s[n];
    if (q->b >= b) b = q->close == NO_CLOSE ? q->b : q->close + 1;
  }
  return b;
}

static void emit_clause(context *c, size_t a, size_t b, speaker sp, long v, size_t v_end, size_t ndirect) {
  nw_doc *d = c->d;
  /* `according to the Associated Press, ...`, `..., ANI reported`: a news
  ** outlet reports what happened; it is not the one speaking */
  if (sp.kind == SP_ACTOR && d->actor[sp.actor].kind == NW_KIND_MEDIA) return;
  b = extend_over_quote(c, a, b);
  /* `... closed until spring. pic.twitter.com/x1`: a post's link after its
  ** words, where the sentence did not end, is none of them */
  /* (a link has a slash: most clauses have none) */
  int slash = b > a + 1 && memchr(d->t.s + d->t.tok[a].start, '/', d->t.tok[b - 1].end - d->t.tok[a].start) != NULL;
  for (size_t k = a + 1; slash && k < b; k++)
    if ((nw_tok_text(&d->t, k)[0] == 'p' || nw_tok_text(&d->t, k)[0] == 'h') && is_word(d, k) &&
        link_at(nw_tok_text(&d->t, k), d->t.s + d->t.n - nw_tok_text(&d->t, k))) {
      b = k;
      while (b > a + 1 && is_punct(d, b - 1, '.')) b--;
      break;
    }
  /* `said the ban was about control:` before a quote in the next paragraph */
  while (b > a + 1 && (is_punct(d, b - 1, ':') || is_punct(d, b - 1, ';'))) b--;
  if (!clause_ok(d, a, b) || !sp.kind) return;
  size_t start = d->t.tok[a].start, end = d->t.tok[b - 1].end;
  if (covered(c, start, end) || ndirect > c->out->n) return;
  if (is_mark(d, a) && is_mark(d, b - 1)) return; /* the clause is one direct quote */
  int own = c->clause_b == 0; /* clause_before() may have set a wider range */
  if (own) c->clause_a = a, c->clause_b = b;
  int failed = emit(c, NW_QUOTE_INDIRECT, start, end, sp, v, v_end);
  if (own) c->clause_a = c->clause_b = 0;
  if (failed) return;
  c->out->q[c->out->n - 1].sent = sent_of(d, a);
  size_t close = b < ntok(d) ? aside_close(d, b, sent_end(d, b)) : 0;
  if (close && close + 1 < sent_end(d, b)) { /* the clause goes on after the writer's aside */
    size_t after = is_punct(d, close + 1, ',') ? close + 2 : close + 1;
    if (after < sent_end(d, b)) emit_clause(c, after, clause_end(d, c->in_quote, after), sp, v, v_end, ndirect);
    return;
  }
  size_t k = b < ntok(d) && is_punct(d, b, ',') ? b + 1 : b;
  if (k + 2 < ntok(d) && same_sent(d, a, k) && word_is(d, k, "and") && word_is(d, k + 1, "that"))
    emit_clause(c, k + 2, clause_end(d, c->in_quote, k + 2), sp, v, v_end, ndirect);
}

/* `Results so far are “very exciting,” says Kim`: a quote that carries on
** the sentence's own words (its opening mark follows a word, not a comma
** or colon) and closes on a comma before the attribution is the end of a
** reported clause; news annotators mark the whole sentence.  k is the
** token before the attribution; returns the clause's end (exclusive), or
** 0.  The walk back stays inside the quote, within its sentence. */
static inline size_t mixed_quote_end(const context *c, size_t s0, size_t k) {
  const nw_doc *d = c->d;
  if (k < s0 + 3 || !is_mark(d, k) || !is_punct(d, k - 1, ',') || !c->in_quote[k - 1]) return 0;
  size_t open = k - 1;
  while (open > s0 && c->in_quote[open]) open--;
  if (open <= s0 || !is_mark(d, open) || !is_word(d, open - 1)) return 0;
  /* `built in the U.S. “Ignore the cost,” he said`: a sentence the
  ** splitter left joined after an abbreviation */
  if (d->t.tok[open - 1].flags & NW_TF_DOTTED) return 0;
  return k + 1;
}

/* `, adding that ...` after an attribution: the speaker goes on with a
** second speech verb (or the writer with a participle), the attribution
** ended at the comma. */
static int participle_goes_on(const nw_doc *d, size_t k, const speaker *sp) {
  if (!is_punct(d, k, ',')) return 0;
  int cls = verb_at(d, k + 1);
  if (cls) return speaks(cls) && verb_tense(d, k + 1) == NW_TENSE_PARTICIPLE;
  /* `, the agency said, raising fears for ...`: the writer goes on
  ** with the speaker's doing; the clause before stays the speaker's.  The
  ** speaker must be one (`, and heavy rain continued Sunday, forcing`
  ** is no attribution) */
  int named = sp->kind == SP_ACTOR || sp->kind == SP_PRONOUN || (d->tok_info[sp->end - 1] & (NW_TI_ROLE | NW_TI_BODY));
  return named && nw_doc_ing_word(d, k + 1, 6) && (d->t.tok[k + 1].flags & NW_TF_LOWER) &&
         !word_is(d, k + 1, "according");
}

/* After an attribution and a comma, the writer's words, not the speaker's:
** a conjunction and a verb with no subject of its own (`, but declined to
** elaborate`, `, and left`), or what the speaker did not say (`, though she
** did not say why`). */
static int writers_words(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(reticence, "declined", "declines", "refused", "refuses", "elaborate", "elaborated", "say", "specify",
           "comment", "commented", "details", "why");
  if (k >= end || !(word_in(d, k, &contrasts) || word_is(d, k, "and"))) return 0;
  if (k + 1 < end && (verb_at(d, k + 1) || looks_past(d, k + 1) || has_finite_form(d, k + 1))) return 1;
  for (size_t j = k + 1; j < end && j - k < 8; j++)
    if (word_in(d, j, &reticence)) return 1;
  return 0;
}

/* `The mill closed, Ruiz said, in 2019.`: a short phrase of place or time
** after the attribution ends the sentence. */
static int phrase_to_end(const nw_doc *d, size_t k, size_t end) {
  NW_WORDS(preps, "in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later");
  if (k >= end || !word_in(d, k, &preps)) return 0;
  for (size_t j = k + 1; j < end && j - k <= 6; j++) {
    if (is_punct(d, j, '.')) return j + 1 >= end;
    if ((!is_word(d, j) && d->t.tok[j].type != NW_TOK_NUM) || has_finite_form(d, j) || verb_at(d, j)) return 0;
  }
  return 0;
}

/* After the relative word at r, the relative clause's verb and then, up to
** a comma or another relative word, a second verb: the noun phrase is a
** subject with its own verb (`the engineers who inspected it found no
** cracks`), no apposition. */
static int main_verb_after_relative(const nw_doc *d, size_t r, size_t end) {
  size_t m = r + 1;
  while (m < end && !is_punct(d, m, ',') && !has_finite_form(d, m) && verb_start_covering(d, m) < 0) m++;
  for (m++; m < end && !is_punct(d, m, ','); m++) {
    if (word_in(d, m, &relative_words)) return 0; /* `allies whose companies depend`: another relative */
    if (has_finite_form(d, m)) return 1;
  }
  return 0;
}

/* `CLAUSE, officials said Thursday, a move that could strain ties`: a
** noun phrase with a relative clause, after the attribution, is the
** writer's comment on the words reported (`a step`, `the latest sign
** that`), not a clause of its own. */
static int comment_on_clause(const nw_doc *d, size_t k) {
  NW_WORDS(openers, "a", "an", "the");
  if (!word_in(d, k, &openers) || !(d->t.tok[k].flags & NW_TF_LOWER)) return 0;
  size_t end = sent_end(d, k);
  for (size_t j = k + 1; j < end && j - k <= 4; j++) {
    if (word_in(d, j, &relative_words) && j > k + 1) return !main_verb_after_relative(d, j, end);
    if (!is_word(d, j) || has_finite_form(d, j) || verb_start_covering(d, j) >= 0) return 0;
  }
  return 0;
}

/* `CLAUSE, Blair announced Thursday, as allies bolster their forces`: a
** clause of time or cause after the attribution sets the scene; it is the
** writer's, and the words before stay the speaker's. */
static int writers_setting(const nw_doc *d, size_t k) {
  NW_WORDS(openers, "as", "while", "when", "after", "before", "amid", "following", "because", "although", "though",
           "since", "days", "weeks", "hours", "months");
  return (word_in(d, k, &openers) && (d->t.tok[k].flags & NW_TF_LOWER)) || comment_on_clause(d, k);
}

/* `an economist at the bank who`, `a nurse whose`: `a` or `an` at k and
** `who` or `whose` at j, a person described. */
static int indefinite_person(const nw_doc *d, size_t k, size_t j) {
  return (word_is(d, k, "a") || word_is(d, k, "an")) && (word_is(d, j, "who") || word_is(d, j, "whose"));
}

/* `The storm cut power, Boyd said, but crews restored most lines`: an
** attribution set in the middle of a sentence splits the speaker's words
** in two; the part after it is a clause of its own when it holds a finite
** verb early on.  Not a relative (`, who heads the union`), a participle
** (`, citing costs`), a time clause (`, as the crowd cheered`), a quote
** (found by the marks) or `that` (the clause after the verb's `that`). */
static int second_clause_at(const context *c, size_t k, size_t end) {
  const nw_doc *d = c->d;
  NW_WORDS(not_speech, "who", "which", "whose", "as", "when", "while", "before", "after", "that", "where",
           "with", "without", "in", "at", "on", "during", "to", "from", "according");
  if (writers_words(d, k, end) || comment_on_clause(d, k)) return 0;
  /* `, but the ministers will meet`, `, and some drive in` (`, and left` is
  ** the writer's, above) */
  if (k < end && (word_in(d, k, &contrasts) || word_is(d, k, "and"))) k++;
  /* (`Whether they stay, he concedes, is another matter`: a verb right after
  ** the attribution has the words before it for its subject) */
  if (k >= end || !(is_word(d, k) || d->t.tok[k].type == NW_TOK_NUM) || c->in_quote[k] ||
      word_in(d, k, &not_speech) || verb_at(d, k) || looks_past(d, k) || has_finite_form(d, k))
    return 0;
  if (nw_doc_ing_word(d, k, 5)) return 0;
  end = clause_end(d, c->in_quote, k);
  for (size_t j = k; j < end && j - k < 15; j++) {
    if (is_mark(d, j) || c->in_quote[j]) return 0;
    /* `, said Jan Ober, an economist who has studied it.`: someone after
    ** `a` whose first verb is a relative clause's is the speaker's apposition */
    if (j > k && indefinite_person(d, k, j)) return 0;
    if (has_finite_form(d, j) || looks_past(d, j) || present_s_verb(d, k, j) || plural_base_verb(d, k, j)) return 1;
    long v = verb_start_covering(d, j);
    if (v >= 0 && verb_tense(d, (size_t)v) != NW_TENSE_PARTICIPLE) return 1;
  }
  return 0;
}

/* `a memo seen by the Star`, `emails obtained by CBC News`: who saw a
** document is not who wrote it. */
NW_WORDS(seen_by, "seen", "obtained", "reviewed", "viewed", "acquired", "leaked", "shown", "shared");

/* The source after `according to`: `the latest figures from X`,
** `figures from X` (a data noun, bare or after `the` and a few adjectives,
** which speaker_after() does not take for a speaker), else speaker_after(). */
static speaker according_source(const nw_doc *d, size_t k) {
  if (k >= ntok(d)) return no_speaker(); /* `according to` ends the text */
  NW_WORDS(data, "figures", "numbers", "data", "statistics", "estimates", "records", "documents", "projections",
           "polls", "results", "calculations", "research", "analysis", "study", "report", "survey", "census",
           "memo", "memos", "document", "email", "emails", "letter", "briefing", "filing", "filings", "transcript",
           "minutes");
  size_t end = sent_end(d, k), j = k;
  if (word_in(d, j, &articles)) j++;
  while (j < end && j - k < 5 && is_word(d, j) && (d->t.tok[j].flags & NW_TF_LOWER) && !word_in(d, j, &data) &&
         !verb_at(d, j) && !has_finite_form(d, j))
    j++;
  if (word_in(d, j, &data) && j + 1 < end &&
      (word_is(d, j + 1, "from") || word_is(d, j + 1, "by") || is_punct(d, j + 1, ',') || is_punct(d, j + 1, '.') ||
       word_in(d, j + 1, &seen_by) || looks_past(d, j + 1)))
    return (speaker){SP_PHRASE, k, j + 1, -1, 0, 0}; /* `according to provincial data,` */
  /* `according to Ruiz's lawyer`: the one in the role speaks, not Ruiz */
  if (counts_as_actor(d, k) && d->men[d->tok_men[k]].tok == k) {
    size_t e = d->men[d->tok_men[k]].tok + d->men[d->tok_men[k]].ntok;
    if (e + 1 < end && (d->t.tok[e].flags & NW_TF_POSS) && (d->tok_info[e + 1] & NW_TI_ROLE) &&
        (d->t.tok[e + 1].flags & NW_TF_LOWER)) {
      size_t r = e + 2;
      while (r < end && (d->tok_info[r] & NW_TI_INSIDE)) r++;
      return (speaker){SP_PHRASE, k, r, -1, 0, 0};
    }
  }
  return speaker_after(d, k);
}

/* `two people familiar with the matter`, `a source close to the company`,
** `a person with knowledge of the plan`: unnamed people described by what
** they know, up to the comma or the sentence's end (no verb on the way).
** Returns that end, or 0; the speaker's phrase then ends at the people's
** noun. */
#define INSIDER_TOKENS 10
static size_t insiders_end(const nw_doc *d, speaker *sp, size_t end) {
  NW_WORDS(insiders, "people", "person", "source", "sources", "official", "officials", "insider", "insiders", "executive",
           "executives", "diplomat", "diplomats");
  NW_WORDS(knowing, "familiar", "close", "with", "briefed", "involved", "aware", "knowledgeable", "privy");
  if (sp->kind != SP_PHRASE || sp->actor >= 0 || sp->end >= end) return 0;
  /* (the phrase found may hold the first word of the description: `two
  ** people familiar`, `a source close`) */
  size_t k = sp->tok + 1;
  while (k <= sp->end && !(word_in(d, k - 1, &insiders) && word_in(d, k, &knowing))) k++;
  if (k > sp->end) return 0;
  size_t j = k + 1;
  while (j < end && j - k <= INSIDER_TOKENS && !is_punct(d, j, ',') && !is_punct(d, j, '.')) {
    if (!is_word(d, j) || is_mark(d, j) || verb_start_covering(d, j) >= 0 || has_finite_form(d, j)) return 0;
    j++;
  }
  if (j - k > INSIDER_TOKENS) return 0;
  sp->end = k;
  return j;
}

/* `according to Tarnby Transit’s database,`, `according to the latest
** numbers from Statistics Norland,`: the source named by speaker_after() may
** go on with a possessive or an `of`/`from` phrase up to the comma.  The one
** speaking is the owner, or the body the numbers come from.  Returns where
** the source ends (sp->end when it does not go on); a verb or a quote mark
** on the way stops the walk. */
static size_t source_phrase(const nw_doc *d, speaker *sp) {
  NW_WORDS(source_links, "from", "of", "by", "at");
  if (!sp->kind || sp->end >= ntok(d)) return sp->end;
  size_t k = sp->end, end = sent_end(d, sp->end);
  size_t insiders = insiders_end(d, sp, end);
  if (insiders) return insiders;
  if (word_in(d, k, &seen_by)) { /* `a memo seen by the Star,`: the memo speaks, up to the comma */
    for (size_t j = k + 1; j < end && j - k < 9; j++) {
      if (is_punct(d, j, ',') || is_punct(d, j, '.')) return j;
      if (!is_word(d, j) || verb_start_covering(d, j) >= 0 || has_finite_form(d, j)) break;
    }
    return sp->end;
  }
  if (k + 1 < end && looks_past(d, k)) { /* `a study released Monday by X` */
    size_t by = k + 1;
    while (by < end && by - k < 4 && (is_time_word(d, by) || is_time_lead(d, by))) by++;
    if (word_is(d, by, "by")) k = by;
    else /* `a study published Wednesday in the journal Cell.`: the participle's phrase to the comma */
      for (size_t j = k + 1; j < end && j - k < 12; j++) {
        if (is_punct(d, j, ',') || is_punct(d, j, '.')) return j;
        if (counts_as_actor(d, j)) continue; /* (`in the journal Pediatric Reports.`: a name's words) */
        if (is_mark(d, j) || (!is_word(d, j) && d->t.tok[j].type != NW_TOK_NUM) || verb_start_covering(d, j) >= 0 ||
            has_finite_form(d, j))
          break;
      }
  }
  if (k >= end || !((d->t.tok[k].flags & NW_TF_POSS) || word_in(d, k, &source_links))) return sp->end;
  long actor = -1;
  size_t j = k + 1;
  for (; j < end && j - k < 9; j++) {
    if (is_punct(d, j, ',') || is_punct(d, j, '.')) break;
    if (is_mark(d, j) || verb_start_covering(d, j) >= 0 || has_finite_form(d, j)) return sp->end;
    if (d->t.tok[j].type == NW_TOK_PUNCT && !(d->t.tok[j].flags & NW_TF_POSS)) return sp->end;
    if (actor < 0 && counts_as_actor(d, j)) actor = (long)j;
  }
  if (j - k >= 9 || j == k + 1) return sp->end;
  if (d->t.tok[k].flags & NW_TF_POSS) return j; /* the owner speaks */
  /* `Samir Haddad of the University of Guelph`: a person's body is where
  ** the person works; the person speaks */
  if (sp->kind == SP_ACTOR && d->actor[sp->actor].kind == NW_KIND_PERSON && !word_is(d, k, "by")) return j;
  if (actor >= 0) *sp = mention_speaker(d, (size_t)actor);
  else if ((d->t.tok[j - 1].flags & NW_TF_CAP) || (d->tok_info[j - 1] & NW_TI_BODY)) /* `from Barrie police` */
    *sp = (speaker){SP_PHRASE, k + 1, j, -1, 0, 0};
  return j;
}

/* Does the speech verb at k attribute words of its own?  It does when a
** reported clause follows it (`A said the plan failed`), when punctuation
** or a quote mark follows (`the plan, A said, failed`, `A said: ...`) or
** when it is inverted after a comma (`..., said A`).  A speech verb used
** otherwise is the clause's own wording: `line crews will continue to
** work`, `the new rule also explains the longer lines`, `most soups have
** added salt`. */
static int clause_with_opener(const nw_doc *d, const uint8_t *in_quote, size_t a, size_t b);
static int needs_that(const nw_doc *d, size_t v, size_t k);
#define MAX_INNER_SPEECH_VERBS 3
static int attributes(const context *c, size_t k) {
  const nw_doc *d = c->d;
  int cls = verb_at(d, k);
  if (!speaks(cls) || passive_speech(d, k)) return 0; /* (`have not been briefed, an official said`) */
  size_t e = phrase_end(d, k);
  if (e >= sent_end(d, k) || (d->t.tok[e].type == NW_TOK_PUNCT && !(d->t.tok[e].flags & NW_TF_POSS))) return 1;
  if (k > sent_start(d, k) && is_punct(d, k - 1, ',') && participle_aside_before_verb(d, k - 1, sent_end(d, k)))
    return 0; /* `the bridge, estimated to cost $5M, is` */
  if (k > sent_start(d, k) && (is_punct(d, k - 1, ',') || is_mark(d, k - 1))) return 1;
  long a = clause_start_after(d, k, cls);
  if (a < 0) return 0;
  if (word_is(d, (size_t)a - 1, "that") || (cls == NW_VERB_TELL && (size_t)a > e)) return 1;
  size_t b = clause_end(d, c->in_quote, (size_t)a);
  return (has_finite_verb(d, (size_t)a, b) || clause_with_opener(d, c->in_quote, (size_t)a, b)) && !needs_that(d, k, (size_t)a);
}

/* Does the noun phrase sp name someone who can speak: a role, a body, a
** title, a demonym, an actor, a name, a document or an attribution noun
** (`the spokesman`, `the Spaniard`, `the study`), not a thing (`the
** importance of the plan`, `the largest declines`)? */
static int phrase_names_someone(const nw_doc *d, const speaker *sp) {
  for (size_t k = sp->tok; k < sp->end; k++) {
    if ((d->tok_info[k] & (NW_TI_ROLE | NW_TI_BODY | NW_TI_TITLE | NW_TI_DEMONYM)) || counts_as_actor(d, k) ||
        word_in(d, k, &documents) || (is_word(d, k) && (d->t.tok[k].flags & NW_TF_CAP) && !(d->t.tok[k].flags & NW_TF_SENT_START)))
      return 1; /* (a document speaks for its authors; a capitalized word names someone) */
    if (attribution_noun(d, k)) return 1;
  }
  return 0;
}

/* `, said Chief Ana Ruiz of the Tarnby police.`: the person right after an
** inverted verb (past a few words of role) and `of`, `at` or `from` after
** the name. */
static int affiliation_after(const nw_doc *d, size_t ve, const speaker *sp) {
  if (sp->kind != SP_ACTOR || d->actor[sp->actor].kind != NW_KIND_PERSON || sp->tok < ve || sp->tok > ve + 3) return 0;
  for (size_t k = ve; k < sp->tok; k++)
    if (!is_word(d, k) || verb_at(d, k) || has_finite_form(d, k)) return 0;
  return word_is(d, sp->end, "of") || word_is(d, sp->end, "at") || word_is(d, sp->end, "from");
}

static int pronoun_contraction(const nw_doc *d, size_t i);

/* Does [a, b) hold a verb of any kind: a finite form, a speech verb, a
** present in -s or a plain present after a plural, a pronoun's
** contraction, a quote mark (a quote holds its own), or a subordinate
** clause (`While some teams fold`, whose verb the lists may not know)? */
static int verb_in_span(const nw_doc *d, size_t a, size_t b) {
  size_t s = a < b && word_is(d, a, "but") ? a + 1 : a;
  if (s < b && word_in(d, s, &subordinators)) return 1;
  for (size_t i = a; i < b; i++)
    if (has_finite_form(d, i) || (d->tok_info[i] & NW_TI_VERB) || present_s_verb(d, a, i) ||
        plural_base_verb(d, a, i) || pronoun_contraction(d, i) || is_mark(d, i))
      return 1;
  return 0;
}

/* `Hours after the vote`, `During the trial`, `At 2,000 metres`: a few words
** of time or place, opened by a preposition or a span of time, with no verb
** (a plain present the lists do not know, `Regulars line up`, has no such
** opening). */
#define FRAGMENT_WORDS 8
static int adverbial_fragment(const nw_doc *d, size_t a, size_t b) {
  NW_WORDS(openers, "in", "at", "on", "during", "after", "before", "from", "amid", "despite", "under", "for", "with",
           "by", "since", "throughout", "within", "and", "or");
  NW_WORDS(spans, "hours", "days", "minutes", "weeks", "months", "years", "moments", "shortly", "soon", "just");
  NW_WORDS(relations, "after", "before", "later", "earlier", "ago");
  if (b <= a || words_in(d, a, b, FRAGMENT_WORDS + 1) > FRAGMENT_WORDS) return 0;
  for (size_t k = a; k < b; k++)
    if (is_punct(d, k, ',')) return 0; /* `In Quebec, prices climb`: a main clause after the comma */
  int opens = word_in(d, a, &openers) || (word_in(d, a, &spans) && a + 1 < b && word_in(d, a + 1, &relations));
  return opens && !verb_in_span(d, a, b);
}

/* `Asked about the comments, Fraser laughed`, `When pressed on whether it
** would pass, she smiled`: the question put to the subject, no words of
** theirs; a few words with no comma and no verb of their own. */
static int question_opener(const nw_doc *d, size_t a, size_t b) {
  NW_WORDS(put_to, "asked", "pressed", "questioned", "quizzed", "challenged");
  NW_WORDS(about, "about", "whether", "if", "why", "how", "what", "when", "on", "for", "to", "by");
  if (b <= a || b - a > 30) return 0;
  if (word_is(d, a, "when") || word_is(d, a, "if") || word_is(d, a, "once")) a++;
  if (a + 1 >= b || !word_in(d, a, &put_to) || !word_in(d, a + 1, &about)) return 0;
  for (size_t k = a + 2; k < b; k++)
    if (is_punct(d, k, ',') || is_mark(d, k)) return 0;
  return 1;
}

/* `As Ruiz noted, CLAUSE`, `As the minister put it, CLAUSE`: an attribution
** opened by `As` and closed by a comma at the start of the sentence; the
** first token of the clause after it, or 0. */
#define AS_SUBJECT_TOKENS 6
static size_t as_attribution(const nw_doc *d, size_t v) {
  size_t e = phrase_end(d, v), end = sent_end(d, v);
  if (e + 1 >= end || !is_punct(d, e, ',')) return 0; /* (most verbs: no comma after them) */
  size_t s0 = after_dateline(d, sent_start(d, v));
  if (!word_is(d, s0, "as") || v < s0 + 2 || v - s0 > AS_SUBJECT_TOKENS) return 0;
  for (size_t j = s0 + 1; j < v; j++)
    if (!is_word(d, j) || has_finite_form(d, j)) return 0; /* `As prices rose, X said`: a clause of its own */
  return is_word(d, e + 1) && !is_mark(d, e + 1) ? e + 1 : 0;
}

/* `to reporters`, `with The Canadian Press`, `with the Globe`: a hearer
** or medium after the verb; not `to upend the debate`, `with his support`. */
static int hearer_phrase_at(const nw_doc *d, size_t k, size_t end) {
  if (!(word_is(d, k, "to") || word_is(d, k, "with")) || k + 1 >= end) return 0;
  size_t n = word_is(d, k + 1, "the") && k + 2 < end ? k + 2 : k + 1;
  return (d->t.tok[n].flags & NW_TF_CAP) || word_in(d, n, &hearers) || hearer_word(d, n);
}

/* After `, she said`: fillers, time words, a channel and a few short
** phrases of place, time or company (`in an interview with The Canadian
** Press on Tuesday`).  Returns where they end. */
static size_t after_trailing_phrases(const nw_doc *d, size_t k, size_t end) {
  for (int round = 0; round < 3 && k < end; round++) {
    size_t k0 = k;
    while (k < end && (is_filler(d, k) || is_time_word(d, k))) k++;
    k = after_channel(d, k, end);
    if (k < end && (word_in(d, k, &place_time_preps) || hearer_phrase_at(d, k, end))) {
      size_t pp = k + 1;
      while (pp < end && is_word(d, pp) && pp - k <= 4) pp++;
      k = pp;
    }
    if (k == k0) break;
  }
  return k;
}

/* The writer's turns of phrase, no speech: `Having said that,` (before the
** sentence's own subject and verb), `it is fair to say`, `too early to
** say` (a judgement on what can be said), `as they say,` (a saying). */
static __attribute__((noinline)) int writers_turn_of_phrase_rules(const nw_doc *d, size_t v, size_t ve);
/* (inline: most words before a verb are none of the rules' lengths) */
static inline int writers_turn_of_phrase(const nw_doc *d, size_t v, size_t ve) {
  if (v == 0) return 0;
  size_t n = nw_tok_len(&d->t, v - 1);
  return (n == 2 || n == 4 || n == 6) && writers_turn_of_phrase_rules(d, v, ve);
}
static __attribute__((noinline)) int writers_turn_of_phrase_rules(const nw_doc *d, size_t v, size_t ve) {
  NW_WORDS(objects, "that", "this", "so");
  NW_WORDS(judgements, "fair", "safe", "hard", "easy", "difficult", "impossible", "early", "premature", "accurate",
           "soon", "tough", "possible");
  if (v == 0) return 0;
  size_t n = nw_tok_len(&d->t, v - 1); /* (most words before a verb are none of these: their length tells) */
  if (n == 6 && word_is(d, v - 1, "having")) return word_in(d, ve, &objects) && is_punct(d, ve + 1, ',');
  if (n == 4 && v >= 2 && word_is(d, v, "say") && word_is(d, v - 1, "they") && word_is(d, v - 2, "as"))
    return is_punct(d, ve, ',') || word_is(d, ve, "in");
  return n == 2 && v >= 2 && word_is(d, v - 1, "to") && word_in(d, v - 2, &judgements);
}

/* `CLAUSE, X said.`, `CLAUSE, said X.`, `CLAUSE, according to X.`, and
** `CLAUSE, X said, CLAUSE.` */
static void clause_before(context *c, size_t v, int cls, size_t ndirect) {
  nw_doc *d = c->d;
  size_t s0 = after_dateline(d, sent_start(d, v)), end = sent_end(d, v);
  size_t ve = phrase_end(d, v);
  speaker sp = no_speaker();
  size_t rest = 0; /* where a second clause after the attribution starts */
  /* a sentence that opens with a mark is a direct quote's, found by the
  ** marks (asked first: no work below changes anything but memos) */
  if (is_mark(d, s0)) return;
  size_t comma, mixed_end = v > s0 ? mixed_quote_end(c, s0, v - 1) : 0;
  /* `Zelensky, speaking in Kyiv alongside Stubb, said`: a participle after
  ** a comma is an aside of the subject, no attribution of what precedes */
  if (cls != NW_VERB_ACCORDING && verb_tense(d, v) == NW_TENSE_PARTICIPLE && v > s0 && is_punct(d, v - 1, ','))
    return;
  /* `X, left, and Y speak at a rally`: `speak` reports no clause (a photo's
  ** caption, a talk), before it as after it */
  if (word_in(d, v, &speak_forms)) return;
  /* `Remembering Ana, the teacher who taught a town to read`: an infinitive
  ** attributes nothing */
  if (cls != NW_VERB_ACCORDING && v > s0 && word_is(d, v - 1, "to")) return;
  /* `CLAUSE, Ana Ruiz, the mayor, said.`: a verb that ends the sentence
  ** after an apposition's comma has its subject before it, not after */
  size_t after = ve < end ? after_trailing_phrases(d, ve, end) : end; /* `stated at a news conference on Monday.` */
  /* (a sentence cut right after the verb, with no period, may go on past a
  ** line break: `..., said\nAna Ruiz`) */
  int ends = cls != NW_VERB_ACCORDING && !mixed_end && ve < end && (after >= end || is_punct(d, after, '.')) &&
             !counts_as_actor(d, ve) && !(d->t.tok[ve].flags & NW_TF_CAP); /* not `, writes TASS.` */
  if (v > s0 && (is_punct(d, v - 1, ',') || mixed_end) && !ends) { /* `, said X.` / `, according to X.` */
    if (cls != NW_VERB_ACCORDING && opening_person(d, v) >= 0) return; /* `Ana Ruiz, president of X, said ...` */
    sp = cls == NW_VERB_ACCORDING ? according_source(d, ve) : speaker_after(d, ve);
    size_t sp_end = cls == NW_VERB_ACCORDING ? source_phrase(d, &sp) : sp.end;
    if (cls != NW_VERB_ACCORDING && affiliation_after(d, ve, &sp))
      sp_end = source_phrase(d, &sp); /* `, said Ana Ruiz of the Tarnby Institute.` */
    else if (cls != NW_VERB_ACCORDING && sp.kind == SP_PHRASE) {
      size_t insiders = insiders_end(d, &sp, end); /* `, said two people familiar with the talks.` */
      if (insiders) sp_end = insiders;
    }
    comma = v - 1;
    if (!sp.kind || !(sp_end >= end || is_punct(d, sp_end, ',') || is_punct(d, sp_end, '.'))) return;
    if (cls != NW_VERB_ACCORDING && sp.kind == SP_PHRASE && !phrase_names_someone(d, &sp))
      return; /* `, highlighted the importance of X.` */
    if (sp_end < end && is_punct(d, sp_end, ',') && second_clause_at(c, sp_end + 1, end)) rest = sp_end + 1;
  } else {
    sp = subject_before_cached(c, v);
    if (!sp.kind || sp.tok <= s0) return; /* (a subject found before the dateline's end opens no clause) */
    comma = sp.tok - 1; /* `, transport official Ana Diaz said`: a role may come first */
    if (comma > s0 && sp.kind == SP_ACTOR) { /* `, the Salvation Army said`, `, the Norland Red Cross said` */
      size_t j = comma;
      while (j > s0 && sp.tok - j <= 3 && is_word(d, j) && (d->t.tok[j].flags & NW_TF_CAP) && !word_is(d, j, "the"))
        j--;
      if (word_is(d, j, "the") && j > s0) comma = j - 1;
      else if (is_punct(d, j, ',')) comma = j;
    }
    if (comma > s0 && ((d->tok_info[comma] & (NW_TI_ROLE | NW_TI_TITLE)) || title_period(d, comma)))
      while (comma > s0 && !is_punct(d, comma, ',') && (is_word(d, comma) || title_period(d, comma)) &&
             !verb_at(d, comma) && !has_finite_form(d, comma) && sp.tok - comma < 6)
        comma--; /* (`, Const. Dani McKinnon said`: past a title's period too) */
    mixed_end = mixed_quote_end(c, s0, comma);
    if (!is_punct(d, comma, ',') && !mixed_end) return;
    /* after the verb only fillers, time words and a short place or time
    ** phrase may follow (`he said in an interview.`), never `to upend ...` */
    /* `..., she told CBC News on Tuesday.` */
    size_t k = after_trailing_phrases(d, cls == NW_VERB_TELL ? after_hearer(d, ve, end) : ve, end);
    if (k < end && is_punct(d, k, ',') && second_clause_at(c, k + 1, end)) rest = k + 1;
    else if (k < end && !is_punct(d, k, '.') && !participle_goes_on(d, k, &sp) &&
             !(is_punct(d, k, ',') && (writers_words(d, k + 1, end) || conjunction_goes_on(d, k + 1) ||
                                        writers_setting(d, k + 1) || phrase_to_end(d, k + 1, end) ||
                                        word_is(d, k + 1, "that")))) /* `A, Ruiz said, that B` */
      return;
  }
  /* the clause has its own attribution; past a few speech verbs that do
  ** not attribute, give up rather than walk a long sentence again */
  int verbs = 0;
  for (size_t k = s0; k < comma; k++)
    if (!c->in_quote[k] && speaks(verb_at(d, k)) && !writers_turn_of_phrase(d, k, phrase_end(d, k)) &&
        (++verbs > MAX_INNER_SPEECH_VERBS || attributes(c, k)))
      return;
  /* `A, he said, but B`: no one named before the attribution is its he or
  ** she, in either clause */
  c->clause_a = s0, c->clause_b = sp.tok;
  /* `Hours after the vote, Ruiz chimed in.`: a phrase of time or place with
  ** no verb is no clause; when the sentence goes on after the attribution
  ** (`At 30 metres, she said, the sign was visible`) it is the first part
  ** of the words reported */
  /* (nor is a noun phrase with no verb: `Gill's sister, Navneet Gill, read
  ** a statement`) */
  if (mixed_end || rest ||
      !(adverbial_fragment(d, s0, comma) || question_opener(d, s0, comma) || verbless(d, s0, comma)))
    emit_clause(c, s0, mixed_end ? mixed_end : comma, sp, (long)v, ve, ndirect);
  if (rest)
    emit_clause(c, rest, clause_end(d, c->in_quote, rest), sp, (long)v, ve, ndirect);
  c->clause_a = c->clause_b = 0;
}

/* `he’d`, `they're`, `we’ll`, `I’m`: a subject pronoun and its verb in one
** token (the tokenizer splits off only the possessive-looking 's). */
static int pronoun_contraction(const nw_doc *d, size_t i) {
  NW_WORDS(subjects, "he", "she", "they", "we", "i", "you", "it");
  NW_WORDS(verbs, "d", "ll", "re", "ve", "m");
  if (!is_word(d, i)) return 0;
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i), ap = 0, aplen = 0;
  for (size_t k = 1; k < n && k < 5 && !aplen; k++) {
    if (s[k] == '\'') ap = k, aplen = 1;
    else if (k + 2 < n && memcmp(s + k, "\xE2\x80\x99", 3) == 0) ap = k, aplen = 3;
  }
  if (!aplen) return 0;
  return nw_words_has(&subjects, s, ap) && nw_words_has(&verbs, s + ap + aplen, n - ap - aplen);
}


/* Common verbs whose plain present follows a plural subject and whose -s
** form a singular one (plural_base_verb(), present_s_verb()). */
NW_WORDS(base_verbs, "want", "need", "deserve", "remain", "continue", "contain", "take", "make", "believe", "know",
         "think", "feel", "expect", "agree", "understand", "pay", "face", "seem", "appear", "require", "include",
         "tend", "prefer", "plan", "hope", "fear", "worry", "struggle", "live", "spend", "lose", "win", "get",
         "go", "come", "see", "keep", "hold", "support", "oppose", "like", "love", "owe", "lack", "earn",
         "receive", "suffer", "stay", "become", "mean", "show", "cause", "affect", "represent", "reflect",
         "depend", "exist", "matter", "vary", "differ", "cost", "look", "leave", "return", "account", "say",
         "agree", "disagree", "intend", "refuse", "fail", "choose", "deserve", "pose", "play", "run", "arrive",
         "happen", "belong", "survive", "allow", "remember", "forget", "bring", "give", "buy", "sell", "eat", "try",
         "ask", "tell", "find", "provide", "create", "reduce", "improve", "protect", "threaten", "suggest",
         "indicate", "prove", "ignore", "recognize", "accept", "rely", "seek", "decide", "manage", "deny", "admit",
         "argue", "insist", "consider", "hear", "begin", "grow");

/* `needs`, `faces`, `goes`: the -s form of one of those verbs. */
static int base_verb_s(const nw_doc *d, size_t i) {
  const char *s = nw_tok_text(&d->t, i);
  size_t n = nw_tok_len(&d->t, i);
  if (n < 4 || s[n - 1] != 's') return 0;
  return nw_words_has(&base_verbs, s, n - 1) || (s[n - 2] == 'e' && nw_words_has(&base_verbs, s, n - 2));
}

/* `the government stands by its record`: prepositions after a verb (of
** a subject that acts: a role or a body, not `the new rules for`) */
NW_WORDS(verb_preps, "by", "on", "at", "with", "in", "to", "for", "from", "over", "behind", "against", "into");
static int actor_noun(const nw_doc *d, size_t p) {
  return (d->tok_info[p] & (NW_TI_ROLE | NW_TI_BODY)) || nw_doc_kind_noun(d, p);
}

/* `a 34-year-old man faces charges`, `the team's defence needs work`: a
** singular lowercase noun right before i, after a determiner or a
** possessive with at most a few modifiers between (for a common verb's -s
** form with any object). */
static int singular_subject_before(const nw_doc *d, size_t a, size_t i) {
  size_t p = i - 1;
  if (p <= a || !is_word(d, p) || !(d->t.tok[p].flags & NW_TF_LOWER) || plural_shape(d, p) || has_finite_form(d, p) ||
      verb_at(d, p) || pronoun(d, p) || is_filler(d, p) || word_in(d, p, &determiners) || looks_past(d, p) ||
      nw_doc_ing_word(d, p, 5)) /* (`the rising costs`: a modifier) */
    return 0;
  for (size_t q = p; q > a && p - q < 5; q--) {
    if (word_in(d, q - 1, &determiners) || (d->t.tok[q - 1].flags & NW_TF_POSS)) return 1;
    if (!(is_word(d, q - 1) && (d->t.tok[q - 1].flags & NW_TF_LOWER)) && !is_punct(d, q - 1, '-') &&
        d->t.tok[q - 1].type != NW_TOK_NUM)
      return 0;
    if (is_word(d, q - 1) && (has_finite_form(d, q - 1) || verb_at(d, q - 1))) return 0;
  }
  return 0;
}

/* `the party needs to`, `the board often lobbies its members`: a present
** tense in -s that finite_verbs.tsv leaves out because its noun is common
** (`needs`, `plans`, `holds`) is a verb when a noun (or an adverb after
** one) stands before it and an object, `to` or a word that completes it
** (`falls short`, `works well`, `grows quickly`) follows.  After a
** determiner or a possessive it is the noun (`the needs of`, `the city’s
** plans to`). */
static __attribute__((noinline)) int present_s_verb_rules(const nw_doc *d, size_t a, size_t i) {
  NW_WORDS(objects, "a", "an", "the", "to", "his", "her", "its", "their", "our", "my", "your", "this",
           "that", "these", "those", "no", "more", "less", "some", "up", "out", "short", "apart", "well", "behind",
           "ahead", "again", "down", "away", "together", "them", "him", "us", "me", "too", "two", "three", "four",
           "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "several",
           "many", "all", "both", "every", "each", "most", "nearly", "almost", "roughly", "about", "only", "far", "early",
           "late", "often", "fast", "hard", "here", "there", "soon", "anymore", "alone");
  if (i <= a || !is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  if (!s_form(d, i, 4)) return 0;
  /* `said the drug works.`: the verb may end the sentence (with its period:
  ** a text cut off after it reads no further) */
  if (i + 1 >= ntok(d)) return 0;
  int ends = is_punct(d, i + 1, '.');
  size_t o = i + 1 + (is_mark(d, i + 1) && i + 2 < ntok(d)); /* `the ruling sends “a clear message”` */
  /* (or a name: `the union supports Lopez's plan`, `Brazil values China's role`) */
  if (!ends && !word_in(d, o, &objects) && d->t.tok[o].type != NW_TOK_NUM && !ly_adverb(d, o) &&
      !((d->t.tok[o].flags & NW_TF_CAP) && counts_as_actor(d, o)))
    return is_word(d, o) && singular_subject_before(d, a, i) &&
           (base_verb_s(d, i) || (word_in(d, o, &verb_preps) && actor_noun(d, i - 1)));
  size_t p = i - 1;
  if (p > a && is_mark(d, p)) p--; /* `said the board “lobbies its members”` */
  if (p > a && is_filler(d, p)) p--; /* `frequently lobbies` */
  if (!is_word(d, p) || (d->t.tok[p].flags & NW_TF_POSS) || word_in(d, p, &determiners) || is_filler(d, p) ||
      pronoun(d, p) || verb_start_covering(d, p) >= 0 || has_finite_form(d, p))
    return 0;
  /* the noun before: a name, or a lowercase word in a noun phrase */
  if (ends) return p > a && (d->t.tok[p].flags & NW_TF_LOWER) && word_in(d, p - 1, &determiners); /* `the drug works.` */
  /* `the budget`, `the new budget`, `the final death benefit`: a
  ** determiner, perhaps two modifiers after it */
  int det = 0;
  for (size_t q = p; q > a && p - q < 3 && !det; q--) {
    det = word_in(d, q - 1, &determiners);
    if (!(d->t.tok[q - 1].flags & NW_TF_LOWER) || verb_at(d, q - 1) || (has_finite_form(d, q - 1) && !looks_past(d, q - 1)))
      break; /* (`the proposed storage plan`: an -ed word may be a modifier) */
  }
  return (d->t.tok[p].flags & NW_TF_CAP) || det || p == a;
}

/* `said Canadians deserve answers`, `said the reports contain errors`: a
** plain present of a common verb right after a plural subject, which
** finite_verbs.tsv leaves out (its forms are also nouns, or too many).  The
** subject is a plural noun in -s or an irregular plural, never a
** determiner, pronoun or verb (`this`, `its`, `was`). */
static int plural_base_verb(const nw_doc *d, size_t a, size_t i) {
  /* ... and verbs whose form is as often a noun (`the payments help`,
  ** `the roads work`): only with words after them (`residents use the
  ** trail`, `newcomers send money home`) */
  NW_WORDS(base_verbs_with_object, "send", "use", "work", "build", "share", "call", "help", "stand", "move", "raise",
           "hire", "serve", "meet", "carry", "follow", "speak", "talk", "wait", "watch", "miss", "save", "join",
           "offer", "lead", "treat", "trust", "welcome", "demand", "fight", "drive", "rise", "fall", "change",
           "start", "stop", "open", "close", "put", "read", "write", "learn", "teach", "walk", "sit", "die",
           "apply", "claim", "enjoy", "wish", "act", "avoid", "visit", "travel", "compete", "vote", "wear",
           "wonder");
  NW_WORDS(plurals, "people", "children", "men", "women", "police", "staff", "youth", "folks", "kids", "some", "many",
           "most", "both", "all", "few");
  NW_WORDS(adverbs, "never", "always", "often", "rarely", "seldom", "still", "also", "usually", "really", "just",
           "only", "all");
  if (i <= a || !is_word(d, i) || !(d->t.tok[i].flags & NW_TF_LOWER)) return 0;
  if (!word_in(d, i, &base_verbs) &&
      !(word_in(d, i, &base_verbs_with_object) && i + 1 < ntok(d) && same_sent(d, i, i + 1) && is_word(d, i + 1)))
    return 0;
  size_t p = i - 1;
  if (p > a && (word_in(d, p, &adverbs) || ly_adverb(d, p))) p--; /* `the buses never come` */
  if (!is_word(d, p) || (d->t.tok[p].flags & NW_TF_POSS)) return 0;
  if (word_in(d, p, &plurals)) return 1;
  return s_form(d, p, 4) && !word_in(d, p, &determiners) && !pronoun(d, p) && !is_filler(d, p) && !has_finite_form(d, p) &&
         verb_start_covering(d, p) < 0;
}

/* `said schools often underestimate the harm`: a word of frequency after
** the subject's noun is followed by its verb, whatever verb it is. */
static int verb_after_frequency(const nw_doc *d, size_t a, size_t i) {
  NW_WORDS(frequency, "often", "always", "never", "rarely", "seldom", "usually", "sometimes", "generally",
           "typically", "frequently", "routinely", "regularly");
  NW_WORDS(not_verbs, "in", "on", "at", "to", "for", "with", "from", "by", "of", "than", "as", "enough", "and", "or",
           "but", "the", "a", "an", "that", "this", "when", "if", "because", "before", "after", "during");
  if (i <= a || !word_in(d, i, &frequency) || i + 1 >= ntok(d) || !same_sent(d, i, i + 1)) return 0;
  size_t p = i - 1, n = i + 1;
  return is_word(d, p) && !(d->t.tok[p].flags & NW_TF_POSS) && !word_in(d, p, &determiners) && !is_filler(d, p) &&
         is_word(d, n) && (d->t.tok[n].flags & NW_TF_LOWER) && !word_in(d, n, &not_verbs) && !ly_adverb(d, n) &&
         !pronoun(d, n);
}

/* A clause without `that` must hold a finite verb early on (`the talks
** were useful`), or it is the verb's object (`denied media reports`). */
NW_WORDS(wh_words, "how", "what", "why", "whether", "where", "who", "which", "when");

/* `, who was in his 60s,` after a clause's subject: a relative aside set off
** by commas.  i is the first comma; returns the closing one, or 0. */
#define RELATIVE_ASIDE_TOKENS 30
/* The comma that closes an aside opened by the comma at i, within
** RELATIVE_ASIDE_TOKENS and before b; or 0. */
static size_t aside_comma(const nw_doc *d, size_t i, size_t b) {
  for (size_t j = i + 2; j < b && j - i < RELATIVE_ASIDE_TOKENS; j++)
    if (is_punct(d, j, ',')) return j;
  return 0;
}
static size_t relative_aside_end(const nw_doc *d, size_t i, size_t b) {
  NW_WORDS(relatives, "who", "which", "whose");
  if (!is_punct(d, i, ',')) return 0;
  /* `the plan, a project that took years, was`: an apposition with its
  ** own relative clause */
  if (word_in(d, i + 1, &relatives) || comment_on_clause(d, i + 1)) return aside_comma(d, i, b);
  return 0;
}
/* `, estimated at 9,000 hectares,` after a clause's subject: a participle
** phrase set off by commas.  i is the first comma; returns the closing
** one, or 0. */
static size_t participle_aside_end(const nw_doc *d, size_t i, size_t b) {
  if (!is_punct(d, i, ',') || i + 2 >= b || !looks_past(d, i + 1)) return 0;
  return aside_comma(d, i, b);
}
/* `said China and Brazil, as the largest developing countries, share ...`:
** an `as` phrase set off by commas after a short subject, and a lowercase
** word after it that is no function word: the subject's verb (the `and`
** of `Jordan, as the host, and Egypt` is none). */
static int as_aside_before_verb(const nw_doc *d, size_t i, size_t b) {
  NW_WORDS(not_verbs, "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as",
           "from", "that", "which", "who", "it", "he", "she", "they", "we", "its", "their", "his", "her");
  if (!is_punct(d, i, ',') || i + 3 >= b || !word_is(d, i + 1, "as") || !word_in(d, i + 2, &determiners)) return 0;
  size_t close = aside_comma(d, i, b);
  return close && close + 1 < b && is_word(d, close + 1) && (d->t.tok[close + 1].flags & NW_TF_LOWER) &&
         !word_in(d, close + 1, &not_verbs) && !ly_adverb(d, close + 1) &&
         !nw_doc_ing_word(d, close + 1, 5);
}
/* `the fire, estimated at 9,000 hectares, was`: the aside closes and the
** subject's own verb follows. */
static int participle_aside_before_verb(const nw_doc *d, size_t k, size_t end) {
  size_t close = participle_aside_end(d, k, end);
  return close && close + 1 < end && has_finite_form(d, close + 1) && !verb_at(d, close + 1);
}
/* `the province continues to review`: a speech verb that is only ever a
** verb (finite_verbs.tsv lists it) goes on with an infinitive; a form
** that is also a noun (`reports to`, `claims to`) does not tell. */
static int infinitive_after_verb(const nw_doc *d, size_t i) {
  size_t e = phrase_end(d, i);
  return has_finite_form(d, i) && !looks_past(d, i) && word_is(d, e, "to") && e + 1 < ntok(d) &&
         (d->t.tok[e + 1].flags & NW_TF_LOWER) && !word_in(d, e + 1, &determiners);
}
/* `said the message posted on Facebook was false`: a speech verb's -ed
** form after its noun describes it when a finite verb of the clause's own
** follows (no comma between). */
static int reduced_relative(const nw_doc *d, size_t i, size_t b) {
  if (!looks_past(d, i)) return 0;
  for (size_t j = i + 2; j < b && j - i < 10; j++) {
    if (is_punct(d, j, ',') || is_mark(d, j) || word_in(d, j, &subordinators)) return 0;
    if (has_finite_form(d, j) && !looks_past(d, j) && verb_start_covering(d, j) < 0) return 1;
  }
  return 0;
}

/* `policing, snow removal and transit`: after the comma at k, a list's
** next items, plain lowercase words and more commas, up to its `and` or
** `or` within a few words.  Returns the `and`, or 0. */
#define LIST_ITEM_TOKENS 6
static size_t list_goes_on(const nw_doc *d, size_t k, size_t end) {
  for (size_t j = k + 1; j < end && j - k <= LIST_ITEM_TOKENS; j++) {
    if ((word_is(d, j, "and") || word_is(d, j, "or")) && j > k + 1) return j;
    if (is_punct(d, j, ',')) continue;
    if (!is_word(d, j) || !(d->t.tok[j].flags & NW_TF_LOWER) || has_finite_form(d, j) || verb_start_covering(d, j) >= 0 ||
        pronoun(d, j) || word_in(d, j, &determiners))
      return 0;
  }
  return 0;
}
/* `said officers responded to an alarm`: a speech verb's past tense in -ed
** right after a plural noun or a name is that subject's verb, whatever
** preposition follows (not `denied media reports about`: no past). */
static int past_after_subject(const nw_doc *d, size_t a, size_t i) {
  if (i <= a || !looks_past(d, i) || !is_word(d, i - 1) || (d->t.tok[i - 1].flags & NW_TF_POSS)) return 0;
  if (counts_as_actor(d, i - 1)) return 1;
  const char *s = nw_tok_text(&d->t, i - 1);
  size_t n = nw_tok_len(&d->t, i - 1);
  return (d->t.tok[i - 1].flags & NW_TF_LOWER) && n > 3 && s[n - 1] == 's' && s[n - 2] != 's' &&
         !word_in(d, i - 1, &determiners) && !pronoun(d, i - 1) && !is_filler(d, i - 1) &&
         verb_start_covering(d, i - 1) < 0;
}

static int has_finite_verb(const nw_doc *d, size_t a, size_t b) {
  /* words after which a verb's object, not a clause, goes on */
  NW_WORDS(linkers, "by", "to", "in", "on", "at", "for", "with", "from", "as", "and",
                                        "or", "but", "of", "about", "up", "out", "off", "into");
  /* a subject pronoun opens a clause: `said she felt`, `said it expects`
  ** (but `stressed it by calling it`) */
  if (b > a + 1) {
    int p = pronoun(d, a);
    if ((p && p != PRON_IT) || word_is(d, a, "you") || pronoun_contraction(d, a)) return 1;
    size_t next = is_mark(d, a + 1) && a + 2 < b ? a + 2 : a + 1; /* `said it “strongly condemns” the` */
    if (p == PRON_IT && next == a + 1 && is_word(d, next) && !word_in(d, next, &linkers))
      return it_has_verb(d, next); /* (not `said it again`) */
    if ((p == PRON_IT || word_is(d, a, "there")) && is_word(d, next) && !word_in(d, next, &linkers)) return 1;
    NW_WORDS(pointers, "that", "this", "what", "here", "there");
    if (word_in(d, a, &pointers) && (d->t.tok[a + 1].flags & NW_TF_POSS)) return 1; /* `that’s`: that is */
  }
  size_t aside = 0; /* tokens of asides skipped */
  int indefinite = word_is(d, a, "a") || word_is(d, a, "an"); /* (asked once, for the rule below) */
  for (size_t i = a + 1; i < b && i - a - aside < 14; i++) { /* a subject comes first */
    if (is_punct(d, i, ',')) { /* (an age or an aside opens with a comma) */
      if (age_apposition(d, i)) { /* `said Okafor, 34, left`: the age is no end of the subject */
        i += 2;
        continue;
      }
      size_t close = relative_aside_end(d, i, b);
      if (!close && i - a <= 6) close = participle_aside_end(d, i, b); /* after a short subject */
      if (close) { /* `said the man, who was in his 60s, was pronounced dead` */
        aside += close - i;
        i = close;
        continue;
      }
      if (i - a <= 6 && as_aside_before_verb(d, i, b)) return 1;
      size_t conj = list_goes_on(d, i, b);
      if (conj && i - a <= 8) { /* `said rising costs for policing, snow removal and transit left` */
        i = conj;
        continue;
      }
      return 0;
    }
    if (word_in(d, i, &subordinators)) return 0;
    /* `declared a state of emergency after the plant failed`: an
    ** indefinite object and a time clause; its verb is the clause's */
    if (indefinite && i > a + 1 && (word_is(d, i, "after") || word_is(d, i, "before"))) return 0;
    /* `added the shootout winner as the Canadiens beat`: the verb after `as`
    ** and a subject of its own is the `as` clause's, not the reported one's */
    if (word_is(d, i, "as") && i + 1 < b &&
        (word_in(d, i + 1, &determiners) || pronoun(d, i + 1) || counts_as_actor(d, i + 1)))
      return 0;
    /* `told the story of how he survived`: an object noun with a question
    ** hanging on it; the verb is the question's */
    if (word_in(d, i, &wh_words) && word_in(d, i - 1, &linkers)) return 0;
    long v = verb_start_covering(d, i);
    /* `said the work adds to the evidence`: a speech verb's present after its subject */
    if (v == (long)i && word_is(d, phrase_end(d, i), "to") && present_s_verb(d, a, i)) return 1;
    if (v >= 0) /* `officials believe ...`, not `denied media reports about`, `and reaffirming` */
      return v == (long)i && verb_tense(d, i) != NW_TENSE_PARTICIPLE && !word_in(d, i - 1, &linkers) &&
             /* `said the search continues.`, `said the union agreed.` (not `to
             ** customer demands.`: an -s form may be a plural noun) */
             (i + 1 < b || word_in(d, i, &continue_forms) || (i > a && verb_tense(d, i) == NW_TENSE_PAST)) &&
             (!word_in(d, phrase_end(d, i), &linkers) || infinitive_after_verb(d, i) || past_after_subject(d, a, i) ||
              reduced_relative(d, i, b)) &&
             !is_punct(d, phrase_end(d, i), ',');
    /* `a packed gallery`, `the elected members`: an -ed word after an
    ** article describes the noun */
    if (has_finite_form(d, i) && !(looks_past(d, i) && word_in(d, i - 1, &articles)) &&
        !(looks_past(d, i) && i == a + 1 && ly_adverb(d, a))) /* `claims democratically governed Taiwan` */
      return 1;
    if (present_s_verb(d, a, i) || plural_base_verb(d, a, i) || verb_after_frequency(d, a, i)) return 1;
  }
  return 0;
}

/* `said when the council ignores them, it is insulting`, `says too often,
** crews wait`: a subordinate clause or an adverb of a few words may open a
** reported clause; its main clause after a comma holds the finite verb.
** With no such comma (`said when asked`) there is no clause. */
static int clause_with_opener(const nw_doc *d, const uint8_t *in_quote, size_t a, size_t b) {
  if (word_in(d, a, &subordinators)) {
    for (size_t i = a + 2; i < b && i - a < 40; i++)
      if (is_punct(d, i, ',') && !in_quote[i] && has_finite_verb(d, i + 1, b)) return 1;
    return 0;
  }
  /* `at 6:15 a.m., only two trains ran`: a phrase of time before a comma */
  size_t p = after_prepositional_phrase(d, a, b);
  if (p > a && is_punct(d, p, ',') && !in_quote[p] && has_finite_verb(d, p + 1, b)) return 1;
  NW_WORDS(adverbs, "sometimes", "otherwise", "overall", "instead", "meanwhile", "usually", "generally");
  NW_WORDS(conjunctions, "and", "or", "but", "so");
  size_t i = a;
  while (i < b && i - a < 3 && (is_filler(d, i) || word_in(d, i, &adverbs)) && !has_finite_form(d, i)) i++;
  return i > a && is_punct(d, i, ',') && !word_in(d, i + 1, &conjunctions) && has_finite_verb(d, i + 1, b);
}

/* Verbs whose object is mostly a noun phrase (`announced their plans`,
** `the study estimated the cost at`, `suggested a ban`): without `that`
** they report speech only with a subject pronoun next (`announced he will
** step down`), never with a noun phrase that a later verb could take for
** a clause. */
static int needs_that(const nw_doc *d, size_t v, size_t k) {
  NW_WORDS(object_verbs, "announce", "announces", "announced", "announcing", "suggest", "suggests",
           "suggested", "suggesting", "estimate", "estimates", "estimated", "estimating", "forecast",
           "forecasts", "forecasted", "forecasting", "signal", "signals", "signaled", "signalled",
           "signaling", "signalling", "conclude", "concludes", "concluded", "concluding", "deny",
           "denies", "denied", "denying", "report", "reports", "reported", "reporting", "confirm",
           "confirms", "confirmed", "confirming", "reveal", "reveals", "revealed", "revealing",
           "predict", "predicts", "predicted", "predicting", "recommend", "recommends",
           "recommended", "recommending", "propose", "proposes", "proposed", "proposing", "demand",
           "demands", "demanded", "demanding", "read", "reads", "text", "texts", "texted", "email",
           "emails", "emailed", "specify", "specifies", "specified", "answer", "answers", "answered",
           "answering", "publish", "publishes", "published", "explain", "explains", "explained", "explaining",
           "describe", "describes", "described", "describing", "urge", "urges", "urged", "urging", "post", "posts",
           "posted", "posting", "record", "records", "recorded", "recording");
  if (!word_in(d, v, &object_verbs)) return 0;
  int p = pronoun(d, k);
  return !(p || word_is(d, k, "you") || word_is(d, k, "there"));
}

/* `X called the plan a costly mistake`, `X described the fire as the
** worst in decades`: the judgement after the object is X's, reported.
** Returns where it starts, or -1.  The object is a pronoun or a short
** lowercase noun phrase after a determiner; the judgement opens with
** a/an/the/`one of` (`called the police`, `called on`, `a group called
** the Friends of ...`, `was described as` have none). */
/* `a few minutes later`, `a day after`, `a second time`, `a dozen times`:
** after `called X`, a time or a count, not a judgement (also `called it a
** day`). */
static int time_phrase(const nw_doc *d, size_t y, size_t end) {
  NW_WORDS(times, "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
           "years", "time", "times", "second", "few", "dozen", "couple", "moment", "night", "morning",
           "evening", "afternoon", "later", "ago", "again");
  for (size_t j = y + 1; j < end && j < y + 4 && is_word(d, j); j++)
    if (word_in(d, j, &times)) return 1;
  return 0;
}

static __attribute__((noinline)) long naming_complement_rules(const nw_doc *d, size_t v);
/* The first letter first (`call...`, `describe...`): most verbs are neither. */
static inline long naming_complement(const nw_doc *d, size_t v) {
  unsigned c0 = (unsigned char)nw_tok_text(&d->t, v)[0] | 0x20;
  return c0 == 'c' || c0 == 'd' ? naming_complement_rules(d, v) : -1;
}
static __attribute__((noinline)) long naming_complement_rules(const nw_doc *d, size_t v) {
  NW_WORDS(call, "call", "calls", "called", "calling");
  NW_WORDS(describe, "describe", "describes", "described", "describing");
  NW_WORDS(objects, "it", "him", "her", "them", "this", "that", "himself", "herself", "themselves", "itself");
  int calls = word_in(d, v, &call);
  if (!calls && !word_in(d, v, &describe)) return -1;
  size_t s0 = sent_start(d, v), end = sent_end(d, v), k = v + 1;
  if (v == s0 || word_in(d, v - 1, &be_forms) || word_is(d, v - 1, "so") || k >= end) return -1;
  size_t y = 0;
  if (word_in(d, k, &objects)) {
    y = k + 1;
  } else if (word_in(d, k, &object_determiners)) {
    for (size_t j = k + 1; j < end && j - k <= 3; j++) {
      if (!is_word(d, j) || !(d->t.tok[j].flags & NW_TF_LOWER) || word_is(d, j, "of") || verb_at(d, j) ||
          has_finite_form(d, j))
        return -1;
      if (j > k + 1 && (calls ? word_in(d, j, &articles) || (word_is(d, j, "one") && word_is(d, j + 1, "of"))
                              : word_is(d, j, "as"))) {
        y = j;
        break;
      }
    }
    if (!y && !calls) /* `described the long delay at the border as` */
      for (size_t j = k + 4; j < end && j - k <= 8 && is_word(d, j) && !verb_at(d, j); j++)
        if (word_is(d, j, "as")) {
          y = j;
          break;
        }
  }
  if (!y || y >= end) return -1;
  if (!calls) {
    if (!word_is(d, y, "as")) return -1;
    y++;
  } else if (!(word_in(d, y, &articles) || (word_is(d, y, "one") && word_is(d, y + 1, "of")))) {
    return -1;
  }
  /* `called it a “class act”`: a quoted judgement is a partial quote,
  ** found by its marks */
  if (y >= end || is_mark(d, y) || (word_in(d, y, &articles) && is_mark(d, y + 1))) return -1;
  if (calls && time_phrase(d, y, end)) return -1; /* `called the police a few minutes later` */
  return (long)y;
}

/* `would not say whether`, `didn't say`, `declined to say if`, `refused to
** comment on`: speech the subject withheld reports nothing. */
static int withheld(const nw_doc *d, size_t v) {
  NW_WORDS(refusals, "declined", "declines", "declining", "refused", "refuses", "refusing", "unwilling",
           "reluctant");
  if (v == 0 || !same_sent(d, v - 1, v)) return 0;
  size_t p = v - 1;
  if (word_is(d, p, "to") && p > 0) p--; /* `declined to say` */
  /* (a refusal starts with d, r or u, a negative with n or ends in t: `not`,
  ** `never`, `didn't`; most words before a verb are neither) */
  const char *w = nw_tok_text(&d->t, p);
  size_t n = nw_tok_len(&d->t, p);
  unsigned c0 = (unsigned char)w[0] | 0x20;
  if (n == 0 || !(c0 == 'd' || c0 == 'r' || c0 == 'u' || c0 == 'n' || ((unsigned char)w[n - 1] | 0x20) == 't')) return 0;
  return word_in(d, p, &refusals) || negative_word(d, p);
}

/* `urged voters to send a signal to the council`, `urging households
** to limit water use`: what the speaker urged, its hearer and the infinitive
** together, is reported speech as news annotators mark it.  Returns where
** the hearer starts, or -1.  The hearer holds no punctuation, mark or verb
** of its own but in a relative clause (`urged anyone who has not been
** vaccinated to book`). */
#define URGED_OBJECT_TOKENS 10
static __attribute__((noinline)) long urged_object_rules(const nw_doc *d, size_t v);
/* The first letter first (`urge...`, `called`, `calling`): most verbs are neither. */
static inline long urged_object(const nw_doc *d, size_t v) {
  unsigned c0 = (unsigned char)nw_tok_text(&d->t, v)[0] | 0x20;
  return c0 == 'u' || c0 == 'c' ? urged_object_rules(d, v) : -1;
}
static __attribute__((noinline)) long urged_object_rules(const nw_doc *d, size_t v) {
  NW_WORDS(urge, "urge", "urges", "urged", "urging", "called", "calling"); /* `called on`, `calling on` */
  if (!word_in(d, v, &urge)) return -1;
  size_t k = phrase_end(d, v), end = sent_end(d, v);
  if (k >= end || !is_word(d, k) || word_is(d, k, "to") || word_is(d, k, "that") || verb_at(d, k) ||
      has_finite_form(d, k))
    return -1;
  int relative = 0;
  for (size_t j = k + 1; j + 1 < end && j - k <= URGED_OBJECT_TOKENS; j++) {
    if (word_is(d, j, "to")) return is_word(d, j + 1) && (d->t.tok[j + 1].flags & NW_TF_LOWER) ? (long)k : -1;
    if (word_is(d, j, "who") || word_is(d, j, "that")) relative = 1;
    if (!is_word(d, j) || (!relative && (verb_at(d, j) || has_finite_form(d, j)))) return -1;
  }
  return -1;
}

/* `two cracks that engineers said did not look dangerous`, `what it
** says is a record drop in enrolment`, `a levy which the agency said in a 2019
** report would halve costs`: after a relative word and the speaker, a say
** verb followed by a verb of its own (past a time or a channel) has the
** relative word for the clause's subject; the words from that verb on are
** the speaker's.  Returns the clause's first token, or -1. */
static long relative_clause_start(const nw_doc *d, size_t v, speaker *sp, size_t *rel) {
  NW_WORDS(say, "say", "says", "said");
  NW_WORDS(relative, "that", "which", "what", "who");
  NW_WORDS(documents, "report", "statement", "study", "letter", "filing", "interview", "release", "ruling");
  size_t s0 = sent_start(d, v);
  if (v < s0 + 2 || !word_in(d, v, &say)) return -1;
  int p = pronoun(d, v - 1);
  if (counts_as_actor(d, v - 1) && d->men[d->tok_men[v - 1]].tok + d->men[d->tok_men[v - 1]].ntok == v)
    *sp = mention_speaker(d, v - 1);
  else if (p && p != PRON_FIRST)
    *sp = (speaker){SP_PRONOUN, v - 1, v, -1, p, 0};
  else
    *sp = phrase_ending_at(d, v - 1);
  if (!sp->kind) return -1;
  size_t t = sp->tok; /* `that Chief Reyes said`: past a title */
  while (t > s0 && sp->tok - t < 4 && (d->t.tok[t - 1].flags & NW_TF_CAP) &&
         (d->tok_info[t - 1] & (NW_TI_TITLE | NW_TI_ROLE | NW_TI_HONORIFIC | NW_TI_INSIDE)))
    t--;
  if (t > s0 + 2 && is_punct(d, t - 1, '.') && (d->tok_info[t - 2] & NW_TI_HONORIFIC)) t -= 2; /* `Mr.` */
  if (t <= s0 || !word_in(d, t - 1, &relative)) return -1;
  *rel = t - 1;
  if (sp->kind == SP_PRONOUN && (p == PRON_THEY || p == PRON_IT)) {
    /* `tenants were upset by what they said was`, `the city is short
    ** of what it says it needs`: the subject of the clause the relative
    ** hangs on, when it is no person */
    for (size_t f = main_clause_start(d, *rel); f < *rel; f++) {
      if (!has_finite_form(d, f) && verb_start_covering(d, f) < 0) continue;
      speaker main = f > s0 ? subject_before(d, f) : no_speaker();
      if ((main.kind == SP_PHRASE && main.actor < 0) ||
          (main.kind == SP_ACTOR && d->actor[main.actor].kind != NW_KIND_PERSON))
        *sp = main;
      break;
    }
  }
  size_t k = phrase_end(d, v), end = sent_end(d, v);
  while (k < end && is_time_word(d, k)) k++;
  size_t ch = after_channel(d, k, end);
  if (ch == k && word_is(d, k, "in")) /* `in a 2019 report` */
    for (size_t j = k + 1; j < end && j - k <= 4 && (is_word(d, j) || d->t.tok[j].type == NW_TOK_NUM); j++)
      if (word_in(d, j, &documents)) {
        ch = j + 1;
        break;
      }
  k = ch;
  while (k < end && is_time_word(d, k)) k++;
  if (k + 1 >= end || !has_finite_form(d, k) || looks_past(d, k)) return -1;
  return (long)k;
}

/* `despite repeated warnings`, `amid renewed calls`: a past form after a
** preposition and before a noun describes the noun; nobody speaks. */
static int adjectival_past(const nw_doc *d, size_t v) {
  NW_WORDS(preps, "despite", "with", "after", "amid", "amidst", "following", "against", "of", "for");
  int tense = verb_tense(d, v);
  return v > 0 && (tense == NW_TENSE_PAST || tense == NW_TENSE_PASTPART) && same_sent(d, v - 1, v) &&
         word_in(d, v - 1, &preps) && phrase_end(d, v) == v + 1 && is_word(d, v + 1) &&
         (d->t.tok[v + 1].flags & NW_TF_LOWER) && !word_in(d, v + 1, &object_determiners) && !pronoun(d, v + 1);
}

/* `Chow had a blunt message for the province: stop downloading costs`,
** `The chief had a warning for drivers: slow down`: a message the subject
** had or sent, set after a colon, is their reported words.  The verb is
** the message's noun. */
#define MESSAGE_LOOK 12
/* The first sentence from s on whose bytes hold byte `b`, or nsent: most
** sentences hold no colon, and one search over the text skips them. */
static size_t next_sentence_with(const nw_doc *d, size_t s, char b) {
  const nw_sent *sent = d->t.sent;
  while (s < d->t.nsent) {
    const char *at = memchr(d->t.s + sent[s].start, b, d->t.n - sent[s].start);
    if (!at) return d->t.nsent;
    size_t byte = (size_t)(at - d->t.s);
    while (s < d->t.nsent && sent[s].end <= byte) s++;
    if (s < d->t.nsent && sent[s].start <= byte) return s; /* (else between sentences: on from the next) */
  }
  return s;
}
static void colon_messages(context *c) {
  NW_WORDS(having, "had", "has", "have", "sent", "delivered", "offered", "gave", "issued");
  NW_WORDS(messages, "message", "warning", "advice", "plea", "reminder", "request", "demand", "challenge", "words",
           "word", "prediction", "promise", "ultimatum", "appeal");
  NW_WORDS(kinds, "a", "an", "this", "one", "some", "the", "his", "her", "their", "its", "simple", "blunt", "clear",
           "stark", "direct", "pointed", "stern", "firm", "strong", "short", "brief", "final", "grim",
           "sobering", "different", "new", "similar");
  nw_doc *d = c->d;
  size_t ndirect = c->out->n;
  for (size_t s = 0; s < d->t.nsent; s++) {
    s = next_sentence_with(d, s, ':');
    if (s >= d->t.nsent) break;
    const nw_sent *se = &d->t.sent[s];
    for (size_t v = se->tok > 1 ? se->tok : 1; v < se->tok + se->ntok && v + 3 < ntok(d); v++) {
      if (c->in_quote[v] || !word_in(d, v, &having) || !word_in(d, v + 1, &kinds)) continue;
      size_t n = v + 1, end = sent_end(d, v);
      while (n < end && n - v <= 4 && word_in(d, n, &kinds)) n++;
      if (n >= end || !word_in(d, n, &messages)) continue;
      size_t colon = n + 1; /* `for the province`, `to voters` */
      while (colon < end && colon - n < MESSAGE_LOOK && is_word(d, colon)) colon++;
      if (colon + 1 >= end || !is_punct(d, colon, ':') || !is_word(d, colon + 1)) continue;
      speaker sp = subject_before(d, v);
      if (!(sp.kind == SP_ACTOR || sp.kind == SP_PRONOUN ||
            (sp.kind == SP_PHRASE && (d->tok_info[sp.end - 1] & (NW_TI_ROLE | NW_TI_BODY)))))
        continue;
      emit_clause(c, colon + 1, clause_end(d, c->in_quote, colon + 1), sp, (long)n, n + 1, ndirect);
    }
  }
}

/* `WATCH | Tenants say they are being pushed out:`, `LISTEN: ...`: a link
** to a video or a podcast opening at s0, the title of something else. */
static int media_link(const nw_doc *d, size_t s0) {
  NW_WORDS(media, "watch", "listen", "video", "photos", "gallery");
  return s0 + 1 < ntok(d) && (d->t.tok[s0].flags & NW_TF_ALLCAPS) && word_in(d, s0, &media) &&
         (is_punct(d, s0 + 1, '|') || is_punct(d, s0 + 1, ':'));
}

static void reported_speech(context *c) {
  nw_doc *d = c->d;
  size_t ndirect = c->out->n;
  if (reach_index_build(&c->direct, c->out, NW_QUOTE_DIRECT)) {
    c->out->oom = 1;
    return;
  }
  for (size_t n = 0; n < c->nverbs; n++) {
    size_t v = c->verbs[n].tok;
    int cls = c->verbs[n].cls;
    size_t ve = phrase_end(d, v);
    if (cls == NW_VERB_ACCORDING) {
      if (!(word_is(d, v, "according") || word_is(d, v, "as"))) continue;
      speaker sp = according_source(d, ve);
      if (!sp.kind) continue;
      size_t k = source_phrase(d, &sp);
      if (is_punct(d, k, ',') && after_dateline(d, sent_start(d, v)) == v) { /* According to X, CLAUSE */
        size_t aside = relative_aside_end(d, k, sent_end(d, k)); /* `According to X, who commutes daily, ...` */
        if (aside) k = aside;
        if (!is_word(d, k + 1) && d->t.tok[k + 1].type != NW_TOK_NUM) continue;
        emit_clause(c, k + 1, clause_end(d, c->in_quote, k + 1), sp, (long)v, ve, ndirect);
      } else if (v > 0 && is_punct(d, v - 1, ',')) { /* CLAUSE, according to X */
        /* `Ana Ruiz, according to the report, rebuffed the offer`: a short
        ** subject, the aside, then the predicate it reports */
        size_t s0 = main_clause_start(d, v), p = k + 1;
        int subject = is_punct(d, k, ',') && p < sent_end(d, v) && v > s0 + 1 && v - s0 <= 7 &&
                      (d->t.tok[p].flags & NW_TF_LOWER) && (has_finite_form(d, p) || verb_start_covering(d, p) >= 0);
        for (size_t j = s0; j + 1 < v && subject; j++)
          subject = !is_mark(d, j) && !has_finite_form(d, j) && verb_start_covering(d, j) < 0 && !is_punct(d, j, ',');
        if (subject) emit_clause(c, p, clause_end(d, c->in_quote, p), sp, (long)v, ve, ndirect);
        else clause_before(c, v, cls, ndirect);
      }
      continue;
    }
    long named = naming_complement(d, v);
    if (named >= 0) { /* `called the plan a costly mistake`, `described her as ...` */
      speaker sp = listed_verb_speaker(c, n);
      if (sp.kind == SP_ACTOR || sp.kind == SP_PRONOUN ||
          (sp.kind == SP_PHRASE && (d->tok_info[sp.end - 1] & (NW_TI_ROLE | NW_TI_BODY)))) {
        emit_clause(c, (size_t)named, clause_end(d, c->in_quote, (size_t)named), sp, (long)v, ve, ndirect);
        continue;
      }
    }
    /* `knows`, `feels`, `hopes`, `believed`: a state of mind the writer
    ** reports, not speech (news annotators leave it out) */
    if (!speaks(cls) || cls == NW_VERB_ASK || withheld(d, v) || document_participle(d, v) || adjectival_past(d, v) ||
        writers_turn_of_phrase(d, v, ve) || media_link(d, sent_start(d, v)))
      continue;
    /* `The ban was announced after a vote that ...`, `He was told the plan
    ** ...`, `Residents were urged to`: the subject of a passive is spoken
    ** of or to; who spoke the text does not say, and a reported clause
    ** needs a speaker */
    if (passive_speech(d, v)) continue;
    /* `continued`, `went on` speak only next to a quote (`“…,” he
    ** continued`) or set off by commas (`A, he went on, B`): not in `The
    ** trial, set for three weeks, continues Wednesday.` */
    if (going_on_form(d, v) && !is_punct(d, ve, ',') && !is_punct(d, ve, '.'))
      continue;
    long urged = urged_object(d, v);
    if (urged >= 0) { /* `urged voters to send a signal` */
      speaker sp = listed_verb_speaker(c, n);
      if (!sp.kind && v >= 2 && word_is(d, v - 1, "to")) { /* `leading the town to urge households to` */
        sp = counts_as_actor(d, v - 2) ? mention_speaker(d, v - 2) : phrase_ending_at(d, v - 2);
        /* `an opportunity to urge`, `a bid to urge`: the noun is what the urging is for */
        NW_WORDS(purposes, "opportunity", "chance", "way", "time", "effort", "attempt", "bid", "move", "decision",
                 "plan", "push", "campaign", "occasion", "reason", "need", "meeting", "visit", "trip", "call");
        if (sp.kind == SP_PHRASE && word_in(d, sp.end - 1, &purposes)) sp = no_speaker();
      }
      emit_clause(c, (size_t)urged, clause_end(d, c->in_quote, (size_t)urged), sp, (long)v, ve, ndirect);
      continue;
    }
    if (inverted_at_end(d, v)) {
      clause_before(c, v, cls, ndirect);
      continue;
    }
    size_t as = as_attribution(d, v);
    if (as) { /* `As Ruiz noted, the ferry is always late.` */
      emit_clause(c, as, clause_end(d, c->in_quote, as), listed_verb_speaker(c, n), (long)v, ve, ndirect);
      continue;
    }
    long k = clause_start_after(d, v, cls);
    int after_that = k > 1 && (word_is(d, (size_t)k - 1, "that") ||
                               (is_punct(d, (size_t)k - 1, ',') && word_is(d, (size_t)k - 2, "that")));
    /* `she spoke no English and had never seen snow`: `speak` takes a
    ** language or a topic, a clause only after `that` */
    if (k >= 0 && !after_that && word_in(d, v, &speak_forms)) k = -1;
    /* `told the court he lied`; not `told the court, his voice shaking`:
    ** after a comma the words must hold a clause of their own */
    int after_hearer = cls == NW_VERB_TELL && k > (long)phrase_end(d, v) && !is_punct(d, (size_t)k - 1, ',');
    size_t end = k >= 0 ? clause_end(d, c->in_quote, (size_t)k) : 0;
    if (k >= 0 && after_hearer && verbless(d, (size_t)k, end)) k = -1; /* `told the finance committee on Tuesday` */
    if (k >= 0) end = relative_clause_close(d, v, (size_t)k, end);
    if (k >= 0 && !after_that && !after_hearer &&
        (!(has_finite_verb(d, (size_t)k, end) || clause_with_opener(d, c->in_quote, (size_t)k, end)) ||
         needs_that(d, v, (size_t)k)))
      k = -1;
    if (k >= 0) {
      speaker sp = listed_verb_speaker(c, n);
      /* `It was under her, he said, that the port closed`: the words
      ** before the attribution are the speaker's too, and no one named in
      ** them is the he or she */
      int cleft = after_that && is_punct(d, (size_t)k - 2, ',') && (size_t)k - 2 == ve;
      if (cleft) c->clause_a = sent_start(d, v), c->clause_b = v;
      emit_clause(c, (size_t)k, end, sp, (long)v, ve, ndirect);
      if (cleft) {
        c->clause_a = c->clause_b = 0;
        clause_before(c, v, cls, ndirect);
      }
      continue;
    }
    if (v > 0 && d->t.tok[v].flags & NW_TF_LOWER) {
      speaker sp;
      size_t rel;
      long r = relative_clause_start(d, v, &sp, &rel);
      if (r >= 0) {
        size_t e = clause_end(d, c->in_quote, (size_t)r);
        if (rel > 0 && is_punct(d, rel - 1, ',')) /* `, which X said ..., was`: the aside ends at its comma */
          for (size_t j = (size_t)r; j < e; j++)
            if (is_punct(d, j, ',') && !c->in_quote[j]) e = j;
        /* `relations that he said have “no limit”`: a verb and a short
        ** quote are that quote, not a clause around it */
        size_t own = 0, quoted = 0;
        for (size_t j = (size_t)r; j < e; j++)
          if (is_word(d, j)) c->in_quote[j] ? quoted++ : own++;
        if (own < 2 && quoted <= MAX_EMBEDDED_WORDS && quoted > 0) continue;
        emit_clause(c, (size_t)r, e, sp, (long)v, ve, ndirect);
        continue;
      }
    }
    clause_before(c, v, cls, ndirect);
  }
}

/* ------------------------------------------------------------ the finder */

/* A quoted word or short phrase inside a reported clause (`he said the
** price was “appropriate”`, `said she was “truly alarmed” by`) is part
** of that paraphrase, not speech of its own: news annotators mark the
** clause, not the fragment.  So is one as long as a sentence that the
** clause's own verb attributes (`said the board was “very pleased with the
** decision, which levels the field for every member”`).  A phrase of a few
** words in between (`said they oppose “interference by external forces”`),
** a fragment with a verb of its own inside the clause (`said he wept, in
** what she called “the longest night”`) and fragments elsewhere (`called
** the ties “unprecedented”`) are partial quotes, kept as direct. */
static int embedded_in_clause(const nw_doc *d, const reach_index *indirect, const nw_quote *q) {
  if (q->kind != NW_QUOTE_DIRECT || q->start == 0 || !reaches(indirect, q->start - 1, q->end)) return 0;
  /* (counted as far as the comparisons below need) */
  size_t words = nw_count_words_max(d->t.s + q->start, q->end - q->start, CLAUSE_LONG_FRAGMENT_WORDS);
  if (words <= MAX_EMBEDDED_WORDS) return 1;
  if (words < CLAUSE_LONG_FRAGMENT_WORDS) return 0;
  /* the clause nearest before the quote: does it hold the quote's own verb? */
  const reach_entry *e = &indirect->e[starting_by(indirect, q->start - 1) - 1];
  int own_verb = q->verb_end > q->verb_start && e->start <= q->verb_start && q->verb_start < q->start;
  return e->end + 3 >= q->end && !own_verb;
}

static void drop_embedded(const nw_doc *d, nw_quotes *out) {
  reach_index indirect;
  if (reach_index_build(&indirect, out, NW_QUOTE_INDIRECT)) {
    out->oom = 1;
    return;
  }
  size_t w = 0;
  for (size_t i = 0; i < out->n; i++) {
    nw_quote *q = &out->q[i];
    if (!embedded_in_clause(d, &indirect, q)) out->q[w++] = *q;
  }
  out->n = w;
  free(indirect.e);
}

/* `READ MORE: ...`, `WATCH BELOW: ...`, `Related: ...`: a paragraph that
** opens with a link label is another story's headline or a video's
** caption; the words quoted or reported there are not this story's. */
#define LINK_LABEL_WORDS 3
#define LINK_LOOK_BACK_SENTENCES 16
/* Does sentence s open with a link label and its colon? */
static inline int link_label_line(const nw_doc *d, uint32_t s) {
  NW_WORDS(labels, "read", "more", "watch", "below", "related", "listen", "see", "also", "video", "photos",
           "click", "here");
  size_t k = d->t.sent[s].tok, e = k + d->t.sent[s].ntok;
  if (k >= e || !word_in(d, k, &labels)) return 0; /* (the first word's sieve rules out most lines) */
  size_t j = k + 1;
  while (j < e && j - k < LINK_LABEL_WORDS && word_in(d, j, &labels)) j++;
  return j > k && j < e && is_punct(d, j, ':');
}
static int link_paragraph(const nw_doc *d, size_t i) {
  uint32_t s = sent_of(d, i), para = para_of(d, i);
  for (uint32_t n = 0; s > 0 && d->t.sent[s - 1].paragraph == para; s--)
    if (++n > LINK_LOOK_BACK_SENTENCES) return 0; /* a long paragraph is no link line */
  return link_label_line(d, s);
}

/* Does any paragraph of the text open with a link label?  (Most texts
** have none: their quotes need no look-up of their paragraphs.) */
static int has_link_paragraph(const nw_doc *d) {
  for (uint32_t s = 0; s < d->t.nsent; s++)
    if ((s == 0 || d->t.sent[s - 1].paragraph != d->t.sent[s].paragraph) && link_label_line(d, s)) return 1;
  return 0;
}

static void drop_link_lines(const nw_doc *d, nw_quotes *out) {
  if (!has_link_paragraph(d)) return;
  size_t w = 0;
  for (size_t i = 0; i < out->n; i++) {
    nw_quote *q = &out->q[i];
    size_t t = nw_tok_at_byte(&d->t, q->start);
    if (!(t < ntok(d) && link_paragraph(d, t))) out->q[w++] = *q;
  }
  out->n = w;
}

/* `tweeted that he had spoken with Ruiz and that the city would help`: a
** speech verb inside a reported clause may give the clause after it once
** more; of two quotes of the same kind and words, the one whose verb comes
** first stays.  The quotes are sorted by start. */
static int duplicate_of_earlier_verb(const nw_quotes *out, size_t i) {
  const nw_quote *q = &out->q[i];
  size_t lo = i, hi = i + 1; /* the quotes that start where q does */
  while (lo > 0 && out->q[lo - 1].start == q->start) lo--;
  while (hi < out->n && out->q[hi].start == q->start) hi++;
  for (size_t j = lo; j < hi; j++) {
    const nw_quote *o = &out->q[j];
    if (j != i && o->end == q->end && o->kind == q->kind &&
        (o->verb_start < q->verb_start || (o->verb_start == q->verb_start && j < i)))
      return 1;
  }
  return 0;
}

static void drop_duplicates(nw_quotes *out) {
  uint8_t *dup = calloc(out->n + 1, 1); /* marked first: the list is read while kept ones move */
  if (!dup) {
    out->oom = 1;
    return;
  }
  for (size_t i = 0; i < out->n; i++) dup[i] = (uint8_t)duplicate_of_earlier_verb(out, i);
  size_t w = 0;
  for (size_t i = 0; i < out->n; i++)
    if (!dup[i]) out->q[w++] = out->q[i];
  out->n = w;
  free(dup);
}

static int by_start(const void *a, const void *b) {
  const nw_quote *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* The steps, in order.  Returns -1 when the first ones found no memory
** (the others mark out->oom). */
static int find_all(context *c, spans *ss) {
  if (!c->in_quote || !c->subject || pair_marks(c->d, ss)) return -1;
  for (size_t n = 0; n < ss->n; n++) memset(c->in_quote + ss->s[n].a, 1, ss->s[n].b - ss->s[n].a);
  c->spans = ss;
  if (find_verbs(c)) return -1;
  find_subjects(c);
  direct_quotes(c, ss);
  pull_quotes(c);
  transcript_lines(c);
  question_answers(c);
  embedded_posts(c);
  name_closing_quotes(c);
  reported_speech(c);
  colon_messages(c);
  nw_quotes *out = c->out;
  drop_embedded(c->d, out);
  drop_link_lines(c->d, out);
  /* by start and kind, equal ones kept in order (direct quotes, then reported ones) */
  if (nw_sort_runs(out->q, out->n, sizeof *out->q, by_start)) qsort(out->q, out->n, sizeof *out->q, by_start);
  drop_duplicates(out);
  unnamed_pronoun_speakers(c);
  resolve_follow_ons(c);
  name_roles(c);
  return 0;
}

int nw_find_quotes(nw_doc *d, nw_quotes *out) {
  memset(out, 0, sizeof *out);
  context c = {.d = d, .out = out};
  spans ss = {0};
  c.in_quote = calloc(ntok(d) + 1, 1);
  c.subject = malloc((d->t.nsent + 1) * sizeof *c.subject);
  size_t room = ntok(d) + 1, sents = d->t.nsent + 1;
  uint32_t *known = calloc(sents * sizeof *known + 2 * room, 1);
  speaker_after_slot after[AFTER_SLOTS];
  for (size_t i = 0; i < AFTER_SLOTS; i++) after[i].k1 = 0;
  if (known) {
    uint8_t *per_token = (uint8_t *)(known + sents);
    tokens_known = (token_memo){d, per_token, per_token + room, known, after}; /* (without: the rules each time) */
  }
  int failed = find_all(&c, &ss);
  tokens_known = (token_memo){NULL, NULL, NULL, NULL, NULL};
  free(known);
  free(c.in_quote);
  free(c.verbs);
  free(c.direct.e);
  free(c.para_doc);
  free(ss.s);
  if (failed) {
    free(c.subject);
    return -1;
  }
  for (size_t s = 0; s < d->t.nsent; s++) /* users of the list see a person or -1 */
    if (c.subject[s] < -1) c.subject[s] = -1;
  out->subject = c.subject;
  return out->oom ? -1 : 0;
}
