#!/bin/sh
# tests/run.sh — runs every test suite of newswire (make test calls it after
# building).  Each suite prints `N passed, N failed`; a suite that crashes,
# leaks or trips a sanitizer counts as a failure.  The last line is the total.
set -u
cd "$(dirname "$0")/.." || exit 2

PASS=0
FAIL=0
fixtures=$(mktemp -d)
trap 'chmod -R u+rwx "$fixtures" 2>/dev/null; rm -rf "$fixtures"' EXIT
tests/fixtures.sh "$fixtures" || { echo "cannot make fixtures"; exit 2; }
export NW_FIXTURES="$fixtures"

suite() {
  name=$1
  shift
  out=$("$@" 2>&1)
  status=$?
  summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  printf '%s\n' "$out" | grep -vE '^[0-9]+ passed, [0-9]+ failed$' | grep -v '^$'
  if [ -z "$summary" ]; then
    echo "$name: crashed (exit status $status)"
    FAIL=$((FAIL + 1))
    return
  fi
  p=${summary%% passed*}
  f=${summary#*, }
  f=${f%% failed}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "$name: exit status $status after its summary (leak or sanitizer report)"
    f=1
  fi
  echo "$name: $p passed, $f failed"
  PASS=$((PASS + p))
  FAIL=$((FAIL + f))
}

# Root reads every file, so the permission case runs as an unprivileged user,
# from a copy of the runner and extension in the fixture directory it can read.
as_unprivileged() {
  if [ "$(id -u)" != 0 ]; then
    "$@"
    return
  fi
  cp build/runner build/newswire.so tests/sql/unreadable.test "$NW_FIXTURES/"
  chmod 755 "$NW_FIXTURES/runner" "$NW_FIXTURES/newswire.so"
  setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$NW_FIXTURES/runner" "$NW_FIXTURES/newswire" "$NW_FIXTURES/unreadable.test"
}

SQL_TESTS=$(ls tests/sql/*.test | grep -v unreadable.test)

suite unit build/unit_tests
suite sql build/runner build/newswire $SQL_TESTS
suite unreadable as_unprivileged build/runner build/newswire tests/sql/unreadable.test
suite python /usr/bin/python3 tests/python_smoke.py build/newswire
suite asan-unit build/asan/unit_tests
suite asan-sql build/asan/runner build/asan/newswire $SQL_TESTS

# Suites of the other parts (dataset and clients, robustness, ...): each
# tests/suites/NAME.sh prints its own `N passed, N failed`.
for script in tests/suites/*.sh; do
  [ -e "$script" ] || continue
  name=$(basename "$script" .sh)
  suite "$name" sh "$script"
done

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
