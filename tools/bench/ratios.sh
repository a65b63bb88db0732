#!/usr/bin/env bash
# Runs the reference benchmarks once and prints the ratios we quote. The machine is shared
# and noisy, so absolute times are not worth quoting; ratios of figures measured in the same
# run are (see bench/reference_bench.cpp for what each figure is).
#
#   tools/bench/ratios.sh [BINARY] [BENCHMARK FLAGS...]
#
# BINARY defaults to build/release/bin/gdlab_bench_reference; this script builds nothing
# (./gdlab bench builds it, then calls this). Flags go to the binary, e.g.
# --benchmark_filter=valley, or --benchmark_repetitions=1 for a quick run (the default is 3,
# and the table uses their medians).
# The raw results are kept as JSON in $GDLAB_BENCH_JSON (default: next to the binary's bin/,
# as bench-reference.json); the ratio table, which the binary computes, goes to stdout.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=$root/build/release/bin/gdlab_bench_reference
if [[ $# -gt 0 && $1 != -* ]]; then
  bin=$1
  shift
fi
if [[ ! -x $bin ]]; then
  echo "ratios.sh: no benchmark binary at $bin (build it: ./gdlab bench, or cmake --build" \
       "build/release --target gdlab_bench_reference)" >&2
  exit 2
fi
json=${GDLAB_BENCH_JSON:-$(cd "$(dirname "$bin")/.." && pwd)/bench-reference.json}

# JSON to the file; the binary writes its ratio table to stderr in JSON mode: show it here.
status=0
"$bin" --benchmark_format=json "$@" 2>&1 >"$json" || status=$?

# The table shows '-' for a benchmark that failed; say which failed and why.
if command -v jq >/dev/null; then
  jq -r '.benchmarks[] | select(.error_occurred) | "FAILED: \(.name): \(.error_message)"' \
    "$json" >&2 || true
elif grep -q '"error_occurred": true' "$json"; then
  echo "Some benchmarks failed: see \"error_message\" in $json" >&2
fi
echo "Raw results: $json" >&2
exit "$status"
