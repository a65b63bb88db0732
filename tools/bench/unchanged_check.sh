#!/usr/bin/env bash
# `gdlab check` of the whole spec when nothing changed (the kept results read back) against the
# same check with --rerun (cached programs, every test run again in the sandbox), alternating,
# median of N, wall and CPU time. Prints a ratio: the machine is shared.
#   tools/bench/unchanged_check.sh [N]      (default 7)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
n=${1:-7}
mkdir -p "$work/exercises"
cp "$root"/problems/*/*.cpp "$work/exercises/"
timed() { /usr/bin/time -f '%e %U %S' -o "$work/t" "$gdlab" check --submission "$work" "$@" >/dev/null || true
          awk '{print $1, $2 + $3}' "$work/t"; }
"$gdlab" check --submission "$work" >/dev/null || true  # builds and keeps once
tests=$("$gdlab" check --submission "$work" --rerun | grep -c '^  [^ ]' || true)
for _ in $(seq "$n"); do
  timed >>"$work/kept"
  timed --rerun >>"$work/rerun"
done
kept_wall=$(cut -d' ' -f1 "$work/kept" | median) kept_cpu=$(cut -d' ' -f2 "$work/kept" | median)
rerun_wall=$(cut -d' ' -f1 "$work/rerun" | median) rerun_cpu=$(cut -d' ' -f2 "$work/rerun" | median)
printf 'whole spec, %s tests, %s runs each (medians), load %s\n' "$tests" "$n" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  unchanged check (kept results)   %.3f s wall  %.3f s CPU\n' "$kept_wall" "$kept_cpu"
printf '  check --rerun (tests run again)  %.3f s wall  %.3f s CPU\n' "$rerun_wall" "$rerun_cpu"
printf '  ratio                            %.2fx wall   %.2fx CPU\n' \
  "$(awk -v a="$kept_wall" -v b="$rerun_wall" 'BEGIN {print a / b}')" "$(awk -v a="$kept_cpu" -v b="$rerun_cpu" 'BEGIN {print (b > 0) ? a / b : 0}')"
