#!/usr/bin/env bash
# `gdlab grade --jobs J` on a class of 40 submissions from a cold build cache, against the sum
# of bare compiler calls (the same flags, `check --print-build-command`) on the distinct files of
# the same class divided by J, measured in the same run. Identical submissions are free in the
# grader, so the bare sum counts each distinct (problem, file) once. Also the grader's peak
# memory (its own, and the largest child it waited for: a compiler or a test program).
#   tools/bench/batch_ratio.sh [JOBS] [SPEC]   (default 2, tests/batch/class_spec.yaml)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
jobs=${1:-2} spec=${2:-$root/tests/batch/class_spec.yaml}
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
solutions=("$root"/problems/*/*.cpp)
stubs=("$root"/exercises/*.cpp)
for id in sol_1 sol_2 sol_3 sol_4 sol_5; do folder "$id" "${solutions[@]}"; done
folder partial "$root/problems/gd_1d/gd_1d.cpp"
folder cheater "${stubs[@]}"   # and an edited grader, which is never read
mkdir -p "$subs/cheater/grader/harness" && echo 'int main() {}' >"$subs/cheater/grader/harness/gd_1d_main.cpp"
(cd "$subs/sol_1" && tar -czf "$subs/sol_tgz.tar.gz" exercises && tar -czf "$subs/sol_tgz2.tar.gz" exercises)
if command -v zip >/dev/null; then (cd "$subs/sol_1" && zip -qr "$subs/sol_zip.zip" exercises); fi
folder stubs "${stubs[@]}"
# The buggy corpus and the hostile sample the batch test uses (the whole hostile corpus holds
# compile-time bombs that only measure the compiler's time limit).
hostile_sample=" fork_bomb infinite_loop memory_bomb reads_secrets writes_outside fake_result_frame include_etc_passwd "
for corpus in buggy hostile; do
  for dir in "$root/tests/corpus/$corpus"/*/; do
    [[ -d $dir/exercises ]] || continue
    [[ $corpus == hostile && $hostile_sample != *" $(basename "$dir") "* ]] && continue
    id=${corpus}_$(basename "$dir")
    folder "$id" "${solutions[@]}"
    cp "$dir"/exercises/*.cpp "$subs/$id/exercises/"
    cp "$dir"/exercises/*.cpp "$sources/$n/exercises/"
  done
done
mkdir -p "$work/origin/exercises" && cp "${stubs[@]}" "$work/origin/exercises/" && cp "$root/problems/gd_1d/gd_1d.cpp" "$work/origin/exercises/"
(cd "$work/origin" && git init -q && git add -A && git -c user.name=s -c user.email=s@example.org commit -qm w \
  && git clone -q "$work/origin" "$subs/git_student") 2>/dev/null || cp -r "$work/origin" "$subs/git_student"
mkdir -p "$sources/$((++n))" && cp -r "$work/origin/exercises" "$sources/$n/"
mkdir -p "$subs/empty" && echo "not a zip" >"$subs/corrupt.zip" && echo "notes" >"$subs/notes.txt"
entries=$(find "$subs" -mindepth 1 -maxdepth 1 | wc -l)

# --- Bare compiles of the distinct files, one after another (wall and CPU time). ---
mkdir -p "$work/bare/exercises"
list=$work/distinct
declare -A seen
for problem in gd_1d gd_2d momentum linreg wb_regression; do
  for file in "$sources"/*/exercises/"$problem".cpp; do
    [[ -f $file ]] || continue
    sum=$(md5sum <"$file" | cut -d' ' -f1)
    [[ -z ${seen[$problem$sum]:-} ]] || continue
    seen[$problem$sum]=1
    echo "$problem $file" >>"$list"
  done
done
distinct=$(wc -l <"$list")
bare_pass() {  # prints "wall cpu" summed over the distinct files
  local problem file command wall=0 cpu=0 w c
  while read -r problem file; do
    command=$("$gdlab" check --submission "$work/bare" --problem "$problem" --spec "$spec" --print-build-command)
    cp "$file" "$work/bare/exercises/$problem.cpp"
    # compile errors count too: the grader compiles those files as well
    read -r w c < <(cd "$work/bare" && /usr/bin/time -f '%e %U %S' bash -c "$command -o '$work/bare/program' >/dev/null 2>&1" 2>&1 \
                      | tail -1 | awk '{print $1, $2 + $3}')
    wall=$(awk -v a="$wall" -v b="$w" 'BEGIN {print a + b}')
    cpu=$(awk -v a="$cpu" -v b="$c" 'BEGIN {print a + b}')
  done <"$list"
  echo "$wall $cpu"
}

# --- Bare, grader cold, bare again (the machine is shared: the two bare passes bracket the
# grader's run, and their mean is the reference), then the grader warm. ---
read -r bare1 bare1_cpu < <(bare_pass)
/usr/bin/time -o "$work/grade.time" -f '%e %U %S' \
  "$gdlab" grade "$subs" --spec "$spec" --jobs "$jobs" --out "$work/out" --build-cache "$work/cache" >"$work/grade.log" 2>&1
read -r bare2 bare2_cpu < <(bare_pass)
t0=$(date +%s.%N)
"$gdlab" grade "$subs" --spec "$spec" --jobs "$jobs" --out "$work/out2" --build-cache "$work/cache" >/dev/null 2>&1
t1=$(date +%s.%N)
# The same class again into the same folder: nothing changed, so nothing is graded.
"$gdlab" grade "$subs" --spec "$spec" --jobs "$jobs" --out "$work/out" --build-cache "$work/cache" >/dev/null 2>&1
t2=$(date +%s.%N)
read -r grade grade_cpu < <(awk '{print $1, $2 + $3}' "$work/grade.time")
rss=$(grep -o '"grader": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
child=$(grep -o '"largest_child": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
awk -v g="$grade" -v gc="$grade_cpu" -v b1="$bare1" -v b2="$bare2" -v c1="$bare1_cpu" -v c2="$bare2_cpu" \
    -v j="$jobs" -v d="$distinct" -v e="$entries" -v w0="$t0" -v w1="$t1" -v w2="$t2" -v r="$rss" -v c="$child" \
    -v line="$(tail -1 "$work/grade.log")" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  bare = (b1 + b2) / 2 / j; cpu = (c1 + c2) / 2
  printf "class: %d entries, %d distinct (problem, file) compiles; load average %s\n", e, d, load
  printf "%s\n", line
  printf "  gdlab grade --jobs %d, cold cache   %6.1f s wall  %6.1f s CPU (grader and all its children)\n", j, g, gc
  printf "  bare compiles / %d jobs             %6.1f s wall  %6.1f s CPU (passes: %.1f and %.1f s wall)\n", j, bare, cpu, b1, b2
  printf "  ratio                             %6.2fx wall   %5.2fx CPU  (target <= 0.5x)\n", g / bare, gc / cpu
  printf "  gdlab grade, warm cache, new out  %6.1f s wall (every test runs again; programs and failed compiles cached)\n", w1 - w0
  printf "  gdlab grade, unchanged class      %6.1f s wall (the same out: every student done before)\n", w2 - w1
  printf "  peak RSS: grader %.1f MB, largest child %.1f MB\n", r / 1024, c / 1024
}'
