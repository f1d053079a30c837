#!/bin/sh
# tests/suites/dataset.sh — `make dataset`, `make demo` and sql/: the tables
# hold what the functions give, the functions still work in the dataset,
# full-text search, idempotence and incremental builds, the build by hand,
# and every example in sql/examples with its output checked.
# Prints `N passed, N failed`.
cd "$(dirname "$0")/../.." || exit 2
. tests/clients/lib.sh

MAKE_=${MAKE:-make}
mk() { $MAKE_ -s --no-print-directory "$@"; }

# last DB: what the last build did (added changed moved removed unchanged analyzed).
last() {
  sqlite3 "$1" "SELECT added||' '||changed||' '||moved||' '||removed||' '||unchanged||' '||analyzed
                FROM nw_builds ORDER BY build DESC LIMIT 1"
}
# digest DB: the content of every nw_ table but nw_builds.
digest() {
  for table in nw_articles nw_sentences nw_quotes nw_actors nw_mentions nw_stances; do
    sqlite3 "$1" "SELECT * FROM $table ORDER BY 1"
  done | sha256sum
}
# content DB: the same without keys and build numbers, to compare datasets
# built in different ways.
content() {
  sqlite3 "$1" \
    "SELECT id, path, date, title, byline, body, chars, words FROM nw_articles ORDER BY path" \
    "SELECT a.path, t.sentence, t.paragraph, t.offset, t.length FROM nw_sentences t JOIN nw_articles a USING (article_id) ORDER BY 1, 4" \
    "SELECT a.path, t.quote, t.speaker, t.speaker_text, t.verb, t.kind, t.offset, t.length FROM nw_quotes t JOIN nw_articles a USING (article_id) ORDER BY 1, 7, 2" \
    "SELECT a.path, t.name, t.kind, t.country, t.role, t.mentions, t.offset FROM nw_actors t JOIN nw_articles a USING (article_id) ORDER BY 1, 2" \
    "SELECT a.path, t.name, t.mention, t.kind, t.offset, t.length FROM nw_mentions t JOIN nw_articles a USING (article_id) ORDER BY 1, 5, 2" \
    "SELECT a.path, t.source, t.target, t.score, t.evidence, t.offset FROM nw_stances t JOIN nw_articles a USING (article_id) ORDER BY 1, 6, 2, 3" \
    | sha256sum
}

# ------------------------------------------------------------ from seeds/
DB="$WORK/seeds.db"
t "make dataset builds newswire.db from seeds/" mk dataset DB="$DB"
t "the first build adds and analyzes every article" equals "5 0 0 0 0 5" last "$DB"
t "the tables hold the rows the functions give" same_rows "$DB" seeds
t "tables and views do not shadow the functions" equals "" sq "$DB" \
  "SELECT name FROM sqlite_schema WHERE name IN (SELECT name FROM pragma_module_list)
      OR name IN (SELECT name FROM pragma_function_list)"
t "articles() and quotes() still work in the dataset" equals \
  "$(sqlite3 "$DB" 'SELECT count(*) FROM nw_quotes')" \
  sq "$DB" "SELECT count(*) FROM articles('seeds') a, quotes(a.body) q"
t "every function works in the dataset" equals "1" sq "$DB" \
  "SELECT (SELECT count(*) FROM articles('seeds') a, sentences(a.body)) = (SELECT count(*) FROM nw_sentences)
      AND (SELECT count(*) FROM nw_articles a, actors(a.body)) = (SELECT count(*) FROM nw_actors)
      AND (SELECT count(*) FROM nw_articles a, mentions(a.body)) = (SELECT count(*) FROM nw_mentions)
      AND (SELECT count(*) FROM nw_articles a, stances(a.body)) = (SELECT count(*) FROM nw_stances)
      AND (SELECT count(stance(body, 'China')) FROM nw_articles) > 0
      AND newswire_version() IS NOT NULL
      AND (SELECT count(*) FROM nw_quotes) > 0"

# MATCH 'sanctions': exactly the articles and quotes that have the word
# (Porter stemming: any word of the family `sanction`).
t "MATCH 'sanctions' finds the articles that have it" equals \
  "$(sq "$DB" "SELECT group_concat(id) FROM (SELECT id FROM articles('seeds')
               WHERE body LIKE '%sanction%' OR title LIKE '%sanction%' ORDER BY id)")" \
  sq "$DB" "SELECT group_concat(id) FROM (SELECT a.id FROM nw_articles_fts f
            JOIN nw_articles a ON a.article_id = f.rowid WHERE nw_articles_fts MATCH 'sanctions' ORDER BY a.id)"
t "the seeds have articles about sanctions" equals "1" sq "$DB" \
  "SELECT count(*) >= 1 FROM nw_articles_fts WHERE nw_articles_fts MATCH 'sanctions'"
