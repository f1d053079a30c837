-- What did the three most quoted people say in their own words (direct quotes)?
SELECT speaker,
       coalesce(date, '') AS date,
       substr(quote, 1, 64) || iif(length(quote) > 64, '…', '') AS quote
FROM nw_quotes_by_speaker
WHERE kind = 'direct'
  AND speaker IN (SELECT speaker FROM nw_speakers WHERE kind = 'person'
                  ORDER BY quotes DESC, speaker LIMIT 3)
ORDER BY speaker, date, quote_id;
