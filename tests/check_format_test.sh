#!/usr/bin/env bash
# tools/check_format.sh passes a formatted file and fails, naming it, on one that is not.
#   tests/check_format_test.sh SOURCE_DIR
set -uo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/.clang-format" "$work/"
printf 'int twice(int x) { return 2 * x; }\n' >"$work/good.cpp"
printf 'int   twice( int x ){\nreturn 2*x;}\n' >"$work/bad.cpp"
cd "$work"
"$src/tools/check_format.sh" --files good.cpp; rc=$?
((rc == 77)) && exit 77  # no clang-format 14: skipped, as the tree check is
((rc == 0)) || { echo "FAIL: a formatted file was refused (exit $rc)"; exit 1; }
out=$("$src/tools/check_format.sh" --files good.cpp bad.cpp 2>&1); rc=$?
((rc == 1)) || { echo "FAIL: a misformatted file passed (exit $rc): $out"; exit 1; }
grep -q 'not formatted: bad.cpp' <<<"$out" || { echo "FAIL: the misformatted file is not named: $out"; exit 1; }
grep -q 'good.cpp' <<<"$out" && { echo "FAIL: the formatted file was named: $out"; exit 1; }
echo "ok"
