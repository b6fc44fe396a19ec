#!/bin/sh
# test_code_dateline.sh - the filing place of a dateline ("GENEVA, March 3
# (Wire) -") is never an event actor, while the same place named in the
# story still can be.
. "$(dirname "$0")/lib.sh"
printf '%s\n' "GENEVA, March 3 (Chronicle Wire) - The rebels freed two soldiers on Tuesday." >"$T/a.txt"
run 0 code --date 2023-03-03 --format tsv "$T/a.txt"
grep -q "CHE" "$T/out" && fail "the dateline place became an actor: $(cat "$T/out")"
grep -q "0841" "$T/out" || fail "the story's own event was lost: $(cat "$T/out")"
exit 0
