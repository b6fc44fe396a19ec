#!/bin/sh
# test_install.sh - `make install PREFIX=... DESTDIR=...` puts the command,
# libraries, header, pkg-config file and man page in place, a program
# builds against the installed copy, and `make uninstall` removes it all.
. "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v make >/dev/null || { echo "make is not installed"; exit 77; }
# Not the sanitizer build's variables: this installs the plain build.
unset MAKEFLAGS MFLAGS MAKELEVEL BUILD SAN OPT
dest=$T/stage
prefix=/opt/chr
p=$dest$prefix
make -s -C "$root" install PREFIX=$prefix DESTDIR="$dest" >"$T/out" 2>"$T/err" ||
    fail "make install failed"
for f in bin/chronicle lib/libchronicle.a lib/libchronicle.so lib/libchronicle.so.0 \
    include/chronicle.h lib/pkgconfig/chronicle.pc share/man/man1/chronicle.1; do
    [ -e "$p/$f" ] || fail "make install did not install $f"
done
"$p/bin/chronicle" --version >"$T/out" 2>&1 || fail "installed chronicle does not run"
grep -q "^prefix=$prefix\$" "$p/lib/pkgconfig/chronicle.pc" || fail "chronicle.pc has the wrong prefix"

# Build a program with pkg-config against the staged copy.
if command -v pkg-config >/dev/null && command -v cc >/dev/null; then
    cat >"$T/use.c" <<'C'
#include <chronicle.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    chr_doc *d = chr_doc_new("t", "Hello world.", 12);
    if (!d || chr_tokenize(d) != CHR_OK) return 1;
    size_t n;
    chr_doc_tokens(d, &n);
    printf("%s %zu\n", chr_version(), n);
    chr_doc_free(d);
    return strcmp(chr_version(), CHR_VERSION) != 0;
}
C
    flags=$(PKG_CONFIG_PATH=$p/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$dest \
        pkg-config --cflags --libs chronicle) || fail "pkg-config chronicle failed"
    # shellcheck disable=SC2086
    cc -std=c11 -o "$T/use" "$T/use.c" $flags 2>"$T/err" ||
        fail "cannot build against the installed library"
    [ "$(LD_LIBRARY_PATH=$p/lib "$T/use")" = "$("$p/bin/chronicle" --version | cut -d' ' -f2) 3" ] ||
        fail "program built on the installed library printed '$(LD_LIBRARY_PATH=$p/lib "$T/use")'"
fi

make -s -C "$root" uninstall PREFIX=$prefix DESTDIR="$dest" >"$T/out" 2>"$T/err" ||
    fail "make uninstall failed"
left=$(find "$dest" -type f -o -type l)
[ -z "$left" ] || fail "make uninstall left: $left"
exit 0
