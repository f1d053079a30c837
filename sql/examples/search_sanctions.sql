-- Which articles and which quotes talk about sanctions (full-text search, FTS5)?
SELECT 'article' AS found_in,
       a.id AS article,
       '' AS speaker,
       snippet(nw_articles_fts, 1, '[', ']', '…', 10) AS text
FROM nw_articles_fts
JOIN nw_articles a ON a.article_id = nw_articles_fts.rowid
WHERE nw_articles_fts MATCH 'sanctions'
UNION ALL
SELECT 'quote',
       a.id,
       coalesce(q.speaker, ''),
       snippet(nw_quotes_fts, 0, '[', ']', '…', 10)
FROM nw_quotes_fts
JOIN nw_quotes q ON q.quote_id = nw_quotes_fts.rowid
JOIN nw_articles a ON a.article_id = q.article_id
WHERE nw_quotes_fts MATCH 'sanctions'
ORDER BY 1, 2, 3, 4;
