# tests/clients/lib.sh — what tests/suites/dataset.sh and clients.sh share.
# Sourced from the repository's root.  Each test is a shell command that
# passes when it exits 0; its output is shown only when it fails.  finish
# prints `N passed, N failed`.

PASSED=0
FAILED=0
EXT=build/newswire
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG="$WORK/log"

# t NAME COMMAND...: one test.
t() {
  name=$1
  shift
  if "$@" >"$LOG" 2>&1; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "FAIL $name"
    sed -n '1,25s/^/    /p' "$LOG"
  fi
}

# counts OUTPUT_FILE: adds the `N passed, N failed` of a sub-run and shows
# its other lines.
counts() {
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
  grep -vE '^[0-9]+ passed, [0-9]+ failed$' "$1" | sed 's/^/    /'
  if [ -z "$line" ]; then
    FAILED=$((FAILED + 1))
    echo "FAIL $2: no summary"
    return
  fi
  p=${line%% passed*}
  f=${line#*, }
  f=${f%% failed}
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
}

finish() {
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

# sq DB SQL...: the sqlite3 shell on DB with the extension loaded, stopping
# at the first error.
sq() {
  db=$1
  shift
  sqlite3 -bail -batch "$db" ".load $EXT" "$@"
}

# same_rows DB CORPUS: the tables of DB hold what the functions give on CORPUS.
same_rows() {
  out=$(sq "$1" ".parameter set @corpus \"'$2'\"" \
    "CREATE TEMP TABLE src AS SELECT * FROM articles(@corpus)" \
    ".read tests/clients/same_rows.sql" 2>&1)
  status=$?
  [ -n "$out" ] && printf '%s\n' "$out"
  [ "$status" -eq 0 ] && [ -z "$out" ]
}

# equals EXPECTED COMMAND...: the command's output is EXPECTED.
equals() {
  want=$1
  shift
  got=$("$@" 2>&1)
  [ "$got" = "$want" ] && return 0
  printf 'expected: %s\n     got: %s\n' "$want" "$got"
  return 1
}

# contains TEXT FILE: FILE has TEXT (a fixed string).
contains() {
  grep -qF -- "$1" "$2" && return 0
  echo "no '$1' in:"
  sed -n '1,15p' "$2"
  return 1
}
