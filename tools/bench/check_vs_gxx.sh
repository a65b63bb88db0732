#!/usr/bin/env bash
# `gdlab check --problem P` after an edit, against a bare compiler call with the same flags on
# the same file, in the same run, alternating, median of N. Also the per-test overhead of a
# cached check. Prints ratios: the machine is shared, so absolute times mean little.
#   tools/bench/check_vs_gxx.sh [PROBLEM] [N]      (default gd_2d, 7)
#   tools/bench/check_vs_gxx.sh all [N]            every problem of problems/, one after another
set -euo pipefail
if [[ ${1:-} == all ]]; then
  for solution in "$(dirname "${BASH_SOURCE[0]}")"/../../problems/*/*.cpp; do
    "${BASH_SOURCE[0]}" "$(basename "$solution" .cpp)" "${2:-3}"
  done
  exit 0
fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
problem=${1:-gd_2d} n=${2:-7}
mkdir -p "$work/exercises"
cp "$root"/problems/*/*.cpp "$work/exercises/"
file="$work/exercises/$problem.cpp"
now() { date +%s.%N; }

command=$("$gdlab" check --submission "$work" --problem "$problem" --print-build-command)
tests=$("$gdlab" check --submission "$work" --problem "$problem" | grep -c '^  [^ ]' || true)
for i in $(seq "$n"); do
  echo "// edit $i $RANDOM" >>"$file"        # a new file content: the cache cannot help
  t0=$(now); "$gdlab" check --submission "$work" --problem "$problem" >/dev/null; t1=$(now)
  (cd "$work" && eval "$command" -o "$work/bare") ; t2=$(now)
  t3=$(now); "$gdlab" check --submission "$work" --problem "$problem" --rerun >/dev/null; t4=$(now)  # cached program, tests run
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v e="$t4" 'BEGIN {print b - a, c - b, e - d}' >>"$work/times"
done
check=$(cut -d' ' -f1 "$work/times" | median)
bare=$(cut -d' ' -f2 "$work/times" | median)
cached=$(cut -d' ' -f3 "$work/times" | median)
printf 'problem %s, %s runs (medians)\n' "$problem" "$n"
printf '  check after an edit   %.3f s\n  bare %s          %.3f s\n  ratio                 %.2fx\n' \
  "$check" "$(basename "$(echo "$command" | cut -d' ' -f1)")" "$bare" "$(awk -v a="$check" -v b="$bare" 'BEGIN {print a / b}')"
printf '  cached check          %.3f s for %s tests: %.1f ms a test, all included\n' \
  "$cached" "$tests" "$(awk -v a="$cached" -v b="$tests" 'BEGIN {print a * 1000 / b}')"
