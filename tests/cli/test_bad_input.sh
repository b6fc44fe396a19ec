#!/bin/sh
# test_bad_input.sh - bad input never crashes: each case is reported with
# the file (and line), counted in the summary, and sets the exit code.
. "$(dirname "$0")/lib.sh"

# JSON lines that are arrays, lack text, are not JSON, have bad dates.
printf '%s\n' '{"id":"ok","text":"Fine."}' '[1,2,3]' '{"id":"x"}' '{"text":["a"]}' \
    'not json at all' '{"text":"t","date":"May 2016"}' '{"text":"t","id":{"a":1}}' >"$T/mixed.jsonl"
run 1 read "$T/mixed.jsonl"
err_has "$T/mixed.jsonl:2: not a JSON object but an array"
err_has "$T/mixed.jsonl:3: no \"text\" field"
err_has "$T/mixed.jsonl:4: \"text\" is an array, not a string"
err_has "$T/mixed.jsonl:5: invalid JSON"
err_has "$T/mixed.jsonl:6: invalid date 'May 2016'"
err_has "$T/mixed.jsonl:7: \"id\" is an object"
err_has "chronicle read: 1 document read, 6 skipped"
out_has '"id":"ok"'
# --strict stops at the first one.
run 1 read --strict "$T/mixed.jsonl"
err_has "$T/mixed.jsonl:2: not a JSON object"
grep -qF "mixed.jsonl:3" "$T/err" && fail "--strict went on after line 2"
err_has "1 document read, 1 skipped"

# Invalid UTF-8 and NUL bytes: read, replaced by U+FFFD, counted.
printf 'caf\351 \000 ok\n' >"$T/latin1.txt"
run 0 read "$T/latin1.txt"
err_has "$T/latin1.txt: 2 invalid UTF-8 sequences or NUL bytes, read as U+FFFD"
out_has '"text":"caf\ufffd \u0000 ok\n"'
run 0 tokenize --format json "$T/latin1.txt"
out_has '"invalid_utf8":2'
printf '{"id":"l","text":"caf\351"}\n{"id":"n","text":"a\000b"}\n' >"$T/latin1.jsonl"
run 0 read "$T/latin1.jsonl"
err_has "$T/latin1.jsonl:1: 1 invalid UTF-8 byte or raw NUL read as U+FFFD"
err_has "$T/latin1.jsonl:2: 1 invalid UTF-8 byte or raw NUL read as U+FFFD"
out_has "$(printf '"text":"caf\357\277\275"')"
out_has "$(printf '"text":"a\357\277\275b"')"
err_has "2 documents read, 0 skipped"

# An empty file: no document, no error.
: >"$T/empty.txt"
: >"$T/empty.jsonl"
run 0 tokenize "$T/empty.txt" "$T/empty.jsonl"
err_has "$T/empty.txt: empty, no document"
err_has "0 documents read, 0 skipped"

# A binary file given as text: one document with replacements.
head -c 4096 "$CHRONICLE_BIN" >"$T/binary.txt"
run 0 tokenize "$T/binary.txt"
err_has "$T/binary.txt: "
err_has "read as U+FFFD"
err_has "1 document read, 0 skipped"

# A missing file: named, skipped, exit 1; the other input is still read.
echo "Words." >"$T/a.txt"
run 1 read "$T/missing.txt" "$T/a.txt"
err_has "$T/missing.txt: cannot open: No such file or directory"
err_has "1 document read, 1 skipped"

# Standard input, with --id and --date.
"$CHRONICLE_BIN" read --id wire1 --date 2016-05-20 <"$T/a.txt" >"$T/out" 2>"$T/err" ||
    fail "stdin read failed"
out_has '{"id":"wire1","date":"2016-05-20","text":"Words.\n"}'

# Usage errors exit 2.
run 2 read --date 2016-02-30 "$T/a.txt"
err_has "--date '2016-02-30' is not a date; use YYYY-MM-DD"
run 2 read --date yesterday "$T/a.txt"
run 2 read --max-line 0 "$T/a.txt"
run 2 read --input xml "$T/a.txt"
run 2 read --no-such-option "$T/a.txt"
run 2 tokenize --format xml "$T/a.txt"
run 2 no-such-command
run 2 read --id one "$T/a.txt" "$T/a.txt"
err_has "--id names one document"

# Output that cannot be written is an error, not a silent loss.
if [ -w /dev/full ]; then
    "$CHRONICLE_BIN" read "$T/a.txt" >/dev/full 2>"$T/err"
    [ $? -eq 1 ] || fail "writing to /dev/full did not exit 1"
    err_has "cannot write the output"
fi
exit 0
