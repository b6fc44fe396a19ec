#!/bin/sh
# Why: dict/countries.txt is written by hand; this checks that every ISO 3166-1
# alpha-3 code in Debian's iso-codes has a `name` line there (and says which
# do not), so the list stays complete when iso-codes changes.
set -eu
here=$(dirname "$0")
dict=${1:-$here/../dict/countries.txt}
missing=0
for code in $("$here/iso3166-codes.sh" | cut -f1); do
    grep -q "^$code name :" "$dict" || { echo "missing: $code"; missing=$((missing + 1)); }
done
[ "$missing" -eq 0 ] && echo "countries: every ISO 3166-1 code has a name line"
[ "$missing" -eq 0 ]
