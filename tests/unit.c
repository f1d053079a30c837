/*
** unit.c — unit tests of the pure C core (no SQLite involved).
**
** Ends with one line `N passed, N failed`; exit status 1 when any failed.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "nw_article.h"
#include "nw_markup.h"
#include "nw_lex.h"
#include "nw_map.h"
#include "nw_phrase.h"
#include "nw_sentence.h"
#include "nw_text.h"
#include "nw_token.h"
#include "nw_words.h"

#include <pthread.h>

static int passed, failed;

#define CHECK(cond)                                                   \
  do {                                                                \
    if (cond) passed++;                                               \
    else {                                                            \
      failed++;                                                       \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);          \
    }                                                                 \
  } while (0)

static int buf_is(const nw_buf *b, const char *want) {
  size_t n = strlen(want);
  return b->n == n && (n == 0 || memcmp(b->p, want, n) == 0);
}

/* ------------------------------------------------------------ UTF-8 */

static void test_decode(void) {
  size_t i = 0;
  CHECK(nw_utf8_next("A", 1, &i) == 'A' && i == 1);
  i = 0;
  CHECK(nw_utf8_next("\xC3\xA9", 2, &i) == 0xE9 && i == 2);
  i = 0;
  CHECK(nw_utf8_next("\xE2\x80\x9C", 3, &i) == 0x201C && i == 3);
  i = 0;
  CHECK(nw_utf8_next("\xF0\x9F\x98\x80", 4, &i) == 0x1F600 && i == 4);
  i = 0;  /* overlong '/' */
  CHECK(nw_utf8_next("\xC0\xAF", 2, &i) == -1 && i == 1);
  i = 0;  /* surrogate */
  CHECK(nw_utf8_next("\xED\xA0\x80", 3, &i) == -1 && i == 1);
  i = 0;  /* truncated */
  CHECK(nw_utf8_next("\xE2\x80", 2, &i) == -1 && i == 1);
  i = 0;  /* above U+10FFFF */
  CHECK(nw_utf8_next("\xF4\x90\x80\x80", 4, &i) == -1);
  size_t at;
  CHECK(nw_utf8_prev("a\xC3\xA9", 3, &at) == 0xE9 && at == 1);
  CHECK(nw_utf8_prev("ab", 2, &at) == 'b' && at == 1);
  CHECK(nw_utf8_prev("x", 0, &at) == -1);
}

static void test_cp_count(void) {
  CHECK(nw_cp_count("abc", 3) == 3);
  CHECK(nw_cp_count("\xC3\xA9t\xC3\xA9", 5) == 3);
  nw_cp_cursor c;
  const char *s = "\xE2\x80\x9C" "ab\xE2\x80\x9D cd";
  nw_cp_cursor_init(&c, s);
  CHECK(nw_cp_at(&c, 3) == 1);
  CHECK(nw_cp_at(&c, 5) == 3);
  CHECK(nw_cp_at(&c, 9) == 5);
  CHECK(nw_cp_at(&c, 0) == 0); /* backwards */
  CHECK(nw_cp_at(&c, 11) == 7);
}

/* nw_lower_into writes what nw_lower does, or says it does not fit. */
static void test_lower_into(void) {
  const char *s = "\xC3\x89T\xC3\xA9 Mo\xE2\x80\x99s \xD0\x9F\xFF";
  size_t n = strlen(s);
  char out[64];
  nw_buf b = {0};
  nw_lower(s, n, &b);
  size_t m = nw_lower_into(s, n, out, sizeof out);
  CHECK(m == b.n && memcmp(out, b.p, m) == 0);
  CHECK(m >= 2 && memcmp(out, "\xC3\xA9t", 3) == 0);
  CHECK(nw_lower_into(s, n, out, 6) == SIZE_MAX);
  CHECK(nw_lower_into("", 0, out, 0) == 0);
  nw_buf_free(&b);
}

