-- tests/clients/same_rows.sql — the dataset's tables hold the rows the
-- functions give.  Run in the dataset with the extension loaded and a temp
-- table src holding articles(corpus); prints one line per difference.
SELECT 'nw_articles: ' || count(*) || ' rows, articles(): ' || (SELECT count(*) FROM src)
FROM nw_articles HAVING count(*) <> (SELECT count(*) FROM src);
SELECT 'nw_articles differs from articles() for ' || path FROM (
  SELECT id, path, date, title, byline, body, chars, words FROM src
  EXCEPT SELECT id, path, date, title, byline, body, chars, words FROM nw_articles);

CREATE TEMP VIEW pairs AS SELECT s.path, a.article_id, s.body FROM src s JOIN nw_articles a ON a.path = s.path;

SELECT 'sentences of ' || p.path || ': ' || (SELECT count(*) FROM nw_sentences t WHERE t.article_id = p.article_id)
       || ' rows, sentences(): ' || (SELECT count(*) FROM sentences(p.body))
FROM pairs p
WHERE (SELECT count(*) FROM nw_sentences t WHERE t.article_id = p.article_id) <> (SELECT count(*) FROM sentences(p.body));
SELECT 'nw_sentences differs from sentences() in ' || path FROM (
  SELECT p.path, f.sentence, f.paragraph, f.offset, f.length FROM pairs p, sentences(p.body) f
  EXCEPT SELECT p.path, t.sentence, t.paragraph, t.offset, t.length FROM pairs p JOIN nw_sentences t USING (article_id))
GROUP BY path;

SELECT 'quotes of ' || p.path || ': ' || (SELECT count(*) FROM nw_quotes t WHERE t.article_id = p.article_id)
       || ' rows, quotes(): ' || (SELECT count(*) FROM quotes(p.body))
FROM pairs p
WHERE (SELECT count(*) FROM nw_quotes t WHERE t.article_id = p.article_id) <> (SELECT count(*) FROM quotes(p.body));
SELECT 'nw_quotes differs from quotes() in ' || path FROM (
  SELECT p.path, f.quote, f.speaker, f.speaker_text, f.verb, f.kind, f.offset, f.length FROM pairs p, quotes(p.body) f
  EXCEPT SELECT p.path, t.quote, t.speaker, t.speaker_text, t.verb, t.kind, t.offset, t.length FROM pairs p JOIN nw_quotes t USING (article_id))
GROUP BY path;

SELECT 'actors of ' || p.path || ': ' || (SELECT count(*) FROM nw_actors t WHERE t.article_id = p.article_id)
       || ' rows, actors(): ' || (SELECT count(*) FROM actors(p.body))
FROM pairs p
WHERE (SELECT count(*) FROM nw_actors t WHERE t.article_id = p.article_id) <> (SELECT count(*) FROM actors(p.body));
SELECT 'nw_actors differs from actors() in ' || path FROM (
  SELECT p.path, f.name, f.kind, f.country, f.role, f.mentions, f.offset FROM pairs p, actors(p.body) f
  EXCEPT SELECT p.path, t.name, t.kind, t.country, t.role, t.mentions, t.offset FROM pairs p JOIN nw_actors t USING (article_id))
GROUP BY path;

SELECT 'mentions of ' || p.path || ': ' || (SELECT count(*) FROM nw_mentions t WHERE t.article_id = p.article_id)
       || ' rows, mentions(): ' || (SELECT count(*) FROM mentions(p.body))
FROM pairs p
WHERE (SELECT count(*) FROM nw_mentions t WHERE t.article_id = p.article_id) <> (SELECT count(*) FROM mentions(p.body));
SELECT 'nw_mentions differs from mentions() in ' || path FROM (
  SELECT p.path, f.name, f.mention, f.kind, f.offset, f.length FROM pairs p, mentions(p.body) f
  EXCEPT SELECT p.path, t.name, t.mention, t.kind, t.offset, t.length FROM pairs p JOIN nw_mentions t USING (article_id))
GROUP BY path;
SELECT 'mention outside its sentence: ' || m.mention_id
FROM nw_mentions m JOIN nw_sentences s ON s.sentence_id = m.sentence_id
WHERE s.article_id IS NOT m.article_id OR m.offset < s.offset OR m.offset >= s.offset + s.length;
SELECT 'mention without its sentence: ' || m.mention_id
FROM nw_mentions m
WHERE m.sentence_id IS NULL
  AND EXISTS (SELECT 1 FROM nw_sentences s WHERE s.article_id = m.article_id
              AND m.offset >= s.offset AND m.offset < s.offset + s.length);

SELECT 'stances of ' || p.path || ': ' || (SELECT count(*) FROM nw_stances t WHERE t.article_id = p.article_id)
       || ' rows, stances(): ' || (SELECT count(*) FROM stances(p.body))
FROM pairs p
WHERE (SELECT count(*) FROM nw_stances t WHERE t.article_id = p.article_id) <> (SELECT count(*) FROM stances(p.body));
SELECT 'nw_stances differs from stances() in ' || path FROM (
  SELECT p.path, f.source, f.target, f.score, f.evidence, f.offset, f.length FROM pairs p, stances(p.body) f
  EXCEPT SELECT p.path, t.source, t.target, t.score, t.evidence, t.offset, t.length FROM pairs p JOIN nw_stances t USING (article_id))
GROUP BY path;

SELECT 'rows of an article that is gone: ' || name FROM (
  SELECT 'nw_sentences' AS name, article_id FROM nw_sentences UNION ALL
  SELECT 'nw_quotes', article_id FROM nw_quotes UNION ALL
  SELECT 'nw_actors', article_id FROM nw_actors UNION ALL
  SELECT 'nw_mentions', article_id FROM nw_mentions UNION ALL
  SELECT 'nw_stances', article_id FROM nw_stances)
WHERE article_id NOT IN (SELECT article_id FROM nw_articles)
GROUP BY name;
SELECT 'not analyzed: ' || path FROM nw_articles WHERE analyzed IS NULL;

INSERT INTO nw_articles_fts(nw_articles_fts) VALUES ('integrity-check');
INSERT INTO nw_quotes_fts(nw_quotes_fts) VALUES ('integrity-check');
DROP VIEW temp.pairs;
