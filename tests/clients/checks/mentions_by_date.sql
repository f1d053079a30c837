-- mentions_by_date.sql: for every date (and the undated), at most three
-- actors, the most mentioned, with their mentions summed over actors().
WITH f AS (
  SELECT coalesce(a.date, 'undated') AS date, x.name, sum(x.mentions) AS mentions,
         count(*) AS articles
  FROM src a, actors(a.body) x
  GROUP BY 1, 2
)
SELECT 'no rows for ' || date FROM (SELECT DISTINCT date FROM f)
WHERE date NOT IN (SELECT date FROM result)
UNION ALL
SELECT 'more than three rows for ' || date FROM result GROUP BY date HAVING count(*) > 3
UNION ALL
SELECT 'fewer than three rows for ' || r.date FROM result r GROUP BY r.date
HAVING count(*) < min(3, (SELECT count(*) FROM f WHERE f.date = r.date))
UNION ALL
SELECT r.date || ' ' || r.name || ': mentions differ from actors()'
FROM result r LEFT JOIN f ON f.date = r.date AND f.name = r.name
WHERE f.mentions IS NOT r.mentions OR f.articles IS NOT r.articles
UNION ALL
SELECT f.date || ': ' || f.name || ' is mentioned more than a listed actor'
FROM f
WHERE f.mentions > (SELECT min(mentions) FROM result r WHERE r.date = f.date)
  AND NOT EXISTS (SELECT 1 FROM result r WHERE r.date = f.date AND r.name = f.name);
