-- top_speakers.sql: the ten most quoted speakers, most first, with the counts
-- quotes() gives.
WITH q AS (
  SELECT a.id, q.speaker, q.kind FROM src a, quotes(a.body) q WHERE q.speaker IS NOT NULL
), f AS (
  SELECT speaker, count(*) AS quotes, sum(kind = 'direct') AS direct,
         sum(kind = 'indirect') AS indirect, count(DISTINCT id) AS articles
  FROM q GROUP BY speaker
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', expected ' || min(10, (SELECT count(*) FROM f))
WHERE (SELECT count(*) FROM result) <> min(10, (SELECT count(*) FROM f))
UNION ALL
SELECT 'counts of ' || r.speaker || ' differ from quotes()'
FROM result r LEFT JOIN f ON f.speaker = r.speaker
WHERE f.quotes IS NOT r.quotes OR f.direct IS NOT r.direct
   OR f.indirect IS NOT r.indirect OR f.articles IS NOT r.articles
UNION ALL
SELECT 'missing ' || f.speaker || ', quoted ' || f.quotes || ' times'
FROM f
WHERE f.quotes > (SELECT min(quotes) FROM result)
  AND f.speaker NOT IN (SELECT speaker FROM result)
UNION ALL
SELECT 'not most quoted first at row ' || r2.rowid
FROM result r1 JOIN result r2 ON r2.rowid = r1.rowid + 1
WHERE r1.quotes < r2.quotes;
