-- articles.sql: one row per article of the corpus, in date order (undated
-- last), with the counts the functions give for its body.
WITH f AS (
  SELECT a.id, coalesce(a.date, '') AS date, a.words,
         (SELECT count(*) FROM sentences(a.body)) AS sentences,
         (SELECT count(*) FROM quotes(a.body)) AS quotes,
         (SELECT count(*) FROM actors(a.body)) AS actors,
         (SELECT count(*) FROM stances(a.body)) AS stances
  FROM src a
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', articles: ' || (SELECT count(*) FROM f)
WHERE (SELECT count(*) FROM result) <> (SELECT count(*) FROM f) OR NOT EXISTS (SELECT 1 FROM f)
UNION ALL
SELECT 'article ' || f.id || ' differs from the functions'
FROM f LEFT JOIN result r ON r.article = f.id
WHERE r.article IS NULL OR r.date IS NOT f.date OR r.words IS NOT f.words
   OR r.sentences IS NOT f.sentences OR r.quotes IS NOT f.quotes
   OR r.actors IS NOT f.actors OR r.stances IS NOT f.stances
UNION ALL
SELECT 'not in date order at row ' || r2.rowid
FROM result r1 JOIN result r2 ON r2.rowid = r1.rowid + 1
WHERE (r1.date = '', r1.date, r1.article) > (r2.date = '', r2.date, r2.article);
