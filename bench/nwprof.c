/*
** bench/nwprof.c — the newswire core over a corpus without SQLite, for
** profiling (valgrind --tool=callgrind counts instructions repeatably).
**
**   build/nwprof STAGE DIR
**
** STAGE is read (files and articles() parsing), sentences, actors (the
** analysis behind actors() and mentions()), quotes (analysis and quotes) or
** stances (analysis, quotes, stances).  Prints what it found, so that two
** builds can be compared.  Built by `make build/nwprof` (mk/bench.mk).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nw_actors.h"
#include "nw_article.h"
#include "nw_corpus.h"
#include "nw_lex.h"
#include "nw_quotes.h"
#include "nw_sentence.h"
#include "nw_stance.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s read|sentences|actors|quotes|stances DIR\n", argv[0]);
    return 2;
  }
  const char *stage = argv[1];
  int level = !strcmp(stage, "read")        ? 0
              : !strcmp(stage, "sentences") ? 1
              : !strcmp(stage, "actors")    ? 2
              : !strcmp(stage, "quotes")    ? 3
              : !strcmp(stage, "stances")   ? 4
                                            : -1;
  if (level < 0) {
    fprintf(stderr, "unknown stage %s\n", stage);
    return 2;
  }
  nw_lex(); /* load the dictionaries before counting */
  nw_corpus c;
  char *err = NULL;
  if (nw_corpus_open(&c, argv[2], &err)) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  nw_buf raw = {0};
  nw_article a;
  nw_article_init(&a);
  size_t files = 0, bytes = 0, body = 0, sents = 0, actors = 0, mentions = 0, quotes = 0, stances = 0;
  for (size_t f = 0; f < c.count; f++) {
    free(err);
    err = NULL;
    if (nw_read_file(c.paths[f], &raw, (size_t)1 << 30, 0, &err) != NW_READ_OK) continue;
    if (nw_article_parse(&a, raw.p, raw.n)) return 1;
    files++;
    bytes += raw.n;
    body += a.body.n;
    const char *s = a.body.p ? a.body.p : "";
    if (level == 1) {
      nw_sentencer st;
      nw_sentencer_init(&st, s, a.body.n);
      size_t x, y;
      int para;
      while (nw_sentence_next(&st, &x, &y, &para)) sents++;
    } else if (level >= 2) {
      nw_doc d = {0};
      nw_quotes q = {0};
      nw_stances st = {0};
      if (nw_doc_analyze(&d, s, a.body.n, NULL)) return 1;
      actors += d.nactor;
      mentions += d.nmen;
      if (level >= 3 && nw_find_quotes(&d, &q)) return 1;
      quotes += q.n;
      if (level >= 4 && nw_find_stances(&d, &q, &st)) return 1;
      stances += st.n;
      nw_stances_free(&st);
      nw_quotes_free(&q);
      nw_doc_free(&d);
    }
  }
  printf("%s: %zu files, %zu bytes, %zu body bytes, %zu sentences, %zu actors, %zu mentions, %zu quotes, "
         "%zu stances\n",
         stage, files, bytes, body, sents, actors, mentions, quotes, stances);
  free(err);
  nw_buf_free(&raw);
  nw_article_free(&a);
  nw_corpus_close(&c);
  return 0;
}
