#!/bin/sh
# demo.sh - runs chronicle on the sample report that ships in samples/
# and prints what it found. Each stage, once it exists, adds its part.
set -eu
cd "$(dirname "$0")/.."
bin=bin/chronicle
sample=samples/article.txt
[ -x "$bin" ] || { echo "demo: $bin is missing; run make first" >&2; exit 1; }
echo "== chronicle $($bin --version | cut -d' ' -f2) on $sample"
echo
echo "-- sentences and tokens"
$bin tokenize --date 2023-03-03 "$sample" 2>/dev/null | awk -F'\t' '
    /^# text = / { n++; sub(/^# text = /, ""); printf "%2d  %s\n", n, $0 }
    /^[0-9]/ { t++ }
    END { printf "\n%d sentences, %d tokens\n", n, t }'
