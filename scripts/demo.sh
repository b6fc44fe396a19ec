#!/bin/sh
# demo.sh - runs chronicle on the sample report that ships in samples/
# and prints what each stage found: sentences, entities, time
# expressions, quotations and CAMEO events, then the same report stored
# in an SQLite database and queried back.
set -eu
cd "$(dirname "$0")/.."
bin=bin/chronicle
sample=samples/article.txt
date=2023-03-03
[ -x "$bin" ] || { echo "demo: $bin is missing; run make first" >&2; exit 1; }
echo "== chronicle $($bin --version | cut -d' ' -f2) on $sample (dated $date)"
echo
echo "-- sentences"
$bin tokenize --date "$date" "$sample" 2>/dev/null | awk -F'\t' '
    /^# text = / { n++; sub(/^# text = /, ""); printf "%2d  %s\n", n, $0 }
    /^[0-9]/ { t++ }
    END { printf "    (%d sentences, %d tokens)\n", n, t }'
echo
echo "-- entities (type, canonical name, actor code, mentions)"
$bin entities --date "$date" "$sample" 2>/dev/null |
    sed 's/},{"type"/}\n{"type"/g' | awk '
    match($0, /"type":"[A-Z]+"/) {
        type = substr($0, RSTART + 8, RLENGTH - 9)
        match($0, /"name":"[^"]*"/); name = substr($0, RSTART + 8, RLENGTH - 9)
        code = "-"
        if (match($0, /"code":"[^"]*"/)) code = substr($0, RSTART + 8, RLENGTH - 9)
        n = gsub(/"text"/, "")
        printf "  %-4s %-32s %-10s %d\n", type, name, code, n
    }'
echo
echo "-- time expressions"
$bin timex --date "$date" "$sample" 2>/dev/null |
    sed -n 's/.*"text":"\([^"]*\)".*"value":"\([^"]*\)".*/  \1 -> \2/p'
echo
echo "-- quotations"
$bin quotes --date "$date" "$sample" 2>/dev/null |
    sed -n 's/.*"text":"\([^"]\{0,70\}\)[^"]*".*"speaker":{"text":"\([^"]*\)".*"cue":"\([^"]*\)".*/  "\1..." -- \2 (\3)/p'
echo
echo "-- events (date, source, target, CAMEO code, evidence)"
$bin code --date "$date" --format tsv "$sample" 2>/dev/null | sed 's/^/  /'
echo
db=$(mktemp -d)/demo.sqlite
echo "-- stored in $db, then queried"
$bin ingest --db "$db" --date "$date" "$sample" 2>/dev/null
$bin query --db "$db" --format csv 2>/dev/null | cut -c1-150 | sed 's/^/  /'
rm -rf "$(dirname "$db")"