static void test_clean(void) {
  nw_buf b = {0};
  CHECK(nw_clean_text("a\r\nb\rc", 6, &b) == 0 && buf_is(&b, "a\nb\nc"));
  b.n = 0;
  CHECK(nw_clean_text("\xEF\xBB\xBFhi", 5, &b) == 0 && buf_is(&b, "hi"));
  b.n = 0;
  CHECK(nw_clean_text("a\xFF" "b", 3, &b) == 0 && buf_is(&b, "a\xEF\xBF\xBD" "b"));
  b.n = 0;
  CHECK(nw_clean_text("a\0b", 3, &b) == 0 && buf_is(&b, "a\xEF\xBF\xBD" "b"));
  b.n = 0;  /* UTF-16LE with BOM: "hé" */
  CHECK(nw_clean_text("\xFF\xFEh\0\xE9\0", 6, &b) == 0 && buf_is(&b, "h\xC3\xA9"));
  b.n = 0;  /* UTF-16BE with BOM and a surrogate pair (U+1F600) */
  CHECK(nw_clean_text("\xFE\xFF\xD8\x3D\xDE\x00", 6, &b) == 0 && buf_is(&b, "\xF0\x9F\x98\x80"));
  b.n = 0;  /* an unpaired surrogate in UTF-16 */
  CHECK(nw_clean_text("\xFF\xFE\x00\xD8x\0", 6, &b) == 0 && buf_is(&b, "\xEF\xBF\xBDx"));
  b.n = 0;  /* NFC: e + combining acute -> é */
  CHECK(nw_clean_text("e\xCC\x81", 3, &b) == 0 && buf_is(&b, "\xC3\xA9"));
  b.n = 0;  /* Angstrom sign (singleton) -> Å */
  CHECK(nw_clean_text("\xE2\x84\xAB", 3, &b) == 0 && buf_is(&b, "\xC3\x85"));
  b.n = 0;  /* Hangul jamo compose */
  CHECK(nw_clean_text("\xE1\x84\x80\xE1\x85\xA1", 6, &b) == 0 && buf_is(&b, "\xEA\xB0\x80"));
  nw_buf_free(&b);
}

/* The NFC fast path must only skip characters NFC leaves alone whatever
** stands around them: check every code point against utf8proc. */
static void test_nfc_inert_exhaustive(void) {
  static unsigned char second[0x110000 / 8];
  memset(second, 0, sizeof second);
  for (int32_t cp = 0; cp < 0x110000; cp++) {  /* every non-first part of a decomposition */
    utf8proc_int32_t out[32];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, 32, UTF8PROC_DECOMPOSE, &last);
    for (utf8proc_ssize_t k = 1; k < n && k < 32; k++) second[out[k] >> 3] |= (unsigned char)(1 << (out[k] & 7));
  }
  int bad_self = 0, bad_second = 0;
  for (int32_t cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!nw_nfc_inert(cp)) continue;
    if (second[cp >> 3] & (1 << (cp & 7))) bad_second++;
    utf8proc_uint8_t in[8];
    utf8proc_ssize_t len = utf8proc_encode_char(cp, in);
    in[len] = 0;
    utf8proc_uint8_t *nfc = utf8proc_NFC(in);
    if (!nfc || strcmp((char *)nfc, (char *)in) != 0) bad_self++;
    free(nfc);
  }
  CHECK(bad_self == 0);
  CHECK(bad_second == 0);
}

static void test_words(void) {
  CHECK(nw_count_words("Kim Jong-un didn't go.", 22) == 4);
  CHECK(nw_count_words("  ", 2) == 0);
  CHECK(nw_count_words("Путин и Си", 17) == 3);
  CHECK(nw_count_words("3.5 per cent", 12) == 4);
}

static void test_classes(void) {
  CHECK(nw_is_upper(0xC9) && nw_is_lower(0xE9) && nw_is_letter(0x4E2D));
  CHECK(nw_is_space(0xA0) && nw_is_space(0x2009) && !nw_is_space('x'));
  CHECK(nw_is_dash(0x2014) && nw_is_dash('-'));
  CHECK(nw_quote_mark(0x201C) == NW_QM_OPEN && nw_quote_mark(0x201D) == NW_QM_CLOSE);
  CHECK(nw_quote_mark('"') == NW_QM_BOTH && nw_quote_mark('x') == NW_QM_NONE);
  CHECK(nw_to_lower(0x416) == 0x436);
}

