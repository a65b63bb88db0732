#!/usr/bin/env bash
# The student repository that `gdlab assign --out` writes configures and builds on its own,
# and its stubs compile. Usage: student_repo_builds.sh GDLAB_BINARY SOURCE_DIR
set -euo pipefail
gdlab=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
GDLAB_ROOT=$source "$gdlab" assign --out "$work/student"
cd "$work/student"
[[ ! -e solutions && ! -e tests ]] || { echo "FAIL: instructor folders in the student repo"; exit 1; }
# Unoptimised: this test asks whether it builds and runs, not how fast, and -O0 halves the
# time of a second full build inside the test suite.
# With ccache (./gdlab test installs it) a later run of this test compiles nothing it compiled
# before: the paths it sees are relative to this temporary folder.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export CCACHE_BASEDIR=$PWD
cmake --preset release -DCMAKE_CXX_FLAGS_RELEASE="-O0 -DNDEBUG" "${launcher[@]}" >"$work/configure.log" 2>&1 \
  || { cat "$work/configure.log"; exit 1; }
cmake --build build/release --target gdlab_cli gdlab_exercises >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
[[ -x build/release/bin/gdlab && -f build/release/libgdlab_exercises.a ]] \
  || { echo "FAIL: the CLI or the exercises did not build"; exit 1; }
build/release/bin/gdlab run --objective valley --steps 3 --format json | grep -q '"status":"max_steps"'
# The stubs grade to zero, politely: exit 1, every test "not implemented", no crash.
set +e
GDLAB_ROOT=$PWD build/release/bin/gdlab check >"$work/check.txt" 2>&1
code=$?
set -e
[[ $code == 1 ]] || { cat "$work/check.txt"; echo "FAIL: check exited $code, expected 1"; exit 1; }
grep -q 'Score: 0 / ' "$work/check.txt" || { cat "$work/check.txt"; echo "FAIL: no score line"; exit 1; }
! grep -q -v -E 'not implemented|^[a-z_0-9]+: |^$|^Score' "$work/check.txt" \
  || { cat "$work/check.txt"; echo "FAIL: a test other than 'not implemented'"; exit 1; }
# The first check precompiled every exercise header in the student's own build tree.
for header in exercises/*.hpp; do
  problem=$(basename "$header" .hpp)
  [[ -s build/release/submission-pch/$problem/$problem.hpp.gch ]] \
    || { ls -R build/release/submission-pch 2>&1 | head; echo "FAIL: no precompiled header for $problem"; exit 1; }
done
echo "student repository builds, checks its stubs and precompiles its headers"
