#!/bin/sh
# test_big_line.sh - a 50 MB single line, made at test time: read in full
# under the default limit, skipped (with file and line) under a smaller
# one, and neither crashes nor hangs.
. "$(dirname "$0")/lib.sh"
command -v timeout >/dev/null || { echo "no timeout command"; exit 77; }

# {"id":"big","text":"word word ... "} : 50 MB of text on line 1.
{
    printf '{"id":"big","text":"'
    head -c 50000000 /dev/zero | tr '\0' 'w'
    printf '"}\n{"id":"after","text":"Next line."}\n'
} >"$T/big.jsonl"

timeout 60 "$CHRONICLE_BIN" read "$T/big.jsonl" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 0 ] || fail "reading the 50 MB line exited $rc"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "expected 2 documents"
[ "$(wc -c <"$T/out")" -gt 50000000 ] || fail "the big document was not read whole"

timeout 60 "$CHRONICLE_BIN" read --max-line 1048576 "$T/big.jsonl" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] || fail "over the limit: exit $rc, expected 1"
err_has "$T/big.jsonl:1: line longer than the limit of 1048576 bytes"
err_has "1 document read, 1 skipped"
out_has '"id":"after"'

# The same line as a text file, compressed with gzip, through tokenize.
if command -v gzip >/dev/null; then
    head -c 50000000 /dev/zero | tr '\0' 'x' | gzip -1 >"$T/big.txt.gz"
    timeout 60 "$CHRONICLE_BIN" tokenize --max-line 1000000 "$T/big.txt.gz" >"$T/out" 2>"$T/err"
    rc=$?
    [ "$rc" -eq 1 ] || fail "compressed text over the limit: exit $rc, expected 1"
    err_has "$T/big.txt.gz: longer than the limit of 1000000 bytes"
fi
exit 0
