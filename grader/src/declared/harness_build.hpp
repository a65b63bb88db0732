// Building a declared problem's harness: its generated source compiled once into a library
// beside the program cache, keyed by the source and the exercise header, so submissions link
// with it exactly as they link with a built-in problem's harness.
#pragma once

#include <stdexcept>

#include "build/compile.hpp"
#include "declared/material.hpp"
#include "spec/spec.hpp"

namespace gdlab::declared {

// The instructor's side is wrong: the header does not declare the entries as the spec does.
struct HarnessError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The toolchain to build this problem's submissions with: `base` itself for a built-in problem;
// for a declared one, `base` with harness_dir where its generated harness library is and
// headers where a copy of its exercise header is (a problem added by `gdlab new` needs no
// CMake step). Throws HarnessError with the compiler's message when the harness does not compile.
build::Toolchain toolchain_for(const spec::Problem& problem, const build::Toolchain& base, const Material& material);

}  // namespace gdlab::declared
