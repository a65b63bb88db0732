#!/usr/bin/env bash
# The student workflows' cache (check.yml, classroom.yml). GitHub's actions/cache restores and
# saves two folders between pushes; this script decides what goes into them and whether what
# comes back can be trusted, so that only the first push builds gdlab from scratch.
#
#   ci_cache.sh apt DIR       keep apt's downloads in DIR (before ./gdlab packages); prints key=
#   ci_cache.sh key           the build cache's key= and prefix= (after the packages are installed):
#                             the compiler and every installed package's version, and gdlab's sources
#   ci_cache.sh restore DIR   lay the build kept in DIR into build/release when it can be trusted
#   ci_cache.sh save DIR      keep build/release in DIR for the next push; prints saved=true|false
#
# A cache that is missing, made with other packages or in another folder, or damaged (a file that
# differs from its checksum) is left unused, and gdlab is built as on the first push. One made from
# other sources is used: the files that changed since keep their new time, so ninja rebuilds what
# they affect, and the others get one fixed old time, older than anything built from them.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$root/build/release
unchanged_time=@946684800  # 2000-01-01: the time of every source file the cache was built from

say() { printf 'gdlab CI cache: %s\n' "$*" >&2; }
hash() { sha256sum | cut -c1-16; }

# Every file of the repository gdlab could be built from, with its checksum, sorted: all but
# git's, the build's, and the exercises' own files (a student's edit rebuilds nothing of gdlab).
sources() {
  (cd "$root" && find . \( -path ./.git -o -path ./build \) -prune -o -type f ! -path './exercises/*.cpp' -print0 |
    xargs -0 -r sha256sum) | LC_ALL=C sort
}

# What the build depends on besides the sources: the machine, every installed package's version
# (the compiler, CMake, Eigen, ...), and the folder (CMake's cache names it).
toolchain() {
  uname -m
  dpkg-query -W -f='${Package} ${Version} ${Architecture}\n' 2>/dev/null | LC_ALL=C sort
  printf '%s\n' "$root"
}

apt_cache() {
  local dir=$1
  mkdir -p "$dir/partial"
  chown -R _apt:root "$dir/partial" 2>/dev/null || true  # apt downloads as _apt
  # Debian's container image deletes apt's downloads after each install (docker-clean): they go
  # here instead, where the next push finds them. apt checks each against its index as usual.
  printf 'Dir::Cache::Archives "%s/";\n' "$dir" >"${GDLAB_CI_APT_CONF:-/etc/apt/apt.conf.d/90gdlab-ci-cache}"
  # The package list is in ./gdlab; a new month starts a fresh cache, so it follows Debian's updates.
  echo "key=gdlab-apt-$(uname -m)-$(cat /etc/debian_version 2>/dev/null)-$(date -u +%Y-%m)-$(hash <"$root/gdlab")"
}

build_key() {
  local prefix
  prefix="gdlab-build-$(toolchain | hash)-"
  echo "key=$prefix$(sources | hash)"
  echo "prefix=$prefix"
}

# Why the cache in $1 cannot be used, or nothing.
distrust() {
  local dir=$1
  [[ -d $dir/tree && -f $dir/stamp && -f $dir/SHA256SUMS && -f $dir/sources ]] || { echo missing; return; }
  [[ $(<"$dir/stamp") == "$(toolchain | hash)" ]] || { echo "made with other packages or in another folder"; return; }
  local listed present
  listed=$(wc -l <"$dir/SHA256SUMS") present=$(find "$dir/tree" -type f | wc -l)
  [[ $listed == "$present" ]] || { echo "damaged: it holds $present files, its list $listed"; return; }
  (cd "$dir/tree" && sha256sum --quiet --strict -c "$dir/SHA256SUMS" >/dev/null 2>&1) \
    || { echo "damaged: a file differs from its checksum"; return; }
  [[ -x $dir/tree/bin/gdlab ]] || echo "damaged: it has no gdlab program"
}

# Sets the unchanged sources to the fixed old time; prints how many files changed.
settle_times() {
  local kept=$1 changed
  changed=$(sources | LC_ALL=C comm -13 "$kept" - | wc -l)
  sources | LC_ALL=C comm -12 "$kept" - | cut -c67- | (cd "$root" && xargs -r -d '\n' touch -h -d "$unchanged_time")
  echo "$changed"
}

restore() {
  local dir=$1 why
  if [[ -e $build ]]; then
    say "build/release is already here: it is used as it is"
    return
  fi
  why=$(distrust "$dir")
  if [[ -n $why ]]; then
    [[ $why == missing ]] && say "no build of gdlab kept yet: this run builds it from scratch (about 10 minutes)," \
      "and keeps it, so that the next pushes take about a minute" \
      || say "the kept build is $why: not used; this run builds gdlab from scratch (about 10 minutes) and keeps it again"
    sources | cut -c67- | (cd "$root" && xargs -r -d '\n' touch -h -d "$unchanged_time")  # as a later restore will
    return
  fi
  mkdir -p "$(dirname "$build")"
  cp -a "$dir/tree" "$build"
  local changed
  changed=$(settle_times "$dir/sources")
  if [[ $changed == 0 ]]; then say "gdlab's build restored from the cache: nothing of gdlab to rebuild"
  else say "gdlab's build restored from the cache: $changed file(s) changed since it was kept, only what they affect is rebuilt"
  fi
}

save() {
  local dir=$1
  # Only a build that is whole and current for these sources: one that failed halfway would be
  # taken for current next time.
  if [[ ! -x $build/bin/gdlab ]] || ninja -C "$build" -n gdlab_cli 2>/dev/null | grep -q -E '(Building|Linking) '; then
    say "gdlab's build is not complete: nothing kept"
    echo "saved=false"
    return
  fi
  rm -rf "$dir.new" && mkdir -p "$dir.new"
  cp -a "$build" "$dir.new/tree"
  # The programs and kept results of this run's submissions are not gdlab's; the harnesses are.
  find "$dir.new/tree/submission-cache" -mindepth 1 -maxdepth 1 ! -name harness -exec rm -rf {} + 2>/dev/null || true
  (cd "$dir.new/tree" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) >"$dir.new/SHA256SUMS"
  sources >"$dir.new/sources"
  toolchain | hash >"$dir.new/stamp"
  rm -rf "$dir" && mv "$dir.new" "$dir"
  say "gdlab's build kept for the next push ($(du -sh "$dir" | cut -f1))"
  echo "saved=true"
}

case ${1:-} in
  apt) apt_cache "${2:?ci_cache.sh apt DIR}" ;;
  key) build_key ;;
  restore) restore "${2:?ci_cache.sh restore DIR}" ;;
  save) save "${2:?ci_cache.sh save DIR}" ;;
  *) sed -n '2,11p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
