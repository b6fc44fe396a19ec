#!/bin/sh
# test_doc_limit.sh - a document of millions of one-character tokens is
# refused by name and counted as skipped, the next document still comes
# out.
. "$(dirname "$0")/lib.sh"
command -v timeout >/dev/null || { echo "no timeout command"; exit 77; }

head -c 9000000 /dev/zero | tr '\0' '"' >"$T/quotes.txt"
printf 'A fine sentence.' >"$T/ok.txt"
timeout 120 "$CHRONICLE_BIN" tokenize "$T/quotes.txt" "$T/ok.txt" \
    >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] || fail "exit $rc, expected 1 (one document skipped)"
err_has "document '$T/quotes.txt' skipped: size limit exceeded"
err_has "2 documents read, 1 skipped"
out_has "# text = A fine sentence."

# --strict stops at the refused document.
timeout 120 "$CHRONICLE_BIN" tokenize --strict "$T/quotes.txt" "$T/ok.txt" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] || fail "strict: exit $rc, expected 1"
grep -q "A fine sentence" "$T/out" && fail "strict run went on past the refused document"
exit 0
