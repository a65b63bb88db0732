// A check run again on an unchanged file gives the same results, so `gdlab check` keeps each
// problem's results under a key of everything they depend on (the program, the tests, where the
// expected values come from, the grader itself, the isolation) and reads them back instead of
// running the tests again. Only results an unchanged program gives again are kept: nothing that
// timed out, ran out of memory, crashed or printed too much (load or chance decide those).
// Grading for marks (`gdlab grade`, the platforms) never reads kept results.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

class ResultStore {
 public:
  virtual ~ResultStore() = default;
  // The results kept under exactly this key, if any.
  virtual std::optional<ProblemResult> find(const std::string& key) = 0;
  virtual void keep(const std::string& key, const ProblemResult& result) = 0;
};

// What a problem's results depend on. `answers` says where its expected values and mistakes
// come from (declared::answers_identity). Empty when it cannot be told: then nothing is kept.
std::string results_key(const spec::Problem& problem, bool include_hidden, const std::filesystem::path& program,
                        const std::string& answers);

// Whether an unchanged program would give these results again.
bool repeatable(const ProblemResult& result);

}  // namespace gdlab::grading
