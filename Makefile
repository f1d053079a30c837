# newswire — a SQLite extension that turns a folder of news articles into SQL.
#
#   make          build build/newswire.so
#   make demo     build newswire.db from seeds/ and answer a few questions (the README's main job)
#   make test     every test suite; ends with "N passed, N failed"
#   make deps     install the Debian packages that are missing (apt-get)
#   make clean
#   (mk/*.mk: make dataset, install, dist, bench, fuzz, valgrind)
#
# Dependencies: Debian's libsqlite3-dev, libutf8proc-dev and the sqlite3 shell.

CC      ?= cc
# -O3: the analyses run 3% fewer instructions than at -O2 (callgrind,
# rows identical); override as usual (make CFLAGS=...)
CFLAGS  ?= -O3 -g
NW_FLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -fPIC -fvisibility=hidden -Iext -Ibuild
LDLIBS   = -lutf8proc -lpthread -lm
SAN      = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# What the extension is made of: the pure C core, and its SQLite face.
CORE_SRC = ext/nw_text.c ext/nw_map.c ext/nw_lex.c ext/nw_sentence.c ext/nw_article.c \
           ext/nw_corpus.c ext/nw_token.c ext/nw_phrase.c ext/nw_gazetteer.c ext/nw_actors.c \
           ext/nw_quotes.c ext/nw_stance.c ext/nw_words.c ext/nw_markup.c
FACE_SRC = ext/tvf.c ext/nw_user.c ext/nw_cache.c ext/fn_scan.c ext/fn_articles.c ext/fn_sentences.c ext/fn_actors.c ext/fn_quotes.c \
           ext/fn_stance.c \
           ext/newswire.c
DICT     = $(sort $(wildcard sql/dict/*.tsv))
HEADERS  = $(wildcard ext/*.h)

CORE_OBJ = $(CORE_SRC:ext/%.c=build/obj/%.o) build/obj/nw_dict_data.o
FACE_OBJ = $(FACE_SRC:ext/%.c=build/obj/%.o)
ASAN_CORE_OBJ = $(CORE_OBJ:build/obj/%=build/asan/%)
ASAN_FACE_OBJ = $(FACE_OBJ:build/obj/%=build/asan/%)

DEB_PACKAGES  = libsqlite3-dev libutf8proc-dev sqlite3
TEST_PACKAGES = python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps test-deps test clean
.DELETE_ON_ERROR:

all: deps build/newswire.so

# Installs what is missing; does nothing where everything is there (or where
# there is no dpkg: then the build says what it lacks).
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES)"
test-deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES) $(TEST_PACKAGES)"
install-packages:
	@command -v dpkg >/dev/null 2>&1 || exit 0; \
	missing=""; for p in $(PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build/newswire.so: $(CORE_OBJ) $(FACE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) -shared -o $@ $^ $(LDLIBS)

build/obj/%.o: ext/%.c $(HEADERS) | build/obj
	$(CC) $(CFLAGS) $(NW_FLAGS) -c -o $@ $<
build/asan/%.o: ext/%.c $(HEADERS) | build/asan
	$(CC) $(CFLAGS) $(NW_FLAGS) $(SAN) -c -o $@ $<
build/obj/nw_dict_data.o: build/nw_dict_data.c | build/obj
	$(CC) $(CFLAGS) $(NW_FLAGS) -c -o $@ $<
build/asan/nw_dict_data.o: build/nw_dict_data.c | build/asan
	$(CC) $(CFLAGS) $(NW_FLAGS) $(SAN) -c -o $@ $<

build/nw_dict_data.c: build/embed $(DICT)
	build/embed $(DICT) > $@
build/embed: ext/tools/embed.c | build
	$(CC) $(CFLAGS) -Wall -Wextra -o $@ $<

build build/obj build/asan:
	mkdir -p $@

# ---------------------------------------------------------------- tests

build/unit_tests: tests/unit.c $(CORE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) -o $@ $^ $(LDLIBS)
build/runner: tests/runner.c | build
	$(CC) $(CFLAGS) -std=c11 -D_GNU_SOURCE -Wall -Wextra -o $@ $< -lsqlite3
build/asan/newswire.so: $(ASAN_CORE_OBJ) $(ASAN_FACE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) $(SAN) -shared -o $@ $^ $(LDLIBS)
build/asan/unit_tests: tests/unit.c $(ASAN_CORE_OBJ)
	$(CC) $(CFLAGS) $(NW_FLAGS) $(SAN) -o $@ $^ $(LDLIBS)
build/asan/runner: tests/runner.c | build/asan
	$(CC) $(CFLAGS) -std=c11 -D_GNU_SOURCE -Wall -Wextra $(SAN) -o $@ $< -lsqlite3

TEST_BINS = build/newswire.so build/unit_tests build/runner \
            build/asan/newswire.so build/asan/unit_tests build/asan/runner

test: test-deps
	@$(MAKE) --no-print-directory $(TEST_BINS)
	@tests/run.sh

clean:
	rm -rf build

# ---------------------------------------------------------------- the rest
# Each part of the project beyond the extension and its core tests keeps its
# targets in a fragment of its own (mk/*.mk): the dataset and demo, the
# benchmark, fuzzing and valgrind.  A fragment may add to TEST_PACKAGES and
# TEST_BINS; its test suites live in tests/suites/*.sh, which tests/run.sh
# runs after the core suites.
-include $(sort $(wildcard mk/*.mk))
