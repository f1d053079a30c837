"""Runs every sql/examples/*.sql on a dataset and checks what it returns.

    /usr/bin/python3 tests/clients/check_examples.py DB EXTENSION CORPUS

DB was built from CORPUS.  Each example must open with a comment that asks a
question, hold one SELECT, and have a check tests/clients/checks/NAME.sql.  The
check runs in the same connection (the extension loaded) with two temp
tables: `result`, the example's rows in order (rowid 1, 2, ...), and `src`,
the rows of articles(CORPUS) as the function gives them now.  It computes
what the answer must be from the functions themselves and returns one row
per problem: no rows, no problem.  Prints one line per failure and ends with
`N passed, N failed`.
"""
import glob
import os
import sqlite3
import sys


def main():
    db, extension, corpus = sys.argv[1:4]
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(extension)
    con.execute("CREATE TEMP TABLE src AS SELECT * FROM articles(?)", (corpus,))
    passed = failed = 0
    examples = sorted(glob.glob("sql/examples/*.sql"))
    if not examples:
        print("no examples in sql/examples")
        failed += 1
    for path in examples:
        name = os.path.basename(path)[:-4]
        problems = run(con, path, name)
        if problems:
            failed += 1
            for p in problems[:10]:
                print(f"example {name}: {p}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")


def run(con, path, name):
    with open(path, encoding="utf-8") as f:
        sql = f.read()
    lines = sql.splitlines()
    if not lines or not lines[0].startswith("-- ") or "?" not in lines[0]:
        return ["does not open with a comment that asks a question"]
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        columns = [d[0] for d in cur.description]
    except sqlite3.Error as e:
        return [f"fails: {e}"]
    check_path = f"tests/clients/checks/{name}.sql"
    if not os.path.exists(check_path):
        return [f"has no check {check_path}"]
    con.execute("DROP TABLE IF EXISTS temp.result")
    con.execute("CREATE TEMP TABLE result(%s)" % ", ".join('"%s"' % c.replace('"', '""') for c in columns))
    con.executemany("INSERT INTO temp.result VALUES (%s)" % ", ".join("?" * len(columns)), rows)
    with open(check_path, encoding="utf-8") as f:
        check = f.read()
    try:
        return [str(r[0]) for r in con.execute(check).fetchall()]
    except sqlite3.Error as e:
        return [f"check fails: {e}"]


if __name__ == "__main__":
    main()
