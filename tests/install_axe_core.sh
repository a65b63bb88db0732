#!/usr/bin/env bash
# The accessibility tests' set-up: axe-core (the npm package, a test-only tool Debian lacks)
# installed from the npm registry into a folder of the build tree, once. Never committed,
# never needed by a student's ./gdlab check. Without it the tests must fail, not pass: this
# script fails with one clear line when npm is missing or cannot reach the registry.
# Usage: install_axe_core.sh PREFIX   (axe.min.js ends up in PREFIX/node_modules/axe-core/)
set -euo pipefail
prefix=$1
want=4  # the major version the tests are written against (axe.run, the wcag21aa tags)
file=$prefix/node_modules/axe-core/axe.min.js
fail() { echo "FAIL: $*"; exit 1; }

installed() {
  [[ -s $file ]] || return 1
  local version
  version=$(sed -n 's/.*"version": *"\([0-9]*\)\..*/\1/p' "$prefix/node_modules/axe-core/package.json" | head -n 1)
  [[ $version == "$want" ]]
}
if installed; then
  echo "axe-core $want already installed in $prefix"
  exit 0
fi
command -v npm >/dev/null ||
  fail "npm is not installed, and the accessibility tests need it to install axe-core: apt-get install npm"
mkdir -p "$prefix"
log=$prefix/npm-install.log
if ! timeout 300 npm install --prefix "$prefix" --no-audit --no-fund --no-save "axe-core@$want" >"$log" 2>&1; then
  tail -n 15 "$log"
  fail "npm could not install axe-core@$want from the npm registry (log above, also in $log); the accessibility tests need it"
fi
installed || fail "npm install said it worked, but $file is not axe-core $want"
echo "axe-core $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$prefix/node_modules/axe-core/package.json" | head -n 1) installed in $prefix"
