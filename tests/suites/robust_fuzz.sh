#!/bin/sh
# tests/suites/robust_fuzz.sh — the fuzz targets of tests/fuzz/ (issue 8).
#
#   1. Every regression input (tests/fuzz/regress/TARGET/, plus the seeds and
#      tests/fuzz/inputs/) through each target built as a plain program
#      against the ASan/UBSan core (any C compiler): an input that once
#      crashed a target stays fixed.
#   2. When clang built the libFuzzer targets (make fuzz-build; make test
#      installs clang on Debian), each runs ROBUST_FUZZ_SECONDS (default 3)
#      from a fresh seed corpus.  A finding fails the suite; the input is
#      kept in build/fuzz/findings/TARGET/.
# Inputs in tests/fuzz/crashes/ are known, unfixed crashes: not run here.
# Ends with `N passed, N failed`.
cd "$(dirname "$0")/../.." || exit 2
ROBUST_LIB_ONLY=1 . tests/suites/robust.sh
unset ROBUST_LIB_ONLY

seconds=${ROBUST_FUZZ_SECONDS:-3}
for t in article sentence actors quotes stance; do
  inputs="seeds tests/fuzz/inputs"
  [ -d "tests/fuzz/regress/$t" ] && inputs="$inputs tests/fuzz/regress/$t"
  run "replay-$t" build/asan/replay_$t $inputs
done

if [ ! -x build/fuzz/fuzz_article ]; then
  echo "fuzz: the libFuzzer targets are not built (no clang): only the replays ran"
  total
  exit
fi
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
tests/fuzz/make_corpus.sh "$corpus/seed" || exit 2
for t in article sentence actors quotes stance; do
  mkdir -p "$corpus/$t" build/fuzz/findings/$t
  cp "$corpus"/seed/* "$corpus/$t/"
  log="$corpus/$t.log"
  timeout $((seconds * 10 + 120)) build/fuzz/fuzz_$t "$corpus/$t" -dict=tests/fuzz/text.dict \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="build/fuzz/findings/$t/" -print_final_stats=1 > "$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ "$status" -eq 0 ]; then
    echo "fuzz $t: ${runs:-?} executions in $seconds s, no finding"
    PASS=$((PASS + 1))
  else
    FAIL=$((FAIL + 1))
    echo "FAIL fuzz $t (exit status $status) after ${runs:-?} executions:"
    grep -E 'ERROR|broken promise|SUMMARY|Test unit written' "$log" | head -n 10
  fi
done
total
