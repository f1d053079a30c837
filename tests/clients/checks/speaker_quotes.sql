-- speaker_quotes.sql: the direct quotes of the three most quoted people
-- (speakers that actors() calls a person), no more, no less.
WITH q AS (
  SELECT a.id, q.speaker, q.kind, q.quote,
         (SELECT x.kind FROM actors(a.body) x WHERE x.name = q.speaker) AS speaker_kind
  FROM src a, quotes(a.body) q
  WHERE q.speaker IS NOT NULL
), people AS (
  SELECT speaker FROM q
  GROUP BY speaker HAVING max(speaker_kind) = 'person'
  ORDER BY count(*) DESC, speaker LIMIT 3
), expected AS (
  SELECT speaker, substr(quote, 1, 64) || iif(length(quote) > 64, '…', '') AS quote
  FROM q WHERE kind = 'direct' AND speaker IN (SELECT speaker FROM people)
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', expected ' || (SELECT count(*) FROM expected)
WHERE (SELECT count(*) FROM result) <> (SELECT count(*) FROM expected)
   OR NOT EXISTS (SELECT 1 FROM expected)
UNION ALL
SELECT 'unexpected: ' || speaker || ': ' || quote
FROM (SELECT speaker, quote FROM result EXCEPT SELECT speaker, quote FROM expected)
UNION ALL
SELECT 'missing: ' || speaker || ': ' || quote
FROM (SELECT speaker, quote FROM expected EXCEPT SELECT speaker, quote FROM result);
