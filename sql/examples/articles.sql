-- Which articles does the dataset hold, and what did the analysis find in each?
SELECT a.id AS article,
       coalesce(a.date, '') AS date,
       coalesce(substr(a.title, 1, 30) || iif(length(a.title) > 30, '…', ''), '') AS title,
       a.words,
       (SELECT count(*) FROM nw_sentences s WHERE s.article_id = a.article_id) AS sentences,
       (SELECT count(*) FROM nw_quotes q WHERE q.article_id = a.article_id) AS quotes,
       (SELECT count(*) FROM nw_actors x WHERE x.article_id = a.article_id) AS actors,
       (SELECT count(*) FROM nw_stances s WHERE s.article_id = a.article_id) AS stances
FROM nw_articles a
ORDER BY a.date IS NULL, a.date, a.id;
