-- How does each article stand toward China and toward the United States as a whole?
-- (the extension's stance() runs here on the stored bodies: load it first)
SELECT a.id AS article,
       coalesce(a.date, '') AS date,
       round(stance(a.body, 'China'), 2) AS toward_china,
       round(stance(a.body, 'United States'), 2) AS toward_usa
FROM nw_articles a
ORDER BY a.id;
