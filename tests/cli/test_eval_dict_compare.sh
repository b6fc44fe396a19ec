# test_eval_dict_compare.sh - `chronicle eval dict-compare` parses two small
# stories once, codes them with dict/ and with the Phoenix dictionaries, and
# prints the figures object; --sample writes the drawn dict/ events with their
# sentences; --judged reads hand-judged Phoenix events; --judged-dict hand-judged dict/ events; --phoenix-sample draws Phoenix events marked found_by_dict;
# --misses lists the Phoenix events dict/ missed; --phoenix is required. Skips when ../shared has no Phoenix
# dictionaries or the build has no parser yet.
. tests/cli/lib.sh
P="$SHARED/data/eventcoding/phoenix"
[ -d "$P" ] || { echo "skip: $P not found"; exit 77; }
cat >"$T/news.jsonl" <<'EOT'
{"id":"t1","date":"2006-11-20","text":"French President Jacques Chirac visited Germany on Monday. He met German Chancellor Angela Merkel in Berlin."}
{"id":"t2","date":"2006-11-21","text":"Police arrested three rebels in Nairobi on Tuesday. The government condemned the rebels."}
EOT
run 2 eval dict-compare "$T/news.jsonl"
err_has "--phoenix DIR is required"
run 0 eval dict-compare "$T/news.jsonl" --phoenix "$P" --sample 3 --seed 7 --sample-out "$T/sample.jsonl"
if grep -qF "no dependency parser" "$T/err"; then echo "skip: this build has no parser model yet"; exit 77; fi
for k in articles events_dict events_phoenix per_article_dict per_article_phoenix phoenix_found_by_dict phoenix_with_media seconds; do
    out_has "\"$k\":"
done
out_has '"articles":2,'
nd=$(sed -n 's/.*"events_dict":\([0-9]*\).*/\1/p' "$T/out")
[ "$nd" -ge 1 ] || fail "dict/ coded no event in two plain stories"
pct=$(sed -n 's/.*"phoenix_found_by_dict":\([0-9.]*\).*/\1/p' "$T/out")
awk -v p="$pct" 'BEGIN { exit !(p >= 0 && p <= 100) }' || fail "found share $pct is no percentage"
ns=$(wc -l <"$T/sample.jsonl")
[ "$ns" -ge 1 ] && [ "$ns" -le 3 ] || fail "$ns sampled events, expected 1..3"
grep -q '"text":"[^"]' "$T/sample.jsonl" || fail "sampled events lack their sentence"
# --phoenix-sample: Phoenix events, each marked whether dict/ found it too
run 0 eval dict-compare "$T/news.jsonl" --phoenix "$P" --phoenix-sample 5 --seed 3 --phoenix-sample-out "$T/phx.jsonl"
np=$(sed -n 's/.*"events_phoenix":\([0-9]*\).*/\1/p' "$T/out")
nl=$(wc -l <"$T/phx.jsonl")
want=$((np < 5 ? np : 5))
[ "$nl" -eq "$want" ] || fail "$nl Phoenix events sampled, expected $want of $np"
if [ "$nl" -gt 0 ]; then
    nf=$(grep -c '"found_by_dict":\(true\|false\)' "$T/phx.jsonl")
    [ "$nf" -eq "$nl" ] || fail "sampled Phoenix events lack found_by_dict"
fi
# --judged: hand-judged Phoenix events; judged_recall counts the right ones dict/ codes
# (a judged actor with no country, ---GOV, is found by a coding that names one, FRAGOV)
printf '# a comment\nt1\t0\tFRAGOV\tDEU\t042\tright\tChirac visits Germany\nt1\t0\tDEU\tFRAGOV\t190\tright\nt2\t1\t---GOV\t---REB\t111\twrong\nt1\t0\t---GOV\tDEU\t042\tright\n' >"$T/judged.tsv"
run 0 eval dict-compare "$T/news.jsonl" --phoenix "$P" --judged "$T/judged.tsv"
out_has '"judged":4,'
out_has '"judged_right":3,'
out_has '"judged_right_found":2,'
out_has '"judged_recall":66.67,'
# --judged-dict: hand-judged dict/ events; only exact repeats (same code and actors) count as coded
printf 't1\t0\tFRAGOV\tDEU\t042\tright\nt1\t0\tFRAGOV\tDEU\t040\tright\nt1\t0\tDEU\tFRAGOV\t190\tright\nt2\t1\t---GOV\t---REB\t111\twrong\n' >"$T/jd.tsv"
run 0 eval dict-compare "$T/news.jsonl" --phoenix "$P" --judged-dict "$T/jd.tsv"
out_has '"dict_judged":4,'
out_has '"dict_judged_coded":2,'
out_has '"dict_judged_right":1,'
out_has '"dict_judged_precision":50.00,'
printf 't1\t0\tFRAGOV\tDEU\t042\tmaybe\n' >"$T/bad.tsv"
run 1 eval dict-compare "$T/news.jsonl" --phoenix "$P" --judged "$T/bad.tsv"
err_has "bad.tsv:1: the verdict is neither"
run 1 eval dict-compare "$T/news.jsonl" --phoenix "$P" --judged-dict "$T/bad.tsv"
err_has "bad.tsv:1: the verdict is neither"
# --misses: one JSON object per missed Phoenix event, with the words it was coded from
run 0 eval dict-compare "$T/news.jsonl" --phoenix "$P" --misses "$T/misses.jsonl"
if [ -s "$T/misses.jsonl" ]; then
    grep -q '"verb":' "$T/misses.jsonl" || fail "misses lack the verb phrase"
    grep -q '"source_text":' "$T/misses.jsonl" || fail "misses lack the actor texts"
fi
exit 0