t "MATCH 'sanctions' finds the quotes that have it" equals \
  "$(sq "$DB" "SELECT count(*) FROM articles('seeds') a, quotes(a.body) q
               WHERE q.quote LIKE '%sanction%' OR q.speaker LIKE '%sanction%'")" \
  sq "$DB" "SELECT count(*) FROM nw_quotes_fts WHERE nw_quotes_fts MATCH 'sanctions'"
t "full-text search works without the extension" equals "1" sqlite3 "$DB" \
  "SELECT count(*) > 0 FROM nw_quotes_fts f JOIN nw_quotes q ON q.quote_id = f.rowid
   WHERE nw_quotes_fts MATCH 'sanctions' AND q.quote LIKE '%sanction%'"
t "every view answers without the extension" sqlite3 -bail "$DB" \
  "SELECT count(*) FROM nw_quotes_by_speaker" "SELECT count(*) FROM nw_speakers" \
  "SELECT count(*) FROM nw_mentions_by_date" "SELECT count(*) FROM nw_countries" \
  "SELECT count(*) FROM nw_stance_evidence" "SELECT count(*) FROM nw_country_stance" \
  "SELECT count(*) FROM nw_actor_pairs"

# Indexes: schema.sql creates the one the load reads, build.sql the others
# after the first load; after a build the database has all of them, and the
# triggers as schema.sql writes them (build.sql recreates one of them).
t "a build leaves every index of schema.sql and build.sql" equals \
  "$(sed -n 's/^CREATE INDEX IF NOT EXISTS \([a-z_]*\) .*/\1/p' sql/schema.sql sql/build.sql | sort | paste -sd ' ')" \
  sqlite3 "$DB" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema
                 WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"
sqlite3 -bail "$WORK/schema-only.db" ".read sql/schema.sql"
triggers() { sqlite3 "$1" "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"; }
t "and the triggers of schema.sql" equals "$(triggers "$WORK/schema-only.db")" triggers "$DB"
t "a new database has pages of 16 KiB" equals "16384" sqlite3 "$DB" "PRAGMA page_size"

# Idempotent: again, nothing changes but the log.
before=$(digest "$DB")
t "a second build runs" mk dataset DB="$DB"
t "a second build analyzes nothing" equals "0 0 0 0 5 0" last "$DB"
t "a second build leaves the tables as they were" equals "$before" digest "$DB"
t "schema.sql runs again on a built dataset" sqlite3 -bail "$DB" ".read sql/schema.sql"

# By hand, from the sqlite3 shell, as sql/README.md says.
hand() {
  sqlite3 "$WORK/hand.db" <<EOF
.bail on
.load build/newswire
.parameter set @corpus seeds
.read sql/schema.sql
.read sql/build.sql
EOF
}
t "the build runs by hand from the sqlite3 shell" hand
t "by hand, the same dataset as make dataset" equals "$(content "$DB")" content "$WORK/hand.db"
fk_hand() {
  sqlite3 "$WORK/fk.db" <<EOF
.bail on
.load build/newswire
PRAGMA foreign_keys = ON;
.parameter set @corpus seeds
.read sql/schema.sql
.read sql/build.sql
.read sql/build.sql
EOF
}
t "with PRAGMA foreign_keys ON, builds run" fk_hand
t "and make the same dataset" equals "$(content "$DB")" content "$WORK/fk.db"

# A failed build changes nothing.
before=$(digest "$DB")
t "a build from a missing folder fails" sh -c "! $MAKE_ -s --no-print-directory dataset DB='$DB' CORPUS='$WORK/missing' 2>'$WORK/err'"
t "and says why" contains "cannot open" "$WORK/err"
t "and leaves the dataset as it was" equals "$before" digest "$DB"
t "and logs no build" equals "2" sqlite3 "$DB" "SELECT count(*) FROM nw_builds"

# A database of another schema version is refused, not patched.
cp "$DB" "$WORK/old.db"
sqlite3 "$WORK/old.db" "PRAGMA user_version = 99"
t "another schema version is refused" sh -c "! $MAKE_ -s --no-print-directory dataset DB='$WORK/old.db' 2>'$WORK/err'"
t "with a message that says what to do" contains "delete it and build it again" "$WORK/err"

# ------------------------------------------------------------ incremental
C="$WORK/corpus"
DB="$WORK/inc.db"
cp -r seeds "$C"
t "make dataset CORPUS=dir DB=file" mk dataset CORPUS="$C" DB="$DB"
t "builds from that folder" equals "5 0 0 0 0 5" last "$DB"

others=$(sqlite3 "$DB" "SELECT * FROM nw_quotes" | sha256sum)
{ sed -n '1,200p' seeds/000_cec6064f0d1b95f9.txt
  printf '\n\nThe minister said that new sanctions would follow in June.\n'; } > "$C/005_added.txt"
