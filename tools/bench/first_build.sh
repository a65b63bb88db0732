#!/usr/bin/env bash
# A student's first minute: a fresh `gdlab assign --out` repository (the packages already
# installed), no compiler cache (CCACHE_DISABLE=1: a student's machine has none), and its first
# `./gdlab check`, as a student runs it: CPU and wall time from the command to the result, the
# build's steps, the longest silence (the longest time between two lines the student sees, and
# between the start and the first), and the precompiled headers' disk after it.
#   tools/bench/first_build.sh [KEEP]      (KEEP: leave the repository in this new folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
repo=${1:-$work/student}
GDLAB_ROOT=$root "$gdlab" assign --out "$repo" >/dev/null
cd "$repo"
now() { date +%s.%N; }
start=$(now)
# Each line the student sees, stamped when it arrives.
(CCACHE_DISABLE=1 /usr/bin/time -f '%e %U %S' -o "$work/time" ./gdlab check 2>&1 || true) |
  while IFS= read -r line; do printf '%s %s\n' "$(now)" "$line"; done >"$work/lines"
end=$(now)
read -r wall user sys <"$work/time"
silence=$(awk -v s="$start" -v e="$end" 'BEGIN {last = s; most = 0}
  {if ($1 - last > most) most = $1 - last; last = $1}
  END {if (e - last > most) most = e - last; print most}' "$work/lines")
steps=$(grep -o '^\[[0-9]*/[0-9]*\]' build/release.log | tail -1 || true)
printf 'first ./gdlab check in a fresh student repository, no compiler cache; load %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  wall %.0f s, CPU %.0f s (%.1f CPU-minutes), build steps %s\n' "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
  "$(awk -v u="$user" -v s="$sys" 'BEGIN {print (u + s) / 60}')" "${steps:-?}"
printf '  longest silence %.1f s; lines shown %s\n' "$silence" "$(wc -l <"$work/lines")"
printf '  precompiled headers: %s\n' "$(du -sh build/release/submission-pch 2>/dev/null | cut -f1)"
