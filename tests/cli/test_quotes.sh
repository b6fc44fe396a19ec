#!/bin/sh
# test_quotes.sh - `chronicle quotes` prints one JSON line per quotation;
# `chronicle eval quotes` scores a small PolNeAR-shaped gold and rejects a
# broken attribution line with its file and line.
. "$(dirname "$0")/lib.sh"
# the shipped NER model and dictionaries, also for a sanitizer build's binary
CHRONICLE_DATA=$(cd "$(dirname "$0")/../.." && pwd)
export CHRONICLE_DATA

printf '%s\n' '"We will win the vote," said Jane Roe, a spokeswoman for the party.' >"$T/a.txt"
run 0 quotes "$T/a.txt"
out_has '"text":"We will win the vote"'
out_has '"speaker":{"text":"Jane Roe","span":[29,37]'
out_has '"description":"spokeswoman for the party"'
out_has '"cue":"said"'
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "expected one quotation line"

printf '%s\n' 'Joaquin '"'"'El Chapo'"'"' Guzman met reporters.' >"$T/b.txt"
run 0 quotes "$T/b.txt"
[ ! -s "$T/out" ] || fail "a nickname was taken for a quotation"
run 2 quotes --format conllu "$T/b.txt"

# Offsets in code points: the curly marks are one point, three bytes.
printf '%s\n' '{"id":"d1","text":"\u201cWe are ready to act,\u201d the minister said. Nothing else.","meta":{"split":"dev"}}' >"$T/docs.jsonl"
printf '%s\n' '{"doc":"d1","annotator":"x","source":[{"text":"the minister","segments":[[24,36]]}],"cue":[],"content":[{"text":"\u201cWe are ready to act,\u201d","segments":[[0,22]]}]}' >"$T/attr.jsonl"
run 0 eval quotes --split dev "$T/docs.jsonl" "$T/attr.jsonl"
out_has '"quote_f1": 100.00'
out_has '"speaker_accuracy": 100.00'
run 0 eval quotes --split train "$T/docs.jsonl" "$T/attr.jsonl"
out_has '"gold": 0'

printf '%s\n' '{"doc":"d1","content":[{"segments":"nope"}]}' >"$T/bad.jsonl"
run 1 eval quotes "$T/docs.jsonl" "$T/bad.jsonl"
err_has "bad.jsonl:1:"
printf '%s\n' '{"doc":"d1",' >"$T/broken.jsonl"
run 1 eval quotes "$T/docs.jsonl" "$T/broken.jsonl"
err_has "broken.jsonl:1:"
run 2 eval quotes "$T/docs.jsonl"
run 1 eval quotes "$T/docs.jsonl" "$T/missing.jsonl"
err_has "cannot open"
exit 0
