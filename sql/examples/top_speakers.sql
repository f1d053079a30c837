-- Who is quoted most, and how often in their own words (direct) or in reported speech (indirect)?
SELECT speaker,
       coalesce(country, '') AS country,
       quotes,
       direct,
       indirect,
       articles
FROM nw_speakers
ORDER BY quotes DESC, speaker
LIMIT 10;
