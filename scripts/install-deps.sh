#!/bin/sh
# install-deps.sh - installs the Debian packages chronicle needs, if any
# are missing, so that `make demo` and `make check` are all a user types.
# Usage: scripts/install-deps.sh [build|check]
#   build: what the library and the command need
#   check: that plus the test, fuzz and sanitizer tools
# As root it runs apt-get; otherwise it prints the command to run.
set -eu

BUILD="gcc make pkg-config libjansson-dev libutf8proc-dev zlib1g-dev libzstd-dev libsqlite3-dev iso-codes"
CHECK="libcmocka-dev clang libclang-rt-14-dev zstd gzip groff-base sqlite3 time"

want="$BUILD"
[ "${1:-build}" = check ] && want="$BUILD $CHECK"

missing=""
for p in $want; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    echo "install-deps: installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "install-deps: missing Debian packages:$missing" >&2
    echo "install-deps: run: sudo apt-get install$missing" >&2
    exit 1
fi
