#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (the base image is
# Ubuntu 22.04), from /autograder/source, where the bundle (gdlab export gradescope) is unpacked.
# It installs what ./gdlab installs and builds the gdlab binary that run_autograder uses.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# ./gdlab's package list (a test checks that every package it names is here).
packages=(cmake ninja-build g++ libeigen3-dev libyaml-cpp-dev libfmt-dev libgtest-dev
          libgmock-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev libseccomp-dev pkg-config
          libarchive-dev libcpp-httplib-dev git
          libxml2-utils libjson-validator-perl)
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"

# The grader only: no tests or benchmarks in the image.
cmake --preset release -DGDLAB_BUILD_TESTS=OFF -DGDLAB_BUILD_BENCH=OFF
cmake --build build/release --target gdlab_cli
build/release/bin/gdlab --help >/dev/null
# The precompiled exercise headers, made here in the image rather than at every submission's
# first compile: a check of the stubs (visible tests only: no sandbox needed) builds them.
build/release/bin/gdlab check --submission . --visible-only >/dev/null 2>&1 || true
# No solution or mistake file is built here: the bundle carries none, only their results on every
# test (grader/specs/pinned/, made by gdlab export where the instructor saw them build and run).
# The spec (with its hidden tests), the pinned results and the grader are root's alone;
# run_autograder closes the results folder too before each run (submissions run as another uid).
chmod -R go-rwx .
