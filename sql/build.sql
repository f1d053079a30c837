-- sql/build.sql — brings newswire.db up to date with a folder of articles.
--
-- Plain SQL: it needs the extension loaded and sql/schema.sql run first, and
-- reads the corpus path from the parameter @corpus, else from a temp table
-- nw_corpus(path), else it reads 'seeds'.  From the sqlite3 shell:
--
--   sqlite3 newswire.db
--   sqlite> .bail on
--   sqlite> .load build/newswire
--   sqlite> .parameter set @corpus seeds
--   sqlite> .read sql/schema.sql
--   sqlite> .read sql/build.sql
--
-- From any other client: CREATE TEMP TABLE nw_corpus AS SELECT 'seeds' AS path;
-- then run schema.sql and this file as scripts (Python: executescript).
-- `make dataset CORPUS=dir DB=file` does all of it.
--
-- Incremental.  Every run reads the corpus with articles() (that parses the
-- files, it does not analyze them) and compares each file with the row of the
-- same path: a new file is added, a file whose body changed is analyzed again,
-- a file whose header only changed (date, title, byline) is updated without
-- analysis, a file gone is removed with all its rows, and a file that moved
-- (a new path, same name and body, old path gone) keeps its rows.  Only
-- articles with nw_articles.analyzed NULL go through sentences(), quotes(),
-- actors(), mentions() and stances().  When the analyzer (newswire_version()
-- and the optional parameter @analyzer, which `make dataset` sets to the
-- checksum of build/newswire.so) or the rows of newswire_actors differ from
-- the last build's, every article is analyzed again.  A run is one
-- transaction: it applies whole or not at all.  Each run adds a row to
-- nw_builds and prints it.
--
-- It deletes the rows it replaces itself, an article's rows before the
-- article and mentions before sentences, so it does not need
-- PRAGMA foreign_keys (it leaves the setting alone; with it ON, each row
-- inserted looks up its parent: slower, same result).

BEGIN IMMEDIATE;

CREATE TEMP TABLE IF NOT EXISTS nw_corpus(path TEXT);

-- What this run reads, and with what.
DROP TABLE IF EXISTS temp.nw_run;
CREATE TEMP TABLE nw_run AS
SELECT coalesce(@corpus, (SELECT path FROM temp.nw_corpus LIMIT 1), 'seeds') AS corpus,
       'newswire ' || newswire_version() || coalesce(' ' || @analyzer, '') AS analyzer,
       (SELECT count(*) || ' rows' || coalesce(char(10) || group_concat(r, char(10)), '')
        FROM (SELECT quote(name) || ',' || quote(alias) || ',' || quote(kind) || ','
                     || quote(country) || ',' || quote(role) AS r
              FROM newswire_actors ORDER BY 1)) AS dictionary,
       coalesce((SELECT max(build) FROM nw_builds), 0) + 1 AS build;

-- The corpus as it is now.
DROP TABLE IF EXISTS temp.nw_scan;
CREATE TEMP TABLE nw_scan AS
SELECT id, path, date, title, byline, body, chars, words
FROM articles((SELECT corpus FROM temp.nw_run));
CREATE INDEX temp.nw_scan_by_path ON nw_scan(path);

-- Moved: a row whose path is gone, and a new path with the same name and
-- body; only where the pairing is one to one.
DROP TABLE IF EXISTS temp.nw_moved;
CREATE TEMP TABLE nw_moved AS
SELECT a.article_id, s.path
FROM nw_articles a
JOIN temp.nw_scan s ON s.id = a.id AND s.body = a.body
WHERE NOT EXISTS (SELECT 1 FROM temp.nw_scan x WHERE x.path = a.path)
  AND NOT EXISTS (SELECT 1 FROM nw_articles y WHERE y.path = s.path);
DELETE FROM temp.nw_moved
WHERE article_id IN (SELECT article_id FROM temp.nw_moved GROUP BY article_id HAVING count(*) > 1)
   OR path IN (SELECT path FROM temp.nw_moved GROUP BY path HAVING count(*) > 1);
UPDATE nw_articles
SET path = (SELECT m.path FROM temp.nw_moved m WHERE m.article_id = nw_articles.article_id)
WHERE article_id IN (SELECT article_id FROM temp.nw_moved);

-- Each file of the corpus: added, changed, moved or unchanged.
DROP TABLE IF EXISTS temp.nw_delta;
CREATE TEMP TABLE nw_delta AS
SELECT s.path,
       CASE WHEN a.article_id IS NULL THEN 'added'
            WHEN a.id IS NOT s.id OR a.date IS NOT s.date OR a.title IS NOT s.title
              OR a.byline IS NOT s.byline OR a.body IS NOT s.body
              OR a.chars IS NOT s.chars OR a.words IS NOT s.words THEN 'changed'
            WHEN a.article_id IN (SELECT article_id FROM temp.nw_moved) THEN 'moved'
            ELSE 'unchanged' END AS status
