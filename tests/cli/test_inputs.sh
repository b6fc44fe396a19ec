#!/bin/sh
# test_inputs.sh - directories, compressed inputs and pass-through of
# unknown JSON Lines fields, end to end through `chronicle read`.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/in/sub" "$T/in/.cache"
printf '%s\n' '{"id":"j1","date":"2016-05-20T10:00:00Z","text":"A.","lang":"en","meta":{"k":[1,2]}}' \
    >"$T/in/a.jsonl"
echo "Inner text." >"$T/in/sub/b.txt"
echo "hidden" >"$T/in/.cache/x.txt"
echo "hidden" >"$T/in/.dot.txt"
run 0 read "$T/in"
out_has '{"id":"j1","date":"2016-05-20","text":"A.","lang":"en","meta":{"k":[1,2]}}'
out_has "{\"id\":\"$T/in/sub/b.txt\",\"text\":\"Inner text.\\n\"}"
grep -q hidden "$T/out" && fail "hidden files were read"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "expected 2 documents from the directory"

if command -v gzip >/dev/null; then
    gzip -c "$T/in/a.jsonl" >"$T/a.jsonl.gz"
    run 0 read "$T/a.jsonl.gz"
    out_has '"id":"j1"'
    # Recognised by magic bytes, whatever the name.
    gzip -c "$T/in/a.jsonl" >"$T/renamed.data"
    run 0 read --input jsonl "$T/renamed.data"
    out_has '"id":"j1"'
    # Through a pipe as well.
    gzip -c "$T/in/a.jsonl" | "$CHRONICLE_BIN" read --input jsonl >"$T/out" 2>"$T/err" ||
        fail "gzip on stdin"
    out_has '"id":"j1"'
fi
if command -v zstd >/dev/null; then
    zstd -q -c "$T/in/a.jsonl" >"$T/a.jsonl.zst"
    run 0 read "$T/a.jsonl.zst"
    out_has '"lang":"en"'
    head -c 20 "$T/a.jsonl.zst" >"$T/cut.jsonl.zst"
    run 1 read "$T/cut.jsonl.zst"
    err_has "$T/cut.jsonl.zst:1: zstd data ends early"
fi
exit 0
