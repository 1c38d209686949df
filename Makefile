# Fun in C: hand-written Makefile. `make` builds build/fun; `make test` runs the suite.
CC ?= cc
BUILD ?= build
PREFIX ?= /usr/local
DESTDIR ?=
PYTHON ?= python3

WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla \
       -Wredundant-decls -Wmissing-declarations \
       -Wno-unused-parameter
ifeq ($(WERROR),1)
WARN += -Werror
endif
STD = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT ?= -O2 -g
DEFS = -DFUN_INSTALL_LIB='"$(PREFIX)/share/fun/lib"'
CFLAGS_ALL = $(STD) $(WARN) $(OPT) $(DEFS) $(EXTRA_CFLAGS) -MMD -MP
LDLIBS = -lm -lpthread

# Optional libraries are probed at build time and loaded at run time, on the
# first call that needs one (src/lib/dynload.h): the binary links none of
# them, so start-up maps only libc. probe_needed links tools/PROBE.c against
# LIBS and lists the NEEDED entries of the result: the versioned sonames
# (libz.so.1) that dlopen asks for; empty when the probe does not link.
probe_needed = $(shell t=$$(mktemp) && $(CC) $(2) tools/$(1).c -o $$t $(3) >/dev/null 2>&1 && \
  readelf -d $$t 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]$$/\1/p'; rm -f $$t)
# dlopen lives in libc since glibc 2.34; older systems need -ldl
DL_LIBS := $(shell printf '\043include <dlfcn.h>\nint main(void){return !dlopen("",0);}\n' | \
  $(CC) -x c - -o /dev/null >/dev/null 2>&1 || echo -ldl)
LDLIBS += $(DL_LIBS)

# Line editing for the REPL: libedit when it is installed (NO_LIBEDIT=1 forces
# the plain fallback); the build needs nothing but a C compiler.
ifeq ($(NO_LIBEDIT),)
LIBEDIT_CFLAGS := $(shell pkg-config --cflags libedit 2>/dev/null)
LIBEDIT_LIBS := $(shell pkg-config --libs libedit 2>/dev/null || echo -ledit)
LIBEDIT_NEEDED := $(call probe_needed,probe_libedit,$(LIBEDIT_CFLAGS),$(LIBEDIT_LIBS))
LIBEDIT_SONAME := $(firstword $(filter libedit.so%,$(LIBEDIT_NEEDED)))
HAVE_LIBEDIT := $(if $(LIBEDIT_SONAME),1)
endif
ifeq ($(HAVE_LIBEDIT),1)
DEFS += -DFUN_HAVE_LIBEDIT $(LIBEDIT_CFLAGS)
DEFS += -DFUN_LIBEDIT_SONAME='"$(LIBEDIT_SONAME)"'
endif

