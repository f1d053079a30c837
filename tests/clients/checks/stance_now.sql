-- stance_now.sql: one row per article with stance() of its body toward China
-- and the United States, as the function gives it on the corpus.
WITH f AS (
  SELECT id, round(stance(body, 'China'), 2) AS china,
         round(stance(body, 'United States'), 2) AS usa
  FROM src
)
SELECT 'rows: ' || (SELECT count(*) FROM result) || ', articles ' || (SELECT count(*) FROM f)
WHERE (SELECT count(*) FROM result) <> (SELECT count(*) FROM f) OR NOT EXISTS (SELECT 1 FROM f)
UNION ALL
SELECT 'stances of ' || f.id || ' differ'
FROM f LEFT JOIN result r ON r.article = f.id
WHERE r.article IS NULL OR r.toward_china IS NOT f.china OR r.toward_usa IS NOT f.usa
UNION ALL
SELECT 'no stance toward China in any article' WHERE NOT EXISTS (SELECT 1 FROM f WHERE china IS NOT NULL);
