// Mistakes no test tells apart. Two mistakes whose results are the same on every test of the spec
// can never be told apart: a student's result that matches one matches the other, and naming one
// of them is a coin toss. `gdlab validate` lists such pairs (merge them, or add a test that tells
// them apart).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "grading/outcome.hpp"

namespace gdlab::grading {

// One mistake's results on the tests, in the same order for every mistake; nothing where it
// returned no result (it threw, crashed or ran out of time there).
struct MistakeResults {
  std::string id;
  std::vector<std::optional<Outcome>> per_test;
};

// Each pair of mistakes (in the order given, the earlier first) that agree on every test: both
// returned nothing there, or both returned results the same as closely as naming a mistake asks
// (same_result with loose_rtol, either way round).
std::vector<std::pair<std::string, std::string>> mistakes_alike(const std::vector<MistakeResults>& mistakes);

}  // namespace gdlab::grading
