-- How do countries stand toward one another, month by month (score below 0: hostile, above 0: friendly)?
SELECT coalesce(s.month, 'undated') AS month,
       coalesce(src.name, s.source_country) AS source,
       coalesce(tgt.name, s.target_country) AS target,
       s.evidence,
       s.score,
       s.hostile,
       s.friendly
FROM nw_country_stance s
LEFT JOIN (SELECT code, max(name) AS name FROM nw_countries GROUP BY code) src ON src.code = s.source_country
LEFT JOIN (SELECT code, max(name) AS name FROM nw_countries GROUP BY code) tgt ON tgt.code = s.target_country
ORDER BY s.month IS NULL, s.month, s.evidence DESC, source, target;