/* ------------------------------------------------------------ map, TSV */

static int count_fields(void *arg, int nf, const char **f, const size_t *len) {
  (void)f, (void)len;
  int *total = arg;
  *total += nf * 10 + 1;
  return 0;
}

static void test_map(void) {
  nw_map m = {0};
  char key[16];
  for (int i = 0; i < 1000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    nw_map_put(&m, key, strlen(key), i);
  }
  CHECK(m.count == 1000);
  CHECK(nw_map_get(&m, "k617", 4, -1) == 617);
  CHECK(nw_map_get(&m, "k1000", 5, -1) == -1);
  nw_map_put(&m, "k5", 2, 55);
  CHECK(nw_map_get(&m, "k5", 2, -1) == 55 && m.count == 1000);
  nw_map_free(&m);
  int total = 0;
  const char *tsv = "# comment\na\tb\tc\n\nd\r\ne\tf";
  nw_tsv_each(tsv, strlen(tsv), 3, count_fields, &total);
  CHECK(total == 31 + 11 + 21);
}

/* ------------------------------------------------------------ sentences */

static int split_count(const char *s) {
  nw_sentencer st;
  nw_sentencer_init(&st, s, strlen(s));
  size_t a, b;
  int p, n = 0;
  while (nw_sentence_next(&st, &a, &b, &p)) n++;
  return n;
}

static void test_sentences(void) {
  CHECK(split_count("One. Two. Three.") == 3);
  CHECK(split_count("Mr. Smith met Dr. Jones.") == 1);
  CHECK(split_count("") == 0);
  CHECK(split_count("....") == 1);
  CHECK(split_count("a.b.c.d. e") == 1);
  CHECK(split_count("\n\n\n") == 0);
  CHECK(split_count("x") == 1);
  /* a long run without terminators stays one sentence */
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  memset(big, 'a', n);
  big[n] = 0;
  CHECK(split_count(big) == 1);
  for (size_t i = 0; i < n; i += 2) big[i] = '.';  /* ".a.a.a..." */
  CHECK(split_count(big) == 1);
  free(big);
}

/* ------------------------------------------------------------ articles */