# Optional extensions (extensions.md, D31), each probed like libedit: when the
# library links, FUN_HAVE_<NAME> builds its builtins (which load it on their
# first call); otherwise they raise the "not built" error. NO_SQLITE=1, NO_PCRE2=1, NO_LIBXML2=1 leave one out.
ifeq ($(NO_SQLITE),)
SQLITE_CFLAGS := $(shell pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
SQLITE_NEEDED := $(call probe_needed,probe_sqlite,$(SQLITE_CFLAGS),$(SQLITE_LIBS))
SQLITE_SONAME := $(firstword $(filter libsqlite3.so%,$(SQLITE_NEEDED)))
HAVE_SQLITE := $(if $(SQLITE_SONAME),1)
endif
ifeq ($(HAVE_SQLITE),1)
DEFS += -DFUN_HAVE_SQLITE $(SQLITE_CFLAGS)
DEFS += -DFUN_SQLITE_SONAME='"$(SQLITE_SONAME)"'
endif

ifeq ($(NO_PCRE2),)
PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
PCRE2_NEEDED := $(call probe_needed,probe_pcre2,$(PCRE2_CFLAGS),$(PCRE2_LIBS))
PCRE2_SONAME := $(firstword $(filter libpcre2-8.so%,$(PCRE2_NEEDED)))
HAVE_PCRE2 := $(if $(PCRE2_SONAME),1)
endif
ifeq ($(HAVE_PCRE2),1)
DEFS += -DFUN_HAVE_PCRE2 $(PCRE2_CFLAGS)
DEFS += -DFUN_PCRE2_SONAME='"$(PCRE2_SONAME)"'
endif

ifeq ($(NO_LIBXML2),)
LIBXML2_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
LIBXML2_LIBS := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
LIBXML2_NEEDED := $(call probe_needed,probe_libxml2,$(LIBXML2_CFLAGS),$(LIBXML2_LIBS))
LIBXML2_SONAME := $(firstword $(filter libxml2.so%,$(LIBXML2_NEEDED)))
HAVE_LIBXML2 := $(if $(LIBXML2_SONAME),1)
endif
ifeq ($(HAVE_LIBXML2),1)
DEFS += -DFUN_HAVE_LIBXML2 $(LIBXML2_CFLAGS)
DEFS += -DFUN_LIBXML2_SONAME='"$(LIBXML2_SONAME)"'
endif

# zlib: gzip_compress / gzip_decompress and the HTTP server's gzip (NO_ZLIB=1
# leaves it out).
ifeq ($(NO_ZLIB),)
ZLIB_CFLAGS := $(shell pkg-config --cflags zlib 2>/dev/null)
ZLIB_LIBS := $(shell pkg-config --libs zlib 2>/dev/null || echo -lz)
ZLIB_NEEDED := $(call probe_needed,probe_zlib,$(ZLIB_CFLAGS),$(ZLIB_LIBS))
ZLIB_SONAME := $(firstword $(filter libz.so%,$(ZLIB_NEEDED)))
HAVE_ZLIB := $(if $(ZLIB_SONAME),1)
endif
ifeq ($(HAVE_ZLIB),1)
DEFS += -DFUN_HAVE_ZLIB $(ZLIB_CFLAGS)
DEFS += -DFUN_ZLIB_SONAME='"$(ZLIB_SONAME)"'
endif

# OpenSSL 3 for TLS (src/lib/tls.c) and the openssl_* digests; NO_OPENSSL=1
# leaves both out (then they raise the "not built" error).
ifeq ($(NO_OPENSSL),)
OPENSSL_CFLAGS := $(shell pkg-config --cflags openssl 2>/dev/null)
OPENSSL_LIBS := $(shell pkg-config --libs openssl 2>/dev/null || echo -lssl -lcrypto)
OPENSSL_NEEDED := $(call probe_needed,probe_openssl,$(OPENSSL_CFLAGS),$(OPENSSL_LIBS))
LIBSSL_SONAME := $(firstword $(filter libssl.so%,$(OPENSSL_NEEDED)))
LIBCRYPTO_SONAME := $(firstword $(filter libcrypto.so%,$(OPENSSL_NEEDED)))
HAVE_OPENSSL := $(if $(and $(LIBSSL_SONAME),$(LIBCRYPTO_SONAME)),1)
endif
ifeq ($(HAVE_OPENSSL),1)
DEFS += -DFUN_HAVE_OPENSSL $(OPENSSL_CFLAGS)
DEFS += -DFUN_LIBSSL_SONAME='"$(LIBSSL_SONAME)"'
DEFS += -DFUN_LIBCRYPTO_SONAME='"$(LIBCRYPTO_SONAME)"'
endif

SRCS = $(wildcard src/*.c src/lib/*.c)
OBJS = $(SRCS:src/%.c=$(BUILD)/obj/%.o)

.PHONY: all test asan tsan clean bench install uninstall docs check-docs
all: $(BUILD)/fun $(BUILD)/libfun.a

$(BUILD)/fun: $(OBJS) $(FLAGS_STAMP)
	$(CC) $(OPT) $(EXTRA_CFLAGS) -o $@ $(OBJS) $(LDLIBS) $(EXTRA_LDFLAGS)

# The embedding library (include/fun.h, docs/embedding.md): every object but
# the command line's main, and the example host that `make test` runs.
LIB_OBJS = $(filter-out $(BUILD)/obj/main.o,$(OBJS))
$(BUILD)/libfun.a: $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

$(BUILD)/embed-host: examples/embed/host.c include/fun.h $(BUILD)/libfun.a
	$(CC) $(STD) $(WARN) $(OPT) $(EXTRA_CFLAGS) -Iinclude -o $@ $< $(BUILD)/libfun.a $(LDLIBS) $(EXTRA_LDFLAGS)

# Every object depends on a stamp holding the compiler and the full flags of
# this build directory, rewritten only when they change: `make CC=clang`,
# `make OPT=-O0` or a sanitizer build into the same BUILD recompiles
# everything instead of linking objects built another way.
FLAGS_STAMP = $(BUILD)/flags.stamp
FLAGS_LINE = $(CC) $(CFLAGS_ALL) | $(LDLIBS) $(EXTRA_LDFLAGS)
$(FLAGS_STAMP): FORCE
	$(shell mkdir -p $(@D))$(file >$@.new,$(FLAGS_LINE))
	@cmp -s $@.new $@ && rm -f $@.new || mv -f $@.new $@
.PHONY: FORCE
FORCE:

$(BUILD)/obj/%.o: src/%.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

test: $(BUILD)/fun $(BUILD)/embed-host
	$(PYTHON) tests/run_tests.py --fun $(BUILD)/fun

# AddressSanitizer + UBSan with the collector running on every allocation, the
# production small-block pool (free blocks poisoned) and FUN_ASSERT checks.
asan:
	$(MAKE) BUILD=build/asan OPT="-O1 -g" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -DFUN_STRESS_GC -DFUN_STRESS_STACK -DFUN_ASSERTS" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" build/asan/fun build/asan/embed-host
	ASAN_OPTIONS=detect_leaks=1 $(PYTHON) tests/run_tests.py --fun build/asan/fun --asan

# ThreadSanitizer (clang) on every test that runs threads: the thread
# builtins and the libraries and servers built on them. Any report fails.
TSAN_CC ?= clang
TSAN_TESTS = tests/lib/thread tests/lib/stdlib/thread_basic.fun tests/lib/stdlib/thread_errors.fun \
             tests/lib/stdlib/all_modules_together.fun tests/lib/stdlib/socket_serve_forever.fun \
             tests/net/test_http_server.py tests/net/test_http_fastpath.py
tsan:
	$(MAKE) BUILD=build/tsan CC=$(TSAN_CC) OPT="-O1 -g" \
	  EXTRA_CFLAGS="-fsanitize=thread -fno-omit-frame-pointer -DFUN_ASSERTS" \
	  EXTRA_LDFLAGS="-fsanitize=thread" build/tsan/fun
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" \
	  $(PYTHON) tests/run_tests.py --fun build/tsan/fun --asan $(TSAN_TESTS)

bench: $(BUILD)/fun
	bench/run.sh $(BUILD)/fun
	bench/json.sh $(BUILD)/fun
	bench/sqlite.sh $(BUILD)/fun
	bench/net/run.sh $(BUILD)/fun
	bench/net/servers.sh $(BUILD)/fun
	bench/net/tls_bench.sh $(BUILD)/fun
	$(PYTHON) bench/net/abuse.py --fun $(BUILD)/fun
	bench/tasks/run.sh $(BUILD)/fun

# The event-loop HTTP server and the async clients on loopback (tools/demo.sh).
.PHONY: demo
demo: $(BUILD)/fun
	sh tools/demo.sh $(BUILD)/fun

clean:
	rm -rf build

# ---- install (DESIGN section 7): DESTDIR for staging, PREFIX for the layout.
# The binary finds lib/ as $(PREFIX)/share/fun/lib (compiled in) or relative
# to itself (../share/fun/lib), so a DESTDIR tree works before it is moved.
INSTALL ?= install
BINDIR = $(DESTDIR)$(PREFIX)/bin
FUNDATADIR = $(DESTDIR)$(PREFIX)/share/fun
MAN1DIR = $(DESTDIR)$(PREFIX)/share/man/man1
FUNDOCDIR = $(DESTDIR)$(PREFIX)/share/doc/fun
INCDIR = $(DESTDIR)$(PREFIX)/include
LIBDIR = $(DESTDIR)$(PREFIX)/lib
DOC_FILES = $(wildcard docs/*.md)

# Installs the binary BUILD holds as it was built (built first only when it
# is missing, never rebuilt here): `make install BUILD=build/asan PREFIX=/usr`
# from the install test must not recompile a sanitizer build with plain flags
# while other tests run it. Run `make` first after changing the sources.
install:
	@test -x $(BUILD)/fun || $(MAKE) --no-print-directory $(BUILD)/fun
	@test -f $(BUILD)/libfun.a || $(MAKE) --no-print-directory $(BUILD)/libfun.a
	$(INSTALL) -d $(BINDIR) $(FUNDATADIR)/lib $(FUNDATADIR)/examples $(MAN1DIR) $(FUNDOCDIR) \
	  $(INCDIR) $(LIBDIR)/pkgconfig
	$(INSTALL) -m 755 $(BUILD)/fun $(BINDIR)/fun
	$(INSTALL) -m 644 include/fun.h $(INCDIR)/fun.h
	$(INSTALL) -m 644 $(BUILD)/libfun.a $(LIBDIR)/libfun.a
	printf 'prefix=%s\nName: fun\nDescription: the Fun scripting language, embedded\nVersion: %s\nCflags: -I$${prefix}/include\nLibs: -L$${prefix}/lib -lfun\nLibs.private: %s\n' \
	  '$(PREFIX)' '$(shell sed -n 's/^#define FUN_VERSION "\(.*\)"/\1/p' src/common.h)' '$(strip $(LDLIBS))' \
	  > $(LIBDIR)/pkgconfig/fun.pc
	cd lib && find . -type f | while read -r f; do \
	  $(INSTALL) -D -m 644 "$$f" "$(FUNDATADIR)/lib/$$f" || exit 1; done
	cd examples && find . -type f | while read -r f; do \
	  mode=644; test -x "$$f" && mode=755; \
	  $(INSTALL) -D -m $$mode "$$f" "$(FUNDATADIR)/examples/$$f" || exit 1; done
	$(INSTALL) -m 644 docs/fun.1 $(MAN1DIR)/fun.1
	$(if $(DOC_FILES),$(INSTALL) -m 644 $(DOC_FILES) $(FUNDOCDIR)/)

# Removes exactly what install puts in place (share/fun and share/doc/fun are ours).
uninstall:
	rm -f $(BINDIR)/fun $(MAN1DIR)/fun.1 $(INCDIR)/fun.h $(LIBDIR)/libfun.a $(LIBDIR)/pkgconfig/fun.pc
	rm -rf $(FUNDATADIR) $(FUNDOCDIR)

# docs/opcodes.md is generated from the X-macro list in src/opcodes.h.
docs: docs/opcodes.md

docs/opcodes.md: src/opcodes.h tools/gen_opcodes_md.py
	$(PYTHON) tools/gen_opcodes_md.py -o $@

# Fails when docs/opcodes.md or a generated limit test (tests/gen_limits.py)
# is stale, or an example in the guides does not print what the text says.
check-docs: $(BUILD)/fun
	$(PYTHON) tools/gen_opcodes_md.py --check
	$(PYTHON) tests/gen_limits.py --check
	$(PYTHON) tools/check_doc_examples.py --fun $(BUILD)/fun docs/language.md docs/includes.md docs/troubleshooting.md

-include $(OBJS:.o=.d)

include fuzz/fuzz.mk
