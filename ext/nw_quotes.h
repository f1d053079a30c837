/*
** nw_quotes.h — who said what: direct and reported speech, with speakers.
**
** Works on an analyzed text (nw_actors.h), so speakers resolve to the same
** canonical names actors() gives.
**
** Direct quotes are the words between quotation marks:
**   - marks pair by direction and kind within a paragraph (“…” "…" «…» „…“
**     and mixed pairs like “…"); single marks ‘…’ count only outside double
**     ones; apostrophes (don’t, Russia’s, ’90s) are not marks;
**   - a paragraph that ends inside a quote continues it when the next
**     paragraph opens with a mark; otherwise the quote ends with its
**     paragraph, so a stray mark never swallows the article;
**   - a short quoted term with no speech or naming verb in its sentence is a
**     scare quote or a title (`the “hostile” reaction`), not speech;
**   - a paragraph without marks followed by a line that is only a name and
**     a title (`Daniel Kritenbrink Assistant Secretary of State ...`) is a
**     pull quote of that person.
** Attribution, in order: a speech verb and speaker right after the quote
** (`“…,” X said`, `“…,” said X`, `“…,” said the spokesman, X`), before it
** (`X said, “…”`, `X, who noted that “…”`, `X: “…”`, `according to X,
** “…”`), a dash after it (`” — X`), a naming verb's subject (`X called the
** ties “unprecedented”`), a colon line before the paragraph, and last the
** previous quote's speaker when the quote goes on with no attribution of its
** own (`“A,” he said. “B.”`, a new paragraph that opens with a quote).
**
** Reported speech (kind indirect) is the clause of a speech verb:
** `X said/stated/noted/told reporters (that) CLAUSE`, `according to X,
** CLAUSE`, `CLAUSE, X said`, `CLAUSE, according to X`, `X, adding that
** CLAUSE` (the sentence's subject speaks).  The clause ends at the
** sentence's end or where a new attribution starts (`, adding ...`, `, he
** said`, a dash, a semicolon).
**
** Speakers: a name or alias gives its actor; a role phrase the actor step
** resolved gives its person; he/she gives the nearest person of that gender
** before it (outside quotes); other noun phrases (`a justice official`,
** `some experts`, `the joint statement`) are the speaker as written; no
** speaker gives NULL, never a guess.
*/
#ifndef NW_QUOTES_H
#define NW_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "nw_actors.h"

enum { NW_QUOTE_DIRECT = 1, NW_QUOTE_INDIRECT = 2 };

typedef struct nw_quote {
  uint32_t start, end;          /* the quoted words (bytes) */
  uint32_t sp_start, sp_end;    /* speaker_text (bytes; equal when none) */
  uint32_t verb_start, verb_end;
  int32_t actor;                /* the speaker's actor, or -1 */
  char *speaker;                /* canonical name or phrase, or NULL */
  uint32_t sent;                /* sentence where the quote starts */
  uint8_t kind;
  uint8_t follow_on;            /* no attribution of its own (internal) */
} nw_quote;

typedef struct nw_quotes {
  nw_quote *q;
  size_t n, cap;
  int32_t *subject;   /* per sentence: the person it is about (pronouns
                         resolved), or -1; stance uses it */
  int oom;
  struct nw_text_block *texts; /* where the speakers' strings are kept (internal) */
} nw_quotes;

/* Finds the quotes of an analyzed text, in text order.  Returns 0 or -1. */
int nw_find_quotes(nw_doc *d, nw_quotes *out);
void nw_quotes_free(nw_quotes *q);

#endif