static void test_article(void) {
  nw_article a;
  nw_article_init(&a);
  const char *raw =
      "Home \xC2\xBB World \xC2\xBB Leaders meet in the capital\n\n"
      "Leaders meet in the capital\n\nby Jane Roe\n\n"
      "Photo: Someone / Agency\n\n"
      "The leaders met on Monday. They agreed to talk again.\n\n"
      "Share this article\n\n"
      "\xE2\x80\x9CWe are pleased,\xE2\x80\x9D the minister said.\n\n"
      "Related Stories\n\nAnother headline about something\n\nLeave a Reply\n";
  CHECK(nw_article_parse(&a, raw, strlen(raw)) == 0);
  CHECK(buf_is(&a.title, "Leaders meet in the capital"));
  CHECK(buf_is(&a.byline, "Jane Roe"));
  CHECK(buf_is(&a.body,
               "The leaders met on Monday. They agreed to talk again.\n\n"
               "\xE2\x80\x9CWe are pleased,\xE2\x80\x9D the minister said."));
  CHECK(a.words == 0); /* counted apart, on demand */
  nw_article_count(&a);
  CHECK(a.words == 16 && a.chars == nw_cp_count(a.body.p, a.body.n));

  const char *dated = " date 2021-07-09 First line of text.\n\nSecond paragraph.\n";
  CHECK(nw_article_parse(&a, dated, strlen(dated)) == 0);
  CHECK(strcmp(a.date, "2021-07-09") == 0 && a.title.n == 0);
  CHECK(buf_is(&a.body, "First line of text.\n\nSecond paragraph."));

  const char *bad_date = " date 2021-13-09 Text.\n";
  CHECK(nw_article_parse(&a, bad_date, strlen(bad_date)) == 0 && a.date[0] == 0);

  const char *headline = "Ports reopen after strike\n\nDock workers returned on Monday.\n\nCargo moved again.\n";
  CHECK(nw_article_parse(&a, headline, strlen(headline)) == 0);
  CHECK(buf_is(&a.title, "Ports reopen after strike"));

  /* a short text: no headline is taken from it */
  const char *short_text = "Just one line\n\nAnd another.\n";
  CHECK(nw_article_parse(&a, short_text, strlen(short_text)) == 0 && a.title.n == 0);

  /* "By the time ..." is a sentence, not a byline */
  const char *by_time = "Storm hits the coast\n\nBy the time crews arrived\n\nThe roads were closed.\n";
  CHECK(nw_article_parse(&a, by_time, strlen(by_time)) == 0 && a.byline.n == 0);

  /* a credit line names the author and the outlet, not the headline */
  static const struct { const char *raw, *title, *byline; } credits[] = {
      {"\n\nMarta Quill, The Canadian Press\n\n\nHALIFAX -- The ferry sailed.\n\nIt was late.\n", "", "Marta Quill"},
      {"CTV News Regina\n\nA farmer near Moose Jaw lost his barn.\n\nNo one was hurt.\n", "", "CTV News Regina"},
      {"By Tomas Reyes | Reuters\n\nOil prices fell on Monday.\n\nTraders were calm.\n", "", "Tomas Reyes"},
      {"The Associated Press\n\nA storm hit the coast.\n\nRoads were closed.\n", "", "The Associated Press"},
      {"Ports reopen after strike\n\nLena Ortiz, Reuters\n\nDock workers returned on Monday.\n\nCargo moved.\n",
       "Ports reopen after strike", "Lena Ortiz"},
      {"Anna de la Vega - CBC News\n\nThe council voted.\n\nIt passed.\n", "", "Anna de la Vega"},
      {"Posted Mar 3, 2023\n\nPorts reopen after strike\n\nDock workers returned.\n\nCargo moved.\n",
       "Ports reopen after strike", ""},
      {"Lena Ortiz, Reuters\n\nUpdated 4:02 PM ET\n\nPorts reopen after strike\n\nDock workers returned.\n\nCargo moved.\n",
       "Ports reopen after strike", "Lena Ortiz"},
      /* traps: a headline about an outlet, an outlet that acts, a place */
      {"Reuters cuts jobs in Toronto\n\nThe agency said so.\n\nStaff were told.\n", "Reuters cuts jobs in Toronto", ""},
      {"Voters reject CBC funding plan\n\nThe vote was close.\n\nIt was Monday.\n", "Voters reject CBC funding plan", ""},
      {"Toronto, Ontario\n\nThe mayor spoke.\n\nShe left.\n", "Toronto, Ontario", ""},
      {"Jobs, The Economy and You\n\nA guide to the budget.\n\nRead on.\n", "Jobs, The Economy and You", ""},
  };
  for (size_t k = 0; k < sizeof credits / sizeof credits[0]; k++) {
    CHECK(nw_article_parse(&a, credits[k].raw, strlen(credits[k].raw)) == 0);
    CHECK(buf_is(&a.title, credits[k].title) && buf_is(&a.byline, credits[k].byline));
  }

  /* timestamps, copyright, contributions, an invitation to follow someone on
  ** a social network and a closing credit are page furniture */
  const char *furniture =
      "Published: March 3, 2023 at 10:15 a.m. | Updated: 4:02 p.m.\n\n"
      "Last updated on Tuesday\n\n"
      "The council voted on Tuesday.\n\n"
      "Updated figures show the cost rose.\n\n"
      "Posted reports were wrong, she said.\n\n"
      "Copyright law changed in 2019, the court noted.\n\n"
      "The Copyright Board of Canada ruled on Friday.\n\n"
      "With files from Omar Said and The Canadian Press\n\n"
      "Staff writer Ana Lee contributed to this report.\n\n"
      "Follow Ana Lee on Twitter @analee_news\n\n"
      "Follow the money, the auditor said on Tuesday.\n\n"
      "\xC2\xA9 2023 Example Media Inc.\n\n"
      "Copyright 2022 Reuters. All Rights Reserved.\n\n"
      "The Associated Press\n";
  CHECK(nw_article_parse(&a, furniture, strlen(furniture)) == 0);
  CHECK(buf_is(&a.body,
               "The council voted on Tuesday.\n\n"
               "Updated figures show the cost rose.\n\n"
               "Posted reports were wrong, she said.\n\n"
               "Copyright law changed in 2019, the court noted.\n\n"
               "The Copyright Board of Canada ruled on Friday.\n\n"
               "Follow the money, the auditor said on Tuesday."));

  CHECK(strcmp(a.date, "2023-03-03") == 0); /* the publication stamp dates it */

  /* a date line under the headline dates the article and leaves the body */
  static const struct {
    const char *line, *date;
  } dates[] = {{"March 14, 2024", "2024-03-14"},
               {"Thursday, Mar. 14, 2024 9:30 a.m. ET", "2024-03-14"},
               {"14 March 2024", "2024-03-14"},
               {"2024-03-14", "2024-03-14"},
               {"Posted Sept. 9, 2021", "2021-09-09"},
               {"March 14, 2024 was the coldest day of the year.", ""},
               {"March 41, 2024", ""},
               {"Updated 4:02 PM", ""}};
  for (size_t k = 0; k < sizeof dates / sizeof *dates; k++) {
    nw_buf t = {0};
    static const char head[] = "Ports reopen after strike\n\n", tail[] = "\n\nDock workers returned.\n\nCargo moved.\n";
    nw_buf_append(&t, head, sizeof head - 1);
    nw_buf_append(&t, dates[k].line, strlen(dates[k].line));
    nw_buf_append(&t, tail, sizeof tail - 1);
    CHECK(nw_article_parse(&a, t.p, t.n) == 0 && strcmp(a.date, dates[k].date) == 0);
    CHECK(!dates[k].date[0] || (a.body.n > 3 && memcmp(a.body.p, "Doc", 3) == 0));
    nw_buf_free(&t);
  }
  /* an `Updated` stamp dates it only until the publication's is found */
  const char *stamps = "Updated: May 2, 2023 4:00 PM\n\nPorts reopen after strike\n\nPublished April 30, 2023\n\n"
                       "Dock workers returned.\n\nCargo moved.\n";
  CHECK(nw_article_parse(&a, stamps, strlen(stamps)) == 0 && strcmp(a.date, "2023-04-30") == 0);
  /* a lede that opens with a date and a bar is text, not a stamp */
  const char *lede = "Ferry service cut on the west coast\n\nMarch 14, 2024 | VICTORIA - The ferry will stop running in "
                     "June, officials said on Monday, and riders were furious about it.\n\nRiders were angry.\n";
  CHECK(nw_article_parse(&a, lede, strlen(lede)) == 0 && a.date[0] == 0 && a.body.n > 5 &&
        memcmp(a.body.p, "March", 5) == 0);
  /* a ` date` header is never replaced */
  const char *header = " date 2020-01-02 Ports reopen after strike\n\nMarch 14, 2024\n\nDock workers returned.\n";
  CHECK(nw_article_parse(&a, header, strlen(header)) == 0 && strcmp(a.date, "2020-01-02") == 0);

  /* a masthead line of an author, an outlet and stamps; a scraper's
  ** fields; a section's label and `Special to` an outlet */
  static const struct {
    const char *raw, *title, *byline, *date, *body;
  } leads[] = {
      {"Fares rise in April\n\nNoor Haddad \xC2\xB7 CBC News \xC2\xB7 Posted: Feb 07, 2023 5:00 AM EST | Last Updated: "
       "February 8, 2023\n\nBus fares will rise.\n\nRiders sighed.\n",
       "Fares rise in April", "Noor Haddad", "2023-02-07", "Bus"},
      {"Author: Lise Aubry\n\nDate: 2022-11-30\n\nTitle: Mill to close in spring\n\nSource: example\n\n"
       "The mill will close.\n\nWorkers were told.\n",
       "Mill to close in spring", "Lise Aubry", "2022-11-30", "The mill"},
      {"ANALYSIS\n\nWhy the rebate confuses voters\n\nBy Tariq Mensah\n\nSpecial to The Globe and Mail\n\n"
       "Few people notice it.\n\nMost never ask.\n",
       "Why the rebate confuses voters", "Tariq Mensah", "", "Few"},
      /* traps: bars between words of a lede; a colon in the first sentence */
      {"Budget day\n\nTaxes | spending | debt: the three words of the week.\n\nThe minister spoke.\n\nShe left.\n",
       "Budget day", "", "", "Taxes"},
      {"Budget day\n\nNote: the figures below are in 2023 dollars.\n\nThe minister spoke.\n\nShe left.\n",
       "Budget day", "", "", "Note"},
  };
  for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
    CHECK(nw_article_parse(&a, leads[k].raw, strlen(leads[k].raw)) == 0);
    CHECK(buf_is(&a.title, leads[k].title) && buf_is(&a.byline, leads[k].byline) && strcmp(a.date, leads[k].date) == 0);
    CHECK(a.body.n >= strlen(leads[k].body) && memcmp(a.body.p, leads[k].body, strlen(leads[k].body)) == 0);
  }

  /* a page saved with its markup: headline, byline and body as from plain text */
  const char *html = "# Ports reopen after strike\n\n**By Ana Ruiz**\n\n"
                     "<p>Dock workers returned on Monday &amp; Tuesday.</p><p>&ldquo;We are back,&rdquo; a union leader said.</p>\n\n"
                     "Image caption: Workers at the gate.\n";
  CHECK(nw_article_parse(&a, html, strlen(html)) == 0);
  CHECK(buf_is(&a.title, "Ports reopen after strike") && buf_is(&a.byline, "Ana Ruiz"));
  CHECK(buf_is(&a.body, "Dock workers returned on Monday & Tuesday.\n\n"
                        "\xE2\x80\x9CWe are back,\xE2\x80\x9D a union leader said."));

  /* hard-wrapped text is joined into paragraphs */
  nw_buf w = {0};
  for (int p = 0; p < 3; p++) {
    for (int l = 0; l < 5; l++)
      nw_buf_append(&w, "This line of the report is wrapped at a fixed width of text\n", 60);
    nw_buf_append(&w, "\n", 1);
  }
  CHECK(nw_article_parse(&a, w.p, w.n) == 0);
  size_t blank = 0;
  for (size_t i = 0; i + 1 < a.body.n; i++) blank += a.body.p[i] == '\n' && a.body.p[i + 1] == '\n';
  CHECK(blank == 2 && memchr(a.body.p, '\n', 60) == NULL);
  nw_buf_free(&w);

  CHECK(nw_article_parse(&a, "", 0) == 0 && a.body.n == 0 && a.title.n == 0);
  CHECK(nw_is_binary("ab\0cd", 5) && !nw_is_binary("\xFF\xFEh\0", 4) && !nw_is_binary("text", 4));
  nw_article_free(&a);
}

