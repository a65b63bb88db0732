#!/bin/bash
# Fails when a file of the grader includes a header of a folder that is not below its own in
# grader/layers.txt (same line, a line further down, or no line at all), naming each such
# #include with file:line. Usage: tools/check_layers.sh [GRADER_DIR]   (default: ./grader)
#   --graph: print the folder-to-folder include graph (with counts) instead.
set -euo pipefail
graph=0
if [[ ${1:-} == --graph ]]; then graph=1; shift; fi
grader=${1:-grader}
layers=$grader/layers.txt
folders=$(find "$grader/src" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)

# Each include of a grader folder's header, as "file line from to". src/main.cpp sits above
# every layer and is not checked.
includes() {
  (cd "$grader" && grep -Hn '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]*/' src/*/*.[ch]pp 2>/dev/null || true) |
    sed -E 's#^([^:]+):([0-9]+):[^"]*"([a-z_]+)/.*#\1 \2 \3#' |
    awk '{ split($1, p, "/"); print $1, $2, p[2], $3 }'
}

if ((graph)); then
  includes | awk -v folders="$folders" 'BEGIN { n = split(folders, f, "\n"); for (i = 1; i <= n; i++) known[f[i]] = 1 }
    $3 != $4 && ($4 in known) { print $3 " -> " $4 }' | sort | uniq -c
  exit 0
fi

[[ -f $layers ]] || { echo "check_layers: no $layers" >&2; exit 2; }
includes | awk -v layers="$layers" -v folders="$folders" -v root="$grader" '
  BEGIN {
    while ((getline line < layers) > 0) {
      if (line ~ /^[[:space:]]*(#|$)/) continue
      n = split(line, words, /[[:space:]]+/); ++level
      for (i = 1; i <= n; i++) if (words[i] != "") layer[words[i]] = level
    }
    n = split(folders, f, "\n")
    for (i = 1; i <= n; i++) {
      if (!(f[i] in layer)) { printf "%s/src/%s/ is in no layer of %s\n", root, f[i], layers; bad++ }
      folder[f[i]] = 1
    }
  }
  $3 == $4 || !($4 in folder) { next }   # its own folder, or not a grader folder (gdlab/, Eigen/)
  !(layer[$4] < layer[$3]) {
    printf "%s/%s:%s: %s/ includes %s/, which is not below it in %s\n", root, $1, $2, $3, $4, layers
    bad++
  }
  END { exit bad ? 1 : 0 }'
