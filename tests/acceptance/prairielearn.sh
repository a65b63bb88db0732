#!/usr/bin/env bash
# The acceptance matrix's PrairieLearn grader image, made as its Dockerfile makes it: the
# repository copied without what Dockerfile.dockerignore leaves out (COPY . /gdlab), then the
# image's own setup (RUN grader/platforms/prairielearn/setup). Docker itself cannot run here.
# Usage: prairielearn.sh SOURCE_DIR OUT
set -euo pipefail
source=$1 out=$2
((EUID == 0)) || { echo "SKIP: the image is built and run as root; so must this"; exit 77; }
rm -rf "$out" && mkdir -p "$out/gdlab"
ignored=()
while read -r line; do
  [[ -z $line || $line == \#* ]] || ignored+=(--exclude="./$line")
done <"$source/grader/platforms/prairielearn/Dockerfile.dockerignore"
tar -C "$source" "${ignored[@]}" -cf - . | tar -C "$out/gdlab" -xf -
[[ ! -e $out/gdlab/build ]] || { echo "FAIL: the image would carry a build tree"; exit 1; }
grep -q '^RUN /gdlab/grader/platforms/prairielearn/setup /gdlab' "$source/grader/platforms/prairielearn/Dockerfile" \
  || { echo "FAIL: the Dockerfile no longer runs setup as this test does"; exit 1; }
"$out/gdlab/grader/platforms/prairielearn/setup" "$out/gdlab" >"$out/setup.log" 2>&1 \
  || { tail -50 "$out/setup.log"; echo "FAIL: setup"; exit 1; }
echo "PrairieLearn image at $out/gdlab: copied and set up by its own setup"
