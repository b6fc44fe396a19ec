#!/bin/sh
# test_dict_check.sh - `chronicle dict check`: the shipped dict/ passes with
# counts per kind; a directory with a bad line exits 1 naming file:line.
set -u
bin=${CHRONICLE_BIN:-bin/chronicle}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$bin" dict check dict >"$tmp/out" 2>"$tmp/err" || { echo "dict check dict failed:"; cat "$tmp/err"; exit 1; }
grep -q '^errors  *0$' "$tmp/out" || { echo "errors line missing"; cat "$tmp/out"; exit 1; }
grep -q '^countries  *2[45][0-9]$' "$tmp/out" || { echo "country count wrong"; cat "$tmp/out"; exit 1; }
grep -q '^patterns ' "$tmp/out" || exit 1
mkdir "$tmp/d"
printf '[actors]\nMEX : Mexico\nbad code : Nowhere\n' >"$tmp/d/a.txt"
"$bin" dict check "$tmp/d" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "expected exit 1 for a bad line, got $rc"; exit 1; }
grep -q "a.txt:3: " "$tmp/err" || { echo "no file:line message"; cat "$tmp/err"; exit 1; }
"$bin" dict check "$tmp/nonexistent" >/dev/null 2>&1
[ $? -eq 1 ] || { echo "missing directory should exit 1"; exit 1; }
"$bin" dict >/dev/null 2>&1
[ $? -eq 2 ] || { echo "usage error should exit 2"; exit 1; }
exit 0
