#!/bin/bash
# grader/student/ci_cache.sh as the student workflows drive it (key, restore, build, save), on a
# small repository whose "build" is a hand-written build.ninja (two programs, each from one
# source), so that ninja says what it would rebuild. A saved then restored build rebuilds nothing;
# one from other sources rebuilds only what changed; a missing cache, one made with other packages
# and a damaged one are each left unused with the line that says so, and the build from scratch
# still happens. dpkg-query is a stand-in whose package versions the test chooses.
set -uo pipefail
source_dir=$1
command -v ninja >/dev/null || { echo "ninja is not installed: skipped"; exit 77; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
repo=$scratch/repo cache=$scratch/cache failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

mkdir -p "$scratch/bin" "$repo/grader/student" "$repo/src"
cat >"$scratch/bin/dpkg-query" <<'EOF'
#!/bin/sh
printf 'g++ %s amd64\nlibeigen3-dev 3.4.0-4 all\n' "$FAKE_GXX_VERSION"
EOF
chmod +x "$scratch/bin/dpkg-query"
export PATH=$scratch/bin:$PATH FAKE_GXX_VERSION=4:12.2.0-3
cp "$source_dir/grader/student/ci_cache.sh" "$repo/grader/student/"
echo 'int main() {}' >"$repo/src/gdlab.cpp"
echo 'int helper() {}' >"$repo/src/helper.cpp"
echo 'void student();' >"$repo/src/exercise.hpp"
# What `cmake --preset release` would write: build.ninja, regenerated when configure.sh changes.
cat >"$repo/configure.sh" <<'EOF'
#!/bin/sh
root=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$root/build/release/bin"
cat >"$root/build/release/build.ninja" <<NINJA
rule configure
  command = $root/configure.sh
  generator = 1
  description = Re-running CMake
rule link
  command = cat \$in >\$out && chmod +x \$out
  description = Linking \$out
build build.ninja: configure $root/configure.sh
build bin/gdlab: link $root/src/gdlab.cpp
build bin/helper: link $root/src/helper.cpp
build gdlab_cli: phony bin/gdlab bin/helper
NINJA
EOF
chmod +x "$repo/configure.sh"
cache_sh=$repo/grader/student/ci_cache.sh

# As a fresh checkout on a runner: no build tree, every file as new as the clone.
fresh_clone() { rm -rf "$repo/build" && find "$repo" -type f -exec touch {} +; }
# The workflow's "Build and grade" step: configure if there is no build tree, then build.
build() { [[ -f $repo/build/release/build.ninja ]] || "$repo/configure.sh"; ninja -C "$repo/build/release" gdlab_cli; }
# restore_then_build EXPECTED_LINE NINJA_EXPECTED WHAT
restore_then_build() {
  local said built
  said=$("$cache_sh" restore "$cache" 2>&1)
  [[ $said == *"$1"* ]] || fail "$3: restore said '$said', expected '$1'"
  built=$(build 2>&1)
  [[ $built == *"$2"* ]] || fail "$3: the build said '$built', expected '$2'"
}
key() { "$cache_sh" key | sed -n "s/^$1=//p"; }

# The first push: nothing kept yet.
fresh_clone
restore_then_build "no build of gdlab kept yet" "Linking bin/gdlab" "the first push"
first_key=$(key key) first_prefix=$(key prefix)
[[ $("$cache_sh" save "$cache" 2>/dev/null) == saved=true ]] || fail "the first push's build was not saved"

# The next push, same sources: the kept build is used and nothing is rebuilt.
fresh_clone
[[ $(key key) == "$first_key" ]] || fail "the same sources and packages gave another key"
restore_then_build "nothing of gdlab to rebuild" "no work to do" "an unchanged push"

# A student's edit of their exercise: not one of gdlab's sources, same key, nothing rebuilt.
mkdir -p "$repo/exercises" && echo 'int answer = 42;' >"$repo/exercises/gd_1d.cpp"
[[ $(key key) == "$first_key" ]] || fail "a student's exercise changed the build's key"

# A push that changed one of gdlab's sources: restored under the prefix, only that program relinked.
fresh_clone && echo '// changed' >>"$repo/src/gdlab.cpp"
[[ $(key key) != "$first_key" && $(key prefix) == "$first_prefix" ]] ||
  fail "a changed source must change the key and keep the prefix (restore-keys)"
said=$("$cache_sh" restore "$cache" 2>&1)
[[ $said == *"1 file(s) changed since it was kept"* ]] || fail "a changed source: restore said '$said'"
plan=$(ninja -C "$repo/build/release" -n gdlab_cli 2>&1)
[[ $plan == *"Linking bin/gdlab"* && $plan != *"bin/helper"* ]] || fail "a changed source: ninja plans '$plan'"
build >/dev/null && "$cache_sh" save "$cache" >/dev/null 2>&1

# A cache whose files were changed after it was saved: not used, built from scratch.
fresh_clone && echo 'tampered' >>"$cache/tree/bin/helper"
restore_then_build "damaged: a file differs from its checksum" "Linking bin/gdlab" "a damaged cache"
"$cache_sh" save "$cache" >/dev/null 2>&1
fresh_clone && echo 'extra' >"$cache/tree/bin/extra"
restore_then_build "damaged: it holds" "Linking bin/gdlab" "a cache with a file more"
"$cache_sh" save "$cache" >/dev/null 2>&1

# Another compiler: another key (no prefix in common), and a cache that comes back anyway is not used.
fresh_clone
FAKE_GXX_VERSION=4:12.2.0-14
[[ $(key prefix) != "$first_prefix" ]] || fail "other packages kept the build key's prefix"
restore_then_build "made with other packages" "Linking bin/gdlab" "a cache of other packages"
FAKE_GXX_VERSION=4:12.2.0-3

# No cache came back at all.
fresh_clone && rm -rf "$cache"
restore_then_build "no build of gdlab kept yet" "Linking bin/gdlab" "a missing cache"

# A build that stopped halfway is not kept: it would pass for current on the next push.
touch "$repo/src/helper.cpp"
out=$("$cache_sh" save "$cache" 2>&1)
[[ $out == *"saved=false"* && ! -e $cache ]] || fail "a build with a step left was saved: '$out'"
build >/dev/null && rm "$repo/build/release/bin/gdlab"
out=$("$cache_sh" save "$cache" 2>&1)
[[ $out == *"saved=false"* && ! -e $cache ]] || fail "a build without its program was saved: '$out'"

# The apt cache: a key, and apt's configuration pointing its downloads at the folder.
echo 'packages=(g++)' >"$repo/gdlab"
out=$(GDLAB_CI_APT_CONF=$scratch/apt.conf "$cache_sh" apt "$scratch/apt")
[[ $out == key=gdlab-apt-* && $(<"$scratch/apt.conf") == *"\"$scratch/apt/\""* ]] ||
  fail "apt: printed '$out', wrote '$(cat "$scratch/apt.conf" 2>/dev/null)'"

((failures == 0)) && echo "all passed"
exit $((failures > 0))
