#!/usr/bin/env bash
# `gdlab grade --jobs J` on a class of ~45 submissions from a cold build cache, against the sum
# of bare compiler calls (the same flags, `check --print-build-command`) on the distinct files of
# the same class divided by J, measured in the same run. Identical submissions are free in the
# grader, so the bare sum counts each distinct (problem, file) once. Also the grader's peak
# memory (its own, and the largest child it waited for: a compiler or a test program).
#   tools/bench/batch_ratio.sh [JOBS] [SPEC]   (default 2, tests/batch/class_spec.yaml)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jobs=${1:-2} spec=${2:-$root/tests/batch/class_spec.yaml}
gdlab="$root/build/release/bin/gdlab"
[[ -x $gdlab ]] || { echo "build first: cmake --preset release && cmake --build build/release" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
subs=$work/class sources=$work/sources
mkdir -p "$subs" "$sources"

# --- The class: the same kinds of entries as tests/grader/batch_class.hpp. ---
n=0
folder() {  # folder ID FILES...: a student folder with these exercise files; its files are counted
  local id=$1; shift
  mkdir -p "$subs/$id/exercises" "$sources/$((++n))/exercises"
  cp "$@" "$subs/$id/exercises/"
  cp "$@" "$sources/$n/exercises/"
}
solutions=("$root"/solutions/*.cpp)
stubs=("$root"/exercises/*.cpp)
for id in sol_1 sol_2 sol_3 sol_4 sol_5; do folder "$id" "${solutions[@]}"; done
folder partial "$root/solutions/gd_1d.cpp"
folder cheater "${stubs[@]}"   # and an edited grader, which is never read
mkdir -p "$subs/cheater/grader/harness" && echo 'int main() {}' >"$subs/cheater/grader/harness/gd_1d_main.cpp"
(cd "$subs/sol_1" && tar -czf "$subs/sol_tgz.tar.gz" exercises && tar -czf "$subs/sol_tgz2.tar.gz" exercises)
if command -v zip >/dev/null; then (cd "$subs/sol_1" && zip -qr "$subs/sol_zip.zip" exercises); fi
folder stubs "${stubs[@]}"
for corpus in buggy broken hostile; do
  [[ -d $root/tests/corpus/$corpus ]] || continue
  for dir in "$root/tests/corpus/$corpus"/*/; do
    [[ -d $dir/exercises ]] || continue
    id=${corpus}_$(basename "$dir")
    folder "$id" "${solutions[@]}"
    cp "$dir"/exercises/*.cpp "$subs/$id/exercises/"
    cp "$dir"/exercises/*.cpp "$sources/$n/exercises/"
  done
done
mkdir -p "$work/origin/exercises" && cp "${stubs[@]}" "$work/origin/exercises/" && cp "$root/solutions/gd_1d.cpp" "$work/origin/exercises/"
(cd "$work/origin" && git init -q && git add -A && git -c user.name=s -c user.email=s@example.org commit -qm w \
  && git clone -q "$work/origin" "$subs/git_student") 2>/dev/null || cp -r "$work/origin" "$subs/git_student"
mkdir -p "$sources/$((++n))" && cp -r "$work/origin/exercises" "$sources/$n/"
mkdir -p "$subs/empty" && echo "not a zip" >"$subs/corrupt.zip" && echo "notes" >"$subs/notes.txt"
entries=$(find "$subs" -mindepth 1 -maxdepth 1 | wc -l)

# --- Bare compiles of the distinct files, one after another. ---
mkdir -p "$work/bare/exercises"
declare -A seen
bare_total=0 distinct=0
for problem in gd_1d gd_2d momentum linreg wb_regression; do
  command=$("$gdlab" check --submission "$work/bare" --problem "$problem" --spec "$spec" --print-build-command)
  for file in "$sources"/*/exercises/"$problem".cpp; do
    [[ -f $file ]] || continue
    sum=$(md5sum <"$file" | cut -d' ' -f1)
    [[ -z ${seen[$problem$sum]:-} ]] || continue
    seen[$problem$sum]=1
    cp "$file" "$work/bare/exercises/$problem.cpp"
    t0=$(date +%s.%N)
    (cd "$work/bare" && eval "$command" -o "$work/bare/program" >/dev/null 2>&1) || true  # compile errors count too
    t1=$(date +%s.%N)
    bare_total=$(awk -v a="$bare_total" -v b="$t0" -v c="$t1" 'BEGIN {print a + c - b}')
    distinct=$((distinct + 1))
  done
done

# --- The grader, cold cache, then warm (everything built: tests only). ---
t0=$(date +%s.%N)
"$gdlab" grade "$subs" --spec "$spec" --jobs "$jobs" --out "$work/out" --build-cache "$work/cache" >"$work/grade.log" 2>&1
t1=$(date +%s.%N)
"$gdlab" grade "$subs" --spec "$spec" --jobs "$jobs" --out "$work/out2" --build-cache "$work/cache" >/dev/null 2>&1
t2=$(date +%s.%N)
rss=$(grep -o '"grader": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
child=$(grep -o '"largest_child": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
awk -v g="$t0" -v h="$t1" -v w="$t2" -v b="$bare_total" -v j="$jobs" -v d="$distinct" -v e="$entries" \
    -v r="$rss" -v c="$child" -v line="$(tail -1 "$work/grade.log")" 'BEGIN {
  grade = h - g; bare = b / j
  printf "class: %d entries, %d distinct (problem, file) compiles; %s\n", e, d, line
  printf "  gdlab grade --jobs %d, cold cache   %.1f s\n", j, grade
  printf "  bare compiles %.1f s / %d jobs        %.1f s\n", b, j, bare
  printf "  ratio                             %.2fx  (target <= 1.15x)\n", grade / bare
  printf "  gdlab grade, warm cache           %.1f s\n", w - h
  printf "  peak RSS: grader %.1f MB, largest child %.1f MB\n", r / 1024, c / 1024
}'
