#!/bin/sh
# test_help.sh - --version, `chronicle help`, --help on every command,
# exit codes for usage errors, and a man page that lists every command.
. "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^#define CHR_VERSION "\(.*\)"/\1/p' "$root/include/chronicle.h")

run 0 --version
[ "$(cat "$T/out")" = "chronicle $version" ] || fail "--version printed '$(cat "$T/out")'"
run 0 help
out_has "commands:"
cp "$T/out" "$T/list"
run 2
err_has "usage: chronicle <command>"

# Every command listed by `chronicle help`: help CMD and CMD --help agree,
# and the man page documents it.
cmds=$(sed -n '/^commands:/,/^$/p' "$T/list" | awk 'NF && !/^commands:/ { print $1 }')
[ -n "$cmds" ] || fail "no commands listed"
for c in $cmds; do
    run 0 help "$c"
    out_has "usage: chronicle $c"
    cp "$T/out" "$T/help"
    run 0 "$c" --help
    cmp -s "$T/out" "$T/help" || fail "'chronicle $c --help' differs from 'chronicle help $c'"
    grep -q "^\.B[IR]* \"*$c\b" "$root/docs/chronicle.1" || fail "docs/chronicle.1 lacks command $c"
done
grep -qF "chronicle $version" "$root/docs/chronicle.1" || fail "docs/chronicle.1 is not for $version"
run 2 help no-such-command
err_has "no command 'no-such-command'"
run 2 eval
run 2 eval no-such-eval
err_has "nothing called 'no-such-eval'"

# The man page renders without warnings.
if command -v groff >/dev/null; then
    warn=$(groff -man -ww -z "$root/docs/chronicle.1" 2>&1)
    [ -z "$warn" ] || fail "groff warns: $warn"
fi
exit 0
