// One test graded: a built program run in the sandbox on the test's inputs, and what it returned
// checked against the problem's answers. A whole submission is graded by submission/grade.hpp.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "grading/answers.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

// The function a test calls: its own entry, else its problem's.
inline const std::string& entry_of(const spec::Problem& problem, const spec::Test& test) {
  return test.entry.empty() ? problem.entry : test.entry;
}

// A test's result before it has run: its problem, name, visibility and points.
TestResult test_result(const spec::Problem& problem, const spec::Test& test);

// A program (a harness linked with some implementation) run on a test's inputs, as a student's
// is: how it ended, and what the entry returned (when it did).
struct ProgramRun {
  TestResult result;  // the verdict and message when it did not return
  std::optional<Outcome> outcome;
  CheckResult called_twice;  // whether a second call with the same inputs returned the same
  nlohmann::json ok;         // the outcome as the program sent it
};
ProgramRun run_program(const spec::Problem& problem, const spec::Test& test, const std::filesystem::path& program);

// One test: run the built program on the test's inputs and check what came back against the
// answers (expected values and named mistakes).
TestResult run_test(const spec::Problem& problem, const spec::Test& test, const std::filesystem::path& program,
                    Answers& answers);

}  // namespace gdlab::grading
