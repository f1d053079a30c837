-- sql/schema.sql — the schema of newswire.db, the materialized dataset.
--
-- Creates what is missing and replaces the views; running it again changes
-- nothing else.  sql/build.sql fills the tables (see sql/README.md):
--
--   sqlite3 newswire.db
--   sqlite> .bail on
--   sqlite> .load build/newswire
--   sqlite> .parameter set @corpus seeds
--   sqlite> .read sql/schema.sql
--   sqlite> .read sql/build.sql
--
-- Names.  A table shadows a table-valued function of the same name (a table
-- `quotes` would make `quotes(a.body)` fail with "'quotes' is not a
-- function"), so every table and view here starts with `nw_` and the
-- functions keep working in this database: `nw_quotes` holds the rows of
-- `quotes(body)`, one article at a time.  Each table has the function's
-- columns with the same names, plus `article_id`, the key of the article the
-- row comes from.  Nothing here calls the extension: the tables, views and
-- full-text indexes work in any SQLite, with or without newswire loaded.
--
-- Indexes.  Besides keys and UNIQUE constraints, this file creates only
-- nw_sentences_article_idx, which sql/build.sql reads while it loads (the
-- sentence of each mention).  build.sql creates the other indexes once it
-- has loaded the rows: on the first build of a database one sorted CREATE
-- INDEX each is much cheaper than growing every index row by row; later
-- builds find them in place and keep them up to date.
--
-- PRAGMA user_version is this schema's version.  A database made by another
-- version is refused, not patched: delete it and build it again.

CREATE TEMP TABLE IF NOT EXISTS nw_schema_guard(version INTEGER);
CREATE TEMP TRIGGER IF NOT EXISTS nw_schema_guard_check BEFORE INSERT ON nw_schema_guard
WHEN new.version NOT IN (0, 1)
BEGIN
  SELECT RAISE(ABORT, 'newswire schema: this database was made by another version of sql/schema.sql (PRAGMA user_version); delete it and build it again');
END;
INSERT INTO temp.nw_schema_guard SELECT user_version FROM pragma_user_version;
DROP TABLE temp.nw_schema_guard;

-- Pages of 16 KiB, set before anything is written (a database that exists
-- keeps its own): most bodies fit in a page instead of a chain of overflow
-- pages, the build is faster and the file smaller.
PRAGMA page_size = 16384;
PRAGMA user_version = 1;

BEGIN;

-- One row per build (sql/build.sql): what it read, with which analyzer, and
-- what it did.  The analyzer and dictionary of the last build decide whether
-- the next one must analyze every article again.
CREATE TABLE IF NOT EXISTS nw_builds (
  build      INTEGER PRIMARY KEY,
  finished   TEXT NOT NULL,          -- UTC, ISO 8601
  corpus     TEXT NOT NULL,          -- the path given to articles()
  analyzer   TEXT NOT NULL,          -- 'newswire VERSION [@analyzer]'
  dictionary TEXT NOT NULL,          -- the rows of newswire_actors when it ran
  articles   INTEGER NOT NULL,       -- articles in the dataset after it
  added      INTEGER NOT NULL,       -- new files
  changed    INTEGER NOT NULL,       -- files whose text or header changed
  moved      INTEGER NOT NULL,       -- same file under a new path
  removed    INTEGER NOT NULL,       -- files gone from the corpus
  unchanged  INTEGER NOT NULL,
  analyzed   INTEGER NOT NULL        -- articles whose body it analyzed
);

-- articles(path): one row per file.
CREATE TABLE IF NOT EXISTS nw_articles (
  article_id INTEGER PRIMARY KEY,
  id         TEXT NOT NULL,          -- the file's name
  path       TEXT NOT NULL UNIQUE,   -- the path it was read from
  date       TEXT,                   -- YYYY-MM-DD or NULL
  title      TEXT,
  byline     TEXT,
  body       TEXT NOT NULL,
  chars      INTEGER NOT NULL,
  words      INTEGER NOT NULL,
  analyzed   INTEGER REFERENCES nw_builds(build)  -- the build that analyzed body
);

-- sentences(body)
CREATE TABLE IF NOT EXISTS nw_sentences (
  sentence_id INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES nw_articles(article_id) ON DELETE CASCADE,
  sentence    TEXT NOT NULL,
  paragraph   INTEGER NOT NULL,
  offset      INTEGER NOT NULL,
  length      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS nw_sentences_article_idx ON nw_sentences(article_id, offset);

-- quotes(body)
CREATE TABLE IF NOT EXISTS nw_quotes (
  quote_id     INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES nw_articles(article_id) ON DELETE CASCADE,
  quote        TEXT NOT NULL,
  speaker      TEXT,
  speaker_text TEXT,
  verb         TEXT,
  kind         TEXT,                 -- 'direct' or 'indirect'
  offset       INTEGER NOT NULL,
  length       INTEGER NOT NULL
);

-- actors(body): one row per distinct actor of an article.
CREATE TABLE IF NOT EXISTS nw_actors (
  actor_id   INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES nw_articles(article_id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  kind       TEXT,
  country    TEXT,                   -- ISO 3166-1 alpha-3
  role       TEXT,
  mentions   INTEGER NOT NULL,
  offset     INTEGER NOT NULL,
  UNIQUE (article_id, name)
);

-- mentions(body), each with the sentence it stands in (NULL: none holds it).
CREATE TABLE IF NOT EXISTS nw_mentions (
  mention_id  INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES nw_articles(article_id) ON DELETE CASCADE,
  sentence_id INTEGER REFERENCES nw_sentences(sentence_id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  mention     TEXT NOT NULL,
  kind        TEXT,
  offset      INTEGER NOT NULL,
  length      INTEGER NOT NULL
);

-- stances(body): who stands where toward whom, one row per evidence.
CREATE TABLE IF NOT EXISTS nw_stances (
  stance_id  INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES nw_articles(article_id) ON DELETE CASCADE,
  source     TEXT NOT NULL,
  target     TEXT NOT NULL,
  score      REAL NOT NULL,          -- -1 hostile .. +1 supportive
  evidence   TEXT,
  offset     INTEGER NOT NULL,
  length     INTEGER NOT NULL
);

-- Your own actors (README: "Your own actors"): the extension reads this table
-- of the database it is loaded into.  Rows added here change what the next
-- build finds, and that build analyzes every article again.
CREATE TABLE IF NOT EXISTS newswire_actors (
  name    TEXT NOT NULL,
  alias   TEXT,
  kind    TEXT,
  country TEXT,
  role    TEXT
);

-- Full-text indexes (FTS5, Porter stemming: `sanctions` also finds
-- `sanction` and `sanctioned`).  They index the tables' own text
-- (external content) and the triggers below keep them in step.
--   SELECT a.id, a.title FROM nw_articles_fts f JOIN nw_articles a ON a.article_id = f.rowid
--   WHERE nw_articles_fts MATCH 'sanctions' ORDER BY rank;
-- Named <table>_fts with content="<table>", so sqlite-utils (`search`) and
-- Datasette find them and offer full-text search on nw_articles and nw_quotes.
CREATE VIRTUAL TABLE IF NOT EXISTS nw_articles_fts USING fts5(
  title, body,
  content="nw_articles", content_rowid="article_id",
  tokenize="porter unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE IF NOT EXISTS nw_quotes_fts USING fts5(
  quote, speaker,
  content="nw_quotes", content_rowid="quote_id",
  tokenize="porter unicode61 remove_diacritics 2"
);

CREATE TRIGGER IF NOT EXISTS nw_articles_fts_insert AFTER INSERT ON nw_articles BEGIN
  INSERT INTO nw_articles_fts(rowid, title, body) VALUES (new.article_id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS nw_articles_fts_delete AFTER DELETE ON nw_articles BEGIN
  INSERT INTO nw_articles_fts(nw_articles_fts, rowid, title, body)
  VALUES ('delete', old.article_id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS nw_articles_fts_update AFTER UPDATE OF title, body ON nw_articles BEGIN
  INSERT INTO nw_articles_fts(nw_articles_fts, rowid, title, body)
  VALUES ('delete', old.article_id, old.title, old.body);
  INSERT INTO nw_articles_fts(rowid, title, body) VALUES (new.article_id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS nw_quotes_fts_insert AFTER INSERT ON nw_quotes BEGIN
  INSERT INTO nw_quotes_fts(rowid, quote, speaker) VALUES (new.quote_id, new.quote, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS nw_quotes_fts_delete AFTER DELETE ON nw_quotes BEGIN
  INSERT INTO nw_quotes_fts(nw_quotes_fts, rowid, quote, speaker)
  VALUES ('delete', old.quote_id, old.quote, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS nw_quotes_fts_update AFTER UPDATE OF quote, speaker ON nw_quotes BEGIN
  INSERT INTO nw_quotes_fts(nw_quotes_fts, rowid, quote, speaker)
  VALUES ('delete', old.quote_id, old.quote, old.speaker);
  INSERT INTO nw_quotes_fts(rowid, quote, speaker) VALUES (new.quote_id, new.quote, new.speaker);
END;

-- ------------------------------------------------------------------ views
-- The common questions.  Views only read the tables, so they work in
-- Datasette, DB Browser or a plain sqlite3 without the extension.

-- Quotes by speaker: every quote with who said it, where and when.
DROP VIEW IF EXISTS nw_quotes_by_speaker;
CREATE VIEW nw_quotes_by_speaker AS
SELECT q.speaker,
       sp.kind    AS speaker_kind,
       sp.country AS speaker_country,
       sp.role    AS speaker_role,
       a.date,
       a.id       AS article,
       q.kind,
       q.verb,
       q.quote,
       q.quote_id,
       q.article_id
FROM nw_quotes q
JOIN nw_articles a ON a.article_id = q.article_id
LEFT JOIN nw_actors sp ON sp.article_id = q.article_id AND sp.name = q.speaker;

-- Speakers: how often each is quoted, directly or not, in how many articles.
DROP VIEW IF EXISTS nw_speakers;
CREATE VIEW nw_speakers AS
SELECT speaker,
       max(speaker_kind)          AS kind,
       max(speaker_country)       AS country,
       count(*)                   AS quotes,
       sum(kind = 'direct')       AS direct,
       sum(kind = 'indirect')     AS indirect,
       count(DISTINCT article_id) AS articles,
       min(date)                  AS first_date,
       max(date)                  AS last_date
FROM nw_quotes_by_speaker
WHERE speaker IS NOT NULL
GROUP BY speaker;

-- Actor mentions by date: how often the news of each day names each actor
-- (date NULL: articles without a date).
DROP VIEW IF EXISTS nw_mentions_by_date;
CREATE VIEW nw_mentions_by_date AS
SELECT a.date,
       ac.name,
       max(ac.kind)     AS kind,
       max(ac.country)  AS country,
       sum(ac.mentions) AS mentions,
       count(*)         AS articles
FROM nw_actors ac
JOIN nw_articles a ON a.article_id = ac.article_id
GROUP BY a.date, ac.name;

-- Countries: each ISO code with the name the texts give it.
DROP VIEW IF EXISTS nw_countries;
CREATE VIEW nw_countries AS
SELECT country AS code, name, count(*) AS articles, sum(mentions) AS mentions
FROM nw_actors
WHERE kind = 'country' AND country IS NOT NULL
GROUP BY country, name;

-- Stance evidence: each stance with its date and the countries of its source
-- and target (Putin and the Kremlin are RUS; groups like `West` have none).
DROP VIEW IF EXISTS nw_stance_evidence;
CREATE VIEW nw_stance_evidence AS
SELECT s.stance_id,
       s.article_id,
       a.date,
       s.source,
       src.kind    AS source_kind,
       src.country AS source_country,
       s.target,
       tgt.kind    AS target_kind,
       tgt.country AS target_country,
       s.score,
       s.evidence
FROM nw_stances s
JOIN nw_articles a ON a.article_id = s.article_id
LEFT JOIN nw_actors src ON src.article_id = s.article_id AND src.name = s.source
LEFT JOIN nw_actors tgt ON tgt.article_id = s.article_id AND tgt.name = s.target;

-- Stance between countries over time: per month (NULL: undated articles),
-- how the actors of one country stand toward those of another.
DROP VIEW IF EXISTS nw_country_stance;
CREATE VIEW nw_country_stance AS
SELECT substr(date, 1, 7)         AS month,
       source_country,
       target_country,
       count(*)                   AS evidence,
       count(DISTINCT article_id) AS articles,
       round(avg(score), 3)       AS score,
       sum(score < 0)             AS hostile,
       sum(score > 0)             AS friendly
FROM nw_stance_evidence
WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country
GROUP BY month, source_country, target_country;

-- Actors that appear together: pairs (actor1 < actor2) named in the same
-- article, and how many sentences name both.
DROP VIEW IF EXISTS nw_actor_pairs;
CREATE VIEW nw_actor_pairs AS
WITH in_articles AS (
  SELECT x.name AS actor1, y.name AS actor2, count(*) AS articles
  FROM nw_actors x
  JOIN nw_actors y ON y.article_id = x.article_id AND x.name < y.name
  GROUP BY x.name, y.name
), named AS (
  SELECT DISTINCT sentence_id, name FROM nw_mentions WHERE sentence_id IS NOT NULL
), in_sentences AS (
  SELECT x.name AS actor1, y.name AS actor2, count(*) AS sentences
  FROM named x
  JOIN named y ON y.sentence_id = x.sentence_id AND x.name < y.name
  GROUP BY x.name, y.name
)
SELECT p.actor1, p.actor2, p.articles, coalesce(s.sentences, 0) AS sentences
FROM in_articles p
LEFT JOIN in_sentences s ON s.actor1 = p.actor1 AND s.actor2 = p.actor2;

COMMIT;
