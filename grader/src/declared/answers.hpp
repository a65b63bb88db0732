// A declared problem's answers: expected values from the reference optimiser its spec names or
// from the instructor's solution, and its named mistakes from mistake files, each built once
// with the problem's generated harness and run in the sandbox like a submission (results kept
// by request for the run). In a student repository or a grader bundle, which have neither the
// solution nor the mistakes, they come from the results pinned on the tests (see pin()).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>

#include "build/compile.hpp"
#include "declared/material.hpp"
#include "grading/answers.hpp"

namespace gdlab::declared {

// The answers of any problem: the grader's own for a built-in one.
std::unique_ptr<grading::Answers> answers_for(const spec::Problem& problem, const build::Toolchain& toolchain,
                                              const Material& material);

// Where the problem's answers come from, as a text that changes when they may: the grader's own
// tables for a built-in problem, else the instructor's files (kept results depend on it).
std::string answers_identity(const spec::Problem& problem, const Material& material);

// Which tests pin() covers: a student repository's visible ones, or every test (a grader bundle,
// which only root may read, grades the hidden ones too).
enum class PinnedTests { visible, every };

// The results that stand in for the solution and the mistake files where they are not shipped:
// the solution's (when the reference is the solution) and each mistake's, with the request they
// answer, on the problem's visible tests or on all of them.
nlohmann::json pin(const spec::Problem& problem, const build::Toolchain& toolchain, const Material& material,
                   PinnedTests tests = PinnedTests::visible);

// What `gdlab validate` says of a problem's mistake files, from one run of each on every test.
struct MistakeReview {
  // Each that no test catches (every test's checks pass on its result), and each that does not
  // build: "adam_no_bias: no test catches it (...)".
  std::vector<std::string> uncaught;
  // Each pair that gives the same result on every test (grading/mistake_pairs.hpp), by id.
  std::vector<std::pair<std::string, std::string>> alike;
};
MistakeReview review_mistakes(const spec::Problem& problem, const build::Toolchain& toolchain,
                              const Material& material);

// review_mistakes(...).uncaught.
std::vector<std::string> uncaught_mistakes(const spec::Problem& problem, const build::Toolchain& toolchain,
                                           const Material& material);

}  // namespace gdlab::declared
