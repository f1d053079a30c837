-- sql/demo.sql — the showcase `make demo` runs over the bundled seeds:
--   sqlite3 -box :memory: '.load build/newswire' '.read sql/demo.sql'

.print 'newswire' 
SELECT newswire_version() AS version;

.print
.print 'Articles in seeds/: date, headline, byline and size'
SELECT id, coalesce(date, '') AS date,
       coalesce(substr(title, 1, 50) || CASE WHEN length(title) > 50 THEN '…' ELSE '' END, '') AS title,
       coalesce(byline, '') AS byline, words
FROM articles('seeds')
ORDER BY id;

.print
.print 'Sentences and paragraphs per article'
SELECT a.id, count(*) AS sentences, max(s.paragraph) + 1 AS paragraphs,
       round(avg(s.length)) AS avg_chars
FROM articles('seeds') a, sentences(a.body) s
GROUP BY a.id
ORDER BY a.id;

.print
.print 'The opening sentence of each article'
SELECT a.id, substr(s.sentence, 1, 90) || CASE WHEN s.length > 90 THEN '…' ELSE '' END AS lede
FROM articles('seeds') a, sentences(a.body) s
WHERE s.offset = 0
ORDER BY a.id;
