# libFuzzer targets (docs/fuzzing.md), included by the Makefile.
#   make fuzz                  every target for FUZZ_SECONDS seconds (default 10)
#   make fuzz FUZZ_SECONDS=60  longer; a crash, leak, hang or OOM fails the run
#   make fuzz-build            only build build/fuzz/fuzz_<target>
# A new target: fuzz/fuzz_NAME.c (see fuzz/fuzz_http.c), NAME in FUZZ_TARGETS,
# seeds in fuzz/corpus/NAME/.
FUZZ_TARGETS = compile run http json ini
FUZZ_CC ?= clang
FUZZ_BUILD = build/fuzz
FUZZ_SECONDS ?= 10
FUZZ_SAN = -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
           -fno-omit-frame-pointer -fsanitize-coverage-ignorelist=fuzz/coverage_ignore.txt
# FUN_FUZZ: the VM counts vm->fuel down. `#include <x>` finds the repository's
# lib/ (not an installed copy), so an input behaves the same everywhere. The two limits keep one builtin call
# from allocating gigabytes (the campaign looks for bugs, not for big inputs).
FUZZ_DEFS = -DFUN_FUZZ -DMAX_RANGE_LEN='((uint64_t)1 << 20)' -DMAX_REPEAT_LEN='((size_t)1 << 24)' \
            -DFUZZ_LIB_DIR='"$(CURDIR)/lib"' -DFUN_INSTALL_LIB='"$(CURDIR)/lib"'
FUZZ_CFLAGS = $(STD) $(WARN) -Werror -O1 -g $(filter-out -DFUN_INSTALL_LIB=%,$(DEFS)) $(FUZZ_DEFS) \
              $(FUZZ_SAN) -MMD -MP
# Everything but the command line and the REPL (no main, no libedit).
FUZZ_SRCS = $(filter-out src/main.c src/repl.c,$(SRCS))
FUZZ_OBJS = $(FUZZ_SRCS:src/%.c=$(FUZZ_BUILD)/obj/%.o) $(FUZZ_BUILD)/obj/fuzz/fuzz_vm.o
FUZZ_BINS = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

.PHONY: fuzz fuzz-build
# reached through the pattern rule below: keep them (not intermediate files)
.SECONDARY: $(FUZZ_OBJS) $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/obj/fuzz/fuzz_%.o)
fuzz-build: $(FUZZ_BINS)

$(FUZZ_BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/obj/fuzz/%.o: fuzz/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_OBJS) $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/obj/fuzz/fuzz_%.o): fuzz/fuzz.mk fuzz/coverage_ignore.txt

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/obj/fuzz/fuzz_%.o $(FUZZ_OBJS)
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

fuzz: $(FUZZ_BINS)
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

-include $(FUZZ_OBJS:.o=.d) $(FUZZ_BINS:$(FUZZ_BUILD)/fuzz_%=$(FUZZ_BUILD)/obj/fuzz/fuzz_%.d)
