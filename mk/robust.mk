# mk/robust.mk — never hurt the host: fuzzing, valgrind, limits, threads,
# untrusted SQL and interrupts (issue 8).  Included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=N]   every libFuzzer target for N seconds (default
#                                60), one after the other (make -j2 fuzz: two
#                                at a time); findings land in build/fuzz/
#   make fuzz-article ...        one target (article sentence actors quotes stance)
#   make valgrind                the unit, SQL and robustness tests under
#                                memcheck: no errors, no leaks
#   make limits-full             the limits test at full size (1 GB text,
#                                100 MB line, 100,000 files; slow, not in CI)
#
# `make test` builds the robustness test programs (TEST_BINS) and runs
# tests/suites/robust*.sh: limits, threads, untrusted SQL, interrupts, and
# each fuzz target for a few seconds with its regression inputs when clang
# is there (TEST_PACKAGES installs it on Debian).

.PHONY: fuzz fuzz-build valgrind limits-full \
        fuzz-article fuzz-sentence fuzz-actors fuzz-quotes fuzz-stance

TEST_PACKAGES += clang libclang-rt-14-dev valgrind

FUZZ_TARGETS  = article sentence actors quotes stance
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS    = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_OBJ      = $(CORE_SRC:ext/%.c=build/fuzz/obj/%.o) build/fuzz/obj/nw_dict_data.o
FUZZ_BINS     = $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
FUZZ_HEADERS  = tests/fuzz/fuzz.h tests/fuzz/doc.h

# The same targets as plain programs over files (no libFuzzer, no clang),
# built against the ASan/UBSan core: they replay the regression inputs in
# `make test` on any compiler, and under valgrind.
REPLAY_BINS   = $(FUZZ_TARGETS:%=build/asan/replay_%)
VG_REPLAY_BINS = $(FUZZ_TARGETS:%=build/robust/replay_%)

ROBUST_BINS   = build/robust/threads build/robust/interrupt build/robust/limits build/robust/untrusted
# The threads test again under ThreadSanitizer (gcc's, from build-essential):
# the extension and the test built with -fsanitize=thread.
TSAN          = -fsanitize=thread -fno-omit-frame-pointer
TSAN_OBJ      = $(CORE_OBJ:build/obj/%=build/tsan/%) $(FACE_OBJ:build/obj/%=build/tsan/%)
TSAN_BINS     = build/tsan/newswire.so build/tsan/threads
TEST_BINS    += $(ROBUST_BINS) $(REPLAY_BINS) $(VG_REPLAY_BINS) $(TSAN_BINS) build/asan/threads fuzz-build

build/fuzz build/fuzz/obj build/robust build/tsan:
	mkdir -p $@

# The core, instrumented for coverage and the sanitizers (the word lists are
# data: no coverage needed).
build/fuzz/obj/%.o: ext/%.c $(HEADERS) | build/fuzz/obj
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(NW_FLAGS) -c -o $@ $<
build/fuzz/obj/nw_dict_data.o: build/nw_dict_data.c | build/fuzz/obj
	$(FUZZ_CC) -O1 $(NW_FLAGS) -c -o $@ $<
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_HEADERS) $(FUZZ_OBJ) | build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer $(NW_FLAGS) -o $@ $< $(FUZZ_OBJ) $(LDLIBS)

# Builds the fuzz targets when clang is there (make test must not need it).
fuzz-build:
	@if command -v $(FUZZ_CC) >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(FUZZ_BINS); \
	else echo "fuzz-build: no $(FUZZ_CC): fuzz targets not built"; fi

build/asan/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(FUZZ_HEADERS) $(ASAN_CORE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) $(SAN) -o $@ tests/fuzz/replay.c $< $(ASAN_CORE_OBJ) $(LDLIBS)
build/robust/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(FUZZ_HEADERS) $(CORE_OBJ) | build/robust
	$(CC) $(CFLAGS) $(NW_FLAGS) -o $@ tests/fuzz/replay.c $< $(CORE_OBJ) $(LDLIBS)

