# mk/bench.mk — the benchmark (issue 7).  Included by the Makefile.
#
#   make bench [BENCH_MB=200] [BENCH_DIR=dir]   throughput and memory of every
#                                               function on a generated corpus,
#                                               with cat and the JavaScript NLP
#                                               libraries; see bench/README.md
#   make profile [PROFILE_STAGE=stances]        callgrind instruction counts of
#                                               the core on the first 0.5 MB
#
# The corpus (generated once, cached), the database and the results live in
# BENCH_DIR, outside the repository (default $TMPDIR or /tmp, newswire-bench).

.PHONY: bench bench-deps profile

BENCH_MB      ?= 200
BENCH_DIR     ?= $(or $(TMPDIR),/tmp)/newswire-bench
PROFILE_STAGE ?= stances

bench-deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="time python3 \
	  $(if $(shell command -v node),,nodejs) $(if $(shell command -v npm),,npm)"
	@[ -d bench/js/node_modules/wink-eng-lite-web-model ] || \
	  (cd bench/js && npm ci --no-audit --no-fund --loglevel=error)

bench: all bench-deps
	@BENCH_MB=$(BENCH_MB) BENCH_DIR=$(BENCH_DIR) /usr/bin/python3 bench/run.py

# The core without SQLite, for profiling.
build/nwprof: bench/nwprof.c $(CORE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) -o $@ $^ $(LDLIBS)

profile: build/nwprof
	@$(MAKE) --no-print-directory install-packages PACKAGES="valgrind"
	@corpus=$$(BENCH_DIR=$(BENCH_DIR) /usr/bin/python3 bench/run.py --corpus 0.5) && \
	valgrind --tool=callgrind --callgrind-out-file=$(BENCH_DIR)/callgrind.$(PROFILE_STAGE) \
	  --toggle-collect=nw_read_file --toggle-collect=nw_article_parse --toggle-collect=nw_sentence_next \
	  --toggle-collect=nw_doc_analyze --toggle-collect=nw_find_quotes --toggle-collect=nw_find_stances \
	  --toggle-collect=nw_stances_free --toggle-collect=nw_quotes_free --toggle-collect=nw_doc_free \
	  build/nwprof $(PROFILE_STAGE) $$corpus 2>&1 | grep -E 'refs|files'
	@callgrind_annotate --inclusive=yes $(BENCH_DIR)/callgrind.$(PROFILE_STAGE) | sed -n '/PROGRAM TOTALS/,$$p' | head -45
