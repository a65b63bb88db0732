#!/usr/bin/env bash
# Fuzzes the spec loader and the result-frame parser with libFuzzer (ASan + UBSan), each for a
# bounded time. Builds the fuzz preset (clang) first.
#
#   tools/fuzz/run.sh [seconds per fuzzer] [spec|frame]    (default: 60 s, both fuzzers)
#   ./gdlab fuzz [seconds] [spec|frame]                     (the same)
#
# Each fuzzer starts from its seeds and from what earlier runs found (build/fuzz/corpus/).
# A crash, leak, undefined behaviour or input slower than 10 s stops that fuzzer and is written
# to build/fuzz/artifacts/<fuzzer>/; the script then exits 1. Keep each such input in
# tests/fuzz_regressions/<fuzzer>/ once fixed: cli_tests replays them all.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
only=${2:-}
say() { printf 'fuzz: %s\n' "$*" >&2; }
[[ $seconds =~ ^[1-9][0-9]*$ && $only =~ ^(|spec|frame)$ ]] \
  || { say "usage: tools/fuzz/run.sh [seconds per fuzzer] [spec|frame]"; exit 2; }

# Only fuzzing needs clang and its libFuzzer runtime: the normal build is g++ alone.
runtime=libclang_rt.fuzzer-$(uname -m).a
if ! command -v clang++ >/dev/null || [[ ! -f $(clang++ -print-file-name="$runtime") ]]; then
  say "fuzzing needs clang and libFuzzer, which Debian ships as 'clang' and 'libclang-rt-14-dev'."
  say "Install them with:  sudo apt-get install clang libclang-rt-14-dev"
  exit 1
fi

build=$root/build/fuzz
log=$root/build/fuzz.log
mkdir -p "$root/build"
if [[ ! -f $build/build.ninja ]]; then
  (cd "$root" && cmake --preset fuzz) >"$log" 2>&1 || { cat "$log" >&2; say "configuring failed"; exit 1; }
fi
cmake --build "$build" -j "$(nproc)" >"$log" 2>&1 \
  || { grep -v '^\[' "$log" | head -100 >&2; say "build failed: full log in $log"; exit 1; }

status=0
# fuzz NAME MAX_LEN SEED_DIR...: one fuzzer for $seconds on inputs of at most MAX_LEN bytes
# (longer seeds are cut); its summary, or what it found, on stderr.
fuzz() {
  local name=$1 max_len=$2; shift 2
  [[ -z $only || $only == "$name" ]] || return 0
  local corpus=$build/corpus/$name artifacts=$build/artifacts/$name out=$build/$name.log seeds=() dir
  mkdir -p "$corpus" "$artifacts"
  for dir in "$@"; do [[ -d $dir ]] && seeds+=("$dir"); done  # libFuzzer stops at a missing one
  say "$name: ${seconds} s (log: $out)"
  if "$build/bin/${name}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
       -print_final_stats=1 -dict="$root/fuzz/$name.dict" -artifact_prefix="$artifacts/" \
       "$corpus" "${seeds[@]}" >"$out" 2>&1; then
    local last runs rate
    last=$(grep -E '^#[0-9]+' "$out" | tail -1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out")
    say "$name: nothing found; $runs runs, $rate runs/s; last status: $last"
  else
    status=1
    say "$name: FOUND A PROBLEM:"
    grep -E 'ERROR|runtime error|SUMMARY|Test unit written|timeout|out-of-memory' "$out" | head -20 >&2
  fi
}

# The shipped spec (14 KB) is the longest spec seed; a frame gains nothing from 160 KB of nesting.
fuzz spec 16384 "$root/fuzz/corpus/spec" "$root/tests/specs/bad" "$root/grader/specs" "$root/tests/fuzz_regressions/spec"
fuzz frame 8192 "$root/fuzz/corpus/frame" "$root/tests/fuzz_regressions/frame"
((status == 0)) || say "inputs that fail are in $build/artifacts/"
exit "$status"
