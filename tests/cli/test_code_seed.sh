# test_code_seed.sh - `chronicle code` on the seed article with the shipped
# dict/ yields what ../shared/seed/expected.json requires: Mexico allowing the
# extradition (MEX.. -> USA/MEXCRM/---CRM 063; this project holds itself to the
# best dyad, MEXGOV -> USA), the US assurances (USA.. 03x),
# no news outlet or reporter as an actor, at most max_events (14) events.
# Skips when ../shared is absent or the build has no parser yet.
. tests/cli/lib.sh
A="$SHARED/seed/article.txt"
[ -r "$A" ] || { echo "skip: $A not found"; exit 77; }
run 0 code --date 2016-05-20 "$A"
if grep -qF "no dependency parser" "$T/err"; then echo "skip: this build has no parser model yet"; exit 77; fi
code() { sed -n 's/.*"'"$1"'":{"code":"\([^"]*\)".*/\1/p'; }
grep -E '"source":\{"code":"MEX[A-Z-]*"' "$T/out" | grep -F '"code":"063"' \
    | grep -Eq '"target":\{"code":"(USA[A-Z-]*|MEXCRM[A-Z]*|---CRM)"' \
    || fail "no MEX.. -> USA/MEXCRM/---CRM 063 event (allowing the extradition)"
grep -F '"source":{"code":"MEXGOV"' "$T/out" | grep -F '"code":"063"' | grep -Fq '"target":{"code":"USA"' \
    || fail "the extradition is not coded with its best dyad, MEXGOV -> USA"
grep -E '"source":\{"code":"USA[A-Z-]*"' "$T/out" | grep -Fq '"root":"03"' \
    || fail "no USA.. 03x event (the assurances)"
if grep -Eiq '"text":"[^"]*(CCTV|Contreras|reporter|correspondent)' "$T/out"; then
    fail "a news outlet or reporter became an actor"
fi
n=$(wc -l <"$T/out")
[ "$n" -le 14 ] || fail "$n events, more than max_events (14)"
[ "$n" -ge 2 ] || fail "only $n events"
exit 0
