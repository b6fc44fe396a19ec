#!/bin/sh
# bench.sh SHARED - `make bench`: ingest throughput and peak memory of
# chronicle on the news collections of SHARED/data/news with -j 1 and
# -j 2, and, in the same run on the same text, wink-nlp (from npm,
# installed into the ignored folder bench/node_modules) doing only
# tokenization and POS tagging. Prints one line per run.
set -eu
cd "$(dirname "$0")/.."
shared=${1:-../shared}
news=$shared/data/news
bin=bin/chronicle
if [ ! -d "$news" ]; then
    echo "bench: $news is absent; skipped"
    exit 0
fi
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (Debian package time)"; exit 1; }
out=bench/out
mkdir -p "$out"

# peak_mb LOG: the maximum resident set size /usr/bin/time -v reported;
# cpu_s LOG: user + system seconds (wall time suffers when the machine is
# busy, CPU time much less).
peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.2f", t }' "$1"; }

# The machine may be shared: wall-clock rates fall with its load, CPU
# seconds much less. store% is the writer thread's share of the CPU that
# ingest's threads used (the summary's "CPU seconds" line): with -j 2 on
# two cores, workers scale only while it stays small.
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) on $(nproc 2>/dev/null) cores"
# Tokenizer + sentence splitter alone on one core (CPU time of the thread
# that tokenizes; reading and writing not counted): median of 5 runs.
if [ -f "$news/afp-xinhua.jsonl" ]; then
    for i in 1 2 3 4 5; do
        "$bin" tokenize --format none "$news/afp-xinhua.jsonl" 2>&1 | sed -n 's/.*: \([0-9.]*\) MB\/s$/\1/p'
    done | sort -n | sed -n 3p | awk '{ printf "tokenize+split afp-xinhua: %s MB/s on one core (median of 5)\n", $1 }'
fi
printf '%-14s %-4s %10s %11s %9s %8s %6s %7s %6s\n' corpus run articles/s sentences/s events/s seconds cpu_s peakMB store%
for name in afp-xinhua reuters21578; do
    in=$news/$name.jsonl
    [ -f "$in" ] || { echo "bench: $in is absent; skipped"; continue; }
    for j in 1 2; do
        db=$out/$name-j$j.sqlite
        rm -f "$db" "$db-wal" "$db-shm"
        /usr/bin/time -v "$bin" ingest --db "$db" -j "$j" "$in" 2>"$out/log" || {
            tail -n 5 "$out/log"; exit 1; }
        # "chronicle ingest: N documents read (...) ... wrote S sentences, E events, ... in X s"
        awk -v name="$name" -v run="-j$j" -v mb="$(peak_mb "$out/log")" -v cpu="$(cpu_s "$out/log")" '
            /^chronicle ingest: CPU seconds:/ { w = $0; sub(/.*storing [0-9.]+ \(/, "", w); sub(/\).*/, "", w) }
            /^chronicle ingest: [0-9]+ documents read/ {
                n = $3
                for (i = 1; i <= NF; i++) {
                    if ($(i + 1) == "sentences,") s = $i
                    if ($(i + 1) == "events,") e = $i
                    if ($i == "in" && $(i + 2) == "s") t = $(i + 1)
                }
            }
            END { printf "%-14s %-4s %10.0f %11.0f %9.0f %8.2f %6s %7s %6s\n", name, run, n / t, s / t, e / t, t, cpu, mb, w }' "$out/log"
    done
    if command -v node >/dev/null && command -v npm >/dev/null; then
        if [ ! -d bench/node_modules/wink-eng-lite-web-model ]; then
            npm install --prefix bench --no-save --silent wink-nlp wink-eng-lite-web-model \
                >"$out/npm.log" 2>&1 || { echo "bench: npm install of wink-nlp failed (see $out/npm.log)"; continue; }
        fi
        NODE_PATH=bench/node_modules /usr/bin/time -v node bench/wink.js "$in" >"$out/wink" 2>"$out/log"
        read -r n s tok t <"$out/wink"
        awk -v name="$name" -v n="$n" -v s="$s" -v t="$t" -v mb="$(peak_mb "$out/log")" \
            -v cpu="$(cpu_s "$out/log")" 'BEGIN {
            printf "%-14s %-4s %10.0f %11.0f %9s %8.2f %6s %7s  (wink-nlp: tokenize + POS only)\n",
                name, "wink", n / t, s / t, "-", t, cpu, mb }'
    else
        echo "bench: node/npm not installed; wink-nlp comparison skipped"
    fi
done
