#!/usr/bin/env bash
# The acceptance matrix's Gradescope autograder, made as Gradescope makes it: `gdlab export
# gradescope`, unzipped into OUT/source, then the bundle's own setup.sh, as root. Only a compiler
# cache is added (CMake's launcher variable), so that the build compiles what this machine has
# not compiled before. Usage: gradescope.sh GDLAB SOURCE_DIR OUT
set -euo pipefail
gdlab=$1 source=$2 out=$3
((EUID == 0)) || { echo "SKIP: Gradescope runs setup.sh as root; so must this"; exit 77; }
rm -rf "$out" && mkdir -p "$out/source"
GDLAB_ROOT=$source "$gdlab" export gradescope --root "$source" --out "$out/autograder.zip"
unzip -q "$out/autograder.zip" -d "$out/source"  # ./gdlab test installs unzip
[[ ! -e $out/source/build ]] || { echo "FAIL: the bundle carries a build tree"; exit 1; }
cd "$out/source"
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
fi
bash setup.sh >"$out/setup.log" 2>&1 || { tail -50 "$out/setup.log"; echo "FAIL: setup.sh"; exit 1; }
[[ -x build/release/bin/gdlab ]] || { echo "FAIL: setup.sh built no gdlab"; exit 1; }
[[ $(stat -c %a .) == 700 ]] || { echo "FAIL: setup.sh left the bundle open to others"; exit 1; }
echo "Gradescope autograder at $out/source: unzipped and set up by its own setup.sh"
