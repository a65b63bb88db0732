#!/bin/bash
# tools/check_layers.sh against copies of the grader's sources: the copy as it is passes; an
# include that goes up, one that goes sideways (same line of layers.txt) and a folder in no layer
# each fail it, with the file and line named.
set -uo pipefail
source_dir=$1
check=$source_dir/tools/check_layers.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

copy() {
  rm -rf "$scratch/grader" && mkdir -p "$scratch/grader"
  cp -r "$source_dir/grader/layers.txt" "$source_dir/grader/src" "$scratch/grader/"
}

# expect_failure WHAT FILE LINE_TEXT MESSAGE: appends LINE_TEXT to FILE of a fresh copy.
expect_failure() {
  copy
  printf '%s\n' "$3" >> "$scratch/grader/$2"
  local out
  out=$("$check" "$scratch/grader" 2>&1)
  local rc=$?
  if [[ $rc -ne 1 || $out != *"$4"* ]]; then
    echo "FAIL ($1): exit $rc, expected 1 and '$4' in:"; echo "$out"; failures=$((failures + 1))
  fi
}

copy
if ! out=$("$check" "$scratch/grader" 2>&1); then echo "FAIL: the copy as it is does not pass:"; echo "$out"; failures=$((failures + 1)); fi

lines=$(wc -l < "$source_dir/grader/src/grading/checks.cpp")
expect_failure "up" src/grading/checks.cpp '#include "declared/answers.hpp"' \
  "src/grading/checks.cpp:$((lines + 1)): grading/ includes declared/, which is not below it"
expect_failure "sideways" src/feedback/bars.cpp '#include "declared/answers.hpp"' \
  "feedback/ includes declared/, which is not below it"
copy && mkdir "$scratch/grader/src/newfolder"
out=$("$check" "$scratch/grader" 2>&1)
[[ $? -eq 1 && $out == *"src/newfolder/ is in no layer"* ]] || { echo "FAIL (new folder): $out"; failures=$((failures + 1)); }

((failures == 0)) && echo "check_layers.sh: 4 cases as expected"
exit $((failures > 0))
