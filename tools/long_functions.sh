#!/bin/sh
# Functions longer than LONG lines (default 80), longest first, in the folders given (default:
# grader reference tests bench fuzz). Needs Universal Ctags (Debian: universal-ctags).
#   tools/long_functions.sh                 # the whole tree
#   LONG=40 tools/long_functions.sh grader/src/batch
n=${LONG:-80}
[ $# -gt 0 ] || set -- grader reference tests bench fuzz
ctags --output-format=u-ctags -f - --c++-kinds=f --fields=+ne -R --languages=C++ --exclude=corpus "$@" |
  awk -F'\t' -v n="$n" '{
    line = ""; end = ""
    for (i = 4; i <= NF; i++) { if ($i ~ /^line:/) line = substr($i, 6); if ($i ~ /^end:/) end = substr($i, 5) }
    if (end != "" && end - line + 1 > n) printf "%5d  %s:%s  %s\n", end - line + 1, $2, line, $1
  }' | sort -rn