# One fuzz target for FUZZ_SECONDS: its corpus (seeded by make_corpus.sh)
# grows in build/fuzz/corpus/NAME; a finding is written to
# build/fuzz/findings/NAME/ and stops the run with an error.
fuzz: $(FUZZ_TARGETS:%=fuzz-%)
$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: build/fuzz/fuzz_%
	@mkdir -p build/fuzz/corpus/$* build/fuzz/findings/$*
	@tests/fuzz/make_corpus.sh build/fuzz/corpus/$*
	@build/fuzz/fuzz_$* build/fuzz/corpus/$* -dict=tests/fuzz/text.dict \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
	  -artifact_prefix=build/fuzz/findings/$*/ -print_final_stats=1 > build/fuzz/$*.log 2>&1; \
	status=$$?; \
	runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' build/fuzz/$*.log); \
	rss=$$(sed -n 's/^stat::peak_rss_mb: *//p' build/fuzz/$*.log); \
	cov=$$(grep -E '^#[0-9]+.*(DONE|INITED)' build/fuzz/$*.log | tail -n 1 | sed -n 's/.*\(cov: [0-9]*\).*/\1/p'); \
	if [ $$status -eq 0 ]; then \
	  echo "fuzz $*: $${runs:-?} executions in $(FUZZ_SECONDS) s, $$cov, peak RSS $${rss:-?} MB, no finding"; \
	else \
	  echo "fuzz $*: FINDING after $${runs:-?} executions (see build/fuzz/$*.log):"; \
	  ls build/fuzz/findings/$*/; exit 1; fi

# Objects of the fuzz build are not intermediate files to delete.
.SECONDARY: $(FUZZ_OBJ)

# ---------------------------------------------------------------- programs

ROBUST_CFLAGS = $(CFLAGS) -std=c11 -D_GNU_SOURCE -Wall -Wextra
build/robust/threads: tests/threads.c | build/robust
	$(CC) $(ROBUST_CFLAGS) -o $@ $< -lsqlite3 -lpthread
build/robust/interrupt: tests/interrupt.c | build/robust
	$(CC) $(ROBUST_CFLAGS) -o $@ $< -lsqlite3 -lpthread
build/robust/untrusted: tests/untrusted.c | build/robust
	$(CC) $(ROBUST_CFLAGS) -o $@ $< -lsqlite3
build/robust/limits: tests/limits.c | build/robust
	$(CC) $(ROBUST_CFLAGS) -o $@ $< -lsqlite3 -lpthread

build/asan/threads: tests/threads.c | build/asan
	$(CC) $(ROBUST_CFLAGS) $(SAN) -o $@ $< -lsqlite3 -lpthread

build/tsan/%.o: ext/%.c $(HEADERS) | build/tsan
	$(CC) $(CFLAGS) $(NW_FLAGS) $(TSAN) -c -o $@ $<
build/tsan/nw_dict_data.o: build/nw_dict_data.c | build/tsan
	$(CC) $(CFLAGS) $(NW_FLAGS) -c -o $@ $<
build/tsan/newswire.so: $(TSAN_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) $(TSAN) -shared -o $@ $^ $(LDLIBS)
build/tsan/threads: tests/threads.c | build/tsan
	$(CC) $(ROBUST_CFLAGS) $(TSAN) -o $@ $< -lsqlite3 -lpthread
.SECONDARY: $(TSAN_OBJ)

limits-full: build/newswire.so build/robust/limits
	build/robust/limits build/newswire full

# ---------------------------------------------------------------- valgrind

valgrind:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES) $(TEST_PACKAGES)"
	@$(MAKE) --no-print-directory build/newswire.so build/unit_tests build/runner $(ROBUST_BINS) $(VG_REPLAY_BINS)
	@NW_VALGRIND_FULL=1 sh tests/suites/robust_valgrind.sh
