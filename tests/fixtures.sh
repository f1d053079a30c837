#!/bin/sh
# tests/fixtures.sh DIR — writes the bad-input files that tests/sql/badinput.test
# and tests/sql/unreadable.test read (as $FIXTURES).
set -eu
d=$1
mkdir -p "$d"
chmod 755 "$d"
cd "$d"

printf 'Bad \377\376 bytes in the middle. A second sentence.\n' > invalid.txt
printf 'Binary\000file\000with NUL bytes.\n' > nul.txt
head -c 5000 /dev/zero | tr '\0' 'a' > nul_late.txt
printf '\000tail.\n' >> nul_late.txt
: > empty.txt
# one 50 MB line: "word word word ..." without a line break
yes word | head -c 50000000 | tr '\n' ' ' > bigline.txt
# UTF-16 little and big endian with a byte order mark: "Héllo wörld. Zweiter Satz."
printf '\377\376H\000\351\000l\000l\000o\000 \000w\000\366\000r\000l\000d\000.\000 \000Z\000w\000e\000i\000t\000e\000r\000 \000S\000a\000t\000z\000.\000' > utf16le.txt
printf '\376\377\000H\000\351\000l\000l\000o\000 \000w\000\366\000r\000l\000d\000.' > utf16be.txt
printf 'Ports reopen after strike\r\n\r\nDock workers returned on Monday.\r\nCargo moved again.\r\n' > crlf.txt
printf '\357\273\277 date 2020-01-31 Text after a BOM and a date.\n' > bom.txt

# a directory of good files with one that is not readable (run as non-root)
mkdir -p unreadable
printf 'Readable text.\n' > unreadable/a.txt
printf 'Secret text.\n' > unreadable/b.txt
chmod 000 unreadable/b.txt

# a directory with a dangling symbolic link among its articles
mkdir -p dangling
printf 'Good text.\n' > dangling/a.txt
ln -sf does-not-exist.txt dangling/b.txt

# a symbolic link loop
ln -sf loop.txt loop.txt

# things in a directory that are not articles: a FIFO, a subdirectory, a
# hidden file, a binary file, other extensions
mkdir -p mixed mixed/sub.txt
printf 'First.\n' > mixed/a.txt
printf 'Upper case extension.\n' > mixed/b.TXT
printf 'Not an article.\n' > mixed/c.md
printf 'Hidden.\n' > mixed/.hidden.txt
printf 'x\000y' > mixed/d.txt
mkfifo mixed/e.txt