FROM temp.nw_scan s
LEFT JOIN nw_articles a ON a.path = s.path;

-- Removed: rows whose file is gone, with everything found in them.
DROP TABLE IF EXISTS temp.nw_gone;
CREATE TEMP TABLE nw_gone AS
SELECT article_id FROM nw_articles a
WHERE NOT EXISTS (SELECT 1 FROM temp.nw_scan s WHERE s.path = a.path);
DELETE FROM nw_stances WHERE article_id IN (SELECT article_id FROM temp.nw_gone);
DELETE FROM nw_mentions WHERE article_id IN (SELECT article_id FROM temp.nw_gone);
DELETE FROM nw_actors WHERE article_id IN (SELECT article_id FROM temp.nw_gone);
DELETE FROM nw_quotes WHERE article_id IN (SELECT article_id FROM temp.nw_gone);
DELETE FROM nw_sentences WHERE article_id IN (SELECT article_id FROM temp.nw_gone);
DELETE FROM nw_articles WHERE article_id IN (SELECT article_id FROM temp.nw_gone);

-- Changed: take the new values; a new body needs analysis (analyzed NULL).
UPDATE nw_articles
SET id = s.id, date = s.date, title = s.title, byline = s.byline, body = s.body,
    chars = s.chars, words = s.words,
    analyzed = CASE WHEN nw_articles.body IS s.body THEN nw_articles.analyzed END
FROM temp.nw_scan s
WHERE s.path = nw_articles.path
  AND s.path IN (SELECT path FROM temp.nw_delta WHERE status = 'changed');

-- Added, in the order articles() gives them.
INSERT INTO nw_articles (id, path, date, title, byline, body, chars, words)
SELECT s.id, s.path, s.date, s.title, s.byline, s.body, s.chars, s.words
FROM temp.nw_scan s
WHERE s.path IN (SELECT path FROM temp.nw_delta WHERE status = 'added')
ORDER BY s.rowid;

-- Another analyzer or other user actors: everything is analyzed again.
UPDATE nw_articles SET analyzed = NULL
WHERE EXISTS (SELECT 1 FROM temp.nw_run r
              WHERE r.analyzer IS NOT (SELECT analyzer FROM nw_builds ORDER BY build DESC LIMIT 1)
                 OR r.dictionary IS NOT (SELECT dictionary FROM nw_builds ORDER BY build DESC LIMIT 1));

INSERT INTO nw_builds (build, finished, corpus, analyzer, dictionary, articles,
                       added, changed, moved, removed, unchanged, analyzed)
SELECT r.build, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), r.corpus, r.analyzer, r.dictionary,
       (SELECT count(*) FROM nw_articles),
       (SELECT count(*) FROM temp.nw_delta WHERE status = 'added'),
       (SELECT count(*) FROM temp.nw_delta WHERE status = 'changed'),
       (SELECT count(*) FROM temp.nw_delta WHERE status = 'moved'),
       (SELECT count(*) FROM temp.nw_gone),
       (SELECT count(*) FROM temp.nw_delta WHERE status = 'unchanged'),
       (SELECT count(*) FROM nw_articles WHERE analyzed IS NULL)
FROM temp.nw_run r;

-- Analysis of the articles that need it: first clear what they held.
DROP TABLE IF EXISTS temp.nw_todo;
CREATE TEMP TABLE nw_todo AS
SELECT article_id FROM nw_articles WHERE analyzed IS NULL;
DELETE FROM nw_stances WHERE article_id IN (SELECT article_id FROM temp.nw_todo);
DELETE FROM nw_mentions WHERE article_id IN (SELECT article_id FROM temp.nw_todo);
DELETE FROM nw_actors WHERE article_id IN (SELECT article_id FROM temp.nw_todo);
-- Their quotes leave the full-text index here rather than through the
-- trigger nw_quotes_fts_delete (sql/schema.sql, the same text recreated just
-- below): all at once ('delete-all') when every article is analyzed again,
-- else one by one as the trigger does.
DROP TRIGGER IF EXISTS nw_quotes_fts_delete;
INSERT INTO nw_quotes_fts(nw_quotes_fts)
SELECT 'delete-all'
WHERE (SELECT count(*) FROM temp.nw_todo) = (SELECT count(*) FROM nw_articles)
  AND EXISTS (SELECT 1 FROM nw_quotes);
INSERT INTO nw_quotes_fts(nw_quotes_fts, rowid, quote, speaker)
SELECT 'delete', quote_id, quote, speaker FROM nw_quotes
WHERE article_id IN (SELECT article_id FROM temp.nw_todo)
  AND (SELECT count(*) FROM temp.nw_todo) < (SELECT count(*) FROM nw_articles);
