#!/bin/sh
# tests/suites/clients.sh — newswire from each client on a dataset built from
# seeds/: the sqlite3 shell (.load), Debian's Python (sqlite3 module), Node
# with better-sqlite3 from npm (loadExtension), sqlite-utils
# (--load-extension); then `make install` and `make dist`.
# Prints `N passed, N failed`.
#
# better-sqlite3 is installed here with `npm ci` into tests/clients/node/
# node_modules (git-ignored), built from source: its prebuilt binaries come
# from a host outside the npm registry.  That needs Node's headers
# (/usr/include/node: NodeSource's nodejs, or Debian's libnode-dev), python3,
# make and g++, which `make test` installs (mk/dataset.mk).  The first run
# takes a few minutes; later runs reuse the build until Node or the lockfile
# change.
cd "$(dirname "$0")/../.." || exit 2
. tests/clients/lib.sh

MAKE_=${MAKE:-make}
mk() { $MAKE_ -s --no-print-directory "$@"; }

DB="$WORK/newswire.db"
t "make dataset" mk dataset DB="$DB"
quotes=$(sqlite3 "$DB" "SELECT count(*) FROM nw_quotes")
actors=$(sqlite3 "$DB" "SELECT count(*) FROM nw_actors")

# ------------------------------------------------------------ sqlite3 shell
t "sqlite3: .load, then functions and tables together" equals "$quotes|$quotes" \
  sqlite3 -bail "$DB" ".load build/newswire" \
  "SELECT (SELECT count(*) FROM articles('seeds') a, quotes(a.body) q), count(*) FROM nw_quotes"
t "sqlite3: .load with the file name" equals "$quotes" \
  sqlite3 -bail "$DB" ".load build/newswire.so" "SELECT count(*) FROM nw_articles a, quotes(a.body)"
t "sqlite3: .load with the noread entry point" equals "$actors" \
  sqlite3 -bail "$DB" ".load build/newswire sqlite3_newswire_noread_init" \
  "SELECT count(*) FROM nw_articles a, actors(a.body)"
t "sqlite3: the noread entry point reads no files" sh -c \
  "! sqlite3 -bail '$DB' '.load build/newswire sqlite3_newswire_noread_init' \"SELECT * FROM articles('seeds')\" 2>/dev/null"
cp build/newswire.so "$WORK/renamed.so"
t "sqlite3: a renamed file loads with the entry point named" equals "0.1.0" sh -c \
  "sqlite3 -bail :memory: '.load $WORK/renamed.so sqlite3_newswire_init' 'SELECT newswire_version()' | sed 's/[0-9][0-9.]*/0.1.0/'"
t "sqlite3: the dataset opens without the extension" equals "$quotes" \
  sqlite3 -bail "$DB" "SELECT count(*) FROM nw_quotes_by_speaker"

# ------------------------------------------------------------ Python
/usr/bin/python3 tests/clients/python_client.py "$DB" "$EXT" "$WORK" > "$WORK/python" 2>&1
counts "$WORK/python" python

# ------------------------------------------------------------ Node
NODE_DIR=tests/clients/node
node_modules() {
  command -v node >/dev/null || { echo "node is missing (make test-deps installs it)"; return 1; }
  command -v npm >/dev/null || { echo "npm is missing (make test-deps installs it)"; return 1; }
  want="node $(node --version), lock $(sha256sum "$NODE_DIR/package-lock.json" | cut -c1-16)"
  stamp="$NODE_DIR/node_modules/.newswire-installed"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  for include in /usr/include/node /usr/include/nodejs; do
    if [ -f "$include/common.gypi" ] && [ -z "${npm_config_nodedir:-}" ]; then
      [ "$include" = /usr/include/node ] && npm_config_nodedir=/usr || npm_config_nodedir=$include
      export npm_config_nodedir
    fi
  done
  export npm_config_build_from_source=true
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund --loglevel=error) > "$WORK/npm" 2>&1 || {
    echo "npm ci failed (npm_config_nodedir=${npm_config_nodedir:-unset}):"
    grep -v 'Unknown .* config' "$WORK/npm" | tail -n 20
    return 1
  }
  echo "$want" > "$stamp"
}
if node_modules > "$WORK/node" 2>&1; then
  PASSED=$((PASSED + 1))
  node "$NODE_DIR/client.js" "$DB" build/newswire.so > "$WORK/node" 2>&1
  counts "$WORK/node" node