/* ------------------------------------------------------------ markup */

static int stripped_is(const char *in, const char *want) {
  nw_buf out = {0};
  int ok = nw_strip_markup(in, strlen(in), &out) == 0 && buf_is(&out, want);
  nw_buf_free(&out);
  return ok;
}

static void test_markup(void) {
  /* references: named, decimal, hexadecimal, windows-1252 numbers */
  CHECK(stripped_is("Tom &amp; Jerry &quot;won&quot;", "Tom & Jerry \"won\""));
  CHECK(stripped_is("the mayor&#8217;s &ldquo;plan&rdquo;", "the mayor\xE2\x80\x99s \xE2\x80\x9Cplan\xE2\x80\x9D"));
  CHECK(stripped_is("caf&eacute; &#x2014; &#146;90s", "caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x99" "90s"));
  CHECK(stripped_is("co&shy;operate", "cooperate"));
  /* tags: inline ones go, block ones end the line, hidden ones take their content */
  CHECK(stripped_is("<p>She said <em>no</em>.</p>", "\nShe said no.\n"));
  CHECK(stripped_is("One<br/>Two", "One\nTwo"));
  CHECK(stripped_is("<a href=\"https://example.com/x?a=1&b=2\">link</a> text", "link text"));
  CHECK(stripped_is("A<script>var x = \"<p>\";</script>B<!-- note -->C", "A BC"));
  /* Markdown: a heading's hashes, a bold line's stars */
  CHECK(stripped_is("# Ports reopen\n\n**By Ana Ruiz**\nText.", "Ports reopen\n\nBy Ana Ruiz\nText."));
  /* traps: what only looks like markup stays */
  CHECK(stripped_is("AT&T and Q&A, R&amp D", "AT&T and Q&A, R&amp D"));
  CHECK(stripped_is("if a <b and c> d, <3 &foo; &#0; &#xD800; &#99999999;",
                    "if a <b and c> d, <3 &foo; &#0; &#xD800; &#99999999;"));
  CHECK(stripped_is("#MeToo and 5 * 3 **not bold\n## \n", "#MeToo and 5 * 3 **not bold\n\n"));
  CHECK(stripped_is("<unknown>tag</unknown> <p", "<unknown>tag</unknown> <p"));
  CHECK(stripped_is("<script>never closed", " never closed"));
  CHECK(!nw_may_have_markup("plain words", 11) && nw_may_have_markup("a &amp; b", 9));
}

