-- search_sanctions.sql: the articles whose text has a word of the family
-- `sanction` (Porter stemming), and the quotes of quotes() that do; each
-- snippet marks the word.
WITH art AS (
  SELECT id FROM src WHERE body LIKE '%sanction%' OR title LIKE '%sanction%'
), q AS (
  SELECT a.id FROM src a, quotes(a.body) q
  WHERE q.quote LIKE '%sanction%' OR q.speaker LIKE '%sanction%'
)
SELECT 'no article mentions sanctions: the seeds do' WHERE NOT EXISTS (SELECT 1 FROM art)
UNION ALL
SELECT 'article rows: ' || coalesce(found, 'none') || '; expected: ' || coalesce(expected, 'none')
FROM (SELECT (SELECT group_concat(article) FROM (SELECT article FROM result
                                                 WHERE found_in = 'article' ORDER BY rowid)) AS found,
             (SELECT group_concat(id) FROM (SELECT id FROM art ORDER BY id)) AS expected)
WHERE found IS NOT expected
UNION ALL
SELECT 'quote rows: ' || (SELECT count(*) FROM result WHERE found_in = 'quote')
       || ', quotes() has ' || (SELECT count(*) FROM q)
WHERE (SELECT count(*) FROM result WHERE found_in = 'quote') <> (SELECT count(*) FROM q)
UNION ALL
SELECT 'snippet without the word marked: ' || text FROM result
WHERE lower(text) NOT LIKE '%[sanction%]%' AND found_in = 'article'
UNION ALL
SELECT 'quote from another article: ' || article FROM result
WHERE found_in = 'quote' AND article NOT IN (SELECT id FROM q);