else
  FAILED=$((FAILED + 1))
  echo "FAIL node: better-sqlite3 does not install"
  sed 's/^/    /' "$WORK/node"
fi

# ------------------------------------------------------------ sqlite-utils
t "sqlite-utils: installed" command -v sqlite-utils
t "sqlite-utils: --load-extension" equals "[{\"n\": $quotes}]" \
  sqlite-utils query "$DB" "SELECT count(*) AS n FROM articles('seeds') a, quotes(a.body) q" \
  --load-extension build/newswire.so
t "sqlite-utils: --load-extension with the noread entry point" equals "[{\"n\": $actors}]" \
  sqlite-utils query "$DB" "SELECT count(*) AS n FROM nw_articles a, actors(a.body) x" \
  --load-extension build/newswire.so:sqlite3_newswire_noread_init
t "sqlite-utils: the noread entry point reads no files" sh -c \
  "! sqlite-utils query '$DB' \"SELECT * FROM articles('seeds')\" --load-extension build/newswire.so:sqlite3_newswire_noread_init 2>/dev/null"
t "sqlite-utils: lists the tables" sh -c "sqlite-utils tables '$DB' --csv | tr -d '\\r' | grep -qx nw_quotes"
t "sqlite-utils: search finds the full-text index" equals \
  "$(sqlite3 "$DB" "SELECT count(*) FROM nw_articles_fts WHERE nw_articles_fts MATCH 'sanctions'")" \
  sh -c "sqlite-utils search '$DB' nw_articles sanctions -c id --csv --no-headers | wc -l"

# ------------------------------------------------------------ make install
STAGE="$WORK/stage"
t "make install DESTDIR PREFIX" mk install DESTDIR="$STAGE" PREFIX=/opt/nw
t "installs the extension and the SQL" sh -c \
  "test -f '$STAGE/opt/nw/lib/newswire.so' && test -f '$STAGE/opt/nw/share/newswire/schema.sql' \
   && test -f '$STAGE/opt/nw/share/newswire/build.sql' && test -f '$STAGE/opt/nw/share/newswire/README.md' \
   && test -f '$STAGE/opt/nw/share/newswire/examples/search_sanctions.sql'"
here=$(pwd)
installed_build() {
  cd "$WORK" && sqlite3 -bail installed.db ".load $STAGE/opt/nw/lib/newswire" \
    ".parameter set @corpus \"'$here/seeds'\"" \
    ".read $STAGE/opt/nw/share/newswire/schema.sql" ".read $STAGE/opt/nw/share/newswire/build.sql" \
    ".read $STAGE/opt/nw/share/newswire/examples/top_speakers.sql" >/dev/null &&
    sqlite3 installed.db "SELECT count(*) FROM nw_quotes"
}
t "the installed extension and SQL build the dataset elsewhere" equals "$quotes" installed_build
t "make uninstall" sh -c "$MAKE_ -s --no-print-directory uninstall DESTDIR='$STAGE' PREFIX=/opt/nw \
  && test ! -e '$STAGE/opt/nw/lib/newswire.so' && test ! -e '$STAGE/opt/nw/share/newswire'"

# ------------------------------------------------------------ make dist
version=$(sqlite3 :memory: ".load build/newswire" "SELECT newswire_version()")
tarball=build/newswire-$version.tar.gz
t "make dist names the tarball after newswire_version()" equals "$tarball" mk dist
t "the tarball holds the source" sh -c "tar -tzf '$tarball' > '$WORK/list' \
  && grep -qx 'newswire-$version/Makefile' '$WORK/list' \
  && grep -qx 'newswire-$version/ext/newswire.c' '$WORK/list' \
  && grep -qx 'newswire-$version/sql/schema.sql' '$WORK/list' \
  && grep -qx 'newswire-$version/mk/dataset.mk' '$WORK/list' \
  && grep -q '^newswire-$version/seeds/.*\.txt$' '$WORK/list' \
  && ! grep -q -e '/build/' -e 'node_modules' -e '\.db$' '$WORK/list'"
dist_builds() {
  tar -xzf "$tarball" -C "$WORK" &&
    $MAKE_ -s --no-print-directory -C "$WORK/newswire-$version" build/newswire.so >/dev/null &&
    sqlite3 :memory: ".load $WORK/newswire-$version/build/newswire" "SELECT newswire_version()"
}
t "the tarball builds the extension of that version" equals "$version" dist_builds

finish