/* ------------------------------------------------------------ tokens */

static int tok_is_text(const nw_tokens *t, size_t i, const char *want) {
  return nw_tok_len(t, i) == strlen(want) && memcmp(nw_tok_text(t, i), want, strlen(want)) == 0;
}

/* Glued words split in one pass, several in a row: the tokens, the
** sentences' token ranges and the phrase index follow. */
static void test_token_split(void) {
  nw_lex(); /* the phrase index */
  const char *s = "Xi Jinpingreceived Lavrovtoday. Then Putinsaid no.";
  nw_tokens t = {0};
  CHECK(nw_tokenize(&t, s, strlen(s)) == 0 && t.ntok == 8 && t.nsent == 2);
  const nw_tok_cut cuts[] = {{1, 7}, {2, 6}, {5, 5}};
  CHECK(nw_tokens_split(&t, cuts, 3) == 0);
  static const char *const want[] = {"Xi", "Jinping", "received", "Lavrov", "today", ".",
                                     "Then", "Putin", "said", "no", "."};
  CHECK(t.ntok == 11);
  for (size_t i = 0; i < 11 && i < t.ntok; i++) CHECK(tok_is_text(&t, i, want[i]));
  CHECK(t.sent[0].tok == 0 && t.sent[0].ntok == 6 && t.sent[1].tok == 6 && t.sent[1].ntok == 5);
  CHECK(t.tok[8].sent == 1 && t.tok[2].sent == 0);
  /* the part before a cut has no space after it; the part after is lowercase
  ** and keeps the space that followed the glued word */
  CHECK(!(t.tok[1].flags & NW_TF_SPACE_AFTER) && (t.tok[1].flags & NW_TF_CAP));
  CHECK((t.tok[2].flags & NW_TF_LOWER) && (t.tok[2].flags & NW_TF_SPACE_AFTER) && !(t.tok[2].flags & NW_TF_CAP));
  CHECK(t.tok[2].cp == 'r' && !(t.tok[4].flags & NW_TF_SPACE_AFTER));
  if (nw_phrases_indexed()) {
    CHECK(t.index && t.index->n == t.ntok);
    for (size_t i = 0; t.index && i < t.index->n; i++) {
      const nw_tok_first *e = &t.index->e[i];
      nw_tok_first fresh = nw_phrases_entry(&t, i); /* as a text tokenized that way would have it */
      CHECK(e->start == t.tok[i].start && e->end == t.tok[i].end && e->bits == fresh.bits);
    }
  }
  CHECK(nw_tokens_split(&t, NULL, 0) == 0 && t.ntok == 11);
  nw_tokens_free(&t);
}

