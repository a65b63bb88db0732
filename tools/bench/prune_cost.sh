#!/usr/bin/env bash
# What pruning the program cache adds to an unchanged `gdlab check` (kept results read back, the
# fastest check there is), with M extra programs planted in the cache as a term of grading would
# leave them (recent, so none is removed): the check with GDLAB_CACHE_MB=0 (no pruning), with a
# pass over the cache (its .pruned stamp removed first: the first check of the hour), and as
# most checks are (pruned within the hour: the stamp only). Alternating, median of N; prints
# ratios: the machine is shared.
#   tools/bench/prune_cost.sh [N] [M]      (default 9 runs, 3000 planted programs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
n=${1:-9} planted=${2:-3000}
cache="$root/build/release/submission-cache"
prefix="zz_prune_bench_$$"
trap 'rm -rf "$work" "$cache/$prefix"-*' EXIT
for i in $(seq "$planted"); do
  dir=$(printf '%s/%s-%016x' "$cache" "$prefix" "$i")
  mkdir -p "$dir" && head -c 400000 /dev/zero >"$dir/program"
done
mkdir -p "$work/exercises"
cp "$root"/problems/*/*.cpp "$work/exercises/"
timed() { /usr/bin/time -f '%e' -o "$work/t" env "$@" "$gdlab" check --submission "$work" >/dev/null || true; cat "$work/t"; }
"$gdlab" check --submission "$work" >/dev/null || true  # builds and keeps once
for _ in $(seq "$n"); do
  timed GDLAB_CACHE_MB=0 >>"$work/off"
  rm -f "$cache/.pruned"
  timed GDLAB_CACHE_MB=100000 >>"$work/pass"
  timed GDLAB_CACHE_MB=100000 >>"$work/stamp"
done
entries=$(find "$cache" -maxdepth 1 -mindepth 1 | wc -l)
off=$(median <"$work/off") pass=$(median <"$work/pass") stamp=$(median <"$work/stamp")
ratio() { awk -v a="$1" -v b="$off" 'BEGIN {printf "%.2fx", a / b}'; }
printf 'unchanged check, %s runs each (medians), %s entries in the cache, load %s\n' "$n" "$entries" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  no pruning (GDLAB_CACHE_MB=0)       %.3f s\n' "$off"
printf '  a pass over the cache               %.3f s  %s\n' "$pass" "$(ratio "$pass")"
printf '  pruned within the hour (the stamp)  %.3f s  %s\n' "$stamp" "$(ratio "$stamp")"
