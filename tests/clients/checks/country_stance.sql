-- country_stance.sql: every pair of different countries per month, with the
-- number of stances() between their actors and the mean score.
WITH s AS (
  SELECT substr(a.date, 1, 7) AS month, s.score,
         (SELECT x.country FROM actors(a.body) x WHERE x.name = s.source) AS src,
         (SELECT x.country FROM actors(a.body) x WHERE x.name = s.target) AS tgt
  FROM src a, stances(a.body) s
), names AS (
  SELECT x.country AS code, max(x.name) AS name
  FROM src a, actors(a.body) x WHERE x.kind = 'country' AND x.country IS NOT NULL
  GROUP BY x.country
), f AS (
  SELECT coalesce(month, 'undated') AS month,
         coalesce((SELECT name FROM names WHERE code = src), src) AS source,
         coalesce((SELECT name FROM names WHERE code = tgt), tgt) AS target,
         count(*) AS evidence, round(avg(score), 3) AS score,
         sum(score < 0) AS hostile, sum(score > 0) AS friendly
  FROM s WHERE src IS NOT NULL AND tgt IS NOT NULL AND src <> tgt
  GROUP BY month, src, tgt
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', expected ' || (SELECT count(*) FROM f)
WHERE (SELECT count(*) FROM result) <> (SELECT count(*) FROM f)
UNION ALL
SELECT 'unexpected: ' || month || ' ' || source || ' -> ' || target
FROM (SELECT month, source, target, evidence, score, hostile, friendly FROM result
      EXCEPT SELECT month, source, target, evidence, score, hostile, friendly FROM f)
UNION ALL
SELECT 'not by month at row ' || r2.rowid
FROM result r1 JOIN result r2 ON r2.rowid = r1.rowid + 1
WHERE (r1.month = 'undated', r1.month) > (r2.month = 'undated', r2.month);
