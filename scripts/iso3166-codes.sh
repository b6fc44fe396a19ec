#!/bin/sh
# Why: dict/countries.txt must cover every ISO 3166-1 entry. This prints "ALPHA3<TAB>name" for
# each entry of Debian's iso-codes JSON (package iso-codes), without needing jq or python, so
# scripts/check-countries.sh (and a new maintainer) can compare the dictionary against it.
set -eu
json=${1:-/usr/share/iso-codes/json/iso_3166-1.json}
[ -r "$json" ] || { echo "iso3166-codes.sh: cannot read $json (install package iso-codes)" >&2; exit 1; }
# Each entry is one {...} object with one "key": "value" per line; emit when the object closes.
sed -n 's/^ *"\(alpha_3\|name\)": "\(.*\)",\{0,1\}$/\1\t\2/p; s/^ *}.*/END/p' "$json" |
awk -F'\t' '$1=="alpha_3"{a=$2} $1=="name"{n=$2} $1=="END"{if(a!="")print a "\t" n; a="";n=""}'
