// spec → build → run → check → report, for one submission.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "build/compile.hpp"
#include "grading/answers.hpp"
#include "grading/result_store.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

struct GradeOptions {
  std::optional<std::string> only_problem;  // grade just this problem
  bool include_hidden = true;               // false: visible tests only (what students see)
  ResultStore* kept = nullptr;              // `gdlab check`'s kept results: read, and kept when repeatable
};

// `submission` is the folder holding the problems' sources (the spec's `source` paths are
// relative to it).
Report grade(const spec::Spec& spec, const std::filesystem::path& submission,
             const build::Toolchain& toolchain, const GradeOptions& options = {});

// A program (a harness linked with some implementation) run on a test's inputs, as a student's
// is: how it ended, and what the entry returned (when it did).
struct ProgramRun {
  TestResult result;             // the verdict and message when it did not return
  std::optional<Outcome> outcome;
  CheckResult called_twice;      // whether a second call with the same inputs returned the same
  nlohmann::json ok;             // the outcome as the program sent it
};
ProgramRun run_program(const spec::Problem& problem, const spec::Test& test, const std::filesystem::path& program);

// One test: run the built program on the test's inputs and check what came back against the
// answers (expected values and named mistakes); without them, the built-in problems' own.
TestResult run_test(const spec::Problem& problem, const spec::Test& test, const std::filesystem::path& program,
                    Answers& answers);
TestResult run_test(const spec::Problem& problem, const spec::Test& test,
                    const std::filesystem::path& program);

}  // namespace gdlab::grading
