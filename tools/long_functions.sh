#!/bin/sh
# Functions longer than LONG lines (default 80), longest first, in the folders given (default:
# grader reference tests bench fuzz; the corpus is left out). Needs Universal Ctags (Debian:
# universal-ctags).
#   tools/long_functions.sh                 # the whole tree, functions over 80 lines
#   LONG=40 tools/long_functions.sh grader/src/batch
usage='usage: [LONG=N] tools/long_functions.sh [FOLDER...]'
n=${LONG:-80}
case $n in '' | *[!0-9]*) echo "long_functions: LONG must be a whole number of lines, got '$n'; $usage" >&2; exit 2 ;; esac
[ $# -gt 0 ] || set -- grader reference tests bench fuzz
for f in "$@"; do
  [ -e "$f" ] || { echo "long_functions: no folder or file '$f'; $usage" >&2; exit 2; }
done
ctags --output-format=u-ctags -f - --c++-kinds=f --fields=+ne -R --languages=C++ --exclude=corpus "$@" |
  awk -F'\t' -v n="$n" '{
    line = ""; end = ""
    for (i = 4; i <= NF; i++) { if ($i ~ /^line:/) line = substr($i, 6); if ($i ~ /^end:/) end = substr($i, 5) }
    if (end != "" && end - line + 1 > n) printf "%5d  %s:%s  %s\n", end - line + 1, $2, line, $1
  }' | sort -rn
