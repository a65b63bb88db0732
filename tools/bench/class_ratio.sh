#!/usr/bin/env bash
# A large class of distinct submissions graded from a cold build cache: its time, the grader's
# peak memory, and the ratio to bare compiles of the same files / jobs, in one run.
#   tools/bench/class_ratio.sh [STUDENTS] [JOBS]     (default 200, 2)
# The students are variants of the corpus: the solutions, and every buggy and correct corpus
# submission on top of them, cycled, each file given a comment that names the student, so every
# (problem, file) is distinct and compiled (STUDENTS x 5 compiles). The bare side compiles each
# distinct corpus file once before and once after the grader's run (a trailing comment does not
# change a compile's time) and counts it as many times as the class holds a variant of it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"  # root, gdlab, work, median
students=${1:-200} jobs=${2:-2}
problems=(gd_1d gd_2d momentum linreg wb_regression)

# --- The bases: a folder each, all five files. ---
bases=()
base() {  # base NAME [CORPUS_DIR]: the solutions, with that corpus submission's files on top
  mkdir -p "$work/bases/$1"
  cp "$root"/problems/*/*.cpp "$work/bases/$1/"
  [[ -z ${2:-} ]] || cp "$2"/exercises/*.cpp "$work/bases/$1/"
  bases+=("$1")
}
base solutions
for dir in "$root"/tests/corpus/{buggy,correct}/*/; do
  [[ -d $dir/exercises ]] && base "$(basename "$(dirname "$dir")")_$(basename "$dir")" "$dir"
done

# --- The class: student i is base i mod B, every file marked as theirs. ---
declare -A uses
for ((i = 0; i < students; ++i)); do
  b=${bases[i % ${#bases[@]}]} id=$(printf 's%04d' "$i")
  mkdir -p "$work/class/$id/exercises"
  for p in "${problems[@]}"; do
    { cat "$work/bases/$b/$p.cpp"; printf '\n// %s\n' "$id"; } >"$work/class/$id/exercises/$p.cpp"
  done
  uses[$b]=$(( ${uses[$b]:-0} + 1 ))
done

# --- Bare: each distinct corpus file once, wall and CPU, weighted by how many students hand in
# a variant of it. ---
declare -A weight file_of
for b in "${bases[@]}"; do
  [[ -n ${uses[$b]:-} ]] || continue
  for p in "${problems[@]}"; do
    k=$p-$(md5sum <"$work/bases/$b/$p.cpp" | cut -d' ' -f1)
    weight[$k]=$(( ${weight[$k]:-0} + ${uses[$b]:-0} ))
    file_of[$k]=$work/bases/$b/$p.cpp
  done
done
mkdir -p "$work/bare/exercises"
bare_pass() {
  local wall=0 cpu=0 w c command k p
  for k in "${!weight[@]}"; do
    p=${k%-*}
    command=$("$gdlab" check --submission "$work/bare" --problem "$p" --print-build-command)
    cp "${file_of[$k]}" "$work/bare/exercises/$p.cpp"
    read -r w c < <(cd "$work/bare" && /usr/bin/time -f '%e %U %S' bash -c "$command -o '$work/bare/program' >/dev/null 2>&1" 2>&1 \
                      | tail -1 | awk '{print $1, $2 + $3}')
    wall=$(awk -v a="$wall" -v b="$w" -v n="${weight[$k]}" 'BEGIN {print a + b * n}')
    cpu=$(awk -v a="$cpu" -v b="$c" -v n="${weight[$k]}" 'BEGIN {print a + b * n}')
  done
  echo "$wall $cpu"
}

read -r bare1 bare1_cpu < <(bare_pass)
/usr/bin/time -o "$work/grade.time" -f '%e %U %S %M' \
  "$gdlab" grade "$work/class" --jobs "$jobs" --out "$work/out" --build-cache "$work/cache" >"$work/grade.log" 2>&1 || true
read -r bare2 bare2_cpu < <(bare_pass)
read -r grade grade_cpu grade_rss < <(awk '{print $1, $2 + $3, $4}' "$work/grade.time")
rss=$(grep -o '"grader": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
child=$(grep -o '"largest_child": [0-9]*' "$work/out/batch.json" | grep -o '[0-9]*$')
size=$(du -sk "$work/out" | cut -f1)
awk -v g="$grade" -v gc="$grade_cpu" -v b1="$bare1" -v b2="$bare2" -v c1="$bare1_cpu" -v c2="$bare2_cpu" \
    -v j="$jobs" -v s="$students" -v nb="${#bases[@]}" -v nd="${#weight[@]}" -v r="$rss" -v c="$child" -v kb="$size" \
    -v line="$(tail -1 "$work/grade.log")" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  bare = (b1 + b2) / 2 / j; cpu = (c1 + c2) / 2
  printf "class: %d students from %d corpus bases (%d distinct files), %d distinct compiles; load average after %s\n", s, nb, nd, s * 5, load
  printf "%s\n", line
  printf "  gdlab grade --jobs %d, cold cache   %7.1f s wall  %7.1f s CPU (grader and all its children)\n", j, g, gc
  printf "  bare compiles / %d jobs             %7.1f s wall  %7.1f s CPU (passes: %.1f and %.1f s wall)\n", j, bare, cpu, b1, b2
  printf "  ratio                             %7.2fx wall   %5.2fx CPU\n", g / bare, gc / cpu
  printf "  peak RSS: grader %.1f MB, largest child %.1f MB; output %.1f MB (%.0f KB a student)\n", r / 1024, c / 1024, kb / 1024, kb / s
}'
