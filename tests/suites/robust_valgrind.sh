#!/bin/sh
# tests/suites/robust_valgrind.sh — the tests under valgrind's memcheck: no
# invalid access, no use of uninitialised memory, no leak (definite,
# indirect or possible; memory still reachable at exit is the word lists,
# parsed once per process).  Next to the ASan/UBSan run: memcheck also sees
# reads of uninitialised memory, which ASan does not.
#
# In `make test` (valgrind installed by TEST_PACKAGES) it runs the unit
# tests, every SQL test file but the permission one (it needs an unprivileged
# user), the untrusted-SQL and threads programs; `make valgrind` sets
# NW_VALGRIND_FULL=1 to add the fuzz replays and the interrupt program.
# Without valgrind it says so and passes nothing.
# Ends with `N passed, N failed`.
cd "$(dirname "$0")/../.." || exit 2
ROBUST_LIB_ONLY=1 . tests/suites/robust.sh
unset ROBUST_LIB_ONLY

if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind: not installed, nothing run"
  total
  exit
fi
VALGRIND=${VALGRIND:-valgrind -q --error-exitcode=99 --leak-check=full \
  --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \
  --num-callers=30}
if [ -z "${NW_FIXTURES:-}" ]; then
  NW_FIXTURES=$(mktemp -d)
  trap 'chmod -R u+rwx "$NW_FIXTURES" 2>/dev/null; rm -rf "$NW_FIXTURES"' EXIT
  tests/fixtures.sh "$NW_FIXTURES" || exit 2
  export NW_FIXTURES
fi

vg() {
  name=$1
  shift
  if [ ! -x "$1" ]; then
    echo "FAIL $name: $1 is not built"
    FAIL=$((FAIL + 1))
    return
  fi
  out=$(timeout 1200 $VALGRIND "$@" 2>&1)
  record "$name" $? "$out"
}

vg unit build/unit_tests
# every SQL test file but the permission one, in one process
vg sql build/runner build/newswire $(ls tests/sql/*.test | grep -v unreadable.test)
vg untrusted build/robust/untrusted build/newswire
vg threads build/robust/threads build/newswire 4 1
if [ "${NW_VALGRIND_FULL:-}" = 1 ]; then
  for t in article sentence actors quotes stance; do
    inputs="seeds tests/fuzz/inputs"
    [ -d "tests/fuzz/regress/$t" ] && inputs="$inputs tests/fuzz/regress/$t"
    vg "replay-$t" build/robust/replay_$t $inputs
  done
  # valgrind runs one thread at a time; without fair scheduling the
  # interrupting thread may wait until the statement it should stop is done
  VALGRIND="$VALGRIND --fair-sched=yes" vg interrupt build/robust/interrupt build/newswire 50000
fi
total
