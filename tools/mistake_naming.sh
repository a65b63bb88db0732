#!/usr/bin/env bash
# How well gdlab names the mistake of a wrong submission, over the whole wrong corpus: the blind
# submissions of tests/corpus/unseen/ (issue 27) and the plausible mistakes of tests/corpus/buggy/.
# Grades them all as one class (one `gdlab grade`, its build cache kept in WORK) and prints, per
# problem: wrong submissions, named rightly, named with another mistake beside the right one,
# named wrongly, unnamed, and unnamed with a "what differs first" note.
#
#   tools/mistake_naming.sh [--check | --write] [--gdlab BIN] [--work DIR] [--jobs N]
#   tools/mistake_naming.sh --grades DIR   counts an earlier `gdlab grade --out DIR` instead
#
# "Rightly" is the one table from a bug's kind to the mistake that should name it: the `kind:`
# lines of tests/corpus/unseen/<problem>/expected.txt (`a|b` where students write the kind in two
# ways that give two results), and the first `mistake:` line of each buggy case's expected.txt
# (cases with none are not counted: compile errors, the hostile ones). A name beside the right
# one ("+another") is a coin toss for the student: two mistakes no failed test tells apart.
# --check also compares each blind submission's score, verdicts and named mistakes with its row of
# expected.txt and exits 1 on any difference (ctest runs it); --write rewrites those rows from
# what gdlab says now (review the diff before committing it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=report gdlab="$root/build/release/bin/gdlab" work="$root/build/release/mistake_naming" jobs=2 grades=
while (($#)); do
  case $1 in
    --check | --write) mode=${1#--} ;;
    --gdlab) gdlab=$2 && shift ;;
    --work) work=$2 && shift ;;
    --jobs) jobs=$2 && shift ;;
    --grades) grades=$2 && shift ;;
    *) echo "usage: $0 [--check | --write] [--gdlab BIN] [--work DIR] [--jobs N] [--grades DIR]" >&2 && exit 2 ;;
  esac
  shift
done
[[ -x $gdlab ]] || { echo "$gdlab is not built: run ./gdlab --help first, or pass --gdlab" >&2 && exit 2; }
command -v jq > /dev/null || { echo "jq is missing: apt-get install jq" >&2 && exit 2; }

unseen=$root/tests/corpus/unseen buggy=$root/tests/corpus/buggy
if [[ -z $grades ]]; then
  grades=$work/grades class=$work/class
  rm -rf "$class" && mkdir -p "$class" "$work"
  # The class: a student per submission, named by its folder (unseen slugs and buggy cases differ).
  for dir in "$unseen"/*/*/ "$buggy"/*/; do
    dir=${dir%/}
    [[ -d $dir/exercises ]] || continue
    mkdir -p "$class/$(basename "$dir")" && cp -r "$dir/exercises" "$class/$(basename "$dir")/"
  done
  # Only the submissions' own problems run: every other file is missing, which costs nothing.
  if ! "$gdlab" grade "$class" --out "$grades" --build-cache "$work/cache" --jobs "$jobs" --force \
    > "$work/grade.log" 2>&1; then
    grep -q "students in" "$work/grade.log" || { cat "$work/grade.log" >&2 && exit 3; }
  fi
fi
mkdir -p "$work"

# Per student, the problem it handed in: problem, score, verdicts, named (explain every failed
# test, as grading/explain.cpp decides), partly named, failed tests, notes saying what differs.
summarise='
def explainable: .verdict == "failed" and any(.checks[]; (.passed | not) and .kind != "called_twice");
def common: if length == 0 then [] else reduce .[1:][] as $s (.[0]; map(select(. as $m | $s | index($m)))) end;
.problems[] | select(any(.tests[]; .verdict != "missing"))
| [.tests[] | select(explainable)] as $failed
| ([$failed[] | [.diagnoses[].mistake] | unique] | common) as $named
| ([$failed[].diagnoses[].mistake] | unique | map(select(. as $m | $named | index($m) | not))) as $partly
| [.id, "\([.tests[] | select(.verdict == "passed") | .max_score] | add // 0)/\([.tests[].max_score] | add)",
   ([.tests[].verdict] | join(",")), (if $named == [] then "-" else $named | join(",") end),
   (if $partly == [] then "-" else $partly | join(",") end), ($failed | length),
   ([$failed[] | select(.diagnosis_note | test("what differs first"))] | length)] | join(" | ")'
rows=$work/rows.txt
: > "$rows"
for student in "$grades"/students/*/; do
  id=$(basename "$student")
  compgen -G "$unseen/*/$id" > /dev/null || [[ -d $buggy/$id ]] || continue  # kept out of the corpus
  echo "$id | $(gzip -dc "$student/report.json.gz" | jq -r "$summarise")" >> "$rows"
