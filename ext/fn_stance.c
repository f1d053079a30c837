/*
** fn_stance.c — stances(text) and stance(text, target).
**
**   SELECT source, target, score, evidence FROM stances(:text);
**   SELECT stance(:text, 'NATO');      -- REAL in [-1, 1], or NULL
**
** stances(): one row per evidence sentence and (source, target) pair;
** source and target are actor names as actors() gives them; evidence is the
** sentence, with its offset and length in characters.
**
** stance(text, target): the mean score of the text's stances toward target,
** from any source; 0.0 when the text mentions target but takes no stance,
** NULL when it does not mention it.  target matches an actor's canonical
** name or an alias of it (case-insensitive, with or without `the`: `the
** Kremlin`, `kremlin`, `usa`), or a country code (`RUS`, `rus`: every actor
** of Russia, the state, its people and bodies).
**
** Scores are computed in single precision; they are given rounded to six
** decimals, so that 0.53 reads 0.53 and not 0.529999971389771.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fn_scan.h"
#include "nw_lex.h"

SQLITE_EXTENSION_INIT3

/* ------------------------------------------------------------ stances() */

/* A score as users read it: the float's binary noise rounded away. */
static double six_decimals(double x) {
  double scaled = x * 1e6;
  return (double)(long long)(scaled < 0 ? scaled - 0.5 : scaled + 0.5) / 1e6;
}

static void *stances_start(sqlite3 *db, nw_conn *conn, const nw_cell *arg, char **err) {
  (void)db;
  return fn_scan_start(conn, arg, NW_NEED_STANCES, err);
}

static int next(void *state, nw_cell *row, char **err) {
  (void)err;
  fn_scan *scan = state;
  const nw_doc *d = &scan->an->doc;
  if (scan->next >= scan->an->stances.n) return NW_DONE;
  const nw_stance *st = &scan->an->stances.s[scan->next++];
  const nw_sent *se = &d->t.sent[st->sent];
  size_t offset = nw_tvf_cp(&scan->chars, se->start), end = nw_tvf_cp(&scan->chars, se->end);
  const char *src = d->actor[st->source].name, *tgt = d->actor[st->target].name;
  row[0] = nw_cell_text(src, strlen(src));
  row[1] = nw_cell_text(tgt, strlen(tgt));
  row[2] = nw_cell_real(six_decimals(st->score));
  row[3] = nw_cell_text(d->t.s + se->start, se->end - se->start);
  row[4] = nw_cell_int((sqlite3_int64)offset);
  row[5] = nw_cell_int((sqlite3_int64)(end - offset));
  return NW_ROW;
}

static const char *const columns[] = {"source", "target", "score", "evidence", "offset", "length", NULL};
static const char *const args[] = {"text", NULL};

const nw_tvf nw_stances_tvf = {
    .name = "stances",
    .columns = columns,
    .args = args,
    .required = 1,
    .start = stances_start,
    .next = next,
    .finish = fn_scan_finish,
};

/* ------------------------------------------------------------ stance() */

/* The canonical name of the entity of gazetteer g that the whole of
** s[0..n) is an alias of, also after a leading `the` (`the Kremlin`), or
** NULL. */
static const char *alias_name(const nw_gazetteer *g, const char *s, size_t n) {
  const char *name = NULL;
  nw_tokens t = {0};
  if (nw_tokenize_phrase(&t, s, n) == 0) {
    for (size_t from = 0; !name && from < 2 && from < t.ntok; from++) {
      if (from == 1 && !nw_tok_is_ci(&t, 0, "the")) break;
      const nw_alias *alias;
      int len = nw_gaz_match(g, &t, from, &alias);
      if (len > 0 && (size_t)len == t.ntok - from) name = g->ent[alias->entity].name;
    }
  }
  nw_tokens_free(&t);
  return name;
}

