# store_lib.sh - helpers for the command tests of the event database
# (sourced after lib.sh): a generated collection and a canonical dump.
command -v sqlite3 >/dev/null || { echo "sqlite3 (Debian package sqlite3) is not installed"; exit 77; }

# gen_docs N FILE: N small news-like JSON Lines documents, each a few
# sentences with dates and numbers, ids doc-1 ... doc-N.
gen_docs() {
    awk -v n="$1" 'BEGIN {
        split("Mexico Brazil France Kenya Japan Peru Egypt Chile", c, " ")
        for (i = 1; i <= n; i++) {
            a = c[i % 8 + 1]; b = c[(i * 3) % 8 + 1]; d = i % 28 + 1
            printf "{\"id\":\"doc-%d\",\"date\":\"2016-05-%02d\",\"title\":\"Report %d\",", i, d, i
            printf "\"text\":\"Officials in %s met envoys from %s on Friday to discuss trade. ", a, b
            printf "The talks, the %dth this year, ended without a deal last week. ", i
            printf "\\\"We will meet again in June,\\\" a spokesman said.\\n\\n"
            printf "%s has accused %s of violating the 2015 agreement since early 2016. ", b, a
            printf "Two years ago both sides signed a treaty in %s.\"}\n", a
        }
    }' >"$2"
}

# dump DB: every table in key order, without the time each row was added.
dump() {
    sqlite3 -batch "$1" "
        SELECT doc, id, hash, stages, date, title, url, source, extra, length, tokens,
               sentences, invalid, text FROM documents ORDER BY doc;
        SELECT d.id, s.sentence, s.paragraph, s.span_start, s.span_end, s.tokens, s.text
          FROM sentences s JOIN documents d USING (doc) ORDER BY d.doc, s.sentence;
        SELECT d.id, e.* FROM entities e JOIN documents d USING (doc) ORDER BY d.doc, e.entity;
        SELECT d.id, m.* FROM mentions m JOIN documents d USING (doc) ORDER BY d.doc, m.mention;
        SELECT d.id, e.* FROM events e JOIN documents d USING (doc) ORDER BY d.doc, e.event;
        SELECT d.id, q.* FROM quotes q JOIN documents d USING (doc) ORDER BY d.doc, q.quote;
        SELECT d.id, t.* FROM timex t JOIN documents d USING (doc) ORDER BY d.doc, t.timex;
        SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'treaty';
        PRAGMA integrity_check;"
}

# count DB TABLE
count() { sqlite3 -batch "$1" "SELECT count(*) FROM $2"; }
