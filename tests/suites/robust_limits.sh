#!/bin/sh
# tests/suites/robust_limits.sh — hostile sizes in bounded time, memory and
# stack (issue 8): tests/limits.c at its ci sizes; the cases that hit a known
# superlinear step of the core are printed as pending (tests/ROBUSTNESS.md).
# `make limits-full` runs the full sizes (1 GB text, 100 MB line, 100,000
# files).  Ends with `N passed, N failed`.
cd "$(dirname "$0")/../.." || exit 2
ROBUST_LIB_ONLY=1 . tests/suites/robust.sh
unset ROBUST_LIB_ONLY

run limits build/robust/limits build/newswire ci
total