DELETE FROM nw_quotes WHERE article_id IN (SELECT article_id FROM temp.nw_todo);
CREATE TRIGGER IF NOT EXISTS nw_quotes_fts_delete AFTER DELETE ON nw_quotes BEGIN
  INSERT INTO nw_quotes_fts(nw_quotes_fts, rowid, quote, speaker)
  VALUES ('delete', old.quote_id, old.quote, old.speaker);
END;
DELETE FROM nw_sentences WHERE article_id IN (SELECT article_id FROM temp.nw_todo);

-- One article at a time, every function on its body in turn: the extension
-- keeps the analysis of the last text it saw, so quotes(), actors(),
-- mentions() and stances() of one body analyze it once.  (A statement per
-- function over all articles would analyze each body four times.)  The
-- trigger is TEMP: it lives for this connection only, and a TEMP trigger may
-- call the functions whatever trusted_schema says.
DROP VIEW IF EXISTS temp.nw_analyze;
CREATE TEMP VIEW nw_analyze(article_id, body) AS SELECT NULL, NULL;
CREATE TEMP TRIGGER nw_analyze_article INSTEAD OF INSERT ON nw_analyze BEGIN
  INSERT INTO nw_sentences (article_id, sentence, paragraph, offset, length)
  SELECT NEW.article_id, s.sentence, s.paragraph, s.offset, s.length
  FROM sentences(NEW.body) s;

  INSERT INTO nw_quotes (article_id, quote, speaker, speaker_text, verb, kind, offset, length)
  SELECT NEW.article_id, q.quote, q.speaker, q.speaker_text, q.verb, q.kind, q.offset, q.length
  FROM quotes(NEW.body) q;

  INSERT INTO nw_actors (article_id, name, kind, country, role, mentions, offset)
  SELECT NEW.article_id, x.name, x.kind, x.country, x.role, x.mentions, x.offset
  FROM actors(NEW.body) x;

  INSERT INTO nw_mentions (article_id, sentence_id, name, mention, kind, offset, length)
  SELECT NEW.article_id,
         (SELECT s.sentence_id FROM nw_sentences s
          WHERE s.article_id = NEW.article_id AND s.offset <= m.offset
            AND m.offset < s.offset + s.length
          ORDER BY s.offset DESC LIMIT 1),
         m.name, m.mention, m.kind, m.offset, m.length
  FROM mentions(NEW.body) m;

  INSERT INTO nw_stances (article_id, source, target, score, evidence, offset, length)
  SELECT NEW.article_id, s.source, s.target, s.score, s.evidence, s.offset, s.length
  FROM stances(NEW.body) s;
END;

INSERT INTO temp.nw_analyze (article_id, body)
SELECT article_id, body FROM nw_articles WHERE analyzed IS NULL ORDER BY article_id;

UPDATE nw_articles SET analyzed = (SELECT build FROM temp.nw_run) WHERE analyzed IS NULL;

-- The indexes that sql/schema.sql leaves out (see there): created here, after
-- the first load, in one sorted pass each; a no-op once they exist.
CREATE INDEX IF NOT EXISTS nw_articles_id_idx ON nw_articles(id);
CREATE INDEX IF NOT EXISTS nw_articles_date_idx ON nw_articles(date);
CREATE INDEX IF NOT EXISTS nw_quotes_article_idx ON nw_quotes(article_id, offset);
CREATE INDEX IF NOT EXISTS nw_quotes_speaker_idx ON nw_quotes(speaker);
CREATE INDEX IF NOT EXISTS nw_actors_name_idx ON nw_actors(name);
CREATE INDEX IF NOT EXISTS nw_actors_country_idx ON nw_actors(country);
CREATE INDEX IF NOT EXISTS nw_mentions_article_idx ON nw_mentions(article_id, offset);
CREATE INDEX IF NOT EXISTS nw_mentions_sentence_idx ON nw_mentions(sentence_id, name);
CREATE INDEX IF NOT EXISTS nw_mentions_name_idx ON nw_mentions(name);
CREATE INDEX IF NOT EXISTS nw_stances_article_idx ON nw_stances(article_id, offset);
CREATE INDEX IF NOT EXISTS nw_stances_pair_idx ON nw_stances(source, target);
CREATE INDEX IF NOT EXISTS nw_stances_target_idx ON nw_stances(target);

COMMIT;

DROP TABLE temp.nw_run;
DROP TABLE temp.nw_scan;
DROP TABLE temp.nw_moved;
DROP TABLE temp.nw_delta;
DROP TABLE temp.nw_gone;
DROP TABLE temp.nw_todo;
DROP VIEW temp.nw_analyze;

-- What this run did.
SELECT build, corpus, articles, added, changed, moved, removed, unchanged, analyzed
FROM nw_builds ORDER BY build DESC LIMIT 1;