/* ------------------------------------------------------------ word sets */

NW_WORDS(test_set, "the", "According", "communiqué", "intergovernmental", "a-very-long-word-of-thirty-bytes");

static int has(const char *w) { return nw_words_has(&test_set, w, strlen(w)); }

static void *first_use(void *arg) {
  NW_WORDS(fresh, "alpha", "beta", "gamma");
  int *ok = arg;
  *ok = nw_words_has(&fresh, "Beta", 4) && !nw_words_has(&fresh, "delta", 5);
  return NULL;
}

/* ASCII case folded, other bytes as they are, any length; the table is
** built once even when two threads use a set first at the same time. */
static void test_word_sets(void) {
  CHECK(has("the") && has("The") && has("THE") && !has("then") && !has("th") && !has(""));
  CHECK(has("according") && has("ACCORDING"));
  CHECK(has("communiqué") && has("Communiqué") && !has("communique"));
  CHECK(has("intergovernmental") && has("Intergovernmental") && !has("intergovernmenta"));
  CHECK(has("a-very-long-word-of-thirty-bytes") && has("A-Very-Long-Word-Of-Thirty-Bytes"));
  CHECK(!nw_words_has(&test_set, "the\0", 4)); /* a NUL byte is no letter */
  CHECK(!has("\xE2\x80\x99s") && !has("\xFF\xFE"));
  pthread_t th[4];
  int ok[4] = {0};
  for (int k = 0; k < 4; k++) pthread_create(&th[k], NULL, first_use, &ok[k]);
  for (int k = 0; k < 4; k++) pthread_join(th[k], NULL);
  CHECK(ok[0] && ok[1] && ok[2] && ok[3]);
}

