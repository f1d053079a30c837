/*
** nw_stance.h — who stands where toward whom, sentence by sentence.
**
** Works on an analyzed text and its quotes.  In each sentence:
**
**   - cues come from the stance lexicon (sql/dict/stance.tsv): the language
**     of diplomacy, conflict, courts, business and sport with a polarity
**     graded like the Goldstein scale, sign(g)·sqrt(|g|/10);
**   - modifiers (sql/dict/modifiers.tsv) change a cue: a negation in the
**     three words before it (`not`, `never`, `refused to`, `has yet to`)
**     multiplies by -0.74 (VADER's measured constant); a booster or dampener
**     right before it (`deeply`, `somewhat`) adds or takes 0.293; after a
**     contrast (`but`, `however`) the clause after weighs 1.5, before 0.5;
**   - inside a quote or reported speech the stance belongs to the speaker,
**     toward the actor the quote is about (the nearest one to the cue);
**   - outside quotes a verb's subject holds the stance toward its object
**     (`X criticized Y`), and with the subject the party, body or country
**     named before its title (`Republican Senator X`, `Vela host X`) or
**     the person who owns a body (`Dana Kirk's Vela Corp`); in
**     an opening participle clause the subject is the main clause's
**     (`Criticizing Peru, Chile recalled its envoy`); the
**     passive swaps them (`X was criticized by Y`),
**     as do `obj>subj` phrases (`X drew praise from Y`); a cue after
**     `accused Y of` belongs to Y, its nearest subject; an evaluative noun or
**     adjective (`Russia's aggression`, `a hostile reaction from the West`)
**     is the sentence subject's stance toward the actor it is next to,
**     but words said against someone (`X's allegations`) are X's own,
**     no one's judgement of X;
**   - a verb joined by and/but to one whose object ends right before it
**     keeps that verb's subject (`criticized X and praised Y`); support
**     only advised or thought of (`should help X`) is none; a visit, and
**     a meeting of two teams (`the Leafs host the Canadiens`), is no
**     stance; a positive verb whose object comes past a hostile -ing
**     word opposes it (`voted for banning X`);
**   - in reported words him/her may be the speaker (`X said Y insulted
**     him`: Y's hostility, and X's complaint against Y), and a quoted
**     word after `said that Y` is the speaker's judgement of Y; a verb
**     whose subject is she/he/they that cannot be the speaker (gender,
**     another person named first) is no stance of the speaker's;
**   - two actors as one subject who meet, agree, or sign or strike a pact,
**     deal or treaty stand with each other; support for a hostile act
**     against someone (`backed the sanctions on X`) opposes X; a call for
**     or a welcome of X's resignation, ouster or arrest opposes X (and
**     condemning it sides with X); a negated verb whose object is `any` of
**     a kind names no one; a participle with `by` after a common noun (`a
**     budget backed by X`) is that noun's.
**
** One row per sentence and (source, target) pair: the mean of its cues,
** in [-1, 1].
*/
#ifndef NW_STANCE_H
#define NW_STANCE_H

#include <stddef.h>
#include <stdint.h>

#include "nw_quotes.h"

typedef struct nw_stance {
  int32_t source, target;   /* actors */
  float score;
  uint32_t sent;            /* the evidence sentence */
} nw_stance;

typedef struct nw_stances {
  nw_stance *s;
  size_t n, cap;
  int oom;
} nw_stances;

/* Finds the stances of an analyzed text with its quotes, in text order.
** Returns 0 or -1 (memory). */
int nw_find_stances(const nw_doc *d, const nw_quotes *q, nw_stances *out);
void nw_stances_free(nw_stances *s);

#endif
