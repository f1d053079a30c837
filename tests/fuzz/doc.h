/*
** doc.h — the analysis the actor, quote and stance targets share.
**
** Input: optional user dictionary lines, then the text.  When the input
** holds a line `--` (the first one), the lines before it are entries of a
** user's newswire_actors table, `name<TAB>alias<TAB>kind<TAB>country<TAB>role`
** (fields may be missing), loaded the way nw_user.c loads the table; the
** rest is the text.  Otherwise all of it is the text.
*/
#ifndef NW_FUZZ_DOC_H
#define NW_FUZZ_DOC_H

#include "fuzz.h"
#include "nw_actors.h"
#include "nw_lex.h"

static int fuzz_is_common(const char *s, size_t n) { return nw_lex_is_common(nw_lex(), s, n); }

/* Splits a line into up to 5 tab-separated fields. */
static size_t fuzz_fields(const char *s, size_t n, const char **f, size_t *len) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= n && k < 5; i++) {
    if (i == n || s[i] == '\t') {
      f[k] = s + start;
      len[k++] = i - start;
      start = i + 1;
    }
  }
  for (size_t j = k; j < 5; j++) f[j] = "", len[j] = 0;
  return k;
}

/* Builds the user gazetteer from s[0..n) lines, as nw_user.c does. */
static void fuzz_user(nw_gazetteer *g, const char *s, size_t n) {
  const nw_gazetteer *base = &nw_lex()->gaz;
  size_t line = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && s[i] != '\n') continue;
    const char *f[5];
    size_t len[5];
    fuzz_fields(s + line, i - line, f, len);
    line = i + 1;
    if (!len[0]) continue;
    int b = nw_map_get(&base->by_name, f[0], len[0], -1);
    if (b >= 0 && nw_map_get(&g->by_name, f[0], len[0], -1) < 0) {
      const nw_entity *x = &base->ent[b];
      nw_gaz_entity(g, f[0], len[0], x->kind, x->country, strlen(x->country), x->role ? x->role : "",
                    x->role ? strlen(x->role) : 0, x->gender);
    }
    int k = len[2] ? nw_kind_from_name(f[2], len[2]) : 0;
    if (!k && b < 0) k = NW_KIND_PERSON;
    int e = nw_gaz_entity(g, f[0], len[0], k, f[3], len[3], f[4], len[4], 0);
    nw_gaz_alias(g, e, f[0], len[0], 0, fuzz_is_common);
    if (len[1]) nw_gaz_alias(g, e, f[1], len[1], 0, fuzz_is_common);
  }
}

typedef struct fuzz_doc {
  char *all;         /* the input before its first NUL */
  const char *s;     /* the text */
  size_t n;
  nw_gazetteer user;
  int has_user;
  nw_doc doc;
} fuzz_doc;

/* Returns 0, or -1 when the analysis ran out of memory (not a finding). */
static int fuzz_doc_analyze(fuzz_doc *f, const uint8_t *data, size_t size) {
  memset(f, 0, sizeof *f);
  size_t n;
  f->all = fuzz_text(data, size, &n);
  f->s = f->all;
  f->n = n;
  nw_gaz_init(&f->user);
  const char *sep = NULL;
  size_t ulen = 0;
  if (n >= 3 && memcmp(f->all, "--\n", 3) == 0) {
    sep = f->all;
    f->s = f->all + 3;
  } else if ((sep = memmem(f->all, n, "\n--\n", 4)) != NULL) {
    ulen = (size_t)(sep - f->all);
    f->s = sep + 4;
  }
  if (sep) {
    fuzz_user(&f->user, f->all, ulen);
    f->has_user = !f->user.oom;
    f->n = n - (size_t)(f->s - f->all);
  }
  if (nw_doc_analyze(&f->doc, f->s, f->n, f->has_user ? &f->user : NULL)) return -1;
  const nw_doc *d = &f->doc;
  /* the promises actors() and mentions() rely on */
  for (size_t i = 0; i < d->nmen; i++) {
    const nw_mention *m = &d->men[i];
    FUZZ_CHECK(m->actor < d->nactor);
    FUZZ_CHECK(m->start <= m->end && m->end <= f->n);
    FUZZ_CHECK(m->tok + m->ntok <= d->t.ntok);
    if (i) FUZZ_CHECK(d->men[i - 1].start <= m->start);
  }
  for (size_t a = 0; a < d->nactor; a++) {
    const nw_doc_actor *x = &d->actor[a];
    FUZZ_CHECK(x->name != NULL);
    FUZZ_CHECK(nw_kind_name(x->kind) != NULL);
    if (x->mentions) FUZZ_CHECK(x->first <= f->n); /* actors() shows only these */
  }
  for (size_t i = 0; i < d->t.nsent; i++) {
    const nw_sent *se = &d->t.sent[i];
    FUZZ_CHECK(se->start <= se->end && se->end <= f->n);
  }
  return 0;
}

static void fuzz_doc_free(fuzz_doc *f) {
  nw_doc_free(&f->doc);
  nw_gaz_free(&f->user);
  free(f->all);
}

#endif
