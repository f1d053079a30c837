"""Loads the extension from Debian's Python (/usr/bin/python3) and uses it.

    /usr/bin/python3 tests/python_smoke.py build/newswire

Prints one line `N passed, N failed`; exit status 1 when any failed.
"""
import sqlite3
import sys

ext = sys.argv[1] if len(sys.argv) > 1 else "build/newswire"
passed = failed = 0


def check(name, cond):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", name)


con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension(ext)
con.enable_load_extension(False)

check("version", con.execute("SELECT newswire_version()").fetchone()[0] == "0.1.0")
rows = con.execute("SELECT id, date, title FROM articles('seeds') ORDER BY id").fetchall()
check("five articles", len(rows) == 5)
check("dates", [r[1] for r in rows] == ["2023-03-22", "2022-02-06", None, "2022-02-05", None])
check("headline", rows[4][2] == "China and Russia get closer")
text = "“Why now?” she asked. Mr. Ito left. Ünïcödé works."
sents = con.execute("SELECT sentence, offset, length FROM sentences(?)", (text,)).fetchall()
check("sentences", [s for s, _, _ in sents] == ["“Why now?” she asked.", "Mr. Ito left.", "Ünïcödé works."])
check("offsets are characters", all(text[o:o + n] == s for s, o, n in sents))
try:
    con.execute("SELECT * FROM articles('no/such/dir')").fetchall()
    check("missing path raises", False)
except sqlite3.OperationalError as e:
    check("missing path raises", "articles(): cannot open 'no/such/dir'" in str(e))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
