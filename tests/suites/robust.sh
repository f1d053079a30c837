#!/bin/sh
# tests/suites/robust.sh — never hurt the host (issue 8): untrusted SQL and
# the noread entry point, eight threads at once (plain, under AddressSanitizer
# and under ThreadSanitizer), interrupts and progress handlers.
# Programs: tests/untrusted.c, tests/threads.c, tests/interrupt.c (built by
# mk/robust.mk).  Ends with the sum of their `N passed, N failed`.
#
# It is also the library of robust_limits.sh and robust_fuzz.sh, which source
# it with ROBUST_LIB_ONLY=1 for these helpers:
#   run NAME PROGRAM ARGS...   runs a test program (10 minutes at most) that
#                              ends with `N passed, N failed`, prints its
#                              other lines and adds its counts; a crash, a
#                              timeout or a missing summary is one failure
#   run_tsan NAME ...          the same for a ThreadSanitizer build, retried
#                              without address randomization when this kernel
#                              gives TSan a memory layout it cannot use
#   total                      prints the sum (and fails when any failed)
PASS=${PASS:-0}
FAIL=${FAIL:-0}

run() {
  name=$1
  shift
  if [ ! -x "$1" ]; then
    echo "FAIL $name: $1 is not built (make test builds it)"
    FAIL=$((FAIL + 1))
    return
  fi
  out=$(timeout 600 "$@" 2>&1)
  status=$?
  record "$name" "$status" "$out"
}

record() {
  name=$1 status=$2 out=$3
  summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  printf '%s\n' "$out" | grep -vE '^[0-9]+ passed, [0-9]+ failed$' | grep -v '^$' | sed "s/^/$name: /"
  if [ -z "$summary" ]; then
    echo "FAIL $name: no summary (exit status $status)"
    FAIL=$((FAIL + 1))
    return
  fi
  p=${summary%% passed*}
  f=${summary#*, }
  f=${f%% failed}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "FAIL $name: exit status $status after its summary (sanitizer report?)"
    f=1
  fi
  PASS=$((PASS + p))
  FAIL=$((FAIL + f))
}

run_tsan() {
  name=$1
  shift
  if [ ! -x "$1" ]; then
    echo "FAIL $name: $1 is not built (make test builds it)"
    FAIL=$((FAIL + 1))
    return
  fi
  out=$(timeout 600 "$@" 2>&1)
  status=$?
  if printf '%s\n' "$out" | grep -q 'FATAL: ThreadSanitizer'; then
    out=$(timeout 600 setarch "$(uname -m)" -R "$@" 2>&1)
    status=$?
  fi
  record "$name" "$status" "$out"
}

total() {
  echo "$PASS passed, $FAIL failed"
  [ "$FAIL" -eq 0 ]
}

if [ "${ROBUST_LIB_ONLY:-}" != 1 ]; then
  cd "$(dirname "$0")/../.." || exit 2
  run untrusted build/robust/untrusted build/newswire
  run threads build/robust/threads build/newswire 8 3
  run asan-threads build/asan/threads build/asan/newswire 8 1
  run_tsan tsan-threads build/tsan/threads build/tsan/newswire 8 1
  run interrupt build/robust/interrupt build/newswire
  total
fi
