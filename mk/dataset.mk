# mk/dataset.mk — the dataset, the demo and packaging (issue 6).  Included by
# the Makefile.
#
#   make dataset [CORPUS=dir] [DB=file]   build or update newswire.db from a
#                                         folder of articles (default seeds/)
#   make demo                             the dataset of seeds/, then answers
#                                         to a few questions (sql/examples)
#   make install [PREFIX=/usr/local] [DESTDIR=]
#                                         $(PREFIX)/lib/newswire.so and the
#                                         SQL under $(PREFIX)/share/newswire
#   make uninstall [PREFIX=] [DESTDIR=]
#   make dist                             build/newswire-VERSION.tar.gz
#
# `make test` runs tests/suites/dataset.sh (the dataset, its examples, the
# demo) and tests/suites/clients.sh (sqlite3, Python, Node, sqlite-utils,
# install, dist).  See sql/README.md.

.PHONY: dataset demo install uninstall dist

CORPUS  ?= seeds
DB      ?= newswire.db
PREFIX  ?= /usr/local
LIBDIR  ?= $(PREFIX)/lib
DATADIR ?= $(PREFIX)/share/newswire
VERSION := $(shell sed -n 's/^\#define NEWSWIRE_VERSION "\(.*\)"/\1/p' ext/newswire.c)

# The client tests need sqlite-utils, Node and npm, and a compiler and Node's
# headers to build better-sqlite3 from npm (its prebuilt binaries come from a
# host outside the npm registry).  A machine with NodeSource's nodejs has npm
# and the headers in that package, which conflicts with Debian's npm and
# libnode-dev: those are asked for only where npm or the headers are missing.
TEST_PACKAGES += sqlite-utils g++ \
  $(if $(shell command -v node),,nodejs) \
  $(if $(shell command -v npm),,npm) \
  $(if $(wildcard /usr/include/node/common.gypi /usr/include/nodejs/common.gypi),,libnode-dev)

# The analyzer's identity: the build skips articles already analyzed by the
# same extension binary, and analyzes everything again after it changes.
NW_ANALYZER = $$(sha256sum build/newswire.so | cut -c1-16)

dataset: all
	@sqlite3 -bail -box "$(DB)" ".load build/newswire" \
	  ".parameter set @corpus \"'$(CORPUS)'\"" \
	  ".parameter set @analyzer \"'$(NW_ANALYZER)'\"" \
	  ".read sql/schema.sql" ".read sql/build.sql"

demo: dataset
	@sqlite3 -bail -box "$(DB)" ".load build/newswire" ".read sql/demo.sql"

install: build/newswire.so
	install -d "$(DESTDIR)$(LIBDIR)" "$(DESTDIR)$(DATADIR)/examples"
	install -m 644 build/newswire.so "$(DESTDIR)$(LIBDIR)/newswire.so"
	install -m 644 sql/schema.sql sql/build.sql sql/README.md "$(DESTDIR)$(DATADIR)/"
	install -m 644 sql/examples/*.sql "$(DESTDIR)$(DATADIR)/examples/"

uninstall:
	rm -f "$(DESTDIR)$(LIBDIR)/newswire.so"
	rm -rf "$(DESTDIR)$(DATADIR)"

# The committed source (git archive of HEAD); outside a git checkout, the
# files of this directory less what builds and tests leave.
dist: | build
	@rm -f build/newswire-$(VERSION).tar.gz
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  git archive --format=tar.gz --prefix=newswire-$(VERSION)/ \
	    -o build/newswire-$(VERSION).tar.gz HEAD; \
	else \
	  tar -czf build/newswire-$(VERSION).tar.gz --exclude=./build --exclude=./.git \
	    --exclude='node_modules' --exclude='*.db' --transform 's,^\.,newswire-$(VERSION),' .; \
	fi
	@echo build/newswire-$(VERSION).tar.gz
