# chronicle - build, test, install.
#   make            build bin/chronicle and build/libchronicle.{a,so}
#   make demo       install missing Debian packages, build, run the sample
#   make check      the same, then every test (plain, then ASan+UBSan, fuzz)
#   make eval       measure every stage on ../shared/data -> docs/EVALUATION.md
#   make bench      throughput against peers
#   make install    PREFIX=/usr/local DESTDIR=
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
OPT ?= -O2 -g
WERROR ?= -Werror
SAN ?=
SHARED ?= ../shared
VERSION := $(shell sed -n 's/^#define CHR_VERSION "\(.*\)"/\1/p' include/chronicle.h)

PKGS := jansson libutf8proc zlib libzstd sqlite3
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
SANITIZE := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
SANFLAGS := $(if $(SAN),$(SANITIZE))
CFLAGS_ALL = -std=c11 -Wall -Wextra $(WERROR) $(OPT) $(SANFLAGS) -fPIC -Iinclude -Isrc \
             -DCHR_DATADIR='"$(PREFIX)/share/chronicle"' $(PKG_CFLAGS) $(CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lm -lpthread $(LDLIBS)

LIB_SRC := $(shell find src -name '*.c' | sort)
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BIN := $(if $(filter build,$(BUILD)),bin/chronicle,$(BUILD)/bin/chronicle)

.PHONY: all deps deps-check demo check test test-san fuzz eval bench install uninstall clean

all: $(BIN) $(BUILD)/libchronicle.a $(BUILD)/libchronicle.so

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/libchronicle.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libchronicle.so: $(LIB_OBJ)
	$(CC) -shared $(SANFLAGS) -Wl,-soname,libchronicle.so.0 -o $@ $^ $(LDLIBS_ALL)

$(BIN): $(CLI_OBJ) $(BUILD)/libchronicle.a
	@mkdir -p $(dir $@)
	$(CC) $(SANFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libchronicle.a $(LDLIBS_ALL)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libchronicle.a
	@mkdir -p $(dir $@)
	@echo "  TEST $@"
	@$(CC) $(CFLAGS_ALL) -Itests -o $@ $< $(BUILD)/libchronicle.a $(LDLIBS_ALL) -lcmocka

deps:
	@scripts/install-deps.sh build
deps-check:
	@scripts/install-deps.sh check

demo: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@scripts/demo.sh

# Tests: unit and command tests on a normal build, then again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then short fuzz runs.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
check: deps-check
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@scripts/demo.sh >/dev/null
	@$(MAKE) --no-print-directory -j$(JOBS) test
	@$(MAKE) --no-print-directory -j$(JOBS) test BUILD=build/san SAN=1 OPT='-O1 -g'
	@$(MAKE) --no-print-directory -j$(JOBS) $(FUZZ_BIN)
	@$(MAKE) --no-print-directory fuzz

test: all $(TEST_BIN)
	@SHARED=$(SHARED) tests/run-tests.sh $(BUILD) $(BIN)

FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=build/fuzz/%)
FUZZ_SECONDS ?= 20
FUZZ_CFLAGS = -std=c11 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined \
              -Iinclude -Isrc $(PKG_CFLAGS)
FUZZ_OBJ := $(LIB_SRC:%.c=build/fuzz/obj/%.o)
build/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC $<"
	@clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@
build/fuzz/libchronicle-fuzz.a: $(FUZZ_OBJ)
	@rm -f $@
	@ar rcs $@ $^
build/fuzz/%: fuzz/%.c build/fuzz/libchronicle-fuzz.a
	@echo "  FUZZ $@"
	@clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libchronicle-fuzz.a $(LDLIBS_ALL)
fuzz: $(FUZZ_BIN)
	@for f in $(FUZZ_BIN); do \
	    n=$$(basename $$f); mkdir -p build/fuzz/corpus-$$n; \
	    seeds=; [ -d fuzz/corpus/$$n ] && seeds=fuzz/corpus/$$n; \
	    echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
	    $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
	        build/fuzz/corpus-$$n $$seeds 2>build/fuzz/$$n.log >/dev/null \
	        || { tail -n 40 build/fuzz/$$n.log; exit 1; }; \
	    grep -E '^(#[0-9]+ *DONE|Done)' build/fuzz/$$n.log | tail -n 1; \
	done

eval: all
	@scripts/eval.sh $(SHARED)

bench: all
	@scripts/bench.sh $(SHARED)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/chronicle
	install -m 755 bin/chronicle $(DESTDIR)$(PREFIX)/bin/chronicle
	install -m 644 build/libchronicle.a $(DESTDIR)$(PREFIX)/lib/libchronicle.a
	install -m 755 build/libchronicle.so $(DESTDIR)$(PREFIX)/lib/libchronicle.so.$(VERSION)
	ln -sf libchronicle.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libchronicle.so.0
	ln -sf libchronicle.so.0 $(DESTDIR)$(PREFIX)/lib/libchronicle.so
	install -m 644 include/chronicle.h $(DESTDIR)$(PREFIX)/include/chronicle.h
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' chronicle.pc.in \
	    > $(DESTDIR)$(PREFIX)/lib/pkgconfig/chronicle.pc
	install -m 644 docs/chronicle.1 $(DESTDIR)$(PREFIX)/share/man/man1/chronicle.1
	for d in models dict; do [ -d $$d ] && cp -R $$d $(DESTDIR)$(PREFIX)/share/chronicle/ || true; done

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/chronicle $(DESTDIR)$(PREFIX)/lib/libchronicle.* \
	    $(DESTDIR)$(PREFIX)/include/chronicle.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/chronicle.pc \
	    $(DESTDIR)$(PREFIX)/share/man/man1/chronicle.1
	rm -rf $(DESTDIR)$(PREFIX)/share/chronicle

clean:
	rm -rf build bin

-include $(shell find $(BUILD)/obj build/fuzz/obj -name '*.d' 2>/dev/null)
