# Sourced by the scripts in tools/bench/: the repository, the release gdlab, a scratch folder
# removed on exit, and the median of the numbers on stdin.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
gdlab="$root/build/release/bin/gdlab"
[[ -x $gdlab ]] || { echo "build first: ./gdlab --help" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
