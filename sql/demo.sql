-- sql/demo.sql — what `make demo` shows once it has built newswire.db from
-- seeds/: a few questions of sql/examples and their answers.  By hand:
--   sqlite3 -box newswire.db '.load build/newswire' '.read sql/demo.sql'

.print
.print 'newswire.db: the articles of seeds/ as tables (sql/README.md)'
SELECT newswire_version() AS newswire,
       (SELECT count(*) FROM nw_articles) AS articles,
       (SELECT count(*) FROM nw_sentences) AS sentences,
       (SELECT count(*) FROM nw_quotes) AS quotes,
       (SELECT count(*) FROM nw_actors) AS actors,
       (SELECT count(*) FROM nw_mentions) AS mentions,
       (SELECT count(*) FROM nw_stances) AS stances;

.print
.print 'Which articles does the dataset hold, and what did the analysis find in each?'
.read sql/examples/articles.sql

.print
.print 'Who is quoted most, and how often in their own words (direct) or in reported speech (indirect)?'
.read sql/examples/top_speakers.sql

.print
.print 'What did the three most quoted people say in their own words (direct quotes)?'
.read sql/examples/speaker_quotes.sql

.print
.print 'How do countries stand toward one another, month by month (score below 0: hostile, above 0: friendly)?'
.read sql/examples/country_stance.sql

.print
.print 'Which actors are named together in the same sentence most often?'
.read sql/examples/actor_pairs.sql

.print
.print 'Which articles and which quotes talk about sanctions (full-text search, FTS5)?'
.read sql/examples/search_sanctions.sql

.print
.print 'More questions in sql/examples/; the tables and views in sql/schema.sql.'
.print 'Open the dataset with: sqlite3 newswire.db'
