#!/bin/bash
# ./gdlab's first build, as a student (or CI's log) sees it, with cmake a stand-in that writes
# ninja's "[k/N] ..." lines, one step taking 12 s: one line first saying what it does and how long
# it usually takes, then the steps done of all, never more than a few seconds of silence, and the
# time it took. A later build that is quick says nothing; a failed one shows the log.
set -uo pipefail
source_dir=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
repo=$scratch/repo failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

mkdir -p "$scratch/bin" "$repo"
cp "$source_dir/gdlab" "$repo/"
printf '#!/bin/sh\necho "install ok installed"\n' >"$scratch/bin/dpkg-query"  # every package is there
cat >"$scratch/bin/cmake" <<'EOF'
#!/bin/bash
if [[ $1 == --preset ]]; then  # run in the repository
  mkdir -p "build/$2" && : >"build/$2/build.ninja" && echo "-- Configuring done"
  exit 0
fi
dir=$2  # --build DIR --target TARGET
echo "[1/3] Building CXX object a.o"
sleep "${FAKE_LONG_STEP:-0}"
echo "[2/3] Building CXX object b.o"
[[ -z ${FAKE_FAIL:-} ]] || { echo "b.cpp:1: error: expected ';'"; exit 1; }
echo "[3/3] Linking CXX executable bin/gdlab"
mkdir -p "$dir/bin" && printf '#!/bin/sh\necho "gdlab ran: $*"\n' >"$dir/bin/gdlab" && chmod +x "$dir/bin/gdlab"
EOF
chmod +x "$scratch/bin/"*
export PATH=$scratch/bin:$PATH

# run_gdlab ARGS...: stderr's lines, each after the seconds since the start; stdout in $scratch/out.
run_gdlab() {
  local start
  start=$(date +%s.%N)
  "$repo/gdlab" "$@" 2>&1 >"$scratch/out" | while IFS= read -r line; do
    printf '%s %s\n' "$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN {printf "%.1f", n - s}')" "$line"
  done >"$scratch/err"
}
# The longest time stderr was silent: from the start to its first line, between two, to the end.
longest_silence() {
  awk -v end="$1" '{if ($1 - last > most) most = $1 - last; last = $1} END {if (end - last > most) most = end - last; print most + 0}' "$scratch/err"
}

SECONDS=0
FAKE_LONG_STEP=12 run_gdlab --help
took=$SECONDS
err=$(cut -d' ' -f2- "$scratch/err")
first=$(head -1 <<<"$err")
[[ $first =~ ^gdlab:\ first\ build:\ .*about\ [0-9]+\ minutes?\ on\ [0-9]+\ cores?\;\ later\ runs ]] ||
  fail "the first line does not say what the build does and how long it takes: '$first'"
grep -q '^gdlab: building: 1 of 3 steps, 0:0[5-9]$' <<<"$err" ||
  fail "no progress line with the steps during the long step:"$'\n'"$err"
grep -q '^gdlab: built in 0:1[0-9]$' <<<"$err" || fail "no line saying how long the build took:"$'\n'"$err"
silence=$(longest_silence "$took")
awk -v s="$silence" 'BEGIN {exit !(s <= 6)}' || fail "silent for $silence s:"$'\n'"$(cat "$scratch/err")"
[[ $(<"$scratch/out") == "gdlab ran: --help" ]] || fail "the program did not run after the build: '$(<"$scratch/out")'"
grep -q '^\[3/3\] Linking' "$repo/build/release.log" || fail "the build's lines are not in build/release.log"

# A later, quick build: not a word.
run_gdlab --help
[[ ! -s $scratch/err ]] || fail "a quick rebuild printed:"$'\n'"$(cat "$scratch/err")"

# A failed build: the compiler's error, and where the log is.
FAKE_FAIL=1 run_gdlab --help
grep -q "b.cpp:1: error: expected ';'" "$scratch/err" && grep -q 'build (release) failed: full log in' "$scratch/err" ||
  fail "a failed build did not show its error:"$'\n'"$(cat "$scratch/err")"

((failures == 0)) && echo "all passed"
exit $((failures > 0))
