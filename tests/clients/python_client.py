"""Debian's Python and its sqlite3 module as a newswire client.

    /usr/bin/python3 tests/clients/python_client.py DATASET EXTENSION WORKDIR

DATASET was built from seeds/ by `make dataset`.  Prints one line per failure
and ends with `N passed, N failed`.
"""
import sqlite3
import sys

DATASET, EXTENSION, WORK = sys.argv[1:4]
passed = failed = 0


def test(name, fn):
    global passed, failed
    try:
        problem = fn()
    except Exception as e:  # any error is a failure of this test
        problem = f"{type(e).__name__}: {e}"
    if problem:
        failed += 1
        print(f"FAIL python: {name}: {problem}")
    else:
        passed += 1


def connect(path, entry_point=None):
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    if entry_point:  # load_extension(path, entrypoint=) needs Python 3.12
        con.execute("SELECT load_extension(?, ?)", (EXTENSION, entry_point))
    else:
        con.load_extension(EXTENSION)
    con.enable_load_extension(False)
    return con


def one(con, sql, *args):
    return con.execute(sql, args).fetchone()[0]


def readme_example():
    con = connect(DATASET)
    rows = con.execute("SELECT date, title FROM articles('seeds')").fetchall()
    if len(rows) != one(con, "SELECT count(*) FROM nw_articles"):
        return f"{len(rows)} articles"


def functions_in_dataset():
    con = connect(DATASET)
    n = one(con, "SELECT count(*) FROM articles(?) a, quotes(a.body) q", "seeds")
    stored = one(con, "SELECT count(*) FROM nw_quotes")
    if n != stored or n == 0:
        return f"quotes(): {n}, nw_quotes: {stored}"


def views_and_search_without_extension():
    con = sqlite3.connect(DATASET)
    speakers = one(con, "SELECT count(*) FROM nw_speakers")
    hits = con.execute(
        "SELECT q.quote FROM nw_quotes_fts f JOIN nw_quotes q ON q.quote_id = f.rowid "
        "WHERE nw_quotes_fts MATCH ?", ("sanctions",)).fetchall()
    if speakers == 0 or not hits or any("sanction" not in q.lower() for (q,) in hits):
        return f"{speakers} speakers, hits {hits}"


def rows(con, sql):
    return sorted(con.execute(sql).fetchall(), key=repr)


def build_with_executescript():
    """schema.sql and build.sql are plain SQL: any client runs them."""
    con = connect(f"{WORK}/python.db")
    con.execute("CREATE TEMP TABLE nw_corpus AS SELECT 'seeds' AS path")
    for script in ("sql/schema.sql", "sql/build.sql"):
        with open(script, encoding="utf-8") as f:
            con.executescript(f.read())
    made = sqlite3.connect(DATASET)
    for sql in (
        "SELECT id, path, date, title, byline, body, chars, words FROM nw_articles",
        "SELECT a.path, q.quote, q.speaker, q.speaker_text, q.verb, q.kind, q.offset, q.length "
        "FROM nw_quotes q JOIN nw_articles a USING (article_id)",
        "SELECT a.path, x.name, x.kind, x.country, x.role, x.mentions, x.offset "
        "FROM nw_actors x JOIN nw_articles a USING (article_id)",
        "SELECT a.path, s.source, s.target, s.score, s.evidence, s.offset "
        "FROM nw_stances s JOIN nw_articles a USING (article_id)",
    ):
        if rows(con, sql) != rows(made, sql):
            return f"differs from make dataset: {sql}"
    again = one(con, "SELECT count(*) FROM nw_builds")
    con.executescript(open("sql/build.sql", encoding="utf-8").read())
    last = con.execute("SELECT added, changed, removed, analyzed FROM nw_builds "
                       "ORDER BY build DESC LIMIT 1").fetchone()
    if again != 1 or last != (0, 0, 0, 0):
        return f"second build: {last}"


def noread_entry_point():
    con = connect(DATASET, "sqlite3_newswire_noread_init")
    n = one(con, "SELECT count(*) FROM nw_articles a, quotes(a.body) q")
    if n != one(con, "SELECT count(*) FROM nw_quotes"):
        return f"quotes() on stored bodies: {n}"
    try:
        con.execute("SELECT * FROM articles('seeds')").fetchall()
    except sqlite3.OperationalError as e:
        if "articles" not in str(e):
            return f"unexpected error {e}"
        return None
    return "articles() reads files through the noread entry point"


test("the README's example on the dataset", readme_example)
test("functions in the dataset", functions_in_dataset)
test("views and full-text search without the extension", views_and_search_without_extension)
test("schema.sql and build.sql through executescript", build_with_executescript)
test("the noread entry point", noread_entry_point)
print(f"{passed} passed, {failed} failed")
