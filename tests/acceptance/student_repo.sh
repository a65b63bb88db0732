#!/usr/bin/env bash
# The acceptance matrix's student repository: `gdlab assign --out` writes it, and its own
# ./gdlab builds it on its first check, as a student's clone does (installing nothing: the
# packages are this machine's). Usage: student_repo.sh GDLAB SOURCE_DIR OUT
set -euo pipefail
gdlab=$1 source=$2 out=$3
rm -rf "$out" && mkdir -p "$(dirname "$out")"
GDLAB_ROOT=$source "$gdlab" assign --out "$out"
cd "$out"
for folder in problems tests tools reference/optim/src; do
  [[ ! -e $folder ]] || { echo "FAIL: the student repository carries $folder/"; exit 1; }
done
# A student's first command. The stubs grade to zero, politely: exit 1, no crash.
set +e
./gdlab check >check.txt 2>&1
code=$?
set -e
[[ $code == 1 ]] || { cat check.txt; echo "FAIL: the first check exited $code, expected 1"; exit 1; }
grep -q 'Score: 0 / ' check.txt || { cat check.txt; echo "FAIL: no score line"; exit 1; }
! grep -q -v -E 'not implemented|^[a-z_0-9]+: |^$|^Score' check.txt \
  || { cat check.txt; echo "FAIL: a test other than 'not implemented'"; exit 1; }
build/release/bin/gdlab run --objective valley --steps 3 --format json | grep -q '"status":"max_steps"' \
  || { echo "FAIL: gdlab run"; exit 1; }
# The first check precompiled Eigen and gdlab::core once for every exercise, in the student's own
# build tree: one header, at most 150 MB (issue 24).
pch=build/release/submission-pch
[[ -s $pch/exercise_base/exercise_base.hpp.gch ]] \
  || { ls -R $pch 2>&1 | head; echo "FAIL: no precompiled header"; exit 1; }
[[ $(find $pch -name '*.gch' | wc -l) == 1 ]] || { find $pch -name '*.gch'; echo "FAIL: more than one precompiled header"; exit 1; }
mb=$(du -sm $pch | cut -f1)
((mb <= 150)) || { echo "FAIL: precompiled headers take $mb MB, more than 150"; exit 1; }
echo "student repository at $out: built by its own ./gdlab, the stubs checked"
