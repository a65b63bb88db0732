// spec → build → run → check → report, for one submission.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "build/compile.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

struct GradeOptions {
  std::optional<std::string> only_problem;  // grade just this problem
  bool include_hidden = true;               // false: visible tests only (what students see)
};

// `submission` is the folder holding the problems' sources (the spec's `source` paths are
// relative to it).
Report grade(const spec::Spec& spec, const std::filesystem::path& submission,
             const build::Toolchain& toolchain, const GradeOptions& options = {});

// One test: run the built program on the test's inputs and check what came back.
TestResult run_test(const spec::Problem& problem, const spec::Test& test,
                    const std::filesystem::path& program);

}  // namespace gdlab::grading
