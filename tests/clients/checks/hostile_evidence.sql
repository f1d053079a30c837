-- hostile_evidence.sql: the eight most negative stances() between actors of
-- two different countries, most hostile first.
WITH s AS (
  SELECT s.source, s.target, round(s.score, 2) AS score,
         substr(s.evidence, 1, 64) || iif(length(s.evidence) > 64, '…', '') AS evidence,
         (SELECT x.country FROM actors(a.body) x WHERE x.name = s.source) AS src,
         (SELECT x.country FROM actors(a.body) x WHERE x.name = s.target) AS tgt
  FROM src a, stances(a.body) s
), f AS (
  SELECT * FROM s WHERE score < 0 AND src IS NOT NULL AND tgt IS NOT NULL AND src <> tgt
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', expected ' || min(8, (SELECT count(*) FROM f))
WHERE (SELECT count(*) FROM result) <> min(8, (SELECT count(*) FROM f))
UNION ALL
SELECT 'not a hostile stance between countries: ' || source || ' -> ' || target
FROM (SELECT source, target, score, evidence FROM result
      EXCEPT SELECT source, target, score, evidence FROM f)
UNION ALL
SELECT 'a more hostile stance is missing: ' || source || ' -> ' || target
FROM f WHERE score < (SELECT min(score) FROM result)
  AND NOT EXISTS (SELECT 1 FROM result r WHERE r.source = f.source AND r.target = f.target
                  AND r.evidence = f.evidence)
UNION ALL
SELECT 'not most hostile first at row ' || r2.rowid
FROM result r1 JOIN result r2 ON r2.rowid = r1.rowid + 1
WHERE r1.score > r2.score;
