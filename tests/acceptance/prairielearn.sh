#!/usr/bin/env bash
# The acceptance matrix's PrairieLearn grader image, made as its Dockerfile makes it: the folder
# `gdlab export prairielearn` writes, copied to the image's /gdlab (COPY . /gdlab), then the
# image's own setup (RUN grader/platforms/prairielearn/setup). Docker itself cannot run here.
# Usage: prairielearn.sh GDLAB SOURCE_DIR OUT
set -euo pipefail
gdlab=$1 source=$2 out=$3
((EUID == 0)) || { echo "SKIP: the image is built and run as root; so must this"; exit 77; }
rm -rf "$out" && mkdir -p "$out"
GDLAB_ROOT=$source "$gdlab" export prairielearn --root "$source" --out "$out/gdlab"
for folder in build .git solutions tests tools; do
  [[ ! -e $out/gdlab/$folder ]] || { echo "FAIL: the image would carry $folder/"; exit 1; }
done
[[ -z $(find "$out/gdlab/problems" -path '*/mistakes/*' -print -quit) ]] || { echo "FAIL: the image would carry mistake files"; exit 1; }
dockerfile=$out/gdlab/grader/platforms/prairielearn/Dockerfile
grep -q '^COPY \. /gdlab$' "$dockerfile" && grep -q '^RUN /gdlab/grader/platforms/prairielearn/setup /gdlab' "$dockerfile" \
  || { echo "FAIL: the Dockerfile no longer copies the folder and runs setup as this test does"; exit 1; }
"$out/gdlab/grader/platforms/prairielearn/setup" "$out/gdlab" >"$out/setup.log" 2>&1 \
  || { tail -50 "$out/setup.log"; echo "FAIL: setup"; exit 1; }
echo "PrairieLearn image at $out/gdlab: exported, copied and set up by its own setup"