/* The phrase index only rules tables out: over a text made of the tables'
** own phrases (with ’ for ' in every other one, in both cases), every
** match at every token is the same with the index and without it. */
static void test_phrase_index(void) {
  const nw_lexicon *lx = nw_lex();
  if (!nw_phrases_indexed()) return;
  const nw_phrases *tables[] = {&lx->gaz.names, &lx->gaz.names_lower, &lx->gaz.demonyms, &lx->places, &lx->titles,
                                &lx->roles,     &lx->verbs,           &lx->role_family,  &lx->cues,   &lx->modifiers};
  size_t ntables = sizeof tables / sizeof *tables;
  nw_buf text = {0};
  static const char *const glue[] = {" met ", " said the ", " and ", ", ", " in ", " of the ", " to "};
  size_t phrases = 0;
  for (size_t k = 0; k < ntables; k++) {
    const nw_map *m = &tables[k]->map;
    size_t step = m->count > 400 ? m->cap / 400 : 1;
    for (size_t j = 0; j < m->cap; j += step) {
      const nw_map_slot *slot = &m->slots[j];
      if (!slot->key) continue;
      for (size_t c = 0; c < slot->len; c++) {
        char ch = slot->key[c];
        if (ch == '\'' && phrases % 2) nw_buf_append(&text, "\xE2\x80\x99", 3);
        else nw_buf_putc(&text, (char)(phrases % 4 == 3 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch));
      }
      const char *g = glue[phrases % 7];
      nw_buf_append(&text, g, strlen(g));
      if (++phrases % 9 == 0) nw_buf_append(&text, ".\n\n", 3);
    }
  }
  nw_tokens t = {0};
  CHECK(!text.oom && nw_tokenize(&t, text.p, text.n) == 0 && t.index && t.index->n == t.ntok);
  size_t differ = 0, matches = 0;
  for (size_t i = 0; i < t.ntok; i++)
    for (size_t k = 0; k < ntables; k++) {
      nw_phrases plain = *tables[k];
      plain.bit = 0; /* the same table, not in the index */
      int v1 = -1, v2 = -1;
      int a = nw_phrases_match(tables[k], &t, i, NW_PHRASE_MAX_TOKENS, &v1);
      int b = nw_phrases_match(&plain, &t, i, NW_PHRASE_MAX_TOKENS, &v2);
      if (a != b || (a && v1 != v2)) differ++;
      matches += b > 0;
    }
  CHECK(differ == 0 && matches > 1000);
  if (differ) printf("phrase index: %zu of %zu look-ups differ\n", differ, t.ntok * ntables);
  nw_tokens_free(&t);
  nw_buf_free(&text);
}

int main(void) {
  test_decode();
  test_cp_count();
  test_lower_into();
  test_clean();
  test_nfc_inert_exhaustive();
  test_words();
  test_classes();
  test_map();
  test_sentences();
  test_article();
  test_markup();
  test_token_split();
  test_word_sets();
  test_phrase_index();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
