-- Which three actors did the news name most on each date?
SELECT coalesce(date, 'undated') AS date,
       name,
       kind,
       mentions,
       articles
FROM (SELECT *, row_number() OVER (PARTITION BY date ORDER BY mentions DESC, name) AS rank
      FROM nw_mentions_by_date)
WHERE rank <= 3
ORDER BY date IS NULL, date, rank;
