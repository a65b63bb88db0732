// What a shipped problem's submissions are built with: the installed toolchain with that
// problem's harness, generated from its declaration (no harness is built with gdlab itself).
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>

#include "build/compile.hpp"
#include "declared/harness_build.hpp"
#include "declared/material.hpp"
#include "support.hpp"

namespace gdlab::test_support {

inline build::Toolchain toolchain_of(const std::string& id, build::Toolchain base = build::Toolchain::installed()) {
  const auto& problems = shipped_spec().problems;
  const auto problem =
      std::find_if(problems.begin(), problems.end(), [&](const spec::Problem& p) { return p.id == id; });
  if (problem == problems.end()) throw std::runtime_error("no problem " + id + " in the shipped spec");
  return declared::toolchain_for(*problem, base, declared::material_for(*problem, GDLAB_SOURCE_DIR));
}

}  // namespace gdlab::test_support
