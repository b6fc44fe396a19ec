# lib.sh - helpers for the command tests (sourced, POSIX sh).
# Each test gets a fresh temporary directory $T, removed on exit.
set -u
: "${CHRONICLE_BIN:?run through tests/run-tests.sh or set CHRONICLE_BIN}"
T=$(mktemp -d "${TMPDIR:-/tmp}/chr-cli-XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM

fail() {
    echo "FAIL: $*"
    [ -f "$T/err" ] && { echo "--- stderr:"; head -c 3000 "$T/err"; }
    exit 1
}

# run RC ARGS...: runs chronicle, stdout to $T/out, stderr to $T/err, and
# fails unless it exits with RC.
run() {
    want=$1; shift
    "$CHRONICLE_BIN" "$@" >"$T/out" 2>"$T/err"
    got=$?
    [ "$got" -eq "$want" ] || fail "chronicle $* exited $got, expected $want"
}

# err_has TEXT: stderr of the last run contains TEXT (fixed string).
err_has() { grep -qF -- "$1" "$T/err" || fail "stderr lacks '$1'"; }
out_has() { grep -qF -- "$1" "$T/out" || fail "stdout lacks '$1'"; }