done

field() { cut -d'|' -f"$1" <<< "$2" | xargs; }
# The mistake a submission should be named with ("none": no mistake of the catalogue is it).
should_name() {
  local id=$1 problem=$2
  if [[ -d $unseen/$problem/$id ]]; then
    local kind
    kind=$(sed -n 's/^kind: //p' "$unseen/$problem/$id/bug.txt")
    sed -n "s/^kind: $kind = //p" "$unseen/$problem/expected.txt"
  else
    grep '^mistake: ' "$buggy/$id/expected.txt" | grep -v ' explains ' | sed 's/^mistake: //' | head -1 || true
  fi
}

differences=0
declare -A wrong rightly alongside wrongly unnamed noted
while IFS= read -r row; do
  id=$(field 1 "$row") problem=$(field 2 "$row") named=$(field 5 "$row")
  failed=$(field 7 "$row") notes=$(field 8 "$row")
  want=$(should_name "$id" "$problem")
  if [[ -d $unseen/$problem/$id && $mode != report ]]; then
    got="$id | $(field 3 "$row") | $(field 4 "$row") | $named"
    expected=$(grep "^$id | " "$unseen/$problem/expected.txt" || true)
    if [[ $mode == check && $got != "$expected" ]]; then
      echo "$problem/$id: expected \"$expected\", got \"$got\"" >&2
      differences=$((differences + 1))
    fi
    [[ $mode == write ]] && echo "$got" >> "$work/$problem.rows"
  fi
  [[ -z $want ]] && continue  # a buggy case with no mistake line: not a wrong submission to name
  wrong[$problem]=$((${wrong[$problem]:-0} + 1))
  if [[ $named == - ]]; then
    unnamed[$problem]=$((${unnamed[$problem]:-0} + 1))
    ((failed > 0 && notes == failed)) && noted[$problem]=$((${noted[$problem]:-0} + 1))
  elif [[ "|$want|" == *"|$named|"* ]]; then  # "a|b": a kind written in two ways that give two results
    rightly[$problem]=$((${rightly[$problem]:-0} + 1))
  elif [[ ,$named, == *,${want%%|*},* ]]; then
    alongside[$problem]=$((${alongside[$problem]:-0} + 1))
  else
    wrongly[$problem]=$((${wrongly[$problem]:-0} + 1))
    echo "named wrongly: $problem/$id is named $named; it should be $want" >&2
  fi
done < "$rows"

if [[ $mode == write ]]; then
  for table in "$unseen"/*/expected.txt; do
    problem=$(basename "$(dirname "$table")")
    { grep -v '^[a-z0-9_]* | ' "$table" || true; sort "$work/$problem.rows"; } > "$table.new" && mv "$table.new" "$table"
    rm -f "$work/$problem.rows"
  done
fi

printf '%-14s %6s %8s %10s %8s %8s %14s\n' problem wrong rightly "+another" wrongly unnamed "with a note"
total=(0 0 0 0 0 0)
for problem in $(printf '%s\n' "${!wrong[@]}" | sort); do
  counts=("${wrong[$problem]}" "${rightly[$problem]:-0}" "${alongside[$problem]:-0}" "${wrongly[$problem]:-0}"
    "${unnamed[$problem]:-0}" "${noted[$problem]:-0}")
  printf '%-14s %6d %8d %10d %8d %8d %14d\n' "$problem" "${counts[@]}"
  for i in "${!counts[@]}"; do total[i]=$((total[i] + counts[i])); done
done
printf '%-14s %6d %8d %10d %8d %8d %14d\n' all "${total[@]}"
echo "named rightly: $((100 * total[1] / total[0]))%; named with another beside it: $((100 * total[2] / total[0]))%"
if ((differences)); then
  echo "$differences blind submissions got other verdicts or names than their expected.txt says" >&2
  exit 1
fi
