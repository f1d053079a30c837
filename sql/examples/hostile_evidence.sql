-- Which sentences show the sharpest hostility between actors of two different countries?
SELECT source,
       target,
       round(score, 2) AS score,
       substr(evidence, 1, 64) || iif(length(evidence) > 64, '…', '') AS evidence
FROM nw_stance_evidence
WHERE score < 0
  AND source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country
ORDER BY score, stance_id
LIMIT 8;
