-- actor_pairs.sql: the ten pairs of actors named together in the most
-- sentences; the counts recomputed from mentions(), sentences() and actors().
WITH m AS (
  SELECT DISTINCT a.id, s.offset AS sentence, m.name
  FROM src a, sentences(a.body) s, mentions(a.body) m
  WHERE m.offset >= s.offset AND m.offset < s.offset + s.length
), pairs AS (
  SELECT x.name AS actor1, y.name AS actor2, count(*) AS sentences
  FROM m x JOIN m y ON y.id = x.id AND y.sentence = x.sentence AND x.name < y.name
  GROUP BY 1, 2
), articles AS (
  SELECT x.name AS actor1, y.name AS actor2, count(*) AS articles
  FROM src a, actors(a.body) x, actors(a.body) y
  WHERE x.name < y.name
  GROUP BY 1, 2
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', expected ' || min(10, (SELECT count(*) FROM pairs))
WHERE (SELECT count(*) FROM result) <> min(10, (SELECT count(*) FROM pairs))
UNION ALL
SELECT r.actor1 || ' + ' || r.actor2 || ': counts differ'
FROM result r
LEFT JOIN pairs p ON p.actor1 = r.actor1 AND p.actor2 = r.actor2
LEFT JOIN articles n ON n.actor1 = r.actor1 AND n.actor2 = r.actor2
WHERE p.sentences IS NOT r.sentences OR n.articles IS NOT r.articles
UNION ALL
SELECT 'missing ' || actor1 || ' + ' || actor2 || ' (' || sentences || ' sentences)'
FROM pairs p
WHERE sentences > (SELECT min(sentences) FROM result)
  AND NOT EXISTS (SELECT 1 FROM result r WHERE r.actor1 = p.actor1 AND r.actor2 = p.actor2)
UNION ALL
SELECT 'not most first at row ' || r2.rowid
FROM result r1 JOIN result r2 ON r2.rowid = r1.rowid + 1
WHERE r1.sentences < r2.sentences;
