#!/bin/sh
# tests/fuzz/make_corpus.sh DIR — the seed corpus of the fuzz targets.
#
# Writes into DIR (creating it): the sample articles of seeds/, every quoted
# text of the SQL tests (tests/sql/*.test, one file per string literal of 20
# characters or more), the hand-made inputs of tests/fuzz/inputs/, and the
# regression inputs of tests/fuzz/regress/ and tests/fuzz/crashes/.  File
# names are content hashes, so running it again adds nothing twice.
set -eu
cd "$(dirname "$0")/../.."
out=$1
mkdir -p "$out"

add() {  # add FILE: copies it under its hash
  h=$(cksum < "$1" | tr ' ' '_')
  [ -e "$out/$h" ] || cp "$1" "$out/$h"
}

for f in seeds/*.txt tests/fuzz/inputs/* tests/fuzz/regress/*/* tests/fuzz/crashes/*/*; do
  [ -f "$f" ] && add "$f"
done

# string literals of the SQL tests ('' is a quote inside one)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat tests/sql/*.test | awk -v dir="$tmp" '
  /^-- / || /^#/ || /^----$/ { next }
  {
    line = $0
    while ((i = index(line, "\x27")) > 0) {
      rest = substr(line, i + 1)
      lit = ""
      while (1) {
        j = index(rest, "\x27")
        if (j == 0) { lit = ""; rest = ""; break }
        lit = lit substr(rest, 1, j - 1)
        if (substr(rest, j + 1, 1) == "\x27") { lit = lit "\x27"; rest = substr(rest, j + 2); continue }
        rest = substr(rest, j + 1)
        break
      }
      if (length(lit) >= 20) { n++; printf "%s", lit > (dir "/lit" n); close(dir "/lit" n) }
      line = rest
    }
  }'
for f in "$tmp"/lit*; do
  [ -f "$f" ] && add "$f"
done
exit 0
