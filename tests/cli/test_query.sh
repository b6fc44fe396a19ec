#!/bin/sh
# test_query.sh - chronicle query, story and export over a database whose
# events were added with SQL (the event coder is a later stage): filters,
# hostile filter values, formats, and the exported column counts.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/store_lib.sh"

gen_docs 20 "$T/in.jsonl"
run 0 ingest --db "$T/a.sqlite" "$T/in.jsonl"
# Two reports of one event (2016-05-02 MEXGOV 0873 BRA) and one other,
# in place of whatever the coder found (it runs once a parser model ships).
sqlite3 "$T/a.sqlite" "
  DELETE FROM events;
  INSERT INTO events SELECT doc, 0, 0, '2016-05-02', 'MEXGOV', 'Officials in Mexico', 0, 19, NULL,
     'BRA', 'Brazil', 37, 43, NULL, '0873', '08', 2, 5.0, 20, 23, NULL, 0
     FROM documents WHERE id IN ('doc-1', 'doc-9');
  INSERT INTO events SELECT doc, 0, (SELECT sentence FROM sentences s WHERE s.doc = documents.doc
     AND s.text LIKE 'Two years ago%'), '2016-05-04', 'FRA', 'France', 0, 6, NULL,
     'KEN', 'Kenya', 7, 12, NULL, '112', '11', 3, -2.0, 20, 28, NULL, 0
     FROM documents WHERE id = 'doc-3';" || fail "cannot insert test events"

run 0 query --db "$T/a.sqlite" --format csv
[ "$(wc -l <"$T/out")" -eq 4 ] || fail "expected a header and 3 events"
out_has "doc,sentence,date,source_code,source_text"
out_has "doc-1,0,2016-05-02,MEXGOV,Officials in Mexico,BRA,Brazil,0873,08,2,5.0,20,23,Officials in Brazil met envoys from Kenya on Friday to discuss trade."
run 0 query --db "$T/a.sqlite" --actor MEX --format jsonl
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "--actor MEX: expected 2 events"
out_has '"source":{"code":"MEXGOV","text":"Officials in Mexico","span":[0,19]}'
out_has '"sentence_text":"Officials in Brazil'
run 0 query --db "$T/a.sqlite" --actor france --format jsonl
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "--actor france (actor words): expected 1 event"
run 0 query --db "$T/a.sqlite" --target KEN --root 11 --quad 3 --since 2016-05-03 --until 2016-05-04 --format jsonl
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "combined filters: expected 1 event"
run 0 query --db "$T/a.sqlite" --text "treaty" --doc doc-3 --format jsonl
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "--text treaty --doc doc-3: expected 1 event"
run 0 query --db "$T/a.sqlite" --code 0873 --text "discuss trade" --format jsonl
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "--code 0873 --text: expected 2 events"
for evil in "x' OR '1'='1" "MEX%" "\"); DROP TABLE events; --" "NEAR(a b"; do
    run 0 query --db "$T/a.sqlite" --actor "$evil" --text "$evil" --format jsonl
    [ -s "$T/out" ] && fail "hostile filter value '$evil' matched events"
done
[ "$(count "$T/a.sqlite" events)" -eq 3 ] || fail "the events table changed"
run 2 query --db "$T/a.sqlite" --since 2016-13-01
run 2 query --db "$T/a.sqlite" --format xml
script -qc true /dev/null >/dev/null 2>&1 && {
    script -qc "$CHRONICLE_BIN query --db $T/a.sqlite" /dev/null >"$T/out" 2>&1
    out_has "DATE        SOURCE        TARGET        CODE"
}

# Story: one actor across documents, in date order.
run 0 story --db "$T/a.sqlite" --entity mexgov --format jsonl
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "story of MEXGOV: expected 2 items"
run 0 story --db "$T/a.sqlite" --entity Brazil
out_has "0873 MEXGOV -> BRA"

# Exports: GDELT rows have 61 columns; the two reports make one event.
run 0 export --db "$T/a.sqlite" --format gdelt
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "gdelt: expected 2 distinct events"
awk -F'\t' 'NF != 61 { exit 1 }' "$T/out" || fail "a GDELT row does not have 61 columns"
awk -F'\t' '$27 == "0873" && $32 == 2 && $34 == 2 { ok = 1 } END { exit !ok }' "$T/out" ||
    fail "gdelt: NumMentions/NumArticles of the repeated event are not 2"
run 0 export --db "$T/a.sqlite" --format phoenix
awk -F'\t' 'NF != 26 { exit 1 }' "$T/out" || fail "a Phoenix row does not have 26 columns"
out_has "doc-1_0;doc-9_0"
run 0 export --db "$T/a.sqlite" --format jsonl
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "jsonl export: expected 3 events"
run 2 export --db "$T/a.sqlite" --format csv
exit 0