t "adding a file" mk dataset CORPUS="$C" DB="$DB"
t "adds it and analyzes only it" equals "1 0 0 0 5 1" last "$DB"
t "analyzed in that build, the others not" equals "005_added.txt" sqlite3 "$DB" \
  "SELECT group_concat(id) FROM nw_articles WHERE analyzed = (SELECT max(build) FROM nw_builds)"
t "the others' rows stay as they were" equals "$others" sh -c \
  "sqlite3 '$DB' \"SELECT q.* FROM nw_quotes q JOIN nw_articles a USING (article_id) WHERE a.id <> '005_added.txt'\" | sha256sum"
t "the new file's rows are the functions'" same_rows "$DB" "$C"

printf '\n\nA spokesman for the ministry said the talks would go on.\n' >> "$C/001_2cfc1d4dfcfb7960.txt"
t "changing a file's text" mk dataset CORPUS="$C" DB="$DB"
t "analyzes only that file" equals "0 1 0 0 5 1" last "$DB"
t "analyzed in that build" equals "001_2cfc1d4dfcfb7960.txt" sqlite3 "$DB" \
  "SELECT group_concat(id) FROM nw_articles WHERE analyzed = (SELECT max(build) FROM nw_builds)"
t "its rows are the functions' on the new text" same_rows "$DB" "$C"

sed -i '1s/2022-02-05/2022-02-07/' "$C/003_08ed73d34e20e6cb.txt"
t "changing a file's date header" mk dataset CORPUS="$C" DB="$DB"
t "updates it without analysis" equals "0 1 0 0 5 0" last "$DB"
t "the new date is in the table" equals "2022-02-07" sqlite3 "$DB" \
  "SELECT date FROM nw_articles WHERE id = '003_08ed73d34e20e6cb.txt'"

rm "$C/004_d5ac7d6149c1ba32.txt"
t "removing a file" mk dataset CORPUS="$C" DB="$DB"
t "removes it" equals "0 0 0 1 5 0" last "$DB"
t "and its rows, everywhere" same_rows "$DB" "$C"
t "and from the full-text index" equals "" sqlite3 "$DB" \
  "SELECT a.id FROM nw_articles_fts f JOIN nw_articles a ON a.article_id = f.rowid
   WHERE nw_articles_fts MATCH 'sanctions' AND a.id = '004_d5ac7d6149c1ba32.txt'"

mv "$C" "$WORK/moved"
C="$WORK/moved"
t "moving the folder" mk dataset CORPUS="$C" DB="$DB"
t "keeps every article without analysis" equals "0 0 5 0 0 0" last "$DB"
t "with the new paths" same_rows "$DB" "$C"

sqlite3 "$DB" "INSERT INTO newswire_actors VALUES ('Zhongguo Daily', 'Zhongguo Daily', 'media', 'CHN', NULL)"
t "new user actors" mk dataset CORPUS="$C" DB="$DB"
t "make every article analyzed again" equals "0 0 0 0 5 5" last "$DB"
t "with the user actors" same_rows "$DB" "$C"
t "the quotes' full-text index answers as before" equals \
  "$(sq "$DB" "SELECT count(*) FROM nw_quotes WHERE quote LIKE '%sanction%' OR speaker LIKE '%sanction%'")" \
  sqlite3 "$DB" "SELECT count(*) FROM nw_quotes_fts WHERE nw_quotes_fts MATCH 'sanctions'"
t "its triggers are schema.sql's" equals "$(triggers "$WORK/schema-only.db")" triggers "$DB"

t "another analyzer (no @analyzer, by hand)" sq "$DB" ".parameter set @corpus \"'$C'\"" \
  ".read sql/schema.sql" ".read sql/build.sql"
t "makes every article analyzed again" equals "0 0 0 0 5 5" last "$DB"
t "every row has its parents" equals "" sqlite3 "$DB" "PRAGMA foreign_key_check"

# ------------------------------------------------------------ examples
DB="$WORK/seeds.db"
for f in sql/examples/*.sql; do
  t "$f runs in the sqlite3 shell" sh -c \
    "sqlite3 -bail -box '$DB' '.load $EXT' '.read $f' > '$WORK/out' && test -s '$WORK/out'"
done
/usr/bin/python3 tests/clients/check_examples.py "$DB" "$EXT" seeds > "$WORK/examples" 2>&1
counts "$WORK/examples" "sql/examples checks"

# ------------------------------------------------------------ make demo
t "make demo" sh -c "$MAKE_ -s --no-print-directory demo DB='$WORK/demo.db' > '$WORK/demo'"
for f in $(sed -n 's/^\.read \(sql\/examples\/.*\.sql\)$/\1/p' sql/demo.sql); do
  t "make demo asks the question of $f" contains "$(sed -n '1s/^-- //p' "$f")" "$WORK/demo"
done
t "make demo shows tables in boxes" contains "┌" "$WORK/demo"

finish