/* s[0..n) with ASCII letters capitalized: every one (upper != 0) or each
** word's first (`united states` -> `United States`). */
static void recase(char *s, size_t n, int upper) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i], prev = i ? (unsigned char)s[i - 1] : ' ';
    int starts_word = prev == ' ' || prev == '-' || prev == '.';
    if ((unsigned)(c - 'a') < 26u && (upper || starts_word)) s[i] = (char)(c - 32);
  }
}

/* The canonical names the target text is an alias of, in the user's entries
** and the built-in ones (NULL where it is none).  Aliases match with their
** case (`US` is not `us`), so a target typed in lowercase is tried again
** capitalized and in capitals (`united states`, `nato`).  Done once per
** call, not once per actor. */
static void target_aliases(const char *target, size_t n, const nw_gazetteer *user, const char *names[2]) {
  const nw_gazetteer *gs[2] = {user, &nw_lex()->gaz};
  names[0] = names[1] = NULL;
  char *copy = n ? malloc(n) : NULL;
  for (int variant = 0; variant < 3; variant++) {
    const char *s = target;
    if (variant > 0) {
      if (!copy) break;
      memcpy(copy, target, n);
      recase(copy, n, variant == 2);
      s = copy;
    }
    for (int g = 0; g < 2; g++)
      if (gs[g] && (variant == 0 || !names[g])) names[g] = alias_name(gs[g], s, n);
    if (names[0] || names[1]) break;
  }
  free(copy);
}

/* Does actor a answer to target: its name, an alias of it, or its country? */
static int is_target(const nw_doc *d, size_t a, const char *target, size_t n, const char *const aliases[2]) {
  const nw_doc_actor *x = &d->actor[a];
  if (strlen(x->name) == n && strncasecmp(x->name, target, n) == 0) return 1;
  if (n == 3 && x->country[0] && strncasecmp(x->country, target, 3) == 0) return 1;
  for (int g = 0; g < 2; g++)
    if (aliases[g] && strcmp(aliases[g], x->name) == 0) return 1;
  return 0;
}

void nw_stance_func(sqlite3_context *ctx, int argc, sqlite3_value **argv);
void nw_stance_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) return;
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  size_t n = text ? strnlen(text, (size_t)sqlite3_value_bytes(argv[0])) : 0;
  const char *target = (const char *)sqlite3_value_text(argv[1]);
  size_t tn = target ? strnlen(target, (size_t)sqlite3_value_bytes(argv[1])) : 0;
  if (!text || !target) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  nw_conn *conn = sqlite3_user_data(ctx);
  char *err = NULL;
  int rc;
  nw_analysis *an = nw_analysis_get(conn, text, n, NW_NEED_STANCES, &rc, &err);
  if (!an) {
    if (rc == SQLITE_NOMEM) {
      sqlite3_result_error_nomem(ctx);
    } else {
      sqlite3_result_error(ctx, err ? err : "stance(): error", -1);
      sqlite3_result_error_code(ctx, rc); /* SQLITE_INTERRUPT stays one */
    }
    free(err);
    return;
  }
  const nw_doc *d = &an->doc;
  const char *aliases[2];
  target_aliases(target, tn, an->user, aliases);
  unsigned char *match = calloc(d->nactor + 1, 1);
  int mentioned = 0;
  for (size_t a = 0; match && a < d->nactor; a++)
    if (d->actor[a].mentions && is_target(d, a, target, tn, aliases)) match[a] = 1, mentioned = 1;
  double sum = 0;
  size_t count = 0;
  const nw_stances *st = &an->stances;
  for (size_t i = 0; match && i < st->n; i++)
    if (match[st->s[i].target] && !match[st->s[i].source]) sum += six_decimals(st->s[i].score), count++;
  if (!match) sqlite3_result_error_nomem(ctx);
  else if (mentioned) sqlite3_result_double(ctx, count ? six_decimals(sum / (double)count) : 0.0);
  free(match);
  nw_analysis_release(an);
}
