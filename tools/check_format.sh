#!/usr/bin/env bash
# Checks that gdlab's own C++ matches .clang-format; prints each file that does not, and how to
# fix it. The submissions in tests/corpus and the course files (problems/, exercises/) keep the
# shape their authors gave them.
#   tools/check_format.sh [ROOT]          every file of gdlab's own code under ROOT (default: here)
#   tools/check_format.sh --files F...    just these files (with ROOT's .clang-format: the current folder's)
# Exit 0 all formatted, 1 some file is not, 77 no clang-format 14 here (other versions format
# differently: the check is skipped, not failed).
set -euo pipefail
clang_format=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z $clang_format ]] || ! "$clang_format" --version | grep -q 'version 14\.'; then
  echo "check_format: no clang-format 14 (Debian 12: apt-get install clang-format): skipped" >&2
  exit 77
fi
if [[ ${1:-} == --files ]]; then
  shift
  files=("$@")
else
  root=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)
  cd "$root"
  mapfile -t files < <(find grader reference tests bench fuzz -type f \( -name '*.cpp' -o -name '*.hpp' \) \
                         -not -path 'tests/corpus/*' -not -path 'tests/exercises/*' -not -path '*/fuzz_regressions/*' | sort)
fi
bad=0
for f in "${files[@]}"; do
  if ! "$clang_format" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f" >&2
    bad=1
  fi
done
if ((bad)); then
  echo "check_format: run $clang_format -i on the files above (the style is .clang-format)" >&2
  exit 1
fi
echo "check_format: ${#files[@]} files match .clang-format"
