#include "grading/mistake_pairs.hpp"

#include "grading/mistakes.hpp"

namespace gdlab::grading {
namespace {

bool agree(const std::optional<Outcome>& a, const std::optional<Outcome>& b) {
  if (!a || !b) return !a && !b;
  return same_result(*a, *b) || same_result(*b, *a);
}

bool agree_on_every_test(const MistakeResults& a, const MistakeResults& b) {
  if (a.per_test.size() != b.per_test.size()) return false;
  for (std::size_t t = 0; t < a.per_test.size(); ++t)
    if (!agree(a.per_test[t], b.per_test[t])) return false;
  return true;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> mistakes_alike(const std::vector<MistakeResults>& mistakes) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (std::size_t i = 0; i < mistakes.size(); ++i)
    for (std::size_t j = i + 1; j < mistakes.size(); ++j)
      if (agree_on_every_test(mistakes[i], mistakes[j])) pairs.emplace_back(mistakes[i].id, mistakes[j].id);
  return pairs;
}

}  // namespace gdlab::grading
