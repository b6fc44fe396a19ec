#!/bin/sh
# test_dict_check.sh - `chronicle dict check`: the shipped dict/ passes with
# counts per kind; a directory with a bad line exits 1 naming file:line;
# --petrarch reads PETRARCH-format files the same way.
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
mkdir "$tmp/p"
printf -- '--- ARREST [173] ---\nARREST\n- * $ +POLICE [173]\n+++\n' >"$tmp/p/test.verbs.txt"
printf 'MEXICO [MEX]\nNOWHERE [MEX\n' >"$tmp/p/test.actors.txt"
"$bin" dict check --petrarch "$tmp/p" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "expected exit 1 for a bad PETRARCH line, got $rc"; cat "$tmp/out" "$tmp/err"; exit 1; }
grep -q "test.actors.txt:2: " "$tmp/err" || { echo "no PETRARCH file:line message"; cat "$tmp/err"; exit 1; }
grep -q '^verb_blocks  *[1-9]' "$tmp/out" || { echo "PETRARCH verbs not counted"; cat "$tmp/out"; exit 1; }
"$bin" dict >/dev/null 2>&1
[ $? -eq 2 ] || { echo "usage error should exit 2"; exit 1; }
exit 0
