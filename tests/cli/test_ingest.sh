#!/bin/sh
# test_ingest.sh - chronicle ingest: the same input twice adds nothing,
# -j does not change the database, a changed document is replaced, and
# databases that are not chronicle's are refused.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/store_lib.sh"

gen_docs 300 "$T/in.jsonl"
run 0 ingest --db "$T/a.sqlite" -j 2 "$T/in.jsonl"
err_has "300 documents read (300 added, 0 replaced, 0 unchanged)"
docs=$(count "$T/a.sqlite" documents) sents=$(count "$T/a.sqlite" sentences)
tx=$(count "$T/a.sqlite" timex)
[ "$docs" -eq 300 ] || fail "expected 300 documents, found $docs"
[ "$sents" -ge 1200 ] || fail "expected at least 1200 sentences, found $sents"
[ "$tx" -ge 600 ] || fail "expected time expressions, found $tx"
dump "$T/a.sqlite" >"$T/dump1"

# Again: nothing added, identical counts and content.
run 0 ingest --db "$T/a.sqlite" "$T/in.jsonl"
err_has "300 documents read (0 added, 0 replaced, 300 unchanged)"
dump "$T/a.sqlite" >"$T/dump2"
cmp -s "$T/dump1" "$T/dump2" || fail "a second ingest of the same input changed the database"

# One worker gives the same database as two (output order is input order).
run 0 ingest --db "$T/b.sqlite" -j 1 "$T/in.jsonl"
dump "$T/b.sqlite" >"$T/dump3"
cmp -s "$T/dump1" "$T/dump3" || fail "-j 1 and -j 2 gave different databases"

# A changed text replaces its document's rows, nothing else.
sed 's/"doc-7","date":"2016-05-08"/"doc-7","date":"2016-05-09"/' "$T/in.jsonl" >"$T/in2.jsonl"
cmp -s "$T/in.jsonl" "$T/in2.jsonl" && fail "test input was not changed"
run 0 ingest --db "$T/a.sqlite" "$T/in2.jsonl"
err_has "300 documents read (0 added, 1 replaced, 299 unchanged)"
[ "$(count "$T/a.sqlite" sentences)" -eq "$sents" ] || fail "replacing a document changed the sentence count"
[ "$(sqlite3 "$T/a.sqlite" "SELECT date FROM documents WHERE id = 'doc-7'")" = 2016-05-09 ] ||
    fail "doc-7 was not replaced"

# Text inputs and directories go in too.
mkdir -p "$T/dir"
echo "The minister resigned on Monday." >"$T/dir/one.txt"
run 0 ingest --db "$T/a.sqlite" --date 2016-06-01 "$T/dir"
err_has "1 documents read (1 added"

# Bad records are reported, the rest stored, exit 1.
printf '%s\n' '{"id":"ok","text":"Fine."}' 'not json' >"$T/bad.jsonl"
run 1 ingest --db "$T/c.sqlite" "$T/bad.jsonl"
err_has "$T/bad.jsonl:2:"
[ "$(count "$T/c.sqlite" documents)" -eq 1 ] || fail "the good record was not stored"

# Files that are not chronicle databases are refused, never changed.
echo "plain text" >"$T/text.sqlite"
run 1 ingest --db "$T/text.sqlite" "$T/in.jsonl"
err_has "not a chronicle database"
[ "$(cat "$T/text.sqlite")" = "plain text" ] || fail "a foreign file was changed"
sqlite3 "$T/other.sqlite" "CREATE TABLE t(x);"
run 1 query --db "$T/other.sqlite"
err_has "not a chronicle database"
head -c 20000 "$T/a.sqlite" >"$T/cut.sqlite"
run 1 query --db "$T/cut.sqlite"
err_has "truncated"
run 1 export --db "$T/missing.sqlite" --format gdelt
err_has "missing.sqlite"
run 2 ingest "$T/in.jsonl"
err_has "--db FILE is required"
run 2 ingest --db "$T/a.sqlite" -j 0 "$T/in.jsonl"
exit 0
