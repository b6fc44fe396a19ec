#!/bin/sh
# run-tests.sh BUILD BIN - runs every unit test program in BUILD/tests and
# every command test tests/cli/test_*.sh against BIN, and ends with the
# line "tests: N passed, N failed, N skipped". A command test exits 0 for
# pass, 77 for skip (it prints why), anything else for failure.
set -u
build=$1
bin=$2
export CHRONICLE_BIN="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
export SHARED="${SHARED:-../shared}"
# Builds outside bin/ (the sanitizer build) find the shipped models and
# dictionaries of this tree through CHRONICLE_DATA.
export CHRONICLE_DATA="${CHRONICLE_DATA:-$(pwd)}"
pass=0 fail=0 skip=0 failed=""
for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    if out=$(timeout 600 "$t" 2>&1); then
        pass=$((pass + 1))
        if echo "$out" | grep -q '\[  SKIPPED \]'; then skip=$((skip + 1)); fi
    else
        fail=$((fail + 1)); failed="$failed $(basename "$t")"
        echo "$out" | tail -n 30
    fi
done
for t in tests/cli/test_*.sh; do
    [ -f "$t" ] || continue
    out=$(timeout 600 sh "$t" 2>&1); rc=$?
    case $rc in
    0) pass=$((pass + 1)) ;;
    77) skip=$((skip + 1)); echo "skip: $(basename "$t"): $(echo "$out" | tail -n 1)" ;;
    *) fail=$((fail + 1)); failed="$failed $(basename "$t")"; echo "$out" | tail -n 30 ;;
    esac
done
[ -n "$failed" ] && echo "failed:$failed"
echo "tests ($build): $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
